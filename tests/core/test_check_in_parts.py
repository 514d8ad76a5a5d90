"""The autosave's write check, made step by step in the worker (short calls, so the window keeps running),
accepts and refuses exactly what opening a file accepts and refuses."""

import json
from datetime import datetime, UTC

import pytest

from reflectiespel.core.board.board import BoardState, Placement, Snapshot, Token
from reflectiespel.core.base.problems import FileProblems
from reflectiespel.core.sessions.session import Note, Session, Step
from reflectiespel.core.sessions.storage import checked_bytes, parse_session, session_to_bytes


def a_session() -> Session:
    board = BoardState(tokens=[Token(id="t1", name="Onze praktijk")],
                       placements=[Placement(token_id="t1", x=0.2, y=0.7)],
                       snapshots=[Snapshot(name="begin", taken=datetime(2026, 11, 23, 20, 0, tzinfo=UTC), placements=[Placement(token_id="t1", x=0.1, y=0.5)])])
    session = Session(title="Proef", steps=[*(Step(kind="free", title=f"Ronde {i}") for i in range(3)),
                                            Step(kind="board", title="Het bord", board=board)])
    session.add_participant("Anna")
    session.steps[1].notes.append(Note(text="Wat we zagen."))
    return session


def broken(data: bytes, change) -> bytes:
    document = json.loads(data)
    change(document)
    return json.dumps(document).encode("utf-8")


@pytest.mark.parametrize("change", [
    lambda d: d["steps"][1].update(kind="dans"),  # a step kind that does not exist
    lambda d: d["steps"][2].update(title=""),  # a step needs a title
    lambda d: d["steps"].append(dict(d["steps"][0])),  # the same step id twice
    lambda d: d["steps"][0].update(notes=[{"text": 42}]),  # a note that is not text
    lambda d: d.update(steps={"niet": "een lijst"}),
    lambda d: d["steps"][3]["board"]["placements"][0].update(x="links"),  # a place that is not a number
    lambda d: d["steps"][3]["board"]["snapshots"][0]["placements"][0].update(y=None),
    lambda d: d["steps"][3]["board"]["tokens"][0].pop("name"),
    lambda d: d["steps"][3]["board"].update(placements="overal"),
    lambda d: d["steps"][3]["board"].update(kleur="rood"),  # a field the board does not have
], ids=["kind", "title", "twice", "note", "not-a-list", "placement", "snapshot", "token", "placements", "extra"])
def test_in_parts_refuses_what_opening_refuses(change):
    data = broken(session_to_bytes(a_session()), change)
    with pytest.raises(FileProblems):
        parse_session(data, "proef")
    with pytest.raises(FileProblems):
        parse_session(data, "proef", in_parts=True)
    with pytest.raises(FileProblems):
        checked_bytes(a_session(), "proef", data=data, in_parts=True)


def test_in_parts_reads_back_the_same_session():
    session = a_session()
    data = checked_bytes(session, "proef", in_parts=True)
    assert parse_session(data, "proef", in_parts=True) == parse_session(data, "proef")

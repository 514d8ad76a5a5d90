"""Comparing with last time: old agreements come back to be marked, positions and values side by side."""

import random

import pytest

from reflectiespel.core.board.board import Token
from reflectiespel.core.sessions.compare import (carry_over, mark, new_agreements, seed_board, side_by_side, summarize)
from reflectiespel.core.decks.library import Library
from reflectiespel.core.routes.routes import load_routes, start_session
from reflectiespel.core.sessions.session import SessionError
from reflectiespel.core.sessions.storage import open_session, save_session
from reflectiespel.resources import builtin_decks_dir


@pytest.fixture(scope="module")
def library():
    return Library(builtin_decks_dir()).load()


@pytest.fixture(scope="module")
def routes(library):
    return {e.route.id: e.route for e in load_routes(library) if e.ok}


def first_time(routes, library):
    """What a team did last time: a position, values, three agreements (one already done then)."""
    session = start_session(routes["beginnen-met-samenwerken"], ["Anna", "Bram"], library, random.Random(3))
    anna, bram = session.participants
    board = session.step("as").board
    board.tokens.append(Token(id="buurtkoor", name="Buurtkoor"))
    board.place("buurtkoor", "", 0.2, 0.3)
    board.place("buurtkoor", "Anna", 0.3, 0.2)
    session.set_choice("waarden", anna.id, "erbij-horen")
    session.set_choice("waarden", anna.id, "zingeving")
    session.set_choice("waarden", bram.id, "creativiteit")
    session.add_action("afspraken", "Koffie met de wijkcoach", "Anna", "2025-03-01")
    session.add_action("afspraken", "Fotoserie maken", "Bram", "april")
    done = session.add_action("afspraken", "Zaal huren", "Chris").value
    session.update_action("afspraken", done.id, status="done")
    return session


def test_old_open_agreements_come_back_to_be_marked_and_stay_marked(routes, library, tmp_path):
    old = first_time(routes, library)
    old_path = save_session(old, tmp_path / "vorige")
    now = start_session(routes["tussentijds-evalueren"], ["Anna", "Bram", "Dilan"], library)
    edit = carry_over(now, "terugblik", open_session(old_path), library, old_path)
    back = now.step("terugblik").actions
    assert [a.wat for a in back] == ["Koffie met de wijkcoach", "Fotoserie maken"]  # the done one stays settled
    assert all(a.status == "open" for a in back) and back[0].wie == "Anna" and back[0].wanneer == "2025-03-01"
    mark(now, back[0].id, "done")
    mark(now, back[1].id, "dropped")
    now.add_action("afspraken", "Nieuwe expositie", "Dilan", "juni")
    assert [a.wat for a in new_agreements(now)] == ["Nieuwe expositie"]
    path = save_session(now, tmp_path / "nu")
    again = open_session(path)
    view = side_by_side(again, library)
    assert [(a.wat, a.status) for a in view.agreements] == [("Koffie met de wijkcoach", "done"),
                                                             ("Fotoserie maken", "dropped")]
    assert view.counts() == {"open": 0, "done": 1, "dropped": 1}
    assert again.together.earlier.path.endswith("vorige.reflectiespel")
    edit.undo()  # opening the earlier reflection is one undo step
    assert now.step("terugblik").actions == [] and now.together.earlier is None


def test_positions_and_values_then_and_now(routes, library):
    old = first_time(routes, library)
    now = start_session(routes["tussentijds-evalueren"], ["Anna", "Bram"], library)
    carry_over(now, "terugblik", old, library)
    board = now.step("as").board
    assert seed_board(board, now.together.earlier)
    assert [t.name for t in board.tokens] == ["Buurtkoor"]
    assert board.snapshots[0].name == "vorige keer" and len(board.snapshots[0].placements) == 2
    board.place("buurtkoor", "", 0.6, 0.7)  # the group moved it
    anna, bram = now.participants
    now.set_choice("waarden", anna.id, "erbij-horen")
    now.set_choice("waarden", anna.id, "meedoen")
    view = side_by_side(now, library)
    group = next(r for r in view.positions if r.perspective == "")
    assert group.then == (0.2, 0.3) and group.now == (0.6, 0.7)
    assert group.change() == "meer naar kunst als doel, van één partij stuurt naar sturing gedeeld"
    own = next(r for r in view.positions if r.perspective == "Anna")
    assert own.change() == "op dezelfde plek"
    rows = {r.person: r for r in view.values}
    assert rows["Anna"].kept == ["Erbij horen"] and rows["Anna"].added == ["Meedoen"]
    assert rows["Anna"].left == ["Zingeving"]
    assert rows["Bram"].then == ["Creativiteit: maken en meemaken"] and rows["Bram"].now == []
    assert not seed_board(board, now.together.earlier)  # never overwrites the team's own board


def test_opening_another_earlier_file_replaces_the_first(routes, library):
    old = first_time(routes, library)
    now = start_session(routes["tussentijds-evalueren"], ["Anna", "Bram"], library)
    carry_over(now, "terugblik", old, library)
    carry_over(now, "terugblik", old, library)
    assert len(now.step("terugblik").actions) == 2


def test_refuses_itself_and_unknown_marks(routes, library):
    now = start_session(routes["tussentijds-evalueren"], ["Anna", "Bram"], library)
    with pytest.raises(SessionError, match="vandaag zelf"):
        carry_over(now, "terugblik", now, library)
    with pytest.raises(SessionError):
        mark(now, "a-bestaatniet", "done")
    assert side_by_side(now) is None


def test_summary_of_a_session_without_board_or_values(library, routes):
    old = start_session(routes["beginnen-met-samenwerken"], ["Anna", "Bram"], library)
    summary = summarize(old, library)
    assert summary.positions == [] and summary.values == [] and summary.agreements == 0


def test_the_cimo_sentence_of_last_time_is_in_its_summary_not_in_the_comparison(routes, library, tmp_path):
    """What the action-research routes tell the team (review round 3): the CIMO sentence typed as the answer to
    'Wat is jullie CIMO-zin?' comes back in the summary they keep (text and PDF report), while the comparison
    in 'Actieonderzoek 2' brings back only agreements, places and values. If the comparison ever shows answers,
    the routes can say so instead."""
    from reflectiespel.core.routes.guide import set_answer, summary_text

    cimo = "In de wijk zingen wij wekelijks, waardoor buren elkaar zien, en dat levert nieuw contact op."
    first = start_session(routes["actieonderzoek-starten"], ["Anna", "Bram"], library, random.Random(3))
    set_answer(first, "actieplan", cimo)
    first.add_action("afspraken", "Koor starten", "Bram", "mei")
    assert cimo in summary_text(first, library)
    path = save_session(first, tmp_path / "ronde1")
    second = start_session(routes["actieonderzoek-terugkijken"], ["Anna", "Bram"], library, random.Random(3))
    carry_over(second, "resultaten", open_session(path), library, path)
    view = side_by_side(second, library)
    assert [a.wat for a in view.agreements] == ["Koor starten"]
    assert cimo not in repr(view)

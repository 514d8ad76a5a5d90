"""A board step can go on with the board of an earlier step: in the werkvorm file, in the session, saved."""

from pathlib import Path

import pytest

from reflectiespel.core.decks.library import default_library
from reflectiespel.core.base.problems import FileProblems
from reflectiespel.core.sessions.storage import open_session, save_session
from reflectiespel.core.sessions.templates import default_templates, load_template, new_session_from_template


@pytest.fixture(scope="module")
def decks():
    return default_library()


def practice_on_the_axis(decks):
    session = new_session_from_template(default_templates().get("praktijk-op-de-as"), decks)
    now_step, later_step = session.steps[1], session.steps[2]
    return session, now_step, later_step


def test_step_three_of_the_axis_werkvorm_starts_where_step_two_left_the_practice(decks):
    session, now_step, later_step = practice_on_the_axis(decks)
    assert later_step.board_from == now_step.id and "Schuif" in later_step.instruction
    session.go_to(1)
    session.add_board_token(now_step.id, "Buurtkoor").redo()
    token = now_step.board.tokens[0].id
    session.place_token(now_step.id, token, "", 0.2, 0.3).redo()
    session.place_token(now_step.id, token, "Anna", 0.4, 0.6).redo()
    session.go_to(2)
    board = later_step.board
    assert [t.name for t in board.tokens] == ["Buurtkoor"]
    assert {(p.perspective, p.x, p.y) for p in board.placements} == {("", 0.2, 0.3), ("Anna", 0.4, 0.6)}
    then = board.snapshots[0]  # the positions of step two, drawn as ghosts once the practice moves
    assert then.name == "Waar staan we nu?"
    assert {(p.perspective, p.x, p.y) for p in then.placements} == {("", 0.2, 0.3), ("Anna", 0.4, 0.6)}
    session.place_token(later_step.id, token, "", 0.9, 0.9).redo()  # sliding to where we want to be
    assert now_step.board.placement(token, "").x == 0.2  # step two keeps its own board
    session.go_to(1)
    session.go_to(2)  # coming back changes nothing the group did, and brings nothing twice
    assert len(board.tokens) == 1 and len(board.snapshots) == 1 and board.placement(token, "").x == 0.9
    session.go_to(1)
    session.add_board_token(now_step.id, "Theaterles").redo()  # a practice added later to step two
    session.place_token(now_step.id, now_step.board.tokens[1].id, "", 0.5, 0.5).redo()
    session.go_to(2)
    assert [t.name for t in board.tokens] == ["Buurtkoor", "Theaterles"]
    assert len(board.snapshots[0].placements) == 3


def test_a_continued_board_is_saved_and_opened_again(decks, tmp_path):
    session, now_step, later_step = practice_on_the_axis(decks)
    session.add_board_token(now_step.id, "Buurtkoor").redo()
    session.place_token(now_step.id, now_step.board.tokens[0].id, "", 0.2, 0.3).redo()
    session.go_to(2)
    path = save_session(session, tmp_path / "as.reflectiespel")
    again = open_session(path)
    assert again.steps[2].board_from == again.steps[1].id
    assert again.steps[2].board.snapshots[0].placements[0].x == 0.2


def test_an_empty_earlier_board_brings_nothing(decks):
    session, _now, later_step = practice_on_the_axis(decks)
    session.go_to(2)
    assert later_step.board.tokens == [] and later_step.board.snapshots == []


HEAD = "format_version: 1\nid: proef\ntitle: Proef\nsteps:\n"


@pytest.mark.parametrize("steps, message", [
    ("  - {kind: board, title: Nu}\n  - {kind: board, title: Straks, board: {continue_from: nu}}\n",
     "geen eerdere stap met id 'nu'"),
    ("  - {kind: board, title: Straks, board: {continue_from: nu}}\n  - {id: nu, kind: board, title: Nu}\n",
     "geen eerdere stap met id 'nu'"),
    ("  - {id: nu, kind: free, title: Nu}\n  - {kind: board, title: Straks, board: {continue_from: nu}}\n",
     "is geen bordstap"),
    ("  - {id: nu, kind: board, title: Nu}\n  - {kind: free, title: Straks, board: {continue_from: nu}}\n",
     "alleen een bordstap"),
    ("  - {id: nu, kind: board, title: Nu}\n  - {id: nu, kind: board, title: Ook nu}\n", "staat al bij"),
    ("  - {id: nu, kind: board, title: Nu}\n  - {kind: board, title: Straks, board: {van: nu}}\n", "van"),
])
def test_a_wrong_board_link_is_explained_in_dutch(tmp_path: Path, steps, message):
    path = tmp_path / "proef.yaml"
    path.write_text(HEAD + steps, encoding="utf-8")
    with pytest.raises(FileProblems, match=message) as info:
        load_template(path)
    assert "proef.yaml" in str(info.value)

"""The session host (core/sessions/host.py): one way to change a session, whoever changes it; the board's
operations (core/sessions/boardops.py) are edits like the others; one policy for the garbage collector."""

import gc
import threading

import pytest

from reflectiespel.core.sessions import boardops
from reflectiespel.core.base import collector
from reflectiespel.core.board.board import BoardState
from reflectiespel.core.sessions.host import (
    PHONE,
    UNDO,
    WINDOW,
    EditHistory,
    Refused,
    SessionHost,
)
from reflectiespel.core.sessions.session import Session, Step
from reflectiespel.core.sessions.session_ops import SessionError


class Saver:
    def __init__(self):
        self.marked = 0
        self.size = 1234

    def changed(self, session):
        self.marked += 1


def host_with_step(kind="free"):
    session = Session.empty("Host")
    session.add_step(Step(id="s-1", title="Een stap", kind=kind))
    saver = Saver()
    host = SessionHost(session, saver=saver, long_lived=False)
    heard = []
    host.listeners.append(heard.append)
    return host, saver, heard


def test_an_applied_edit_is_kept_saved_told_and_can_be_undone_and_redone():
    host, saver, heard = host_with_step()
    edit = host.run(host.session.add_note, "s-1", "Wat een mooi gesprek", source=PHONE)
    assert [n.text for n in host.session.step("s-1").notes] == ["Wat een mooi gesprek"]
    assert heard == [PHONE] and saver.marked == 1 and host.size == 1234
    assert host.history.undo_text() == edit.text
    assert host.history.undo()
    assert host.session.step("s-1").notes == [] and heard == [PHONE, UNDO] and saver.marked == 2
    assert host.history.redo()
    assert [n.text for n in host.session.step("s-1").notes] == ["Wat een mooi gesprek"]


def test_an_edit_that_would_not_load_back_is_undone_and_refused_with_the_reason():
    host, saver, heard = host_with_step()
    step = host.session.step("s-1")
    host.session.add_note("s-1", "eerste")
    same_id = host.session.step("s-1").notes[0].id
    bad = host.session.add_note("s-1", "tweede")
    bad.value.id = same_id  # as a buggy operation might: two notes with one id
    with pytest.raises(Refused) as refused:
        host.apply(bad, WINDOW)
    assert "dezelfde id" in str(refused.value)
    assert [n.text for n in step.notes] == ["eerste"]  # undone: nothing half-kept
    assert heard == [] and saver.marked == 0 and not host.history.can_undo()
    assert isinstance(refused.value, SessionError)


def test_an_operation_that_changes_nothing_passes_through_without_an_undo_step():
    host, _saver, heard = host_with_step("board")
    board = host.session.step("s-1").board
    token = host.run(boardops.add_token, board, "Buurtkoor", "#d35400").value
    assert host.run(boardops.place, board, token.id, "", 0.5, 0.5) is not None
    assert host.run(boardops.place, board, token.id, "", 0.5, 0.5) is None  # already there
    assert host.run(boardops.set_reason, board, token.id, "", "") is None
    assert heard == [WINDOW, WINDOW]


def test_board_operations_undo_to_exactly_what_was_there():
    board = BoardState()
    history = EditHistory()
    host = SessionHost(None, history, long_lived=False)
    first = host.run(boardops.add_token, board, "Buurtkoor", "#d35400").value
    second = host.run(boardops.add_token, board, "Buurtkoor", "#2ca02c").value
    assert (first.id, second.id) == ("buurtkoor", "buurtkoor-2")
    host.run(boardops.place, board, first.id, "Anna", 0.2, 0.3)
    host.run(boardops.place, board, first.id, "", 1.7, -2)  # clamped onto the board
    assert [(p.perspective, p.x, p.y) for p in board.placements] == [("Anna", 0.2, 0.3), ("", 1.0, 0.0)]
    host.run(boardops.set_reason, board, first.id, "Anna", "  meer eigenaarschap  ")
    host.run(boardops.take_snapshot, board, "begin")
    assert board.snapshots[0].reasons == {"buurtkoor@Anna": "meer eigenaarschap"} and board.reasons == {}
    host.run(boardops.remove_token, board, first.id)
    assert [t.id for t in board.tokens] == ["buurtkoor-2"] and board.placements == []
    while history.undo():
        pass
    assert board == BoardState()
    while history.redo():
        pass
    assert [t.id for t in board.tokens] == ["buurtkoor-2"] and len(board.snapshots) == 1


def test_arrow_key_moves_of_one_token_are_one_undo_step_and_a_drag_is_its_own():
    board = BoardState()
    history = EditHistory()
    host = SessionHost(None, history, long_lived=False)
    token = host.run(boardops.add_token, board, "Atelier", "#d35400").value
    host.run(boardops.place, board, token.id, "", 0.5, 0.5)
    for step in range(1, 6):
        host.run(boardops.move, board, token.id, "", (0.5 + (step - 1) / 100, 0.5), (0.5 + step / 100, 0.5), True)
    assert board.placement(token.id).x == pytest.approx(0.55)
    history.undo()  # all five arrow presses at once
    assert board.placement(token.id).x == pytest.approx(0.5)
    history.redo()
    assert board.placement(token.id).x == pytest.approx(0.55)
    host.run(boardops.move, board, token.id, "", (0.55, 0.5), (0.9, 0.9))  # a drag does not merge
    history.undo()
    assert board.placement(token.id).x == pytest.approx(0.55)


def test_a_board_operation_on_a_practice_that_is_gone_says_so():
    with pytest.raises(SessionError, match="niet \\(meer\\) op het bord"):
        boardops.place(BoardState(), "weg", "", 0.5, 0.5)
    with pytest.raises(SessionError, match="naam"):
        boardops.add_token(BoardState(), "   ", "#000000")


def test_the_collector_stays_frozen_until_the_last_holder_lets_go(monkeypatch):
    calls = []
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    monkeypatch.setattr(gc, "unfreeze", lambda: calls.append("unfreeze"))
    before = collector.holds()
    console = SessionHost(Session.empty("Console"))  # an open session holds
    phones = collector.keep_long_lived()  # the phones' server starts and stops inside it
    phones.release()
    phones.release()  # twice is once
    assert calls == ["freeze", "freeze"] and collector.holds() == before + 1
    console.close()
    console.close()
    assert collector.holds() == before
    assert calls == ["freeze", "freeze"] + (["unfreeze"] if before == 0 else [])


def test_two_writers_at_once_turn_the_collector_back_on_only_when_both_are_done():
    was = gc.isenabled()
    gc.enable()
    try:
        first_in, second_in, first_may_end = threading.Event(), threading.Event(), threading.Event()
        seen = []

        def first():
            with collector.paused():
                first_in.set()
                first_may_end.wait(5)
            seen.append(gc.isenabled())  # the second one still runs

        def second():
            first_in.wait(5)
            with collector.paused():
                second_in.set()
                seen.append(gc.isenabled())
                first_may_end.set()
                threads[0].join(5)
                seen.append(gc.isenabled())
        threads = [threading.Thread(target=first), threading.Thread(target=second)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(5)
        assert seen == [False, False, False] and gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()

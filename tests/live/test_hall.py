"""A hall of 300 phones against the real console on 127.0.0.1 (issue #28): each phone from its own
loopback address with its event stream open (tests/live/hall.py, one asyncio process), all join, then
everyone votes and places within seconds of the facilitator's step change. Nothing is lost: every vote
and every placement (with its reason) is in the session, each one undo step, and every phone's stream
brought every step.

Slow (about a minute on a quiet machine) and bounded: the hall stops itself after DEADLINE seconds, every
wait here has a limit, and the hall's process is killed if it is still there at the end.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from hall import HallProcess
from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.session import Session, Step
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.session.launcher import open_console

PHONES, VOTES = 300, 3
DEADLINE = 240.0  # seconds for the whole hall, on a busy shared machine

pytestmark = pytest.mark.slow


@pytest.fixture
def console(qtbot, data_dir):
    library = Library(builtin_decks_dir()).load()
    deck = library.get("zeven-verandertips")
    session = Session.empty("Regiodag")
    session.add_step(Step(id="s-welkom", kind="free", title="Welkom"))
    session.add_step(Step(id="s-stem", kind="tips", title="Waar beginnen we?", deck_id=deck.id,
                          card_ids=[c.id for c in deck.cards[:7]], vote_budget=VOTES))
    session.add_step(Step(id="s-bord", kind="board", title="Waar staan we?"))
    session.add_step(Step(id="s-einde", kind="free", title="Dank je wel"))
    session.go_to(0)
    window = open_console(session, library, data_dir)
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    window.live.addresses = lambda: ["127.0.0.1"]  # loopback only
    qtbot.addWidget(window)
    yield window
    window.live.stop()
    window.controller.close_cleanly()


def go_to(console, qtbot, row: int) -> None:
    """The facilitator double-clicks a step in the agenda."""
    agenda = console.agenda.list
    qtbot.mouseDClick(agenda.viewport(), Qt.MouseButton.LeftButton, pos=agenda.visualItemRect(agenda.item(row)).center())
    assert console.controller.session.current_step == row


def test_three_hundred_phones_join_vote_and_place_and_nothing_is_lost(console, qtbot):
    session = console.controller.session
    switch = console.live.switch
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton, pos=QPoint(8, switch.height() // 2))
    assert console.live.running
    hall = HallProcess(console.live.server.port, console.live.hub.room.code, PHONES, "s-einde", DEADLINE, arrive=10.0)
    try:
        qtbot.waitUntil(lambda: len(session.participants) == PHONES or hall.done(), timeout=120_000)
        assert len(session.participants) == PHONES, "every phone joined"
        qtbot.wait(1000)  # the last streams open
        go_to(console, qtbot, 1)
        votes = session.step("s-stem").votes
        qtbot.waitUntil(lambda: sum(v.count for v in votes) == PHONES * VOTES or hall.done(), timeout=60_000)
        go_to(console, qtbot, 2)
        board = session.step("s-bord").board
        qtbot.waitUntil(lambda: len(board.reasons) == PHONES or hall.done(), timeout=60_000)
        go_to(console, qtbot, 3)
        qtbot.waitUntil(hall.done, timeout=60_000)
        results = hall.results()
    finally:
        hall.stop()
    assert [e for phone in results for e in phone["errors"]] == []
    sent = [action for phone in results for action in phone["actions"]]
    assert [a for a in sent if a[1] != 200] == [], "no request refused (the limits are per address and per phone)"
    assert sum(1 for a in sent if a[0] == "/api/vote") == PHONES * VOTES
    # nothing lost: every vote and every placement with its reason is in the session
    assert sum(v.count for v in votes) == PHONES * VOTES
    assert {v.participant_id for v in votes} == {p.id for p in session.participants}
    assert len(board.placements) == PHONES and len(board.reasons) == PHONES
    # each join, vote and placement is one undo step (a placement: the first adds the practice with it)
    assert console.controller.undo_stack.count() == PHONES + PHONES * VOTES + 2 * PHONES
    # every phone's own event stream brought every step the facilitator showed
    assert all(set(phone["arrived"]) >= {"s-welkom", "s-stem", "s-bord", "s-einde"} for phone in results)

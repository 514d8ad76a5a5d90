"""Forty phones at once on 127.0.0.1, against the real console: everyone joins and spends their votes
within a minute; nothing is lost, every vote is its own undo step, and the UI thread keeps painting:
the phones' work reaches it in pieces, each less than one frame, with a turn of its event loop between.

The phones run in a process of their own, each from its own loopback address (tests/live/crowd.py).
Bounded: 40 phones, 4 requests each, every request with a timeout, the whole crowd within 60 s.
Each piece is measured in the UI thread's own CPU time (time.thread_time), so a busy machine does not
make the test fail; benchmarks/live.py also reports the longest stretch between two turns of the event
loop (whatever ran in it) in CPU and wall-clock time.
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtWidgets import QMessageBox

from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.session import Session, Step
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.session.console import ConsoleWindow
from reflectiespel.ui.session.controller import SessionController

from crowd import UiClock, collect, run_in_process

PHONES, VOTES, CARDS = 40, 3, 7
FRAME = 1 / 60
FREEZE = 6 * FRAME  # a stall anyone in the room would see


@pytest.fixture
def console(qtbot, data_dir):
    library = Library(builtin_decks_dir()).load()
    deck = library.get("zeven-verandertips")
    session = Session.empty("Volle zaal")
    session.add_step(Step(id="s-stem", kind="tips", title="Waar beginnen we?", deck_id=deck.id,
                          card_ids=[c.id for c in deck.cards[:CARDS]], vote_budget=VOTES))
    session.go_to(0)
    window = ConsoleWindow(SessionController(session, library, data_dir))
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    window.live.addresses = lambda: ["127.0.0.1"]  # loopback only
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.live.stop()


def test_forty_phones_join_and_vote_within_a_minute_and_nothing_is_lost(console, qtbot):
    session = console.controller.session
    step = session.step("s-stem")
    console.tabs.setCurrentWidget(console.live)
    console.live.switch.click()
    assert console.live.running
    url, code = console.live.server.url, console.live.hub.room.code

    actions = [[("/api/vote", {"step_id": "s-stem", "target": step.card_ids[(i + k) % CARDS]}) for k in range(VOTES)]
               for i in range(PHONES)]
    expected = Counter(body["target"] for phone in actions for _path, body in phone)

    qtbot.wait(100)  # what earlier tests left for the event loop (deleting their windows) is done first
    clock = UiClock().start()
    crowd = run_in_process(url, code, actions, deadline=60.0)  # the phones: another process, as in a room
    qtbot.waitUntil(lambda: crowd.poll() is not None, timeout=70_000)
    results = collect(crowd)
    qtbot.wait(200)  # the last redraw
    clock.stop()

    assert [r.error for r in results if r.error] == []
    assert all(r.statuses == [200] * (1 + VOTES) for r in results), [r.statuses for r in results if set(r.statuses) != {200}]
    # nothing lost: every phone is a participant, every vote is in the session, each one undo step
    assert len(session.participants) == PHONES
    assert Counter({t: n for t, n in step.ranked_votes()}) == expected
    assert all(step.votes_used(p.id) == VOTES for p in session.participants)
    assert console.controller.undo_stack.count() == PHONES * (1 + VOTES)
    # the console shows it: a column per phone, the totals in the last column
    grid = console.choices.grid
    assert grid.columnCount() == PHONES + 2
    totals = {step.card_ids[r]: int(grid.item(r, PHONES + 1).text() or 0) for r in range(grid.rowCount())}
    assert totals == dict(expected)
    # the UI thread kept painting: the phones' work came in pieces (a slice of requests, or one redraw)
    # with a turn of the event loop between them. Each piece is planned to fit a frame (about 5 ms of
    # requests); benchmarks/live.py measures that against one frame. Here, on a shared and busy machine,
    # the test only fails on a freeze: a piece of several frames (thread CPU time still grows under load).
    assert clock.beats > 100
    longest = console.live.owner.longest_piece
    assert longest < FREEZE, f"{longest * 1000:.1f} ms; {clock}"
    # undo takes back the last phone's vote, one at a time
    before = sum(v.count for v in step.votes)
    console.controller.undo_stack.undo()
    assert sum(v.count for v in step.votes) == before - 1

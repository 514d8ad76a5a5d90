"""A hall of phones in the console and on the projection (issue #28), driven as the facilitator does:
the phone list with its count and a search field typed into, the board and the tally that show the room
as a whole above core.crowd.CROWD participants, the grid that counts per card, and a note list that
takes one more note among 10,000 without redrawing the others.

The phones act through the hub on the UI thread, as the server's requests do (tests/live has the real
HTTP for 300 of them); every phone from an address of its own, as in a hall.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QMessageBox

from reflectiespel.core.board.crowd import CROWD
from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.session import Session, Step
from reflectiespel.core.sessions.tally import Tally, TallyRow
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.board.items import TokenItem
from reflectiespel.ui.session.launcher import open_console
from reflectiespel.ui.session.tally import paint_tally

HALL = CROWD + 10  # sixty phones: above the threshold, and quick enough for a test
SHOTS = os.environ.get("REFLECTIESPEL_SHOTS")  # a folder: save what the room sees, to look at


@pytest.fixture(scope="module")
def library():
    return Library(builtin_decks_dir()).load()


def hall_session(library) -> Session:
    deck = library.get("zeven-verandertips")
    session = Session.empty("Regiodag cultuur en zorg")
    session.add_step(Step(id="s-stem", kind="tips", title="Waar beginnen we?", deck_id=deck.id,
                          card_ids=[c.id for c in deck.cards[:7]], vote_budget=3))
    session.add_step(Step(id="s-bord", kind="board", title="Waar staan we?", instruction="Zet je stip en zeg waarom."))
    session.go_to(0)
    return session


@pytest.fixture
def hall(qtbot, library, data_dir):
    """hall(n) -> (console, hub, phones): the console with the phones switched on and n phones joined."""
    windows = []

    def make(count: int, session: Session | None = None):
        console = open_console(session or hall_session(library), library, data_dir)
        console.ask_to_save = lambda: QMessageBox.StandardButton.Discard
        console.live.addresses = lambda: ["127.0.0.1"]
        qtbot.addWidget(console)
        console.resize(1366, 768)
        windows.append(console)
        console.tabs.setCurrentWidget(console.live)
        switch = console.live.switch  # on its box, as a facilitator clicks it
        qtbot.mouseClick(switch, Qt.MouseButton.LeftButton, pos=QPoint(8, switch.height() // 2))
        assert console.live.running
        hub = console.live.hub
        phones = []
        for i in range(count):
            phone = hub.room.join(hub.room.code, f"Deelnemer {i + 1}", f"127.0.{1 + i // 250}.{2 + i % 250}", False)
            hub.join(phone)
            phones.append(phone)
        qtbot.wait(120)  # the coalesced picture and redraw
        return console, hub, phones
    yield make
    for console in windows:
        console.live.stop()
        console.stop_projection()
        console.controller.close_cleanly()


def activate(qtbot, window) -> None:
    """Application shortcuts (Ctrl+Z) fire offscreen only in the active window."""
    window.show()
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def to_board_step(console, qtbot) -> None:
    """The facilitator double-clicks the board step in the agenda."""
    agenda = console.agenda.list
    rect = agenda.visualItemRect(agenda.item(1))
    qtbot.mouseDClick(agenda.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert console.controller.step.kind == "board"


def shown(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count()) if not widget.item(i).isHidden()]


def test_the_phone_list_counts_the_phones_and_a_typed_name_finds_one(hall, qtbot):
    console, hub, phones = hall(HALL)
    live = console.live
    assert live.phones_label.text() == f"Wie doet mee: {HALL} telefoons"
    qtbot.keyClicks(live.search, "deelnemer 1")
    assert shown(live.phones) == ["Deelnemer 1"] + [f"Deelnemer {n}" for n in range(10, 20)]
    assert live.phones_label.text() == f"Wie doet mee: {HALL} telefoons, 11 met 'deelnemer 1'"
    qtbot.keyClick(live.search, Qt.Key.Key_3)  # "deelnemer 13"
    assert shown(live.phones) == ["Deelnemer 13"]
    row = next(i for i in range(live.phones.count()) if live.phones.item(i).text() == "Deelnemer 13")
    qtbot.mouseClick(live.phones.viewport(), Qt.MouseButton.LeftButton,
                     pos=live.phones.visualItemRect(live.phones.item(row)).center())
    qtbot.mouseClick(live.remove_button, Qt.MouseButton.LeftButton)
    qtbot.wait(120)
    assert shown(live.phones) == [] and live.phones_label.text().startswith(f"Wie doet mee: {HALL - 1} telefoons")
    assert "Deelnemer 13" not in [p.name for p in hub.room.phones()]
    qtbot.keyClick(live.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(live.search, Qt.Key.Key_Backspace)
    assert len(shown(live.phones)) == HALL - 1
    assert live.phones_label.text() == f"Wie doet mee: {HALL - 1} telefoons"


def test_a_hall_on_the_board_shows_each_practice_as_a_crowd_and_undo_takes_one_dot_back(hall, qtbot, tmp_path):
    console, hub, phones = hall(HALL)
    to_board_step(console, qtbot)
    for i, phone in enumerate(phones):
        x, y = 0.2 + 0.5 * (i % 10) / 9, 0.4 + 0.3 * (i // 10) / 5
        hub.handle(phone.token, "place", {"step_id": "s-bord", "token_id": None, "x": x, "y": y,
                                          "reason": f"Omdat {i}"})
    console.start_projection()
    console.projection.resize(1920, 1080)
    scene = console.projection.view.board.scene()
    qtbot.waitUntil(lambda: scene.crowded and sum(c.summary.count for c in scene.crowd_items()) == HALL, timeout=5000)
    crowds = scene.crowd_items()
    assert len(crowds) == 1 and crowds[0].summary.count == HALL
    assert not [item for item in scene.items() if isinstance(item, TokenItem)], "no dot per perspective"
    assert f"{HALL} plaatsingen" in crowds[0].label.text.text()
    assert crowds[0].toolTip().startswith(f"Onze praktijk: {HALL} plaatsingen. Het midden:")
    legends = [i.text.text() for i in scene.overlays if hasattr(i, "text") and "perspectieven" in i.text.text()]
    assert legends == [f"{HALL} perspectieven · ◆ het midden · kader: de middelste helft"]
    picture = console.projection.grab()
    assert (picture.width(), picture.height()) == (1920, 1080)
    if SHOTS:
        picture.save(str(Path(SHOTS) / "hall-board-projection.png"))
    # each phone's placement is one undo step: Ctrl+Z in the console takes the last one back
    activate(qtbot, console)
    console.agenda.list.setFocus()
    qtbot.keyClick(console.agenda.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(console.controller.step.board.placements) == HALL - 1
    qtbot.waitUntil(lambda: scene.crowd_items()[0].summary.count == HALL - 1, timeout=5000)  # the room sees it


def test_a_group_below_the_threshold_keeps_a_dot_and_a_name_for_everyone(hall, qtbot):
    console, hub, phones = hall(8)
    to_board_step(console, qtbot)
    for i, phone in enumerate(phones):
        hub.handle(phone.token, "place", {"step_id": "s-bord", "token_id": None, "x": i / 8, "y": 0.5})
    console.start_projection()
    qtbot.wait(150)
    scene = console.projection.view.board.scene()
    assert not scene.crowded and scene.crowd_items() == []
    assert sorted(key[1] for key in scene.tokens) == sorted(f"Deelnemer {i + 1}" for i in range(8))


def test_the_console_grid_counts_per_card_for_a_hall_and_the_room_sees_shares(hall, qtbot, monkeypatch):
    console, hub, phones = hall(HALL)
    step = console.controller.step
    for i, phone in enumerate(phones):
        for k in range(3):
            hub.handle(phone.token, "vote", {"step_id": step.id, "target": step.card_ids[(i + k) % 3], "delta": 1})
    console.tabs.setCurrentWidget(console.choices)
    qtbot.wait(150)
    grid = console.choices.grid
    assert grid.columnCount() == 3, "a column per card's count, not one per person"
    assert [grid.horizontalHeaderItem(c).text() for c in range(3)] == ["Kaart", "Stemmen", "Deelnemers"]
    totals = {grid.item(r, 0).text().removeprefix("▶ "): grid.item(r, 1).text() for r in range(grid.rowCount())}
    assert sorted(v for v in totals.values() if v) == [str(HALL)] * 3
    assert grid.item(0, 2).text() == f"{HALL} (100 %)"
    votes = sum(v.count for v in step.votes)
    rect = grid.visualItemRect(grid.item(0, 1))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert sum(v.count for v in step.votes) == votes, "in a hall the phones vote, a click on the grid does not"
    # the room sees the result with each card's share of the participants
    said = []
    draw_text = QPainter.drawText

    def recording(painter, *args):
        said.append(next((a for a in args if isinstance(a, str)), ""))
        return draw_text(painter, *args)
    monkeypatch.setattr(QPainter, "drawText", recording)
    qtbot.mouseClick(console.choices.reveal, Qt.MouseButton.LeftButton)
    console.preview.repaint()
    assert f"{HALL} · 100 %" in said
    assert any(text.startswith("Per kaart: het aantal stemmen") for text in said)


def test_a_small_group_s_tally_keeps_its_dots_and_a_hall_s_says_shares(qapp, monkeypatch):
    said = []
    draw_text = QPainter.drawText
    monkeypatch.setattr(QPainter, "drawText", lambda p, *a: (said.append(next((x for x in a if isinstance(x, str)), "")),
                                                             draw_text(p, *a))[1])
    rows = [TallyRow("a", "Zo speel je", 321, {f"p{i}": 1 for i in range(228)}),
            TallyRow("b", "Over deze set", 90, {f"p{i}": 1 for i in range(60)})]
    image = QImage(1920, 1080, QImage.Format.Format_RGB32)
    image.fill(QColor("#202124"))
    painter = QPainter(image)
    paint_tally(painter, QRectF(0, 0, 1920, 780), Tally("votes", rows, 300), 1080)
    painter.end()
    assert "321 · 76 %" in said and "90 · 20 %" in said
    said.clear()
    small = [TallyRow("a", "Zo speel je", 5, {"p1": 3, "p2": 2}), TallyRow("b", "Over deze set", 2, {"p3": 2})]
    painter = QPainter(image)
    paint_tally(painter, QRectF(0, 0, 1920, 780), Tally("votes", small, 3), 1080)
    painter.end()
    assert "5" in said and not any("%" in text for text in said)


def test_one_more_note_among_ten_thousand_adds_one_row_and_redraws_no_other(qtbot, library, data_dir):
    session = hall_session(library)
    step = session.steps[0]
    for i in range(10_000):
        session.add_note(step.id, f"Notitie {i}")
    console = open_console(session, library, data_dir)
    console.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(console)
    notes = console.notes
    console.tabs.setCurrentWidget(notes)
    assert notes.list.count() == 10_000
    first, last = notes.list.item(0), notes.list.item(9_999)
    activate(qtbot, console)
    qtbot.mouseClick(notes.field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(notes.field, "Nog een gedachte")
    qtbot.keyClick(notes.field, Qt.Key.Key_Return)
    assert notes.list.count() == 10_001
    assert notes.list.item(10_000).text().endswith("Nog een gedachte")
    assert notes.list.item(0) is first and notes.list.item(9_999) is last, "the other rows stay as they were"
    qtbot.keyClick(notes.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo: the row goes
    assert notes.list.count() == 10_000
    console.controller.close_cleanly()

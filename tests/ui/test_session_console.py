"""The facilitator console and the projection: keyboard, capture, undo/redo, literal text, autosave."""

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.session import Session, Step
from reflectiespel.core.sessions.storage import open_session
from reflectiespel.core.sessions.autosave import find_recoverable
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.session.console import ConsoleWindow
from reflectiespel.ui.theme import ink
from reflectiespel.ui.session.controller import SessionController

from gridclick import click_cell

MARKUP = '<b>vet</b> & <img src="file:///etc/passwd"> ' + "x" * 120


@pytest.fixture
def library():
    return Library(builtin_decks_dir()).load()


def make_session(library) -> Session:
    deck = library.get("zeven-verandertips")
    session = Session.empty("Testsessie")
    session.add_participant("Anna", "cultuur")
    session.add_participant("Bram", "zorg")
    session.add_step(Step(kind="tips", title="Twee tips", instruction="Lees voor.", deck_id=deck.id,
                          card_ids=[deck.cards[0].id, deck.cards[1].id], minutes=5))
    session.add_step(Step(kind="free", title="Afspraken", instruction="Wat spreken we af?", minutes=1))
    session.go_to(0)
    return session


@pytest.fixture
def console(qtbot, library, data_dir):
    controller = SessionController(make_session(library), library, data_dir)
    window = ConsoleWindow(controller)
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard  # no modal dialog in tests
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_keyboard_walks_through_cards_and_steps(console, qtbot):
    c = console.controller
    assert c.card()[1].id == c.session.steps[0].card_ids[0]
    console.agenda.list.setFocus()
    qtbot.keyClick(console.agenda.list, Qt.Key.Key_Right)
    assert c.session.current_card == 1
    qtbot.keyClick(console.agenda.list, Qt.Key.Key_Space)
    assert c.session.current_step == 1 and c.card() is None
    assert c.countdown.total == 60  # the second step's timer
    qtbot.keyClick(console.agenda.list, Qt.Key.Key_Left)
    assert (c.session.current_step, c.session.current_card) == (0, 1)
    qtbot.keyClick(console.agenda.list, Qt.Key.Key_B)
    assert c.black and console.preview.controller.black
    qtbot.keyClick(console.agenda.list, Qt.Key.Key_B)
    assert not c.black
    qtbot.keyClick(console.agenda.list, Qt.Key.Key_T)
    assert c.countdown.running


def test_typing_a_note_does_not_move_the_session(console, qtbot):
    c = console.controller
    field = console.notes.field
    field.setFocus()
    qtbot.keyClicks(field, "Ze zei: b t en spatie")
    qtbot.keyClick(field, Qt.Key.Key_Left)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert (c.session.current_step, c.session.current_card) == (0, 0) and not c.black
    note = c.session.steps[0].notes[0]
    assert note.text == "Ze zei: b t en spatie"
    assert note.card_id == c.session.steps[0].card_ids[0]  # stamped with the card
    assert field.text() == ""


def test_capture_votes_choices_actions_with_undo_and_redo(console, qtbot):
    c = console.controller
    s = c.session
    anna = s.participants[0].id
    console.tabs.setCurrentWidget(console.choices)
    qtbot.mouseClick(console.choices.vote_button, Qt.MouseButton.LeftButton)
    for _ in range(4):  # the fourth is over the budget
        click_cell(qtbot, console.choices.grid, 0, 1)
    assert s.steps[0].votes_used(anna) == 3
    assert "3 van de 3" in console.statusBar().currentMessage()
    assert console.choices.grid.item(0, 3).text() == "3"  # the total column
    qtbot.mouseClick(console.choices.choose_button, Qt.MouseButton.LeftButton)
    click_cell(qtbot, console.choices.grid, 0, 1)
    assert s.is_chosen(s.steps[0].id, anna, s.steps[0].card_ids[0])
    console.actions_panel.wat.setText("Verslag rondsturen")
    console.actions_panel.wie.setText("Bram")
    console.actions_panel.wanneer.setText("vrijdag")
    qtbot.keyClick(console.actions_panel.wanneer, Qt.Key.Key_Return)
    assert [a.wat for a in s.steps[0].actions] == ["Verslag rondsturen"]
    assert console.actions_panel.list.item(0).text() == "Verslag rondsturen — Bram (vrijdag)"

    console.agenda.list.setFocus()
    qtbot.keyClick(console.agenda.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert s.steps[0].actions == []
    qtbot.keyClick(console.agenda.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not s.is_chosen(s.steps[0].id, anna, s.steps[0].card_ids[0])
    qtbot.keyClick(console.agenda.list, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert s.is_chosen(s.steps[0].id, anna, s.steps[0].card_ids[0])
    qtbot.keyClick(console.agenda.list, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert s.steps[0].actions[0].wie == "Bram"
    assert "*" in console.windowTitle()  # unsaved changes


def test_markup_in_notes_is_shown_literally_everywhere(console, qtbot):
    c = console.controller
    console.notes.field.setText(MARKUP)
    console.notes.add()
    c.apply(c.session.add_action, c.session.steps[0].id, MARKUP, "<i>wie</i>", "&amp;")
    c.apply(c.session.add_participant, "<b>Bold</b>", "zorg")
    assert console.notes.list.item(0).text().endswith(MARKUP)
    assert console.actions_panel.list.item(0).text().startswith(MARKUP)
    assert any(console.participants.list.item(i).text().startswith("<b>Bold</b>")
               for i in range(console.participants.list.count()))
    for label in console.findChildren(QLabel):
        if "<" in label.text() and label.text() not in ("<b>Agenda</b>", "<b>Deelnemers</b>"):
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    c.go_next(), c.go_next()
    console.preview.grab()  # paints the step with the markup action without loading anything


def test_changes_reach_the_autosave_within_two_seconds(console, qtbot, data_dir):
    c = console.controller
    console.notes.field.setText("bewaard")
    console.notes.add()
    autosave = c.autosaver.path_for(c.session)
    qtbot.waitUntil(lambda: autosave.exists() and open_session(autosave).steps[0].notes != [], timeout=2000)
    assert open_session(autosave).steps[0].notes[0].text == "bewaard"


def test_save_then_close_cleanly_leaves_no_recovery(console, qtbot, tmp_path, data_dir):
    target = tmp_path / "sessie.reflectiespel"
    assert console._save_to(target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["title"] == "Testsessie" and "*" not in console.windowTitle()
    console.close()
    assert find_recoverable(data_dir) == []


def test_projection_window_opens_and_escape_closes_it(console, qtbot):
    console.start_projection()
    assert console.projecting
    projection = console.projection
    qtbot.waitExposed(projection)
    qtbot.keyClick(projection, Qt.Key.Key_Right)
    assert console.controller.session.current_card == 1
    qtbot.keyClick(projection, Qt.Key.Key_Escape)
    assert not console.projecting


def test_timer_turns_orange_at_a_fifth_and_red_at_zero_without_blocking(console, qtbot):
    c = console.controller
    clock = [1000.0]
    c.countdown.clock = lambda: clock[0]
    c.countdown.reset(300)
    qtbot.mouseClick(console.timer_button, Qt.MouseButton.LeftButton)
    assert c.countdown.running and "Pauze" in console.timer_button.text()
    clock[0] += 241
    c.timer_changed.emit()
    assert console.timer_label.text() == "0:59" and ink("warning") in console.timer_label.styleSheet()
    clock[0] += 70
    c.timer_changed.emit()
    assert console.timer_label.text().startswith("-") and ink("error") in console.timer_label.styleSheet()
    console.preview.grab()  # the projection paints its signal at zero
    qtbot.mouseClick(console.plus_button, Qt.MouseButton.LeftButton)
    assert console.timer_label.text() == "0:49"
    c.go_next()  # moving on is never blocked by the timer
    assert c.session.current_card == 1


def test_report_and_export_from_the_console(console, tmp_path, qtbot):
    from PySide6.QtWidgets import QProgressBar

    from pypdf import PdfReader

    c = console.controller
    console.open_files = False
    c.apply(c.session.add_note, c.session.steps[0].id, "Notitie met <b>opmaak</b> & zo")
    c.apply(c.session.add_action, c.session.steps[1].id, "Verslag sturen", "Anna", "maandag")
    with qtbot.waitSignal(console.report_done, timeout=30000):  # written in a worker thread
        pdf = console.make_report(tmp_path / "verslag.pdf")
        assert console.findChild(QProgressBar, "reportProgress") is not None  # progress while it works
        assert not console.report_action.isEnabled()
    bar = console.findChild(QProgressBar, "reportProgress")
    assert console.report_action.isEnabled() and (bar is None or not bar.isVisible())
    assert "Verslag bewaard" in console.statusBar().currentMessage()
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Notitie met <b>opmaak</b> & zo" in text and "Verslag sturen" in text
    csv_file = console.export(tmp_path / "sessie.csv")
    content = csv_file.read_bytes().decode("utf-8-sig")
    assert "Verslag sturen" in content and "Notitie met <b>opmaak</b> & zo" in content
    assert "Geëxporteerd" in console.statusBar().currentMessage()

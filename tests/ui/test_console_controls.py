"""Every button, toolbar action and key of the facilitator's console, driven as a person drives it:
a real mouse click on the control or a real key press on the focused widget, and what the person then sees."""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt, QTimer
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialogButtonBox, QLineEdit, QMessageBox, QTabBar,
                               QToolButton)

from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.session import Session, Step
from reflectiespel.core.sessions.storage import open_session
from reflectiespel.core.sessions.autosave import find_recoverable
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.main_window import MainWindow
from reflectiespel.ui.session.console import ConsoleWindow
from reflectiespel.ui.session.controller import SessionController

LEFT = Qt.MouseButton.LeftButton
CTRL, ALT, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier, \
    Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(scope="module")
def library():
    return Library(builtin_decks_dir()).load()


def make_session(library) -> Session:
    deck = library.get("zeven-verandertips")
    session = Session.empty("Werkplaats")
    session.add_participant("Anna", "cultuur")
    session.add_participant("Bram", "zorg")
    session.add_step(Step(kind="tips", title="Twee tips", instruction="Lees voor.", deck_id=deck.id,
                          card_ids=[deck.cards[0].id, deck.cards[1].id], minutes=5))
    for title, minutes in (("Afspraken", 1), ("Terugblik", 3), ("Afsluiting", 2)):
        session.add_step(Step(kind="free", title=title, instruction="Praat.", minutes=minutes))
    session.go_to(0)
    return session


def activate(qtbot, window) -> None:
    """Application shortcuts fire offscreen only in the active window."""
    window.show()
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


@pytest.fixture
def console(qtbot, library, data_dir):
    window = ConsoleWindow(SessionController(make_session(library), library, data_dir))
    window.open_files = False
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard  # the close question has its own test
    qtbot.addWidget(window)
    window.resize(1400, 860)
    activate(qtbot, window)
    return window


def click(qtbot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, LEFT)


def tool(console, action) -> QToolButton:
    """The toolbar's button for an action, as the facilitator sees it."""
    button = console.toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton) and button.isVisible()
    return button


def key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press on whatever has the focus, as the keyboard delivers it (after a dialog closed, the
    console is the active window again, as a desktop makes it)."""
    active = QApplication.activeWindow()
    if active is None or not active.isVisible():
        activate(qtbot, next(w for w in QApplication.topLevelWidgets()
                             if isinstance(w, ConsoleWindow) and w.isVisible()))
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def when_modal(act, name: str | None = None, tries: int = 250) -> list:
    """Run ``act(dialog)`` as soon as a modal dialog (with this object name) is open, looking for at most
    five seconds; returns what was seen."""
    seen: list = []

    def poll(left: int):
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible() and (name is None or dialog.objectName() == name):
            seen.append(dialog)
            act(dialog)
        elif left > 0:
            QTimer.singleShot(20, lambda: poll(left - 1))
    QTimer.singleShot(0, lambda: poll(tries))
    return seen


def button_named(box, text: str) -> QAbstractButton:
    found = [b for b in box.findChildren(QAbstractButton) if b.text().replace("&", "") == text]
    if not found:  # close the dialog, so that the test fails instead of waiting for a person
        QTimer.singleShot(0, box.reject)
        raise AssertionError(f"no button '{text}' in {[b.text() for b in box.findChildren(QAbstractButton)]}")
    return found[0]


def where(c) -> tuple[int, int]:
    return c.session.current_step, c.session.current_card


# --- the agenda ---------------------------------------------------------------------------------------
def test_plus_stap_opens_the_dialog_adds_the_step_and_the_file_opens_again(console, qtbot, tmp_path):
    c = console.controller
    console.agenda.list.setCurrentRow(1)

    def fill(dialog):
        qtbot.keyClicks(dialog.title, "Pauze")
        dialog.minutes.setValue(15)
        click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
    seen = when_modal(fill, "stepDialog")
    click(qtbot, console.agenda.add_button)
    assert seen, "the button opens the step dialog"
    assert [s.title for s in c.session.steps] == ["Twee tips", "Afspraken", "Pauze", "Terugblik", "Afsluiting"]
    assert c.session.steps[2].minutes == 15 and "3. Pauze  (15 min)" in console.agenda.list.item(2).text()
    assert console.agenda.list.currentRow() == 2
    # Ctrl+S writes a file that opens again, with the new step; so does the autosave
    c.session.path = str(tmp_path / "werkplaats.reflectiespel")
    key(qtbot, Qt.Key.Key_S, CTRL)
    assert [s.title for s in open_session(tmp_path / "werkplaats.reflectiespel").steps][2] == "Pauze"
    c.autosaver.flush()
    assert open_session(c.autosaver.path_for(c.session)).steps[2].title == "Pauze"
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert len(c.session.steps) == 4


def test_plus_stap_cancelled_changes_nothing(console, qtbot):
    c = console.controller
    seen = when_modal(lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape), "stepDialog")
    click(qtbot, console.agenda.add_button)
    assert seen and len(c.session.steps) == 4 and not c.undo_stack.canUndo()


def test_double_click_and_enter_go_to_that_step(console, qtbot):
    c = console.controller
    agenda = console.agenda.list
    c.toggle_timer()
    centre = agenda.visualItemRect(agenda.item(3)).center()
    qtbot.mouseClick(agenda.viewport(), LEFT, pos=centre)  # a double click: press, release, press, release
    qtbot.mouseDClick(agenda.viewport(), LEFT, pos=centre)
    assert where(c) == (3, 0) and agenda.item(3).text().startswith("▶")
    assert c.countdown.total == 2 * 60 and not c.countdown.running
    agenda.setCurrentRow(1)
    qtbot.keyClick(agenda, Qt.Key.Key_Return)
    assert where(c) == (1, 0)
    # double-clicking the step that is showing leaves its card and clock alone
    c.go_to(0)
    c.go_next()
    c.toggle_timer()
    centre = agenda.visualItemRect(agenda.item(0)).center()
    qtbot.mouseClick(agenda.viewport(), LEFT, pos=centre)
    qtbot.mouseDClick(agenda.viewport(), LEFT, pos=centre)
    assert where(c) == (0, 1) and c.countdown.running


def test_wijzig_edits_title_text_and_minutes_undoably(console, qtbot):
    c = console.controller
    console.agenda.list.setCurrentRow(0)

    def change(dialog):
        dialog.title.selectAll()
        qtbot.keyClicks(dialog.title, "Drie tips")
        dialog.minutes.selectAll()
        qtbot.keyClicks(dialog.minutes, "8")
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    seen = when_modal(change, "editStepDialog")
    click(qtbot, console.agenda.edit_button)
    step = c.session.steps[0]
    assert seen and (step.title, step.minutes) == ("Drie tips", 8)
    assert console.agenda.list.item(0).text() == "▶ 1. Drie tips  (8 min)"
    assert c.countdown.text() == "8:00"  # the clock of the showing step follows (it had not started)
    click(qtbot, tool(console, console.undo_action))
    assert (step.title, step.minutes) == ("Twee tips", 5)
    assert console.statusBar().currentMessage() == "Ongedaan gemaakt: Stap wijzigen"
    # F2 on the agenda opens the same dialog
    seen = when_modal(lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape), "editStepDialog")
    console.agenda.list.setFocus()
    key(qtbot, Qt.Key.Key_F2)
    assert seen and step.title == "Twee tips"


def test_weg_asks_before_removing_the_step_on_the_beamer(console, qtbot):
    c = console.controller
    console.agenda.list.setCurrentRow(0)
    texts = []

    def keep(box):
        texts.append(box.text())
        click(qtbot, button_named(box, "Laten staan"))
    assert when_modal(keep, "confirmRemoveStep") is not None
    click(qtbot, console.agenda.remove_button)
    assert texts and "Twee tips" in texts[0] and "Ctrl+Z" in texts[0] and "Afspraken" in texts[0]
    assert len(c.session.steps) == 4
    when_modal(lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape), "confirmRemoveStep")
    click(qtbot, console.agenda.remove_button)
    assert len(c.session.steps) == 4  # Esc keeps it
    when_modal(lambda box: click(qtbot, button_named(box, "Weghalen")), "confirmRemoveStep")
    click(qtbot, console.agenda.remove_button)
    assert [s.title for s in c.session.steps][0] == "Afspraken" and c.step.title == "Afspraken"
    assert "Ctrl+Z" in console.statusBar().currentMessage()
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert [s.title for s in c.session.steps][0] == "Twee tips"


def test_weg_on_another_step_removes_it_at_once_and_says_how_to_undo(console, qtbot):
    c = console.controller
    console.agenda.list.setCurrentRow(2)
    click(qtbot, console.agenda.remove_button)
    assert [s.title for s in c.session.steps] == ["Twee tips", "Afspraken", "Afsluiting"]
    assert console.statusBar().currentMessage() == "Stap 'Terugblik' weggehaald. Ongedaan maken (Ctrl+Z) zet hem terug."
    # Delete on the agenda does the same
    console.agenda.list.setFocus()
    console.agenda.list.setCurrentRow(2)
    key(qtbot, Qt.Key.Key_Delete)
    assert [s.title for s in c.session.steps] == ["Twee tips", "Afspraken"]


def test_up_and_down_move_the_chosen_step(console, qtbot):
    c = console.controller
    console.agenda.list.setCurrentRow(2)
    click(qtbot, console.agenda.up_button)
    assert [s.title for s in c.session.steps][1:3] == ["Terugblik", "Afspraken"]
    assert console.agenda.list.currentRow() == 1
    click(qtbot, console.agenda.down_button)
    click(qtbot, console.agenda.down_button)
    assert [s.title for s in c.session.steps] == ["Twee tips", "Afspraken", "Afsluiting", "Terugblik"]


# --- keys: presenting and typing ----------------------------------------------------------------------
def test_focus_starts_presenting_and_the_keys_are_shown(console, qtbot):
    assert QApplication.focusWidget() is console.agenda.list
    legend = console.key_legend
    assert legend.isVisible() and legend.text().startswith("Presenteren.")
    for shown in ("→", "spatie", "B: zwart", "T: klok", "F5", "Ctrl+N"):
        assert shown in legend.text()
    assert "→" in console.next_button.toolTip() and "Alt+→" in console.next_button.toolTip()
    assert "Alt+B" in console.black_action.toolTip() and "(T" in console.timer_button.toolTip()


def test_presenting_keys_move_black_out_and_start_the_clock(console, qtbot):
    c = console.controller
    for k, expected in ((Qt.Key.Key_Right, (0, 1)), (Qt.Key.Key_Space, (1, 0)), (Qt.Key.Key_PageDown, (2, 0)),
                        (Qt.Key.Key_PageUp, (1, 0)), (Qt.Key.Key_Left, (0, 1))):
        key(qtbot, k)
        assert where(c) == expected, k
    key(qtbot, Qt.Key.Key_B)
    assert c.black and console.black_action.isChecked()
    key(qtbot, Qt.Key.Key_Period)
    assert not c.black
    key(qtbot, Qt.Key.Key_T)
    assert c.countdown.running and console.timer_button.text() == "Pauze (T)"
    key(qtbot, Qt.Key.Key_T)
    assert not c.countdown.running


def test_typing_a_note_never_presses_a_presenting_key(console, qtbot):
    c = console.controller
    # a click on the note list goes on typing in the note field (the list never takes the keys)
    notes = console.notes.list
    qtbot.mouseClick(notes.viewport(), LEFT, pos=QPoint(20, 20))
    assert QApplication.focusWidget() is console.notes.field
    assert console.key_legend.text().startswith("Typen.")
    qtbot.keyClicks(console.notes.field, "B. T en spatie")
    for k in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
        key(qtbot, k)
    assert where(c) == (0, 0) and not c.black and not c.countdown.running
    key(qtbot, Qt.Key.Key_Return)
    assert c.session.steps[0].notes[-1].text.startswith("B. T en spatie")
    # the Alt variants act while typing
    key(qtbot, Qt.Key.Key_Right, ALT)
    assert where(c) == (0, 1)
    key(qtbot, Qt.Key.Key_Left, ALT)
    assert where(c) == (0, 0)
    key(qtbot, Qt.Key.Key_B, ALT)
    assert c.black
    key(qtbot, Qt.Key.Key_B, ALT)
    key(qtbot, Qt.Key.Key_T, ALT)
    assert c.countdown.running and QApplication.focusWidget() is console.notes.field
    # Esc leaves the field: presenting again, and the projection is not touched by that Esc
    console.start_projection()
    key(qtbot, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is console.agenda.list and console.projecting
    assert console.key_legend.text().startswith("Presenteren.")
    key(qtbot, Qt.Key.Key_Right)
    assert where(c) == (0, 1)
    # Ctrl+N goes back to typing a note, from anywhere
    key(qtbot, Qt.Key.Key_N, CTRL)
    assert QApplication.focusWidget() is console.notes.field and console.tabs.currentWidget() is console.notes


def test_ctrl_z_undoes_typing_first_then_the_last_action(console, qtbot):
    c = console.controller
    key(qtbot, Qt.Key.Key_N, CTRL)
    field = console.notes.field
    qtbot.keyClicks(field, "eerste")
    key(qtbot, Qt.Key.Key_Return)
    assert [n.text for n in c.session.steps[0].notes] == ["eerste"]
    qtbot.keyClicks(field, "half")
    key(qtbot, Qt.Key.Key_Z, CTRL)  # undoes the typing, the note stays
    assert field.text() == "" and [n.text for n in c.session.steps[0].notes] == ["eerste"]
    key(qtbot, Qt.Key.Key_Z, CTRL)  # nothing typed: the note goes, and the status bar says so
    assert c.session.steps[0].notes == [] and field.text() == ""
    assert console.statusBar().currentMessage() == "Ongedaan gemaakt: Notitie toevoegen"
    key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert [n.text for n in c.session.steps[0].notes] == ["eerste"]
    key(qtbot, Qt.Key.Key_Z, CTRL)
    key(qtbot, Qt.Key.Key_Y, CTRL)
    assert [n.text for n in c.session.steps[0].notes] == ["eerste"]
    assert console.statusBar().currentMessage() == "Opnieuw gedaan: Notitie toevoegen"


def test_f5_starts_and_esc_stops_the_projection(console, qtbot):
    key(qtbot, Qt.Key.Key_F5)
    assert console.projecting
    console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    key(qtbot, Qt.Key.Key_Escape)
    assert not console.projecting


# --- the clock and the big buttons ----------------------------------------------------------------------
def test_clock_and_move_buttons(console, qtbot):
    c = console.controller
    click(qtbot, console.timer_button)
    assert c.countdown.running and console.timer_button.text() == "Pauze (T)"
    click(qtbot, console.timer_button)
    assert not c.countdown.running and console.timer_button.text() == "Start klok (T)"
    click(qtbot, console.plus_button)
    assert c.countdown.total == 6 * 60 and console.timer_label.text() == "6:00"
    click(qtbot, console.reset_button)
    assert console.timer_label.text() == "5:00"
    assert not console.prev_button.isEnabled()
    click(qtbot, console.next_button)
    assert where(c) == (0, 1) and console.now_label.text().startswith("Nu: ")
    click(qtbot, console.next_button)
    assert where(c) == (1, 0) and console.now_label.text() == "Nu: geen kaart"
    click(qtbot, console.prev_button)
    assert where(c) == (0, 1)


# --- the toolbar -------------------------------------------------------------------------------------------
def test_toolbar_labels_keep_their_width(console, qtbot):
    undo, redo = tool(console, console.undo_action), tool(console, console.redo_action)
    widths = (undo.sizeHint().width(), redo.sizeHint().width())
    assert not undo.isEnabled() and not redo.isEnabled()
    c = console.controller
    c.apply(c.session.add_note, c.session.steps[0].id, "een notitie met een lange tekst " * 3)
    c.apply(c.session.update_step, c.session.steps[1].id, title="Een heel lange titel voor deze stap")
    click(qtbot, undo)
    assert undo.isEnabled() and redo.isEnabled()
    assert (undo.text(), redo.text()) == ("Ongedaan maken", "Opnieuw doen")
    assert (undo.sizeHint().width(), redo.sizeHint().width()) == widths
    assert undo.toolTip() == "Ongedaan maken: Notitie toevoegen (Ctrl+Z)"
    assert redo.toolTip() == "Opnieuw doen: Stap wijzigen (Ctrl+Shift+Z)"
    click(qtbot, redo)
    assert c.session.steps[1].title.startswith("Een heel lange")


def test_toolbar_projection_screen_and_black(console, qtbot):
    c = console.controller
    click(qtbot, tool(console, console.start_action))
    # one screen: a window beside the console, and the banner at the top of the console says so
    assert console.projecting and not console.projection.isFullScreen()
    assert "Eén scherm" in console.screens.banner.text()
    click(qtbot, tool(console, console.swap_action))  # nothing to swap with (two screens: test_two_screens.py)
    assert console.projecting and "maar één scherm" in console.screens.banner.text()
    click(qtbot, console.screens.banner.close_button)  # the banner goes when read
    assert not console.screens.banner.isVisible()
    click(qtbot, tool(console, console.black_action))
    assert c.black and console.projection.view.controller.black
    click(qtbot, tool(console, console.black_action))
    assert not c.black
    console.stop_projection()


def test_toolbar_groot_beeld_on_the_projection(console, qtbot):
    c = console.controller
    view = console.preview
    click(qtbot, tool(console, console.large_action))
    assert c.large and console.large_action.isChecked()
    view.repaint()
    large_words = view.words
    click(qtbot, tool(console, console.large_action))
    assert not c.large
    view.repaint()
    assert view.words >= large_words  # groot beeld shows fewer words (tests/ui/test_keyboard_access.py: sizes)


def save_dialog_answers(qtbot, path: Path) -> list:
    """The file dialog the console opens: type the name and press Enter."""
    def answer(dialog):
        field = dialog.findChild(QLineEdit, "fileNameEdit")
        field.setText(str(path))
        qtbot.keyClick(field, Qt.Key.Key_Return)
    return when_modal(answer)


def test_toolbar_save_save_as_report_and_export(console, qtbot, tmp_path):
    c = console.controller
    c.apply(c.session.add_note, c.session.steps[0].id, "bewaard")
    first = tmp_path / "eerste.reflectiespel"
    seen = save_dialog_answers(qtbot, first)
    click(qtbot, tool(console, console.save_action))  # no file yet: asks where
    assert seen and open_session(first).steps[0].notes[0].text == "bewaard"
    assert "eerste.reflectiespel" in console.windowTitle() and not console.windowTitle().endswith("* – Reflectiespel")
    c.apply(c.session.add_note, c.session.steps[0].id, "nog een")
    assert " *" in console.windowTitle()
    click(qtbot, tool(console, console.save_action))  # a file: saves there at once
    assert len(open_session(first).steps[0].notes) == 2 and " *" not in console.windowTitle()
    second = tmp_path / "tweede.reflectiespel"
    seen = save_dialog_answers(qtbot, second)
    click(qtbot, tool(console, console.save_as_action))
    assert seen and second.exists() and c.session.path == str(second.resolve())
    report = tmp_path / "verslag.pdf"
    seen = save_dialog_answers(qtbot, report)
    with qtbot.waitSignal(console.report_done, timeout=30000):  # the report is written in a worker thread
        click(qtbot, tool(console, console.report_action))
    assert seen and report.read_bytes().startswith(b"%PDF")
    assert "Verslag bewaard" in console.statusBar().currentMessage()
    exported = tmp_path / "notities.md"
    seen = save_dialog_answers(qtbot, exported)
    click(qtbot, tool(console, console.export_action))
    assert seen and "bewaard" in exported.read_text(encoding="utf-8")
    click(qtbot, tool(console, console.sound_action))
    assert c.sound and console.sound_action.isChecked()
    click(qtbot, tool(console, console.sound_action))
    assert not c.sound


def test_toolbar_prints_the_report_and_exports_a_workbook_and_a_word_document(console, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter
    import docx
    import openpyxl

    c = console.controller
    c.apply(c.session.add_note, c.session.steps[0].id, "geprint en geëxporteerd")
    printed = tmp_path / "geprint.pdf"
    asked = []

    def to_file(printer):  # the system's print dialog, answered with Qt's PDF printer (never a real queue)
        asked.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True
    console.ask_printer = to_file
    with qtbot.waitSignal(console.print_done, timeout=60000):  # printed from a worker thread
        click(qtbot, tool(console, console.print_action))
    assert asked and printed.read_bytes().startswith(b"%PDF")
    assert "naar de printer gestuurd" in console.statusBar().currentMessage()
    workbook = tmp_path / "sessie.xlsx"
    seen = save_dialog_answers(qtbot, workbook)
    click(qtbot, tool(console, console.export_action))
    notes = openpyxl.load_workbook(workbook)["notities"]
    assert seen and notes["F2"].value == "geprint en geëxporteerd"
    document = tmp_path / "verslag.docx"
    seen = save_dialog_answers(qtbot, document)
    click(qtbot, tool(console, console.export_action))
    assert seen and "geprint en geëxporteerd" in "\n".join(p.text for p in docx.Document(document).paragraphs)


def test_keys_for_save_as_and_report(console, qtbot, tmp_path):
    target = tmp_path / "met-toetsen.reflectiespel"
    seen = save_dialog_answers(qtbot, target)
    key(qtbot, Qt.Key.Key_S, CTRL | SHIFT)
    assert seen and target.exists()
    report = tmp_path / "toets.pdf"
    seen = save_dialog_answers(qtbot, report)
    with qtbot.waitSignal(console.report_done, timeout=30000):  # the report is written in a worker thread
        key(qtbot, Qt.Key.Key_P, CTRL)
    assert seen and report.exists()


def test_closing_asks_to_save(qtbot, library, data_dir, tmp_path):
    window = ConsoleWindow(SessionController(make_session(library), library, data_dir))
    qtbot.addWidget(window)
    activate(qtbot, window)
    seen = when_modal(lambda box: click(qtbot, button_named(box, "Annuleren")), "closeQuestion")
    window.close()
    assert seen and window.isVisible()
    seen = when_modal(lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape), "closeQuestion")
    window.close()
    assert seen and window.isVisible()
    texts = []

    def discard(box):
        texts.append(sorted(b.text() for b in box.findChildren(QAbstractButton)))
        click(qtbot, button_named(box, "Niet opslaan"))
    when_modal(discard, "closeQuestion")
    window.close()
    assert texts == [["Annuleren", "Niet opslaan", "Opslaan"]] and not window.isVisible()


# --- the capture panels ------------------------------------------------------------------------------------
def test_participants_are_added_with_enter_and_removed_with_the_button(console, qtbot):
    s = console.controller.session
    panel = console.participants
    qtbot.mouseClick(panel.name, LEFT)
    qtbot.keyClicks(panel.name, "Chris")
    key(qtbot, Qt.Key.Key_Return)
    assert [p.name for p in s.participants] == ["Anna", "Bram", "Chris"]
    assert panel.list.item(2).text().startswith("Chris")
    qtbot.mouseClick(panel.list.viewport(), LEFT, pos=panel.list.visualItemRect(panel.list.item(0)).center())
    click(qtbot, panel.remove)
    assert [p.name for p in s.participants] == ["Bram", "Chris"]


def test_actions_and_own_cards_by_button_and_enter(console, qtbot):
    s = console.controller.session
    console.tabs.setCurrentWidget(console.actions_panel)
    panel = console.actions_panel
    qtbot.mouseClick(panel.wat, LEFT)
    qtbot.keyClicks(panel.wat, "Zaal boeken")
    qtbot.keyClicks(panel.wie, "Anna")
    click(qtbot, panel.add_button)
    assert (s.steps[0].actions[0].wat, s.steps[0].actions[0].wie) == ("Zaal boeken", "Anna")
    assert panel.list.item(0).text() == "Zaal boeken — Anna" and QApplication.focusWidget() is panel.wat
    qtbot.keyClicks(panel.wat, "Verslag sturen")
    key(qtbot, Qt.Key.Key_Return)
    assert len(s.steps[0].actions) == 2
    console.tabs.setCurrentWidget(console.group_cards)
    cards = console.group_cards
    qtbot.mouseClick(cards.title, LEFT)
    qtbot.keyClicks(cards.title, "Het buurthuis")
    qtbot.keyClicks(cards.text, "Waar we elkaar zien")
    click(qtbot, cards.add_button)
    assert cards.list.item(0).text() == "Het buurthuis: Waar we elkaar zien"


def test_the_grid_mode_buttons(console, qtbot):
    grid = console.choices
    console.tabs.setCurrentWidget(grid)
    click(qtbot, grid.vote_button)
    assert grid.mode() == "vote" and grid.vote_button.isChecked()
    click(qtbot, grid.choose_button)
    assert grid.mode() == "choose" and grid.choose_button.isChecked()


def test_the_phone_help_button_shows_and_hides_the_help(console, qtbot):
    console.tabs.setCurrentWidget(console.live)
    shown = console.live.help.isVisible()
    click(qtbot, console.live.help_button)
    assert console.live.help.isVisible() != shown
    click(qtbot, console.live.help_button)
    assert console.live.help.isVisible() == shown


def test_the_qr_checkbox_takes_the_join_code_off_the_projection(console, qtbot):
    from PySide6.QtWidgets import QLabel

    live = console.live
    live.addresses = lambda: ["127.0.0.1"]  # loopback only in tests
    console.tabs.setCurrentWidget(live)
    try:
        qtbot.mouseClick(live.switch, LEFT, pos=QPoint(8, live.switch.height() // 2))
        assert live.running, live.status.text()
        code = console.preview.findChild(QLabel, "liveRoomCode")
        assert code.isVisible()
        qtbot.mouseClick(live.show_qr, LEFT, pos=QPoint(8, live.show_qr.height() // 2))
        assert not live.show_qr.isChecked() and not code.isVisible()
        qtbot.mouseClick(live.show_qr, LEFT, pos=QPoint(8, live.show_qr.height() // 2))
        assert code.isVisible()
    finally:
        live.stop()


# --- the board on a board step ---------------------------------------------------------------------------
@pytest.fixture
def board_console(qtbot, library, data_dir):
    from reflectiespel.ui.session.launcher import board_definition

    session = make_session(library)
    session.add_step(Step(kind="board", title="Op de as", instruction="Zet jullie praktijk neer.", minutes=10))
    window = ConsoleWindow(SessionController(session, library, data_dir), board_definition())
    window.open_files = False
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.resize(1400, 860)
    activate(qtbot, window)
    window.controller.go_to(4)
    assert window.board.isVisible()
    return window


def test_board_buttons_add_place_move_by_key_snapshot_and_unplace(board_console, qtbot, tmp_path):
    c, board = board_console.controller, board_console.board
    tray, state = board.tray, board_console.controller.step.board
    qtbot.mouseClick(tray.name, LEFT)
    qtbot.keyClicks(tray.name, "Buurtkoor")
    click(qtbot, tray.findChild(QAbstractButton, "boardAdd"))
    assert [t.name for t in state.tokens] == ["Buurtkoor"] and tray.tokens.item(0).text() == "Buurtkoor"
    tray.perspective.setCurrentIndex(tray.perspective.findData("Anna"))
    click(qtbot, tray.findChild(QAbstractButton, "boardPlace"))
    placement = state.placements[0]
    assert (placement.perspective, placement.x, placement.y) == ("Anna", 0.5, 0.5)
    # the arrows move the chosen practice, not the session (presenting keys wait while a token is chosen)
    board.view.setFocus()
    key(qtbot, Qt.Key.Key_Tab)
    assert board.board_scene.current_key is not None
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Left)
    key(qtbot, Qt.Key.Key_Right)
    assert state.placements[0].x > 0.5 and where(c) == (4, 0)
    key(qtbot, Qt.Key.Key_Escape)  # lets go of the practice; the next Esc is the console's again
    assert board.board_scene.current_key is None and where(c) == (4, 0)
    key(qtbot, Qt.Key.Key_Left)
    assert c.session.current_step == 3  # no practice chosen: ← is 'previous' again
    c.go_to(4)
    tray.phase.setCurrentText("begin")
    click(qtbot, tray.findChild(QAbstractButton, "boardSnapshot"))
    assert [snap.name for snap in state.snapshots] == ["begin"]
    tray.tokens.setCurrentRow(0)
    click(qtbot, tray.findChild(QAbstractButton, "boardUnplace"))
    assert state.placements == []
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert len(state.placements) == 1


def test_board_switches_and_exports(board_console, qtbot, tmp_path):
    board, scene = board_console.board, board_console.board.board_scene
    tray = board.tray
    for name, attribute in (("boardLandmarks", "show_landmarks"), ("boardGhosts", "show_ghosts"),
                            ("boardSnap", "snapping")):
        check = tray.findChild(QAbstractButton, name)
        before = getattr(scene, attribute)
        qtbot.mouseClick(check, LEFT, pos=QPoint(8, check.height() // 2))
        assert getattr(scene, attribute) is not before, name
    for kind, suffix, magic in (("projector", "png", b"\x89PNG"), ("print", "png", b"\x89PNG"),
                                ("svg", "svg", b"<?xml")):
        target = tmp_path / f"bord-{kind}.{suffix}"
        seen = save_dialog_answers(qtbot, target)
        click(qtbot, tray.findChild(QAbstractButton, f"boardExport_{kind}"))
        assert seen and target.read_bytes().startswith(magic), kind


# --- every built-in werkvorm, start to end, on a 1024×768 laptop ---------------------------------------------
def werkvorm_console(qtbot, library, data_dir, template_id):
    from reflectiespel.core.sessions.templates import default_templates, new_session_from_template
    from reflectiespel.ui.session.launcher import board_definition

    session = new_session_from_template(default_templates(data_dir).get(template_id), library, "Proef")
    for name, domain in (("Anna", "cultuur"), ("Bram", "zorg")):
        session.add_participant(name, domain)
    window = ConsoleWindow(SessionController(session, library, data_dir), board_definition())
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.resize(1024, 768)
    activate(qtbot, window)
    return window


def builtin_werkvormen():
    from reflectiespel.core.sessions.templates import default_templates

    return [t.id for t in default_templates(None).templates]


@pytest.mark.parametrize("template_id", builtin_werkvormen())
def test_each_werkvorm_runs_start_to_end_by_keyboard_and_by_mouse(qtbot, library, data_dir, template_id):
    console = werkvorm_console(qtbot, library, data_dir, template_id)
    c, s = console.controller, console.controller.session
    # by keyboard, from where the focus starts: a note on every step, then → to go on
    seen, moves = set(), 0
    while moves < 400:
        seen.add(s.current_step)
        key(qtbot, Qt.Key.Key_N, CTRL)
        qtbot.keyClicks(QApplication.focusWidget(), f"Stap {s.current_step + 1}: B T en spatie")
        key(qtbot, Qt.Key.Key_Return)
        key(qtbot, Qt.Key.Key_Escape)
        before = where(c)
        key(qtbot, Qt.Key.Key_Right)
        if where(c) == before:
            break
        moves += 1
    assert seen == set(range(len(s.steps))) and s.current_step == len(s.steps) - 1
    assert all(step.notes and step.notes[0].text.startswith(f"Stap {i + 1}:") for i, step in enumerate(s.steps))
    assert not c.black and not console.projecting
    # by mouse: back to the start with the agenda, then 'Volgende' until it cannot go on
    agenda = console.agenda.list
    qtbot.mouseDClick(agenda.viewport(), LEFT, pos=agenda.visualItemRect(agenda.item(0)).center())
    assert where(c) == (0, 0)
    seen = {0}
    for _ in range(400):
        if not console.next_button.isEnabled():
            break
        assert console.rect().contains(console.next_button.mapTo(console, console.next_button.rect().center()))
        click(qtbot, console.next_button)
        seen.add(s.current_step)
    assert seen == set(range(len(s.steps))) and s.current_step == len(s.steps) - 1


# --- recovery at start -----------------------------------------------------------------------------------
@pytest.fixture
def crashed(qtbot, library, data_dir, crash):
    controller = SessionController(make_session(library), library, data_dir)
    controller.apply(controller.session.add_note, controller.session.steps[0].id, "niet verloren")
    controller.autosaver.flush()
    crash(controller)
    assert len(find_recoverable(data_dir)) == 1
    window = MainWindow(library, data_dir)
    controller.setParent(window)  # its timers end with the window, in this thread
    qtbot.addWidget(window)
    return window


def test_recovery_speaks_dutch_and_esc_keeps_the_autosave(crashed, qtbot, data_dir):
    seen = []

    texts = []

    def escape(box):
        seen.append(sorted(b.text().replace("&", "") for b in box.findChildren(QAbstractButton) if b.isVisible()))
        texts.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Escape)
    when_modal(escape, "recoveryQuestion")
    crashed.offer_recovery()
    assert seen == [["Herstellen", "Later", "Weggooien…"]]
    assert QLocale().toString(QDate.currentDate(), "d MMMM yyyy") in texts[0]  # '23 november 2026'

    assert crashed.windows == [] and len(find_recoverable(data_dir)) == 1
    when_modal(lambda box: click(qtbot, button_named(box, "Later")), "recoveryQuestion")
    crashed.offer_recovery()
    assert len(find_recoverable(data_dir)) == 1


def test_recovery_weggooien_asks_again(crashed, qtbot, data_dir):
    for answer in ("Bewaren", "Weggooien"):
        first = when_modal(lambda box: click(qtbot, button_named(box, "Weggooien…")), "recoveryQuestion")
        second = when_modal(lambda sure: click(qtbot, button_named(sure, answer)), "recoveryDiscardQuestion")
        crashed.offer_recovery()
        assert first and second
        assert len(find_recoverable(data_dir)) == (1 if answer == "Bewaren" else 0)
    assert crashed.windows == []


def test_recovery_herstellen_opens_the_session(crashed, qtbot):
    when_modal(lambda box: qtbot.keyClick(box, Qt.Key.Key_Return), "recoveryQuestion")  # the default
    crashed.offer_recovery()
    restored = crashed.windows[0]
    restored.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(restored)
    assert restored.controller.session.steps[0].notes[0].text == "niet verloren"


# --- nothing on the console goes untested ---------------------------------------------------------------
def test_the_rehearsal_button_starts_and_stops_a_rehearsal(console, qtbot):
    button = console.toolbar.widgetForAction(console.rehearse_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert console.controller.rehearsal is not None and console.controller.countdown.speed == 10
    assert console.controller.countdown.running and "(oefenen)" in console.timer_label.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert console.controller.rehearsal is None and console.controller.countdown.speed == 1
    assert console.rehearsal_report and console.rehearsal_report[0].startswith("Oefenronde:")
    box = console.findChild(QMessageBox, "rehearsalReport")
    assert box is not None
    box.close()


ELSEWHERE = {  # buttons with their own test files (real clicks there)
    "revealTally": "tests/ui/test_votegrid.py::test_revealing_puts_the_result_on_the_projection_and_a_new_step_hides_it",
    "gridPopout": "tests/ui/test_votegrid.py::test_the_big_grid_window_changes_the_same_session",
    "liveSwitch": "tests/ui/test_live_console.py::test_switch_is_off_by_default_and_starts_and_stops_a_loopback_server",
    "liveLock": "tests/ui/test_live_console.py::test_facilitator_locks_a_step_and_removes_a_phone",
    "liveRemovePhone": "tests/ui/test_live_console.py::test_facilitator_locks_a_step_and_removes_a_phone",
    "liveSilent": "tests/ui/test_live_console.py::test_silent_round_reveals_everything_at_once_literally_on_the_projection",
    "liveReveal": "tests/ui/test_live_console.py::test_silent_round_reveals_everything_at_once_literally_on_the_projection",
    "liveAdmit": "tests/ui/test_live_console.py::test_a_second_device_under_a_name_in_use_waits_until_the_facilitator_lets_it_in",
    "liveRefuse": "tests/ui/test_live_console.py::test_a_removed_phone_is_refused_until_the_facilitator_says_yes",
    "agendaToggle": "tests/ui/test_console_fit.py::test_side_panels_fold_and_the_board_takes_the_centre",
    "captureToggle": "tests/ui/test_console_fit.py::test_side_panels_fold_and_the_board_takes_the_centre",
    "screenOffer": "tests/ui/test_two_screens.py::test_pulling_the_beamer_cable_brings_the_projection_back_as_a_"
                   "window_says_so_and_loses_nothing",
    # the step kinds of issue #29: their own test files
    "cloudAdd": "tests/ui/test_wordcloud_console.py::test_the_facilitator_enters_merges_hides_and_splits_words_and_"
                "undoes_each",
    "cloudMerge": "tests/ui/test_wordcloud_console.py::test_the_facilitator_enters_merges_hides_and_splits_words_and_"
                  "undoes_each",
    "cloudHide": "tests/ui/test_wordcloud_console.py::test_the_facilitator_enters_merges_hides_and_splits_words_and_"
                 "undoes_each",
    "cloudSplit": "tests/ui/test_wordcloud_console.py::test_the_facilitator_enters_merges_hides_and_splits_words_and_"
                  "undoes_each",
    "ratingAddRow": "tests/ui/test_rating_console.py::test_questions_are_added_and_removed_by_button_and_undone",
    "ratingRemoveRow": "tests/ui/test_rating_console.py::test_questions_are_added_and_removed_by_button_and_undone",
    "ratingLastTime": "tests/ui/test_rating_console.py::test_last_time_of_the_group_comes_beside_this_time_by_a_click",
    "screenScreened": "tests/ui/test_screening_console.py::test_what_phones_send_waits_until_the_facilitator_releases_it",
    "screenRelease": "tests/ui/test_screening_console.py::test_what_phones_send_waits_until_the_facilitator_releases_it",
    "screenReleaseAll": "tests/ui/test_screening_console.py::test_what_phones_send_waits_until_the_facilitator_"
                        "releases_it",
    "screenCounts": "tests/ui/test_screening_console.py::test_the_counts_wait_for_the_reveal_on_the_projection_while_"
                    "the_phones_switch_is_separate",
    "screenPhoneCounts": "tests/live/test_phone_input.py::test_in_a_screened_step_an_idea_waits_for_the_facilitator_"
                         "and_counts_stay_off_the_phones",
    "screenPhoneItems": "tests/ui/test_screening_console.py::test_the_phone_switches_are_ticked_in_the_console",
    "livePhoneSound": "tests/ui/test_phone_clock_console.py::test_the_clock_of_the_step_reaches_every_phone_and_the_"
                      "tone_is_off_until_ticked_on",
    "ideaAdd": "tests/ui/test_idea_console.py::test_ideas_and_votes_for_people_without_a_phone_are_marked_and_undone",
    "ideaVote": "tests/ui/test_idea_console.py::test_ideas_and_votes_for_people_without_a_phone_are_marked_and_undone",
    "ideaUnvote": "tests/ui/test_idea_console.py::test_ideas_and_votes_for_people_without_a_phone_are_marked_and_undone",
    "ideaPin": "tests/ui/test_idea_console.py::test_pin_hide_merge_and_only_pinned_change_what_the_room_sees",
    "ideaHide": "tests/ui/test_idea_console.py::test_pin_hide_merge_and_only_pinned_change_what_the_room_sees",
    "ideaMerge": "tests/ui/test_idea_console.py::test_pin_hide_merge_and_only_pinned_change_what_the_room_sees",
    "ideaUnmerge": "tests/ui/test_idea_console.py::test_pin_hide_merge_and_only_pinned_change_what_the_room_sees",
    "ideaOnlyPinned": "tests/ui/test_idea_console.py::test_pin_hide_merge_and_only_pinned_change_what_the_room_sees",
    "ideaTop": "tests/ui/test_idea_console.py::test_the_top_five_go_to_the_action_items_of_the_next_step_with_one_click",
}
HERE = {
    "addStep": test_plus_stap_opens_the_dialog_adds_the_step_and_the_file_opens_again,
    "editStep": test_wijzig_edits_title_text_and_minutes_undoably,
    "removeStep": test_weg_asks_before_removing_the_step_on_the_beamer,
    "stepUp": test_up_and_down_move_the_chosen_step, "stepDown": test_up_and_down_move_the_chosen_step,
    "removeParticipant": test_participants_are_added_with_enter_and_removed_with_the_button,
    "timerToggle": test_clock_and_move_buttons, "timerPlusMinute": test_clock_and_move_buttons,
    "timerReset": test_clock_and_move_buttons, "previous": test_clock_and_move_buttons,
    "next": test_clock_and_move_buttons,
    "addAction": test_actions_and_own_cards_by_button_and_enter,
    "addGroupCard": test_actions_and_own_cards_by_button_and_enter,
    "gridChoose": test_the_grid_mode_buttons, "gridVote": test_the_grid_mode_buttons,
    "liveHelpButton": test_the_phone_help_button_shows_and_hides_the_help,
    "liveShowQr": test_the_qr_checkbox_takes_the_join_code_off_the_projection,
    "screenBannerClose": test_toolbar_projection_screen_and_black,
}
BOARD = {
    "boardAdd": test_board_buttons_add_place_move_by_key_snapshot_and_unplace,
    "boardPlace": test_board_buttons_add_place_move_by_key_snapshot_and_unplace,
    "boardUnplace": test_board_buttons_add_place_move_by_key_snapshot_and_unplace,
    "boardSnapshot": test_board_buttons_add_place_move_by_key_snapshot_and_unplace,
    "boardLandmarks": test_board_switches_and_exports, "boardGhosts": test_board_switches_and_exports,
    "boardSnap": test_board_switches_and_exports, "boardExport_projector": test_board_switches_and_exports,
    "boardExport_print": test_board_switches_and_exports, "boardExport_svg": test_board_switches_and_exports,
}
ACTIONS = {
    "startProjection": (test_toolbar_projection_screen_and_black, test_f5_starts_and_esc_stops_the_projection),
    "stopProjection": (test_f5_starts_and_esc_stops_the_projection,),
    "swapScreens": (test_toolbar_projection_screen_and_black,),
    "largeProjection": (test_toolbar_groot_beeld_on_the_projection,),
    "black": (test_toolbar_projection_screen_and_black, test_presenting_keys_move_black_out_and_start_the_clock),
    "nextKey": (test_presenting_keys_move_black_out_and_start_the_clock,),
    "previousKey": (test_presenting_keys_move_black_out_and_start_the_clock,),
    "timerKey": (test_presenting_keys_move_black_out_and_start_the_clock,),
    "noteKey": (test_typing_a_note_never_presses_a_presenting_key,),
    "undo": (test_toolbar_labels_keep_their_width, test_ctrl_z_undoes_typing_first_then_the_last_action),
    "redo": (test_toolbar_labels_keep_their_width, test_ctrl_z_undoes_typing_first_then_the_last_action),
    "report": (test_toolbar_save_save_as_report_and_export, test_keys_for_save_as_and_report),
    "export": (test_toolbar_save_save_as_report_and_export,
               test_toolbar_prints_the_report_and_exports_a_workbook_and_a_word_document),
    "printReport": (test_toolbar_prints_the_report_and_exports_a_workbook_and_a_word_document,),
    "timerSound": (test_toolbar_save_save_as_report_and_export,),
    "save": (test_toolbar_save_save_as_report_and_export, test_plus_stap_opens_the_dialog_adds_the_step_and_the_file_opens_again),
    "saveAs": (test_toolbar_save_save_as_report_and_export, test_keys_for_save_as_and_report),
    "rehearse": (test_the_rehearsal_button_starts_and_stops_a_rehearsal,),  # more in test_rehearsal_console.py
}


def test_every_button_and_action_of_the_console_has_a_test_that_uses_it(board_console):
    """A new button or shortcut without a test that clicks or presses it fails here (the console with a
    board step, so the board's tray counts too)."""
    console = board_console
    buttons = {b.objectName() for b in console.findChildren(QAbstractButton)
               if b.objectName() and not b.objectName().startswith("qt_") and b.parent() is not console.toolbar
               and not isinstance(b.parent(), QTabBar) and b.window() is console}
    untested = buttons - set(HERE) - set(ELSEWHERE) - set(BOARD)
    assert not untested, f"buttons without a test: {sorted(untested)}"
    actions = {a.objectName() for a in console.actions() if a.objectName()}
    assert actions == set(ACTIONS), f"actions without a test: {sorted(actions - set(ACTIONS))}"
    for name, target in ELSEWHERE.items():
        path, function = target.split("::")
        assert f"def {function}(" in (Path(__file__).parents[2] / path).read_text(encoding="utf-8"), name
    module = sys.modules[__name__]
    for test in list(HERE.values()) + list(BOARD.values()) + [t for tests in ACTIONS.values() for t in tests]:
        assert inspect.getmodule(test) is module

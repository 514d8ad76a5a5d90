"""A whole werkvorm from the first step to the last, by keyboard; recovery after a crash; damaged files."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.storage import open_session
from reflectiespel.core.sessions.autosave import find_recoverable
from reflectiespel.core.sessions.templates import default_templates
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.main_window import MainWindow
from reflectiespel.ui.session.newsession import NewSessionDialog, parse_participants

from gridclick import click_cell


@pytest.fixture
def main(qtbot, data_dir):
    window = MainWindow(Library(builtin_decks_dir()).load(), data_dir)
    window.told, window.answers = [], []
    window.tell = lambda title, text: window.told.append(text)
    window.ask = lambda title, text: window.answers.pop(0) if window.answers else False
    qtbot.addWidget(window)
    window.show()
    return window


def start(main, qtbot, template_id: str, people: str = "Anna, cultuur\nBram, zorg\nChris"):
    dialog = NewSessionDialog(default_templates(main.data_dir), main.library, main)
    qtbot.addWidget(dialog)
    for row in range(dialog.choice.count()):
        if dialog.choice.item(row).data(Qt.ItemDataRole.UserRole) == template_id:
            dialog.choice.setCurrentRow(row)
    dialog.title.setText("Kennismaken in Ede")
    dialog.place.setText("Ede")
    dialog.people.setPlainText(people)
    dialog.accept()
    assert dialog.session is not None, dialog.error.text()
    console = main.start_console(dialog.session)
    console.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(console)
    qtbot.waitUntil(console.isActiveWindow)  # keys go to the console, as after a click on it
    return console


def test_participants_are_parsed_with_domains():
    assert parse_participants("Anna, Zorg\n\n  Bram  \nChris, piraat") == [
        ("Anna", "zorg"), ("Bram", "anders"), ("Chris", "anders")]


def test_a_werkvorm_from_first_to_last_step_by_keyboard(main, qtbot):
    console = start(main, qtbot, "kennismaken-waarde-van-welzijn")
    c, s = console.controller, console.controller.session
    assert s.title == "Kennismaken in Ede" and len(s.participants) == 3 and len(s.steps) >= 2
    anna = s.participants[0].id
    key_target = console.agenda.list
    seen_steps = {0}
    votes_done = note_done = False
    for _ in range(500):
        step = c.step
        if not note_done:
            console.notes.field.setFocus()
            qtbot.keyClicks(console.notes.field, "Eerste indruk: <b>vet</b> & eerlijk")
            qtbot.keyClick(console.notes.field, Qt.Key.Key_Return)
            note_done = True
        if not votes_done and console.choices.mode() == "vote" and console.choices.targets:
            console.tabs.setCurrentWidget(console.choices)
            click_cell(qtbot, console.choices.grid, 0, 1)
            click_cell(qtbot, console.choices.grid, 0, 1)
            votes_done = step.votes_used(anna) == 2
        key_target.setFocus()
        before = (s.current_step, s.current_card)
        qtbot.keyClick(key_target, Qt.Key.Key_Right)
        if (s.current_step, s.current_card) == before:
            break  # the last card of the last step
        seen_steps.add(s.current_step)
    assert seen_steps == set(range(len(s.steps))), "every step was reached"
    assert s.current_step == len(s.steps) - 1
    assert votes_done, "the template has a step to vote in"
    console.actions_panel.wat.setText("Afspraak maken met de wijkraad")
    console.actions_panel.wie.setText("Chris")
    qtbot.keyClick(console.actions_panel.wat, Qt.Key.Key_Return)
    last = s.steps[-1]
    assert last.actions[0].wat == "Afspraak maken met de wijkraad"
    notes = [n for step in s.steps for n in step.notes]
    assert notes[0].text == "Eerste indruk: <b>vet</b> & eerlijk"

    key_target.setFocus()
    undo = lambda: qtbot.keyClick(key_target, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    redo = lambda: qtbot.keyClick(key_target, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                                  | Qt.KeyboardModifier.ShiftModifier)
    undo()
    assert last.actions == []
    undo(), undo()
    assert all(step.votes_used(anna) == 0 for step in s.steps)
    redo(), redo(), redo()
    assert sum(step.votes_used(anna) for step in s.steps) == 2 and last.actions[0].wie == "Chris"


def test_recovery_after_a_crash_offers_the_session_back(main, qtbot, data_dir, crash):
    console = start(main, qtbot, "zeven-verandertips")
    console.notes.field.setText("niet verloren")
    console.notes.add()
    autosave = console.controller.autosaver.path_for(console.controller.session)
    qtbot.waitUntil(lambda: autosave.exists() and open_session(autosave).steps[0].notes != [], timeout=2500)
    assert find_recoverable(data_dir) == []  # its window is still running
    # the app "crashes": the console is never closed cleanly; a new start offers the session
    crash(console.controller)
    second = MainWindow(main.library, data_dir)
    qtbot.addWidget(second)
    second.ask_recovery = lambda title, text: "restore"
    second.offer_recovery()
    restored = second.windows[0]
    restored.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(restored)
    assert restored.controller.session.steps[0].notes[0].text == "niet verloren"
    assert restored.controller.session.id == console.controller.session.id


def test_later_keeps_the_autosave_and_discarding_removes_it(main, qtbot, data_dir, crash):
    console = start(main, qtbot, "zeven-verandertips")
    console.controller.autosaver.flush()
    crash(console.controller)
    assert find_recoverable(data_dir)
    second = MainWindow(main.library, data_dir)
    qtbot.addWidget(second)
    second.ask_recovery = lambda title, text: "later"
    second.offer_recovery()
    assert second.windows == [] and len(find_recoverable(data_dir)) == 1
    second.ask_recovery = lambda title, text: "discard"
    second.offer_recovery()
    assert second.windows == [] and find_recoverable(data_dir) == []


@pytest.mark.parametrize("content", [b"{ kapot", b"\x89PNG\r\n\x1a\n\x00\x00", b"",
                                     b'{"document": "reflectiespel-sessie", "format_version": 99}'])
def test_a_damaged_file_is_refused_and_left_alone(main, tmp_path, content):
    path = tmp_path / "sessie.reflectiespel"
    path.write_bytes(content)
    assert main.open_session_file(path) is None
    assert main.told and "sessie.reflectiespel" in main.told[0] and "niet veranderd" in main.told[0]
    assert path.read_bytes() == content
    assert main.windows == []


def test_a_board_step_in_the_console_saves_positions_and_undoes(main, qtbot, data_dir, tmp_path):
    console = start(main, qtbot, "praktijk-op-de-as")
    c, s = console.controller, console.controller.session
    board_index = next(i for i, step in enumerate(s.steps) if step.kind == "board")
    c.go_to(board_index)
    assert console.board.isVisible() and not console.preview.isVisible()
    assert set(console.board.board_scene.perspective_colours) == {"Anna", "Bram", "Chris"}
    token = console.board.editor.add_token("Ons buurtproject", "#d35400")
    console.board.editor.place(token, "Anna", 0.2, 0.8)
    placement = s.steps[board_index].board.placements[0]
    assert (placement.perspective, placement.x, placement.y) == ("Anna", 0.2, 0.8)
    autosave = c.autosaver.path_for(s)
    qtbot.waitUntil(lambda: autosave.exists() and open_session(autosave).steps[board_index].board.placements != [],
                    timeout=2500)
    console.agenda.list.setFocus()
    qtbot.keyClick(console.agenda.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert s.steps[board_index].board.placements == []
    qtbot.keyClick(console.agenda.list, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert s.steps[board_index].board.placements[0].x == 0.2
    # the projection shows the same board while the step is on
    console.start_projection()
    assert console.projection.view.showing_board() and console.projection.view.board.isVisible()
    console.stop_projection()


def test_an_empty_session_gets_steps_by_hand(main, qtbot):
    from reflectiespel.ui.session.newsession import EMPTY
    from reflectiespel.ui.session.stepdialog import StepDialog

    console = start(main, qtbot, EMPTY, people="")
    s = console.controller.session
    assert [step.title for step in s.steps] == ["Welkom"]
    dialog = StepDialog(main.library, console)
    qtbot.addWidget(dialog)
    dialog.title.setText("Tips van de dag")
    dialog.instruction.setPlainText("Lees de tip voor en praat erover.")
    dialog.deck.setCurrentIndex(dialog.deck.findData("zeven-verandertips"))
    dialog.cards.setCurrentIndex(dialog.cards.findData("all"))
    dialog.minutes.setValue(7)
    console.agenda.list.setCurrentRow(0)
    console.agenda.add_step(dialog.step())
    assert [step.title for step in s.steps] == ["Welkom", "Tips van de dag"]
    added = s.steps[1]
    assert added.minutes == 7 and len(added.card_ids) == len(main.library.get("zeven-verandertips").play_cards)
    console.agenda.list.setCurrentRow(1)
    qtbot.mouseClick(console.agenda.up_button, Qt.MouseButton.LeftButton)
    assert [step.title for step in s.steps] == ["Tips van de dag", "Welkom"]
    console.controller.undo_stack.undo()
    assert [step.title for step in s.steps] == ["Welkom", "Tips van de dag"]
    console.controller.go_to(1)
    assert console.controller.card() is not None and console.controller.countdown.total == 7 * 60


def test_samen_reflecteren_opens_from_the_start_page(main, qtbot):
    qtbot.mouseClick(main.start_page.together_button, Qt.MouseButton.LeftButton)
    window = main.windows[-1]
    qtbot.addWidget(window)
    assert window.isVisible() and type(window).__name__ == "TogetherWindow"

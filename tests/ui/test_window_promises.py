"""Issue 10 in the windows: one file in one window, a copy gets its own identity, a refused change is
undone, a failed "Opslaan als" changes nothing."""

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.session import Session
from reflectiespel.core.sessions.storage import open_session, save_session
from reflectiespel.core.sessions.autosave import find_recoverable
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.main_window import MainWindow
from reflectiespel.ui.session import console as console_module


@pytest.fixture
def library():
    return Library(builtin_decks_dir()).load()


def make_main(qtbot, library, data_dir):
    window = MainWindow(library, data_dir)
    window.told = []
    window.tell = lambda title, text: window.told.append(text)
    window.ask = lambda title, text: False
    qtbot.addWidget(window)
    return window


@pytest.fixture
def saved(tmp_path):
    s = Session.empty("Werkplaats")
    step = s.add_step(title="Praten").value
    s.add_note(step.id, "eerste notitie")
    return save_session(s, tmp_path / "sessie.reflectiespel")


def opened(main, qtbot, path):
    window = main.open_session_file(path)
    if window is not None:
        window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
        qtbot.addWidget(window)
    return window


def test_one_file_opens_in_one_window_only(qtbot, library, data_dir, saved):
    first_app, second_app = make_main(qtbot, library, data_dir), make_main(qtbot, library, data_dir)
    first = opened(first_app, qtbot, saved)
    assert first is not None
    assert opened(first_app, qtbot, saved) is None  # the same window list: refused
    assert opened(second_app, qtbot, saved) is None  # another instance of the app: refused too
    assert "al open in een ander venster" in first_app.told[0] and "al open" in second_app.told[0]
    first.close()
    assert opened(second_app, qtbot, saved) is not None  # free again after a clean close


def test_a_copy_opened_beside_the_original_gets_its_own_identity(qtbot, library, data_dir, saved, crash):
    main = make_main(qtbot, library, data_dir)
    copy = saved.with_name("kopie.reflectiespel")
    shutil.copy(saved, copy)
    original, duplicate = opened(main, qtbot, saved), opened(main, qtbot, copy)
    assert duplicate is not None and duplicate.controller.session.id != original.controller.session.id
    c = duplicate.controller
    c.apply(c.session.add_note, c.session.steps[0].id, "alleen in de kopie")
    c.autosaver.flush()
    original.close()  # a clean close of the original removes only its own autosave
    crash(c)
    found = find_recoverable(data_dir)
    assert [[n.text for n in r.session.steps[0].notes] for r in found] == [["eerste notitie", "alleen in de kopie"]]
    assert found[0].session.path == str(copy.resolve())


def test_saving_to_a_file_another_window_has_open_is_refused(qtbot, library, data_dir, saved, monkeypatch):
    main = make_main(qtbot, library, data_dir)
    assert opened(main, qtbot, saved) is not None
    other = main.start_console(Session.empty("Andere sessie"))
    other.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(other)
    warnings = []
    monkeypatch.setattr(console_module.QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    monkeypatch.setattr(console_module.QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    before = saved.read_bytes()
    other.save_as_action.trigger()
    assert warnings and "al open in een ander venster" in warnings[0]
    assert saved.read_bytes() == before and other.controller.session.path is None


def test_a_failed_save_as_leaves_the_window_on_its_old_file(qtbot, library, data_dir, saved, monkeypatch, tmp_path):
    main = make_main(qtbot, library, data_dir)
    window = opened(main, qtbot, saved)
    title = window.windowTitle()
    warnings = []
    monkeypatch.setattr(console_module.QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    bad = tmp_path / "bestaat-niet" / "elders.reflectiespel"
    monkeypatch.setattr(console_module.QFileDialog, "getSaveFileName", lambda *a, **k: (str(bad), ""))
    window.save_as_action.trigger()
    assert warnings and window.controller.session.path == str(saved.resolve())
    assert window.windowTitle() == title and "sessie.reflectiespel" in title
    # Ctrl+S still writes to the old file
    monkeypatch.setattr(console_module.QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    c = window.controller
    c.apply(c.session.set_details, title="Nieuwe titel")
    window.save_action.trigger()
    assert open_session(saved).title == "Nieuwe titel" and not bad.parent.exists()


def test_a_change_that_would_make_the_session_unopenable_is_undone_with_a_message(qtbot, library, data_dir, saved):
    main = make_main(qtbot, library, data_dir)
    window = opened(main, qtbot, saved)
    c = window.controller
    messages = []
    c.problem.connect(messages.append)
    before = len(c.session.steps)
    assert c.apply(c.session.add_step, False) is None  # what the "+ Stap" button passed
    assert len(c.session.steps) == before and messages and not c.undo_stack.canUndo()
    assert c.autosaver.flush() and len(open_session(c.autosaver.path_for(c.session)).steps) == before


def test_a_recovered_session_continues_in_a_new_autosave(qtbot, library, data_dir, saved, crash):
    main = make_main(qtbot, library, data_dir)
    window = opened(main, qtbot, saved)
    window.controller.autosaver.flush()
    crash(window.controller)
    second = make_main(qtbot, library, data_dir)
    second.ask_recovery = lambda title, text: "restore"
    second.offer_recovery()
    restored = second.windows[0]
    restored.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(restored)
    autosaves = sorted((data_dir / "autosave").glob("*.reflectiespel"))
    assert autosaves == [restored.controller.autosaver.path_for(restored.controller.session)]
    assert Path(restored.controller.session.path) == saved.resolve()

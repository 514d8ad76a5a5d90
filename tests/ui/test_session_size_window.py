"""Issue #22 point 2 in the windows: the facilitator is told when a session nears the size limit,
Ctrl+S on a session over it says so and changes nothing, and recovery says why it cannot offer an
autosave instead of leaving it out without a word."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.session import Session
from reflectiespel.core.sessions.session_ops import combine
from reflectiespel.core.sessions.sessionparts import Note
from reflectiespel.core.sessions.storage import MAX_BYTES, NEAR_BYTES, save_session, session_to_bytes
from reflectiespel.core.sessions.autosave import autosave_dir
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.main_window import MainWindow
from reflectiespel.ui.session import console as console_module

NOTE = "Een lange notitie van een telefoon. " * 54  # 1944 characters


@pytest.fixture(scope="module")
def library():
    return Library(builtin_decks_dir()).load()


def session_of(size: int) -> Session:
    session = Session.empty("Grote sessie")
    step = session.add_step(title="Ophalen").value
    while (now := len(session_to_bytes(session))) < size:
        step.notes.extend(Note(text=NOTE) for _ in range((size - now) // (len(NOTE) + 300) + 1))
    return session


def make_main(qtbot, library, data_dir):
    window = MainWindow(library, data_dir)
    window.told = []
    window.tell = lambda title, text: window.told.append(text)
    window.ask = lambda title, text: False
    qtbot.addWidget(window)
    return window


def opened(main, qtbot, path):
    window = main.open_session_file(path)
    assert window is not None, main.told
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    return window


def test_the_facilitator_is_told_when_the_session_nears_the_limit(qtbot, library, data_dir, tmp_path):
    path = save_session(session_of(NEAR_BYTES + 1_000_000), tmp_path / "groot.reflectiespel")
    window = opened(make_main(qtbot, library, data_dir), qtbot, path)
    window.show()
    # the autosave runs within a second of opening; its size brings the warning to the status bar
    qtbot.waitUntil(lambda: "Let op" in window.statusBar().currentMessage(), timeout=30_000)
    message = window.statusBar().currentMessage()
    assert "20 MB" in message and "Telefoons" in message
    if os.environ.get("REFLECTIESPEL_SHOTS"):  # a folder: save what the facilitator sees, to look at
        window.grab().save(os.path.join(os.environ["REFLECTIESPEL_SHOTS"], "size-warning.png"))


def test_ctrl_s_over_the_limit_says_so_and_the_file_stays_as_it_was(qtbot, library, data_dir, tmp_path, monkeypatch):
    path = save_session(session_of(MAX_BYTES - 300_000), tmp_path / "bijna.reflectiespel")
    before = path.read_bytes()
    window = opened(make_main(qtbot, library, data_dir), qtbot, path)
    c = window.controller
    step = c.session.steps[0]
    # a busy room: 1200 more long notes, about 2.5 MB (one undo step here: the notes panel redraws per change);
    # over the limit both as the file Ctrl+S writes and as the (more compact) autosave
    c.apply(lambda: combine("notities", [c.session.add_note(step.id, NOTE) for _ in range(1200)]))
    warnings = []
    monkeypatch.setattr(console_module.QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    window.agenda.list.setFocus()
    qtbot.keyClick(window.agenda.list, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert warnings, "Ctrl+S said nothing"
    assert "20 MB" in warnings[0] and "niet veranderd" in warnings[0]
    assert path.read_bytes() == before
    # the autosave refuses it too, and says so
    qtbot.waitUntil(lambda: "Automatisch opslaan lukt niet" in window.statusBar().currentMessage(), timeout=30_000)


def test_recovery_says_which_autosave_it_cannot_offer_and_why(qtbot, library, data_dir):
    folder = autosave_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    too_big = folder / "0123456789abcdef.0badc0de.reflectiespel"
    too_big.write_bytes(session_to_bytes(session_of(MAX_BYTES + 1000)))  # from a version before the limit held
    main = make_main(qtbot, library, data_dir)
    asked = []
    main.ask_recovery = lambda title, text: asked.append(text) or "later"
    main.offer_recovery()
    assert not asked and len(main.told) == 1
    assert "kan niet worden geopend" in main.told[0] and "te groot" in main.told[0] and "20 MB" in main.told[0]
    assert str(folder) in main.told[0]
    assert too_big.exists()

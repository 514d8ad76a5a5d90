"""Issue #16, the last Dutch outside tr(): the messages printed when the app cannot start (no screen, no Qt),
the session file type in the open and save dialogs, the board picture that cannot be saved and the refusal
a phone gets when its change could not be kept. In English in English, Dutch in Dutch."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from reflectiespel.core.base import i18n
from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.session import Session, Step
from reflectiespel.live.rooms import RoomError
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui import launch
from reflectiespel.ui.translators import install_translators
from reflectiespel.ui.main_window import MainWindow
from reflectiespel.ui.session.launcher import open_console


@pytest.fixture(params=["en", "nl"])
def language(request, qapp):
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "nl")


def test_no_screen_is_explained_in_english():
    i18n.set_language("en")
    message = launch.display_problem({}, "linux")
    assert message.startswith("reflectiespel cannot open a window: this computer has no display")
    assert "use the commands without a window (reflectiespel --help)" in message
    i18n.set_language("nl")
    assert "geen beeldscherm" in launch.display_problem({}, "linux")


def test_starting_with_lang_en_without_a_screen_says_so_in_english():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "reflectiespel.cli", "--lang", "en"], env=env,
                            capture_output=True, text=True, timeout=60)
    if sys.platform.startswith("linux"):
        assert result.returncode == 1
        assert "cannot open a window: this computer has no display" in result.stderr
        assert "geen" not in result.stderr and "Traceback" not in result.stderr


def test_missing_qt_libraries_are_explained_in_english(monkeypatch, capsys):
    """The import of Qt's widgets fails as it does without libGL: the message names the library and the fix."""
    monkeypatch.setitem(sys.modules, "PySide6.QtWidgets", None)  # 'import' raises ImportError
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    i18n.set_language("en")
    assert launch.run_app([]) == 1
    err = capsys.readouterr().err
    assert err.startswith("reflectiespel cannot load Qt: a system library is missing (")
    assert "On Debian or Ubuntu: sudo apt-get install" in err
    i18n.set_language("nl")
    assert launch.run_app([]) == 1
    assert "er ontbreekt een systeembibliotheek" in capsys.readouterr().err


def _file_types_of_next_dialog(trigger) -> list[str]:
    seen: list[list[str]] = []

    def look():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QFileDialog):
            QTimer.singleShot(20, look)
            return
        seen.append(box.nameFilters())
        box.reject()

    QTimer.singleShot(0, look)
    trigger()
    assert seen
    return seen[0]


def test_the_session_file_type_in_the_open_and_save_dialogs(qtbot, language, data_dir, monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    wanted = {"en": "Reflectiespel session (*.reflectiespel)", "nl": "Reflectiespel-sessie (*.reflectiespel)"}
    library = Library(builtin_decks_dir(), data_dir / "decks").load()
    main = MainWindow(library, data_dir=data_dir)
    qtbot.addWidget(main)
    main.show()
    assert _file_types_of_next_dialog(main.open_session_dialog) == [wanted[language]]

    session = Session.empty("Bewaren")
    session.add_step(Step(kind="free", title="Open", instruction="Praat."))
    console = open_console(session, library, data_dir)
    console.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(console)
    saved = []
    assert _file_types_of_next_dialog(lambda: saved.append(console.save_as())) == [wanted[language]]
    assert saved == [False]  # cancelled: nothing written
    console.close()


def test_a_board_picture_that_cannot_be_made_says_so_in_english(qtbot, language, tmp_path, monkeypatch):
    from PySide6.QtGui import QUndoStack

    from reflectiespel.core.board.board import BoardState
    from reflectiespel.core.board.boarddef import load_default_board
    from reflectiespel.ui.board import BoardWidget

    board = BoardWidget(BoardState(), load_default_board(language), QUndoStack())
    qtbot.addWidget(board)
    monkeypatch.setattr(QImage, "save", lambda *args, **kwargs: False)  # the PNG encoder refuses
    target = tmp_path / "bord.png"
    with pytest.raises(OSError) as refused:
        board.export_png(target)
    wanted = {"en": f"cannot save {target}", "nl": f"kan {target} niet opslaan"}[language]
    assert str(refused.value) == wanted and not target.exists()


class _Edit:
    """A phone's change as the live hub hands it to the window (it can be taken back)."""

    def __init__(self, session: Session):
        self.session = session
        self.undone = False

    def undo(self) -> None:
        self.session.steps.pop()
        self.undone = True


def test_a_phone_change_that_cannot_be_kept_is_refused_in_the_rooms_language(qtbot, language, data_dir):
    """The refusal is said in the room's language (the session's) when the phone gets its answer, whatever
    the window speaks: English in an English room, Dutch in a Dutch one. The console and Samen reflecteren
    hand phones' edits to the same host (core/sessions/host.py)."""
    from reflectiespel.live.hub import LiveHub, QueueOwner
    from reflectiespel.live.rooms import Room
    from PySide6.QtGui import QUndoStack

    from reflectiespel.ui.session.hosting import window_host

    said = {"en": "This could not be saved.", "nl": "Dit kon niet worden bewaard."}
    library = Library(builtin_decks_dir(), data_dir / "decks").load()
    session = Session.empty("Telefoons")
    session.add_step(Step(kind="free", title="Open", instruction="Praat."))
    console = open_console(session, library, data_dir)
    console.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(console)
    session.steps.append("not a step")  # a change that would not load back
    edit = _Edit(session)
    hub = LiveHub.for_host(console.controller.host, Room(), QueueOwner())
    with pytest.raises(RoomError) as refused:
        hub.commit(edit)
    assert edit.undone and len(session.steps) == 1 and refused.value.status == 409
    assert {room: refused.value.text(room) for room in said} == said
    assert i18n.language() == language  # saying it in the room's language leaves the window's alone
    assert not console.controller.undo_stack.canUndo()  # nothing kept
    hub.close()
    console.close()

    team_host = window_host(session, QUndoStack(), long_lived=False)  # as TogetherWindow makes it
    session.steps.append("not a step")
    edit = _Edit(session)
    hub = LiveHub.for_host(team_host, Room(), QueueOwner())
    with pytest.raises(RoomError) as refused:
        hub.commit(edit)
    assert edit.undone and {room: refused.value.text(room) for room in said} == said
    hub.close()

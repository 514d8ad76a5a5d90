"""A double-clicked session file (menu entry %f, Windows' file association, Finder): the app starts with
`reflectiespel FILE.reflectiespel` and opens that session in a console."""

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from reflectiespel import cli
from reflectiespel.core.library import Library
from reflectiespel.core.storage import save_session
from reflectiespel.core.templates import TemplateLibrary, new_session_from_template
from reflectiespel.resources import builtin_decks_dir


def session_file(folder: Path) -> Path:
    library = Library(builtin_decks_dir()).load()
    template = TemplateLibrary(builtin_decks_dir() / "werkvormen").load().templates[0]
    path = folder / "Sessie van dinsdag.reflectiespel"
    save_session(new_session_from_template(template, library), path)
    return path


def run_until_a_console_shows(argv: list[str]) -> tuple[int, list[str]]:
    app = QApplication.instance()
    seen: list[str] = []

    def look() -> None:
        consoles = [w for w in app.topLevelWidgets() if w.objectName() == "consoleWindow" and w.isVisible()]
        if consoles or not watch.remainingTime():
            seen.extend(w.windowTitle() for w in consoles)
            poll.stop()
            app.quit()

    poll = QTimer()
    poll.timeout.connect(look)
    poll.start(50)
    watch = QTimer()
    watch.setSingleShot(True)
    watch.timeout.connect(look)
    watch.start(20000)  # bounded: a console that never comes ends the loop too
    code = cli.main(argv)
    poll.stop()
    watch.stop()
    for window in app.topLevelWidgets():
        window.close()
        window.deleteLater()
    return code, seen


def test_the_command_line_file_opens_in_a_console(qtbot, tmp_path):
    code, consoles = run_until_a_console_shows([str(session_file(tmp_path))])
    assert code == 0 and len(consoles) == 1


def test_with_lang_before_the_file_it_opens_too(qtbot, tmp_path):
    code, consoles = run_until_a_console_shows(["--lang", "nl", str(session_file(tmp_path))])
    assert code == 0 and len(consoles) == 1


def test_only_a_session_file_is_taken_for_one(tmp_path):
    assert cli.session_to_open(["decks"]) is None
    assert cli.session_to_open(["report", "x.reflectiespel"]) is None  # a command with a file stays a command
    assert cli.session_to_open(["--lang=en", "a b.REFLECTIESPEL"]) == Path("a b.REFLECTIESPEL")

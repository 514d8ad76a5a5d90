"""A double-clicked session file (menu entry %f, Windows' file association, Finder): the app starts with
`reflectiespel FILE.reflectiespel` and opens that session in a console."""

from pathlib import Path

from PySide6.QtWidgets import QApplication

from reflectiespel import cli
from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.storage import save_session
from reflectiespel.core.sessions.templates import TemplateLibrary, new_session_from_template
from reflectiespel.resources import builtin_decks_dir


def session_file(folder: Path) -> Path:
    library = Library(builtin_decks_dir()).load()
    template = TemplateLibrary(builtin_decks_dir() / "werkvormen").load().templates[0]
    path = folder / "Sessie van dinsdag.reflectiespel"
    save_session(new_session_from_template(template, library), path)
    return path


def run_until_a_console_shows(qtbot, monkeypatch, argv: list[str]) -> tuple[int, list[str]]:
    """cli.main as the file manager starts it; the event loop (app.exec) runs until a console shows, and the
    application is never told to quit (that would end it for the tests after this one)."""
    app = QApplication.instance()
    seen: list[str] = []

    def consoles():
        return [w for w in app.topLevelWidgets() if w.objectName() == "consoleWindow" and w.isVisible()]

    def exec_until_a_console_shows() -> int:
        qtbot.waitUntil(lambda: bool(consoles()), timeout=20000)
        seen.extend(w.windowTitle() for w in consoles())
        return 0

    monkeypatch.setattr(app, "exec", exec_until_a_console_shows, raising=False)
    code = cli.main(argv)
    for window in app.topLevelWidgets():
        if window.isVisible():
            qtbot.addWidget(window)  # closed and deleted by pytest-qt after the test
    return code, seen


def test_the_command_line_file_opens_in_a_console(qtbot, tmp_path, monkeypatch):
    code, consoles = run_until_a_console_shows(qtbot, monkeypatch, [str(session_file(tmp_path))])
    assert code == 0 and len(consoles) == 1


def test_with_lang_before_the_file_it_opens_too(qtbot, tmp_path, monkeypatch):
    code, consoles = run_until_a_console_shows(qtbot, monkeypatch, ["--lang", "nl", str(session_file(tmp_path))])
    assert code == 0 and len(consoles) == 1


def test_only_a_session_file_is_taken_for_one(tmp_path):
    assert cli.session_to_open(["decks"]) is None
    assert cli.session_to_open(["report", "x.reflectiespel"]) is None  # a command with a file stays a command
    assert cli.session_to_open(["--lang=en", "a b.REFLECTIESPEL"]) == Path("a b.REFLECTIESPEL")

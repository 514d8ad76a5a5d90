"""The offline promise with the phones feature in the app: while "Telefoons erbij" is off, a whole
session in the console (every step, notes, the board, the Telefoons tab opened, the report)
opens no socket at all. The route (Samen reflecteren) is covered the same way in
tests/ui/test_together.py, whose window now carries the phones switch too."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from reflectiespel.core.board.boarddef import load_default_board
from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.templates import default_templates, new_session_from_template
from reflectiespel.pdf.report import write_report
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.session.console import ConsoleWindow
from reflectiespel.ui.session.controller import SessionController


@pytest.fixture
def no_network(monkeypatch):
    """Every way Python opens a connection records the attempt and fails."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("geen netwerk in deze test")

    class BlockedSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            refuse(*args)
    monkeypatch.setattr(socket, "socket", BlockedSocket)
    for name in ("create_connection", "getaddrinfo", "socketpair"):
        monkeypatch.setattr(socket, name, refuse)
    return attempts


def test_a_whole_session_with_the_switch_off_opens_no_socket(qtbot, data_dir, tmp_path, no_network):
    library = Library(builtin_decks_dir()).load()
    template = next(t for t in default_templates(data_dir).templates if t.id == "praktijk-op-de-as")
    session = new_session_from_template(template, library, "Zonder netwerk")
    session.add_participant("Ann")
    console = ConsoleWindow(SessionController(session, library, data_dir), load_default_board())
    console.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(console)
    console.show()
    qtbot.waitExposed(console)
    console.tabs.setCurrentWidget(console.live)  # the tab is there; its switch stays off
    assert not console.live.switch.isChecked()
    controller = console.controller
    seen = set()
    for _ in range(50):
        step = controller.step
        seen.add(step.id)
        controller.apply(session.add_note, step.id, "Zonder internet", session.participants[0].id)
        if step.kind == "board":
            if not step.board.tokens:
                controller.apply(session.add_board_token, step.id, "Onze praktijk")
            controller.apply(session.place_token, step.id, step.board.tokens[0].id, "Ann", 0.2, 0.7, "omdat")
        before = session.current_step
        qtbot.mouseClick(console.next_button, Qt.MouseButton.LeftButton)
        if session.current_step == before:
            break
    assert seen == {s.id for s in session.steps}
    write_report(session, tmp_path / "verslag.pdf")
    console.close()
    assert no_network == [] and console.live.server is None


def test_the_windows_do_not_load_the_web_server_until_the_switch_goes_on(tmp_path):
    """The app's start-up does not grow: the console and Samen reflecteren, with their phone switches,
    load starlette, uvicorn and segno only when a switch goes on."""
    import os
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from reflectiespel.core.decks.library import Library\n"
        "from reflectiespel.core.sessions.session import Session\n"
        "from reflectiespel.resources import builtin_decks_dir\n"
        "from reflectiespel.ui.session.console import ConsoleWindow\n"
        "from reflectiespel.ui.session.controller import SessionController\n"
        "from reflectiespel.ui.together import TogetherWindow\n"
        "library = Library(builtin_decks_dir()).load()\n"
        "console = ConsoleWindow(SessionController(Session.empty('x'), library, None)); console.show()\n"
        "team = TogetherWindow(library); team.show(); app.processEvents()\n"
        "print(sorted(m for m in ('starlette', 'uvicorn', 'segno', 'httpx') if m in sys.modules))\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REFLECTIESPEL_DATA_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert result.stdout.strip().splitlines()[-1:] == ["[]"], result.stderr[-2000:]

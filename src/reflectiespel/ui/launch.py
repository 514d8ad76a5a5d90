"""Start the desktop app, or say in plain words why it cannot start on this machine."""

from __future__ import annotations

import os
import sys

from ..core.base.i18n import translate

QT_LIBS_HINT = ("sudo apt-get install libglib2.0-0 libgl1 libegl1 libfontconfig1 libfreetype6 "
                "libxkbcommon0 libdbus-1-3 fonts-dejavu-core")
XCB_LIBS_HINT = ("sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 "
                 "libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0 libx11-xcb1")


def display_problem(environ: dict[str, str] | None = None, platform: str | None = None) -> str | None:
    """Why Qt cannot show a window here, or None. Qt itself would abort with a misleading message."""
    env = os.environ if environ is None else environ
    platform = platform or sys.platform
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    # Printed before Qt runs: core's translate, in the language cli.main chose (setup_language).
    return translate("launch", "reflectiespel kan geen venster openen: deze computer heeft geen beeldscherm "
                     "(DISPLAY en WAYLAND_DISPLAY zijn leeg).\n"
                     "Start de app op een computer met een bureaublad, of gebruik de opdrachten zonder venster "
                     "(reflectiespel --help).")


def run_app(argv: list[str] | None = None, open_path=None) -> int:
    """The app's window; ``open_path``: a session file to open once the window shows (a double-click)."""
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    try:
        from PySide6.QtWidgets import QApplication  # noqa: F401 - only asks whether Qt loads
    except ImportError as exc:
        print(translate("launch", "reflectiespel kan Qt niet laden: er ontbreekt een systeembibliotheek "
                        "({0}).\nOp Debian of Ubuntu: {1}").format(exc, QT_LIBS_HINT), file=sys.stderr)
        return 1
    app, window = start_app(argv or sys.argv[:1])
    if window is not None and open_path is not None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: window.open_session_file(open_path))
    if window is not None and os.environ.get(IDLE_PROBE):
        _quit_when_idle(app)
    return app.exec() if window is not None else 1


# For benchmarks/bundle_startup.py: measure a real start (also of the bundle, which has no Python to
# import from): print the monotonic time once the window is shown and idle, then quit.
IDLE_PROBE = "REFLECTIESPEL_QUIT_WHEN_IDLE"


def _quit_when_idle(app) -> None:
    import time

    from PySide6.QtCore import QTimer

    def idle() -> None:
        app.processEvents()
        print("idle", time.monotonic(), flush=True)
        app.quit()

    QTimer.singleShot(0, idle)


def start_app(argv: list[str]):
    """(QApplication, shown main window): everything ``reflectiespel`` does before the event loop."""
    from PySide6.QtWidgets import QApplication

    from .app import create_app, show_main_window

    app = QApplication.instance() or create_app(argv)
    return app, show_main_window(app)

"""The projection at a beamer's size, in tests on the offscreen platform.

F5 puts the projection where the console's ScreenKeeper says (ui/session/screens.py): on the offscreen
platform's one 800×800 screen that is a 320×180 window. For SETTLE's 2.5 s after that the keeper puts the
window back wherever anything else moved or resized it (on a real desktop the window manager does). A test
that resized the projection to a beamer's size at once raced the keeper: on a loaded machine a check fired
in the middle of the test and the room's picture shrank to 320×180 between two assertions. So a test
waits until the keeper is done, then resizes, and waits until the projection has that size."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

SETTLED_WITHIN = 15_000  # ms: the keeper's last check is 2.5 s after F5; room for a loaded machine


def project_at(qtbot, console, width: int, height: int):
    """The console's projection (started if it is not), settled, at ``width`` × ``height``."""
    if not console.projecting:
        console.start_projection()
    qtbot.waitUntil(lambda: not console.screens.settling, timeout=SETTLED_WITHIN)
    console.projection.resize(width, height)
    qtbot.waitUntil(lambda: console.projection.view.size() == QSize(width, height), timeout=5_000)
    return console.projection


def activate(qtbot, window) -> None:
    """Application shortcuts (F5) fire offscreen only in the active window."""
    window.show()
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

"""Every window opens inside the screen it is on, and comes back at the size it had there.

A facilitator's laptop has 1024×768 (or 1366×768) pixels, less a task bar; a window that opens larger puts
its buttons below the screen, out of reach until it is maximised. ``fit_window(window, key, preferred)``
gives a top-level window the preferred size, or the size it had last time on a screen of this size,
shrunk to the screen's available geometry less the window manager's frame, and centres it there.
After the first show it checks the real frame (a window manager adds a title bar and borders that only
exist then) and pulls the window in if the frame still sticks out. Sizes are remembered per window and
per screen size in settings.json (core/files/settings.py), written when the window closes.

A window that fit_window places mixes in ``FitsScreen`` (``class ConsoleWindow(FitsScreen, QMainWindow)``):
its own show and hide events tell this module when to check and when to remember. No event filter: one
would see every event the window gets, in Python, and its first event builds PySide's types for all of
Qt's event classes (~2 ms of the first frame).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, QTimer
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QWidget

SIZES_KEY = "window_sizes"  # in settings.json: {"console@1024x768": [1000, 700], ...}
GUESSED_FRAME = QMargins(4, 30, 4, 4)  # a title bar and thin borders, until a real frame is known
_frame: QMargins | None = None  # the window manager's frame, once a shown window told us


def frame_margins() -> QMargins:
    """The frame the window manager puts around a window: learnt from a window already shown, else
    a guess."""
    global _frame
    if _frame is None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and not widget.isFullScreen():
                frame, inner = widget.frameGeometry(), widget.geometry()
                margins = QMargins(inner.left() - frame.left(), inner.top() - frame.top(),
                                   frame.right() - inner.right(), frame.bottom() - inner.bottom())
                if margins.top() > 0:
                    _frame = margins
                    break
    return _frame if _frame is not None else GUESSED_FRAME


def screen_for(window: QWidget) -> QScreen:
    """The screen a window opens on: its parent's, else the one under the mouse, else the primary."""
    parent = window.parentWidget()
    if parent is not None and parent.window().isVisible():
        return parent.window().screen()
    return QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()


def screen_key(key: str, screen: QScreen) -> str:
    size = screen.size()
    return f"{key}@{size.width()}x{size.height()}"


def room_on(screen: QScreen) -> QRect:
    """Where a window's inside may go on ``screen``: its available geometry less the frame."""
    return screen.availableGeometry().marginsRemoved(frame_margins())


def bounded(size: QSize, room: QRect, minimum: QSize | None = None) -> QSize:
    """``size`` made to fit ``room`` (never below ``minimum`` where that is smaller than the room)."""
    width, height = min(size.width(), room.width()), min(size.height(), room.height())
    if minimum is not None and minimum.isValid():
        width = max(width, min(minimum.width(), room.width()))
        height = max(height, min(minimum.height(), room.height()))
    return QSize(width, height)


def _data_dir(data_dir: Path | None) -> Path:
    if data_dir is not None:
        return data_dir
    from ..core.decks.library import user_data_dir

    return user_data_dir()


def remembered_size(key: str, screen: QScreen, data_dir: Path | None = None) -> QSize | None:
    from ..core.files.settings import read_settings

    sizes = read_settings(_data_dir(data_dir)).get(SIZES_KEY)
    value = sizes.get(screen_key(key, screen)) if isinstance(sizes, dict) else None
    if isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) and 100 <= v <= 20000 for v in value):
        return QSize(*value)
    return None


def remember_size(where: str, size: QSize, data_dir: Path | None = None) -> None:
    """Remember ``size`` under ``where`` (``screen_key(window key, screen)``)."""
    from ..core.files.settings import read_settings, remember

    folder = _data_dir(data_dir)
    sizes = read_settings(folder).get(SIZES_KEY)
    sizes = dict(sizes) if isinstance(sizes, dict) else {}
    value = [size.width(), size.height()]
    if sizes.get(where) == value:
        return
    sizes[where] = value
    try:
        remember(folder, SIZES_KEY, sizes)
    except OSError:
        pass  # a read-only data folder: the window simply opens at its usual size next time


def fit_window(window: QWidget, key: str, preferred: QSize, data_dir: Path | None = None,
               screen: QScreen | None = None) -> QSize:
    """Size and place a top-level window inside its screen (see the module text); returns its size."""
    if not isinstance(window, FitsScreen):
        raise TypeError(f"{type(window).__name__} does not mix in FitsScreen (ui/screenfit.py)")
    screen = screen or screen_for(window)
    wanted = remembered_size(key, screen, data_dir) or preferred
    room = room_on(screen)
    size = bounded(wanted, room, window.minimumSize())
    window.resize(size)
    parent = window.parentWidget()
    centre = parent.window().geometry().center() if parent is not None and parent.window().isVisible() \
        else room.center()
    top_left = QPoint(centre.x() - size.width() // 2, centre.y() - size.height() // 2)
    inside = QPoint(max(room.left(), min(top_left.x(), room.right() - size.width() + 1)),
                    max(room.top(), min(top_left.y(), room.bottom() - size.height() + 1)))
    margins = frame_margins()
    window.move(inside - QPoint(margins.left(), margins.top()))  # move() places the frame's corner
    shown = window._fit.shown if window._fit is not None else False
    window._fit = _Fit(size, screen_key(key, screen), data_dir, shown)
    return size


def pull_inside(window: QWidget) -> None:
    """A shown window whose frame sticks out of its screen's available geometry is made smaller and
    moved inside (not a maximised or full-screen one: the window manager placed those)."""
    if not window.isVisible() or window.isMaximized() or window.isFullScreen():
        return
    avail = window.screen().availableGeometry()
    frame, inner = window.frameGeometry(), window.geometry()
    if avail.contains(frame):
        return
    extra = QSize(frame.width() - inner.width(), frame.height() - inner.height())
    size = bounded(inner.size(), QRect(0, 0, avail.width() - extra.width(), avail.height() - extra.height()),
                   window.minimumSize())
    window.resize(size)
    width, height = size.width() + extra.width(), size.height() + extra.height()
    x = max(avail.left(), min(frame.left(), avail.right() - width + 1))
    y = max(avail.top(), min(frame.top(), avail.bottom() - height + 1))
    window.move(x, y)  # move() places the frame's top-left corner


class _Fit:
    """What fit_window gave a window: its size, and where that size is remembered."""

    __slots__ = ("fitted", "screen_key", "data_dir", "shown")

    def __init__(self, fitted: QSize, where: str, data_dir: Path | None, shown: bool):
        self.fitted = fitted  # a window made larger since is left alone
        self.screen_key = where  # the window and the size of its screen (fit_window's)
        self.data_dir = data_dir
        self.shown = shown


class FitsScreen:
    """Mixed in before the Qt class of every window fit_window places: checks the real frame after each
    show and remembers the size when the window is hidden (closing hides it)."""

    _fit: _Fit | None = None

    # no QWidget.screen() in these: asked from inside a show or hide event (a modal dialog's exec()), it
    # left a dangling screen behind in PySide6 6.11 and a later window crashed (tests/ui/test_install.py
    # after test_import_dialog_english.py); the screen is the one fit_window placed the window on
    def showEvent(self, event) -> None:
        super().showEvent(event)
        fit = self._fit
        if fit is not None and not fit.shown:
            fit.shown = True
            QTimer.singleShot(0, self, self._check_fit)
            QTimer.singleShot(300, self, self._check_fit)  # some window managers frame a window a little later

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        fit = self._fit
        if fit is not None and fit.shown:
            fit.shown = False
            self._remember_fit(fit)

    def _check_fit(self) -> None:
        fit = self._fit
        size = self.size()
        if fit is not None and size.width() <= fit.fitted.width() and size.height() <= fit.fitted.height():
            pull_inside(self)

    def _remember_fit(self, fit: _Fit) -> None:
        if self.isMaximized() or self.isFullScreen() or self.isMinimized():
            return
        remember_size(fit.screen_key, self.size(), fit.data_dir)

"""Every window opens inside the screen it is on, and comes back at the size it had there.

A facilitator's laptop has 1024×768 (or 1366×768) pixels, less a task bar; a window that opens larger puts
its buttons below the screen, out of reach until it is maximised. ``fit_window(window, key, preferred)``
gives a top-level window the preferred size, or the size it had last time on a screen of this size,
shrunk to the screen's available geometry less the window manager's frame, and centres it there.
After the first show it checks the real frame (a window manager adds a title bar and borders that only
exist then) and pulls the window in if the frame still sticks out. Sizes are remembered per window and
per screen size in settings.json (core/files/settings.py), written when the window closes.
"""

from __future__ import annotations

import atexit
import weakref
from pathlib import Path

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize, QTimer
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QWidget

SIZES_KEY = "window_sizes"  # in settings.json: {"console@1024x768": [1000, 700], ...}
GUESSED_FRAME = QMargins(4, 30, 4, 4)  # a title bar and thin borders, until a real frame is known
_frame: QMargins | None = None  # the window manager's frame, once a shown window told us
_keepers: weakref.WeakSet = weakref.WeakSet()


@atexit.register
def _let_go() -> None:
    """Windows still open when Python stops are destroyed after it: no Python filter may be called then."""
    for keeper in list(_keepers):
        try:
            keeper.window.removeEventFilter(keeper)
        except RuntimeError:  # already deleted
            pass


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
    keeper = window.findChild(_Keeper, "screenFitKeeper")
    if keeper is None:
        keeper = _Keeper(window, key, data_dir)
        window.installEventFilter(keeper)
        _keepers.add(keeper)
    keeper.fitted, keeper.screen_key = size, screen_key(key, screen)
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


class _Keeper(QObject):
    """Checks the real frame after the first show; remembers the size when the window closes."""

    def __init__(self, window: QWidget, key: str, data_dir: Path | None):
        super().__init__(window)
        self.setObjectName("screenFitKeeper")
        self.window, self.key, self.data_dir = window, key, data_dir
        self.shown = False
        self.fitted: QSize | None = None  # the size fit_window gave; a window made larger since is left alone
        self.screen_key = ""  # where the size is remembered: the window and the size of its screen (fit_window's)

    def eventFilter(self, watched, event) -> bool:
        # no QWidget.screen() in here: asked from inside a show or hide event (a modal dialog's exec()), it
        # left a dangling screen behind in PySide6 6.11 and a later window crashed (tests/ui/test_install.py
        # after test_import_dialog_english.py); the screen is the one fit_window placed the window on
        kind = event.type()
        if kind == QEvent.Type.Show:
            self.shown = True
            QTimer.singleShot(0, self._check)
            QTimer.singleShot(300, self._check)  # some window managers frame a window a little later
        elif kind in (QEvent.Type.Close, QEvent.Type.Hide) and self.shown:
            self.shown = False
            self._remember()
        return False

    def _check(self) -> None:
        try:
            size, fitted = self.window.size(), self.fitted
            if fitted is not None and size.width() <= fitted.width() and size.height() <= fitted.height():
                pull_inside(self.window)
        except RuntimeError:  # the window was deleted meanwhile
            pass

    def _remember(self) -> None:
        window = self.window
        try:
            if window.isMaximized() or window.isFullScreen() or window.isMinimized():
                return
            size = window.size()
        except RuntimeError:  # hidden while being destroyed: its size is gone with it
            return
        remember_size(self.screen_key, size, self.data_dir)

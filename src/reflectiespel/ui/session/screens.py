"""Which screen shows what: the console on the facilitator's screen, the projection full screen on the other
one (the beamer), or as a window beside the console when there is only one screen.

- F5 puts the projection full screen on a screen that is not the console's; with one screen it becomes a
  window on the console's screen that fits inside it.
- Wissel scherm (Ctrl+Shift+W) exchanges the screens: the console goes where the projection was and the
  projection where the console was (PowerPoint's "swap displays").
- The console keeps the keyboard: the projection window never takes the focus (ProjectionWindow), and the
  console is made the active window again after every move.
- A beamer that goes away (cable out) brings the projection back as a window on the remaining screen, and
  the console too when it was on the beamer; the banner at the top of the console says so. A beamer that
  comes back is offered: the banner's button (or F5) puts the projection on it again. Nothing else changes:
  same session, same card, same typing.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolBar, QWidget

from ..theme import set_ink

CONSOLE_SIZE = QSize(1400, 860)  # the console's size on a screen that has room for it
WINDOW_SHARE = 0.4  # the projection as a window takes at most this part of the screen's width
MIN_WINDOW = QSize(288, 162)  # the projection as a window is never smaller than this
SETTLE = (300, 800, 1600, 2500)  # ms: when to check that a window stayed where it was put
FRAME_ROOM = QMargins(8, 32, 8, 8)  # before a window is shown: room for a title bar and borders


def frame_margins(window: QWidget) -> QMargins:
    """The window manager's title bar and borders around ``window`` (a guess until it has been shown)."""
    frame, inner = window.frameGeometry(), window.geometry()
    margins = QMargins(inner.left() - frame.left(), inner.top() - frame.top(),
                       frame.right() - inner.right(), frame.bottom() - inner.bottom())
    if not window.isVisible() or margins.isNull():
        return FRAME_ROOM
    return margins


def fit_inside(area: QRect, wanted: QSize, frame: QMargins = FRAME_ROOM) -> QRect:
    """The client rectangle of at most ``wanted`` whose frame (client plus ``frame``) fits inside ``area``,
    centred in it."""
    room = area.marginsRemoved(frame)
    width, height = min(wanted.width(), room.width()), min(wanted.height(), room.height())
    return QRect(room.left() + (room.width() - width) // 2, room.top() + (room.height() - height) // 2,
                 width, height)


class ScreenBanner(QToolBar):
    """A line at the top of the console for what happened to the screens, with an offer when there is one.
    It sits under the toolbar, where the facilitator looks, and is hidden while there is nothing to say."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("screenBanner")
        self.setWindowTitle(self.tr("Schermen"))
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(box)
        self.label.setObjectName("screenMessage")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        set_ink(self.label, "accent", "font-weight: bold;")
        self.button = QPushButton(box)
        self.button.setObjectName("screenOffer")
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keys where they were
        self.close_button = QPushButton(self.tr("Sluiten"), box)
        self.close_button.setObjectName("screenBannerClose")
        self.close_button.setAccessibleName(self.tr("Melding over de schermen sluiten"))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.close_button.clicked.connect(self.clear)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        row.addWidget(self.close_button)
        self.addWidget(box)
        self._offer = None
        self.button.clicked.connect(self._take_offer)
        self.hide()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def say(self, message: str, offer: str = "", action=None) -> None:
        """Show ``message``; with ``offer``, a button of that name that runs ``action``."""
        self.label.setText(message)
        self.label.setAccessibleName(message)
        self._offer = action
        self.button.setText(offer)
        self.button.setAccessibleName(offer)
        self.button.setVisible(bool(offer))
        self.show()
        from PySide6.QtGui import QAccessible, QAccessibleEvent

        QAccessible.updateAccessibility(QAccessibleEvent(self.label, QAccessible.Event.Alert))

    def clear(self) -> None:
        self._offer = None
        self.hide()

    def _take_offer(self) -> None:
        action, self._offer = self._offer, None
        self.hide()
        if action is not None:
            action()


class ScreenKeeper(QObject):
    """Places the console and its projection on the screens there are, and follows screens coming and going."""

    def __init__(self, console):
        super().__init__(console)
        self.console = console
        self.banner = ScreenBanner(console)
        console.addToolBarBreak()
        console.addToolBar(self.banner)
        self.mode = ""  # where this keeper last put the projection: "full" (a screen of its own) or "window"
        self.place = QRect()  # and at which rectangle of the desktop
        # one schedule of checks after the projection was put (SETTLE); a new put starts it again
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.timeout.connect(self._settle_tick)
        self._settle_left: list[int] = []
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._added)
        app.screenRemoved.connect(self._removed)
        console.destroyed.connect(self._forget)

    def _forget(self, *_args) -> None:
        app = QGuiApplication.instance()
        for signal, slot in ((app.screenAdded, self._added), (app.screenRemoved, self._removed)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass

    # --- where things are --------------------------------------------------------------------
    def console_screen(self) -> QScreen:
        handle = self.console.windowHandle()
        screen = handle.screen() if handle is not None else None
        screens = QGuiApplication.screens()
        if screen is None or screen not in screens:
            # the screen that holds the middle of the console, else the primary one
            screen = QGuiApplication.screenAt(self.console.frameGeometry().center()) or QGuiApplication.primaryScreen()
        return screen

    def beamer(self) -> QScreen | None:
        """The screen for the projection: the first screen that is not the console's."""
        mine = self.console_screen()
        others = [screen for screen in QGuiApplication.screens() if screen is not mine]
        return others[0] if others else None

    def place_console(self, screen: QScreen | None = None) -> None:
        """The console inside ``screen`` (default: its own), as large as it wants up to the screen's room."""
        screen = screen or self.console_screen()
        console = self.console
        maximized = console.isMaximized()
        if maximized:
            console.showNormal()
        handle = console.windowHandle()
        if handle is not None:
            handle.setScreen(screen)
        console.setGeometry(fit_inside(screen.availableGeometry(), CONSOLE_SIZE, frame_margins(console)))
        if maximized:
            console.showMaximized()

    # --- the projection --------------------------------------------------------------------------
    def show_projection(self, target: QScreen | None = None) -> None:
        """Full screen on ``target`` (default: the beamer), or as a window when there is no other screen."""
        target = target or self.beamer()
        if target is None:
            self._as_window()
        else:
            self.mode, self.place = "full", target.geometry()
            self.banner.clear()
            self._put()
        self._settle_later()
        self.keep_keys()

    def _as_window(self) -> None:
        """A window in the lower right corner of the console's screen, over the capture panel's (or the
        board's tray's) lower part, not over the card, the board or the buttons under them: on a board step
        at 1024 px the centre reaches further right, and a 40 % window hid 'Volgende' and the board's corner."""
        projection = self.console.projection
        area = self.console_screen().availableGeometry()
        room = area.marginsRemoved(frame_margins(projection))
        width = min(960, int(area.width() * WINDOW_SHARE))
        console = self.console
        centre = console.middle
        shown = centre.isVisible() and console.isVisible()
        if shown:
            free = room.right() - centre.mapToGlobal(centre.rect().topRight()).x() - 4
            width = max(MIN_WINDOW.width(), min(width, free))
        size = QSize(width, width * 9 // 16)
        self.mode = "window"
        self.place = QRect(max(room.left(), room.right() - size.width()),
                           max(room.top(), room.bottom() - size.height()), size.width(), size.height())
        if shown:  # the clock and Vorige/Volgende stay free: above them when the centre is as wide as the console
            rows = [QRect(w.mapToGlobal(w.rect().topLeft()), w.size()) for w in (console.timer_label,
                    console.prev_button, console.next_button) if w.isVisible()]
            framed = self.place.marginsAdded(frame_margins(projection))
            if any(framed.intersects(row) for row in rows):
                bottom = min(row.top() for row in rows) - 4 - frame_margins(projection).bottom()
                self.place.moveBottom(max(room.top() + size.height() - 1, bottom))
        self._put()
        self._settle_later()

    def layout_changed(self) -> None:
        """The console's centre changed its width (a board step): a projection window the keeper placed and
        nobody moved is placed again, clear of the centre."""
        projection = self.console.projection
        if self.mode == "window" and projection is not None and projection.isVisible() \
                and projection.geometry() == self.place:
            self._as_window()

    def _put(self) -> None:
        """The projection where ``mode`` and ``place`` say. Never unmapped on the way: a window manager that
        sees a window withdrawn may still be forgetting its old state when it is mapped again."""
        projection = self.console.projection
        full = self.mode == "full"
        screen = QGuiApplication.screenAt(self.place.center()) or self.console_screen()
        if projection.windowState() & Qt.WindowState.WindowFullScreen and projection.isVisible():
            projection.setWindowState(Qt.WindowState.WindowNoState)  # out of full screen before it moves
        if projection.windowHandle() is not None:
            projection.windowHandle().setScreen(screen)
        projection.setGeometry(self.place)
        if full:
            # showFullScreen() would also ask to activate the window, which is what must not happen
            projection.setWindowState(Qt.WindowState.WindowFullScreen)
        projection.show()
        if not full:
            projection.raise_()

    @property
    def settling(self) -> bool:
        """Whether the keeper still checks that the projection stayed where it was put: until SETTLE's
        last check after the latest put, a window moved or resized by anyone else is put back."""
        return self._settle_timer.isActive()

    def _settle_later(self) -> None:
        # a window manager (and Qt) still rearranging after a screen came or went may move it once more
        self._settle_left = [later - earlier for earlier, later in zip((0, *SETTLE), SETTLE)]
        self._settle_timer.start(self._settle_left.pop(0))

    def _settle_tick(self) -> None:
        if self._settle_left:
            self._settle_timer.start(self._settle_left.pop(0))  # before _settle: a put in it starts again
        self._settle()

    def _settled(self) -> bool:
        projection = self.console.projection
        if self.mode == "full":
            return projection.isFullScreen() and projection.geometry() == self.place
        return not projection.windowState() & Qt.WindowState.WindowFullScreen and projection.geometry() == self.place

    def _settle(self) -> None:
        projection = self.console.projection
        if projection is not None and projection.isVisible() and self.mode and not self._settled():
            self._put()

    def keep_keys(self) -> None:
        """The console is the active window again (now and once the window manager has placed the others)."""
        for delay in (0, 150, 500):
            QTimer.singleShot(delay, self._activate_console)

    def _activate_console(self) -> None:
        console, projection = self.console, self.console.projection
        if console.isVisible() and not console.isMinimized():
            console.activateWindow()
        if projection is not None and projection.isVisible() and self.mode == "window":
            projection.raise_()  # a projection window on the console's screen stays in sight, over the console

    def swap(self) -> None:
        """Console and projection exchange screens. With one screen there is nothing to exchange."""
        console, projection = self.console, self.console.projection
        if len(QGuiApplication.screens()) < 2:
            self.banner.say(self.tr("Er is maar één scherm: wisselen kan pas als er een beamer is aangesloten."))
            return
        if projection is None or not projection.isVisible():
            self.banner.say(self.tr("Start eerst de projectie (F5); daarna wisselt 'Wissel scherm' de twee "
                                    "schermen."))
            return
        mine = self.console_screen()
        if self.mode != "full":  # a window beside the console: to the other screen
            self.show_projection()
            return
        theirs = QGuiApplication.screenAt(self.place.center())
        if theirs is None or theirs is mine:
            theirs = self.beamer()
        self.place_console(theirs)
        self.show_projection(mine)
        console.statusBar().showMessage(self.tr("Gewisseld: de projectie en dit venster hebben van scherm "
                                                "geruild."), 8000)

    # --- screens coming and going ---------------------------------------------------------------
    def _removed(self, screen: QScreen) -> None:
        # after Qt has finished removing it: then screens() no longer lists it
        QTimer.singleShot(0, self._after_removal)

    def _after_removal(self) -> None:
        console, projection = self.console, self.console.projection
        if not console.isVisible():
            return
        screens = QGuiApplication.screens()
        if not any(screen.geometry().contains(console.frameGeometry().center()) for screen in screens):
            self.place_console(QGuiApplication.primaryScreen())  # the console was on the screen that went
        if projection is None or not projection.isVisible() or self.mode != "full":
            return
        beamer = self.beamer()
        if beamer is None:  # (what Qt or the window manager did with the full-screen window does not matter)
            self._as_window()
            self.banner.say(self.tr("De beamer is weg. De projectie staat nu in een venster op dit scherm; "
                                    "de sessie loopt gewoon door, er is niets verloren."))
        elif not beamer.geometry().contains(projection.geometry().center()):
            self.show_projection(beamer)  # a third screen is left: the projection goes there
        self.keep_keys()

    def _added(self, screen: QScreen) -> None:
        QTimer.singleShot(0, self._after_addition)

    def _after_addition(self) -> None:
        projection = self.console.projection
        if self.beamer() is None or not self.console.isVisible():
            return
        if projection is not None and projection.isVisible() and self.mode == "window":
            self.banner.say(self.tr("Er is weer een beamer. Zet de projectie er weer op met de knop of met F5."),
                            self.tr("Projectie naar de beamer (F5)"), self.show_projection)
        elif projection is None or not projection.isVisible():
            self.banner.say(self.tr("Er is een tweede scherm aangesloten. F5 zet de projectie erop."))

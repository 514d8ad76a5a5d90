"""A view on the board scene: always shows the whole board, takes keyboard moves and tray drops.

Several views may show one scene (console and projection). A read-only view shows the same
scene without any interaction.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFrame, QGraphicsView

from .scene import BoardScene
from ..plaintext import plain

TOKEN_MIME = "application/x-reflectiespel-token"
SMALL_STEP, LARGE_STEP = 0.01, 0.05


class BoardView(QGraphicsView):
    dropped = Signal(str, float, float)  # token id, x, y (normalized) dragged in from the tray
    released = Signal()  # Esc let go of the chosen token: the keys are for presenting again

    def __init__(self, scene: BoardScene, read_only: bool = False, parent=None):
        super().__init__(scene, parent)
        self.board = scene
        self.read_only = read_only
        self.setObjectName("boardProjection" if read_only else "boardView")
        self.setAccessibleName(self.tr("Bord: de sociaal-artistieke as"))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setInteractive(not read_only)
        self.setAcceptDrops(not read_only)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.StrongFocus)
        scene.current_changed.connect(self._announce)
        scene.sceneRectChanged.connect(self._fit)  # a legend that needs more rows makes the scene taller
        scene.moved.connect(self._moved)
        self.last_announcement = ""  # what screen readers were last told (ui/board/accessible.py)
        if not read_only:  # the projection places its board itself: a minimum there would overflow a small window
            self.setMinimumSize(320, 180)
        from .accessible import install

        install(BoardView)  # the board and its tokens as objects for screen readers

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event):
        super().showEvent(event)
        self._fit()

    def _fit(self, *_rect) -> None:
        viewport = self.viewport().size()
        if self.read_only and not viewport.isEmpty():  # the projector's scene may use a wide view's width
            self.board.set_room_aspect(viewport.width() / viewport.height())
        self.fitInView(self.board.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    # -- keyboard: Tab selects a token, arrows move it (Shift: larger steps) ------------------------
    def focusNextPrevChild(self, forward: bool) -> bool:
        if not self.read_only and self.hasFocus() and self.board.step_current(forward):
            return True
        return super().focusNextPrevChild(forward)

    def focusInEvent(self, event):
        # Tab (or Shift+Tab) into the board starts its round of tokens again from the first (or the last)
        if not self.read_only and event.reason() in (Qt.FocusReason.TabFocusReason,
                                                     Qt.FocusReason.BacktabFocusReason):
            self.board.set_current(None)
        super().focusInEvent(event)

    def keyPressEvent(self, event):
        if self.read_only:
            return super().keyPressEvent(event)
        step = LARGE_STEP if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else SMALL_STEP
        if self.board.snapping:
            step = max(step, 0.05)
        moves = {Qt.Key.Key_Left: (-step, 0), Qt.Key.Key_Right: (step, 0),
                 Qt.Key.Key_Up: (0, step), Qt.Key.Key_Down: (0, -step)}
        if event.key() in moves and self.board.nudge(*moves[event.key()]):
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self.board.current_key is not None:
            self.board.set_current(None)
            event.accept()
            self.released.emit()
            return
        super().keyPressEvent(event)

    def _announce(self) -> None:
        """Screen readers read the view: its description names the current token and where it is."""
        from .accessible import announce

        key = self.board.current_key
        text = self.board.describe(*key) if key else ""
        self.setAccessibleDescription(text)
        self.setToolTip(plain(text))
        if key is not None and not self.read_only:
            announce(self, key)

    def _moved(self, token_id: str, perspective: str, *_rest) -> None:
        """After the model has the new place (the widget applies the move first), say it."""
        from PySide6.QtCore import QTimer

        from .accessible import announce

        if not self.read_only:
            QTimer.singleShot(0, lambda: announce(self, (token_id, perspective)))

    # -- drops from the tray -----------------------------------------------------------------------
    def _token_of(self, event) -> str | None:
        data = event.mimeData()
        if self.read_only or not data.hasFormat(TOKEN_MIME):
            return None
        return bytes(QByteArray(data.data(TOKEN_MIME))).decode("utf-8")

    def dragEnterEvent(self, event):
        if self._token_of(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event):
        point = self.board.drop_point(self.mapToScene(event.position().toPoint()))
        if self._token_of(event) and point is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event):
        token_id = self._token_of(event)
        point = self.board.drop_point(self.mapToScene(event.position().toPoint()))
        if token_id and point is not None:
            event.acceptProposedAction()
            self.dropped.emit(token_id, *point)
        else:
            event.ignore()

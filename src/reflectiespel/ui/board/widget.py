"""BoardWidget: the board with its tray, to embed in the facilitator console (or read-only, for projection).

    widget = BoardWidget(state, definition, host, {"Anna": "#1f77b4"}, parent)
    widget.changed.connect(redraw)          # after every change of the model (also undo/redo)
    widget.refresh()                        # the model was changed elsewhere: redraw
    widget.set_state(other_state)           # another session step
    beamer = widget.projection_view()       # a read-only view on the same scene
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFileDialog, QFrame, QHBoxLayout, QLabel, QMessageBox, QScrollArea, QVBoxLayout,
                               QWidget)

from ...core.board.board import BoardState, placement_key
from ...core.board.boarddef import BoardDefinition
from .editor import BoardEditor
from .export import export_png, export_svg
from .scene import BoardScene
from .tray import BoardTray
from .view import BoardView
from ..plaintext import plain


class BoardWidget(QWidget):
    changed = Signal()

    def __init__(self, state: BoardState, definition: BoardDefinition, host,
                 perspective_colours: dict[str, str] | None = None, parent: QWidget | None = None,
                 read_only: bool = False):
        super().__init__(parent)
        self.setObjectName("boardWidget")
        self.setAccessibleName(self.tr("De sociaal-artistieke as"))
        self.definition = definition
        self.read_only = read_only
        # every change goes to the session's host (core/sessions/host.py); a QUndoStack gives a board on its own
        self.editor = BoardEditor(state, host, self)
        self.board_scene = BoardScene(definition, perspective_colours, self)
        self._mirrors: list[BoardScene] = []  # the projector's scenes (see projection_view)
        self.view = BoardView(self.board_scene, read_only)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # token names are typed by people
        self.status.setObjectName("boardStatus")
        self.status.setWordWrap(True)
        self.status.setContentsMargins(8, 4, 8, 4)
        font = self.status.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.status.setFont(font)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.view, 1)
        left.addWidget(self.status)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        self.tray: BoardTray | None = None
        if not read_only:
            self.tray = BoardTray()
            # the tray scrolls where the window is low (a 1024×768 laptop with the one-screen banner): its
            # 510 px of controls no longer set the console's height, which ran 40-70 px past the screen
            holder = QScrollArea(self)
            holder.setObjectName("boardTrayScroll")
            holder.setAccessibleName(self.tr("Praktijken en weergave"))
            holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the tray's own controls
            holder.setFrameShape(QFrame.Shape.NoFrame)
            holder.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            holder.setWidgetResizable(True)
            holder.setWidget(self.tray)
            self.tray.setFixedWidth(330 - holder.verticalScrollBar().sizeHint().width())  # with it: 330 as before
            holder.setFixedWidth(330)
            layout.addWidget(holder)
            self._connect_tray(self.tray)
        self.status.setVisible(not read_only)
        self.board_scene.moved.connect(self._moved)
        self.board_scene.current_changed.connect(self._show_current)
        self.board_scene.current_changed.connect(self._mirror)
        self.board_scene.changed.connect(self._mirror_drag)
        self.view.dropped.connect(self._dropped)
        self.editor.changed.connect(self._model_changed)
        self.editor.problem.connect(self.status.setText)
        self.board_scene.set_state(state)
        self._show_tray()
        self._show_current()

    # -- public API ----------------------------------------------------------------------------------
    def state(self) -> BoardState:
        return self.editor.state

    def set_state(self, state: BoardState) -> None:
        """Show another BoardState (another session step); no change to the model, no `changed`."""
        self.editor.state = state
        self.board_scene.set_state(state)
        self._mirror()
        self._show_tray()

    def set_host(self, host) -> None:
        """Changes go to another session's host from now on (the same widget shows another session)."""
        self.editor.host = host

    def refresh(self) -> None:
        """The model was changed elsewhere (a restore, another window): redraw from it."""
        self.board_scene.sync()
        self._mirror()
        self._show_tray()
        self._show_current()

    def set_perspective_colours(self, colours: dict[str, str]) -> None:
        self.board_scene.perspective_colours = dict(colours)
        self.refresh()

    def set_display(self, display: str) -> None:
        """'positions', 'spread' or 'both'."""
        self.board_scene.display = display
        self.refresh()

    def set_landmarks_visible(self, visible: bool) -> None:
        self.board_scene.show_landmarks = visible
        self.refresh()

    def set_ghosts_visible(self, visible: bool) -> None:
        self.board_scene.show_ghosts = visible
        self.refresh()

    def set_snapping(self, on: bool) -> None:
        self.board_scene.snapping = on

    def take_snapshot(self, name: str) -> None:
        self.editor.take_snapshot(name)

    def projection_view(self, parent: QWidget | None = None) -> BoardView:
        """A read-only view for the projector: a scene in the large presentation (sub-labels readable
        from the back of the room) that mirrors this board, so what the console does shows at once."""
        scene = BoardScene(self.definition, self.board_scene.perspective_colours, large=True)
        view = BoardView(scene, read_only=True, parent=parent)
        scene.setParent(view)
        self._mirrors.append(scene)
        self._mirror()
        return view

    def _mirror(self) -> None:
        """Bring the projector's scenes in line with this board's (model, display choices, current token)."""
        source = self.board_scene
        self._mirrors = [m for m in self._mirrors if shiboken6.isValid(m)]
        for scene in self._mirrors:
            scene.perspective_colours = dict(source.perspective_colours)
            scene.display, scene.show_ghosts = source.display, source.show_ghosts
            scene.show_landmarks = source.show_landmarks
            scene.current_key = source.current_key
            scene.set_state(source.state)

    def _mirror_drag(self) -> None:
        """While a token is dragged on the console, the projector's token follows."""
        self._mirrors = [m for m in self._mirrors if shiboken6.isValid(m)]
        for scene in self._mirrors:
            for key, item in self.board_scene.tokens.items():
                twin = scene.tokens.get(key)
                if twin is not None and twin.pos() != item.pos():
                    twin.setPos(item.pos())

    def export_png(self, path: Path | str, kind: str = "projector") -> Path:
        return export_png(self.board_scene, path, kind)

    def export_svg(self, path: Path | str) -> Path:
        return export_svg(self.board_scene, path)

    # -- wiring ----------------------------------------------------------------------------------------
    def _connect_tray(self, tray: BoardTray) -> None:
        tray.add_requested.connect(self.editor.add_token)
        tray.place_requested.connect(lambda token_id, who: self.editor.place(token_id, who, 0.5, 0.5)
                                     if self.editor.state.placement(token_id, who) is None else None)
        tray.unplace_requested.connect(self.editor.remove_placement)
        tray.reason_given.connect(self._reason)
        tray.snapshot_requested.connect(self.take_snapshot)
        tray.display_changed.connect(self.set_display)
        tray.landmarks_toggled.connect(self.set_landmarks_visible)
        tray.ghosts_toggled.connect(self.set_ghosts_visible)
        tray.snapping_toggled.connect(self.set_snapping)
        tray.export_requested.connect(self._export_dialog)

    def _moved(self, token_id: str, perspective: str, old, new, keyboard: bool) -> None:
        self.editor.move(token_id, perspective, old, new, keyboard)

    def _dropped(self, token_id: str, x: float, y: float) -> None:
        perspective = self.tray.perspective.currentData() if self.tray else ""
        self.editor.place(token_id, perspective or "", x, y)
        self.board_scene.set_current((token_id, perspective or ""))

    def _reason(self, text: str) -> None:
        key = self.board_scene.current_key
        if key is not None:
            self.editor.set_reason(*key, text)

    def _model_changed(self) -> None:
        self.board_scene.sync()
        self._mirror()
        self._show_tray()
        self._show_current()
        self.changed.emit()

    def _show_tray(self) -> None:
        if self.tray is not None:
            self.tray.show_state(self.editor.state, self.board_scene._perspective_order())
            self.tray.avoid_colours(list(self.board_scene.perspective_colours.values()),
                                    [token.colour for token in self.editor.state.tokens])

    def _show_current(self) -> None:
        key = self.board_scene.current_key
        if key is None:
            self.status.setText(self.tr("Tab kiest een praktijk op het bord; pijltjes schuiven hem "
                                        "(met Shift in grotere stappen)."))
        else:
            self.status.setText(self.board_scene.describe(*key))
        if self.tray is not None:
            reason = self.editor.state.reasons.get(placement_key(*key), "") if key else ""
            self.tray.show_reason(key is not None, reason)

    def _export_dialog(self, kind: str) -> None:
        filters = {"svg": self.tr("SVG-afbeelding (*.svg)")}
        suffix = ".svg" if kind == "svg" else ".png"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Bord bewaren als afbeelding"),
                                              f"sociaal-artistieke-as{suffix}",
                                              filters.get(kind, self.tr("PNG-afbeelding (*.png)")))
        if not path:
            return
        from ...core.base.problems import FileProblems

        try:
            self.export_svg(path) if kind == "svg" else self.export_png(path, kind)
        except (OSError, FileProblems) as exc:
            QMessageBox.warning(self, self.tr("Bewaren lukt niet"), plain(str(exc)))
        else:
            self.status.setText(self.tr("Bewaard: %1").replace("%1", path))


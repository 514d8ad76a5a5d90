"""The board scene: maps each placement in a BoardState to a token item and redraws from the model.

The scene owns no domain state. A finished drag or an arrow-key move is announced with the
``moved`` signal; the widget turns it into an undoable command, the model changes, and
``sync()`` brings the items in line with the model again.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from ...core.board.board import BoardState, clamp01
from ...core.board.boarddef import BoardDefinition, describe_position, place_in_numbers
from ...core.board.crowd import is_crowd, summarise
from .background import (AXIS_END, AXIS_MARK, AXIS_QUESTION, BOARD_RECT, SCENE_RECT, SOURCE, build_background, build_landmarks, to_norm, to_scene)
from .crowd import CrowdItem, crowd_legend, describe_crowd
from .items import RADIUS, ArrowItem, TokenItem, colour_or
from .labels import LabelRequest, layout_labels
from .overlays import (LEGEND_MARGIN, build_ghosts, build_legend, build_spreads, perspective_colour, perspective_marks, readable_on, spread_label)

DISPLAYS = ("positions", "spread", "both")
GRID = 0.05  # snapping step


class BoardScene(QGraphicsScene):
    moved = Signal(str, str, object, object, bool)  # token id, perspective, old (x, y), new (x, y), keyboard
    current_changed = Signal()

    def __init__(self, definition: BoardDefinition, perspective_colours: dict[str, str] | None = None,
                 parent=None, large: bool = False):
        super().__init__(parent)
        self.definition = definition
        self.perspective_colours = dict(perspective_colours or {})
        self.setSceneRect(SCENE_RECT)
        self.setBackgroundBrush(QColor("white"))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.large = large  # the projector's presentation (see build_background)
        background = build_background(self, definition, large)
        self.landmarks = build_landmarks(self, definition, large)
        self._under_board(background)
        self.state = BoardState()
        self._names = {}
        self.tokens: dict[tuple[str, str], TokenItem] = {}
        self.overlays: list[QGraphicsItem] = []
        self.spreads = {}
        self.display = "both"
        self.show_ghosts = True
        self.show_landmarks = True
        self.snapping = False
        self.current_key: tuple[str, str] | None = None
        self.live_spread = False
        self.crowded = False  # a hall: more than core.crowd.CROWD perspectives (see _sync_crowd)
        self.crowds: dict[str, CrowdItem] = {}  # token id -> its crowd, while crowded
        self.room_aspect: float | None = None  # the projector's view's shape (set_room_aspect)

    # -- model -> items ----------------------------------------------------------------------------
    def set_state(self, state: BoardState) -> None:
        self.state = state
        self.sync()

    def sync(self) -> None:
        """Bring every item in line with the model (after any change, undo or redo)."""
        state = self.state
        names = self._names = {t.id: t for t in state.tokens}
        wanted = {(p.token_id, p.perspective): p for p in state.placements if p.token_id in names}
        perspectives = {key[1] for key in wanted if key[1]}
        order = self._perspective_order()  # everyone who may place (the legend), not only who did
        self.crowded = is_crowd(len(order))
        if self.crowded:  # a hall: each practice as one picture; only the group's own dots stay dots
            wanted = {key: p for key, p in wanted.items() if not key[1]}
            order = []
        for key in [k for k in self.tokens if k not in wanted]:
            self.removeItem(self.tokens.pop(key))
        marks = perspective_marks(order)
        for key, placement in wanted.items():
            item = self.tokens.get(key)
            if item is None:
                item = self.tokens[key] = TokenItem(self, *key)
                self.addItem(item)
            token = names[key[0]]
            own = colour_or(token.colour)
            if key[1]:
                fill, outline = perspective_colour(self.perspective_colours, key[1], order.index(key[1])), own
            else:
                fill, outline = own, QColor("white")
            item.style(fill, outline, self.token_text(*key), self.describe(*key), marks.get(key[1], ""),
                       readable_on(fill))
            item.setPos(to_scene(placement.x, placement.y))
        if self.current_key not in wanted:
            self.current_key = None
        for item in self.overlays:
            self.removeItem(item)
        self.overlays = []
        token_colours = {t.id: colour_or(t.colour) for t in state.tokens}
        if self.crowded:
            self._sync_crowd(state, token_colours, len(perspectives))
            return
        self._drop_crowds()
        self.spreads = build_spreads(self, state, token_colours, self.display != "positions",
                                     self.display != "positions")
        self.overlays += list(self.spreads.values())
        spread_only = self.display == "spread"
        for key, item in self.tokens.items():
            in_spread = key[0] in self.spreads
            item.setOpacity(0.4 if spread_only and in_spread else 1.0)
            item.label.setVisible(not (spread_only and in_spread))
        if spread_only:
            for token_id, spread in self.spreads.items():
                spread_label(spread, names[token_id].name)
        if self.show_ghosts:
            self.overlays += build_ghosts(self, state, self._key_colour)
        legend, taken = build_legend(self, [(p, perspective_colour(self.perspective_colours, p, i))
                                            for i, p in enumerate(order)], marks, self.large,
                                     self.axis_gap, self.question_bottom, self.room_aspect)
        self.overlays += legend
        self.fit_under(taken)
        for i in range(0, len(self.landmarks), 2):
            self.landmarks[i].setVisible(self.show_landmarks)
            self.landmarks[i + 1].setVisible(self.show_landmarks)
        self._layout_labels()
        for key, item in self.tokens.items():
            item.set_current(key == self.current_key)

    def _sync_crowd(self, state: BoardState, token_colours: dict[str, QColor], perspectives: int) -> None:
        """The board of a hall (core/board/crowd.py): per practice its crowd, one line of legend; the group's own
        dots (no perspective) and their ghosts as always."""
        self.spreads = {}
        points: dict[str, list[tuple[float, float]]] = {}
        for placement in state.placements:
            if placement.perspective and placement.token_id in token_colours:
                points.setdefault(placement.token_id, []).append((placement.x, placement.y))
        shown = {}
        for token in state.tokens:
            summary = summarise(points.get(token.id, []))
            if summary is None:
                continue
            item = self.crowds.pop(token.id, None)
            description = describe_crowd(self.definition, token.name, summary)
            if item is None:  # kept between changes: an unchanged crowd is not painted again
                item = CrowdItem(summary, token_colours[token.id], token.name, description, self.large)
                self.addItem(item)
            else:
                item.show(summary, token_colours[token.id], token.name, description)
            shown[token.id] = item
        self._drop_crowds()
        self.crowds = shown
        if self.show_ghosts:
            self.overlays += build_ghosts(self, state, self._key_colour, keep=lambda key: not key[1])
        taken = QRectF()
        if perspectives:
            legend, taken = crowd_legend(perspectives, self.large, self.axis_gap, self.question_bottom)
            self.addItem(legend)
            self.overlays.append(legend)
        self.fit_under(taken)
        for item in self.tokens.values():
            item.setOpacity(1.0)
            item.label.setVisible(True)
        for i in range(0, len(self.landmarks), 2):
            self.landmarks[i].setVisible(self.show_landmarks)
            self.landmarks[i + 1].setVisible(self.show_landmarks)
        self._layout_labels()
        for key, item in self.tokens.items():
            item.set_current(key == self.current_key)

    def _under_board(self, background: list[QGraphicsItem]) -> None:
        """Where the legend may go: the gap between the horizontal axis's two ends (the projector's
        question has a line of its own under them), and the bottom of the line with the question."""
        tagged = {}
        for item in background:
            tagged.setdefault(item.data(0), []).append(item)
        ends = sorted((item.sceneBoundingRect() for item in tagged.get(AXIS_END, [])), key=QRectF.left)
        question = tagged.get(AXIS_QUESTION, [])
        self.question_bottom = max((item.sceneBoundingRect().bottom() for item in question),
                                   default=BOARD_RECT.bottom())
        self.axis_gap = None
        if self.large and len(ends) == 2:
            low, high = ends
            self.axis_gap = QRectF(low.right() + 24, low.top(), high.left() - low.right() - 48, low.height())
        self.source = next(iter(tagged.get(SOURCE, [])), None)
        self._source_y = self.source.y() if self.source is not None else 0.0

    def fit_under(self, legend: QRectF) -> None:
        """The scene as large as what lies under the board needs (a legend in rows under the question, or
        wider than the scene on a wide beamer): at least SCENE_RECT, the source line last. Views fit the
        scene again when it changes (BoardView._fit)."""
        wanted = QRectF(SCENE_RECT)
        below = not legend.isEmpty() and legend.bottom() > self.question_bottom
        if not legend.isEmpty():
            wanted = wanted.united(legend.adjusted(-LEGEND_MARGIN, 0, LEGEND_MARGIN, 8))
        if self.source is not None:
            self.source.setY(max(self._source_y, legend.bottom() + 8) if below else self._source_y)
            wanted = wanted.united(self.source.sceneBoundingRect().adjusted(0, 0, 0, 8))
        wanted = QRectF(math.floor(wanted.left()), wanted.top(), math.ceil(wanted.width()), math.ceil(wanted.height()))
        if wanted != self.sceneRect():
            self.setSceneRect(wanted)

    def set_room_aspect(self, aspect: float) -> None:
        """The projector's view tells its shape (width / height); a legend in rows may use a wide view's
        width (overlays.build_legend). Only the projector's large scene listens."""
        old = self.room_aspect
        if not self.large or aspect <= 0 or (old is not None and abs(old - aspect) < 0.01 * aspect):
            return
        self.room_aspect = aspect
        self.sync()

    def crowd_items(self) -> list[CrowdItem]:
        return list(self.crowds.values())

    def _drop_crowds(self) -> None:
        for item in self.crowds.values():
            self.removeItem(item)
        self.crowds = {}

    def _perspective_order(self) -> list[str]:
        order = [p for p in self.perspective_colours if p]
        known = set(order)
        for placement in self.state.placements:
            if placement.perspective and placement.perspective not in known:
                order.append(placement.perspective)
                known.add(placement.perspective)
        return order

    def _key_colour(self, key: tuple[str, str]) -> QColor:
        if key[1]:
            order = self._perspective_order()
            return perspective_colour(self.perspective_colours, key[1], order.index(key[1]))
        try:
            return colour_or(self.state.token(key[0]).colour)
        except KeyError:
            return QColor("#888888")

    def _layout_labels(self) -> None:
        keys = sorted(self.tokens, key=lambda k: k != self.current_key)
        keys = [k for k in keys if self.tokens[k].label.isVisible()]
        requests = []
        for key in keys:
            item = self.tokens[key]
            r = item.label.rect()
            requests.append(LabelRequest(item.pos(), r.width(), r.height(), RADIUS + 8))
        reasons = [a.reason for a in self.overlays if isinstance(a, ArrowItem) and a.reason is not None]
        for label in reasons:  # the reason beside its arrow, clear of token names
            r = label.rect()
            requests.append(LabelRequest(label.parentItem().mid, r.width(), r.height(), 10))
        marks = []
        if self.show_landmarks:
            for i in range(0, len(self.landmarks), 2):
                dot, label = self.landmarks[i], self.landmarks[i + 1]
                if dot.data(1) == AXIS_MARK:  # under the board, laid out once
                    continue
                r = label.boundingRect()
                marks.append(label)
                requests.append(LabelRequest(dot.rect().center(), r.width(), r.height(), 12))
        bounds = BOARD_RECT.adjusted(2, 2, -2, -2)
        placed = layout_labels(requests, bounds)
        for key, (rect, _free) in zip(keys, placed):
            item = self.tokens[key]
            item.label_offset(rect.topLeft() - item.pos())
        for label, (rect, _free) in zip(reasons, placed[len(keys):]):
            label.setPos(rect.topLeft())
        for label, (rect, _free) in zip(marks, placed[len(keys) + len(reasons):]):
            label.setPos(rect.topLeft())

    # -- words -------------------------------------------------------------------------------------
    def token_text(self, token_id: str, perspective: str) -> str:
        name = self._token(token_id).name
        return f"{name} · {perspective}" if perspective else name

    def _token(self, token_id: str):
        return self._names.get(token_id) or self.state.token(token_id)  # names are refreshed in sync()

    def describe(self, token_id: str, perspective: str) -> str:
        """The accessible name: 'Ons project (Anna): dicht bij kunst als middel, sturing gedeeld (12 van 100
        naar rechts, 85 van 100 omhoog)'."""
        placement = self.state.placement(token_id, perspective)
        name = self._token(token_id).name
        who = f"{name} ({perspective})" if perspective else name
        if placement is None:
            return who
        return f"{who}: {describe_position(self.definition, placement.x, placement.y)} " \
               f"({place_in_numbers(placement.x, placement.y)})"

    # -- from items and keyboard -------------------------------------------------------------------
    def token_pressed(self, item: TokenItem) -> None:
        self.set_current(item.key)
        token_id = item.key[0]
        spread = self.spreads.get(token_id)
        self.live_spread = spread is not None
        if spread is not None:  # what a drag needs to redraw the hull live, found once
            self._drag = (spread, [i for k, i in self.tokens.items() if k[0] == token_id],
                          list(self.spreads).index(token_id), self.display != "positions")

    def token_dragging(self, item: TokenItem) -> None:
        spread, siblings, lane, show = self._drag
        spread.set_points([i.pos() for i in siblings], lane, show, show)

    def token_dropped(self, item: TokenItem, start: QPointF, end: QPointF) -> None:
        self.live_spread = False
        placement = self.state.placement(*item.key)
        old = (placement.x, placement.y) if placement else to_norm(start)
        self.moved.emit(item.key[0], item.key[1], old, self.snap(*to_norm(end)), False)
        self.sync()

    def snap(self, x: float, y: float) -> tuple[float, float]:
        if not self.snapping:
            return x, y
        return clamp01(round(x / GRID) * GRID), clamp01(round(y / GRID) * GRID)

    def nudge(self, dx: float, dy: float) -> bool:
        """Move the current token by a step (keyboard); False when no token is current."""
        if self.current_key is None:
            return False
        placement = self.state.placement(*self.current_key)
        if placement is None:
            return False
        new = self.snap(clamp01(placement.x + dx), clamp01(placement.y + dy))
        self.moved.emit(*self.current_key, (placement.x, placement.y), new, True)
        return True

    def keys_in_order(self) -> list[tuple[str, str]]:
        return [(p.token_id, p.perspective) for p in self.state.placements if (p.token_id, p.perspective) in self.tokens]

    def set_current(self, key: tuple[str, str] | None) -> None:
        if key == self.current_key:
            return
        self.current_key = key
        for k, item in self.tokens.items():
            item.set_current(k == key)
        self.current_changed.emit()

    def step_current(self, forward: bool) -> bool:
        """Tab: select the next token; False when the end is reached (focus may leave the board). The last
        token stays chosen when the focus leaves: the field for why it moved (after the board) is about it."""
        keys = self.keys_in_order()
        if not keys:
            return False
        if self.current_key not in keys:
            self.set_current(keys[0] if forward else keys[-1])
            return True
        i = keys.index(self.current_key) + (1 if forward else -1)
        if not 0 <= i < len(keys):
            return False
        self.set_current(keys[i])
        return True

    def drop_point(self, scene_pos: QPointF) -> tuple[float, float] | None:
        if not BOARD_RECT.adjusted(-RADIUS, -RADIUS, RADIUS, RADIUS).contains(scene_pos):
            return None
        return self.snap(*to_norm(scene_pos))

    def board_rect(self) -> QRectF:
        return QRectF(BOARD_RECT)

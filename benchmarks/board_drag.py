"""How fast the axis board handles a drag with 300 tokens, against a bare QGraphicsScene.

Run:  QT_QPA_PLATFORM=offscreen uv run python benchmarks/board_drag.py

Both boards get 300 items at the same places in a 1920x1080 view. We press on one item and
send mouse-move events to the viewport; each sample is the time to handle one move event
(sendEvent), and, separately, that event plus the repaint it causes (processEvents).
The floor is a bare QGraphicsScene with 300 plain movable QGraphicsRectItems doing the same
drag in the same run. Rounds alternate between the two so that machine noise hits both.
The last line is the ratio (ours / floor); the goal is at most 1.5.
"""

from __future__ import annotations

import os
import random
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsScene, QGraphicsView

TOKENS = 300
MOVES = 60
ROUNDS = 15


def make_ours():
    from reflectiespel.core.board.board import BoardState, Token
    from reflectiespel.core.board.boarddef import load_default_board
    from reflectiespel.ui.board import BoardWidget

    rng = random.Random(4)
    state = BoardState()
    for i in range(TOKENS):
        state.tokens.append(Token(id=f"t{i}", name=f"Praktijk {i}", colour="#d35400"))
        state.place(f"t{i}", "", rng.random(), rng.random())
    widget = BoardWidget(state, load_default_board(), QUndoStack(), {})  # a board on its own: its own stack
    widget.view.setParent(None)  # measure the view alone, at projector size, like the floor
    view = widget.view
    view.resize(1920, 1080)
    view.show()
    points = [view.mapFromScene(item.pos()) for item in widget.board_scene.tokens.values()]
    return widget, view, points


def make_floor(points_in_scene):
    scene = QGraphicsScene(0, 0, 1920, 1080)
    for p in points_in_scene:
        rect = scene.addRect(-21, -21, 42, 42)
        rect.setPos(p)
        rect.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
    view = QGraphicsView(scene)
    view.resize(1920, 1080)
    view.show()
    view.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
    return scene, view


def mouse(kind, pos: QPointF, button=Qt.MouseButton.LeftButton):
    return QMouseEvent(kind, pos, pos, button if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)


def drag(app, view, start, paint: bool) -> list[float]:
    viewport = view.viewport()
    start = QPointF(start)
    app.sendEvent(viewport, mouse(QEvent.Type.MouseButtonPress, start))
    samples = []
    for i in range(1, MOVES + 1):
        pos = QPointF(start.x() + 3 * i, start.y() + 2 * (i % 7))
        t0 = time.perf_counter()
        app.sendEvent(viewport, mouse(QEvent.Type.MouseMove, pos))
        if paint:
            app.processEvents()
        samples.append(time.perf_counter() - t0)
    app.sendEvent(viewport, mouse(QEvent.Type.MouseButtonRelease, QPointF(start.x() + 3 * MOVES, start.y())))
    app.processEvents()
    return samples


def p95(values):
    return sorted(values)[int(0.95 * (len(values) - 1))]


def main() -> None:
    app = QApplication.instance() or QApplication([])
    widget, ours, points = make_ours()
    scene_points = [ours.mapToScene(p) for p in points]
    _floor_scene, floor = make_floor(scene_points)
    app.processEvents()
    rng = random.Random(7)
    results = {}
    for paint in (False, True):
        ours_t, floor_t = [], []
        for _ in range(ROUNDS):
            k = rng.randrange(len(points))
            # both drags start on the same item (the board scales like the floor: same fitInView)
            start = points[k]
            floor_start = floor.mapFromScene(scene_points[k])
            ours_t += drag(app, ours, start, paint)
            floor_t += drag(app, floor, floor_start, paint)
            widget.editor.host.history.stack.undo()  # put the token back, so every round starts alike
            app.processEvents()
        results[paint] = (ours_t, floor_t)
        what = "move event + repaint" if paint else "move event"
        print(f"{what:>22}: board median {statistics.median(ours_t) * 1e6:7.1f} us, p95 {p95(ours_t) * 1e6:7.1f} us"
              f" | floor median {statistics.median(floor_t) * 1e6:7.1f} us, p95 {p95(floor_t) * 1e6:7.1f} us"
              f" | ratio median {statistics.median(ours_t) / statistics.median(floor_t):.2f},"
              f" p95 {p95(ours_t) / p95(floor_t):.2f}")
    ours_t, floor_t = results[False]
    print(f"ratio (move event, {TOKENS} tokens): median "
          f"{statistics.median(ours_t) / statistics.median(floor_t):.2f}, p95 {p95(ours_t) / p95(floor_t):.2f}"
          " (goal <= 1.5)")


if __name__ == "__main__":
    main()

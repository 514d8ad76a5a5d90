"""The example practices under the board: a line from a tick down to a name in the second row never strikes
through a name of the first row (the English names are longer and did): it passes behind that name."""

import pytest
from PySide6.QtGui import QColor, QPainterPathStroker
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsRectItem, QGraphicsSimpleTextItem

from reflectiespel.core.boarddef import load_default_board
from reflectiespel.ui.board.background import AXIS_MARK
from reflectiespel.ui.board.scene import BoardScene


def glyph_box(label):
    """The band of a name's letters, in scene coordinates (its bounding rect less the leading above)."""
    box = label.sceneBoundingRect()
    return box.adjusted(0, 4, 0, -2)


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("large", [False, True], ids=["console", "projector"])
def test_no_line_strikes_through_a_name(qtbot, language, large):
    scene = BoardScene(load_default_board(language), large=large)
    ticks = [i for i in scene.items() if isinstance(i, QGraphicsPathItem) and i.data(1) == AXIS_MARK]
    names = {i.data(0) for i in ticks}
    labels = [i for i in scene.items() if isinstance(i, QGraphicsSimpleTextItem) and i.text() in names]
    assert ticks and len(labels) == len(ticks)
    stroker = QPainterPathStroker()
    stroker.setWidth(2)
    crossings = hidden = 0
    for tick in ticks:
        line = stroker.createStroke(tick.path())
        for label in labels:
            if label.text() == tick.data(0) or not line.intersects(glyph_box(label)):
                continue
            crossings += 1
            halo = [c for c in label.childItems() if isinstance(c, QGraphicsRectItem)]
            assert halo and halo[0].brush().color() == QColor("white"), f"{tick.data(0)} strikes through {label.text()}"
            assert label.zValue() > tick.zValue()  # the name and its white ground lie over the line
            hidden += 1
    assert hidden == crossings

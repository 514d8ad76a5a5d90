"""The example practices under the board: a line from a tick down to a name in the second row never strikes
through a name of the first row (the English names are longer and did): it passes behind that name."""

import pytest
from PySide6.QtGui import QColor, QPainterPathStroker
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsRectItem, QGraphicsSimpleTextItem

from reflectiespel.core.board.boarddef import load_default_board
from reflectiespel.ui.board.background import AXIS_MARK, BOARD_RECT, to_scene
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


@pytest.mark.parametrize("language, said", [("nl", "vullen elkaar aan"), ("en", "complement each other")])
@pytest.mark.parametrize("large", [False, True], ids=["console", "projector"])
def test_the_zone_rows_stay_in_their_zone_and_the_room_reads_that_the_qualities_complement(qtbot, language, said,
                                                                                          large):
    """Each row under a zone's name fits in its zone and above the board, rows and names never overlap; a line
    too wide for its zone (the middle column's 'sociale & artistieke kwaliteit vullen elkaar aan', in large
    letters on the projector) is broken between words, not run into the next zone."""
    definition = load_default_board(language)
    scene = BoardScene(definition, large=large)
    header = [i for i in scene.items() if isinstance(i, QGraphicsSimpleTextItem)
              and i.sceneBoundingRect().bottom() <= BOARD_RECT.top()]
    for zone in definition.zones:
        left, right = to_scene(zone.x[0], 0).x(), to_scene(zone.x[1], 0).x()
        inside = sorted((i for i in header if left <= i.sceneBoundingRect().center().x() <= right), key=lambda i: i.y())
        assert inside and inside[0].text() == zone.label
        rows = inside[1:]  # the name may be wider than its zone on a narrow board; its rows are not
        assert all(left <= i.sceneBoundingRect().left() and i.sceneBoundingRect().right() <= right for i in rows), \
            [(i.text(), i.sceneBoundingRect()) for i in rows]
        assert " ".join(i.text() for i in rows) == " ".join(zone.lines[:3] if large else zone.lines)
    boxes = [i.sceneBoundingRect() for i in header]
    assert not [(a, b) for n, a in enumerate(boxes) for b in boxes[n + 1:] if a.intersects(b)]
    assert said in " ".join(i.text() for i in header)

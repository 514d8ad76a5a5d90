"""Long card text on screen stays inside the card: it shrinks first, and what still does not fit ends in '…'.

Nothing is drawn outside the card's border, in the deck viewer or on the projection, however long the
text a person wrote; the ellipsis shows that text is missing (as the PDF does on paper).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from reflectiespel.core.decks.decks import load_deck
from reflectiespel.ui.screencard import CUT, ELLIPSIS, draw_within, paint_card, text_layout

DATA = Path(__file__).parents[1] / "data"
LONG = " ".join(["Een heel lang verhaal over de buurt en wat er toe doet"] * 120)


def _long_deck():
    deck = load_deck(DATA / "mini.yaml")
    card = deck.cards[0].model_copy(update={"title": "Titel " * 30, "text": LONG, "questions": [LONG[:500]] * 3,
                                            "assignment": LONG[:800]})
    return deck.model_copy(update={"cards": [card, *deck.cards[1:]]}), card


def _ink_outside(image: QImage, inside: QRectF, background: QColor) -> int:
    """Pixels outside ``inside`` (grown by 2 px for antialiasing) that are not the background."""
    grown = inside.adjusted(-2, -2, 2, 2)
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if not grown.contains(QPointF(x, y)) and image.pixelColor(x, y) != background:
                count += 1
    return count


@pytest.mark.parametrize("size", [QSize(260, 360), QSize(420, 300), QSize(900, 600)])
def test_a_long_card_stays_inside_its_border_and_is_marked_cut(qapp, size):
    deck, card = _long_deck()
    image = QImage(size, QImage.Format.Format_ARGB32)
    background = QColor("#203040")
    image.fill(background)
    painter = QPainter(image)
    rect = QRectF(20, 20, size.width() - 40, size.height() - 40)
    sizes = paint_card(painter, rect, deck, card)
    painter.end()
    assert sizes.get(CUT) == 1.0
    assert _ink_outside(image, rect, background) == 0


def test_a_short_card_is_not_cut(qapp):
    deck = load_deck(DATA / "mini.yaml")
    image = QImage(QSize(420, 600), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    sizes = paint_card(painter, QRectF(0, 0, 420, 600), deck, deck.cards[0])
    painter.end()
    assert CUT not in sizes and sizes["title"] > 0


def test_the_last_line_shown_ends_in_an_ellipsis(qapp):
    font = QFont()
    font.setPixelSize(20)
    layout, height = text_layout(LONG, font, 300)
    drawn = []

    class Recorder(QPainter):
        def drawText(self, *args):
            drawn.append(args[-1])
            return super().drawText(*args)

    image = QImage(QSize(320, 200), QImage.Format.Format_ARGB32)
    painter = Recorder(image)
    assert draw_within(painter, layout, QPointF(0, 0), 100, 300) is True
    assert not draw_within(painter, text_layout("kort", font, 300)[0], QPointF(0, 0), 100, 300)
    painter.end()
    assert len(drawn) == 1 and drawn[0].endswith(ELLIPSIS) and height > 100


def test_the_deck_viewer_and_the_projection_keep_a_long_card_inside(qtbot, tmp_path, data_dir):
    from reflectiespel.core.decks.library import Library
    from reflectiespel.core.sessions.session import Session, Step
    from reflectiespel.core.decks.deckwrite import write_deck
    from reflectiespel.ui.cardview import CardView, card_rect
    from reflectiespel.ui.session.controller import SessionController
    from reflectiespel.ui.session.projection import ProjectionView

    deck, card = _long_deck()
    view = CardView()
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show_card(deck, card)
    view.show()
    qtbot.waitExposed(view)
    image = view.grab().toImage()
    margin = min(view.width(), view.height()) * 0.04
    inside = card_rect(QRectF(view.rect()).adjusted(margin, margin, -margin, -margin))
    assert _ink_outside(image, inside, view.background) == 0
    assert view.cut

    folder = data_dir / "decks"
    write_deck(deck, folder / "lang.yaml", overwrite=True)
    library = Library(DATA.parent.parent / "decks", folder).load()
    session = Session.empty("Lang")
    session.add_step(Step(kind="cards", title="Lang", deck_id=deck.id, card_ids=[card.id]))
    session.go_to(0)
    projection = ProjectionView(SessionController(session, library, data_dir))
    qtbot.addWidget(projection)
    projection.resize(960, 540)
    projection.show()
    qtbot.waitExposed(projection)
    projection.grab()
    assert projection.sizes.get(CUT) == 1.0

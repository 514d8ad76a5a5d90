"""How large a card's text comes out on paper, for warnings before printing (the deck editor).

Lays out a card's front with the same blocks and text fitting as the PDF (pdf/cardlayout.py), in the
text area of a card of the given size, and returns the smallest font size used.
"""

from __future__ import annotations

from ..core.decks.decks import Card, Deck
from .cardlayout import front_blocks
from .geometry import CARD_SIZES, MM_TO_PT
from .textfit import Measure, fit_scale

PRINT_FLOOR = 8.0  # pt: body text under this is hard to read on a printed card

_measure: Measure | None = None


def smallest_print_size(deck: Deck, card: Card, size: str | None = None) -> tuple[float, bool]:
    """(smallest font size in pt, fits at all) for ``card`` printed at ``size`` (default: the deck's)."""
    from reportlab.lib.colors import HexColor

    from .deckpdf import deck_cards
    from .fonts import register_fonts

    register_fonts()
    global _measure
    _measure = _measure or Measure()
    single = deck.model_copy(update={"cards": [card]})
    printed = deck_cards(single)[0]
    w_mm, h_mm = CARD_SIZES[size or deck.default_size]
    w, h = w_mm * MM_TO_PT, h_mm * MM_TO_PT
    margin = max(3.0 * MM_TO_PT, min(w, h) * 0.06)  # as draw_front: band on top, margins around
    height = h - 0.09 * h - 1.6 * margin
    blocks = front_blocks(printed, h, HexColor(printed.colour))
    if not blocks:
        return 99.0, True
    _scale, laid, fits = fit_scale(blocks, w - 2 * margin, height, _measure)
    return min(item.size for item in laid), fits

"""Sheet geometry and text wrapping: the numbers the PDF and the print preview share."""

from __future__ import annotations

import pytest

from reflectiespel.pdf.fonts import BOLD, MISSING, REGULAR, printable, register_fonts
from reflectiespel.pdf.geometry import CARD_SIZES, PAPER_SIZES, PRINTABLE_MARGIN, sheet_layout
from reflectiespel.pdf.textfit import Measure, wrap


def test_poker_cards_on_a4_fill_a_three_by_three_grid_centred():
    layout = sheet_layout("poker", "a4")
    assert (layout.cols, layout.rows, layout.landscape) == (3, 3, False)
    xs = [s.trim.x for s in layout.slots]
    assert min(xs) == pytest.approx(210 - max(s.trim.right for s in layout.slots))
    assert layout.slots[0].trim.top > layout.slots[-1].trim.top  # reading order: top row first


@pytest.mark.parametrize("size", list(CARD_SIZES))
@pytest.mark.parametrize("paper", list(PAPER_SIZES))
@pytest.mark.parametrize("backs", ["long-edge", "fold"])
def test_every_layout_stays_within_the_printable_area(size, paper, backs):
    layout = sheet_layout(size, paper, bleed=1.0, backs=backs)
    assert layout.per_sheet >= 1
    for slot in layout.slots:
        assert slot.bleed.x >= PRINTABLE_MARGIN and slot.bleed.y >= PRINTABLE_MARGIN
        assert slot.bleed.right <= layout.paper_w - PRINTABLE_MARGIN
        assert slot.bleed.top <= layout.paper_h - PRINTABLE_MARGIN
    for mark in layout.marks:
        for x, y in ((mark.x1, mark.y1), (mark.x2, mark.y2)):
            assert PRINTABLE_MARGIN - 1e-9 <= x <= layout.paper_w - PRINTABLE_MARGIN + 1e-9
            assert PRINTABLE_MARGIN - 1e-9 <= y <= layout.paper_h - PRINTABLE_MARGIN + 1e-9


def test_a6_uses_landscape_paper_because_it_holds_more():
    layout = sheet_layout("a6", "a4")
    assert layout.landscape and layout.per_sheet == 2


def test_turning_a_sheet_twice_brings_a_box_back():
    layout = sheet_layout("bridge", "letter")
    for backs in ("long-edge", "short-edge"):
        for slot in layout.slots:
            back = layout.back_box(layout.back_box(slot.trim, backs), backs)
            t = slot.trim
            assert (back.x, back.y, back.w, back.h) == pytest.approx((t.x, t.y, t.w, t.h))


def test_wrapped_lines_never_exceed_the_width_even_for_very_long_words():
    register_fonts()
    measure = Measure()
    text = "Kort " + "Arbeidsongeschiktheidsverzekering" * 5 + " en nog wat woorden achteraan"
    for width in (40.0, 90.0, 150.0):
        lines = wrap(text, REGULAR, 9, width, measure)
        # a word broken over lines always ends its line with a hyphen; joined again, nothing is lost
        joined = "".join(line[:-1] if line.endswith("-") else line + " " for line in lines)
        assert joined.split() == text.split()
        assert all(measure.width(line, REGULAR, 9) <= width + 1e-6 for line in lines)
        assert sum(line.endswith("-") for line in lines) >= 5


def test_printable_keeps_markup_and_replaces_what_the_font_cannot_draw():
    register_fonts()
    assert printable("<b>&amp; 3 < 4</b>") == "<b>&amp; 3 < 4</b>"
    assert printable("tab\there") == "tab here"
    assert printable("a\u200db\x00c") == "abc"
    assert printable("x😀y", BOLD) == f"x{MISSING}y"
    assert printable("ë é ï ĳ ‘ ’ “ ” – € שלום") == "ë é ï ĳ ‘ ’ “ ” – € שלום"

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


def test_a6_on_a4_is_four_up_with_a_white_border_and_landscape_on_letter():
    layout = sheet_layout("a6", "a4")
    assert (layout.per_sheet, layout.landscape, layout.marks) == (4, False, [])
    assert layout.inset >= PRINTABLE_MARGIN  # the design stays clear of the printer's blank edge
    for slot in layout.slots:
        face = layout.face(slot.trim)
        assert face.x >= PRINTABLE_MARGIN and face.right <= layout.paper_w - PRINTABLE_MARGIN
        assert face.y >= PRINTABLE_MARGIN and face.top <= layout.paper_h - PRINTABLE_MARGIN
    assert sheet_layout("a6", "letter").landscape and sheet_layout("a6", "letter").per_sheet == 2
    assert sheet_layout("a6", "a4", bleed=2).per_sheet == 2  # with bleed 4-up does not fit


@pytest.mark.parametrize(("size", "paper", "bleed", "crop_marks", "backs", "at_least"), [
    ("bridge", "letter", 0.0, True, "long-edge", 9),  # was 6: marks only where there is room
    ("poker", "a4", 1.5, True, "long-edge", 9),  # was 6
    ("bridge", "a4", 0.0, True, "fold", 5),  # was 4: backs above the fronts
    ("poker", "a4", 0.0, True, "long-edge", 9),
])
def test_the_layout_holds_the_most_cards(size, paper, bleed, crop_marks, backs, at_least):
    layout = sheet_layout(size, paper, bleed, crop_marks, backs)
    assert layout.per_sheet >= at_least
    no_marks = sheet_layout(size, paper, bleed, False, backs)
    assert layout.per_sheet == no_marks.per_sheet  # marks never cost a card
    if backs in ("long-edge", "short-edge"):  # duplex stays exact: every back behind its front
        for slot in layout.slots:
            back = layout.back_box(layout.back_box(slot.trim))
            assert (back.x, back.y) == pytest.approx((slot.trim.x, slot.trim.y))


def test_marks_go_only_where_there_is_room_and_guides_fill_in():
    layout = sheet_layout("poker", "a4", 1.5)  # 9 cards leave too little room left and right
    assert layout.marks and all(m.x1 == m.x2 for m in layout.marks)  # only above and below
    assert layout.guides  # the horizontal cuts get trim guides in the bleed
    assert not sheet_layout("poker", "a4", 0.0).guides
    assert sheet_layout("poker", "a4", 3.0, crop_marks=False).guides


def test_an_offset_beyond_ten_mm_is_refused_and_landscape_turns_it():
    from reflectiespel.pdf.geometry import LayoutError, check_offset

    with pytest.raises(LayoutError, match="te groot"):
        check_offset((10.5, 0))
    check_offset((-10, 10))
    portrait, landscape = sheet_layout("poker", "a4"), sheet_layout("a6", "letter")
    assert portrait.page_offset((1.5, -0.5)) == (1.5, -0.5)
    # the paper's X (measured on the portrait calibration sheet) runs along the landscape page's Y
    assert landscape.page_offset((1.5, -0.5)) == (-0.5, -1.5)


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

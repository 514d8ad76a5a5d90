"""Lay out one printed card, front or back: the same design as the screen (ui/screencard.py): a band in
the category colour with the category name, the title, the text, the questions as bullets and the
assignment ("Opdracht") in a tinted box; the back in the deck's colour with the deck's or the card's
own back text.

The layout is plain data (pdf/drawing.py): positions in millimetres on the page (see geometry.py),
fitted lines of text, colours. The PDF (pdf/pdfdraw.py), the printer and the print preview
(ui/sheetpaint.py) draw that same data. Each card is a Clip of its bleed box, so nothing can spill
onto a neighbour. The functions return warnings (Dutch) for text that did not fit even at the
smallest readable size. Sizes inside a card are in points from the bottom-left corner of its bleed
box (Pen turns them into page millimetres).

Beside its colour each category has a symbol (core/decks/symbols.py) in the band, so categories differ on a
black-and-white printer. A front carries its number in the set (n/N) and the deck's name and version
in small print; a card's picture is drawn under the band, scaled to fit. A back shows the deck's name
(also under a card's own back text) and the deck's initials large and faint, so the backs of
different decks are told apart at a glance; the ink-saving back is an outline on white paper.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.lib.colors import Color, HexColor

from ..core.base.i18n import translate
from .drawing import Pen
from .fonts import BOLD, ITALIC, REGULAR, printable
from .geometry import MM_TO_PT, Box
from .textfit import LEADING, Block, Laid, Measure, fit, lay_out, total_height

MIN_SIZE = 6.5  # pt: the smallest text we still call readable on a card
MIN_TITLE = 8.0
# One body size per deck: text, questions and the (italic) assignment of every playing card are set at the
# same size, the largest at which every card of the deck fits, but never under BODY_FLOOR (italic under 9 pt
# reads badly on paper). A card too long even for the floor shrinks on its own. The title is TITLE_RATIO times
# the body; at most the body is BODY_RATIO of the card's height (12.2 pt on a tarot card).
BODY_FLOOR = 9.0
BODY_RATIO = 0.036
TITLE_RATIO = 1.5
MIN_BAND = 5.5  # pt: the category name in the coloured band
FOOT = 5.5  # pt: the deck's name, version and the card number at the foot of a front
SMALL_WORDS = frozenset("de het een en van voor in op met aan te bij over".split())
INK = HexColor("#1d1d1f")
PAPER = HexColor("#fffdf8")
WHITE = Color(1, 1, 1)
LINE_GREY = HexColor("#9e9e9e")


@dataclass(frozen=True)
class PrintCard:
    """What is printed on one card: plain strings, independent of where they came from."""

    key: str  # the card's id, used in warnings
    title: str
    text: str = ""
    questions: tuple[str, ...] = ()
    assignment: str | None = None
    assignment_word: str = ""  # 'Opdracht: ' in the deck's own language; empty: the interface's
    category_name: str = ""
    colour: str = "#5d4037"
    back_text: str = ""
    back_colour: str = "#37474f"
    own_back: bool = False  # the card has its own back text (drawn a little smaller)
    blank: bool = False
    symbol: str = "circle"  # the category's shape (core/decks/symbols.py)
    image: str | None = None  # the picture as a file path (already checked to exist)
    number: str = ""  # "3/20": the card's place in one set
    footer: str = ""  # the deck's name and version, in small print on the front
    deck_name: str = ""  # named on every back (small under a card's own back text)
    ink_saving: bool = False  # the back as an outline on white paper
    kind: str = "card"  # card, instruction, credits or note: only playing cards set the deck's body size
    body: float | None = None  # pt: the deck's body size (deck_body); None: as large as this card allows

    @property
    def label(self) -> str:
        if self.title:
            return f"'{self.title}' ({self.key})"
        return f"'{self.key}'"


def darker(colour: Color, factor: float) -> Color:
    return Color(colour.red / factor, colour.green / factor, colour.blue / factor)


def mix(colour: Color, base: Color, amount: float) -> Color:
    """``amount`` of ``colour`` over ``base`` (like a translucent fill, but opaque for printers)."""
    return Color(*(b + (c - b) * amount for c, b in zip(colour.rgb(), base.rgb())))


def luminance(colour: Color) -> float:
    r, g, b = colour.rgb()
    return 0.299 * r + 0.587 * g + 0.114 * b


def is_light(colour: Color) -> bool:
    return luminance(colour) > 0.6


def readable_on_paper(colour: Color) -> Color:
    """The colour, darkened until text in it reads well on white paper."""
    colour = darker(colour, 1.4)
    while luminance(colour) > 0.42:
        colour = darker(colour, 1.25)
    return colour


def monogram(title: str) -> str:
    """The deck's initials for its back: 'De zeven verandertips' -> 'ZV', 'Grensobjecten' -> 'G'."""
    words = [w for w in title.split() if w[:1].isalnum()]
    big = [w for w in words if w.lower() not in SMALL_WORDS] or words
    return "".join(w[0].upper() for w in big[:3])


@lru_cache(maxsize=64)
def image_size(path: str) -> tuple[int, int] | None:
    """Width and height in pixels of a picture, or None when it cannot be read."""
    try:
        from reportlab.lib.utils import ImageReader

        return ImageReader(path).getSize()
    except Exception:  # noqa: BLE001 - a damaged picture is a warning, never a crash
        return None


def _begin(page: list, trim: Box, bleed: float, bleed_box: Box | None, measure: Measure,
           turned: bool = False) -> tuple[Pen, Box, float, float, float, float]:
    """A pen for one card, clipped to its bleed box, added to ``page``; returns (pen, bleed box, trim x,
    trim y, trim w, trim h), the trim box in pt from the bleed box's corner. ``turned``: upside down (a
    fold card's back above its front)."""
    bleed_box = bleed_box or trim.grown(bleed)
    c = Pen(bleed_box, measure, turned)
    page.append(c.clip)
    ox, oy = (trim.x - bleed_box.x) * MM_TO_PT, (trim.y - bleed_box.y) * MM_TO_PT
    w, h = trim.w * MM_TO_PT, trim.h * MM_TO_PT
    if turned:
        bw, bh = bleed_box.w * MM_TO_PT, bleed_box.h * MM_TO_PT
        ox, oy = bw - ox - w, bh - oy - h
    return c, bleed_box, ox, oy, w, h


def front_blocks(card: PrintCard, h: float, colour: Color, body: float | None = None) -> list[Block]:
    """The text blocks of a front for a card ``h`` pt high. Text, questions and assignment share one size:
    ``body`` (pt), or without it the largest the card's height allows (the fitting scales all down together).
    The title is TITLE_RATIO times that size."""
    size = body if body is not None else BODY_RATIO * h
    blocks = []
    if card.title:
        blocks.append(Block(printable(card.title, BOLD), BOLD, TITLE_RATIO * size, MIN_TITLE, INK, gap=0.02 * h,
                            whole_words=True))
    if card.text:
        blocks.append(Block(printable(card.text), REGULAR, size, MIN_SIZE, INK, gap=0.02 * h))
    q_colour = readable_on_paper(colour)
    for question in card.questions:
        blocks.append(Block(printable(question), REGULAR, size, MIN_SIZE, q_colour, gap=0.011 * h,
                            prefix="\u2022 ", hanging=True))
    if card.assignment:
        blocks.append(Block(printable(card.assignment, ITALIC), ITALIC, size, MIN_SIZE, INK,
                            prefix=card.assignment_word or translate("CardPainter", "Opdracht: "), prefix_font=BOLD,
                            box=mix(colour, PAPER, 38 / 255), pad=0.015 * h))
    return blocks


def text_area(card: PrintCard, w: float, h: float) -> tuple[float, float]:
    """Width and height (pt) left for the text blocks on a front ``w`` x ``h`` pt: the same sums as
    draw_front (band, margins, the small print at the foot, the picture)."""
    margin = max(3.0 * MM_TO_PT, min(w, h) * 0.06)
    width = w - 2 * margin
    top = h - 0.09 * h - margin * 0.8
    bottom = margin * 0.8
    if card.footer or card.number:
        bottom = max(bottom, margin * 0.35 + FOOT + 1.0)
    if card.image:
        shown = _picture_size(card, width, (top - bottom) * 0.4)
        if shown is not None:
            top -= shown[1] + 4.0
    return width, top - bottom


def largest_body(card: PrintCard, w: float, h: float, measure: Measure, most: float | None = None) -> float:
    """The largest body size (pt, to 0.05 pt) at which the whole front of ``card`` fits a ``w`` x ``h`` pt card,
    between BODY_FLOOR and ``most`` (default BODY_RATIO * h); BODY_FLOOR when even that does not fit."""
    width, height = text_area(card, w, h)
    colour = HexColor(card.colour)

    def fits(body: float) -> bool:
        blocks = front_blocks(card, h, colour, body)
        return not blocks or total_height(lay_out(blocks, width, 1.0, measure)) <= height

    low, high = BODY_FLOOR, max(BODY_FLOOR, most if most is not None else BODY_RATIO * h)
    if fits(high):
        return high
    if not fits(low):
        return low
    while high - low > 0.05:
        middle = (low + high) / 2
        low, high = (middle, high) if fits(middle) else (low, middle)
    return low


def deck_body(cards: list[PrintCard], w: float, h: float, measure: Measure) -> float:
    """One body size for a deck printed on cards ``w`` x ``h`` pt: the largest at which every playing card
    fits (instruction, credits and note cards follow it when they can), rounded down to 0.1 pt. A card that
    fits the size found so far costs one layout; only a card that does not is searched."""
    body = BODY_RATIO * h
    seen: set[str] = set()
    for card in cards:
        if card.kind != "card" or card.key in seen:
            continue
        seen.add(card.key)
        body = largest_body(card, w, h, measure, most=body)
        if body <= BODY_FLOOR:
            break
    return max(BODY_FLOOR, math.floor(body * 10 + 1e-6) / 10)


def draw_front(page: list, card: PrintCard, trim: Box, bleed: float, measure: Measure,
               bleed_box: Box | None = None) -> list[str]:
    """Lay out a front with its trim box at ``trim`` (mm), added to ``page`` (drawing.Page.ops).
    Returns warnings."""
    warnings: list[str] = []
    c, bleed_box, ox, oy, w, h = _begin(page, trim, bleed, bleed_box, measure)
    bw, bh = bleed_box.w * MM_TO_PT, bleed_box.h * MM_TO_PT
    bleed_pt = bleed * MM_TO_PT
    colour = HexColor(card.colour)
    c.fill(0, 0, bw, bh, PAPER)
    band_h = 0.09 * h
    band_y = oy + h - band_h
    c.fill(max(0.0, ox - bleed_pt), band_y, min(bw, w + 2 * bleed_pt), min(bh, oy + h + bleed_pt) - band_y, colour)
    margin = max(3.0 * MM_TO_PT, min(w, h) * 0.06)
    band_ink = WHITE if not is_light(colour) else INK
    size = max(MIN_BAND, min(max(6.0, 0.03 * h), 0.5 * band_h))
    r = size * 0.42  # the symbol: as tall as the capitals of the band text
    c.symbol(card.symbol, ox + margin + r, band_y + band_h / 2, r, band_ink)
    if card.category_name:
        name = printable(card.category_name.upper(), BOLD)
        left = ox + margin + 2 * r + size * 0.5
        room = ox + w - margin - left
        at_one = measure.width(name, BOLD, 1.0)  # widths grow linearly with the size: no search needed
        size = max(MIN_BAND, min(size, room / at_one if at_one else 99.0))
        if measure.width(name, BOLD, size) > room:
            while name and measure.width(name + "\u2026", BOLD, size) > room:
                name = name[:-1]
            name += "\u2026"
            warnings.append(translate("Print", "Categorie '{0}': de naam is te lang voor de gekleurde band "
                                               "op de kaart en is afgekort (…).").format(card.category_name))
        c.text(left, band_y + (band_h - size * 0.72) / 2, name, BOLD, size, band_ink)
    left, width = ox + margin, w - 2 * margin
    top = band_y - margin * 0.8
    bottom = oy + margin * 0.8
    if card.footer or card.number:
        foot_y = oy + margin * 0.35
        number_w = measure.width(card.number, REGULAR, FOOT)
        if card.footer:
            footer = printable(card.footer)
            room = width - number_w - FOOT
            while footer and measure.width(footer, REGULAR, FOOT) > room:
                footer = footer[:-2] + "\u2026"
            c.text(left, foot_y, footer, REGULAR, FOOT, LINE_GREY)
        if card.number:
            c.text(left + width, foot_y, card.number, REGULAR, FOOT, LINE_GREY, align="right")
        bottom = max(bottom, foot_y + FOOT + 1.0)
    if card.image:
        top = _draw_picture(c, card, left, top, width, (top - bottom) * 0.4, warnings)
    blocks = front_blocks(card, h, colour, card.body)
    if blocks:
        laid, truncated = fit(blocks, width, top - bottom, measure)
        if truncated:
            warnings.append(translate("Print", "Kaart {0}: de tekst past niet op de kaart, ook niet in de kleinste "
                                               "letter ({1:g} pt); het laatste stuk is weggelaten (…). Maak de tekst "
                                               "korter.").format(card.label, MIN_SIZE))
        y = _draw_laid(c, laid, left, top, width, bottom)
    else:
        y = top
    if card.blank:
        _writing_lines(c, left, width, y, bottom)
    if bleed == 0:
        c.outline(ox + 0.25, oy + 0.25, w - 0.5, h - 0.5, darker(colour, 1.2), 0.5)
    return warnings


def _picture_path(card: PrintCard) -> str:
    """The file to draw for the card's picture: the picture itself, or its copy scaled once to 300 dpi
    (core/decks/picturecache.py). Raises PictureProblem saying why it cannot be used."""
    from ..core.decks.picturecache import prepare

    return str(prepare(Path(card.image or "")))


def _picture_size(card: PrintCard, width: float, most: float) -> tuple[float, float] | None:
    """The size (pt) the card's picture is drawn at: as large as fits ``width`` x ``most``, in proportion;
    None when it cannot be used or read."""
    from ..core.decks.pictures import PictureProblem

    try:
        size = image_size(_picture_path(card))
    except PictureProblem:
        return None
    if size is None or not size[0] or not size[1]:
        return None
    scale = min(width / size[0], most / size[1])
    return size[0] * scale, size[1] * scale


def _draw_picture(c: Pen, card: PrintCard, left: float, top: float, width: float, most: float,
                  warnings: list[str]) -> float:
    """The card's picture under the band, as large as fits ``width`` x ``most`` with its proportions;
    returns the y under it. A big picture is drawn from its copy at 300 dpi (core/decks/picturecache.py); a
    picture that cannot be used is a warning that says why."""
    from ..core.decks.pictures import PictureProblem

    try:
        path = _picture_path(card)
    except PictureProblem as exc:
        warnings.append(translate("Print", "Kaart {0}: het plaatje is weggelaten: {1}").format(card.label, exc.message))
        return top
    shown = _picture_size(card, width, most)
    if shown is None:
        warnings.append(translate("Print", "Kaart {0}: het plaatje '{1}' kan niet gelezen worden en is "
                                  "weggelaten.").format(card.label, card.image))
        return top
    w, h = shown
    c.picture(path, left + (width - w) / 2, top - h, w, h,
              translate("Print", "Kaart {0}: het plaatje '{1}' kan niet gelezen worden en is "
                        "weggelaten.").format(card.label, card.image))  # the warning if it cannot be drawn
    return top - h - 4.0


def _draw_laid(c: Pen, laid: list[Laid], left: float, top: float, width: float, bottom: float) -> float:
    """Lay out the fitted blocks from ``top`` down; a boxed block (the assignment) sits at the bottom when
    there is room. Returns the y below the last block."""
    y = top
    for index, item in enumerate(laid):
        block = item.block
        if block.box is not None:
            rest = sum(i.height for i in laid[index:]) + sum(i.gap for i in laid[index:-1])
            y = max(min(y, bottom + rest), bottom + item.height)
            c.fill(left, y - item.height, width, item.height, block.box)
        line_h = item.size * LEADING
        # the prefix ("• ", "Opdracht: ") starts the first line; bullets' later lines start after it
        x, baseline = left + block.pad, y - block.pad - item.size * 0.93
        if block.prefix:
            c.text(x, baseline, block.prefix, block.prefix_font or block.font, item.size, block.colour)
        for number, line in enumerate(item.lines):
            start = x + (item.prefix_w if block.prefix and (number == 0 or block.hanging) else 0.0)
            c.text(start, baseline - number * line_h, line, block.font, item.size, block.colour)
        y -= item.height + item.gap
    return y


def _writing_lines(c: Pen, left: float, width: float, top: float, bottom: float) -> None:
    step = 7.0 * MM_TO_PT
    y = top - step
    while y >= bottom:
        c.line(left, y, left + width, y, LINE_GREY, 0.4)
        y -= step


def draw_back(page: list, card: PrintCard, trim: Box, bleed: float, measure: Measure,
              bleed_box: Box | None = None, turned: bool = False) -> list[str]:
    """Lay out a back, added to ``page``: the back colour (or, ink-saving, white with a coloured outline),
    the deck's initials large and faint, the back text centred and, under a card's own back text, the
    deck's name."""
    warnings: list[str] = []
    c, bleed_box, ox, oy, w, h = _begin(page, trim, bleed, bleed_box, measure, turned)
    bleed_pt = bleed * MM_TO_PT
    colour = HexColor(card.back_colour)
    inset = min(w, h) * 0.05
    if card.ink_saving:
        ink = readable_on_paper(colour)
        faint = mix(ink, WHITE, 0.14)
        edge, edge_w = ink, max(1.0, h * 0.008)
    else:
        ink = INK if is_light(colour) else WHITE
        faint = mix(ink, colour, 0.16)
        c.fill(ox - bleed_pt, oy - bleed_pt, w + 2 * bleed_pt, h + 2 * bleed_pt, colour)
        edge, edge_w = mix(ink, colour, 160 / 255), max(0.6, h * 0.006)
    c.outline(ox + inset, oy + inset, w - 2 * inset, h - 2 * inset, edge, edge_w)
    letters = monogram(card.deck_name) if card.deck_name else ""
    if letters:  # the deck's initials, large and faint: backs of different decks differ at a glance
        big = min(h * 0.42, (w - 4 * inset) / max(0.1, measure.width(letters, BOLD, 1.0)))
        c.text(ox + w / 2, oy + h / 2 - big * 0.36, letters, BOLD, big, faint, align="centre")
    text = printable(card.back_text, BOLD)
    margin = min(w, h) * 0.12
    height = h - 2 * margin
    if card.own_back and card.deck_name and card.deck_name != card.back_text:
        name = printable(card.deck_name, BOLD)
        size = max(MIN_SIZE, min(0.035 * h, (w - 2 * margin) / max(0.1, measure.width(name, BOLD, 1.0))))
        c.text(ox + w / 2, oy + inset + size * 1.2, name, BOLD, size, ink, align="centre")
        height -= size * 2.4 - (margin - inset)
    if text:
        width = w - 2 * margin
        size = (0.06 if card.own_back else 0.08) * h * 0.72
        laid, truncated = fit([Block(text, BOLD, size, MIN_SIZE, ink, whole_words=True)], width, height, measure)
        if truncated:
            warnings.append(translate("Print", "Kaart {0}: de tekst op de achterkant past niet, ook niet in de "
                                               "kleinste letter ({1:g} pt); het laatste stuk is weggelaten "
                                               "(…).").format(card.label, MIN_SIZE))
        if laid:
            item = laid[0]
            line_h = item.size * LEADING
            y = oy + h - margin - (height - len(item.lines) * line_h) / 2 - item.size * 0.93
            for line in item.lines:
                c.text(ox + w / 2, y, line, BOLD, item.size, ink, align="centre")
                y -= line_h
    return warnings

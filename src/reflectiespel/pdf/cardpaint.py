"""Draw one card, front or back, on a reportlab canvas: the same design as the screen
(ui/cardpaint.py): a band in the category colour with the category name, the title, the text,
the questions as bullets and the assignment ("Opdracht") in a tinted box; the back in the deck's
colour with the deck's or the card's own back text.

Boxes are in millimetres on the page (see geometry.py). Each card is drawn inside its own clip path
(the bleed box), so nothing can spill onto a neighbour. Returns warnings (Dutch) for text that did
not fit even at the smallest readable size.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas

from .fonts import BOLD, ITALIC, REGULAR, printable
from .geometry import MM_TO_PT, Box
from .textfit import LEADING, Block, Laid, Measure, fit

MIN_SIZE = 6.5  # pt: the smallest text we still call readable on a card
MIN_TITLE = 8.0
MIN_BAND = 5.5  # pt: the category name in the coloured band
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
    category_name: str = ""
    colour: str = "#5d4037"
    back_text: str = ""
    back_colour: str = "#37474f"
    own_back: bool = False  # the card has its own back text (drawn a little smaller)
    blank: bool = False

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


def _begin(c: Canvas, trim: Box, bleed: float, bleed_box: Box | None) -> tuple[Box, float, float, float, float]:
    """Clip to the bleed box and move the origin there; returns (bleed box, trim x, trim y, trim w, trim h) in pt."""
    bleed_box = bleed_box or trim.grown(bleed)
    c.saveState()
    c.translate(bleed_box.x * MM_TO_PT, bleed_box.y * MM_TO_PT)
    path = c.beginPath()
    path.rect(0, 0, bleed_box.w * MM_TO_PT, bleed_box.h * MM_TO_PT)
    c.clipPath(path, stroke=0, fill=0)
    return (bleed_box, (trim.x - bleed_box.x) * MM_TO_PT, (trim.y - bleed_box.y) * MM_TO_PT,
            trim.w * MM_TO_PT, trim.h * MM_TO_PT)


def front_blocks(card: PrintCard, h: float, colour: Color) -> list[Block]:
    """The text blocks of a front, sizes in pt relative to the card height ``h`` (pt)."""
    blocks = []
    if card.title:
        blocks.append(Block(printable(card.title, BOLD), BOLD, 0.054 * h, MIN_TITLE, INK, gap=0.02 * h,
                            whole_words=True))
    if card.text:
        blocks.append(Block(printable(card.text), REGULAR, 0.036 * h, MIN_SIZE, INK, gap=0.02 * h))
    q_colour = readable_on_paper(colour)
    for question in card.questions:
        blocks.append(Block(printable(question), REGULAR, 0.033 * h, MIN_SIZE, q_colour, gap=0.011 * h,
                            prefix="\u2022 ", hanging=True))
    if card.assignment:
        blocks.append(Block(printable(card.assignment, ITALIC), ITALIC, 0.031 * h, MIN_SIZE, INK,
                            prefix="Opdracht: ", prefix_font=BOLD,
                            box=mix(colour, PAPER, 38 / 255), pad=0.015 * h))
    return blocks


def draw_front(c: Canvas, card: PrintCard, trim: Box, bleed: float, measure: Measure,
               bleed_box: Box | None = None) -> list[str]:
    """Draw a front with its trim box at ``trim`` (mm). Returns warnings."""
    warnings: list[str] = []
    bleed_box, ox, oy, w, h = _begin(c, trim, bleed, bleed_box)
    bw, bh = bleed_box.w * MM_TO_PT, bleed_box.h * MM_TO_PT
    colour = HexColor(card.colour)
    c.setFillColor(PAPER)
    c.rect(0, 0, bw, bh, stroke=0, fill=1)
    band_h = 0.09 * h
    band_y = oy + h - band_h
    c.setFillColor(colour)
    c.rect(0, band_y, bw, bh - band_y, stroke=0, fill=1)
    margin = max(3.0 * MM_TO_PT, min(w, h) * 0.06)
    if card.category_name:
        name = printable(card.category_name.upper(), BOLD)
        room = w - 2 * margin
        at_one = measure.width(name, BOLD, 1.0)  # widths grow linearly with the size: no search needed
        size = max(MIN_BAND, min(max(6.0, 0.03 * h), room / at_one if at_one else 99.0))
        if measure.width(name, BOLD, size) > room:
            while name and measure.width(name + "\u2026", BOLD, size) > room:
                name = name[:-1]
            name += "\u2026"
            warnings.append(f"Categorie '{card.category_name}': de naam is te lang voor de gekleurde band "
                            "op de kaart en is afgekort (…).")
        c.setFillColor(WHITE if not is_light(colour) else INK)
        c.setFont(BOLD, size)
        c.drawString(ox + margin, band_y + (band_h - size * 0.72) / 2, name)
    left, width = ox + margin, w - 2 * margin
    top = band_y - margin * 0.8
    bottom = oy + margin * 0.8
    blocks = front_blocks(card, h, colour)
    if blocks:
        laid, truncated = fit(blocks, width, top - bottom, measure)
        if truncated:
            warnings.append(f"Kaart {card.label}: de tekst past niet op de kaart, ook niet in de kleinste "
                            f"letter ({MIN_SIZE:g} pt); het laatste stuk is weggelaten (…). Maak de tekst korter.")
        y = _draw_laid(c, laid, left, top, width, bottom)
    else:
        y = top
    if card.blank:
        _writing_lines(c, left, width, y, bottom)
    if bleed == 0:
        c.setStrokeColor(darker(colour, 1.2))
        c.setLineWidth(0.5)
        c.rect(ox + 0.25, oy + 0.25, w - 0.5, h - 0.5, stroke=1, fill=0)
    c.restoreState()
    return warnings


def _draw_laid(c: Canvas, laid: list[Laid], left: float, top: float, width: float, bottom: float) -> float:
    """Draw laid-out blocks from ``top`` down; a boxed block (the assignment) sits at the bottom when
    there is room. Returns the y below the last block."""
    y = top
    for index, item in enumerate(laid):
        block = item.block
        if block.box is not None:
            rest = sum(i.height for i in laid[index:]) + sum(i.gap for i in laid[index:-1])
            y = max(min(y, bottom + rest), bottom + item.height)
            c.setFillColor(block.box)
            c.rect(left, y - item.height, width, item.height, stroke=0, fill=1)
        line_h = item.size * LEADING
        # one text object per block: the prefix, then each line (a line ends with T*, back to the
        # line start; bullets move the line start in by the prefix width after the first line)
        t = c.beginText(left + block.pad, y - block.pad - item.size * 0.93)
        t.setFillColor(block.colour)
        if block.prefix:
            t.setFont(block.prefix_font or block.font, item.size, line_h)
            t.textOut(block.prefix)
        t.setFont(block.font, item.size, line_h)
        for number, line in enumerate(item.lines):
            t.textLine(line)
            if number == 0 and block.prefix and block.hanging:
                t.moveCursor(item.prefix_w, 0)
        c.drawText(t)
        y -= item.height + item.gap
    return y


def _writing_lines(c: Canvas, left: float, width: float, top: float, bottom: float) -> None:
    step = 7.0 * MM_TO_PT
    c.setStrokeColor(LINE_GREY)
    c.setLineWidth(0.4)
    y = top - step
    while y >= bottom:
        c.line(left, y, left + width, y)
        y -= step


def draw_back(c: Canvas, card: PrintCard, trim: Box, bleed: float, measure: Measure,
              bleed_box: Box | None = None) -> list[str]:
    """Draw a back: the back colour, a light frame and the back text centred."""
    warnings: list[str] = []
    bleed_box, ox, oy, w, h = _begin(c, trim, bleed, bleed_box)
    colour = HexColor(card.back_colour)
    ink = INK if is_light(colour) else WHITE
    c.setFillColor(colour)
    c.rect(0, 0, bleed_box.w * MM_TO_PT, bleed_box.h * MM_TO_PT, stroke=0, fill=1)
    inset = min(w, h) * 0.05
    c.setStrokeColor(mix(ink, colour, 160 / 255))
    c.setLineWidth(max(0.6, h * 0.006))
    c.rect(ox + inset, oy + inset, w - 2 * inset, h - 2 * inset, stroke=1, fill=0)
    text = printable(card.back_text, BOLD)
    if text:
        margin = min(w, h) * 0.12
        width, height = w - 2 * margin, h - 2 * margin
        size = (0.06 if card.own_back else 0.08) * h * 0.72
        laid, truncated = fit([Block(text, BOLD, size, MIN_SIZE, ink, whole_words=True)], width, height, measure)
        if truncated:
            warnings.append(f"Kaart {card.label}: de tekst op de achterkant past niet, ook niet in de "
                            f"kleinste letter ({MIN_SIZE:g} pt); het laatste stuk is weggelaten (…).")
        if laid:
            item = laid[0]
            line_h = item.size * LEADING
            y = oy + margin + (height + len(item.lines) * line_h) / 2 - item.size * 0.93
            c.setFillColor(ink)
            c.setFont(BOLD, item.size)
            for line in item.lines:
                c.drawCentredString(ox + w / 2, y, line)
                y -= line_h
    c.restoreState()
    return warnings

"""A printed page as plain data: what goes where, so that the PDF, the printer and the print preview
draw the very same sheet.

The layout code (pdf/cardlayout.py for a card, pdf/deckpdf.py for a sheet, pdf/instructions.py for the
first page) decides everything: positions and sizes in millimetres with the origin at the page's
bottom-left corner (as pdf/geometry.py), fitted lines of text with their font and size in points and
their start on the baseline, colours as RGB from 0 to 1. Two thin painters only draw it:
pdf/pdfdraw.py on a reportlab canvas, ui/sheetpaint.py with a QPainter (preview and "Afdrukken…").
Neither measures text or decides anything; this module imports neither reportlab nor Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .geometry import MM_TO_PT, Box

RGB = tuple[float, float, float]
PT = 1.0 / MM_TO_PT  # one point in mm

# The fonts by name (the same strings as pdf/fonts.py registers with reportlab; the Qt painter maps
# them to the bundled DejaVu Sans in its three styles).
REGULAR = "Reflectiespel-Sans"
BOLD = "Reflectiespel-Sans-Bold"
ITALIC = "Reflectiespel-Sans-Oblique"


@dataclass(slots=True)
class Fill:
    """A filled rectangle."""

    box: Box
    colour: RGB


@dataclass(slots=True)
class Outline:
    """A stroked rectangle; ``width`` in mm."""

    box: Box
    colour: RGB
    width: float


@dataclass(slots=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    colour: RGB
    width: float  # mm
    dash: tuple[float, float] | None = None  # (on, off) in mm


@dataclass(slots=True)
class Text:
    """One run of text on one line: it starts at (x, y) on its baseline; ``turned``: upside down
    (a fold card's back above its front), then (x, y) is its start as seen turned round."""

    x: float
    y: float
    text: str
    font: str
    size: float  # pt
    colour: RGB
    turned: bool = False


@dataclass(slots=True)
class Picture:
    """A picture file drawn into ``box``; ``problem`` is the warning when it cannot be drawn after all."""

    path: str
    box: Box
    problem: str = ""


@dataclass(slots=True)
class Symbol:
    """A category symbol (core/decks/symbols.py) centred at (x, y) with radius ``r`` (mm)."""

    shape: str
    x: float
    y: float
    r: float
    colour: RGB
    turned: bool = False


@dataclass(slots=True)
class Clip:
    """A card: everything in ``ops`` is cut off at ``box`` (its bleed box), so nothing spills onto a
    neighbour."""

    box: Box
    ops: list = field(default_factory=list)


@dataclass(slots=True)
class Page:
    """One side of one sheet of paper."""

    width: float  # mm
    height: float
    ops: list = field(default_factory=list)
    side: str = "front"  # "front", "back" (of a duplex sheet), "instructions" or "instructions-back"
    sheet: int = 0  # which sheet of cards, from 1 (0: the instructions)


def rgb(colour) -> RGB:
    """A reportlab colour (or anything with ``rgb()``) as a plain triple."""
    return tuple(colour.rgb()) if hasattr(colour, "rgb") else tuple(colour)


class Pen:
    """Records drawing given in points from the bottom-left corner of a box (a card's bleed box, as a
    card is designed; or the whole page) as page operations in mm inside a Clip of that box. ``turned``:
    drawn upside down (a fold card's back above its front). Centred and right-aligned text is placed
    here, with the widths of ``measure`` (pdf/textfit.Measure), so the painters only draw from a start.
    Pictures are never turned (only backs are, and they have none)."""

    def __init__(self, clip: Box, measure, turned: bool = False):
        self.clip = Clip(clip)
        self.ops = self.clip.ops
        self.measure = measure
        self.turned = turned

    def _point(self, x: float, y: float) -> tuple[float, float]:
        if self.turned:
            x, y = self.clip.box.w * MM_TO_PT - x, self.clip.box.h * MM_TO_PT - y
        return self.clip.box.x + x * PT, self.clip.box.y + y * PT

    def _box(self, x: float, y: float, w: float, h: float) -> Box:
        x1, y1 = self._point(x, y)
        x2, y2 = self._point(x + w, y + h)
        return Box(min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1))

    def fill(self, x: float, y: float, w: float, h: float, colour) -> None:
        self.ops.append(Fill(self._box(x, y, w, h), rgb(colour)))

    def outline(self, x: float, y: float, w: float, h: float, colour, width: float) -> None:
        self.ops.append(Outline(self._box(x, y, w, h), rgb(colour), width * PT))

    def line(self, x1: float, y1: float, x2: float, y2: float, colour, width: float) -> None:
        (a, b), (c, d) = self._point(x1, y1), self._point(x2, y2)
        self.ops.append(Line(a, b, c, d, rgb(colour), width * PT))

    def text(self, x: float, y: float, text: str, font: str, size: float, colour, align: str = "left") -> None:
        """A run of text with its baseline at ``y``; ``align``: ``x`` is its left end, "centre" or "right"."""
        if not text:
            return
        if align != "left":
            width = self.measure.width(text, font, size)
            x -= width / 2 if align == "centre" else width
        px, py = self._point(x, y)
        self.ops.append(Text(px, py, text, font, size, rgb(colour), self.turned))

    def symbol(self, shape: str, cx: float, cy: float, r: float, colour) -> None:
        px, py = self._point(cx, cy)
        self.ops.append(Symbol(shape, px, py, r * PT, rgb(colour), self.turned))

    def picture(self, path: str, x: float, y: float, w: float, h: float, problem: str = "") -> None:
        self.ops.append(Picture(path, self._box(x, y, w, h), problem))

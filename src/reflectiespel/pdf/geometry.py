"""Where cards go on a printed sheet, in millimetres, with the origin at the bottom-left of the page.

Pure arithmetic (no reportlab, no Qt), so that the PDF writer, the tests and the print preview all
use the same numbers. A *slot* is one card position: its trim box (where you cut) and its bleed box
(the trim box grown by the bleed, where the card's colours are painted).

Duplex: a back lands behind its front when the sheet is turned over on the chosen edge.
Turning over on an edge mirrors the coordinate *across* that edge: for a portrait sheet turned on
its long edge (like a book) x is mirrored; turned on its short edge (like a calendar) y is mirrored.
For a landscape sheet it is the other way round.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MM_TO_PT = 72.0 / 25.4

CARD_SIZES: dict[str, tuple[float, float]] = {
    "poker": (63.0, 88.0),
    "bridge": (57.0, 89.0),
    "tarot": (70.0, 120.0),
    "a6": (105.0, 148.0),
    "square": (70.0, 70.0),
}
PAPER_SIZES: dict[str, tuple[float, float]] = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
BACKS = ("long-edge", "short-edge", "none", "fold")

PRINTABLE_MARGIN = 4.0  # most office printers leave about 4 mm at the paper's edge blank
MARK_GAP = 1.0  # space between a card's bleed and the start of a crop mark
MARK_MIN = 2.5  # a crop mark shorter than this is hard to see
MARK_MAX = 5.0


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def top(self) -> float:
        return self.y + self.h

    def grown(self, d: float) -> "Box":
        return Box(self.x - d, self.y - d, self.w + 2 * d, self.h + 2 * d)

    def shifted(self, dx: float, dy: float) -> "Box":
        return Box(self.x + dx, self.y + dy, self.w, self.h)

    def overlaps_segment(self, x1: float, y1: float, x2: float, y2: float, eps: float = 1e-6) -> bool:
        """True if an axis-parallel segment enters the inside of this box (touching the edge is fine)."""
        lo_x, hi_x = sorted((x1, x2))
        lo_y, hi_y = sorted((y1, y2))
        return lo_x < self.right - eps and hi_x > self.x + eps and lo_y < self.top - eps and hi_y > self.y + eps


@dataclass(frozen=True)
class Slot:
    trim: Box
    bleed: Box
    back_trim: Box | None = None  # fold mode: the back panel beside the front, sharing the fold line


@dataclass(frozen=True)
class Segment:
    x1: float
    y1: float
    x2: float
    y2: float
    kind: str = "cut"  # "cut" or "fold"


@dataclass(frozen=True)
class SheetLayout:
    paper_w: float
    paper_h: float
    card_w: float
    card_h: float
    bleed: float
    cols: int
    rows: int
    backs: str
    slots: list[Slot] = field(default_factory=list)
    marks: list[Segment] = field(default_factory=list)

    @property
    def per_sheet(self) -> int:
        return len(self.slots)

    @property
    def landscape(self) -> bool:
        return self.paper_w > self.paper_h

    def back_box(self, box: Box, backs: str | None = None, offset: tuple[float, float] = (0.0, 0.0)) -> Box:
        """Where on the back page a box must go to land behind ``box`` on the front page."""
        backs = backs or self.backs
        mirror_x = (backs == "long-edge") != self.landscape
        if backs not in ("long-edge", "short-edge"):
            raise ValueError(f"no duplex back page for backs={backs!r}")
        if mirror_x:
            moved = Box(self.paper_w - box.right, box.y, box.w, box.h)
        else:
            moved = Box(box.x, self.paper_h - box.top, box.w, box.h)
        return moved.shifted(*offset)


class LayoutError(ValueError):
    """The cards do not fit on the paper with these settings (message in Dutch)."""


def _count(space: float, unit: float, gap: float, edge: float) -> int:
    """How many units of ``unit`` with ``gap`` between them fit in ``space`` leaving ``edge`` each side."""
    n = int((space - 2 * edge + gap) // (unit + gap)) if space > 2 * edge else 0
    return max(0, n)


def sheet_layout(size: str = "poker", paper: str = "a4", bleed: float = 0.0, crop_marks: bool = True,
                 backs: str = "long-edge") -> SheetLayout:
    """Lay out as many cards as fit, centred; portrait paper unless landscape holds (clearly) more."""
    if size not in CARD_SIZES:
        raise LayoutError(f"onbekende kaartmaat '{size}' (kies uit: {', '.join(CARD_SIZES)})")
    if paper not in PAPER_SIZES:
        raise LayoutError(f"onbekend papier '{paper}' (kies uit: {', '.join(PAPER_SIZES)})")
    if backs not in BACKS:
        raise LayoutError(f"onbekende keuze voor achterkanten '{backs}' (kies uit: {', '.join(BACKS)})")
    if not 0.0 <= bleed <= 10.0:
        raise LayoutError("de afloop (bleed) moet tussen 0 en 10 mm liggen")
    card_w, card_h = CARD_SIZES[size]
    unit_w = card_w * 2 if backs == "fold" else card_w
    gap = 2 * bleed
    edge = PRINTABLE_MARGIN + bleed + ((MARK_GAP + MARK_MIN) if crop_marks else 0.0)
    pw, ph = PAPER_SIZES[paper]
    best: tuple[int, float, float, int, int] | None = None
    # Landscape only when it holds more; for duplex only when it holds half as many again, because
    # printer drivers differ in how they turn landscape pages for the back (portrait is predictable).
    needed = 1.5 if backs in ("long-edge", "short-edge") else 1.0
    for w, h in ((pw, ph), (ph, pw)):
        cols, rows = _count(w, unit_w, gap, edge), _count(h, card_h, gap, edge)
        if best is None or cols * rows >= max(1, best[0]) * needed and cols * rows > best[0]:
            best = (cols * rows, w, h, cols, rows)
    assert best is not None
    _n, w, h, cols, rows = best
    if cols * rows == 0:
        raise LayoutError(f"een kaart van {card_w:g}×{card_h:g} mm past niet op {paper.upper()} "
                          "met deze afloop en snijtekens")
    grid_w = cols * unit_w + (cols - 1) * gap
    grid_h = rows * card_h + (rows - 1) * gap
    x0, y0 = (w - grid_w) / 2, (h - grid_h) / 2
    slots = []
    for row in range(rows):  # reading order: top row first, left to right
        for col in range(cols):
            x = x0 + col * (unit_w + gap)
            y = y0 + grid_h - card_h - row * (card_h + gap)
            if backs == "fold":
                front = Box(x, y, card_w, card_h)
                slots.append(Slot(front, Box(x, y, unit_w, card_h).grown(bleed), Box(x + card_w, y, card_w, card_h)))
            else:
                trim = Box(x, y, card_w, card_h)
                slots.append(Slot(trim, trim.grown(bleed)))
    marks = _crop_marks(slots, w, h, x0, y0, grid_w, grid_h, bleed, backs == "fold") if crop_marks else []
    return SheetLayout(w, h, card_w, card_h, bleed, cols, rows, backs, slots, marks)


def _crop_marks(slots: list[Slot], w: float, h: float, x0: float, y0: float, grid_w: float, grid_h: float,
                bleed: float, fold: bool) -> list[Segment]:
    """Short lines in the margin around the grid, in line with every cut: never inside a card."""
    xs = sorted({round(v, 6) for s in slots for v in (s.bleed.x + bleed, s.bleed.right - bleed)})
    ys = sorted({round(v, 6) for s in slots for v in (s.trim.y, s.trim.top)})
    folds = sorted({round(s.trim.right, 6) for s in slots}) if fold else []
    start = bleed + MARK_GAP
    len_x = min(MARK_MAX, x0 - PRINTABLE_MARGIN - start)  # horizontal marks, left and right
    len_y = min(MARK_MAX, y0 - PRINTABLE_MARGIN - start)  # vertical marks, top and bottom
    marks: list[Segment] = []
    for x in xs + folds:
        kind = "fold" if x in folds else "cut"
        marks.append(Segment(x, y0 - start, x, y0 - start - len_y, kind))
        marks.append(Segment(x, y0 + grid_h + start, x, y0 + grid_h + start + len_y, kind))
    for y in ys:
        marks.append(Segment(x0 - start, y, x0 - start - len_x, y))
        marks.append(Segment(x0 + grid_w + start, y, x0 + grid_w + start + len_x, y))
    return marks


def sheets_needed(count: int, layout: SheetLayout) -> int:
    return -(-count // layout.per_sheet) if count else 0

"""Where cards go on a printed sheet, in millimetres, with the origin at the bottom-left of the page.

Pure arithmetic (no reportlab, no Qt), so that the PDF writer, the tests and the print preview all
use the same numbers. A *slot* is one card position: its trim box (where you cut) and its bleed box
(the trim box grown by the bleed, where the card's colours are painted).

Duplex: a back lands behind its front when the sheet is turned over on the chosen edge.
Turning over on an edge mirrors the coordinate *across* that edge: for a portrait sheet turned on
its long edge (like a book) x is mirrored; turned on its short edge (like a calendar) y is mirrored.
For a landscape sheet it is the other way round.

Layout: the grid that holds the most cards wins; crop marks go only into margins that have room for
them (where there is none, the card outlines or the trim guides in the bleed show the cut). A6 on A4
without bleed is 4-up: the cards fill the sheet and their design keeps a white border clear of the
part of the paper a printer cannot reach. In fold mode a card's back can sit beside its front (fold
along a vertical line) or above it, turned upside down (fold along a horizontal line), whichever
fits more.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.base.i18n import translate

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

MAX_OFFSET = 10.0  # mm: a duplex correction beyond this is a measuring mistake, not a printer
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

    def grown(self, d: float) -> Box:
        return Box(self.x - d, self.y - d, self.w + 2 * d, self.h + 2 * d)

    def shifted(self, dx: float, dy: float) -> Box:
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
    back_turned: bool = False  # fold mode: the back sits above the front, drawn upside down


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
    inset: float = 0.0  # a white border inside each card (A6 4-up: clear of the printer's blank edge)
    guides: bool = False  # trim guides in the bleed: some cut lines have no crop mark in the margin

    def face(self, box: Box) -> Box:
        """Where a card's design goes inside its trim box (the trim box unless there is a white border)."""
        return box.grown(-self.inset) if self.inset else box

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
        return moved.shifted(*self.page_offset(offset))

    def page_offset(self, offset: tuple[float, float]) -> tuple[float, float]:
        """A correction measured on the (portrait) calibration sheet, in this page's own axes.

        A landscape page is printed turned a quarter turn (its top along the paper's left edge, as
        PDF viewers and drivers do by default), so the paper's X runs along the page's -Y and the
        paper's Y along the page's X."""
        dx, dy = offset
        return (dy, -dx) if self.landscape else (dx, dy)


class LayoutError(ValueError):
    """The cards do not fit on the paper with these settings (message in the interface language)."""


def _count(space: float, unit: float, gap: float, edge: float) -> int:
    """How many units of ``unit`` with ``gap`` between them fit in ``space`` leaving ``edge`` each side."""
    n = int((space - 2 * edge + gap) // (unit + gap)) if space > 2 * edge else 0
    return max(0, n)


def check_offset(offset: tuple[float, float]) -> None:
    """Refuse a duplex correction no printer needs (a mix-up of cm and mm, or of the sign)."""
    if any(abs(v) > MAX_OFFSET for v in offset):
        raise LayoutError(translate("Print", "de verschuiving {0},{1} mm is te groot: meet opnieuw met het "
                                    "kalibratievel; een printer verschuift hooguit een paar mm (grens ±{2} mm)")
                          .format(f"{offset[0]:g}", f"{offset[1]:g}", f"{MAX_OFFSET:g}"))


def _check(size: str, paper: str, bleed: float, backs: str) -> None:
    if size not in CARD_SIZES:
        raise LayoutError(translate("Print", "onbekende kaartmaat '{0}' (kies uit: {1})").format(
            size, ", ".join(CARD_SIZES)))
    if paper not in PAPER_SIZES:
        raise LayoutError(translate("Print", "onbekend papier '{0}' (kies uit: {1})").format(
            paper, ", ".join(PAPER_SIZES)))
    if backs not in BACKS:
        raise LayoutError(translate("Print", "onbekende keuze voor achterkanten '{0}' (kies uit: {1})").format(
            backs, ", ".join(BACKS)))
    if not 0.0 <= bleed <= 10.0:
        raise LayoutError(translate("Print", "de afloop (bleed) moet tussen 0 en 10 mm liggen"))


def sheet_layout(size: str = "poker", paper: str = "a4", bleed: float = 0.0, crop_marks: bool = True,
                 backs: str = "long-edge") -> SheetLayout:
    """Lay out as many cards as fit, centred; portrait paper unless landscape holds (clearly) more."""
    _check(size, paper, bleed, backs)
    card_w, card_h = CARD_SIZES[size]
    pw, ph = PAPER_SIZES[paper]
    if size == "a6" and bleed == 0 and backs != "fold" and pw >= 2 * card_w and ph >= 2 * card_h - 1.0:
        return _four_up(pw, ph, card_w, card_h, backs)
    gap = 2 * bleed
    edge = PRINTABLE_MARGIN + bleed  # marks need not fit: they go only where there is room
    best: tuple[int, float, float, int, int, bool] | None = None
    # Landscape only when it holds more; for duplex only when it holds half as many again, because
    # printer drivers differ in how they turn landscape pages for the back (portrait is predictable).
    needed = 1.5 if backs in ("long-edge", "short-edge") else 1.0
    turns = (False, True) if backs == "fold" else (False,)
    for w, h in ((pw, ph), (ph, pw)):
        for turned in turns:  # fold: back beside the front, or above it
            unit_w = card_w * 2 if backs == "fold" and not turned else card_w
            unit_h = card_h * 2 if turned else card_h
            cols, rows = _count(w, unit_w, gap, edge), _count(h, unit_h, gap, edge)
            n = cols * rows
            if best is None or (n >= max(1, best[0]) * needed and n > best[0]) or (
                    n > best[0] and (w, h) == (best[1], best[2])):
                best = (n, w, h, cols, rows, turned)
    assert best is not None
    _n, w, h, cols, rows, turned = best
    if cols * rows == 0:
        raise LayoutError(translate("Print", "een kaart van {0:g}×{1:g} mm past niet op {2} met deze "
                                             "afloop").format(card_w, card_h, paper.upper()))
    unit_w = card_w * 2 if backs == "fold" and not turned else card_w
    unit_h = card_h * 2 if turned else card_h
    grid_w = cols * unit_w + (cols - 1) * gap
    grid_h = rows * unit_h + (rows - 1) * gap
    x0, y0 = (w - grid_w) / 2, (h - grid_h) / 2
    slots = []
    for row in range(rows):  # reading order: top row first, left to right
        for col in range(cols):
            x = x0 + col * (unit_w + gap)
            y = y0 + grid_h - unit_h - row * (unit_h + gap)
            trim = Box(x, y, card_w, card_h)
            if backs == "fold" and turned:
                slots.append(Slot(trim, Box(x, y, unit_w, unit_h).grown(bleed), Box(x, y + card_h, card_w, card_h),
                                  back_turned=True))
            elif backs == "fold":
                slots.append(Slot(trim, Box(x, y, unit_w, unit_h).grown(bleed), Box(x + card_w, y, card_w, card_h)))
            else:
                slots.append(Slot(trim, trim.grown(bleed)))
    marks = _crop_marks(slots, x0, y0, grid_w, grid_h, bleed) if crop_marks else []
    has_x = any(m.x1 == m.x2 for m in marks)  # marks for the vertical cuts (above and below the grid)
    has_y = any(m.y1 == m.y2 for m in marks)
    return SheetLayout(w, h, card_w, card_h, bleed, cols, rows, backs, slots, marks,
                       guides=bleed > 0 and not (has_x and has_y))


def _four_up(pw: float, ph: float, card_w: float, card_h: float, backs: str) -> SheetLayout:
    """A6 on A4: four cards fill the sheet; each keeps a white border as wide as the printer's blank edge."""
    x0, y0 = (pw - 2 * card_w) / 2, (ph - 2 * card_h) / 2
    slots = [Slot(Box(x0 + col * card_w, y0 + (1 - row) * card_h, card_w, card_h),
                  Box(x0 + col * card_w, y0 + (1 - row) * card_h, card_w, card_h))
             for row in range(2) for col in range(2)]
    return SheetLayout(pw, ph, card_w, card_h, 0.0, 2, 2, backs, slots, [], inset=PRINTABLE_MARGIN + 1.0)


def _crop_marks(slots: list[Slot], x0: float, y0: float, grid_w: float, grid_h: float,
                bleed: float) -> list[Segment]:
    """Short lines in the margin around the grid, in line with every cut and fold: never inside a card,
    and only in a margin with room for a mark of at least MARK_MIN."""
    xs = sorted({round(v, 6) for s in slots for v in (s.bleed.x + bleed, s.bleed.right - bleed)})
    ys = sorted({round(v, 6) for s in slots for v in (s.bleed.y + bleed, s.bleed.top - bleed)})
    x_folds = sorted({round(s.trim.right, 6) for s in slots if s.back_trim is not None and not s.back_turned})
    y_folds = sorted({round(s.trim.top, 6) for s in slots if s.back_trim is not None and s.back_turned})
    start = bleed + MARK_GAP
    len_x = min(MARK_MAX, x0 - PRINTABLE_MARGIN - start)  # horizontal marks, left and right
    len_y = min(MARK_MAX, y0 - PRINTABLE_MARGIN - start)  # vertical marks, top and bottom
    marks: list[Segment] = []
    if len_y >= MARK_MIN - 1e-9:
        for x in xs + x_folds:
            kind = "fold" if x in x_folds else "cut"
            marks.append(Segment(x, y0 - start, x, y0 - start - len_y, kind))
            marks.append(Segment(x, y0 + grid_h + start, x, y0 + grid_h + start + len_y, kind))
    if len_x >= MARK_MIN - 1e-9:
        for y in ys + y_folds:
            kind = "fold" if y in y_folds else "cut"
            marks.append(Segment(x0 - start, y, x0 - start - len_x, y, kind))
            marks.append(Segment(x0 + grid_w + start, y, x0 + grid_w + start + len_x, y, kind))
    return marks


def sheets_needed(count: int, layout: SheetLayout) -> int:
    return -(-count // layout.per_sheet) if count else 0

"""The axis board as vector graphics for the report: the axis frame with its named stops, the group's
token positions (filled), each perspective's position (open circles, with a short name), and earlier
snapshots (small grey dots with a dotted line to where the token stands now).

Readable on a black-and-white printer: every practice has a number, printed inside its dot, inside
each perspective's open circle and in the legend, so nothing depends on colour. Labels are at least
7 pt, never overlap each other or a marker, stay inside the frame, and a label that had to move away
from its marker is tied to it by a thin leader line.
"""

from __future__ import annotations

import math
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor, white
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from ..core.board.board import BoardState
from ..core.base.i18n import translate
from .fonts import BOLD, ITALIC, REGULAR, printable

GRID = HexColor("#b0bec5")
INK = HexColor("#1d1d1f")
GREY = HexColor("#9e9e9e")


def _axis_stops(axis) -> tuple[list[tuple[float, str]], bool]:
    """[(place, words)] of an axis and whether it is made of bands (then each place is a band's centre)."""
    if axis.bands:
        return [(axis.band_centre(i), s.words) for i, s in enumerate(axis.stops)], True
    return [(s.at, s.words) for s in axis.stops], False


def _axis_words(board=None):
    """(horizontal stops, vertical stops, vertical in bands) from ``board`` or the built-in board when it loads."""
    try:
        from ..core.board.boarddef import load_default_board

        board = board or load_default_board()
        return (_axis_stops(board.horizontal)[0], *_axis_stops(board.vertical))
    except Exception:  # noqa: BLE001 - the report must not fail on a broken board file: use the plain names
        return ([(0.0, translate("Report", "kunst als middel")),
                 (0.5, translate("Report", "sociaal-artistiek samenwerken")),
                 (1.0, translate("Report", "kunst als doel"))],
                [(1 / 6, translate("Report", "één partij stuurt")), (0.5, translate("Report", "sturing wisselt")),
                 (5 / 6, translate("Report", "sturing gedeeld"))], True)


def _colour(value: str) -> Color:
    try:
        return HexColor(value)
    except Exception:  # noqa: BLE001 - any colour reportlab cannot read gets the house orange
        return HexColor("#d35400")


class BoardDrawing(Flowable):
    """A square-ish board, as wide as the frame allows (at most 16 cm)."""

    def __init__(self, board: BoardState, perspective_name=lambda p: p):
        super().__init__()
        self.board = board
        self.perspective_name = perspective_name
        self.stops = _axis_words()

    def wrap(self, avail_w, avail_h):
        self.width = min(avail_w, 453.0)
        self.height = self.width * 0.72
        return self.width, self.height

    def draw(self):
        c = self.canv
        left, bottom = 70.0, 28.0
        w, h = self.width - left - 10, self.height - bottom - 8

        def at(x: float, y: float) -> tuple[float, float]:
            return left + x * w, bottom + y * h

        draw_frame(c, left, bottom, w, h, self.stops)
        tokens = {t.id: t for t in self.board.tokens}
        numbers = token_numbers(self.board)
        labels = Labels(left, bottom, left + w, bottom + h)
        marks: list[tuple[float, float, float]] = []  # (x, y, radius) of every marker, for the labels
        now = {p.token_id: p for p in self.board.placements if p.perspective == ""}
        for snapshot in self.board.snapshots:  # earlier moments: grey, linked to now
            for p in snapshot.placements:
                if p.perspective or p.token_id not in tokens:
                    continue
                x, y = at(p.x, p.y)
                current = now.get(p.token_id)
                if current is not None:
                    c.setStrokeColor(GREY)
                    c.setLineWidth(0.6)
                    c.setDash([1, 2])
                    c.line(x, y, *at(current.x, current.y))
                    c.setDash([])
                c.setFillColor(GREY)
                c.circle(x, y, 2.2, stroke=0, fill=1)
                marks.append((x, y, 2.2))
                labels.add(x, y, 2.2, f"{numbers[p.token_id]} {printable(snapshot.name)[:24]}", REGULAR, 7, GREY)
        for p in self.board.placements:
            token = tokens.get(p.token_id)
            if token is None:
                continue
            x, y = at(p.x, p.y)
            colour = _colour(token.colour)
            number = str(numbers[p.token_id])
            if p.perspective:
                c.setStrokeColor(INK)
                c.setFillColor(white)
                c.setLineWidth(1)
                c.setDash([1.5, 1])
                c.circle(x, y, 5.5, stroke=1, fill=1)
                c.setDash([])
                c.setFillColor(INK)
                c.setFont(BOLD, 7)
                c.drawCentredString(x, y - 2.5, number)
                marks.append((x, y, 5.5))
                labels.add(x, y, 5.5, printable(self.perspective_name(p.perspective))[:24], ITALIC, 7, INK)
            else:
                c.setFillColor(colour)
                c.setStrokeColor(INK)
                c.setLineWidth(0.8)
                c.circle(x, y, 6.5, stroke=1, fill=1)
                c.setFillColor(white if _dark(colour) else INK)
                c.setFont(BOLD, 8)
                c.drawCentredString(x, y - 2.9, number)
                marks.append((x, y, 6.5))
                labels.add(x, y, 6.5, f"{number} {printable(token.name, BOLD)[:40]}", BOLD, 8, INK, first=True)
        labels.place(c, marks)
        self.labels = labels  # where the labels went (the tests check them)


def draw_frame(c, left: float, bottom: float, w: float, h: float, stops) -> None:
    """The axis frame: its border, the middle line, the bands or the middle of the vertical axis, and the
    named stops of both axes (``stops``: as _axis_words gives them). Used by the report and the path."""

    def at(x: float, y: float) -> tuple[float, float]:
        return left + x * w, bottom + y * h

    c.setStrokeColor(GRID)
    c.setLineWidth(0.5)
    c.rect(left, bottom, w, h, stroke=1, fill=0)
    horizontal, vertical, bands = stops
    c.setDash([2, 2])
    c.line(*at(0.5, 0), *at(0.5, 1))
    if bands:  # kinds, not a scale: solid lines between equal bands
        c.setDash([])
        for i in range(1, len(vertical)):
            c.line(*at(0, i / len(vertical)), *at(1, i / len(vertical)))
    else:
        c.line(*at(0, 0.5), *at(1, 0.5))
    c.setDash([])
    c.setFillColor(INK)
    c.setFont(ITALIC, 7)
    for value, words in horizontal:
        x, _ = at(value, 0)
        text = printable(words, ITALIC)
        if value <= 0.01:
            c.drawString(x, bottom - 11, text)
        elif value >= 0.99:
            c.drawRightString(x, bottom - 11, text)
        else:
            c.drawCentredString(x, bottom - 11, text)
    for value, words in vertical:
        _, y = at(0, value)
        lines = _two_lines(printable(words, ITALIC))
        for i, line in enumerate(lines):
            c.drawRightString(left - 4, y - 2 - i * 8 + (len(lines) - 1) * 4, line)


def _dark(colour: Color) -> bool:
    return 0.299 * colour.red + 0.587 * colour.green + 0.114 * colour.blue < 0.55


def token_numbers(board: BoardState) -> dict[str, int]:
    """Each practice's number on the board and in the legend (1, 2, ... in the board's order)."""
    return {t.id: i for i, t in enumerate(board.tokens, 1)}


class Labels:
    """Places labels around their markers: the first free spot from a ring of candidates, growing
    outwards, that stays inside the frame and touches no other label or marker; a leader line when the
    label had to move away."""

    def __init__(self, x0: float, y0: float, x1: float, y1: float):
        self.frame = (x0, y0, x1, y1)
        self.wanted: list[tuple[float, float, float, str, str, float, Color, bool]] = []
        self.boxes: list[tuple[float, float, float, float]] = []  # where labels went (for tests too)

    def add(self, x, y, r, text, font, size, colour, first=False):
        item = (x, y, r, text, font, size, colour, first)
        if first:
            self.wanted.insert(sum(1 for w in self.wanted if w[7]), item)
        else:
            self.wanted.append(item)

    def _free(self, box, taken) -> bool:
        x0, y0, x1, y1 = self.frame
        if box[0] < x0 + 1 or box[2] > x1 - 1 or box[1] < y0 + 1 or box[3] > y1 - 1:
            return False
        return not any(box[0] < t[2] + 1 and box[2] > t[0] - 1 and box[1] < t[3] + 1 and box[3] > t[1] - 1
                       for t in taken)

    def place(self, c, marks) -> None:
        taken = [(x - r, y - r, x + r, y + r) for x, y, r in marks]
        for x, y, r, text, font, size, colour, _first in self.wanted:
            width = stringWidth(text, font, size)
            while width > (self.frame[2] - self.frame[0]) * 0.45 and len(text) > 4:
                text = text[:-2] + "\u2026"
                width = stringWidth(text, font, size)
            height = size * 1.05
            spot = None
            for distance in [r + 2 + 9 * step for step in range(10)]:
                for dx, dy in ((1, 0), (1, 1), (1, -1), (-1, 0), (-1, 1), (-1, -1), (0, 1), (0, -1)):
                    ax, ay = x + dx * distance, y + dy * distance * 0.8
                    bx = ax if dx > 0 else ax - width if dx < 0 else ax - width / 2
                    by = ay - height * 0.35 if dy == 0 else (ay if dy > 0 else ay - height)
                    box = (bx, by, bx + width, by + height)
                    if self._free(box, taken):
                        spot = (box, distance > r + 3)
                        break
                if spot:
                    break
            if spot is None:  # no free place at all: keep it inside the frame, right of the marker
                bx = min(max(self.frame[0] + 1, x + r + 2), self.frame[2] - 1 - width)
                spot = ((bx, y - height * 0.35, bx + width, y + height * 0.65), False)
            box, leader = spot
            taken.append(box)
            self.boxes.append(box)
            if leader:  # from the marker's edge to the nearest point of the label
                nx, ny = min(max(x, box[0]), box[2]), min(max(y, box[1]), box[3])
                length = math.hypot(nx - x, ny - y) or 1.0
                c.setStrokeColor(GREY)
                c.setLineWidth(0.4)
                c.line(x + (nx - x) / length * r, y + (ny - y) / length * r, nx, ny)
            c.setFillColor(colour)
            c.setFont(font, size)
            c.drawString(box[0], box[1] + size * 0.22, text)


def _two_lines(text: str) -> list[str]:
    words = text.split()
    if len(text) <= 14 or len(words) < 2:
        return [text]
    half = len(words) // 2
    return [" ".join(words[:half]), " ".join(words[half:])]


def legend(board: BoardState) -> str:
    """A one-line legend (already XML-escaped, for a Paragraph)."""
    numbers = token_numbers(board)
    parts = [", ".join(f"{numbers[t.id]} = {escape(printable(t.name))}" for t in board.tokens),
             translate("Report", "dichte stip met nummer: waar de groep de praktijk nu zet"),
             translate("Report", "open stippelrondje met hetzelfde nummer: waar een perspectief hem zet")]
    if board.snapshots:
        names = ", ".join(escape(printable(s.name)) for s in board.snapshots)
        parts.append(translate("Report", "grijs: eerdere momenten ({0})").format(names))
    return "; ".join(parts) + "."

"""The axis board as vector graphics for the report: the axis frame with its named stops, the group's
token positions (filled), each perspective's position (open circles, with a short name), and earlier
snapshots (small grey dots with a dotted line to where the token stands now)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor
from reportlab.platypus import Flowable

from ..core.board import BoardState
from .fonts import BOLD, ITALIC, REGULAR, printable

GRID = HexColor("#b0bec5")
INK = HexColor("#1d1d1f")
GREY = HexColor("#9e9e9e")


def _axis_stops(axis) -> tuple[list[tuple[float, str]], bool]:
    """[(place, words)] of an axis and whether it is made of bands (then each place is a band's centre)."""
    if axis.bands:
        return [(axis.band_centre(i), s.words) for i, s in enumerate(axis.stops)], True
    return [(s.at, s.words) for s in axis.stops], False


def _axis_words():
    """(horizontal stops, vertical stops, vertical in bands) from the board definition when it loads."""
    try:
        from ..core.boarddef import load_default_board

        board = load_default_board()
        return (_axis_stops(board.horizontal)[0], *_axis_stops(board.vertical))
    except Exception:  # the report must not fail on a broken board file: use the plain names
        return ([(0.0, "kunst als middel"), (0.5, "sociaal-artistiek samenwerken"), (1.0, "kunst als doel")],
                [(1 / 6, "één partij stuurt"), (0.5, "sturing wisselt"), (5 / 6, "sturing gedeeld")], True)


def _colour(value: str) -> Color:
    try:
        return HexColor(value)
    except Exception:
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

        c.setStrokeColor(GRID)
        c.setLineWidth(0.5)
        c.rect(left, bottom, w, h, stroke=1, fill=0)
        horizontal, vertical, bands = self.stops
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
        tokens = {t.id: t for t in self.board.tokens}
        now = {p.token_id: p for p in self.board.placements if p.perspective == ""}
        for snapshot in self.board.snapshots:  # earlier moments: grey, linked to now
            for p in snapshot.placements:
                if p.perspective or p.token_id not in tokens:
                    continue
                x, y = at(p.x, p.y)
                current = now.get(p.token_id)
                if current is not None:
                    c.setStrokeColor(GREY)
                    c.setDash([1, 2])
                    c.line(x, y, *at(current.x, current.y))
                    c.setDash([])
                c.setFillColor(GREY)
                c.circle(x, y, 2.2, stroke=0, fill=1)
                c.setFont(REGULAR, 5.5)
                c.drawString(x + 3, y - 6, printable(snapshot.name)[:30])
        for p in self.board.placements:
            token = tokens.get(p.token_id)
            if token is None:
                continue
            x, y = at(p.x, p.y)
            colour = _colour(token.colour)
            if p.perspective:
                c.setStrokeColor(colour)
                c.setLineWidth(1)
                c.circle(x, y, 3.5, stroke=1, fill=0)
                c.setFillColor(colour)
                c.setFont(REGULAR, 5.5)
                c.drawString(x + 5, y - 2, printable(self.perspective_name(p.perspective))[:24])
            else:
                c.setFillColor(colour)
                c.circle(x, y, 5, stroke=0, fill=1)
                c.setFillColor(INK)
                c.setFont(BOLD, 7.5)
                name = printable(token.name, BOLD)[:40]
                if x > left + w * 0.7:
                    c.drawRightString(x - 7, y + 5, name)
                else:
                    c.drawString(x + 7, y + 5, name)


def _two_lines(text: str) -> list[str]:
    words = text.split()
    if len(text) <= 14 or len(words) < 2:
        return [text]
    half = len(words) // 2
    return [" ".join(words[:half]), " ".join(words[half:])]


def legend(board: BoardState) -> str:
    """A one-line legend (already XML-escaped, for a Paragraph)."""
    parts = ["dichte stip: waar de groep het nu zet", "open rondje: een perspectief"]
    if board.snapshots:
        names = ", ".join(escape(printable(s.name)) for s in board.snapshots)
        parts.append(f"grijs: eerdere momenten ({names})")
    return "; ".join(parts) + "."

"""A duplex calibration sheet: measure how far a printer shifts the back of a sheet.

The front has crosshairs; the back has rulers in millimetres whose zero should be exactly behind
each crosshair. Hold the printed sheet against the light, read on the back's ruler where the front's
line falls, and pass that as ``--offset X,Y``. Printed with an offset, the sheet shows whether the
correction works (all lines on zero).
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.colors import HexColor, black
from reportlab.pdfgen.canvas import Canvas

from .deckpdf import PrintError, new_canvas
from .fonts import BOLD, REGULAR, register_fonts
from .geometry import MM_TO_PT, PAPER_SIZES, Box, LayoutError, SheetLayout, check_offset
from .output import atomic_write

RED = HexColor("#c62828")
BLUE = HexColor("#1565c0")
RULER = 12  # mm either side of zero


def _points(w: float, h: float) -> list[tuple[float, float]]:
    """The centre and four points near the corners (they show rotation and stretch too), clear of the text."""
    d, top = 45.0, 70.0
    return [(w / 2, h / 2), (d, h - top), (w - d, h - top), (d, d), (w - d, d)]


def _text(c: Canvas, x: float, y: float, lines: list[str], size: float = 9, font: str = REGULAR) -> None:
    c.setFont(font, size)
    for line in lines:
        c.drawString(x * MM_TO_PT, y * MM_TO_PT, line)
        y -= size * 1.35 / MM_TO_PT


def _crosshair(c: Canvas, x: float, y: float) -> None:
    c.setStrokeColor(RED)
    c.setLineWidth(0.3)
    c.line((x - 25) * MM_TO_PT, y * MM_TO_PT, (x + 25) * MM_TO_PT, y * MM_TO_PT)
    c.line(x * MM_TO_PT, (y - 25) * MM_TO_PT, x * MM_TO_PT, (y + 25) * MM_TO_PT)
    c.circle(x * MM_TO_PT, y * MM_TO_PT, 3 * MM_TO_PT, stroke=1, fill=0)


def _rulers(c: Canvas, x: float, y: float) -> None:
    c.setStrokeColor(BLUE)
    c.setFillColor(BLUE)
    c.setFont(REGULAR, 5.5)
    for mm in range(-RULER, RULER + 1):
        length = 4.0 if mm % 5 == 0 else 2.0
        c.setLineWidth(0.35 if mm == 0 else 0.2)
        # horizontal ruler (read X): ticks across the line y
        c.line((x + mm) * MM_TO_PT, (y - length) * MM_TO_PT, (x + mm) * MM_TO_PT, (y + length) * MM_TO_PT)
        # vertical ruler (read Y)
        c.line((x - length) * MM_TO_PT, (y + mm) * MM_TO_PT, (x + length) * MM_TO_PT, (y + mm) * MM_TO_PT)
        if mm % 5 == 0 and mm != 0:
            c.drawCentredString((x + mm) * MM_TO_PT, (y - 6.5) * MM_TO_PT, f"{mm:+d}")
            c.drawString((x + 5) * MM_TO_PT, (y + mm - 0.7) * MM_TO_PT, f"{mm:+d}")
    c.setLineWidth(0.2)
    c.line((x - RULER) * MM_TO_PT, y * MM_TO_PT, (x + RULER) * MM_TO_PT, y * MM_TO_PT)
    c.line(x * MM_TO_PT, (y - RULER) * MM_TO_PT, x * MM_TO_PT, (y + RULER) * MM_TO_PT)


def render_calibration(paper: str = "a4", backs: str = "long-edge",
                       offset: tuple[float, float] = (0.0, 0.0)) -> bytes:
    if backs not in ("long-edge", "short-edge"):
        backs = "long-edge"
    try:
        check_offset(offset)
    except LayoutError as exc:
        raise PrintError(str(exc)[0].upper() + str(exc)[1:] + ".") from None
    register_fonts()
    w, h = PAPER_SIZES[paper]
    layout = SheetLayout(w, h, 0, 0, 0, 0, 0, backs)
    edge = "lange" if backs == "long-edge" else "korte"
    buffer = io.BytesIO()
    c = new_canvas(buffer, "Kalibratievel dubbelzijdig printen")
    c.setPageSize((w * MM_TO_PT, h * MM_TO_PT))
    c.setFillColor(black)
    _text(c, 20, h - 18, ["Kalibratievel: voorkant"], 13, BOLD)
    _text(c, 20, h - 25, [
        f"Print dit vel dubbelzijdig, omslaan langs de {edge} kant, op 100% (niet 'passend maken').",
        "Houd het vel daarna tegen het licht en kijk naar de achterkant.",
    ])
    for x, y in _points(w, h):
        _crosshair(c, x, y)
    c.showPage()
    c.setFillColor(black)
    _text(c, 20, h - 18, ["Kalibratievel: achterkant"], 13, BOLD)
    _text(c, 20, h - 25, [
        "Kijk door het papier: waar kruist de rode lijn van de voorkant de blauwe linialen?",
        "Lees het getal af in mm: links-rechts is X, onder-boven is Y (bij elkaar, zoals 1.5,-0.5).",
        "Print je kaarten dan met --offset X,Y. Staan de lijnen al op 0, dan hoeft er niets.",
        f"Dit vel is geprint met verschuiving {offset[0]:g},{offset[1]:g} mm.",
    ])
    for x, y in _points(w, h):
        spot = layout.back_box(Box(x, y, 0, 0), backs, offset)
        _rulers(c, spot.x, spot.y)
    c.showPage()
    c.save()
    return buffer.getvalue()


def write_calibration(path: Path, paper: str = "a4", backs: str = "long-edge",
                      offset: tuple[float, float] = (0.0, 0.0)) -> None:
    atomic_write(Path(path), render_calibration(paper, backs, offset))

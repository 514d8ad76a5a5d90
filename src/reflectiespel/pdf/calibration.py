"""A duplex calibration sheet: measure how far a printer shifts the back of a sheet.

The front has crosshairs; the back has rulers in millimetres whose zero should be exactly behind
each crosshair. Hold the printed sheet against the light, read on the back's ruler where the front's
line falls, and pass that as ``--offset X,Y``. Printed with an offset, the sheet shows whether the
correction works (all lines on zero).
"""

from __future__ import annotations

import io
import math
from pathlib import Path

from reportlab.lib.colors import HexColor, black
from reportlab.pdfgen.canvas import Canvas

from ..core.base.i18n import translate
from .deckpdf import PrintError, new_canvas
from .fonts import BOLD, REGULAR, register_fonts
from .geometry import MM_TO_PT, PAPER_SIZES, Box, LayoutError, SheetLayout, check_offset
from .output import atomic_write

RED = HexColor("#c62828")
BLUE = HexColor("#1565c0")
RULER = 12  # mm either side of zero
MINUS = "\u2212"


def _points(w: float, h: float) -> list[tuple[float, float]]:
    """The centre and four points near the corners (they show rotation and stretch too), clear of the text."""
    d, top = 45.0, 80.0
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


GAP = 6.0  # mm between the zero lines' crossing and each ruler: the two rulers never form a mesh


def _rulers(c: Canvas, x: float, y: float) -> None:
    """Two separate rulers around the spot where the front's crosshair should fall: the X ruler above
    it (read where the red vertical line crosses), the Y ruler to its right (read where the red
    horizontal line crosses). Thin zero lines mark the spot itself. Numbers every 5 mm, clear of each
    other, with a real minus sign."""
    pt = MM_TO_PT
    c.setStrokeColor(BLUE)
    c.setLineWidth(0.2)
    c.setDash([1, 1])
    c.line((x - RULER) * pt, y * pt, (x + RULER) * pt, y * pt)
    c.line(x * pt, (y - RULER) * pt, x * pt, (y + RULER) * pt)
    c.setDash([])
    top, side = y + RULER + 3, x + GAP  # the X ruler above the end of the Y ruler: nothing crosses
    c.setLineWidth(0.25)
    c.line((x - RULER) * pt, top * pt, (x + RULER) * pt, top * pt)
    c.line(side * pt, (y - RULER) * pt, side * pt, (y + RULER) * pt)
    c.setFillColor(BLUE)
    for mm in range(-RULER, RULER + 1):
        length = 3.5 if mm % 5 == 0 else 1.8
        c.setLineWidth(0.5 if mm == 0 else 0.25)
        c.line((x + mm) * pt, top * pt, (x + mm) * pt, (top + length) * pt)  # X ticks, upwards
        c.line(side * pt, (y + mm) * pt, (side + length) * pt, (y + mm) * pt)  # Y ticks, to the right
        if mm % 5 == 0:
            label = "0" if mm == 0 else ("+" if mm > 0 else MINUS) + str(abs(mm))
            c.setFont(BOLD if mm == 0 else REGULAR, 7)
            c.drawCentredString((x + mm) * pt, (top + 4.5) * pt, label)
            c.drawString((side + 4.5) * pt, (y + mm - 0.9) * pt, label)
    c.setFont(BOLD, 8)
    c.drawRightString((x - RULER - 1.5) * pt, (top - 0.5) * pt, "X")
    c.drawCentredString((side + 1) * pt, (y - RULER - 4.5) * pt, "Y")


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
    buffer = io.BytesIO()
    c = new_canvas(buffer, translate("Calibration", "Kalibratievel dubbelzijdig printen"))
    c.setPageSize((w * MM_TO_PT, h * MM_TO_PT))
    c.setFillColor(black)
    _text(c, 20, h - 18, [translate("Calibration", "Kalibratievel: voorkant")], 13, BOLD)
    if backs == "long-edge":
        how = translate("Calibration", "Print dit vel dubbelzijdig, omslaan langs de lange kant, op 100% "
                                       "(niet 'passend maken').")
    else:
        how = translate("Calibration", "Print dit vel dubbelzijdig, omslaan langs de korte kant, op 100% "
                                       "(niet 'passend maken').")
    _text(c, 20, h - 25, [how, translate("Calibration", "Houd het vel daarna tegen het licht en kijk naar de "
                                                        "achterkant.")])
    for x, y in _points(w, h):
        _crosshair(c, x, y)
    c.showPage()
    c.setFillColor(black)
    _text(c, 20, h - 18, [translate("Calibration", "Kalibratievel: achterkant")], 13, BOLD)
    _text(c, 20, h - 25, [
        translate("Calibration", "Kijk door het papier: waar kruist de rode lijn van de voorkant de blauwe "
                                 "linialen?"),
        translate("Calibration", "Lees het getal af in mm: links-rechts is X, onder-boven is Y (bij elkaar, zoals "
                                 "1.5,-0.5)."),
        translate("Calibration", "Print je kaarten dan met --offset X,Y. Staan de lijnen al op 0, dan hoeft er "
                                 "niets."),
        translate("Calibration", "Lees je links en rechts een andere Y (of boven en onder een andere X), dan draait "
                                 "de printer"),
        translate("Calibration", "het vel een beetje: {0:.2f}° per mm verschil. Leg het papier dan rechter in de "
                                 "lade.").format(math.degrees(math.atan(1 / (w - 90)))),
        translate("Calibration", "Dit vel is geprint met verschuiving {0:g},{1:g} mm.").format(*offset),
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

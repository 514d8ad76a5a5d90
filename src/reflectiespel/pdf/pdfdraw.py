"""Draw a laid-out page (pdf/drawing.py) on a reportlab canvas. It decides nothing: every position,
line of text, size and colour comes from the layout; the QPainter twin is ui/sheetpaint.py.

Runs of text in a row share one text object (a page of cards is mostly text); each category symbol is
written once per PDF as a form (an XObject) and placed by reference.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from ..core.decks.symbols import OUTLINED, polygons
from .drawing import Clip, Fill, Line, Outline, Page, Picture, Symbol, Text
from .geometry import MM_TO_PT


def draw_page(c: Canvas, page: Page) -> list[str]:
    """Draw ``page`` on the canvas's current page (the caller sets the page size and ends the page).
    Returns the warnings of pictures that could not be drawn."""
    problems: list[str] = []
    _draw_ops(c, page.ops, problems, {}, 0.0, 0.0)
    return problems


def _draw_ops(c: Canvas, ops: list, problems: list[str], state: dict, ox: float, oy: float) -> None:
    """``state``: the colours and line settings already in force at this level of the graphics state, so
    that each is written only when it changes (a Clip saves and restores the graphics state). A Clip's
    contents are drawn from its corner (``ox``, ``oy`` in mm on the page): every card then repeats the
    same numbers, which the PDF's compression packs well."""
    text = None  # the open text object, while the lines of one block of text follow each other
    last: Text | None = None
    leading = 0.0  # mm: the step to the next line of the open block
    for index, op in enumerate(ops):
        kind = type(op)
        if kind is Text:
            if text is not None and _continues(last, op):
                x, y = last.x, last.y - leading  # where the previous line's T* went
                if abs(op.x - x) > 1e-9 or abs(op.y - y) > 1e-9:
                    text.moveCursor((op.x - x) * MM_TO_PT, (y - op.y) * MM_TO_PT)
            else:
                if text is not None:
                    c.drawText(text)
                x, y = (op.x - ox) * MM_TO_PT, (op.y - oy) * MM_TO_PT
                text = c.beginText(x, y)
                if op.turned:
                    text.setTextTransform(-1, 0, 0, -1, x, y)
                following = ops[index + 1] if index + 1 < len(ops) else None
                leading = (op.y - following.y if type(following) is Text and _continues(op, following)
                           else 1.2 * op.size / MM_TO_PT)  # a last line's T* still goes down a line
                text.setFont(op.font, op.size, leading * MM_TO_PT)
            if state.get("fill") != op.colour:
                text.setFillColorRGB(*op.colour)
                state["fill"] = op.colour
            text.textLine(op.text)  # then to the next line's start (T*): no measuring, a few bytes
            last = op
            continue
        if text is not None:
            c.drawText(text)
            text = None
        if kind is Fill:
            _fill(c, state, op.colour)
            b = op.box
            c.rect((b.x - ox) * MM_TO_PT, (b.y - oy) * MM_TO_PT, b.w * MM_TO_PT, b.h * MM_TO_PT, stroke=0, fill=1)
        elif kind is Outline:
            _stroke(c, state, op.colour, op.width, None)
            b = op.box
            c.rect((b.x - ox) * MM_TO_PT, (b.y - oy) * MM_TO_PT, b.w * MM_TO_PT, b.h * MM_TO_PT, stroke=1, fill=0)
        elif kind is Line:
            _stroke(c, state, op.colour, op.width, op.dash)
            c.line((op.x1 - ox) * MM_TO_PT, (op.y1 - oy) * MM_TO_PT, (op.x2 - ox) * MM_TO_PT, (op.y2 - oy) * MM_TO_PT)
        elif kind is Clip:
            c.saveState()
            b = op.box
            c.translate((b.x - ox) * MM_TO_PT, (b.y - oy) * MM_TO_PT)
            path = c.beginPath()
            path.rect(0, 0, b.w * MM_TO_PT, b.h * MM_TO_PT)
            c.clipPath(path, stroke=0, fill=0)
            _draw_ops(c, op.ops, problems, dict(state), b.x, b.y)
            c.restoreState()
        elif kind is Symbol:
            _symbol(c, op, ox, oy)
        elif kind is Picture:
            b = op.box
            try:
                c.drawImage(op.path, (b.x - ox) * MM_TO_PT, (b.y - oy) * MM_TO_PT, b.w * MM_TO_PT, b.h * MM_TO_PT,
                            mask="auto")
            except Exception:  # noqa: BLE001 - a damaged picture is a warning, never a crash
                problems.append(op.problem or op.path)
    if text is not None:
        c.drawText(text)


def _fill(c: Canvas, state: dict, colour) -> None:
    if state.get("fill") != colour:
        c.setFillColorRGB(*colour)
        state["fill"] = colour


def _stroke(c: Canvas, state: dict, colour, width: float, dash) -> None:
    if state.get("stroke") != colour:
        c.setStrokeColorRGB(*colour)
        state["stroke"] = colour
    if state.get("width") != width:
        c.setLineWidth(width * MM_TO_PT)
        state["width"] = width
    if state.get("dash", None) != dash:
        c.setDash([v * MM_TO_PT for v in dash] if dash else [])
        state["dash"] = dash


def _continues(last: Text | None, op: Text) -> bool:
    """Does ``op`` continue the block of text ``last`` belongs to (its next line, in the same font size)?
    Then it shares the text object: readers of the PDF (copying, screen readers) see one block, and
    separate blocks stay apart."""
    if last is None or op.size != last.size or op.font != last.font or op.turned or last.turned:
        return False
    return 0 < last.y - op.y < 2 * op.size / MM_TO_PT


def _symbol_path(c: Canvas, shape: str):
    path = c.beginPath()
    if shape in ("circle", "ring"):  # four Bézier curves: the same figure as the polygon, fewer numbers
        path.circle(0, 0, 0.82 if shape == "ring" else 1.0)
    else:
        for polygon in polygons(shape):
            path.moveTo(*polygon[0])
            for x, y in polygon[1:]:
                path.lineTo(x, y)
            path.close()
    return path


def _symbol(c: Canvas, op: Symbol, ox: float, oy: float) -> None:
    """A category symbol: each shape and colour is a form, written once per PDF (a deck of hundreds of
    cards repeats a handful of symbols)."""
    name = f"symbol-{op.shape}-" + "".join(f"{round(v * 255):02x}" for v in op.colour)
    forms = c.__dict__.setdefault("_reflectiespel_symbols", set())
    if name not in forms:
        forms.add(name)
        c.beginForm(name, lowerx=-1.2, lowery=-1.2, upperx=1.2, uppery=1.2)
        if op.shape in OUTLINED:
            c.setStrokeColorRGB(*op.colour)
            c.setLineWidth(0.3)
            c.drawPath(_symbol_path(c, op.shape), stroke=1, fill=0)
        else:
            c.setFillColorRGB(*op.colour)
            c.drawPath(_symbol_path(c, op.shape), stroke=0, fill=1)
        c.endForm()
    r = op.r * MM_TO_PT * (-1 if op.turned else 1)
    c.saveState()
    c.transform(r, 0, 0, r, (op.x - ox) * MM_TO_PT, (op.y - oy) * MM_TO_PT)
    c.doForm(name)
    c.restoreState()

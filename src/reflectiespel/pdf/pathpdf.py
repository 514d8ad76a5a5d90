"""A practice's path across sessions as one A4 landscape PDF page, in vectors (reportlab).

Left the axis board (the frame of pdf/boarddraw.py) with each practice's places per session joined by
arrows; right the sessions, every practice with its place and reasons per session, and the notes (renames,
what could not be matched, other language, other board). Readable in black and white: every practice has a
number inside its dots, every dot says its session (S1, S2, ...); a perspective's dots are open circles.
The column on the right shrinks to fit the page rather than being cut off. No Qt.
"""

from __future__ import annotations

import io
import math
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, FrameBreak, KeepInFrame, PageTemplate, Paragraph

from ..core.base.i18n import language, translate
from ..core.reports.path import ALL, GROUP, PracticePath
from ..core.reports.pathrows import path_title
from .boarddraw import INK, Labels, _axis_words, _colour, _dark, draw_frame
from .fonts import BOLD, ITALIC, REGULAR, printable, register_fonts
from .output import atomic_write

LANGUAGE_TAGS = {"nl": "nl-NL", "en": "en-GB"}
PAGE = (297 * mm, 210 * mm)


def _text(value: str, font: str = REGULAR) -> str:
    return escape(printable(value, font)).replace("\n", "<br/>")


def session_mark(number: int) -> str:
    """How a session is marked next to a dot: S1, S2, ... (the legend says which is which)."""
    return translate("Path", "S{0}").format(number)


class PathDrawing(Flowable):
    """The board with the paths; ``numbers`` (practice key -> number) are shared with the legend."""

    def __init__(self, path: PracticePath, perspective: str | None, definition=None):
        super().__init__()
        self.path, self.perspective = path, perspective
        self.stops = _axis_words(definition)
        self.numbers = {p.key: i for i, p in enumerate(path.shown(perspective), 1)}

    def wrap(self, avail_w, avail_h):
        self.width = avail_w
        self.height = min(avail_h, avail_w * 0.74)
        return self.width, self.height

    def draw(self):
        c = self.canv
        left, bottom = 70.0, 28.0
        w, h = self.width - left - 6, self.height - bottom - 6

        def at(x: float, y: float) -> tuple[float, float]:
            return left + x * w, bottom + y * h

        draw_frame(c, left, bottom, w, h, self.stops)
        labels = Labels(left, bottom, left + w, bottom + h)
        marks: list[tuple[float, float, float]] = []
        for practice in self.path.shown(self.perspective):
            colour = _colour(practice.colour)
            number = str(self.numbers[practice.key])
            for a, b in practice.steps(self.perspective):
                _arrow(c, at(a.x, a.y), at(b.x, b.y), colour, 6.5 if b.perspective == GROUP else 5.5,
                       dashed=b.perspective != GROUP)
            pending: list[dict] = []  # this practice's labels; a dot where it stayed adds its session to one
            last: dict[str, dict] = {}  # per perspective: the label of its previous dot
            for point in practice.path(self.perspective):
                x, y = at(point.x, point.y)
                before = last.get(point.perspective)
                if before is not None and abs(before["x"] - x) + abs(before["y"] - y) < 2:
                    before["marks"].append(session_mark(point.session))
                    continue
                group = point.perspective == GROUP
                radius = 6.5 if group else 5.5
                if group:
                    c.setFillColor(colour)
                    c.setStrokeColor(INK)
                    c.setLineWidth(0.8)
                    c.circle(x, y, radius, stroke=1, fill=1)
                    c.setFillColor(colors.white if _dark(colour) else INK)
                    c.setFont(BOLD, 8)
                    c.drawCentredString(x, y - 2.9, number)
                else:
                    c.setStrokeColor(INK)
                    c.setFillColor(colors.white)
                    c.setLineWidth(1)
                    c.setDash([1.5, 1])
                    c.circle(x, y, radius, stroke=1, fill=1)
                    c.setDash([])
                    c.setFillColor(INK)
                    c.setFont(BOLD, 7)
                    c.drawCentredString(x, y - 2.5, number)
                marks.append((x, y, radius))
                label = {"x": x, "y": y, "r": radius, "marks": [session_mark(point.session)], "group": group,
                         "who": "" if group else printable(self.path.perspective_name(point.perspective), ITALIC)[:20]}
                pending.append(label)
                last[point.perspective] = label
            first = True
            for label in pending:
                said = ", ".join(label["marks"])
                if label["group"]:
                    text = f"{number} {printable(practice.name, BOLD)[:32]} · {said}" if first else said
                    labels.add(label["x"], label["y"], label["r"], text, BOLD, 8 if first else 7, INK, first=first)
                    first = False
                else:
                    labels.add(label["x"], label["y"], label["r"], f"{said} · {label['who']}", ITALIC, 7, INK)
        labels.place(c, marks)
        self.labels = labels


def _arrow(c, start: tuple[float, float], end: tuple[float, float], colour, radius: float,
           dashed: bool = False) -> None:
    """A line from one place to the next, ending in a filled head at the edge of the next dot; a
    perspective's path is dashed (the group's is solid)."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = math.hypot(dx, dy)
    if length < 2 * radius + 4:
        return  # it did not move (enough to draw)
    ux, uy = dx / length, dy / length
    a = (start[0] + ux * radius, start[1] + uy * radius)
    b = (end[0] - ux * radius, end[1] - uy * radius)
    c.setStrokeColor(colour)
    c.setFillColor(colour)
    c.setLineWidth(1.0 if dashed else 1.4)
    c.setDash([3, 2] if dashed else [])
    c.line(*a, *b)
    c.setDash([])
    head = c.beginPath()
    head.moveTo(*b)
    head.lineTo(b[0] - ux * 7 + uy * 3.5, b[1] - uy * 7 - ux * 3.5)
    head.lineTo(b[0] - ux * 7 - uy * 3.5, b[1] - uy * 7 + ux * 3.5)
    head.close()
    c.drawPath(head, stroke=0, fill=1)


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=8, leading=10, spaceAfter=1.5, splitLongWords=True)
    return {"body": base,
            "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=16, leading=20),
            "sub": ParagraphStyle("sub", parent=base, fontSize=9.5, leading=12, textColor=colors.HexColor("#37474f")),
            "h": ParagraphStyle("h", parent=base, fontName=BOLD, fontSize=9.5, leading=12, spaceBefore=4),
            "practice": ParagraphStyle("practice", parent=base, fontName=BOLD, spaceBefore=3),
            "item": ParagraphStyle("item", parent=base, leftIndent=8),
            "note": ParagraphStyle("note", parent=base, fontSize=7.5, leading=9.5,
                                   textColor=colors.HexColor("#444444"))}


def _side(path: PracticePath, perspective: str | None, numbers: dict[str, int], where, st) -> list:
    story = [Paragraph(_text(translate("Path", "Sessies")), st["h"])]
    for session in path.sessions:
        story.append(Paragraph(f"<b>{session_mark(session.number)}</b> {_text(session.label)} · "
                               f"{_text(session.title)}", st["body"]))
        for note in session.notes:
            story.append(Paragraph(_text(note), st["note"]))
    story.append(Paragraph(_text(translate("Path", "Praktijken")), st["h"]))
    for practice in path.shown(perspective):
        title = f"{numbers[practice.key]} {_text(practice.name, BOLD)}"
        if practice.former_names:
            title += " " + _text(translate("Path", "(eerder: {0})").format(", ".join(practice.former_names)), BOLD)
        story.append(Paragraph(title, st["practice"]))
        for point in practice.path(perspective):
            line = f"<b>{session_mark(point.session)}</b>"
            if perspective is ALL:
                line += f" · <i>{_text(path.perspective_name(point.perspective), ITALIC)}</i>"
            words = where(point.x, point.y)
            if words:
                line += f": {_text(words)}"
            for reason in point.reasons:
                line += f" — “{_text(reason)}”"
            story.append(Paragraph(line, st["item"]))
    remarks = path.renames + path.unmatched
    if remarks:
        story.append(Paragraph(_text(translate("Path", "Opmerkingen")), st["h"]))
        story += [Paragraph(_text(note), st["note"]) for note in remarks]
    return story


def render_path_pdf(path: PracticePath, perspective: str | None = GROUP, definition=None) -> bytes:
    """One page: the title, the board with the paths (left), the sessions, practices and notes (right)."""
    from ..core.board.boarddef import describe_position

    st = _styles()
    page_w, page_h = PAGE
    margin = 12 * mm
    buffer = io.BytesIO()
    title = path_title(path)
    doc = BaseDocTemplate(buffer, pagesize=PAGE, title=title, author="", creator="reflectiespel",
                          subject=translate("Path", "De plekken van de praktijken op de sociaal-artistieke as, "
                                                    "per sessie"),
                          lang=LANGUAGE_TAGS.get(language(), language()), displayDocTitle=1, pageCompression=1)
    top = 16 * mm
    board_w = (page_w - 2 * margin) * 0.63
    frames = [Frame(margin, page_h - margin - top, page_w - 2 * margin, top, id="title", leftPadding=0,
                    bottomPadding=0, topPadding=0),
              Frame(margin, margin, board_w, page_h - 2 * margin - top, id="board", leftPadding=0, rightPadding=0),
              Frame(margin + board_w + 4 * mm, margin, page_w - 2 * margin - board_w - 4 * mm,
                    page_h - 2 * margin - top, id="side", leftPadding=0, rightPadding=0)]
    doc.addPageTemplates([PageTemplate("path", frames)])
    drawing = PathDrawing(path, perspective, definition)
    shown = (translate("Path", "alle perspectieven") if perspective is ALL
             else path.perspective_name(perspective))
    sub = translate("Path", "{0} sessies, van {1} tot {2} · perspectief: {3}").format(
        len(path.sessions), path.sessions[0].label if path.sessions else "",
        path.sessions[-1].label if path.sessions else "", shown)
    where = (lambda x, y: describe_position(definition, x, y)) if definition is not None else (lambda x, y: "")
    side = KeepInFrame(frames[2].width - 12, frames[2].height - 12,
                       _side(path, perspective, drawing.numbers, where, st), mode="shrink")
    doc.build([Paragraph(_text(title, BOLD), st["title"]), Paragraph(_text(sub), st["sub"]), FrameBreak(),
               drawing, FrameBreak(), side])
    return buffer.getvalue()


def write_path_pdf(path: PracticePath, target: Path, perspective: str | None = GROUP, definition=None) -> Path:
    atomic_write(Path(target), render_path_pdf(path, perspective, definition))
    return Path(target)

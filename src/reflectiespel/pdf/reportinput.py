"""The step kinds of issue #29 in the session report: the word cloud as a ranked table (the projection's
sizes are for the room; on paper the numbers), with what the facilitator hid, merged or entered. Read from
the same summaries as the exports (core/reports/inputexport.py). No names in an anonymous session."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from ..core.base.i18n import translate
from ..core.reports.inputexport import by_console, cloud_summary, idea_status, scale_summary, wall_summary, word_status
from ..core.input.ratings import fmt
from ..core.sessions.stepinput import CONSOLE, SCALE_MAX, SCALE_MIN
from .fonts import REGULAR, paragraph_text


def text(value: str) -> str:
    """User text for a Paragraph, as report.text makes it."""
    return paragraph_text(value)


def input_story(session, step, st, width: float, text, table) -> list:
    """Flowables for a step's input; ``text`` escapes user text, ``table`` makes the report's tables."""
    story: list = []
    words = cloud_summary(session, step)
    if words:
        story.append(Paragraph(translate("Report", "Woordwolk"), st["h2"]))
        rows = [[translate("Report", "Woord"), translate("Report", "Genoemd door"),
                 translate("Report", "Op het scherm")]]
        for word in words:
            label = text(word.label) + (f" <font color='#777777'>(+ {text(', '.join(word.members))})</font>"
                                        if word.members else "")
            rows.append([label, str(word.count),
                         translate("Report", "ja") if word.drawn else translate("Report", "nee ({0})").format(
                             word_status(word))])
        story.append(table(rows, [width - 70 * mm, 30 * mm, 40 * mm], st))
        entered = by_console(step)
        if entered:
            story.append(Paragraph(translate("Report", "{0} van de woorden zijn ingevoerd door de begeleider, "
                                                       "voor wie geen telefoon had.").format(entered), st["small"]))
    story += _wall(session, step, st, width, text, table)
    story += _scale(session, step, st, width, text, table)
    return story


def _wall(session, step, st, width: float, text, table) -> list:
    standing = wall_summary(step)
    if not standing:
        return []
    rows = [[translate("Report", "Idee"), translate("Report", "Stemmen"), translate("Report", "Status")]]
    for w in standing:
        cell = text(w.idea.text) + "".join(f"<br/><font color='#777777'>+ {text(m.text)}</font>" for m in w.merged)
        rows.append([cell, str(w.votes), idea_status(w)])
    story: list = [Paragraph(translate("Report", "Ideeënmuur"), st["h2"]),
                   table(rows, [width - 60 * mm, 22 * mm, 38 * mm], st)]
    entered = sum(1 for w in step.wall.ideas if w.via == CONSOLE)
    if entered:
        story.append(Paragraph(translate("Report", "{0} ideeën zijn ingevoerd door de begeleider.").format(entered),
                               st["small"]))
    return story


DOT, MIDDLE, BEFORE = colors.HexColor("#0072b2"), colors.HexColor("#1b1b1b"), colors.HexColor("#d55e00")


def _scale(session, step, st, width: float, text, table) -> list:
    """The spread of every row: a strip 0-10 with a dot per mark, the middle as a line, last time's middle
    as a hollow diamond; then the numbers in a table."""
    spread = scale_summary(step)
    if not spread:
        return []
    story: list = [Paragraph(translate("Report", "Schaal van 0 tot 10"), st["h2"])]
    story.append(strips(spread, width))
    before = step.scale.before
    rows = [[translate("Report", "Vraag"), translate("Report", "Cijfers"), translate("Report", "Midden"),
             translate("Report", "Vorige keer") if before is not None else ""]]
    for s in spread:
        rows.append([text(s.row.text), ", ".join(map(str, s.values)) or "–", fmt(s.median),
                     fmt(s.median_before) if before is not None else ""])
    story.append(table(rows, [width - 95 * mm, 45 * mm, 22 * mm, 28 * mm], st))
    legend = translate("Report", "Elke stip is één cijfer; de streep is het midden (mediaan).")
    if before is not None:
        legend += " " + translate("Report", "De open ruit is het midden van vorige keer ({0}).").format(
            text(before.title))
    entered = sum(1 for r in step.scale.ratings if r.via == CONSOLE)
    if entered:
        legend += " " + translate("Report", "{0} cijfers zijn ingevoerd door de begeleider.").format(entered)
    story.append(Paragraph(legend, st["small"]))
    return story


def strips(spread, width: float) -> Drawing:
    row_h, label_w, pad = 9 * mm, min(70 * mm, width * 0.4), 4 * mm
    height = row_h * (len(spread) + 0.7)
    drawing = Drawing(width, height)
    left, right = label_w + pad, width - pad
    step_w = (right - left) / (SCALE_MAX - SCALE_MIN)
    x_of = lambda v: left + (v - SCALE_MIN) * step_w
    top = height - 4 * mm
    for value in range(SCALE_MIN, SCALE_MAX + 1):
        drawing.add(String(x_of(value), top, str(value), fontName=REGULAR, fontSize=7, textAnchor="middle",
                           fillColor=colors.HexColor("#555555")))
    for number, s in enumerate(spread):
        y = top - row_h * (number + 0.6)
        label = s.row.text if len(s.row.text) <= 42 else s.row.text[:41] + "…"
        drawing.add(String(0, y - 3, label, fontName=REGULAR, fontSize=8))
        drawing.add(Line(left, y, right, y, strokeColor=colors.HexColor("#b0bec5"), strokeWidth=0.6))
        for value, count in enumerate(s.histogram(), SCALE_MIN):
            for i in range(min(count, 5)):
                offset = ((i + 1) // 2) * (1 if i % 2 else -1) * 2.6
                drawing.add(Circle(x_of(value), y + offset, 1.2 * mm, fillColor=DOT, strokeColor=None))
            if count > 5:
                drawing.add(String(x_of(value), y + 3.4 * mm, f"{count}×", fontName=REGULAR, fontSize=6,
                                   textAnchor="middle"))
        if s.median is not None:
            drawing.add(Line(x_of(s.median), y - 3.2 * mm, x_of(s.median), y + 3.2 * mm, strokeColor=MIDDLE,
                             strokeWidth=1.4))
        if s.median_before is not None:
            x, d = x_of(s.median_before), 1.8 * mm
            drawing.add(Polygon([x, y - d, x + d, y, x, y + d, x - d, y], fillColor=None, strokeColor=BEFORE,
                                strokeWidth=1.2))
    return drawing


def engagement_story(session, st, width: float, heading, table) -> list:
    """'Deelname': per step how many took part, from a phone and through the facilitator; the names only when
    the session is not anonymous. Nothing when nobody did anything anyone could count."""
    from ..core.reports.engagement import engagement, names

    found = [e for e in engagement(session) if e.total]
    if not found:
        return []
    title = translate("Report", "Deelname")
    anonymous = session.anonymous
    head = [translate("Report", "Stap"), translate("Report", "Deden mee"), translate("Report", "Telefoon"),
            translate("Report", "Via begeleider")] + ([] if anonymous else [translate("Report", "Wie")])
    rows = [head]
    for e in found:
        row = [f"{e.number}. {text(e.title)}", str(e.total), str(e.phone), str(e.console)]
        if not anonymous:
            row.append(text(names(session, e)))
        rows.append(row)
    widths = ([width - 90 * mm, 22 * mm, 22 * mm, 46 * mm] if anonymous else
              [width - 120 * mm, 20 * mm, 20 * mm, 26 * mm, 54 * mm])
    note = translate("Report", "Wie in een stap iets inbracht, met de eigen telefoon of via de begeleider. Wie "
                               "allebei deed, telt in beide kolommen en één keer bij 'Deden mee'.")
    if anonymous:
        note += " " + translate("Report", "De sessie is anoniem: hier staan geen namen.")
    return [heading(title, st["h1"], title, "engagement"), table(rows, widths, st), Paragraph(note, st["small"])]

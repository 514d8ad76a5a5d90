"""What the room sees of the step kinds that collect input (issue #29): the word cloud, the idea wall, the
rating scale's spread. Painted with QPainter on the projection (and its preview in the console), in the
projection's dark room colours; text scales with the screen's height, as in ui/session/tally.py.

The word cloud is laid out in centred lines, most-named words first. A word's size is
``base × core.wordcloud.size_factor`` (square root of its count over the smallest count, capped at 3×);
when the words do not fit, the base shrinks, never below ``MIN_WORD`` of the screen height (35 px on a
1080p beamer), and what still does not fit is summed up in one line.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from ...core import ideas, ratings, wordcloud
from ...core.screening import screen_of
from ...core.stepinput import SCALE_MAX, SCALE_MIN
from ...core.stepkinds import kind_of

TEXT = QColor("#f5f5f5")
DIM = QColor("#c8c8c8")
# Okabe & Ito colours that read on the dark room colour (#202124), and white
WORD_COLOURS = [QColor("#56b4e9"), QColor("#e69f00"), QColor("#f5f5f5"), QColor("#7fd4b8"), QColor("#f0e442"),
                QColor("#cc79a7")]
BASE_WORD, MIN_WORD = 0.05, 0.032  # the least-named word's letters, as a fraction of the screen height
DOT = QColor("#56b4e9")  # a mark on the scale
MEDIAN = QColor("#f5f5f5")
BEFORE = QColor("#e69f00")  # last time: orange (Okabe & Ito), hollow, beside the sky-blue marks
GRID = QColor("#5f6368")
ROW_TEXT = 0.03  # the scale's row labels: 32 px on a 1080p beamer
ROW_TEXT_MIN = 0.0222  # ... shrinking to fit, never below 24 px on a 1080p beamer
LABEL_COLUMN = 0.44  # the share of the strips' width that the row labels have


def _font(px: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(8, round(px)))
    font.setBold(bold)
    return font


def paint_input(painter: QPainter, room: QRectF, session, step, screen_height: float) -> dict:
    """Paint the step's input into ``room``; returns what was drawn (for tests and the spoken description)."""
    collects = kind_of(step).collects
    if collects == "words":
        return paint_cloud(painter, room, session, step, screen_height)
    if collects == "ratings":
        return paint_scale(painter, room, session, step, screen_height)
    if collects == "ideas":
        return paint_wall(painter, room, session, step, screen_height)
    return {}


def _headline(painter: QPainter, room: QRectF, text: str, screen_height: float) -> float:
    font = _font(screen_height * 0.035)
    painter.setFont(font)
    painter.setPen(DIM)
    height = QFontMetricsF(font).height() * 1.3
    painter.drawText(QRectF(room.left(), room.top(), room.width(), height),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
    return height


def cloud_layout(words: list, width: float, height: float, base: float, gap: float, counts: bool = True):
    """Lines of (word, pixel size, text width) that fit ``width``; the total height. Without ``counts``
    (kept for the reveal) every word has the base size."""
    fewest = min((w.count for w in words), default=1)
    lines, line, line_w, total = [], [], 0.0, 0.0
    for word in words:
        px = base * (wordcloud.size_factor(word.count, fewest) if counts else 1.0)
        advance = QFontMetricsF(_font(px, True)).horizontalAdvance(word.label)
        if line and line_w + gap + advance > width:
            lines.append(line)
            total += max(p for _, p, _ in line) * 1.25
            line, line_w = [], 0.0
        line.append((word, px, min(advance, width)))
        line_w += (gap if len(line) > 1 else 0) + advance
    if line:
        lines.append(line)
        total += max(p for _, p, _ in line) * 1.25
    return lines, total


def paint_cloud(painter: QPainter, room: QRectF, session, step, screen_height: float) -> dict:
    screen = screen_of(step)
    words = [w for w in wordcloud.cloud_words(step, session.language, released_only=screen.screened) if w.drawn]
    counts = screen.counts_on_projection
    if not counts:  # the counts wait for the reveal: every word the same size, in the order of the alphabet
        words = sorted(words, key=lambda w: w.label.casefold())
    people = len({e.participant_id or "group" for e in (step.cloud.words if step.cloud else [])
                  if e.released or not screen.screened})
    painter.save()
    head = _headline(painter, room, (QCoreApplication.translate("InputPaint", "{0} woorden van {1} deelnemers")
                                     if counts else QCoreApplication.translate(
                                         "InputPaint", "{0} woorden · hoe vaak ze genoemd zijn, komt straks"))
                     .format(len(words), people) if words else "", screen_height)
    body = room.adjusted(0, head, 0, 0)
    drawn: dict = {"sizes": {}, "left_out": 0}
    if not words:
        painter.setFont(_font(screen_height * 0.05))
        painter.setPen(DIM)
        painter.drawText(body, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                         QCoreApplication.translate("InputPaint", "Nog geen woorden. Stuur er een tot drie met je telefoon."))
        painter.restore()
        return drawn
    gap = screen_height * 0.03
    base = screen_height * BASE_WORD
    shown = words
    lines, total = cloud_layout(shown, body.width(), body.height(), base, gap, counts)
    while total > body.height() and base > screen_height * MIN_WORD:
        base = max(screen_height * MIN_WORD, base * 0.92)
        lines, total = cloud_layout(shown, body.width(), body.height(), base, gap, counts)
    while total > body.height() and len(shown) > 1:  # the least-named words go; one line says how many
        shown = shown[:-1]
        lines, total = cloud_layout(shown, body.width(), body.height() * 0.9, base, gap, counts)
        total += screen_height * 0.05
    y = body.top() + max(0.0, (body.height() - total) / 2)
    number = 0
    for line in lines:
        line_h = max(px for _, px, _ in line) * 1.25
        width = sum(w for _, _, w in line) + gap * (len(line) - 1)
        x = body.left() + (body.width() - width) / 2
        for word, px, advance in line:
            font = _font(px, True)
            painter.setFont(font)
            painter.setPen(WORD_COLOURS[number % len(WORD_COLOURS)])
            painter.drawText(QRectF(x, y, advance, line_h), Qt.AlignmentFlag.AlignCenter, word.label)
            drawn["sizes"][word.label] = float(font.pixelSize())
            x += advance + gap
            number += 1
        y += line_h
    left_out = len(words) - len(shown)
    if left_out:
        painter.setFont(_font(screen_height * 0.035))
        painter.setPen(DIM)
        painter.drawText(QRectF(body.left(), y, body.width(), screen_height * 0.05), Qt.AlignmentFlag.AlignCenter,
                         QCoreApplication.translate("InputPaint", "en nog {0} woorden").format(left_out))
    drawn["left_out"] = left_out
    painter.restore()
    return drawn


# --- the rating scale -------------------------------------------------------------------------------
def row_label(number: int, text: str) -> str:
    """'3. Zingeving'; a row that is numbered already ('3. Organiseer ...') keeps its own number."""
    return text if re.match(r"^\s*\d+[.)]", text) else f"{number}. {text}"


def _elided(text: str, font: QFont, width: float) -> str:
    return QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)


def wrap_words(text: str, font: QFont, width: float) -> list[str] | None:
    """``text`` in lines of whole words that each fit ``width``; None when one word alone is wider."""
    metrics = QFontMetricsF(font)
    lines: list[str] = []
    for word in text.split():
        if metrics.horizontalAdvance(word) > width:
            return None
        if lines and metrics.horizontalAdvance(lines[-1] + " " + word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def fit_label(text: str, width: float, height: float, screen_height: float) -> tuple[QFont, list[str]]:
    """A row's name in full: wrapped over as many lines as ``height`` holds, the letters shrinking from
    ``ROW_TEXT`` to ``ROW_TEXT_MIN`` of the screen height until it fits. Only a name that does not fit even
    then ends in '…' (on its last line)."""
    px, floor = screen_height * ROW_TEXT, screen_height * ROW_TEXT_MIN
    while True:
        font = _font(px)
        lines = wrap_words(text, font, width)
        if lines is not None and len(lines) * QFontMetricsF(font).lineSpacing() <= height:
            return font, lines
        if px <= floor:
            break
        px = max(floor, px * 0.94)
    room = max(1, int(height // QFontMetricsF(font).lineSpacing()))
    lines = wrap_words(text, font, width) or [text]
    if len(lines) > room:
        lines = lines[:room - 1] + [_elided(" ".join(lines[room - 1:]), font, width)]
    return font, [_elided(line, font, width) for line in lines]


def _draw_label(painter: QPainter, box: QRectF, font: QFont, lines: list[str]) -> None:
    """The lines of a row's name, left-aligned, centred together in ``box`` (height)."""
    painter.setFont(font)
    spacing = QFontMetricsF(font).lineSpacing()
    y = box.top() + (box.height() - spacing * len(lines)) / 2
    for line in lines:
        painter.drawText(QRectF(box.left(), y, box.width(), spacing),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
        y += spacing


def paint_scale(painter: QPainter, room: QRectF, session, step, screen_height: float) -> dict:
    """Every mark of every row as a dot on a 0-10 strip (never only a middle), the median as a line, last
    time's median as a hollow orange diamond; beside it, with three rows or more, the spider web of the
    group's medians (and last time's, dashed)."""
    spread = ratings.spreads(step)
    drawn: dict = {"rows": {}, "web": False, "kept": False}
    if spread and not screen_of(step).counts_on_projection:  # the marks wait for the reveal
        return paint_scale_kept(painter, room, step, spread, screen_height, drawn)
    painter.save()
    people = len({r.participant_id for r in (step.scale.ratings if step.scale else [])})
    before = step.scale.before if step.scale is not None else None
    head = QCoreApplication.translate("InputPaint", "{0} deelnemers gaven een cijfer · ● cijfer · | midden (mediaan)").format(people)
    if before is not None:
        head += QCoreApplication.translate("InputPaint", " · ◇ vorige keer ({0})").format(before.title)
    head_h = _headline(painter, room, head, screen_height)
    body = room.adjusted(0, head_h, 0, 0)
    if not spread:
        painter.setFont(_font(screen_height * 0.045))
        painter.setPen(DIM)
        painter.drawText(body, Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("InputPaint", "Deze schaal heeft nog geen vragen."))
        painter.restore()
        return drawn
    web = len(spread) >= 3
    strips = QRectF(body.left(), body.top(), body.width() * (0.62 if web else 1.0), body.height())
    row_h = min(strips.height() / (len(spread) + 0.6), screen_height * 0.13)
    label_w = strips.width() * LABEL_COLUMN
    axis_left = strips.left() + label_w + screen_height * 0.02
    axis_right = strips.right() - screen_height * 0.02
    step_w = (axis_right - axis_left) / (SCALE_MAX - SCALE_MIN)
    x_of = lambda value: axis_left + (value - SCALE_MIN) * step_w  # noqa: E731
    # the numbers 0..10 once, above the first strip
    painter.setFont(_font(screen_height * 0.024))
    painter.setPen(DIM)
    top = strips.top()
    for value in range(SCALE_MIN, SCALE_MAX + 1):
        painter.drawText(QRectF(x_of(value) - step_w / 2, top, step_w, row_h * 0.5), Qt.AlignmentFlag.AlignCenter,
                         str(value))
    top += row_h * 0.55
    radius = max(3.0, min(row_h * 0.13, step_w * 0.2, screen_height * 0.012))
    for number, row in enumerate(spread, 1):
        band = QRectF(strips.left(), top + (number - 1) * row_h, strips.width(), row_h)
        middle = band.center().y()
        painter.setPen(TEXT)
        label_font, label_lines = fit_label(row_label(number, row.row.text), label_w, row_h * 0.9, screen_height)
        _draw_label(painter, QRectF(band.left(), band.top(), label_w, row_h), label_font, label_lines)
        painter.setPen(QPen(GRID, max(1.0, screen_height * 0.0015)))
        painter.drawLine(QPointF(axis_left, middle), QPointF(axis_right, middle))
        # every mark a dot; equal marks stacked up and down from the line, a number when they do not fit
        stack_room = max(1, int((row_h * 0.8) // (radius * 2.2)))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(DOT)
        for value, count in enumerate(row.histogram(), SCALE_MIN):
            shown = min(count, stack_room)
            for i in range(shown):
                offset = ((i + 1) // 2) * (1 if i % 2 else -1) * radius * 2.2
                painter.drawEllipse(QPointF(x_of(value), middle + offset), radius, radius)
            if count > shown:
                painter.setPen(TEXT)
                painter.setFont(_font(screen_height * 0.02, True))
                painter.drawText(QRectF(x_of(value) - step_w / 2, band.top(), step_w, row_h * 0.25),
                                 Qt.AlignmentFlag.AlignCenter, f"{count}×")
                painter.setPen(Qt.PenStyle.NoPen)
        if row.median is not None:
            painter.setPen(QPen(MEDIAN, max(2.0, screen_height * 0.003)))
            painter.drawLine(QPointF(x_of(row.median), middle - row_h * 0.38),
                             QPointF(x_of(row.median), middle + row_h * 0.38))
        if row.median_before is not None:
            size = radius * 1.6
            x = x_of(row.median_before)
            painter.setPen(QPen(BEFORE, max(2.0, screen_height * 0.0025)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolygon(QPolygonF([QPointF(x, middle - size), QPointF(x + size, middle),
                                           QPointF(x, middle + size), QPointF(x - size, middle)]))
        painter.setBrush(DOT)
        drawn["rows"][row.row.text] = {"dots": sum(min(c, stack_room) for c in row.histogram()), "marks": row.count,
                                       "median": row.median, "label_px": float(label_font.pixelSize())}
    if web:
        side = min(body.width() - strips.width(), body.height()) * 0.86
        centre = QPointF(strips.right() + (body.width() - strips.width()) / 2, body.center().y())
        paint_web(painter, centre, side / 2, [s.median for s in spread], [s.median_before for s in spread],
                  screen_height, dark=True)
        drawn["web"] = True
    painter.restore()
    return drawn


def paint_scale_kept(painter: QPainter, room: QRectF, step, spread, screen_height: float, drawn: dict) -> dict:
    """The scale before the reveal: the questions, and how many marked each, no marks."""
    painter.save()
    people = len({r.participant_id for r in step.scale.ratings})
    head_h = _headline(painter, room, QCoreApplication.translate(
        "InputPaint", "{0} deelnemers gaven een cijfer · de uitslag komt straks").format(people), screen_height)
    body = room.adjusted(0, head_h, 0, 0)
    row_h = min(body.height() / (len(spread) + 0.5), screen_height * 0.1)
    label_w = body.width() * 0.68
    for number, row in enumerate(spread, 1):
        band = QRectF(body.left(), body.top() + (number - 1) * row_h, body.width(), row_h)
        painter.setPen(TEXT)
        font, lines = fit_label(row_label(number, row.row.text), label_w, row_h * 0.9, screen_height)
        _draw_label(painter, QRectF(band.left(), band.top(), label_w, row_h), font, lines)
        painter.setFont(_font(screen_height * ROW_TEXT))
        painter.setPen(DIM)
        painter.drawText(band, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         QCoreApplication.translate("InputPaint", "{0} cijfers").format(row.count))
        drawn["rows"][row.row.text] = {"dots": 0, "marks": row.count, "median": None,
                                       "label_px": float(font.pixelSize())}
    drawn["kept"] = True
    painter.restore()
    return drawn


def web_point(centre: QPointF, radius: float, index: int, count: int, value: float) -> QPointF:
    angle = -math.pi / 2 + 2 * math.pi * index / count
    r = radius * (value - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)
    return QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))


def paint_web(painter: QPainter, centre: QPointF, radius: float, group: list, before: list,
              screen_height: float, dark: bool = True) -> None:
    """The spider web: an axis per row (numbered as the strips), rings at 5 and 10, the group's medians
    filled, last time's dashed. A row without marks counts as 0 in the shape (its axis says '–')."""
    count = len(group)
    painter.save()
    ring = QPen(GRID, max(1.0, screen_height * 0.0012))
    painter.setPen(ring)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for value in (5, 10):
        painter.drawPolygon(QPolygonF([web_point(centre, radius, i, count, value) for i in range(count)]))
    for i in range(count):
        painter.drawLine(centre, web_point(centre, radius, i, count, SCALE_MAX))
    painter.setFont(_font(screen_height * 0.026, True))
    painter.setPen(TEXT if dark else QColor("#1b1b1b"))
    for i, value in enumerate(group):
        at = web_point(centre, radius * 1.12, i, count, SCALE_MAX)
        painter.drawText(QRectF(at.x() - 40, at.y() - 20, 80, 40), Qt.AlignmentFlag.AlignCenter, str(i + 1))
    pen = QPen(BEFORE, max(2.0, screen_height * 0.0025))
    if before and all(v is not None for v in before):  # last time's shape only when every row has one
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawPolygon(QPolygonF([web_point(centre, radius, i, count, v) for i, v in enumerate(before)]))
    else:  # else a hollow diamond on each row that had marks then
        painter.setPen(pen)
        size = screen_height * 0.01
        for i, v in enumerate(before):
            if v is not None:
                at = web_point(centre, radius, i, count, v)
                painter.drawPolygon(QPolygonF([QPointF(at.x(), at.y() - size), QPointF(at.x() + size, at.y()),
                                               QPointF(at.x(), at.y() + size), QPointF(at.x() - size, at.y())]))
    fill = QColor(DOT)
    fill.setAlpha(90)
    painter.setBrush(QBrush(fill))
    painter.setPen(QPen(DOT, max(2.0, screen_height * 0.003)))
    painter.drawPolygon(QPolygonF([web_point(centre, radius, i, count, v or 0) for i, v in enumerate(group)]))
    painter.restore()


# --- the idea wall ----------------------------------------------------------------------------------
NOTE = QColor("#fff4c2")  # a sticky note: dark text on light yellow
NOTE_PINNED = QColor("#d8ecff")
NOTE_INK = QColor("#1b1b1b")
IDEA_TEXT = 0.032  # an idea's letters: 35 px on a 1080p beamer


def paint_wall(painter: QPainter, room: QRectF, session, step, screen_height: float) -> dict:
    """The ideas as notes in a grid, most votes first, each with its votes; pinned ones light blue with a
    pin. "Only pinned" shows just those. What does not fit is summed up in one line."""
    screen = screen_of(step)
    standing = ideas.wall(step, released_only=screen.screened, with_hidden=False)
    counts = screen.counts_on_projection
    if not counts:  # the votes wait for the reveal: the ideas in the order they came, without numbers
        order = {idea.id: i for i, idea in enumerate(step.wall.ideas)} if step.wall is not None else {}
        standing = sorted(standing, key=lambda w: order.get(w.id, 0))
    only_pinned = step.wall is not None and step.wall.only_pinned
    if only_pinned:
        standing = [w for w in standing if w.idea.pinned]
    drawn: dict = {"ideas": [], "left_out": 0, "text_px": 0.0}
    painter.save()
    total = sum(v.count for v in step.votes)
    head = (QCoreApplication.translate("InputPaint", "Vastgepinde ideeën") if only_pinned else
            QCoreApplication.translate("InputPaint", "{0} ideeën · {1} stemmen").format(len(standing), total) if counts
            else QCoreApplication.translate("InputPaint", "{0} ideeën · de stemmen komen straks").format(len(standing)))
    head_h = _headline(painter, room, head, screen_height)
    body = room.adjusted(0, head_h, 0, 0)
    if not standing:
        painter.setFont(_font(screen_height * 0.045))
        painter.setPen(DIM)
        painter.drawText(body, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                         QCoreApplication.translate("InputPaint", "Nog geen vastgepinde ideeën.") if only_pinned else
                         QCoreApplication.translate("InputPaint", "Nog geen ideeën. Zet je idee op de muur met je "
                                                                  "telefoon."))
        painter.restore()
        return drawn
    columns = 3 if len(standing) > 4 else 2 if len(standing) > 1 else 1
    gap = screen_height * 0.02
    note_w = (body.width() - gap * (columns - 1)) / columns
    rows = 3 if len(standing) > 2 * columns else 2 if len(standing) > columns else 1
    note_h = (body.height() - gap * (rows - 1)) / rows
    fitting = columns * rows
    shown = standing if len(standing) <= fitting else standing[:fitting - 1]
    font = _font(screen_height * IDEA_TEXT)
    badge_font = _font(screen_height * 0.03, True)
    pad = screen_height * 0.015
    for index, item in enumerate(shown):
        x = body.left() + (index % columns) * (note_w + gap)
        y = body.top() + (index // columns) * (note_h + gap)
        note = QRectF(x, y, note_w, note_h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(NOTE_PINNED if item.idea.pinned else NOTE)
        painter.drawRoundedRect(note, pad, pad)
        badge = ("★  " if item.idea.pinned else "") + (f"▲ {item.votes}" if counts else "")
        painter.setFont(badge_font)
        painter.setPen(NOTE_INK)
        badge_h = QFontMetricsF(badge_font).height() * 1.2
        painter.drawText(QRectF(x + pad, y + note_h - badge_h - pad * 0.5, note_w - 2 * pad, badge_h),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, badge)
        text_room = QRectF(x + pad, y + pad, note_w - 2 * pad, note_h - badge_h - 2 * pad)
        size = screen_height * IDEA_TEXT
        while size > screen_height * 0.022 and QFontMetricsF(_font(size)).boundingRect(
                text_room.toRect(), int(Qt.TextFlag.TextWordWrap), item.idea.text).height() > text_room.height():
            size *= 0.93
        font = _font(size)
        painter.setFont(font)
        elided = item.idea.text
        metrics = QFontMetricsF(font)
        while len(elided) > 3 and metrics.boundingRect(text_room.toRect(), int(Qt.TextFlag.TextWordWrap),
                                                       elided).height() > text_room.height():
            elided = elided[:-4].rstrip() + "…"
        painter.drawText(text_room, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                         elided)
        drawn["ideas"].append((item.idea.text, item.votes, float(font.pixelSize())))
    left_out = len(standing) - len(shown)
    if left_out:
        index = len(shown)
        x = body.left() + (index % columns) * (note_w + gap)
        y = body.top() + (index // columns) * (note_h + gap)
        painter.setFont(_font(screen_height * 0.035))
        painter.setPen(DIM)
        painter.drawText(QRectF(x, y, note_w, note_h), Qt.AlignmentFlag.AlignCenter,
                         QCoreApplication.translate("InputPaint", "en nog {0} ideeën").format(left_out))
    drawn["left_out"] = left_out
    drawn["text_px"] = min(px for _, _, px in drawn["ideas"])
    painter.restore()
    return drawn

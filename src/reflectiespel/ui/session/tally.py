"""The result of a round of choosing or voting, painted for the room: one bar per card, most first.

One colour for every bar (no red/green pairs), a count in digits beside it, and dividers in the bar
so each vote reads as a dot. Text scales with the projection's height: on a 1080p beamer the card
titles are at least 36 px; what does not fit is summed up in one line instead of shrinking further.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from ...core.board.crowd import is_crowd
from ...core.sessions.tally import Tally, TallyRow

BAR = QColor("#56b4e9")  # Okabe & Ito sky blue: clear on the dark room colour, safe for colour blindness
DIVIDER = QColor("#202124")
TEXT = QColor("#f5f5f5")
DIM = QColor("#c8c8c8")
LARGEST, SMALLEST = 0.056, 0.034  # row text as a fraction of the screen height (0.034 × 1080 ≈ 37 px)


def _votes(n: int) -> str:
    """'1 stem', '4 stemmen'. Literal translate() calls: pyside6-lupdate sees no strings behind a wrapper."""
    if n == 1:
        return QCoreApplication.translate("Tally", "{0} stem").format(n)
    return QCoreApplication.translate("Tally", "{0} stemmen").format(n)


def _people(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("Tally", "{0} deelnemer").format(n)
    return QCoreApplication.translate("Tally", "{0} deelnemers").format(n)


def _font(px: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(8, round(px)))
    font.setBold(bold)
    return font


def crowded(tally: Tally) -> bool:
    """A hall: one dot per vote cannot be counted any more; each bar says what share of the room it has."""
    return is_crowd(tally.people)


def share(row: TallyRow, tally: Tally) -> str:
    """'62 %': the share of the participants who gave this card at least one vote (or chose it)."""
    return QCoreApplication.translate("Tally", "{0} %").format(round(100 * len(row.by) / max(1, tally.people)))


def headline(tally: Tally) -> str:
    if tally.kind == "votes":
        return QCoreApplication.translate("Tally", "Uitslag: {0} · {1}").format(_votes(tally.total),
                                                 _people(tally.people))
    return QCoreApplication.translate("Tally", "Gekozen door {0}").format(_people(tally.people))


def paint_tally(painter: QPainter, room: QRectF, tally: Tally, screen_height: float) -> tuple[int, float]:
    """Paint the bars inside ``room``; returns how many cards got a bar (the rest is summed up in one
    line) and the text size of the rows in pixels."""
    painter.save()
    painter.setPen(TEXT)
    head_font = _font(screen_height * 0.045, True)
    painter.setFont(head_font)
    head_h = QFontMetricsF(head_font).height() * 1.4
    painter.drawText(QRectF(room.left(), room.top(), room.width(), head_h),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, headline(tally))
    rows = tally.counted
    hall = crowded(tally)
    if hall and rows:  # what the percentages are, once, under the headline
        note_font = _font(screen_height * SMALLEST)
        note_h = QFontMetricsF(note_font).height() * 1.3
        painter.setFont(note_font)
        painter.setPen(DIM)
        painter.drawText(QRectF(room.left(), room.top() + head_h, room.width(), note_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QCoreApplication.translate("Tally", "Per kaart: het aantal stemmen · het deel van de "
                                                             "deelnemers dat erop stemde") if tally.kind == "votes"
                         else QCoreApplication.translate("Tally", "Per kaart: hoe vaak gekozen · het deel van de "
                                                                  "deelnemers"))
        head_h += note_h
    body = QRectF(room.left(), room.top() + head_h, room.width(), room.height() - head_h)
    if not rows:
        painter.setFont(_font(screen_height * 0.045))
        painter.setPen(DIM)
        painter.drawText(body, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         QCoreApplication.translate("Tally", "Nog geen stemmen.") if tally.kind == "votes"
                         else QCoreApplication.translate("Tally", "Nog niemand heeft gekozen."))
        painter.restore()
        return 0, 0.0
    px = screen_height * LARGEST
    while px > screen_height * SMALLEST and len(rows) * px * 1.5 > body.height():
        px *= 0.94
    px = max(px, screen_height * SMALLEST)
    row_h = px * 1.5
    fitting = max(1, int(body.height() // row_h))
    shown = rows if len(rows) <= fitting else rows[:fitting - 1]
    font, bold = _font(px), _font(px, True)
    metrics, bold_metrics = QFontMetricsF(font), QFontMetricsF(bold)
    widest = max(metrics.horizontalAdvance(row.title) for row in shown)
    title_w = min(room.width() * 0.55, max(room.width() * 0.3, widest + px * 0.2))
    counts = {row.target: str(row.total) + (" · " + share(row, tally) if hall else "") for row in shown}
    count_w = max(bold_metrics.horizontalAdvance(text) for text in counts.values()) + px
    bar_left = room.left() + title_w + px * 0.6
    bar_room = room.right() - count_w - bar_left
    most = max(row.total for row in rows)
    for i, row in enumerate(shown):
        top = body.top() + i * row_h
        painter.setFont(font)
        painter.setPen(TEXT)
        title = metrics.elidedText(row.title, Qt.TextElideMode.ElideRight, title_w)
        painter.drawText(QRectF(room.left(), top, title_w, row_h),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, title)
        length = bar_room * row.total / most
        bar = QRectF(bar_left, top + row_h * 0.18, length, row_h * 0.64)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BAR)
        painter.drawRoundedRect(bar, row_h * 0.12, row_h * 0.12)
        unit = length / row.total
        if row.total > 1 and unit >= px * 0.5 and not hall:  # each vote a segment: counting dots stays possible
            painter.setPen(QPen(DIVIDER, max(2.0, px * 0.08)))
            for k in range(1, row.total):
                x = bar.left() + unit * k
                painter.drawLine(x, bar.top(), x, bar.bottom())
        painter.setPen(TEXT)
        painter.setFont(bold)
        painter.drawText(QRectF(bar.right() + px * 0.4, top, count_w, row_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, counts[row.target])
    rest = rows[len(shown):]
    if rest:
        painter.setFont(font)
        painter.setPen(DIM)
        if len(rest) == 1:
            line = QCoreApplication.translate("Tally", "… en nog {0} kaart met minder").format(len(rest))
        else:
            line = QCoreApplication.translate("Tally", "… en nog {0} kaarten met minder").format(len(rest))
        painter.drawText(QRectF(room.left(), body.top() + len(shown) * row_h, room.width(), row_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
    painter.restore()
    return len(shown), px

"""Whose turn it is, in a big label, with 'Ik pas' and 'Volgende spreker'.

The bar shows a TurnState (core/sessions/turns.py) and asks the run page to change it; it holds no state.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from .common import TURN_POINTS, button, label, line_edit, set_points

SPEAKER_LINES = 2  # the speaker's line always has this height: 'Ik pas' stays where it was, turn after turn
SMALLEST = 14  # points: a long name or the end-of-round text shrinks to fit two lines, down to this


class TurnBar(QWidget):
    passed = Signal()
    spoke = Signal(str)  # the short note about what the speaker said (may be empty)
    again = Signal()  # start another round

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("turnBar")
        self.speaker = label("", "turnLabel", TURN_POINTS, bold=True)
        self.speaker.setAccessibleName(self.tr("Wie is er aan de beurt"))
        self.after = label("", "turnUpcoming", 16)
        self.note = line_edit("turnNote", self.tr("Wat zei de spreker? (mag leeg blijven)"),
                              self.tr("Wat zei je? Kort, mag leeg blijven"), 15, 2000)
        self.pass_button = button(self.tr("Ik pas"), "turnPass", 17)
        self.next_button = button(self.tr("Volgende spreker"), "turnNext", 17)
        self.again_button = button(self.tr("Nog een rondje"), "turnAgain", 15,
                                   self.tr("Nog een rondje: iedereen krijgt opnieuw een beurt"))
        self.next_button.setDefault(True)
        # as wide as its longest text from the start: the column does not widen for the last speaker
        metrics = QFontMetrics(self.next_button.font())
        self.next_button.setMinimumWidth(max(metrics.horizontalAdvance(text) for text in (
            self.tr("Klaar"), self.tr("Volgende spreker"), self.tr("Laatste spreker klaar"))) + 24)
        self.speaker.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.speaker.setFixedHeight(SPEAKER_LINES * QFontMetrics(self.speaker.font()).lineSpacing())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.speaker)
        layout.addWidget(self.note)
        row = QHBoxLayout()
        row.addWidget(self.pass_button)
        row.addWidget(self.next_button, 1)
        layout.addLayout(row)
        layout.addWidget(self.again_button)
        layout.addWidget(self.after)  # below the buttons: a longer or shorter list never moves them
        layout.addStretch(1)
        self.pass_button.clicked.connect(self.passed)
        self.next_button.clicked.connect(self._spoke)
        self.note.returnPressed.connect(self._spoke)
        self.again_button.clicked.connect(self.again)

    def _fit_speaker(self) -> None:
        """The largest size up to TURN_POINTS at which the text fits the speaker's two lines."""
        text, width, room = self.speaker.text(), max(100, self.speaker.width()), self.speaker.height()
        points = TURN_POINTS
        while points > SMALLEST:
            font = self.speaker.font()
            font.setPointSizeF(points)
            needed = QFontMetrics(font).boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text)
            if needed.height() <= room and needed.width() <= width:
                break
            points -= 2
        set_points(self.speaker, points, bold=True)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_speaker()

    def _spoke(self) -> None:
        text = self.note.text()
        self.note.clear()
        self.spoke.emit(text)

    def show_turn(self, speaker: str | None, upcoming: list[str], alone: bool, over_text: str) -> None:
        speaking = speaker is not None
        if speaking:
            self.speaker.setText(self.tr("Jij bent aan de beurt") if alone
                                 else self.tr("%1 is aan de beurt").replace("%1", speaker))
        else:
            self.speaker.setText(over_text)
        self.speaker.setAccessibleDescription(self.speaker.text())
        self._fit_speaker()
        self.after.setText(self.tr("Daarna: %1").replace("%1", ", ".join(upcoming)) if speaking and upcoming else "")
        self.after.setVisible(bool(self.after.text()))
        self.note.setVisible(speaking)
        self.note.setPlaceholderText(self.tr("Wat zei %1? Kort, mag leeg blijven").replace("%1", speaker or "")
                                     if speaking and not alone else self.tr("Wat wil je onthouden? Mag leeg blijven"))
        self.pass_button.setVisible(speaking)
        self.next_button.setVisible(speaking)
        self.next_button.setText(self.tr("Klaar") if alone else
                                 (self.tr("Volgende spreker") if upcoming else self.tr("Laatste spreker klaar")))
        self.next_button.setAccessibleName(self.next_button.text())
        self.again_button.setVisible(not speaking)

"""The step's timer: a countdown label with pause/continue and +1 minute. It never blocks moving on.

A QTimer calls ``tick()`` once a second; tests call ``tick()`` themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ..theme import set_ink
from .common import button, label

WARNING_FRACTION = 0.2


def clock_text(seconds: int) -> str:
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    return f"{sign}{seconds // 60}:{seconds % 60:02d}"


class StepTimer(QWidget):
    finished = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("togetherTimer")
        self.total = 0
        self.left = 0
        self.running = False
        self.display = label("", "timerLabel", 28, bold=True, wrap=False)
        self.display.setAccessibleName(self.tr("Tijd over"))
        self.display.setMinimumWidth(120)
        self.pause_button = button(self.tr("Pauze"), "timerPause", accessible=self.tr("Pauze"))
        self.pause_button.setToolTip(self.tr("Klok pauzeren of verder laten lopen"))
        self.more_button = button(self.tr("+1 min"), "timerMore", accessible=self.tr("+1 min: één minuut erbij"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.display)
        layout.addWidget(self.pause_button)
        layout.addWidget(self.more_button)
        self.pause_button.clicked.connect(self.toggle)
        self.more_button.clicked.connect(self.add_minute)
        self.clock = QTimer(self)
        self.clock.setInterval(1000)
        self.clock.timeout.connect(self.tick)
        self.set_minutes(0)

    def set_minutes(self, minutes: int, start: bool = True) -> None:
        self.total = self.left = max(0, minutes) * 60
        self.running = start and self.total > 0
        self.setVisible(self.total > 0)
        self._sync()

    def toggle(self) -> None:
        self.running = not self.running and self.total > 0
        self._sync()

    def add_minute(self) -> None:
        self.total += 60
        self.left += 60
        self._sync()

    def stop(self) -> None:
        self.running = False
        self._sync()

    def tick(self) -> None:
        if not self.running:
            return
        self.left -= 1
        if self.left == 0:
            self.finished.emit()
        self._sync()

    def _sync(self) -> None:
        if self.running and not self.clock.isActive():
            self.clock.start()
        elif not self.running and self.clock.isActive():
            self.clock.stop()
        over = self.left <= 0 and self.total > 0
        text = self.tr("Tijd!") if over and self.left > -3 else clock_text(self.left)
        self.display.setText(text)
        self.display.setAccessibleDescription(clock_text(self.left))
        set_ink(self.display, "error" if over else ("warning" if self.left <= self.total * WARNING_FRACTION else "good"))
        self.pause_button.setText(self.tr("Pauze") if self.running else self.tr("Verder"))
        self.pause_button.setAccessibleName(self.pause_button.text())  # its name is what it says

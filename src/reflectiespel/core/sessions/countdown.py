"""A step's timer as plain Python: start, pause, +1 minute, reset; the clock is passed in."""

from __future__ import annotations

import time
from collections.abc import Callable

WARNING_FRACTION = 0.2  # the timer changes colour when a fifth of the time is left


class Countdown:
    def __init__(self, seconds: float = 0.0, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
        self.total = float(seconds)
        self._left = float(seconds)  # seconds left at the moment the timer last stopped or started
        self._started: float | None = None
        self.speed = 1.0  # 10 in a rehearsal: the clock runs ten times as fast

    @property
    def running(self) -> bool:
        return self._started is not None

    @property
    def remaining(self) -> float:
        """Seconds left; negative once past zero (the timer keeps counting so people see how late)."""
        if self._started is None:
            return self._left
        return self._left - (self.clock() - self._started) * self.speed

    @property
    def warning(self) -> bool:
        return self.total > 0 and 0 < self.remaining <= self.total * WARNING_FRACTION

    @property
    def finished(self) -> bool:
        return self.total > 0 and self.remaining <= 0

    def start(self) -> None:
        if self._started is None and self.total > 0:
            self._started = self.clock()

    def pause(self) -> None:
        if self._started is not None:
            self._left = self.remaining
            self._started = None

    def set_speed(self, speed: float) -> None:
        """Run faster (a rehearsal) or at normal speed again, from the time left now."""
        running = self.running
        self.pause()
        self.speed = float(speed)
        if running:
            self.start()

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def add(self, seconds: float = 60.0) -> None:
        self.total += seconds
        self._left += seconds

    def reset(self, seconds: float | None = None) -> None:
        if seconds is not None:
            self.total = float(seconds)
        self._left = self.total
        self._started = None

    def text(self) -> str:
        """'4:59', or '-0:12' when past zero."""
        left = self.remaining
        whole = int(-left) if left < 0 else int(left + 0.999)
        sign = "-" if left < 0 and whole > 0 else ""
        return f"{sign}{whole // 60}:{whole % 60:02d}"

"""The step's clock on every phone (issue #29.5). Plain Python, no Qt.

The facilitator's window owns the clock (core/sessions/countdown.py); the hub keeps what phones need to show it:
the step's total, whether it runs, at what speed (ten times as fast in a rehearsal), whether a soft sound
is wanted at zero (``sound``, off unless the facilitator turns it on), and either the seconds left (paused)
or the laptop's monotonic moment it reaches zero (running). ``update`` says whether that changed enough to
tell the phones: the window reports its clock five times a second while it runs, phones only hear about a
start, a pause, a minute more, a reset or another step. Each phone's state carries the seconds left at the
moment it is sent (``for_phone``), and the phone counts down from there itself.
"""

from __future__ import annotations

import time
from collections.abc import Callable

DRIFT = 1.0  # seconds a running clock may move before phones are told again (a minute more, a reset)


class PhoneClock:
    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self.now = clock
        self.total = 0.0
        self.running = False
        self.speed = 1.0
        self.sound = False
        self.left = 0.0  # seconds left while paused
        self.ends = 0.0  # the monotonic moment the clock reaches zero while running
        self.seq = 0  # counts the changes phones were told about

    def update(self, total: float, remaining: float, running: bool, sound: bool, speed: float = 1.0) -> bool:
        """The window's clock now; True when phones should hear of it."""
        now = self.now()
        ends = now + max(0.0, remaining) / max(speed, 0.01)
        same = (total == self.total and running == self.running and sound == self.sound and speed == self.speed
                and (abs(ends - self.ends) < DRIFT if running else abs(remaining - self.left) < 0.5))
        self.total, self.running, self.sound, self.speed = float(total), bool(running), bool(sound), float(speed)
        self.left, self.ends = max(0.0, float(remaining)), ends
        if not same:
            self.seq += 1
        return not same

    def public(self) -> dict:
        """What goes into the picture phones read: stable between changes (no time in it that moves)."""
        return {"total": self.total, "running": self.running, "speed": self.speed, "sound": self.sound,
                "left": self.left, "ends": self.ends if self.running else None, "seq": self.seq}

    def for_phone(self, public: dict | None) -> dict | None:
        """The clock as one phone gets it, with the seconds left right now; None without a clock."""
        if not public or public.get("total", 0) <= 0:
            return None
        left = public["left"]
        if public["running"] and public["ends"] is not None:
            left = max(0.0, (public["ends"] - self.now()) * public["speed"])
        return {"total": round(public["total"]), "left": round(left, 1), "running": public["running"],
                "speed": public["speed"], "sound": public["sound"], "seq": public["seq"]}

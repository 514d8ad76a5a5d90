"""A rehearsal: the facilitator runs the whole agenda before the day with the clock ten times as fast, and
sees afterwards how the time worked out per step: planned, used, and where it ran over. No Qt.

The rehearsal is not part of the session: nothing of it is saved, and the session's own clock is untouched
once it ends.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from collections.abc import Callable

SPEED = 10  # rehearsal seconds pass ten times as fast


@dataclass
class StepTime:
    step_id: str
    title: str
    planned: float  # minutes
    used: float = 0.0  # minutes on the day (rehearsal time × SPEED)


@dataclass
class Rehearsal:
    clock: Callable[[], float] = time.monotonic
    speed: float = SPEED
    times: list[StepTime] = field(default_factory=list)
    _current: StepTime | None = None
    _since: float = 0.0

    def enter(self, step_id: str, title: str, planned_minutes: float) -> None:
        """The rehearsal is now at this step (again): its time runs from here."""
        self._stop()
        found = next((t for t in self.times if t.step_id == step_id), None)
        if found is None:
            found = StepTime(step_id, title, float(planned_minutes))
            self.times.append(found)
        self._current, self._since = found, self.clock()

    def _stop(self) -> None:
        if self._current is not None:
            self._current.used += (self.clock() - self._since) * self.speed / 60.0
            self._current = None

    def finish(self) -> list[StepTime]:
        self._stop()
        return self.times

    @property
    def planned(self) -> float:
        return sum(t.planned for t in self.times)

    @property
    def used(self) -> float:
        running = (self.clock() - self._since) * self.speed / 60.0 if self._current is not None else 0.0
        return sum(t.used for t in self.times) + running

    def report(self, agenda: list[str] | None = None) -> list[str]:
        """Dutch lines: the total, each step that ran over by a minute or more, and the steps (titles in
        ``agenda``) the rehearsal never reached."""
        from ..base.i18n import translate

        lines = [translate("Rehearsal", "Oefenronde: {0} van de {1} geplande minuten gebruikt.").format(
            round(self.used), round(self.planned))]
        for t in self.times:
            if t.planned and t.used - t.planned >= 1:
                lines.append(translate("Rehearsal", "'{0}' liep uit: {1} minuten in plaats van {2}.").format(
                    t.title, round(t.used), round(t.planned)))
        skipped = [title for title in (agenda or []) if title not in {t.title for t in self.times}]
        if skipped:
            lines.append(translate("Rehearsal", "Niet geoefend: {0}.").format(", ".join(skipped)))
        return lines

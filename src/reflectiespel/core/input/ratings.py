"""The rating scale (issue #29.4): a question per row, everyone marks each row 0 to 10 from a phone or the
console's grid; the room sees the spread per row (every mark as a dot, never only an average) and a spider
web of the group; each phone sees its own web beside the group's. Compared with last time: the marks the
same group gave the same rows in its last session (``last_time``). No Qt.

Rows come from the werkvorm (``rows:``, or the cards of its ``deck``: the five bouwstenen, the six
dimensions of Positieve Gezondheid) or are added by the facilitator. A person has one mark per row; a new
mark replaces the old one (undo brings the old one back).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Iterable

from ..base.i18n import translate
from ..sessions.session_ops import Edit, _apply, _build, _group, _insert, _remove
from ..sessions.sessionparts import SessionError, Step, clean_text
from ..sessions.stepinput import CONSOLE, MAX_ROWS, SCALE_MAX, SCALE_MIN, Rating, RatingRow, RatingsBefore, RatingScale


@dataclass
class Spread:
    """The marks of one row: every value (sorted), how many, the median, the lowest and the highest."""

    row: RatingRow
    values: list[int]
    before: list[int]  # last time's marks for this row ([] when there were none)

    @property
    def count(self) -> int:
        return len(self.values)

    @property
    def median(self) -> float | None:
        return statistics.median(self.values) if self.values else None

    @property
    def lowest(self) -> int | None:
        return min(self.values) if self.values else None

    @property
    def highest(self) -> int | None:
        return max(self.values) if self.values else None

    @property
    def median_before(self) -> float | None:
        return statistics.median(self.before) if self.before else None

    def histogram(self) -> list[int]:
        """How many marks each value 0..10 got."""
        counts = [0] * (SCALE_MAX - SCALE_MIN + 1)
        for value in self.values:
            counts[value - SCALE_MIN] += 1
        return counts


def spreads(step: Step) -> list[Spread]:
    scale = step.scale
    if scale is None:
        return []
    before = scale.before.values if scale.before is not None else {}
    return [Spread(row, sorted(r.value for r in scale.ratings if r.row == row.id), list(before.get(row.id, [])))
            for row in scale.rows]


def mine(step: Step, participant_id: str | None) -> dict[str, int]:
    """row id -> this person's mark."""
    if step.scale is None or participant_id is None:
        return {}
    return {r.row: r.value for r in step.scale.ratings if r.participant_id == participant_id}


def fmt(value: float | None) -> str:
    """A median for people: '7', '6,5' (or '6.5' in English), '–' for none."""
    if value is None:
        return "–"
    text = f"{value:g}" if float(value).is_integer() else f"{value:.1f}"
    return text.replace(".", translate("Ratings", ","))


# --- changes (each one undoable) -------------------------------------------------------------------
def _ensure(step: Step) -> tuple[RatingScale, list[Edit]]:
    if step.scale is not None:
        return step.scale, []
    scale = RatingScale()

    def redo():
        step.scale = scale

    def undo():
        step.scale = None
    return scale, [_apply("", redo, undo, scale)]


def rate(session, step_id: str, participant_id: str, row_id: str, value: int, via: str = CONSOLE) -> Edit:
    """Set one person's mark on one row (a mark already there is replaced, and comes back on undo)."""
    step = session.step(step_id)
    session.participant(participant_id)
    scale = step.scale
    if scale is None or not any(row.id == row_id for row in scale.rows):
        raise SessionError(translate("Ratings", "Deze vraag staat niet (meer) op de schaal."))
    if isinstance(value, bool) or not isinstance(value, int) or not SCALE_MIN <= value <= SCALE_MAX:
        raise SessionError(translate("Ratings", "Geef een cijfer van {0} tot en met {1}.").format(SCALE_MIN, SCALE_MAX))
    old = next((r for r in scale.ratings if r.participant_id == participant_id and r.row == row_id), None)
    rating = _build(Rating, participant_id=participant_id, row=row_id, value=value, via=via)
    text = translate("Ratings", "Cijfer geven")
    if old is None:
        return _insert(text, scale.ratings, rating)

    def put(new, gone):
        scale.ratings[scale.ratings.index(gone)] = new
    return _apply(text, lambda: put(rating, old), lambda: put(old, rating), rating)


def clear_rating(session, step_id: str, participant_id: str, row_id: str) -> Edit:
    step = session.step(step_id)
    scale = step.scale
    old = next((r for r in (scale.ratings if scale else []) if r.participant_id == participant_id
                and r.row == row_id), None)
    if old is None:
        raise SessionError(translate("Ratings", "Hier staat geen cijfer."))
    return _remove(translate("Ratings", "Cijfer weghalen"), scale.ratings, old)


def add_row(session, step_id: str, text: str, row_id: str | None = None) -> Edit:
    """A question more on the step's scale (at the end)."""
    step = session.step(step_id)
    text = " ".join(clean_text(text, one_line=True).split())
    if not text:
        raise SessionError(translate("Ratings", "Typ eerst de vraag."))
    rows = step.scale.rows if step.scale is not None else []
    if len(rows) >= MAX_ROWS:
        raise SessionError(translate("Ratings", "Een schaal heeft hoogstens {0} vragen.").format(MAX_ROWS))
    row = _build(RatingRow, **({"text": text} if row_id is None else {"text": text, "id": row_id}))
    if any(r.id == row.id or _row_key(r.text) == _row_key(text) for r in rows):
        raise SessionError(translate("Ratings", "Deze vraag staat al op de schaal."))
    scale, edits = _ensure(step)  # only now: a refusal above leaves the step as it was
    edits.append(_insert("", scale.rows, row))
    return _group(translate("Ratings", "Vraag toevoegen"), edits, row)


def remove_row(session, step_id: str, row_id: str) -> Edit:
    """Take a question off the scale, with its marks (undo brings both back)."""
    step = session.step(step_id)
    scale = step.scale
    row = next((r for r in (scale.rows if scale else []) if r.id == row_id), None)
    if row is None:
        raise SessionError(translate("Ratings", "Deze vraag staat niet (meer) op de schaal."))
    edits = [_remove("", scale.ratings, r) for r in [r for r in scale.ratings if r.row == row_id]]
    edits.append(_remove("", scale.rows, row))
    return _group(translate("Ratings", "Vraag weghalen"), edits, row)


# --- last time ------------------------------------------------------------------------------------
def _row_key(text: str) -> str:
    from .wordcloud import word_key

    return word_key(text)


def matching_step(earlier, step: Step) -> Step | None:
    """The rating step of an earlier session that shares most rows with this one (by id or by text)."""
    if step.scale is None:
        return None
    ours = {r.id for r in step.scale.rows} | {_row_key(r.text) for r in step.scale.rows}
    best, shared = None, 0
    for other in earlier.steps:
        if other.scale is None or not other.scale.ratings:
            continue
        common = sum(1 for r in other.scale.rows if r.id in ours or _row_key(r.text) in ours)
        if common > shared:
            best, shared = other, common
    return best


def find_last(current, step: Step, paths: Iterable[Path]):
    """The most recent other session of the same group (not dated after this one) with marks on the same
    rows: (session, path), or None. Files that cannot be read are passed over."""
    from ..sessions.lasttime import latest_of_group

    return latest_of_group(current, paths, lambda earlier: matching_step(earlier, step) is not None)


def bring_last_time(session, step_id: str, earlier, path: Path | str | None = None) -> Edit:
    """Keep the marks the group gave the same rows last time beside this step's own (undoable)."""
    step = session.step(step_id)
    other = matching_step(earlier, step)
    if other is None:
        raise SessionError(translate("Ratings", "Die sessie heeft geen cijfers voor deze vragen."))
    by_id = {r.id: r for r in other.scale.rows}
    by_text = {_row_key(r.text): r for r in other.scale.rows}
    values = {}
    for row in step.scale.rows:
        then = by_id.get(row.id) or by_text.get(_row_key(row.text))
        if then is not None:
            values[row.id] = sorted(r.value for r in other.scale.ratings if r.row == then.id)
    before = _build(RatingsBefore, title=earlier.title, date=earlier.date, path=str(path or earlier.path or ""),
                    values=values)
    old = step.scale.before
    scale = step.scale

    def put(value):
        scale.before = value
    return _apply(translate("Ratings", "Cijfers van vorige keer erbij"), lambda: put(before),
                  lambda: put(old), before)


__all__ = ["Spread", "spreads", "mine", "fmt", "rate", "clear_rating", "add_row", "remove_row", "matching_step",
           "find_last", "bring_last_time"]

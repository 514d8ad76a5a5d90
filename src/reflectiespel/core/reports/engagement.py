"""Who took part in each step, from a phone or through the facilitator (issue #29.7), for the report and
the exports. No names in an anonymous session: only how many. No Qt.

Taking part is anything a person did in the step: a note said by them, a vote, a choice, a word, an idea,
a mark on a scale, a place on the board. How it arrived is its ``via`` (core/sessions/stepinput.py): "phone", or
"console" (the facilitator entered it for someone without a phone); things from files of before this was
kept, and places on the board, count as "other". A person who did both counts once in the total and in
both columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PHONE, CONSOLE, OTHER = "phone", "console", "other"


@dataclass
class StepEngagement:
    number: int
    title: str
    by: dict[str, set[str]] = field(default_factory=lambda: {PHONE: set(), CONSOLE: set(), OTHER: set()})

    def add(self, participant_id: str | None, via: str | None) -> None:
        if participant_id:
            self.by[via if via in (PHONE, CONSOLE) else OTHER].add(participant_id)

    @property
    def people(self) -> set[str]:
        return self.by[PHONE] | self.by[CONSOLE] | self.by[OTHER]

    @property
    def phone(self) -> int:
        return len(self.by[PHONE])

    @property
    def console(self) -> int:
        return len(self.by[CONSOLE])

    @property
    def other(self) -> int:
        return len(self.by[OTHER])

    @property
    def total(self) -> int:
        return len(self.people)


def step_engagement(session, number: int, step) -> StepEngagement:
    found = StepEngagement(number, step.title)
    for note in step.notes:
        found.add(note.participant_id, note.via)
    for vote in step.votes:
        found.add(vote.participant_id, vote.via)
    for pid, cards in step.choices.items():
        for card in cards:
            found.add(pid, step.choice_via.get(pid, {}).get(card))
    for word in (step.cloud.words if step.cloud is not None else []):
        found.add(word.participant_id, word.via)
    for idea in (step.wall.ideas if step.wall is not None else []):
        found.add(idea.participant_id, idea.via)
    for rating in (step.scale.ratings if step.scale is not None else []):
        found.add(rating.participant_id, rating.via)
    names = {session.display_name(p): p.id for p in session.participants}  # the board keeps names (perspectives)
    for placement in step.board.placements:
        found.add(names.get(placement.perspective), None)
    known = {p.id for p in session.participants}
    for kind in found.by.values():  # someone who left the session no longer counts as a participant
        kind &= known
    return found


def engagement(session) -> list[StepEngagement]:
    """Per step of the agenda, who took part and how."""
    return [step_engagement(session, number, step) for number, step in enumerate(session.steps, 1)]


def names(session, found: StepEngagement) -> str:
    """The names of who took part, in the order of the participants; '' in an anonymous session."""
    if session.anonymous:
        return ""
    return ", ".join(session.display_name(p) for p in session.participants if p.id in found.people)


__all__ = ["PHONE", "CONSOLE", "OTHER", "StepEngagement", "step_engagement", "engagement", "names"]

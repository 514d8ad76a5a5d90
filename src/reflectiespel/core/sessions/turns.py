"""Who speaks now: a speaking order that rotates, so no one always starts and everyone gets a turn.

Plain Python (a pydantic model, so the state is saved in the session file and a paused reflection
resumes at the same speaker). The rules, as a team reads them in docs/routes.md:

- Every round everyone gets one turn. Round 1 starts with the first person, round 2 with the
  second, and so on: the starter moves one place each round.
- "Ik pas": the first time someone passes in a round, they move to the end of the round and get
  another chance once the others have spoken. Passing a second time skips them for this round.
  Every pass is recorded.
- One person alone is a round of one: their turn, then the round is over.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

MAX_PEOPLE = 8


class Turn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    person: str
    outcome: Literal["spoke", "passed"]
    round: int = Field(ge=0)


def rotated(people: list[str], round_number: int) -> list[str]:
    """The speaking order of one round: everyone once, starting with person ``round_number % n``."""
    if not people:
        return []
    start = round_number % len(people)
    return people[start:] + people[:start]


class TurnState(BaseModel):
    """The speaking order of a whole reflection; ``round`` counts the rounds that have begun."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    people: list[str] = Field(default_factory=list, max_length=50, description="ids van de deelnemers, in hun volgorde")
    round: int = Field(0, ge=0, description="Hoeveel rondes er zijn begonnen")
    queue: list[str] = Field(default_factory=list, description="Wie er in deze ronde nog aan de beurt komt")
    deferred: list[str] = Field(default_factory=list, description="Wie in deze ronde al één keer paste")
    log: list[Turn] = Field(default_factory=list, description="Alle beurten: gesproken of gepast")

    # --- questions ---------------------------------------------------------------------------
    @property
    def current(self) -> str | None:
        """The person whose turn it is, or None when the round is over (or none has begun)."""
        return self.queue[0] if self.queue else None

    @property
    def upcoming(self) -> list[str]:
        """Who comes after the current speaker in this round."""
        return self.queue[1:]

    @property
    def round_over(self) -> bool:
        return not self.queue

    @property
    def alone(self) -> bool:
        return len(self.people) == 1

    def turns_in_round(self, round_number: int | None = None) -> list[Turn]:
        number = self.round - 1 if round_number is None else round_number
        return [t for t in self.log if t.round == number]

    def passes(self) -> list[Turn]:
        return [t for t in self.log if t.outcome == "passed"]

    # --- changes -----------------------------------------------------------------------------
    def start_round(self) -> str | None:
        """Begin the next round; its first speaker is one place further than last round's."""
        self.queue = rotated(self.people, self.round)
        self.deferred = []
        self.round += 1
        return self.current

    def done(self) -> str | None:
        """The current speaker has spoken; returns who is next (None: the round is over)."""
        if not self.queue:
            return None
        person = self.queue[0]
        self.log = [*self.log, Turn(person=person, outcome="spoke", round=self.round - 1)]
        self.queue = self.queue[1:]
        return self.current

    def pass_turn(self) -> str | None:
        """The current speaker passes: once to the end of the round, the second time skipped."""
        if not self.queue:
            return None
        person = self.queue[0]
        self.log = [*self.log, Turn(person=person, outcome="passed", round=self.round - 1)]
        rest = self.queue[1:]
        if person in self.deferred or not rest:
            self.queue = rest
        else:
            self.queue = rest + [person]
            self.deferred = [*self.deferred, person]
        return self.current

    def end_round(self) -> None:
        """Stop this round early (the team moves on); nobody is marked as having passed."""
        self.queue = []
        self.deferred = []

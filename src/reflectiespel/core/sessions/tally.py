"""Choosing and voting as a whole round: which cards a step offers, and the result per card.

A *choice step* lets each participant pick cards (``Step.max_choices`` caps how many); a *vote step*
(one with its own ``vote_budget``) spreads dots over the cards chosen earlier, not over the whole
deck. ``choice_targets`` and ``vote_targets`` say which cards a step's grid shows; ``choice_tally`` and
``vote_tally`` give the counts the room sees. The changes themselves are the undoable operations of
core/sessions/session_ops.py (set_choice, clear_choice, add_vote, remove_vote). No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # names for the annotations only: Session.add_vote asks this module for its rule
    from .session import Session, Step


@dataclass
class TallyRow:
    target: str  # card id, group card id or option
    title: str
    total: int
    by: dict[str, int] = field(default_factory=dict)  # participant id -> dots (or 1 for a choice)


@dataclass
class Tally:
    kind: str  # "votes" or "choices"
    rows: list[TallyRow]
    people: int  # participants who took part (gave a vote or made a choice)

    @property
    def total(self) -> int:
        return sum(row.total for row in self.rows)

    @property
    def counted(self) -> list[TallyRow]:
        """Rows with at least one vote or choice, most first; ties keep the grid's order."""
        return sorted((row for row in self.rows if row.total > 0), key=lambda row: -row.total)


def is_vote_step(session: Session, step: Step) -> bool:
    """A step that sets its own vote budget above zero, or already holds votes."""
    return bool(step.votes) or (step.vote_budget is not None and step.vote_budget > 0)


def _unique(ids) -> list[str]:
    seen: dict[str, None] = {}
    for item in ids:
        seen.setdefault(item, None)
    return list(seen)


def choice_targets(session: Session, step: Step) -> list[str]:
    """What a participant can pick in this step: its cards, then the cards the group made in it."""
    return _unique(list(step.card_ids) + [card.id for card in step.group_cards]
                   + [c for chosen in step.choices.values() for c in chosen])


def chosen_before(session: Session, step: Step) -> list[str]:
    """Cards chosen in earlier steps that use the same deck, in the order of this step's cards."""
    index = session.steps.index(step) if step in session.steps else len(session.steps)
    chosen: list[str] = []
    for earlier in session.steps[:index]:
        if earlier.deck_id != step.deck_id:
            continue
        for cards in earlier.choices.values():
            chosen += cards
    order = {card_id: i for i, card_id in enumerate(step.card_ids)}
    return sorted(_unique(chosen), key=lambda card_id: order.get(card_id, len(order)))


def votes_on_earlier_choices(step: Step) -> bool:
    """A step that sets its own vote budget (above zero) votes on what was chosen in the steps before."""
    return step.vote_budget is not None and step.vote_budget > 0


def vote_targets(session: Session, step: Step) -> list[str]:
    """What can be voted on in this step: the one rule for the console's grid and for the phones
    (live/events.py), and ``add_vote`` refuses anything else.

    A vote step (its own budget) votes on the cards chosen earlier with this step's deck; when nobody
    chose, on the step's own cards. Any other step votes on its own cards. Cards the group made (in
    this step or before) are always on the list, and so is anything that already has a vote."""
    index = session.steps.index(step) if step in session.steps else len(session.steps)
    made = [card.id for s in session.steps[:index + 1] for card in s.group_cards]
    cards = (chosen_before(session, step) if votes_on_earlier_choices(step) else []) or list(step.card_ids)
    return _unique(cards + made + [vote.target for vote in step.votes])


def feeding_steps(session: Session, vote_step: Step) -> list[Step]:
    """The earlier steps whose choices make the list of a vote step: same deck, with cards."""
    if not votes_on_earlier_choices(vote_step) or vote_step not in session.steps:
        return []
    index = session.steps.index(vote_step)
    return [s for s in session.steps[:index] if s.deck_id == vote_step.deck_id and s.card_ids]


def vote_fed_by(session: Session, step: Step) -> Step | None:
    """The later vote step that votes on what is chosen in ``step`` (a tip round before the vote)."""
    if step not in session.steps or not step.card_ids or votes_on_earlier_choices(step):
        return None
    index = session.steps.index(step)
    return next((later for later in session.steps[index + 1:]
                 if votes_on_earlier_choices(later) and later.deck_id == step.deck_id), None)


def left_out(session: Session, vote_step: Step) -> list[Step]:
    """The steps before a vote where nobody chose anything, while others did: their cards are not on
    the vote's list. Empty when nobody chose anywhere (the vote then offers its own cards)."""
    feeding = feeding_steps(session, vote_step)
    if not any(any(s.choices.values()) for s in feeding):
        return []
    return [s for s in feeding if not any(s.choices.values())]


def vote_tally(session: Session, step: Step, library=None) -> Tally:
    rows = []
    for target in vote_targets(session, step):
        by: dict[str, int] = {}
        for vote in step.votes:
            if vote.target == target:
                by[vote.participant_id] = by.get(vote.participant_id, 0) + vote.count
        rows.append(TallyRow(target, session.card_title(step, target, library), sum(by.values()), by))
    people = len({vote.participant_id for vote in step.votes})
    return Tally("votes", rows, people)


def choice_tally(session: Session, step: Step, library=None) -> Tally:
    rows = []
    for target in choice_targets(session, step):
        by = {pid: 1 for pid, chosen in step.choices.items() if target in chosen}
        rows.append(TallyRow(target, session.card_title(step, target, library), len(by), by))
    people = sum(1 for chosen in step.choices.values() if chosen)
    return Tally("choices", rows, people)


def step_tally(session: Session, step: Step, library=None) -> Tally:
    """The result the room sees for this step: its votes if it is a vote step, else its choices."""
    return vote_tally(session, step, library) if is_vote_step(session, step) else choice_tally(session, step, library)

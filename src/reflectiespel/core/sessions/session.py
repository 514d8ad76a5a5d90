"""The session document: who took part, the agenda of steps, and what happened in each step.

One session is one ``*.reflectiespel`` file (JSON, see docs/session-format.md and core/sessions/storage.py).
The models here hold data and answer questions about it; the changes a facilitator makes live in
core/sessions/session_ops.py as small named operations that return an undoable ``Edit``.

Text a person typed (notes, titles, names) is kept exactly as typed: it is plain text, never markup.
Whoever shows it (Qt, PDF, export) must show it literally.
"""

from __future__ import annotations

import uuid
from datetime import date as Date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, model_validator

from ..decks.decks import CardBack, Category, Deck, check_format_version
from ..base.i18n import translate
from .session_ops import Edit, SessionOps
from .sessionparts import (  # noqa: F401 - the parts belong to this module's interface
    SESSION_FORMAT_VERSION, DOCUMENT_KIND, DEFAULT_VOTE_BUDGET, MAX_TEXT, Domain, DOMAINS, DOMAIN_NAMES, StepKind,
    domain_name,
    STEP_KINDS, Id, Colour, PlainText, Line, clean_text, new_id, now,
    SessionError, SessionModel, Participant, Note, Vote, ActionItem, GroupCard, Step, EarlierActions, _find,
    _unique_ids,
)
from .together import TogetherRun

__all__ = [
    "SESSION_FORMAT_VERSION", "DOMAINS", "DOMAIN_NAMES", "domain_name", "STEP_KINDS", "DEFAULT_VOTE_BUDGET",
    "Participant", "Note", "Vote", "ActionItem", "GroupCard", "Step", "Session",
    "Edit", "SessionError", "new_id", "now",
]

class Session(SessionOps, SessionModel):
    format_version: Annotated[int, Field(strict=True),
                              AfterValidator(lambda v: check_format_version(v, SESSION_FORMAT_VERSION))] = \
        SESSION_FORMAT_VERSION
    document: Literal["reflectiespel-sessie"] = Field(DOCUMENT_KIND, description="Zegt: dit is een sessie")
    id: Id = Field(default_factory=lambda: uuid.uuid4().hex)
    title: Line = Field(default_factory=lambda: translate("Session", "Nieuwe sessie"), max_length=300)
    date: Date | None = None
    place: Line = Field("", max_length=300)
    facilitator: Line = Field("", max_length=300)
    group: Line = Field("", max_length=300, description="Groep of organisatie")
    anonymous: bool = Field(False, description="Geen namen in verslag en export")
    template_id: str | None = Field(None, description="De werkvorm waarmee de sessie begon")
    language: Literal["nl", "en"] = Field("nl", description="De taal waarin de sessie werd gemaakt; het verslag "
                                          "en de export volgen die taal")
    created: datetime = Field(default_factory=now)
    vote_budget: int = Field(DEFAULT_VOTE_BUDGET, ge=0, le=100, description="Stemmen per deelnemer per stap")
    participants: list[Participant] = Field(default_factory=list)
    steps: list[Step] = Field(default_factory=list)
    current_step: int = Field(0, ge=0)
    current_card: int = Field(0, ge=0)
    ran_steps: list[Id] | None = Field(None, description="De stappen die aan bod kwamen (ids, op volgorde); "
                                       "leeg bij een sessie uit een oudere versie")
    path: str | None = Field(None, description="Waar de gebruiker de sessie het laatst opsloeg")
    together: TogetherRun | None = Field(None, description="Samen reflecteren: route, beurten, vergelijking")
    earlier_actions: EarlierActions | None = Field(
        None, description="Actiepunten die openstonden bij de vorige sessie met dezelfde groep")

    @model_validator(mode="after")
    def _ids_once(self) -> Session:
        # a duplicated step id would put notes on the wrong step
        _unique_ids(self.steps, "steps")
        _unique_ids(self.participants, "participants")
        return self

    @classmethod
    def empty(cls, title: str | None = None) -> Session:
        """A session without steps: the facilitator adds them by hand. Made in the interface language."""
        from ..base import i18n

        return cls(title=i18n.translate("Session", "Nieuwe sessie") if title is None else title,
                   date=Date.today(), language=i18n.language(), ran_steps=[])

    # --- looking things up -------------------------------------------------------------------
    def step(self, step_id: str) -> Step:
        return _find(self.steps, step_id, "step")

    def step_index(self, step_id: str) -> int:
        return self.steps.index(self.step(step_id))

    def participant(self, participant_id: str) -> Participant:
        return _find(self.participants, participant_id, "participant")

    def find_participant(self, participant_id: str | None) -> Participant | None:
        return next((p for p in self.participants if p.id == participant_id), None)

    def budget(self, step: Step) -> int:
        return self.vote_budget if step.vote_budget is None else step.vote_budget

    def votes_left(self, step: Step, participant_id: str) -> int:
        return max(0, self.budget(step) - step.votes_used(participant_id))

    def display_name(self, participant: Participant | str | None) -> str:
        """The name to show; 'Deelnemer 2' when the session is anonymous. Use this in every report."""
        if participant is None:
            return translate("Session", "Iemand")
        if isinstance(participant, str):
            found = self.find_participant(participant)
            if found is None:
                return translate("Session", "Onbekende deelnemer")
            participant = found
        if self.anonymous or not participant.name.strip():
            number = next((i for i, p in enumerate(self.participants, 1) if p.id == participant.id), None)
            return (translate("Session", "Deelnemer {0}").format(number) if number
                    else translate("Session", "Onbekende deelnemer"))
        return participant.name.strip()

    def display_names(self) -> dict[str, str]:
        """Every participant's ``display_name`` at once (id -> name), in one pass over a hall of them."""
        numbered = translate("Session", "Deelnemer {0}")
        return {p.id: numbered.format(i) if self.anonymous or not p.name.strip() else p.name.strip()
                for i, p in enumerate(self.participants, 1)}

    # --- where the session is ----------------------------------------------------------------
    @property
    def active_step(self) -> Step | None:
        return self.steps[self.current_step] if 0 <= self.current_step < len(self.steps) else None

    @property
    def active_card_id(self) -> str | None:
        step = self.active_step
        if step is None or not step.card_ids:
            return None
        return step.card_ids[min(self.current_card, len(step.card_ids) - 1)]

    def carry_board(self, step: Step) -> bool:
        """A board step that continues an earlier board (``board_from``) starts from it: the practices and
        their positions come along, and the positions of then stay behind as a snapshot named after that
        step, which the board shows as ghosts. Practices added to the earlier board later come along
        the next time. True when something came along."""
        source = next((s for s in self.steps if s.id == step.board_from), None) if step.board_from else None
        if source is None or source is step:
            return False
        return step.board.continue_from(source.board, source.title, now())

    def steps_that_ran(self) -> list[tuple[int, Step]]:
        """(number in the agenda, step) for every step that came up in the session, in agenda order: the
        steps the session was on, and any step where the group's work was captured. A step jumped over
        did not run. A session from an older version did not keep this: there every step up to the current
        one counts, as the agenda showed it then."""
        known = set(self.ran_steps) if self.ran_steps is not None else \
            {step.id for step in self.steps[:self.current_step + 1]}
        if self.active_step is not None:
            known.add(self.active_step.id)
        return [(number, step) for number, step in enumerate(self.steps, 1) if step.id in known or step.has_work()]

    def next_step(self) -> Step | None:
        index = self.current_step + 1
        return self.steps[index] if index < len(self.steps) else None

    def deck_of(self, step: Step, library=None) -> Deck | None:
        """The deck a step draws from, in the session's language when the library has that version (decks
        in two languages share their id), else in the language it exists in; None without one. The same
        deck whatever language the window speaks: the projection, the console, the phones, the report.
        ``library`` is anything with ``get(deck_id, language) -> Deck`` (core/decks/library.py)."""
        if library is None or not step.deck_id:
            return None
        try:
            return library.get(step.deck_id, self.language)
        except KeyError:
            return None

    def card_title(self, step: Step, card_id: str, library=None) -> str:
        """Title of a card (or vote target) in a step: a card the group made, else the deck's card (in the
        session's language, see ``deck_of``), else the id itself."""
        for card in self.all_group_cards():
            if card.id == card_id:
                return card.title
        for idea in (step.wall.ideas if step.wall is not None else []):  # an idea on an idea wall (#29)
            if idea.id == card_id:
                return idea.text
        deck = self.deck_of(step, library)
        if deck is not None:
            try:
                return deck.card(card_id).title
            except KeyError:
                pass
        return card_id

    # --- cards the group made ----------------------------------------------------------------
    def all_group_cards(self) -> list[GroupCard]:
        return [card for step in self.steps for card in step.group_cards]

    def group_deck(self) -> Deck | None:
        """The group's own cards as a deck, ready to print; None when the group made none."""
        cards = self.all_group_cards()
        if not cards:
            return None
        used: set[str] = set()
        deck_cards = []
        for card in cards:
            deck_card = card.as_card()
            while deck_card.id in used:
                deck_card = deck_card.model_copy(update={"id": deck_card.id + "-x"})
            used.add(deck_card.id)
            deck_cards.append(deck_card)
        # in the current language: the report (its only reader) speaks the session's language
        where = ", ".join(part for part in (self.group, self.place) if part.strip())
        made = translate("Session", "Gemaakt in de sessie '{0}'").format(self.title) + (f" ({where})" if where else "")
        if self.date:
            made += f", {self.date.isoformat()}"
        return Deck(format_version=1, id="eigen-kaarten",
                    title=translate("Session", "Eigen kaarten: {0}").format(self.title)[:200],
                    source=made, back=CardBack(colour="#455a64", text=translate("Session", "Eigen kaart")),
                    categories=[Category(id="groep", name=translate("Session", "Eigen kaarten"), colour="#455a64")],
                    cards=deck_cards)


_PARTS = {"notes": Note, "votes": Vote, "actions": ActionItem, "group_cards": GroupCard}


def shape_problems(session: Session, steps: list | None = None) -> list[str]:
    """A quick look (no JSON, no full validation) for what no edit may leave behind: a list item that is
    not the model it should be, or an id used twice. Empty when the shape is right. Saving checks fully.
    ``steps``: look into the parts of only these steps (the ones an edit can touch: a phone's vote touches
    the step showing); the list of steps and the participants are always looked at."""
    problems = []
    for name, model, items in (("steps", Step, session.steps), ("participants", Participant, session.participants)):
        bad = [i for i, item in enumerate(items, 1) if not isinstance(item, model)]
        if bad:
            problems.append(translate("Session", "{0} is geen {1}").format(f"{name}[{bad[0]}]", model.__name__))
        try:
            _unique_ids(items, name)
        except ValueError as exc:
            problems.append(str(exc))
    only = None if steps is None else {id(step) for step in steps}
    for number, step in enumerate(session.steps, 1):
        if not isinstance(step, Step) or (only is not None and id(step) not in only):
            continue
        for name, model in _PARTS.items():
            items = getattr(step, name)
            bad = [i for i, item in enumerate(items, 1) if not isinstance(item, model)]
            if bad:
                problems.append(translate("Session", "{0} is geen {1}").format(f"steps[{number}].{name}[{bad[0]}]",
                                                                               model.__name__))
            elif name != "votes":
                try:
                    _unique_ids(items, f"steps[{number}].{name}")
                except ValueError as exc:
                    problems.append(str(exc))
    return problems


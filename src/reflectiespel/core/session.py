"""The session document: who took part, the agenda of steps, and what happened in each step.

One session is one ``*.reflectiespel`` file (JSON, see docs/session-format.md and core/storage.py).
The models here hold data and answer questions about it; the changes a facilitator makes live in
core/session_ops.py as small named operations that return an undoable ``Edit``.

Text a person typed (notes, titles, names) is kept exactly as typed: it is plain text, never markup.
Whoever shows it (Qt, PDF, export) must show it literally.
"""

from __future__ import annotations

import re
import uuid
from datetime import date as Date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from .board import BoardState
from .decks import Card, CardBack, Category, Deck, check_format_version
from .session_ops import Edit, SessionError, SessionOps
from .together import TogetherRun

__all__ = [
    "SESSION_FORMAT_VERSION", "DOMAINS", "DOMAIN_NAMES", "STEP_KINDS", "DEFAULT_VOTE_BUDGET",
    "Participant", "Note", "Vote", "ActionItem", "GroupCard", "Step", "Session",
    "Edit", "SessionError", "new_id", "now",
]

SESSION_FORMAT_VERSION = 1
DOCUMENT_KIND = "reflectiespel-sessie"
DEFAULT_VOTE_BUDGET = 3
MAX_TEXT = 20_000  # characters in one note or instruction: a long speech, not a book

Domain = Literal["cultuur", "zorg", "welzijn", "onderwijs", "beleid", "inwoner", "anders"]
DOMAINS: tuple[str, ...] = Domain.__args__  # type: ignore[attr-defined]
DOMAIN_NAMES = {"cultuur": "Cultuur", "zorg": "Zorg", "welzijn": "Welzijn", "onderwijs": "Onderwijs",
                "beleid": "Beleid", "inwoner": "Inwoner", "anders": "Anders"}

StepKind = Literal["cards", "values", "tips", "boundary-objects", "board", "free"]
STEP_KINDS: tuple[str, ...] = StepKind.__args__  # type: ignore[attr-defined]

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _check_id(value: str) -> str:
    if not _ID.match(value):
        raise ValueError("een id mag alleen letters, cijfers, - en _ bevatten (hoogstens 64 tekens)")
    return value


def _check_colour(value: str | None) -> str | None:
    if value is not None and not _COLOUR.match(value):
        raise ValueError(f"'{value}' is geen kleur; schrijf een kleur als #RRGGBB")
    return value.lower() if value else value


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_IN_LINE = re.compile(r"[\x00-\x1f\x7f]")


def _control_message(char: str) -> str:
    return (f"bevat een onzichtbaar stuurteken (U+{ord(char):04X}); typ de tekst opnieuw of "
            "plak hem zonder opmaak")


def _check_text(value: str) -> str:
    """Text of several lines: tabs and line breaks are fine, other control characters are not."""
    found = _CONTROL.search(value)
    if found:
        raise ValueError(_control_message(found.group()))
    return value


def _check_line(value: str) -> str:
    """A title or name: one line, no control characters at all."""
    found = _CONTROL_IN_LINE.search(value)
    if found:
        raise ValueError("mag geen regeleinde bevatten" if found.group() in "\r\n" else _control_message(found.group()))
    return value


def clean_text(text: str, one_line: bool = False) -> str:
    """What a person typed or pasted, with the control characters a model refuses made into spaces."""
    return (_CONTROL_IN_LINE if one_line else _CONTROL).sub(" ", text)


Id = Annotated[str, AfterValidator(_check_id)]
Colour = Annotated[str | None, AfterValidator(_check_colour)]
PlainText = Annotated[str, Field(max_length=MAX_TEXT), AfterValidator(_check_text)]
Line = Annotated[str, AfterValidator(_check_line)]


def _unique_ids(items: list, where: str) -> None:
    seen: dict[str, int] = {}
    for number, item in enumerate(items, 1):
        item_id = getattr(item, "id", None)
        if item_id is None:
            continue  # not a model at all: the check that writes or opens the file names it
        if item.id in seen:
            raise ValueError(f"{where}[{number}] heeft dezelfde id '{item.id}' als {where}[{seen[item.id]}]; "
                             "elke id mag maar één keer voorkomen")
        seen[item.id] = number


def new_id(prefix: str) -> str:
    """A short unique id such as 'n-3f9a1c0b2d'; the prefix tells what it names."""
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def now() -> datetime:
    """The local time with its UTC offset, to the second (what a note's time stamp shows)."""
    return datetime.now().astimezone().replace(microsecond=0)


class SessionModel(BaseModel):
    # defer_build: validators are built on first use, not at import (start-up, docs/architecture.md)
    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)


class Participant(SessionModel):
    id: Id = Field(default_factory=lambda: new_id("p"))
    name: Line = Field("", max_length=200, description="Naam of schuilnaam")
    domain: Domain = Field("anders", description="Uit welke wereld iemand komt")
    colour: Colour = Field(None, description="Eigen kleur (#RRGGBB), bijvoorbeeld voor stemmen")


class Note(SessionModel):
    id: Id = Field(default_factory=lambda: new_id("n"))
    text: PlainText
    time: datetime = Field(default_factory=now)
    participant_id: Id | None = None
    card_id: Id | None = None


class Vote(SessionModel):
    """``count`` dots from one participant on one card (or option) in one step."""

    participant_id: Id
    target: Id = Field(description="id van een kaart, een eigen kaart of een keuze")
    count: int = Field(1, ge=1, le=1000)


class ActionItem(SessionModel):
    id: Id = Field(default_factory=lambda: new_id("a"))
    wat: PlainText = Field(min_length=1)
    wie: Line = Field("", max_length=500)
    wanneer: Line = Field("", max_length=200, description="Vrije tekst of een datum (jjjj-mm-dd)")
    status: Literal["open", "done", "dropped"] = Field(
        "open", description="Bij een volgende keer: nog open, gedaan (done) of vervallen (dropped)")


class GroupCard(SessionModel):
    """A card the group made during the session (for example its own boundary object)."""

    id: Id = Field(default_factory=lambda: new_id("groep"))
    title: Line = Field(min_length=1, max_length=200)
    text: PlainText = ""
    questions: list[PlainText] = Field(default_factory=list)
    assignment: PlainText | None = None
    made_by: list[Id] = Field(default_factory=list, description="ids van de deelnemers die hem maakten")

    def as_card(self) -> Card:
        """The same card as a deck card, so the PDF code can print it."""
        slug = re.sub(r"[^a-z0-9-]", "-", self.id.lower()).strip("-") or "groep"
        return Card(id=slug, category="groep", title=self.title, text=self.text,
                    questions=[q for q in self.questions if q.strip()], assignment=self.assignment or None)


class Step(SessionModel):
    id: Id = Field(default_factory=lambda: new_id("s"))
    kind: StepKind = "free"
    title: Line = Field(min_length=1, max_length=300)
    instruction: PlainText = Field("", description="Wat de groep doet; staat op het scherm")
    deck_id: str | None = None
    card_ids: list[str] = Field(default_factory=list, description="De kaarten van deze stap, op volgorde")
    minutes: int = Field(0, ge=0, le=600, description="Minuten voor de klok; 0 is geen klok")
    vote_budget: int | None = Field(None, ge=0, le=100, description="Stemmen per deelnemer; leeg: die van de sessie")
    max_choices: int | None = Field(None, ge=1, le=100, description="Hoeveel kaarten iemand mag kiezen")
    # what happened
    shown: list[str] = Field(default_factory=list, description="Kaarten die getoond zijn, op volgorde")
    choices: dict[str, list[str]] = Field(default_factory=dict, description="deelnemer id -> gekozen kaarten")
    notes: list[Note] = Field(default_factory=list)
    votes: list[Vote] = Field(default_factory=list)
    actions: list[ActionItem] = Field(default_factory=list)
    group_cards: list[GroupCard] = Field(default_factory=list)
    board: BoardState = Field(default_factory=BoardState)

    @model_validator(mode="after")
    def _ids_once(self) -> "Step":
        _unique_ids(self.notes, "notes")
        _unique_ids(self.actions, "actions")
        _unique_ids(self.group_cards, "group_cards")
        return self

    def votes_used(self, participant_id: str) -> int:
        return sum(v.count for v in self.votes if v.participant_id == participant_id)

    def ranked_votes(self) -> list[tuple[str, int]]:
        """(target, total dots), most dots first; equal totals in the order they first got a dot."""
        totals: dict[str, int] = {}
        for vote in self.votes:
            totals[vote.target] = totals.get(vote.target, 0) + vote.count
        return sorted(totals.items(), key=lambda item: -item[1])

    def note(self, note_id: str) -> Note:
        return _find(self.notes, note_id, "notitie")

    def action(self, action_id: str) -> ActionItem:
        return _find(self.actions, action_id, "actiepunt")

    def group_card(self, card_id: str) -> GroupCard:
        return _find(self.group_cards, card_id, "eigen kaart")


def _find(items: list, item_id: str, what: str):
    for item in items:
        if item.id == item_id:
            return item
    raise SessionError(f"Deze {what} bestaat niet (meer).")


class Session(SessionOps, SessionModel):
    format_version: Annotated[int, Field(strict=True),
                              AfterValidator(lambda v: check_format_version(v, SESSION_FORMAT_VERSION))] = \
        SESSION_FORMAT_VERSION
    document: Literal["reflectiespel-sessie"] = Field(DOCUMENT_KIND, description="Zegt: dit is een sessie")
    id: Id = Field(default_factory=lambda: uuid.uuid4().hex)
    title: Line = Field("Nieuwe sessie", max_length=300)
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
    path: str | None = Field(None, description="Waar de gebruiker de sessie het laatst opsloeg")
    together: TogetherRun | None = Field(None, description="Samen reflecteren: route, beurten, vergelijking")

    @model_validator(mode="after")
    def _ids_once(self) -> "Session":
        # a duplicated step id would put notes on the wrong step
        _unique_ids(self.steps, "steps")
        _unique_ids(self.participants, "participants")
        return self

    @classmethod
    def empty(cls, title: str = "Nieuwe sessie") -> "Session":
        """A session without steps: the facilitator adds them by hand."""
        from . import i18n

        return cls(title=title, date=Date.today(), language=i18n.language())

    # --- looking things up -------------------------------------------------------------------
    def step(self, step_id: str) -> Step:
        return _find(self.steps, step_id, "stap")

    def step_index(self, step_id: str) -> int:
        return self.steps.index(self.step(step_id))

    def participant(self, participant_id: str) -> Participant:
        return _find(self.participants, participant_id, "deelnemer")

    def find_participant(self, participant_id: str | None) -> Participant | None:
        return next((p for p in self.participants if p.id == participant_id), None)

    def budget(self, step: Step) -> int:
        return self.vote_budget if step.vote_budget is None else step.vote_budget

    def votes_left(self, step: Step, participant_id: str) -> int:
        return max(0, self.budget(step) - step.votes_used(participant_id))

    def display_name(self, participant: Participant | str | None) -> str:
        """The name to show; 'Deelnemer 2' when the session is anonymous. Use this in every report."""
        if participant is None:
            return "Iemand"
        if isinstance(participant, str):
            found = self.find_participant(participant)
            if found is None:
                return "Onbekende deelnemer"
            participant = found
        number = next((i for i, p in enumerate(self.participants, 1) if p.id == participant.id), None)
        if self.anonymous or not participant.name.strip():
            return f"Deelnemer {number}" if number else "Onbekende deelnemer"
        return participant.name.strip()

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

    def next_step(self) -> Step | None:
        index = self.current_step + 1
        return self.steps[index] if index < len(self.steps) else None

    def card_title(self, step: Step, card_id: str, library=None) -> str:
        """Title of a card (or vote target) in a step: a card the group made, else the deck's card
        (``library`` is anything with ``get(deck_id) -> Deck``), else the id itself."""
        for card in self.all_group_cards():
            if card.id == card_id:
                return card.title
        if library is not None and step.deck_id:
            try:
                return library.get(step.deck_id).card(card_id).title
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
        where = ", ".join(part for part in (self.group, self.place) if part.strip())
        made = f"Gemaakt in de sessie '{self.title}'" + (f" ({where})" if where else "")
        if self.date:
            made += f", {self.date.isoformat()}"
        return Deck(format_version=1, id="eigen-kaarten", title=f"Eigen kaarten: {self.title}"[:200],
                    source=made, back=CardBack(colour="#455a64", text="Eigen kaart"),
                    categories=[Category(id="groep", name="Eigen kaarten", colour="#455a64")],
                    cards=deck_cards)


_PARTS = {"notes": Note, "votes": Vote, "actions": ActionItem, "group_cards": GroupCard}


def shape_problems(session: Session) -> list[str]:
    """A quick look (no JSON, no full validation) for what no edit may leave behind: a list item that is
    not the model it should be, or an id used twice. Empty when the shape is right. Saving checks fully."""
    problems = []
    for name, model, items in (("steps", Step, session.steps), ("participants", Participant, session.participants)):
        bad = [i for i, item in enumerate(items, 1) if not isinstance(item, model)]
        if bad:
            problems.append(f"{name}[{bad[0]}] is geen {model.__name__}")
        try:
            _unique_ids(items, name)
        except ValueError as exc:
            problems.append(str(exc))
    for number, step in enumerate(session.steps, 1):
        if not isinstance(step, Step):
            continue
        for name, model in _PARTS.items():
            items = getattr(step, name)
            bad = [i for i, item in enumerate(items, 1) if not isinstance(item, model)]
            if bad:
                problems.append(f"steps[{number}].{name}[{bad[0]}] is geen {model.__name__}")
            elif name != "votes":
                try:
                    _unique_ids(items, f"steps[{number}].{name}")
                except ValueError as exc:
                    problems.append(str(exc))
    return problems


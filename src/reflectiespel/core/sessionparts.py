"""The parts of a session document: participants, steps and what happened in a step (notes, votes,
action items, the group's own cards), with the checks every text and id passes.

core/session.py builds the Session from these parts and core/session_ops.py changes them; this
module imports neither (the layers go one way: parts <- operations <- session).
"""

from __future__ import annotations

import re
import uuid
from datetime import date as Date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from .board import BoardState
from .decks import Card
from .i18n import QT_TRANSLATE_NOOP, translate
from .stepkinds import DEFAULT_KIND, KINDS


class SessionError(ValueError):
    """A change the session does not allow; the message (in the interface language) is meant for the facilitator."""


SESSION_FORMAT_VERSION = 1
DOCUMENT_KIND = "reflectiespel-sessie"
DEFAULT_VOTE_BUDGET = 3
MAX_TEXT = 20_000  # characters in one note or instruction: a long speech, not a book

Domain = Literal["cultuur", "zorg", "welzijn", "onderwijs", "beleid", "inwoner", "anders"]
DOMAINS: tuple[str, ...] = Domain.__args__  # type: ignore[attr-defined]
DOMAIN_NAMES = {"cultuur": QT_TRANSLATE_NOOP("Domain", "Cultuur"), "zorg": QT_TRANSLATE_NOOP("Domain", "Zorg"),
                "welzijn": QT_TRANSLATE_NOOP("Domain", "Welzijn"),
                "onderwijs": QT_TRANSLATE_NOOP("Domain", "Onderwijs"),
                "beleid": QT_TRANSLATE_NOOP("Domain", "Beleid"), "inwoner": QT_TRANSLATE_NOOP("Domain", "Inwoner"),
                "anders": QT_TRANSLATE_NOOP("Domain", "Anders")}


def domain_name(key: str) -> str:
    """A participant's domain as shown, in the current language (an unknown key as it is)."""
    return translate("Domain", DOMAIN_NAMES[key]) if key in DOMAIN_NAMES else key

# the kinds of step come from the one registry (core/stepkinds.py): a kind not there is not in the format
STEP_KINDS: tuple[str, ...] = tuple(KINDS)
StepKind = Literal[STEP_KINDS]  # type: ignore[valid-type]

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _check_id(value: str) -> str:
    if not _ID.match(value):
        raise ValueError(translate("Validators", "een id mag alleen letters, cijfers, - en _ bevatten "
                                            "(hoogstens 64 tekens)"))
    return value


def _check_colour(value: str | None) -> str | None:
    if value is not None and not _COLOUR.match(value):
        raise ValueError(translate("Validators", "'{0}' is geen kleur; schrijf een kleur als #RRGGBB").format(value))
    return value.lower() if value else value


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_IN_LINE = re.compile(r"[\x00-\x1f\x7f]")


def _control_message(char: str) -> str:
    return translate("Validators", "bevat een onzichtbaar stuurteken (U+{0}); typ de tekst opnieuw of "
                     "plak hem zonder opmaak").format(f"{ord(char):04X}")


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
        raise ValueError(translate("Validators", "mag geen regeleinde bevatten") if found.group() in "\r\n" else _control_message(found.group()))
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
            raise ValueError(translate("Validators", "{0}[{1}] heeft dezelfde id '{2}' als {0}[{3}]; "
                                            "elke id mag maar één keer voorkomen").format(
                where, number, item.id, seen[item.id]))
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


class EarlierActions(SessionModel):
    """Where the action items from last time came from (the last session with the same group)."""

    title: Line = Field("", max_length=300)
    date: Date | None = None
    path: str = Field("", max_length=4096)
    carried: list[Id] = Field(default_factory=list, description="ids van de actiepunten die van vorige keer komen")


class Step(SessionModel):
    id: Id = Field(default_factory=lambda: new_id("s"))
    kind: StepKind = DEFAULT_KIND
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
    board_from: Id | None = Field(None, description="Een bordstap die verder gaat met het bord van deze "
                                                    "eerdere stap (id); de posities van toen zijn schimmen")

    @model_validator(mode="after")
    def _ids_once(self) -> "Step":
        _unique_ids(self.notes, "notes")
        _unique_ids(self.actions, "actions")
        _unique_ids(self.group_cards, "group_cards")
        return self

    def has_work(self) -> bool:
        """Something the group made or decided was captured in this step."""
        return bool(self.notes or any(self.choices.values()) or self.votes or self.actions or self.group_cards
                    or self.board.placements)

    def votes_used(self, participant_id: str) -> int:
        return sum(v.count for v in self.votes if v.participant_id == participant_id)

    def ranked_votes(self) -> list[tuple[str, int]]:
        """(target, total dots), most dots first; equal totals in the order they first got a dot."""
        totals: dict[str, int] = {}
        for vote in self.votes:
            totals[vote.target] = totals.get(vote.target, 0) + vote.count
        return sorted(totals.items(), key=lambda item: -item[1])

    def note(self, note_id: str) -> Note:
        return _find(self.notes, note_id, "note")

    def action(self, action_id: str) -> ActionItem:
        return _find(self.actions, action_id, "action")

    def group_card(self, card_id: str) -> GroupCard:
        return _find(self.group_cards, card_id, "group_card")


# One whole sentence per kind of part, so each language can say it its own way ("dit actiepunt").
MISSING = {"step": QT_TRANSLATE_NOOP("SessionParts", "Deze stap bestaat niet (meer)."),
           "participant": QT_TRANSLATE_NOOP("SessionParts", "Deze deelnemer bestaat niet (meer)."),
           "note": QT_TRANSLATE_NOOP("SessionParts", "Deze notitie bestaat niet (meer)."),
           "action": QT_TRANSLATE_NOOP("SessionParts", "Dit actiepunt bestaat niet (meer)."),
           "group_card": QT_TRANSLATE_NOOP("SessionParts", "Deze eigen kaart bestaat niet (meer).")}
MISSING_PART = QT_TRANSLATE_NOOP("SessionParts", "Dit onderdeel van de sessie bestaat niet (meer).")


def _find(items: list, item_id: str, what: str):
    """The item with ``item_id``; else SessionError in the interface language (``what`` is a key of MISSING)."""
    for item in items:
        if item.id == item_id:
            return item
    raise SessionError(translate("SessionParts", MISSING.get(what, MISSING_PART)))

"""The parts of a session document: participants, steps and what happened in a step (notes, votes,
action items, the group's own cards), with the checks every text and id passes.

core/sessions/session.py builds the Session from these parts and core/sessions/session_ops.py changes them; this
module imports neither (the layers go one way: fields <- parts <- operations <- session). The checks every
text and id passes are in core/sessions/sessionfields.py, the parts of issue #29's step kinds in core/sessions/stepinput.py.
"""

from __future__ import annotations

import re
from datetime import date as Date, datetime
from typing import Literal

from pydantic import Field, model_validator

from ..board.board import BoardState
from ..decks.decks import Card
from ..base.i18n import QT_TRANSLATE_NOOP, translate
from .sessionfields import (  # noqa: F401 - the checks and base types belong to this module's interface too
    MAX_TEXT, VIA_TEXT, Colour, Id, Line, PlainText, SessionModel, Via, clean_text, new_id, now)
from .stepinput import IdeaWall, RatingScale, Screen, WordCloud
from .stepkinds import DEFAULT_KIND, KINDS


class SessionError(ValueError):
    """A change the session does not allow; the message (in the interface language) is meant for the facilitator."""


SESSION_FORMAT_VERSION = 2  # 2: word cloud, rating scale, idea wall (issue #29; core/sessions/stepinput.py)
DOCUMENT_KIND = "reflectiespel-sessie"
DEFAULT_VOTE_BUDGET = 3

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

# the kinds of step come from the one registry (core/sessions/stepkinds.py): a kind not there is not in the format
STEP_KINDS: tuple[str, ...] = tuple(KINDS)
StepKind = Literal[STEP_KINDS]  # type: ignore[valid-type]

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
    via: Via | None = Field(None, description=VIA_TEXT)


class Vote(SessionModel):
    """``count`` dots from one participant on one card (or option) in one step."""

    participant_id: Id
    target: Id = Field(description="id van een kaart, een eigen kaart of een keuze")
    count: int = Field(1, ge=1, le=1000)
    via: Via | None = Field(None, description=VIA_TEXT)


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
    choice_via: dict[str, dict[str, Via]] = Field(default_factory=dict, description="deelnemer id -> kaart -> wie "
                                                  "de keuze invoerde (phone of console)")
    notes: list[Note] = Field(default_factory=list)
    votes: list[Vote] = Field(default_factory=list)
    actions: list[ActionItem] = Field(default_factory=list)
    group_cards: list[GroupCard] = Field(default_factory=list)
    board: BoardState = Field(default_factory=BoardState)
    board_from: Id | None = Field(None, description="Een bordstap die verder gaat met het bord van deze "
                                                    "eerdere stap (id); de posities van toen zijn schimmen")
    cloud: WordCloud | None = Field(None, description="Bij een woordwolk: de woorden en wat de begeleider "
                                                        "samenvoegde, verborg of splitste")
    screen: Screen | None = Field(None, description="Wat de projectie en de telefoons laten zien; invoer eerst "
                                                      "langs de begeleider (leeg: alles meteen, met tussenstand)")
    wall: IdeaWall | None = Field(None, description="Bij een ideeënmuur: de ideeën (stemmen staan in 'votes')")
    scale: RatingScale | None = Field(None, description="Bij een schaal: de rijen (vragen), de cijfers 0-10 "
                                                          "en die van vorige keer")

    @model_validator(mode="after")
    def _ids_once(self) -> Step:
        _unique_ids(self.notes, "notes")
        _unique_ids(self.actions, "actions")
        _unique_ids(self.group_cards, "group_cards")
        return self

    def has_work(self) -> bool:
        """Something the group made or decided was captured in this step."""
        return bool(self.notes or any(self.choices.values()) or self.votes or self.actions or self.group_cards
                    or self.board.placements or (self.cloud is not None and self.cloud.words)
                    or (self.wall is not None and self.wall.ideas) or (self.scale is not None and self.scale.ratings))

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


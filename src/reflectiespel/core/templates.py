"""Session templates (werkvormen): YAML files in ``decks/werkvormen/`` that give a session its steps.

A template names decks and cards by id; ``new_session_from_template`` looks them up in a Library
and builds a Session. See docs/werkvormen.md for the format as a trainer reads it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, model_validator

from .decks import Deck, Slug, StrictModel, Text, check_format_version
from .entries import Entry, load_entries
from .i18n import translate
from .library import Library, user_decks_dir
from .session import STEP_KINDS, Session, SessionError, Step, StepKind
from .yamlfile import load_model

TEMPLATE_FORMAT_VERSION = 1
FOLDER = "werkvormen"


def _check_selection(value: str | list[str] | None) -> str | list[str] | None:
    if isinstance(value, str):
        value = value.strip()
        if value != "all" and not (value.startswith("category:") and value[len("category:"):].strip()):
            raise ValueError(translate("Validators", "schrijf 'all' (alle kaarten), 'category:<id>' (een categorie) "
                                               "of een lijst met kaart-ids"))
    return value


class BoardLink(StrictModel):
    continue_from: Slug = Field(description="id van een eerdere bordstap: dit bord gaat daar verder, "
                                            "met de posities van toen als schimmen")


class TemplateStep(StrictModel):
    id: Slug | None = Field(None, description="Korte naam van de stap, om er later naar te verwijzen")
    kind: StepKind = Field(description="cards, values, tips, boundary-objects, board of free")
    title: Text = Field(description="Titel van de stap; bij per_card mag {nr} en {kaart} erin")
    instruction: str = Field("", description="Wat de groep doet, in gewone taal; staat op het scherm")
    deck: Slug | None = Field(None, description="id van de kaartenset")
    cards: Annotated[list[Slug] | str | None, AfterValidator(_check_selection)] = Field(
        None, description="'all', 'category:<id>' of een lijst kaart-ids; leeg: alle kaarten van de set")
    per_card: bool = Field(False, description="Eén stap per kaart (bijvoorbeeld één ronde per tip)")
    minutes: int = Field(0, ge=0, le=600, description="Minuten voor de klok; 0 is geen klok")
    vote_budget: int | None = Field(None, ge=0, le=100, description="Stemmen per deelnemer in deze stap")
    max_choices: int | None = Field(None, ge=1, le=100, description="Hoeveel kaarten iemand mag kiezen")
    board: BoardLink | None = Field(None, description="Bij een bordstap: {continue_from: <id van een eerdere "
                                                      "bordstap>} om met dat bord verder te gaan")

    @model_validator(mode="after")
    def _deck_when_cards(self) -> "TemplateStep":
        if self.deck is None and (self.cards is not None or self.per_card):
            raise ValueError(translate("Validators", "noem ook de kaartenset (deck: <id>) waar deze kaarten uit komen"))
        if self.board is not None and self.kind != "board":
            raise ValueError(translate("Validators", "alleen een bordstap (kind: board) kan met een eerder bord verder gaan"))
        return self


class Template(StrictModel):
    format_version: Annotated[int, AfterValidator(lambda v: check_format_version(v, TEMPLATE_FORMAT_VERSION))] = \
        Field(description="Versie van het formaat; nu 1")
    id: Slug
    title: Text
    language: Literal["nl", "en"] = Field("nl", description="Taal van de werkvorm (nl of en); een vertaling "
                                          "heeft dezelfde id")
    description: str = Field("", description="Waar de werkvorm voor is, in een paar zinnen")
    duration_minutes: int | None = Field(None, ge=1, le=1440, description="Hoe lang het ongeveer duurt")
    source: list[Text] | Text | None = Field(None, description="Op welke publicatie(s) de werkvorm steunt")
    vote_budget: int | None = Field(None, ge=0, le=100, description="Stemmen per deelnemer (standaard 3)")
    steps: list[TemplateStep] = Field(min_length=1)

    @model_validator(mode="after")
    def _links_point_back(self) -> "Template":
        seen: dict[str, TemplateStep] = {}
        for number, step in enumerate(self.steps, 1):
            if step.board is not None:
                source = seen.get(step.board.continue_from)
                if source is None:
                    raise ValueError(translate("Validators", "steps[{0}].board.continue_from: er is geen eerdere stap met id "
                                                   "'{1}'; geef die stap 'id: {1}' en zet hem vóór deze stap").format(
                        number, step.board.continue_from))
                if source.kind != "board":
                    raise ValueError(translate("Validators", "steps[{0}].board.continue_from: de stap '{1}' is geen "
                                                   "bordstap (kind: board)").format(number, source.title))
            if step.id is not None:
                if step.id in seen:
                    raise ValueError(translate("Validators", "steps[{0}].id: de id '{1}' staat al bij een eerdere stap").format(
                        number, step.id))
                seen[step.id] = step
        return self


def select_cards(step: TemplateStep, deck: Deck) -> tuple[list[str], list[str]]:
    """(card ids, problems): the cards a template step asks for, in deck order or list order."""
    selection = step.cards
    if selection is None or selection == "all":
        return [card.id for card in deck.play_cards], []
    if isinstance(selection, str):
        category = selection[len("category:"):].strip()
        ids = [card.id for card in deck.play_cards if card.category == category]
        if not ids:
            return [], [translate("Templates", "de set '{0}' heeft geen categorie '{1}' met kaarten").format(
                deck.id, category)]
        return ids, []
    known = {card.id for card in deck.play_cards}
    missing = [card_id for card_id in selection if card_id not in known]
    about = {card.id for card in deck.about_cards}
    problems = [translate("Templates", "de kaart '{0}' is een kaart over de set (uitleg, bronnen of 'let op'), "
                                       "geen kaart om mee te spelen").format(card_id) if card_id in about else
                translate("Templates", "de kaart '{0}' staat niet in de set '{1}'").format(card_id, deck.id)
                for card_id in missing]
    return [card_id for card_id in selection if card_id in known], problems


def check_template(template: Template, library: Library) -> list[str]:
    """What would go wrong when this template is used with these decks (interface language, one line each)."""
    problems = []
    for number, step in enumerate(template.steps, 1):
        if step.deck is None:
            continue
        try:
            deck = library.get(step.deck)
        except KeyError:
            problems.append(translate("Templates", "stap {0} ('{1}'): de kaartenset '{2}' is er niet").format(
                number, step.title, step.deck))
            continue
        problems += [translate("Templates", "stap {0} ('{1}'): {2}").format(number, step.title, p)
                     for p in select_cards(step, deck)[1]]
    return problems


def _fill(text: str, number: int, title: str) -> str:
    return text.replace("{nr}", str(number)).replace("{kaart}", title)


def new_session_from_template(template: Template, library: Library, title: str | None = None) -> Session:
    """A new session with the template's steps and cards; SessionError (interface language) when decks or
    cards are missing."""
    problems = check_template(template, library)
    if problems:
        raise SessionError(translate("Templates", "De werkvorm '{0}' kan niet beginnen:").format(template.title)
                           + "\n" + "\n".join(problems))
    session = Session(title=title or template.title, date=date.today(), template_id=template.id,
                      language=template.language, ran_steps=[])
    if template.vote_budget is not None:
        session.vote_budget = template.vote_budget
    made: dict[str, str] = {}  # template step id -> session step id
    for tstep in template.steps:
        common = dict(kind=tstep.kind, minutes=tstep.minutes, vote_budget=tstep.vote_budget,
                      max_choices=tstep.max_choices, deck_id=tstep.deck)
        if tstep.board is not None:
            common["board_from"] = made[tstep.board.continue_from]
        if tstep.deck is None:
            session.steps.append(Step(title=tstep.title, instruction=tstep.instruction, **common))
            if tstep.id:
                made[tstep.id] = session.steps[-1].id
            continue
        deck = library.get(tstep.deck)
        card_ids = select_cards(tstep, deck)[0]
        if not tstep.per_card:
            session.steps.append(Step(title=tstep.title, instruction=tstep.instruction, card_ids=card_ids, **common))
            continue
        for number, card_id in enumerate(card_ids, 1):
            name = deck.card(card_id).title
            session.steps.append(Step(title=_fill(tstep.title, number, name)[:300],
                                      instruction=_fill(tstep.instruction, number, name),
                                      card_ids=[card_id], **common))
        if tstep.id:
            made[tstep.id] = session.steps[-1].id
    session.go_to(0)
    return session


# --- the templates the app knows ----------------------------------------------------------------
def load_template(path: Path) -> Template:
    """Read one template file; FileProblems with lines and fields when it is not right."""
    return load_model(path, Template)


class TemplateEntry(Entry[Template]):
    @property
    def template(self) -> Template | None:
        return self.item


class TemplateLibrary:
    """Built-in templates first, then the user's own; broken files are kept with their problems."""

    def __init__(self, builtin_dir: Path, user_dir: Path | None = None):
        self.builtin_dir = builtin_dir
        self.user_dir = user_dir
        self.entries: list[TemplateEntry] = []

    def load(self) -> "TemplateLibrary":
        self.entries = load_entries([(self.builtin_dir, True), (self.user_dir, False)], load_template,
                                    TemplateEntry, "werkvorm")
        return self

    @property
    def templates(self) -> list[Template]:
        """One per id, in the interface language where there is one."""
        from . import i18n
        from .entries import in_language

        return [e.template for e in in_language(self.entries, i18n.language()) if e.ok and e.template is not None]

    @property
    def broken(self) -> list[TemplateEntry]:
        return [e for e in self.entries if not e.ok]

    def get(self, template_id: str) -> Template:
        for template in self.templates:
            if template.id == template_id:
                return template
        raise KeyError(template_id)


def default_templates(data_dir: Path | None = None) -> TemplateLibrary:
    from ..resources import builtin_decks_dir

    return TemplateLibrary(builtin_decks_dir() / FOLDER, user_decks_dir(data_dir) / FOLDER).load()


__all__ = ["TEMPLATE_FORMAT_VERSION", "STEP_KINDS", "BoardLink", "Template", "TemplateStep", "TemplateEntry", "TemplateLibrary",
           "check_template", "default_templates", "load_template", "new_session_from_template", "select_cards"]

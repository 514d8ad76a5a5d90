"""Routes for "Samen reflecteren": a team reflects without a facilitator, the app leads.

A route is a YAML file in ``decks/routes/`` (built in) or ``<user data>/decks/routes/``: a list of
steps, each with a kind, a title, a plain-Dutch explanation, the cards it uses, minutes for the
timer and a closing question. See docs/routes.md. Loading is validated like a deck: every problem
names the file, the line and the field. ``start_session`` turns a route into a Session.
"""

from __future__ import annotations

import math
import random
from datetime import date as Date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..decks.decks import Card, Slug, Text, check_format_version
from ..decks.entries import Entry, load_entries
from ..base.i18n import translate
from ..decks.library import Library, user_decks_dir
from ..decks.passages import Basis
from ..base.problems import FileProblems, Problem, display_path, explain_validation_error
from ..sessions.stepkinds import ROUTE_KINDS, route_kind
from ..sessions.together import ROUTE_STEP_KINDS, RouteStepKind, RunStep, TogetherRun
from ..sessions.turns import MAX_PEOPLE, TurnState
from ..files.yamlfile import guarded, known_fields, read_yaml

if TYPE_CHECKING:
    from ..sessions.session import Session

ROUTE_FORMAT_VERSION = 1
ROUTES_FOLDER = "routes"


def step_kind_name(kind: str) -> str:
    """A route step's kind as a person reads it ('Op de as' / 'On the axis'), in the interface language."""
    return ROUTE_KINDS[kind].title() if kind in ROUTE_KINDS else kind


class RouteModel(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class RouteStep(RouteModel):
    id: Slug = Field(description="Korte naam van de stap, uniek in de route")
    kind: RouteStepKind = Field(description="Soort stap: " + ", ".join(ROUTE_STEP_KINDS))
    title: Text = Field(max_length=120, description="Titel, groot op het scherm")
    explanation: Text = Field(max_length=1500, description="Wat jullie doen, in gewone woorden")
    deck: Slug | None = Field(None, description="id van de kaartenset (kaartronde, waarden kiezen)")
    category: Slug | None = Field(None, description="Alleen kaarten uit deze categorie van de set")
    cards: list[Slug] = Field(default_factory=list, description="Deze kaarten, op volgorde (in plaats van trekken)")
    deal: int = Field(1, ge=1, le=10, description="Kaartronde: hoeveel kaarten (rondes) er worden gedeeld")
    shuffle: bool = Field(True, description="Kaarten willekeurig trekken (true) of op volgorde (false)")
    max_choices: int = Field(3, ge=1, le=20, description="Waarden kiezen: hoeveel kaarten iemand hoogstens kiest")
    minutes: int = Field(0, ge=0, le=120, description="Minuten voor de klok; 0 is geen klok")
    minutes_per_person: float = Field(0, ge=0, le=15, description="Minuten per persoon bovenop 'minutes', voor "
                                      "een stap waarin iedereen aan de beurt komt")
    question: Text = Field(max_length=300, description="Slotvraag; het korte antwoord typen jullie in")
    snapshot: str | None = Field(None, max_length=60, description="Bordstap: naam van de vastgelegde positie")
    basis: Basis | None = Field(None, description="Op welke passage(s) in de bronnen de stap steunt, of "
                                "'own: true' voor een eigen voorstel")

    def minutes_for(self, people: int) -> int:
        """The clock's minutes with this many people (a turn each counted out)."""
        return math.ceil(self.minutes + self.minutes_per_person * max(1, people) - 1e-9)

    @model_validator(mode="after")
    def _needs_deck(self) -> RouteStep:
        if route_kind(self.kind).cards and not self.deck:
            raise ValueError(translate("Validators", "een stap van de soort '{0}' heeft een kaartenset nodig: "
                                               "vul 'deck' in").format(self.kind))
        if not route_kind(self.kind).cards and (self.deck or self.cards or self.category):
            raise ValueError(translate("Validators", "een stap van de soort '{0}' gebruikt geen kaarten; "
                                               "haal 'deck', 'category' en 'cards' weg").format(self.kind))
        return self


class Route(RouteModel):
    format_version: Annotated[int, AfterValidator(lambda v: check_format_version(v, ROUTE_FORMAT_VERSION))] = Field(
        description="Versie van het formaat; nu 1")
    id: Slug
    title: Text = Field(max_length=120)
    language: Literal["nl", "en"] = Field("nl", description="Taal van de route (nl of en); een vertaling heeft "
                                          "dezelfde id")
    description: Text = Field(max_length=1500, description="Voor wie en wanneer, in een paar zinnen")
    when: str = Field("", max_length=200, description="Bijvoorbeeld 'aan het begin van een samenwerking'")
    new_team: bool = Field(False, description="Voor een team dat nog moet beginnen: deelt geen kaarten over "
                           "werk dat al loopt (underway: true)")
    team: bool = Field(False, description="Alleen met minstens twee mensen (actieonderzoek doe je samen)")
    group_size: int = Field(6, ge=1, le=MAX_PEOPLE, description="Voor hoeveel mensen de duur in de "
                            "beschrijving geldt")
    source: list[Text] | Text = Field(description="Op welke publicatie(s) de route steunt")
    steps: list[RouteStep] = Field(min_length=1, max_length=30)

    @model_validator(mode="after")
    def _unique_steps(self) -> Route:
        seen: set[str] = set()
        for step in self.steps:
            if step.id in seen:
                raise ValueError(translate("Validators", "twee stappen heten '{0}'; geef elke stap een eigen id").format(
                    step.id))
            seen.add(step.id)
        return self

    @property
    def minutes(self) -> int:
        """How long the route takes for its group_size."""
        return self.minutes_for(self.group_size)

    def minutes_for(self, people: int) -> int:
        return sum(step.minutes_for(people) for step in self.steps)

    @property
    def needs_earlier(self) -> bool:
        return any(route_kind(step.kind).compare for step in self.steps)


# --- the cards a step uses -----------------------------------------------------------------------
def step_pool(step: RouteStep, library: Library, new_team: bool = False) -> list[Card]:
    """The cards a step can use: its own list, else its category, else the whole deck (no blanks, no
    instruction, credits or note cards, and for a new team no cards about work that is under way)."""
    if not step.deck:
        return []
    deck = library.get(step.deck)
    if step.cards:
        return [deck.card(card_id) for card_id in step.cards]
    return [c for c in deck.play_cards if not c.blank and (step.category is None or c.category == step.category)
            and not (new_team and c.underway)]


def check_cards(route: Route, library: Library, file: str = "", line_of=lambda loc: None) -> list[Problem]:
    """Problems with the decks, categories and cards a route names (the YAML itself is valid)."""
    problems: list[Problem] = []
    known = {deck.id: deck for deck in library.decks}
    for i, step in enumerate(route.steps):
        if not step.deck:
            continue
        where = ("steps", i)
        deck = known.get(step.deck)
        if deck is None:
            problems.append(Problem(file, translate("Routes", "de kaartenset '{0}' bestaat niet (of heeft zelf een "
                                                              "probleem)").format(step.deck),
                                    line_of((*where, "deck")), f"steps[{i + 1}].deck"))
            continue
        if step.category and step.category not in {c.id for c in deck.categories}:
            problems.append(Problem(file, translate("Routes", "de set '{0}' heeft geen categorie '{1}'").format(
                                        deck.id, step.category),
                                    line_of((*where, "category")), f"steps[{i + 1}].category"))
            continue
        card_ids = {c.id for c in deck.cards}
        for j, card_id in enumerate(step.cards):
            if card_id not in card_ids:
                problems.append(Problem(file, translate("Routes", "de set '{0}' heeft geen kaart '{1}'").format(
                                            deck.id, card_id),
                                        line_of((*where, "cards", j)), f"steps[{i + 1}].cards[{j + 1}]"))
            elif not deck.card(card_id).playable:
                problems.append(Problem(file, translate("Routes", "'{0}' is een kaart over de set (uitleg, bronnen "
                                                                  "of 'let op'), geen kaart om te delen").format(card_id),
                                        line_of((*where, "cards", j)), f"steps[{i + 1}].cards[{j + 1}]"))
        if any(p.field.startswith(f"steps[{i + 1}]") for p in problems):
            continue
        pool = step_pool(step, library, route.new_team)
        if route.new_team:
            for j, card in enumerate(pool):
                if card.underway:
                    problems.append(Problem(
                        file, translate("Routes", "deze route is voor een nieuw team (new_team: true), maar de kaart "
                                                  "'{0}' vraagt naar werk dat al loopt (underway: true); kies een "
                                                  "andere kaart").format(card.id),
                        line_of((*where, "cards", j)), f"steps[{i + 1}].cards[{j + 1}]"))
        if not pool:
            problems.append(Problem(file, translate("Routes", "deze stap heeft geen kaarten om te delen"),
                                    line_of(where), f"steps[{i + 1}]"))
        elif route_kind(step.kind).deals and step.deal > len(pool):
            problems.append(Problem(file, translate("Routes", "er zijn maar {0} kaarten om te delen, niet "
                                                              "{1}").format(len(pool), step.deal),
                                    line_of((*where, "deal")), f"steps[{i + 1}].deal"))
    return problems


# --- loading -------------------------------------------------------------------------------------
@guarded
def load_route(path: Path, library: Library | None = None) -> Route:
    """Read and validate one route file; with a library, also check the cards it names."""
    name = display_path(path)
    data, lines = read_yaml(path)
    try:
        route = Route.model_validate(data)
    except ValidationError as exc:
        raise FileProblems(explain_validation_error(exc, name, line_of=lines.line,
                                                    known_fields=lambda loc: known_fields(Route, loc))) from None
    if library is not None:
        problems = check_cards(route, library, name, lines.line)
        if problems:
            raise FileProblems(problems)
    return route


class RouteEntry(Entry[Route]):
    """One route file: loaded, or broken with its problems."""

    @property
    def route(self) -> Route | None:
        return self.item


def routes_dirs(builtin_decks: Path | None = None, user_decks: Path | None = None) -> tuple[Path, Path]:
    from ...resources import builtin_decks_dir

    return ((builtin_decks or builtin_decks_dir()) / ROUTES_FOLDER,
            (user_decks or user_decks_dir()) / ROUTES_FOLDER)


def load_routes(library: Library | None, builtin_dir: Path | None = None,
                user_dir: Path | None = None) -> list[RouteEntry]:
    """All routes, built in first, one per id in the interface language where there is one; broken ones
    stay in the list with their problems."""
    from ..base import i18n
    from ..decks.entries import in_language

    default_builtin, default_user = routes_dirs()
    org = getattr(library, "org_dir", None)  # the organisation's routes/ beside its decks
    entries = load_entries([(builtin_dir or default_builtin, True), (org / ROUTES_FOLDER if org else None, False, True),
                            (user_dir or default_user, False)],
                           lambda path: load_route(path, library), RouteEntry, "route")
    return in_language(entries, i18n.language())


# --- from route to session -----------------------------------------------------------------------
def clean_names(names: list[str]) -> list[str]:
    """Names as typed: trimmed, empty ones dropped, at most MAX_PEOPLE; nobody typed: one person alone."""
    cleaned = [n.strip() for n in names if n.strip()][:MAX_PEOPLE]
    return cleaned or [translate("Routes", "Ik")]


class TooFewPeople(ValueError):
    """A team route started by one person: the message says so in the interface language."""


def start_session(route: Route, names: list[str], library: Library, rng: random.Random | None = None,
                  title: str | None = None) -> Session:
    """A new Session that follows the route: its steps, the dealt cards, the people and their turns; the
    clock of a step with minutes_per_person counts the people. TooFewPeople for a team route with one name."""
    from ..sessions.session import Participant, Session, Step

    if route.team and len([n for n in names if n.strip()]) < 2:
        raise TooFewPeople(translate("Routes", "'{0}' is een route voor een team: vul minstens twee namen "
                                               "in.").format(route.title))
    rng = rng or random.Random()
    session = Session(title=title or route.title, date=Date.today(), template_id=f"route:{route.id}",
                      language=route.language, ran_steps=[])
    session.participants = [Participant(name=name) for name in clean_names(names)]
    people = len(session.participants)
    run = TogetherRun(route_id=route.id, route_title=route.title,
                      turn=TurnState(people=[p.id for p in session.participants]))
    for route_step in route.steps:
        pool = step_pool(route_step, library, route.new_team) if route_step.deck else []
        kind = route_kind(route_step.kind)
        if kind.deals:
            cards = rng.sample(pool, route_step.deal) if route_step.shuffle else pool[: route_step.deal]
        else:
            cards = pool
        session.steps.append(Step(
            id=route_step.id, kind=kind.session_kind, title=route_step.title,
            instruction=route_step.explanation, deck_id=route_step.deck, card_ids=[c.id for c in cards],
            minutes=route_step.minutes_for(people), vote_budget=0,
            max_choices=route_step.max_choices if kind.choose else None))
        run.steps[route_step.id] = RunStep(kind=route_step.kind, question=route_step.question,
                                           snapshot=route_step.snapshot)
    session.together = run
    session.go_to(0)
    return session

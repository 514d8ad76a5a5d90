"""Session templates (werkvormen): YAML files in ``decks/werkvormen/`` that give a session its steps.

A template names decks and cards by id; ``new_session_from_template`` looks them up in a Library
and builds a Session. See docs/werkvormen.md for the format as a trainer reads it.

Times that depend on the group: a step may add ``minutes_per_person`` to its ``minutes`` (a round in
which everyone speaks); the session gets the minutes for its real number of participants, and the
werkvorm's ``duration_minutes`` is stated for its ``group_size``. A werkvorm longer than one meeting
is split into ``parts`` (deel 1, deel 2): each step says its ``part``, and a session holds one part, or
all of them with a break step between them.
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, model_validator

from ..decks.decks import Deck, Slug, StrictModel, Text, check_format_version
from ..decks.entries import Entry, load_entries
from ..base.i18n import translate
from ..decks.library import Library, user_decks_dir
from ..decks.passages import Basis
from .session import STEP_KINDS, Session, SessionError, Step, StepKind
from .stepkinds import DEFAULT_KIND, kind_of
from ..files.yamlfile import load_model

TEMPLATE_FORMAT_VERSION = 1
FOLDER = "werkvormen"
DEFAULT_GROUP_SIZE = 8  # the group a werkvorm's duration is stated for, unless it says otherwise
MEETING_MINUTES = 90  # one meeting: a built-in werkvorm (or each of its parts) fits this
BREAK_MINUTES = 15  # the break between two parts run in one session


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
    kind: StepKind = Field(description=", ".join(STEP_KINDS[:-1]) + " of " + STEP_KINDS[-1])
    title: Text = Field(description="Titel van de stap; bij per_card mag {nr} en {kaart} erin")
    instruction: str = Field("", description="Wat de groep doet, in gewone taal; staat op het scherm")
    deck: Slug | None = Field(None, description="id van de kaartenset")
    cards: Annotated[list[Slug] | str | None, AfterValidator(_check_selection)] = Field(
        None, description="'all', 'category:<id>' of een lijst kaart-ids; leeg: alle kaarten van de set")
    per_card: bool = Field(False, description="Eén stap per kaart (bijvoorbeeld één ronde per tip)")
    minutes: int = Field(0, ge=0, le=600, description="Minuten voor de klok; 0 is geen klok")
    minutes_per_person: float = Field(0, ge=0, le=30, description="Minuten per deelnemer bovenop 'minutes', "
                                      "voor een rondje waarin iedereen aan de beurt komt")
    part: int | None = Field(None, ge=1, le=4, description="Bij een werkvorm in delen: in welk deel de stap staat")
    basis: Basis | None = Field(None, description="Op welke passage(s) in de bronnen de stap steunt, of "
                                "'own: true' voor een eigen voorstel")
    vote_budget: int | None = Field(None, ge=0, le=100, description="Stemmen per deelnemer in deze stap")
    max_choices: int | None = Field(None, ge=1, le=100, description="Hoeveel kaarten iemand mag kiezen")
    board: BoardLink | None = Field(None, description="Bij een bordstap: {continue_from: <id van een eerdere "
                                                      "bordstap>} om met dat bord verder te gaan")
    words: int | None = Field(None, ge=1, le=10, description="Bij een woordwolk (kind: wordcloud): hoeveel "
                              "woorden iedereen mag sturen (standaard 3)")
    screened: bool = Field(False, description="Bij een woordwolk of ideeënmuur: wat telefoons sturen komt eerst "
                           "bij de begeleider, en op het scherm pas als die het vrijgeeft")
    counts_hidden: bool = Field(False, description="Bij een woordwolk, ideeënmuur of schaal: de tussenstand "
                                "(aantallen, stemmen, cijfers) staat niet op het scherm tot de begeleider hem "
                                "aanzet; voor een stap waarin een enkel antwoord van iemand te herkennen is")
    rows: list[Text] | None = Field(None, min_length=1, max_length=12, description="Bij een schaal (kind: "
                                    "rating): de vragen, een per rij; zonder rows worden de kaarten van 'deck' "
                                    "de rijen")

    @model_validator(mode="after")
    def _deck_when_cards(self) -> TemplateStep:
        if self.deck is None and (self.cards is not None or self.per_card):
            raise ValueError(translate("Validators", "noem ook de kaartenset (deck: <id>) waar deze kaarten uit komen"))
        if self.board is not None and not kind_of(self.kind).board:
            raise ValueError(translate("Validators", "alleen een bordstap (kind: board) kan met een eerder bord verder gaan"))
        if self.words is not None and kind_of(self.kind).collects != "words":
            raise ValueError(translate("Validators", "'words' hoort alleen bij een woordwolk (kind: wordcloud)"))
        if self.screened and kind_of(self.kind).collects not in ("words", "ideas"):
            raise ValueError(translate("Validators", "'screened' hoort alleen bij een woordwolk of ideeënmuur "
                                                     "(kind: wordcloud of ideas)"))
        if self.counts_hidden and kind_of(self.kind).collects not in ("words", "ideas", "ratings"):
            raise ValueError(translate("Validators", "'counts_hidden' hoort alleen bij een woordwolk, ideeënmuur "
                                                     "of schaal (kind: wordcloud, ideas of rating)"))
        if self.rows is not None and kind_of(self.kind).collects != "ratings":
            raise ValueError(translate("Validators", "'rows' hoort alleen bij een schaal (kind: rating)"))
        if kind_of(self.kind).collects == "ratings" and self.rows is None and self.deck is None:
            raise ValueError(translate("Validators", "een schaal (kind: rating) heeft vragen nodig: zet ze onder "
                                                     "'rows', of noem een kaartenset (deck) waarvan de kaarten de "
                                                     "vragen zijn"))
        return self


class TemplatePart(StrictModel):
    title: Text = Field(description="Naam van het deel, bijvoorbeeld 'Deel 1: tip 1 tot en met 4'")
    duration_minutes: int | None = Field(None, ge=1, le=1440, description="Hoe lang dit deel duurt "
                                         "(voor 'group_size' deelnemers)")


class Template(StrictModel):
    format_version: Annotated[int, AfterValidator(lambda v: check_format_version(v, TEMPLATE_FORMAT_VERSION))] = \
        Field(description="Versie van het formaat; nu 1")
    id: Slug
    title: Text
    language: Literal["nl", "en"] = Field("nl", description="Taal van de werkvorm (nl of en); een vertaling "
                                          "heeft dezelfde id")
    description: str = Field("", description="Waar de werkvorm voor is, in een paar zinnen")
    duration_minutes: int | None = Field(None, ge=1, le=1440, description="Hoe lang het ongeveer duurt "
                                         "(voor 'group_size' deelnemers; bij delen: alle delen samen)")
    group_size: int = Field(DEFAULT_GROUP_SIZE, ge=1, le=100, description="Voor hoeveel deelnemers de tijden "
                            "gelden als een stap 'minutes_per_person' heeft")
    parts: list[TemplatePart] = Field(default_factory=list, description="Delen voor aparte bijeenkomsten "
                                      "(deel 1, deel 2); elke stap zegt dan in welk deel hij staat")
    source: list[Text] | Text | None = Field(None, description="Op welke publicatie(s) de werkvorm steunt")
    vote_budget: int | None = Field(None, ge=0, le=100, description="Stemmen per deelnemer (standaard 3)")
    steps: list[TemplateStep] = Field(min_length=1)

    @model_validator(mode="after")
    def _parts_in_order(self) -> Template:
        if not self.parts:
            for number, step in enumerate(self.steps, 1):
                if step.part is not None:
                    raise ValueError(translate("Validators", "steps[{0}].part: deze werkvorm heeft geen delen; "
                                               "haal 'part' weg of noem de delen onder 'parts'").format(number))
            return self
        previous = 1
        for number, step in enumerate(self.steps, 1):
            if step.part is None:
                raise ValueError(translate("Validators", "steps[{0}].part: de werkvorm heeft delen; zeg bij elke "
                                           "stap in welk deel hij staat (part: 1 tot {1})").format(
                    number, len(self.parts)))
            if step.part > len(self.parts):
                raise ValueError(translate("Validators", "steps[{0}].part: er zijn maar {1} delen onder "
                                           "'parts'").format(number, len(self.parts)))
            if step.part < previous or step.part > previous + 1:
                raise ValueError(translate("Validators", "steps[{0}].part: de stappen staan per deel op "
                                           "volgorde: eerst deel 1, dan deel 2").format(number))
            previous = step.part
        if previous != len(self.parts) or self.steps[0].part != 1:
            raise ValueError(translate("Validators", "parts: elk deel heeft minstens één stap"))
        return self

    @model_validator(mode="after")
    def _links_point_back(self) -> Template:
        seen: dict[str, TemplateStep] = {}
        for number, step in enumerate(self.steps, 1):
            if step.board is not None:
                source = seen.get(step.board.continue_from)
                if source is None:
                    raise ValueError(translate("Validators", "steps[{0}].board.continue_from: er is geen eerdere stap met id "
                                                   "'{1}'; geef die stap 'id: {1}' en zet hem vóór deze stap").format(
                        number, step.board.continue_from))
                if not kind_of(source.kind).board:
                    raise ValueError(translate("Validators", "steps[{0}].board.continue_from: de stap '{1}' is geen "
                                                   "bordstap (kind: board)").format(number, source.title))
                if source.part != step.part:
                    raise ValueError(translate("Validators", "steps[{0}].board.continue_from: de stap '{1}' staat in "
                                                   "een ander deel; een bord gaat alleen binnen één deel "
                                                   "verder").format(number, source.title))
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


def step_minutes(step: TemplateStep, people: int) -> int:
    """The clock's minutes for this step with this many participants (a round per person counted out)."""
    return math.ceil(step.minutes + step.minutes_per_person * max(0, people) - 1e-9)


def part_title(template: Template, part: int) -> str:
    return template.parts[part - 1].title if 1 <= part <= len(template.parts) else ""


def new_session_from_template(template: Template, library: Library, title: str | None = None,
                              people: int | None = None, part: int | None = None) -> Session:
    """A new session with the template's steps and cards; SessionError (interface language) when decks or
    cards are missing.

    ``people``: how many take part (default: the werkvorm's group_size); steps with minutes_per_person get
    their minutes for that many. ``part``: for a werkvorm in parts, only that part (its title is added to
    the session's); None runs every part in one session, with a break step between them."""
    problems = check_template(template, library)
    if part is not None and not 1 <= part <= len(template.parts):
        problems.append(translate("Templates", "de werkvorm heeft geen deel {0}").format(part))
    if problems:
        raise SessionError(translate("Templates", "De werkvorm '{0}' kan niet beginnen:").format(template.title)
                           + "\n" + "\n".join(problems))
    count = template.group_size if not people else people
    if title is None:
        title = f"{template.title}: {part_title(template, part)}" if part else template.title
    session = Session(title=title[:300], date=date.today(), template_id=template.id, language=template.language,
                      ran_steps=[])
    if template.vote_budget is not None:
        session.vote_budget = template.vote_budget
    made: dict[str, str] = {}  # template step id -> session step id
    previous_part = None
    for tstep in template.steps:
        if part is not None and tstep.part != part:
            continue
        if part is None and previous_part is not None and tstep.part != previous_part:
            session.steps.append(_break_step(template, previous_part, tstep.part))
        previous_part = tstep.part
        common = dict(kind=tstep.kind, minutes=step_minutes(tstep, count), vote_budget=tstep.vote_budget,
                      max_choices=tstep.max_choices, deck_id=tstep.deck)
        common.update(_input_parts(tstep))
        if tstep.board is not None:
            common["board_from"] = made[tstep.board.continue_from]
        if tstep.deck is None:
            session.steps.append(Step(title=tstep.title, instruction=tstep.instruction, **common))
            if tstep.id:
                made[tstep.id] = session.steps[-1].id
            continue
        deck = library.get(tstep.deck)
        card_ids = select_cards(tstep, deck)[0]
        if kind_of(tstep.kind).collects == "ratings" and tstep.rows is None:  # the cards are the scale's rows
            session.steps.append(Step(title=tstep.title, instruction=tstep.instruction,
                                      scale=_scale_of_cards(deck, card_ids), **common))
            if tstep.id:
                made[tstep.id] = session.steps[-1].id
            continue
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


def _input_parts(tstep: TemplateStep) -> dict:
    """What a step of a kind that collects input (issue #29) starts with."""
    from .stepinput import WordCloud

    parts: dict = {}
    if tstep.words is not None:
        parts["cloud"] = WordCloud(max_words=tstep.words)
    if tstep.screened or tstep.counts_hidden:
        from .stepinput import Screen

        parts["screen"] = Screen(screened=tstep.screened, counts_on_projection=not tstep.counts_hidden)
    if tstep.rows is not None:
        from .stepinput import RatingRow, RatingScale

        parts["scale"] = RatingScale(rows=[RatingRow(id=f"r{number}", text=text[:200])
                                           for number, text in enumerate(tstep.rows, 1)])
    return parts


def _scale_of_cards(deck: Deck, card_ids: list[str]):
    """A rating scale whose rows are cards of a deck (their titles, the card ids as row ids, so that a
    session in the other language, or next time, compares row by row)."""
    from .stepinput import MAX_ROWS, RatingRow, RatingScale

    return RatingScale(rows=[RatingRow(id=card_id, text=deck.card(card_id).title[:200])
                             for card_id in card_ids[:MAX_ROWS]])


def _break_step(template: Template, before: int, after: int) -> Step:
    """The break between two parts run in one session, in the werkvorm's language: the agenda shows it."""
    from ..base.i18n import speaking

    with speaking(template.language):
        short = part_title(template, before).split(":")[0].strip()  # 'Deel 1' of 'Deel 1: tip 1 tot en met 4'
        title = translate("Templates", "Pauze: einde van {0}").format(short)
        instruction = translate("Templates", "{0} is klaar. Na de pauze begint {1}.").format(
            part_title(template, before), part_title(template, after))
    return Step(kind=DEFAULT_KIND, title=title[:300], instruction=instruction, minutes=BREAK_MINUTES)


def template_minutes(template: Template, library: Library, people: int | None = None,
                     part: int | None = None) -> int:
    """How long the werkvorm (or one part) takes for this many people, as its session would have it; a
    break between parts is not counted."""
    session = new_session_from_template(template, library, people=people, part=part)
    breaks = sum(1 for p, q in zip(template.steps, template.steps[1:]) if p.part != q.part) if part is None else 0
    return sum(step.minutes for step in session.steps) - breaks * BREAK_MINUTES


# --- the templates the app knows ----------------------------------------------------------------
def load_template(path: Path) -> Template:
    """Read one template file; FileProblems with lines and fields when it is not right."""
    return load_model(path, Template)


class TemplateEntry(Entry[Template]):
    @property
    def template(self) -> Template | None:
        return self.item


class TemplateLibrary:
    """Built-in templates first, then the organisation's, then the user's own; broken files are kept with
    their problems."""

    def __init__(self, builtin_dir: Path, user_dir: Path | None = None, org_dir: Path | None = None):
        self.builtin_dir = builtin_dir
        self.user_dir = user_dir
        self.org_dir = org_dir
        self.entries: list[TemplateEntry] = []

    def load(self) -> TemplateLibrary:
        self.entries = load_entries([(self.builtin_dir, True), (self.org_dir, False, True), (self.user_dir, False)],
                                    load_template,
                                    TemplateEntry, "werkvorm")
        return self

    @property
    def templates(self) -> list[Template]:
        """One per id, in the interface language where there is one."""
        from ..base import i18n
        from ..decks.entries import in_language

        return [e.template for e in in_language(self.entries, i18n.language()) if e.ok and e.template is not None]

    @property
    def broken(self) -> list[TemplateEntry]:
        return [e for e in self.entries if not e.ok]

    def get(self, template_id: str) -> Template:
        for template in self.templates:
            if template.id == template_id:
                return template
        raise KeyError(template_id)


_FROM_SETTINGS = object()


def default_templates(data_dir: Path | None = None, org_dir=_FROM_SETTINGS) -> TemplateLibrary:
    """Built-in, the organisation's (``org_dir``; by default the one set for this user) and the user's own."""
    from ...resources import builtin_decks_dir

    if org_dir is _FROM_SETTINGS:
        from ..files.paths import org_dir as configured_org_dir

        org_dir = configured_org_dir(data_dir)
    return TemplateLibrary(builtin_decks_dir() / FOLDER, user_decks_dir(data_dir) / FOLDER,
                           org_dir / FOLDER if org_dir else None).load()


__all__ = ["TEMPLATE_FORMAT_VERSION", "STEP_KINDS", "BREAK_MINUTES", "DEFAULT_GROUP_SIZE", "MEETING_MINUTES",
           "BoardLink", "Template", "TemplatePart", "TemplateStep", "TemplateEntry", "TemplateLibrary",
           "check_template", "default_templates", "load_template", "new_session_from_template", "part_title",
           "select_cards", "step_minutes", "template_minutes"]

"""Werkvormen and routes that add up, in Dutch and in English: a step's minutes fit the exercises it deals;
every werkvorm (or each of its parts) and every route fits one meeting of at most 90 minutes for the group
it is written for; the stated duration is the sum of the steps; a round in which everyone speaks takes its
minutes from the people who are really there; a value choice offers values (no organisations, no blank
cards); a route for a new team deals no card about work under way."""

from __future__ import annotations

import re

import pytest

from reflectiespel.core.decks.library import Library, default_library
from reflectiespel.core.routes.routes import check_cards, load_route, load_routes, step_pool
from reflectiespel.core.sessions.templates import (MEETING_MINUTES, TemplateLibrary, TemplateStep, default_templates,
                                          load_template, new_session_from_template, select_cards, step_minutes,
                                          template_minutes)
from reflectiespel.core.sessions.timing import card_minutes, route_step_shortfall, template_step_shortfall
from reflectiespel.resources import builtin_decks_dir

DECKS = builtin_decks_dir()
WERKVORM_FILES = sorted((DECKS / "werkvormen").glob("*.yaml"))
ROUTE_FILES = sorted((DECKS / "routes").glob("*.yaml"))
LIBRARIES = {language: Library(DECKS, language=language).load() for language in ("nl", "en")}


def language_of(path) -> str:
    return "en" if path.name.endswith(".en.yaml") else "nl"


def deck_for(library: Library, deck_id: str, language: str):
    return library.get(deck_id, language)


@pytest.fixture(scope="module")
def library():
    return default_library()


@pytest.fixture(scope="module")
def templates():
    return default_templates()


@pytest.fixture(scope="module")
def routes(library):
    entries = [e for e in load_routes(library) if e.builtin]
    assert all(e.ok for e in entries), [str(p) for e in entries for p in e.problems]
    return {e.route.id: e.route for e in entries}


def template_shortfalls(template, library, language) -> list[str]:
    found = []
    for number, step in enumerate(template.steps, 1):
        if not step.deck:
            continue
        deck = deck_for(library, step.deck, language)
        cards = [deck.card(c) for c in select_cards(step, deck)[0]]
        problem = template_step_shortfall(step.kind, step_minutes(step, template.group_size), cards, step.per_card,
                                          step.max_choices, voting=(step.vote_budget or 0) > 0)
        if problem:
            found.append(f"{template.id} ({language}) stap {number} ('{step.title}'): {problem}")
    return found


# --- the exercises a step deals fit its minutes -------------------------------------------------------

@pytest.mark.parametrize("path", WERKVORM_FILES, ids=lambda p: p.name)
def test_every_builtin_werkvorm_gives_its_exercises_the_time_they_ask(path):
    language = language_of(path)
    assert template_shortfalls(load_template(path), LIBRARIES[language], language) == []


@pytest.mark.parametrize("path", ROUTE_FILES, ids=lambda p: p.name)
def test_every_builtin_route_gives_its_card_rounds_the_time_they_ask(path):
    language = language_of(path)
    route = load_route(path, LIBRARIES[language])
    problems = []
    for step in route.steps:
        pool = step_pool(step, LIBRARIES[language], route.new_team) if step.deck else []
        problem = route_step_shortfall(step.kind, step.minutes_for(route.group_size), pool, step.deal)
        if problem:
            problems.append(f"{route.id}/{step.id}: {problem}")
    assert problems == []


def test_three_questions_and_a_ten_minute_assignment_do_not_fit_fifteen_minutes(library):
    """Reading the card and talking about each question takes time too: 2 + 3 x 2 + 10 = 18 minutes."""
    tip = library.get("zeven-verandertips").card("tip-1-met-iedereen")
    assert len(tip.questions) == 3 and "(10 minuten)" in tip.assignment
    assert card_minutes(tip) == 18
    assert template_step_shortfall("tips", 15, [tip], True, None)
    assert template_step_shortfall("tips", 18, [tip], True, None) is None
    assert route_step_shortfall("card-round", 15, [tip], 1)


def test_the_check_catches_twelve_minutes_for_a_fifteen_minute_tip(templates, library):
    """The old 'zeven verandertips' gave each tip 12 minutes while some tips ask 15 for the assignment."""
    deck = library.get("zeven-verandertips")
    slowest = max(deck.play_cards, key=card_minutes)
    step = TemplateStep(kind="tips", title="{kaart}", deck=deck.id, cards=[slowest.id], per_card=True,
                        minutes=card_minutes(slowest) - 1)
    problem = template_step_shortfall(step.kind, step.minutes, [slowest], True, None)
    assert problem and slowest.id in problem
    nine = [c for c in library.get("grensobjecten").play_cards][:9]
    assert template_step_shortfall("boundary-objects", 15, nine, False, None)  # nine examples in 15 minutes


# --- one meeting, and the stated time is the sum of the steps ------------------------------------------

@pytest.mark.parametrize("path", WERKVORM_FILES, ids=lambda p: p.name)
def test_every_werkvorm_or_each_of_its_parts_fits_one_meeting(path):
    """At most 90 minutes for the group it is written for; a longer werkvorm is split into parts."""
    template = load_template(path)
    library = LIBRARIES[language_of(path)]
    parts = range(1, len(template.parts) + 1) if template.parts else [None]
    long = {part: template_minutes(template, library, part=part) for part in parts}
    assert all(minutes <= MEETING_MINUTES for minutes in long.values()), long


@pytest.mark.parametrize("path", WERKVORM_FILES, ids=lambda p: p.name)
def test_a_werkvorm_says_how_long_its_steps_take(path):
    """Declared = the sum of the steps (per-card rounds counted out, rounds per person for group_size),
    for the whole werkvorm and for each part."""
    template = load_template(path)
    library = LIBRARIES[language_of(path)]
    assert template.duration_minutes == template_minutes(template, library)
    for number, part in enumerate(template.parts, 1):
        assert part.duration_minutes == template_minutes(template, library, part=number), part.title


@pytest.mark.parametrize("path", ROUTE_FILES, ids=lambda p: p.name)
def test_every_route_fits_one_meeting_even_with_eight_people(path):
    route = load_route(path)
    assert route.minutes <= MEETING_MINUTES and route.minutes_for(8) <= MEETING_MINUTES, route.id


_RANGE = {"nl": re.compile(r"voor (\d+) tot (\d+) (?:mensen|deelnemers)", re.IGNORECASE),
          "en": re.compile(r"for (\d+) to (\d+) people", re.IGNORECASE)}


@pytest.mark.parametrize("path", WERKVORM_FILES, ids=lambda p: p.name)
def test_a_werkvorm_fits_one_meeting_for_the_biggest_group_its_description_names(path):
    """'Voor 4 tot 10 mensen': with ten people every part still fits 90 minutes (a round per person grows with
    the group, so the group it is counted for is not enough). Each werkvorm names the sizes it is for."""
    template = load_template(path)
    language = language_of(path)
    found = _RANGE[language].search(" ".join(template.description.split()))
    assert found, f"{path.name}: the description names no group size: {template.description!r}"
    smallest, biggest = int(found.group(1)), int(found.group(2))
    assert smallest <= template.group_size <= biggest
    parts = range(1, len(template.parts) + 1) if template.parts else [None]
    long = {part: template_minutes(template, LIBRARIES[language], people=biggest, part=part) for part in parts}
    assert all(minutes <= MEETING_MINUTES for minutes in long.values()), (biggest, long)


_SAYS = {"nl": re.compile(r"met (\d+) mensen (?:duurt (?:het|elk deel) )?ongeveer (\d+) minuten", re.IGNORECASE),
         "en": re.compile(r"with (\d+)(?: people)? (?:it|each part) takes about (\d+) minutes", re.IGNORECASE)}


@pytest.mark.parametrize("path", WERKVORM_FILES + ROUTE_FILES, ids=lambda p: p.name)
def test_the_description_tells_the_time_the_steps_take(path):
    """'Met 8 mensen duurt het ongeveer 75 minuten': the group size is the one the minutes are counted for,
    and the minutes are within five of the steps' sum (of one part, for a werkvorm in parts)."""
    language = language_of(path)
    is_route = path.parent.name == "routes"
    item = load_route(path) if is_route else load_template(path)
    found = _SAYS[language].search(" ".join(item.description.split()))
    assert found, f"{path.name}: the description does not say how long it takes: {item.description!r}"
    people, said = int(found.group(1)), int(found.group(2))
    assert people == item.group_size
    if is_route:
        minutes = item.minutes
    elif item.parts:
        minutes = max(part.duration_minutes for part in item.parts)
    else:
        minutes = item.duration_minutes
    assert abs(said - minutes) <= 5, f"{path.name}: says {said}, steps take {minutes}"


def test_the_check_catches_a_declared_time_that_is_not_the_sum(templates, library):
    """knelpunten-en-kansen once declared 90 minutes while its steps added up to 80."""
    template = templates.get("knelpunten-en-kansen")
    wrong = template.model_copy(update={"duration_minutes": template.duration_minutes + 10})
    assert wrong.duration_minutes != template_minutes(wrong, library)


# --- times that depend on the group ---------------------------------------------------------------

def test_a_round_per_person_takes_its_minutes_from_the_participants(templates, library):
    """'One minute each' fits twelve people as well as five: the clock counts the real group."""
    template = templates.get("knelpunten-en-kansen")
    welcome = template.steps[0]
    assert welcome.minutes_per_person >= 1 and "per persoon" in welcome.instruction
    for people in (5, 12):
        session = new_session_from_template(template, library, people=people)
        assert session.steps[0].minutes == step_minutes(welcome, people) >= people
    nobody = new_session_from_template(template, library)  # no names yet: the group it was written for
    assert nobody.steps[0].minutes == step_minutes(welcome, template.group_size)
    assert template_minutes(template, library, people=12) > template_minutes(template, library, people=5)


@pytest.mark.parametrize("path", WERKVORM_FILES, ids=lambda p: p.name)
def test_a_step_where_everyone_takes_a_turn_counts_the_people(path):
    """An instruction that sends the word round the group ('om de beurt', 'go round', 'take turns') has
    minutes per person, so it does not run out of time with a bigger group."""
    template = load_template(path)
    turns = re.compile(r"om de beurt|go round|take turns", re.IGNORECASE)
    fixed = [step.title for step in template.steps if turns.search(step.instruction) and not step.minutes_per_person]
    assert fixed == []


# --- what a step offers ---------------------------------------------------------------------------

def test_choosing_values_offers_values_not_organisations_or_blank_cards(templates, library):
    template = templates.get("kennismaken-waarde-van-welzijn")
    deck = library.get("waarde-van-welzijn")
    for step in template.steps:
        if step.kind != "values":
            continue
        cards = [deck.card(c) for c in select_cards(step, deck)[0]]
        assert cards, step.title
        assert not any(c.blank or c.category == "voor-wie" or not c.playable for c in cards), \
            [c.id for c in cards if c.blank or c.category == "voor-wie"]


def test_a_route_for_a_new_team_deals_no_card_about_work_under_way(routes, library):
    route = routes["beginnen-met-samenwerken"]
    assert route.new_team
    dealt = [c for step in route.steps if step.deck for c in step_pool(step, library, True)]
    assert dealt and not [c.id for c in dealt if c.underway]
    # the check can fail: name an underway card in a new team's route and it is reported
    step = next(s for s in route.steps if s.kind == "card-round"
                and any(c.underway for c in library.get(s.deck).play_cards))
    underway = next(c for c in library.get(step.deck).play_cards if c.underway)
    steps = [s.model_copy(update={"cards": [underway.id], "category": None, "deal": 1}) if s is step else s
             for s in route.steps]
    broken = route.model_copy(update={"steps": steps})
    assert any(underway.id in p.message for p in check_cards(broken, library))


def test_both_languages_of_a_werkvorm_take_the_same_time():
    entries = [e for e in TemplateLibrary(DECKS / "werkvormen").load().entries if e.builtin and e.ok]
    by_id: dict[str, dict[str, int]] = {}
    for entry in entries:
        template = entry.template
        by_id.setdefault(template.id, {})[template.language] = template_minutes(template, LIBRARIES[template.language])
    assert all(times.get("nl") == times.get("en") for times in by_id.values()), by_id


def test_the_round_that_tells_why_offers_no_second_choice_and_the_vote_keeps_the_first():
    """kennismaken: 'Vertel waarom' is a round of telling. As a choice step it showed the console an empty
    grid of all fifteen cards (a second choice nobody asked for) and the room the first card of the deck; as a
    free step it shows neither, and the vote after it still offers the cards chosen before."""
    from reflectiespel.core.sessions.tally import choice_targets, vote_targets

    for language in ("nl", "en"):
        template = load_template(DECKS / "werkvormen" / ("kennismaken-waarde-van-welzijn"
                                                         + (".en.yaml" if language == "en" else ".yaml")))
        session = new_session_from_template(template, LIBRARIES[language], people=3)
        for name in ("Anna", "Bram", "Chris"):
            session.add_participant(name, "cultuur")
        choose, tell, vote = session.steps[1], session.steps[2], session.steps[3]
        assert choose.max_choices == 3 and tell.kind == "free" and vote.vote_budget == 3
        assert tell.card_ids == [] and tell.deck_id is None and choice_targets(session, tell) == []
        for participant, card in zip(session.participants, ("zingeving", "meedoen", "erbij-horen")):
            session.set_choice(choose.id, participant.id, card)
        assert sorted(vote_targets(session, vote)) == ["erbij-horen", "meedoen", "zingeving"]

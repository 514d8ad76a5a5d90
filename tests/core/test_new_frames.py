"""The werkvormen and routes for the seed frames that had no home: the LKCA's five building blocks,
bottlenecks and opportunities, the Positieve Gezondheid questions and the Assen action-research cycle.

They load, a session starts from each, they follow the frame they claim (steps in the right order),
and the minutes of a step leave room for the exercises it deals.
"""

from __future__ import annotations

import random
import re

import pytest

from reflectiespel.core.decks.library import default_library
from reflectiespel.core.routes.routes import load_routes, start_session, step_pool
from reflectiespel.core.sessions.templates import default_templates, new_session_from_template

NEW_TEMPLATES = ("vijf-bouwstenen", "knelpunten-en-kansen", "wat-is-belangrijk")
NEW_ROUTES = ("actieonderzoek-starten", "actieonderzoek-terugkijken")


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


def assignment_minutes(card) -> int:
    return sum(int(m) for m in re.findall(r"(\d+) minuten", card.assignment or ""))


def test_new_werkvormen_start_a_session_with_their_cards(templates, library):
    assert templates.broken == []
    for template_id in NEW_TEMPLATES:
        session = new_session_from_template(templates.get(template_id), library)
        assert session.template_id == template_id
        assert all(step.instruction.strip() for step in session.steps)


def test_new_routes_start_a_session_for_a_team(routes, library):
    for route_id in NEW_ROUTES:
        route = routes[route_id]
        session = start_session(route, ["Anna", "Bram", "Chris"], library, rng=random.Random(1))  # a team
        assert [s.id for s in session.steps] == [s.id for s in route.steps]
        assert any("Poll" in s and "2024" in s for s in ([route.source] if isinstance(route.source, str)
                                                         else route.source))


def test_action_research_runs_diagnose_plan_results_reflection_in_order(routes):
    start, back = routes["actieonderzoek-starten"], routes["actieonderzoek-terugkijken"]
    cycle = [s.id for s in start.steps] + [s.id for s in back.steps]
    order = [cycle.index(name) for name in ("diagnose", "actieplan", "resultaten", "reflectie")]
    assert order == sorted(order)
    # the pair brainstorm of the Assen report: a top 3 in pairs, then shared and one chosen
    pairs = next(s for s in start.steps if s.id == "tweetallen")
    assert "tweetallen" in pairs.explanation and "top 3" in pairs.explanation
    assert start.steps.index(pairs) < [s.id for s in start.steps].index("kiezen")
    # the plan is a CIMO sentence, and the team tests that sentence when it looks back
    plan = next(s for s in start.steps if s.id == "actieplan")
    for part in ("Context", "Interventie", "Mechanisme", "Outcome"):
        assert part in plan.explanation
    assert "CIMO" in next(s for s in back.steps if s.id == "cimo").explanation
    # looking back opens last time's file and ends by starting the next round
    assert back.needs_earlier and back.steps[-1].kind == "agreements"
    assert start.steps[-1].kind == "agreements" and "Actieonderzoek 2" in start.steps[-1].explanation


def test_positive_health_werkvorm_asks_its_three_questions_in_order(templates, library):
    template = templates.get("wat-is-belangrijk")
    titles = [step.title.lower() for step in template.steps]
    asked = [next(i for i, t in enumerate(titles) if word in t)
             for word in ("belangrijk", "veranderen", "nodig")]
    assert asked == sorted(asked)
    session = new_session_from_template(template, library)
    choose = next(s for s in session.steps if s.kind == "values")
    deck = library.get(choose.deck_id)
    cards = [deck.card(card_id) for card_id in choose.card_ids]
    assert cards and all(c.category == "positieve-gezondheid" and not c.blank for c in cards)
    # it touches health and mood: passing is said out loud before anyone speaks
    assert "pas" in session.steps[0].instruction


def test_bottleneck_werkvorm_lets_people_choose_one_bottleneck_then_one_opportunity(templates, library):
    session = new_session_from_template(templates.get("knelpunten-en-kansen"), library)
    deck = library.get("knelpunten-en-kansen")
    chosen = [[deck.card(c).category for c in s.card_ids] for s in session.steps if s.kind == "values"]
    assert chosen == [["knelpunten"] * 4, ["kansen"] * 4]


def test_minutes_fit_the_exercises_a_step_deals(templates, routes, library):
    """A step that deals cards to work on gives at least the minutes their assignments ask."""
    too_short = []
    for template_id in NEW_TEMPLATES:
        session = new_session_from_template(templates.get(template_id), library)
        for step in session.steps:
            choosing = step.kind == "values" or (step.vote_budget or 0) > 0
            if step.deck_id and not choosing:
                deck = library.get(step.deck_id)
                # the group takes up max_choices of the cards (all without it): the longest must fit
                taken = sorted((assignment_minutes(deck.card(c)) for c in step.card_ids), reverse=True)
                need = sum(taken[: step.max_choices or len(taken)])
                if step.minutes < need:
                    too_short.append(f"{template_id}/{step.title}: {step.minutes} < {need}")
    for route_id in NEW_ROUTES:
        route = routes[route_id]
        for step in route.steps:
            if step.kind == "card-round":
                pool = step_pool(step, library)
                # any card may be dealt: the longest assignments must fit
                need = sum(sorted((assignment_minutes(c) for c in pool), reverse=True)[: step.deal])
                minutes = step.minutes_for(route.group_size)  # a turn each: counted for the route's group
                if minutes < need:
                    too_short.append(f"{route_id}/{step.id}: {minutes} < {need}")
    assert too_short == []

"""Does a step's time fit what it asks? Minutes a dealt card needs, from the card itself.

A card's assignment says how long it takes ("(10 minuten)", in an English deck "(10 minutes)"); reading the
card aloud takes a couple of minutes more, and so does each of its questions: a card with three questions
and a ten-minute assignment asks for 2 + 3 × 2 + 10 = 18 minutes, not 15. A werkvorm step that deals cards
to work through must give at least that time; so must a route's card round, with at least a few minutes
per dealt card for everyone's turn.
Choosing steps (values, board) and free steps ask no exercise, so they are not counted.
"""

from __future__ import annotations

import re

from ..decks.decks import Card
from ..base.i18n import translate
from .stepkinds import kind_of, route_kind

READ = 2  # minutes: read a card aloud
PER_QUESTION = 2  # minutes: talk about one of its questions
ROUND = 5  # minutes: one card in a route's card round, everyone one turn
_MINUTES = re.compile(r"\((\d+)\s*(?:minuten?|minutes?)\)")  # Dutch and English decks


def assignment_minutes(card: Card) -> int:
    """The minutes the card's assignment asks for (0 without an assignment or without a time)."""
    found = _MINUTES.findall(card.assignment or "")
    return sum(int(m) for m in found)


def talk_minutes(card: Card) -> int:
    """Reading the card aloud and talking about each of its questions."""
    return READ + PER_QUESTION * len(card.questions)


def card_minutes(card: Card) -> int:
    return talk_minutes(card) + assignment_minutes(card)


def template_step_shortfall(kind: str, minutes: int, cards: list[Card], per_card: bool,
                            max_choices: int | None, voting: bool = False) -> str | None:
    """Why a werkvorm step's minutes do not fit its cards (interface language), or None when they fit.

    One card per round (``per_card``): the slowest card must fit a round. Several cards in one step:
    each is read and its questions talked about, and the group does one exercise (the longest counts);
    with ``max_choices`` only that many cards are taken up. A voting step asks no exercise."""
    if not kind_of(kind).reading or not cards or minutes == 0 or voting:
        return None
    if per_card:
        slow = max(cards, key=card_minutes)
        if card_minutes(slow) > minutes:
            return translate("Timing", "elke ronde heeft {0} minuten, maar de kaart '{1}' vraagt er {2} (opdracht {3} "
                             "+ {4} om te lezen en over de vragen te praten)").format(
                minutes, slow.id, card_minutes(slow), assignment_minutes(slow), talk_minutes(slow))
        return None
    dealt = sorted(cards, key=card_minutes, reverse=True)[: max_choices or len(cards)]
    need = sum(talk_minutes(c) for c in dealt) + max(assignment_minutes(c) for c in dealt)
    if need > minutes:
        return translate("Timing", "de stap heeft {0} minuten voor {1} kaart(en): voorlezen, over de vragen praten "
                         "en één opdracht doen kost samen {2} minuten").format(minutes, len(dealt), need)
    return None


def route_step_shortfall(kind: str, minutes: int, pool: list[Card], deal: int) -> str | None:
    """Why a route's card round is too short for the cards it may deal (interface language), or None. Any card of the
    pool may be dealt, so the slowest ``deal`` cards must fit; each needs at least ROUND minutes."""
    if not route_kind(kind).deals or minutes == 0 or not pool:
        return None
    need = sum(sorted((max(ROUND, card_minutes(c)) for c in pool), reverse=True)[:deal])
    if need > minutes:
        return translate("Timing", "de kaartronde kan {0} kaart(en) delen die samen {1} minuten vragen, en heeft er "
                         "{2}").format(deal, need, minutes)
    return None

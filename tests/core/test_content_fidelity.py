"""The built-in decks say what the source documents say: the slips a close read found stay fixed.

Each test names what a facilitator or a reader of the sources would notice if it came back: a deck that
claims to be the HAN's set, a card that says a health insurer pays, the LKCA's 'bouwstenen' mixed into
the kernelementen of veranderkracht, a tool described as if we knew how it works.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reflectiespel.core.library import Library
from reflectiespel.resources import builtin_decks_dir

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def library() -> Library:
    return Library(builtin_decks_dir()).load()


def everything_read(deck) -> str:
    """All text of a deck a person reads: description, categories and every card."""
    parts = [deck.title, deck.description or ""]
    parts += [f"{c.name} {c.description or ''}" for c in deck.categories]
    parts += [deck.card_text(card) for card in deck.cards]
    return "\n".join(parts).lower()


def test_waarde_van_welzijn_is_inspired_by_the_han_set_not_a_copy(library):
    deck = library.get("waarde-van-welzijn")
    credits = next(c for c in deck.cards if c.kind == "credits")
    for text in (deck.description, credits.text):
        assert "geïnspireerd" in text.lower() and "geen kopie" in text, text
    assert "HAN" not in " ".join(deck.sources), "the sources must not present the deck as the HAN's"


def test_waarde_van_welzijn_says_who_pays_as_the_source_does(library):
    deck = library.get("waarde-van-welzijn")
    funder = deck.card("gemeente-en-financier")
    assert "cultuur" in funder.text and "zorgverzekeraar" not in funder.text
    assert "winst" not in everything_read(deck)  # opbrengst and baten, not profit
    gap = deck.card("waar-landt-de-waarde")
    assert "value gap" in gap.text and "cultuur" in gap.text


def test_waarde_van_welzijn_has_a_card_for_social_artistic_quality(library):
    deck = library.get("waarde-van-welzijn")
    card = deck.card("sociaal-artistieke-kwaliteit")
    assert card.category == "sociaal-artistiek" and card.playable
    assert "even zwaar" in card.text and "vullen elkaar aan" in card.text


def test_zeven_verandertips_keeps_the_kernelementen_apart_from_the_lkca_bouwstenen(library):
    text = everything_read(library.get("zeven-verandertips"))
    assert "kernelement" in text and "bouwsteen" not in text and "bouwstenen" not in text


@pytest.mark.parametrize("card_id, words", [
    ("tip-2-ontmoetingen", ("oogst",)),                        # invest in AND harvest from encounters
    ("tip-3-leer-tussenruimte", ("ieder voor zich", "samen")),  # awareness alone and together
    ("tip-4-markeren", ("in jullie groep", "daarbuiten")),       # direction inside and outside
    ("tip-5-voor-de-samenleving", ("voortdurende beweging", "spoort")),  # moving, and urging to act
])
def test_each_tip_keeps_what_the_source_tip_says(library, card_id, words):
    card = library.get("zeven-verandertips").card(card_id)
    for word in words:
        assert word in card.text.lower(), f"{card_id}: '{word}' missing from {card.text!r}"


@pytest.mark.parametrize("card_id", ["wijkwaardenkaart", "ontwikkelboom"])
def test_tools_we_only_know_by_name_are_marked_as_our_suggestion(library, card_id):
    card = library.get("grensobjecten").card(card_id)
    assert "Ons voorstel" in card.text and "niet in onze bronnen" in card.text


def test_the_han_reflection_game_is_credited_where_people_read_it(library):
    """The app's way of playing comes from the HAN's 'Samen Werken Samen Leren': the README says so."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "Samen Werken Samen Leren" in readme and "HAN" in readme

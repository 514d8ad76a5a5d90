"""Re-read of round 7 (issue #23): what the independent re-read of the round-6 fixes found, guarded so that a
later edit cannot undo it. Each test names the seed passage (or the deck fact) it rests on."""

from __future__ import annotations


from reflectiespel.core.decks.library import Library
from reflectiespel.resources import builtin_decks_dir
from contenttext import page, said

LIBRARIES = {language: Library(builtin_decks_dir(), language=language).load() for language in ("nl", "en")}


def card(deck: str, card_id: str, language: str):
    return LIBRARIES[language].get(deck).card(card_id)


def test_lifeworld_and_system_world_keep_the_concept_veranderkracht():
    """Seed 000 'Kernprincipes van de werkwijze': sociaal-artistiek samenwerken 'genereert veranderkracht' in
    the lifeworld, which grows stronger when it is linked 'parallel' to the system world: no 'change
    begins' order, and the concept keeps its name."""
    nl = said(card("knelpunten-en-kansen", "leefwereld-en-systeemwereld", "nl").text)
    en = said(card("knelpunten-en-kansen", "leefwereld-en-systeemwereld", "en").text)
    assert "Veranderkracht ontstaat in de leefwereld" in nl and "begint" not in nl
    assert "Transformative power arises in the lifeworld" in en and "starts" not in en
    assert "tegelijk" in nl and "at the same time" in en


def test_tip_six_says_strengthen_each_other_in_both_languages():
    """Seed 000 tip 6: the value lies 'in het versterken van elkaar vanuit verschillende professionaliteit'."""
    assert "Versterk elkaar" in said(card("zeven-verandertips", "tip-6-eigenheid", "nl").text)
    en = said(card("zeven-verandertips", "tip-6-eigenheid", "en").text)
    assert "strengthen each other through your differences" in en and "(bewust complementair)" in en


def test_the_dutch_grammar_of_two_fixed_cards():
    """A subject after inversion is repeated ('en worden ze eigenaar'); 'de publicatie' is taken up by 'ze'."""
    assert "en worden ze eigenaar" in said(card("zeven-verandertips", "betekenisvolle-ontmoetingen", "nl").text)
    text = said(card("praktijkvoorbeelden", "cultureel-gemeenzamen", "nl").text)
    assert text.startswith("De publicatie") and "Ze laat zien" in text and "Het laat zien" not in text


def test_the_english_painting_question_leaves_figures_possible():
    """The Dutch asks 'ook zonder cijfers'; seed 004: the photos show what it does for a person."""
    assert "ook zonder cijfers" in " ".join(card("praktijkvoorbeelden", "schilderen-met-ouderen", "nl").questions)
    assert "even without figures" in " ".join(card("praktijkvoorbeelden", "schilderen-met-ouderen", "en").questions)


def test_the_pages_claim_only_what_the_decks_show():
    """grensobjecten: the seeds call none of the examples a boundary object (tip 4 names no examples), and not
    every card note says so; praktijkvoorbeelden: the deck does not put the Assen cards in the order of the
    action research; zeven-verandertips: which route deals which card (decks/routes/*.yaml)."""
    grens = page("grensobjecten")
    assert "de bronnen noemen geen van deze voorbeelden een grensobject" in grens
    assert "elke kaart zegt dat" not in grens
    assert "De zes Assen-kaarten komen uit het actieonderzoek" in page("praktijkvoorbeelden")
    zeven = page("zeven-verandertips")
    assert "Beginnen met samenwerken** deelt tip 1 of tip 6" in zeven
    assert "Tussentijds evalueren** deelt een kaart over een van de zes kernelementen" in zeven

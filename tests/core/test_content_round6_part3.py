"""Review round 6, part 3, of the decks praktijkvoorbeelden and vijf-bouwstenen and their facilitator pages (issue
#23): the factual fixes a later edit could undo, each checked against the seed passage the reviewer pointed to, in
both languages."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from contenttext import both_languages, page, said

SEEDS_DIR = Path(os.environ.get("REFLECTIESPEL_SEEDS") or Path(__file__).resolve().parents[3] / "shared" / "seeds")


@pytest.fixture(scope="module")
def decks():
    """(Dutch, English) per deck id."""
    return both_languages()


def words(text: str) -> int:
    return len(text.split())


# --- praktijkvoorbeelden ---------------------------------------------------------------------------------

def test_the_opening_of_ten_to_fifteen_minutes_leaves_out_the_assignment():
    """P-NL-1. Every card's assignment alone takes 10 to 15 minutes (the deck), so an opening of 10 to 15 minutes
    is one without the assignment; with it, an example takes 15 to 20 minutes. The page said both without saying
    which is which."""
    text = page("praktijkvoorbeelden")
    assert "**Opening** (10 tot 15 minuten, zonder de opdracht)" in text
    assert "Met de opdracht erbij geef je per voorbeeld 15 tot 20 minuten." in text
    assert "twee vragen en een opdracht van 10 tot 15 minuten vragen die tijd" not in text


def test_the_assignment_minutes_are_what_the_page_says(decks):
    """The page's 'opdracht van 10 tot 15 minuten' rests on the cards: no assignment is shorter or longer."""
    for deck in decks("praktijkvoorbeelden"):
        for card in deck.cards:
            if card.assignment:
                minutes = int(re.search(r"\((\d+) (?:minuten|minutes)\)", card.assignment).group(1))
                assert 10 <= minutes <= 15, f"{deck.language}/{card.id}: {minutes}"


def test_the_welfare_partner_in_the_role_play_is_a_community_worker_not_a_social_worker(decks):
    """P-EN-1. Seed 004 'Kunst op recept': 'Samenwerking tussen huisarts, centrum voor de kunsten en
    welzijnsorganisatie'. The Dutch card has a welzijnswerker; in UK English a social worker is a statutory
    profession, so the English says community worker."""
    nl, en = decks("praktijkvoorbeelden")
    assert "welzijnswerker" in nl.card("kunst-op-recept").assignment
    assert "community worker" in said(en.card("kunst-op-recept").assignment)
    assert not any("social worker" in said(f"{c.text} {c.assignment or ''}") for c in en.cards)


def test_the_culture_coach_brings_culture_into_vaart_welzijns_work_in_forty_words(decks):
    """P-EN-2. Seed 003 'Aandacht voor cultuurparticipatie in Assen' (p. 12): 'integreren van cultuur als middel in
    het reguliere aanbod van welzijnsorganisatie Vaart Welzijn'. 'its welfare work' had no clear owner and the body
    was 41 words."""
    nl, en = (deck.card("cultuurcoach") for deck in decks("praktijkvoorbeelden"))
    assert "cultuur als middel in het welzijnswerk" in said(nl.text)
    assert "using culture as a means in welfare work" in said(en.text) and "its welfare work" not in en.text
    assert "at welfare organisation Vaart Welzijn" in said(en.text)
    assert words(nl.text) <= 40 and words(en.text) <= 40


def test_lang_leve_kunst_is_told_as_the_presentation_showed_it_not_as_today(decks):
    """Seed 004 'Lang Leve Kunst' (a 'Goed voorbeeld' in an undated presentation of about 2022, as Corpo Máquina
    is): 'Samenwerking tussen Amphion ... en diverse partners', 'Actieve steun van gemeente', 'Structurele
    samenwerking'. The card told it in the present tense, as a fact of today the sources cannot vouch for."""
    nl, en = (deck.card("lang-leve-kunst") for deck in decks("praktijkvoorbeelden"))
    assert "werkte in Doetinchem samen" in said(nl.text) and "De gemeente steunde dat actief" in said(nl.text)
    assert "werkt in" not in nl.text and "steunt" not in nl.text
    assert "worked with a range of local partners" in said(en.text) and "actively backed it" in said(en.text)
    assert " works with" not in en.text and "backs it" not in en.text
    assert "vaste samenwerking, geen los project" in said(nl.text) and "long-term partnership" in said(en.text)


def test_the_english_credits_card_says_there_is_more_to_tell_in_plain_words(decks):
    """The Dutch credits card: 'Over de echte projecten is veel meer te vertellen.'"""
    nl, en = (deck.card("over-deze-set") for deck in decks("praktijkvoorbeelden"))
    assert "veel meer te vertellen" in said(nl.text)
    assert "There is much more to tell about the real projects" in said(en.text) and "hold much" not in en.text


def test_cultureel_gemeenzamen_is_a_publication(decks):
    """Seed 000 'Sociaal-artistiek samenwerken, cultureel gemeenzamen en commons': 'De publicatie Cultureel
    gemeenzamen ...'."""
    nl, en = (deck.card("cultureel-gemeenzamen") for deck in decks("praktijkvoorbeelden"))
    assert said(nl.text).startswith("De publicatie Cultureel gemeenzamen")
    assert said(en.text).startswith("The publication Cultureel gemeenzamen")
    assert "de publicatie *Cultureel gemeenzamen*" in page("praktijkvoorbeelden")


def test_corpo_maquina_names_its_place_in_the_english_body(decks):
    """Seed 004 'Corpo Maquina Society': Tilburg Noord, 'een rijkdom van 120 nationaliteiten'; the English body
    said 'lived there' without saying where."""
    en = decks("praktijkvoorbeelden")[1].card("corpo-maquina")
    assert "Tilburg Noord, home to 120 nationalities" in said(en.text) and "lived there" not in en.text
    assert words(en.text) <= 40


def test_the_wilde_westen_passage_is_cited_by_words_that_stand_in_the_seed(decks):
    """Seed 000 splits 'wijkcultuur-/huis Het Wilde Westen' over a line, so the cited heading is 'Het Wilde
    Westen'."""
    for deck in decks("praktijkvoorbeelden"):
        headings = [p.heading for p in deck.card("het-wilde-westen").basis.passages]
        assert "Het Wilde Westen" in headings and "wijkcultuurhuis Het Wilde Westen" not in headings
    seed = next(iter(sorted(SEEDS_DIR.glob("000*.txt"))), None) if SEEDS_DIR.is_dir() else None
    if seed is None:
        pytest.skip("the source documents are not beside the checkout; set REFLECTIESPEL_SEEDS")
    assert "Het Wilde Westen" in seed.read_text(encoding="utf-8", errors="replace")


@pytest.mark.parametrize("deck_id", ["praktijkvoorbeelden", "vijf-bouwstenen"])
def test_the_let_op_card_says_where_someone_can_go(deck_id, decks):
    """docs/deck-format.md ('Kaarten over de set', kind: note): say that taking part is voluntary and where someone
    can go."""
    nl, en = (deck.card("let-op") for deck in decks(deck_id))
    assert "vrijwillig" in nl.text and "Zoek de begeleider of een collega die je vertrouwt" in said(nl.text)
    assert "voluntary" in en.text and "Find the facilitator or a colleague you trust" in said(en.text)
    assert words(nl.text) <= 40 and words(en.text) <= 40


# --- vijf-bouwstenen -----------------------------------------------------------------------------------------

def test_the_credits_card_says_the_action_research_linked_its_work_to_the_building_blocks(decks):
    """B-NL-1, B-EN-1. Seed 003 'Praktische relevantie' (p. 8): 'kunnen we resultaten uit eerder onderzoek
    toetsen' (an aim); seed 002: 'De interventies en inzichten zijn gekoppeld aan de bouwstenen'; seed 003 'Tot
    slot' (p. 27): making the elements 'werken' needs more time. The card told the testing as done."""
    nl, en = (deck.card("over-deze-set") for deck in decks("vijf-bouwstenen"))
    assert "Het actieonderzoek in Assen en Tilburg koppelde zijn acties eraan." in said(nl.text)
    assert "Action research in Assen and Tilburg linked its interventions to them." in said(en.text)
    assert "toetste" not in nl.text and "tested" not in en.text
    assert "The wording is ours." in said(en.text) and not said(en.text).endswith("Our wording.")
    assert words(nl.text) <= 40 and words(en.text) <= 40


def test_the_page_says_the_testing_was_the_aim(decks):
    """B-NL-2. The same passages as the credits card: the page said 'toetste ze in de praktijk'."""
    text = page("vijf-bouwstenen")
    assert "het actieonderzoek in Assen en Tilburg koppelde zijn acties eraan om ze in de praktijk te toetsen" in text
    assert "toetste ze" not in text


def test_the_page_says_which_closing_point_of_the_presentation_has_no_card():
    """Seed 001 closes its advice with '... gaat natuurlijk verder dan enkel in beleid: LEER ECOSYSTEMEN'; no card
    carries it, and the page says so."""
    assert "(zonder het laatste punt over leerecosystemen)" in page("vijf-bouwstenen")


def test_the_bridge_builders_are_both_kinds_the_publication_names(decks):
    """Seed 002 'Zet bruggenbouwers in, zoals procesbegeleiders intern en cultuurcoaches extern'."""
    nl, en = (deck.card("verbind-van-begin-tot-eind") for deck in decks("vijf-bouwstenen"))
    assert "zoals een procesbegeleider of een cultuurcoach" in said(nl.text)
    assert "such as a process facilitator or a culture coach" in said(en.text)
    assert words(nl.text) <= 40 and words(en.text) <= 40


def test_the_aldermen_were_asked_what_their_own_talks_yield(decks):
    """Seed 003 Bijlage 2 (p. 33): 'Hebben jullie het onderling wel eens over de mogelijke afstemming tussen cultuur
    en sociaal domein? Zo ja, wat levert dat op?'; the action researchers were policy advisers of the municipality
    (Bijlage 1, p. 32)."""
    nl, en = (deck.card("vraag-het-de-bestuurders") for deck in decks("vijf-bouwstenen"))
    assert "wat levert jullie onderling overleg op" in said(nl.text) and "wat levert verbinding op" not in nl.text
    assert "what do your joint talks achieve" in said(en.text) and "linking the two fields" not in en.text
    assert "the council's own action researchers" in said(en.text)
    # one talk with both (Bijlage 2: 'Een tweegesprek met de wethouder cultuur en de wethouder sociaal domein')
    assert "de wethouders van cultuur en het sociaal domein samen" in said(nl.text)
    assert "councillors for culture and for social care and welfare together" in said(en.text)
    assert words(nl.text) <= 40 and words(en.text) <= 40


def test_the_english_sources_gloss_the_dutch_titles_in_citation_style(decks):
    """The glosses read as translated Dutch ('How are we doing together, and are we doing it well?', 'Presentation
    (LKCA) on ...'); a translated title goes in square brackets after the Dutch one."""
    for deck_id in ("vijf-bouwstenen", "praktijkvoorbeelden"):
        sources = " ".join(decks(deck_id)[1].sources)
        assert "Hoe doen we het samen (goed)? [How do we work together (well)?]" in sources
        assert "are we doing it well" not in sources and "Presentation (LKCA)" not in sources

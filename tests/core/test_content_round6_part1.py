"""Review round 6, part 1 of the decks waarde-van-welzijn and zeven-verandertips and their facilitator pages
(issue #23): the factual fixes a later edit could undo, each checked against the passage the reviewer pointed
to, in both languages. Each test names the seed passage it guards."""

from __future__ import annotations

import re

import pytest

from reflectiespel.core.sessions.templates import load_template
from reflectiespel.resources import builtin_decks_dir
from contenttext import both_languages, page, said


@pytest.fixture(scope="module")
def decks():
    """(Dutch, English) per deck id."""
    return both_languages()


# --- waarde-van-welzijn ----------------------------------------------------------------------------

def test_what_a_participant_gains_is_what_the_kunst_in_de_zorg_study_found(decks):
    """W-NL-1, W-EN-1. Seed 004 'Onderzoek Kunst in de zorg 2021 toonde aan': 'positief gevoel ervaren,
    uitgedaagd worden, diepgaand contact'. Confidence, a new skill and enjoyment are not in that passage."""
    nl, en = (deck.card("deelnemer") for deck in decks("waarde-van-welzijn"))
    assert "een fijn gevoel, uitgedaagd worden en echt contact met anderen" in said(nl.text)
    assert "a good feeling, being challenged and real contact with others" in said(en.text)
    for word in ("zelfvertrouwen", "iets nieuws leren", "plezier"):
        assert word not in nl.text
    for word in ("confidence", "new skill", "enjoyment"):
        assert word not in en.text
    assert "Kunst in de zorg" in nl.basis.note and "Kunst in de zorg" in en.basis.note
    assert ("004", "Onderzoek Kunst in de zorg 2021 toonde aan") in [(p.seed, p.heading) for p in nl.basis.passages]


def test_the_people_around_a_participant_may_notice_something_and_the_examples_are_ours(decks):
    """W-NL-2, W-EN-2. Seed 000 (the guide's central question): 'hoe vanuit dergelijke samenwerkingen ruimte kan
    ontstaan voor beweging bij mensen, hun omgeving ...': an open question, not a result."""
    nl, en = (deck.card("mensen-eromheen") for deck in decks("waarde-van-welzijn"))
    assert "mantelzorgers kunnen iets merken" in said(nl.text) and "merken ook iets" not in nl.text
    assert "unpaid carers may notice a difference too" in said(en.text)
    assert "kan ontstaan" in nl.basis.note and "van ons" in nl.basis.note
    assert "can arise" in en.basis.note and "are ours" in en.basis.note


def test_the_facilitator_page_lays_out_the_six_groups_and_ends_with_where_the_value_lands():
    """W-DOC-1. Seed 001 asks 'Bij wie is er een opbrengst?'; 'Sociale kwaliteit als meetpunt' and 'Waar landt
    de waarde?' are not groups, so 'wat jullie werk daar oplevert' fits only the six group cards."""
    text = page("waarde-van-welzijn")
    assert "leg de zes kaarten van *De deelnemer* tot en met *Gemeente en financier* in een rij" in text
    assert "Sluit af met *Waar landt de waarde?*" in text
    assert "leg de kaarten *Voor wie is de waarde?* in een rij" not in text


def test_the_social_artistic_card_reads_plainly_in_both_languages(decks):
    """Known from an earlier read: 'is not enough' was stiff English, and 'falls short' made the piece a failure.
    Seed 000 'sociale en artistieke kwaliteit even zwaar wegen en elkaar versterken': one without the other is
    half of social-artistic quality."""
    nl, en = (deck.card("sociaal-artistieke-kwaliteit") for deck in decks("waarde-van-welzijn"))
    assert "is daarvan maar de helft" in said(nl.text) and "niet genoeg" not in nl.text
    assert "is only half the story" in said(en.text) and "is not enough" not in en.text
    assert "op een groot vel" in nl.assignment and "on a large sheet" in en.assignment


def test_the_english_funding_card_keeps_the_still(decks):
    """Seed 000 'Ongelijkwaardige en incidentele financiering (de value gap)': DOS met cultuur wordt 'nog
    grotendeels' gefinancierd vanuit cultuurmiddelen; the Dutch card says 'nu vooral'."""
    nl, en = (deck.card("gemeente-en-financier") for deck in decks("waarde-van-welzijn"))
    assert "nu vooral betaald" in said(nl.text)
    assert "is still mostly funded from culture budgets" in said(en.text)


def test_the_value_deck_names_the_value_gap_among_its_sources(decks):
    """Seed 000 Knelpunt 3 '(de value gap)' carries 'gemeente-en-financier' and 'waar-landt-de-waarde'."""
    nl, en = decks("waarde-van-welzijn")
    assert nl.sources[0].endswith("sociale en sociaal-artistieke kwaliteit, en de value gap.")
    assert en.sources[0].endswith("social quality, social-artistic quality and the value gap.")


def test_who_gains_stays_within_the_domains_of_the_lkca_slide(decks):
    """Seed 001 'Bereik van de doelgroep ...' and 'Draagt bij aan innovatie en professionele ontwikkeling in de
    betrokken domeinen': culture, care and welfare; schools and teachers are not in those passages."""
    nl, en = decks("waarde-van-welzijn")
    assert "welzijnsorganisaties" in nl.card("organisatie").text and "scholen" not in nl.card("organisatie").text
    assert "welfare organisations" in en.card("organisatie").text and "schools" not in en.card("organisatie").text
    assert "docenten" not in nl.card("professional").text and "teachers" not in en.card("professional").text


def test_the_note_card_says_where_someone_can_turn(decks):
    """docs/deck-format.md, 'Kaarten over de set': a note says that taking part is voluntary and where someone
    can turn for help (our own card, basis own)."""
    nl, en = (deck.card("let-op") for deck in decks("waarde-van-welzijn"))
    assert "vrijwillig" in nl.text and "bij wie hij of zij terecht kan" in said(nl.text)
    assert "voluntary" in en.text and "who they can turn to" in said(en.text)


# --- zeven-verandertips ----------------------------------------------------------------------------

def test_the_shared_ambition_card_keeps_the_name_complementariteit(decks):
    """Z-NL-1, Z-EN-1. Seed 000 'Inzichten uit sociaal-artistiek samenwerken', first heading: 'Gezamenlijke
    ambitie en complementariteit'."""
    nl, en = (deck.card("gezamenlijke-ambitie") for deck in decks("zeven-verandertips"))
    assert nl.title == "Gezamenlijke ambitie en complementariteit"
    assert en.title == "Shared ambition and complementarity"  # the Dutch name in the text (a long title
    # printed the card smaller than the rest of the deck)
    assert "De bron noemt dat complementariteit: elkaar aanvullen." in said(nl.text)
    assert "the guide calls this complementarity (complementariteit)" in said(en.text)


def test_tangible_forms_name_all_five_forms_of_the_source(decks):
    """Z-NL-2, Z-EN-2. Seed 000 'Zes kernelementen van veranderkracht': 'krijgt vorm in concrete
    verschijningsvormen: artistieke uitingen, samenwerkingen, initiatieven, werkwijzen of veranderingen in hoe
    mensen zichzelf en hun rol zien'."""
    nl, en = (deck.card("concrete-verschijningsvormen").text for deck in decks("zeven-verandertips"))
    for words in ("een kunstwerk of voorstelling", "een samenwerking", "een initiatief", "een nieuwe werkwijze",
                  "mensen die zichzelf en hun rol anders zien"):
        assert words in said(nl), words
    for words in ("an artwork or performance", "a partnership", "an initiative", "a new way of working",
                  "people seeing themselves and their role differently"):
        assert words in said(en), words


def test_veranderkracht_is_explained_on_the_dutch_cards(decks):
    """Z-NL-3. Seed 000 'Veranderkracht omschrijven wij als de transformerende kracht die ontstaat uit
    sociaal-artistieke samenwerking' (and 'de gezamenlijke kracht om verandering teweeg te brengen')."""
    nl, en = decks("zeven-verandertips")
    category = next(c for c in nl.categories if c.id == "kernelementen")
    assert "veranderkracht: de kracht om samen iets te veranderen" in said(category.description)
    assert "als sociaal en artistiek werk samenkomen" in said(category.description)
    for card_id in ("betekenisvolle-ontmoetingen", "alles-heeft-elkaar-nodig"):
        assert "Veranderkracht, de kracht om samen iets te veranderen," in said(nl.card(card_id).text), card_id
    assert "Transformative power (veranderkracht)" in said(en.card("betekenisvolle-ontmoetingen").text)


def test_tip_five_says_plainly_what_is_the_political_place(decks):
    """Z-NL-4. Seed 000 tip 5: 'De voortdurende beweging van gezamenlijk onderzoek ... Zij maakt, ook als
    politieke plek, zichtbaar welke veranderingen nodig zijn en moedigt aan om daarnaar te handelen'. 'Ze'
    after 'Samen onderzoeken' (a het-word) had no clear referent; the card now says 'Het' and ties what
    the place does to it with 'die'."""
    nl, en = (deck.card("tip-5-voor-de-samenleving").text for deck in decks("zeven-verandertips"))
    assert ("Het is ook een politieke plek die toont wat moet veranderen en aanzet tot actie."
            in said(nl))
    assert "toont ze" not in nl and "spoort ze" not in nl
    # seed: 'in plaats van de belangen van individuen of organisaties'
    assert "niet om het belang van één persoon of organisatie" in said(nl)
    assert "It is also a political space (politieke plek)" in said(en)


def test_ongoing_movement_keeps_the_sources_hedge(decks):
    """Known from an earlier read. Seed 000 'Zes kernelementen': 'samenwerking tot verdere ontwikkeling (in
    beleid). In die dynamiek kan veranderkracht zich blijven aanpassen en doorwerken op verschillende
    niveaus': it can carry through into policy; not 'sometimes', and not 'new policy'."""
    nl, en = (deck.card("voortdurende-beweging").text for deck in decks("zeven-verandertips"))
    assert "die kan doorwerken tot in beleid" in said(nl) and "soms" not in nl and "nieuw beleid" not in nl
    assert "these can carry through into policy" in said(en) and "sometimes" not in en and "new policy" not in en


def test_friction_comes_from_different_ways_of_thinking(decks):
    """Seed 000 'Schuren, tijd en kwaliteitsverbetering': 'Verschillende logica's, tempo's en verwachtingen';
    logics are ways of thinking, not rules."""
    nl, en = (deck.card("schuren").text for deck in decks("zeven-verandertips"))
    assert "andere denkwijzen, tempo's en verwachtingen" in said(nl) and "regels" not in nl
    assert "different mindsets, pace and expectations" in said(en) and "rules" not in en


def test_the_chapter_is_credited_without_an_initial_the_guide_does_not_give(decks):
    """Seed 000 cites the chapter only as '(Figdor et al., 2026)'; 'Figdor, R.' for the chapter was a guess.
    The handreiking itself is by Rose Figdor (colophon), so its own line keeps 'Figdor, R.'."""
    nl, en = decks("zeven-verandertips")
    assert "uit: Figdor e.a. (2026)." in nl.sources[1] and "Figdor, R. e.a." not in nl.sources[1]
    assert "from: Figdor et al. (2026)." in en.sources[1] and "Figdor, R. et al." not in en.sources[1]
    assert "Figdor e.a. (2026)." in page("zeven-verandertips")


def test_the_english_tips_ask_what_the_dutch_tips_ask(decks):
    """Seed 000 tip 6 'werk bewust complementair' keeps its Dutch term; the questions say the same in both
    languages (tip 2: where and when, outside meetings; politieke plek: 'and for whom' in both)."""
    nl, en = decks("zeven-verandertips")
    assert "(bewust complementair)" in en.card("tip-6-eigenheid").text
    assert "wanneer" in nl.card("tip-2-ontmoetingen").questions[0]
    assert en.card("tip-2-ontmoetingen").questions[0] == "Where and when do you meet each other outside meetings?"
    assert nl.card("politieke-plek").questions[0].endswith("in het systeem, en voor wie?")
    assert en.card("politieke-plek").questions[0].endswith("creates friction, and for whom?")


def test_the_facilitator_page_lists_the_insights_in_the_guides_order_and_names():
    """Z-DOC-1. Seed 000 'Inzichten uit sociaal-artistiek samenwerken': 1 Gezamenlijke ambitie en
    complementariteit, 2 Schuren, tijd en kwaliteitsverbetering, 3 Meerstemmigheid, pioniers en lerende
    infrastructuur."""
    text = page("zeven-verandertips")
    row = re.search(r"\*\*Inzicht uit de praktijk\*\* \(4\) \|([^|]+)\|", text).group(1)
    order = [row.index(name) for name in ("Gezamenlijke ambitie en complementariteit", "Schuren is een",
                                          "Meerstemmigheid", "Pioniers en een lerende infrastructuur")]
    assert order == sorted(order)
    assert "elkaar aanvullen" not in row
    assert "**Gezamenlijke ambitie en complementariteit** (`gezamenlijke-ambitie`)" in text


def test_the_facilitator_page_gives_the_minutes_per_tip_the_werkvorm_gives():
    """Known from an earlier read: the page said 20 to 25 minutes per tip; the werkvorm zeven-verandertips gives
    each tip round its own minutes (both parts, both languages), and the page must agree."""
    minutes = set()
    for name in ("zeven-verandertips.yaml", "zeven-verandertips.en.yaml"):
        template = load_template(builtin_decks_dir() / "werkvormen" / name)
        minutes |= {s.minutes for s in template.steps if s.per_card and s.deck == "zeven-verandertips"}
    assert len(minutes) == 1
    text = page("zeven-verandertips")
    assert f"Reken op {minutes.pop()} minuten per tip" in text and "20 tot 25" not in text
    assert "In één bijeenkomst van anderhalf uur passen dus vier tips" in text

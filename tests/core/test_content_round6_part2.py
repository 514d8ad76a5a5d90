"""Review round 6, part 2 (issue #23): the decks grensobjecten and knelpunten-en-kansen and their facilitator
pages, after an independent re-read against the seeds. Each test guards one factual fix a later edit could undo,
in both languages, and names the seed passage it rests on."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reflectiespel import cli
from reflectiespel.core.decks.library import Library
from reflectiespel.core.decks.sheetfiles import read_rows
from reflectiespel.core.decks.sheets import deck_from_rows
from reflectiespel.core.routes.routes import load_routes, step_pool
from reflectiespel.resources import builtin_decks_dir
from contenttext import both_languages, page, said

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "docs" / "decks"


@pytest.fixture(scope="module")
def library():
    return Library(builtin_decks_dir()).load()


@pytest.fixture(scope="module")
def decks(library):
    """(Dutch, English) per deck id."""
    return both_languages(library)


def cited(card) -> list[tuple[str, str]]:
    return [(p.seed, p.heading) for p in card.basis.passages]


# --- grensobjecten -----------------------------------------------------------------------------------

def test_a_boundary_object_shows_what_the_group_became_aware_of(decks):
    """Seed 000, verandertip 4: 'Markeer deze bewustwordingen en verhelderende verschijningsvormen met boundary
    objects'. The definition card named direction, support and invitation, but not what the object marks."""
    nl, en = (deck.card("wat-is-een-grensobject") for deck in decks("grensobjecten"))
    assert "Het laat zien wat jullie samen ontdekten" in said(nl.text)
    assert "It shows what you discovered together" in said(en.text)
    for card in (nl, en):
        assert ("000", "Markeer deze bewustwordingen en verhelderende verschijningsvormen met boundary objects") \
            in cited(card)
    assert "bewust werd" in nl.basis.note and "become aware" in en.basis.note


def test_the_examples_are_what_a_boundary_object_can_be_not_documented_cases(decks):
    """Seed 000 'Praktische hulpmiddelen' names tools, not boundary objects in practice; most examples are our
    reading of tip 4, so the category does not say they come 'from practice'."""
    nl, en = (next(c for c in deck.categories if c.id == "voorbeelden") for deck in decks("grensobjecten"))
    assert nl.description.startswith("Voorbeelden van wat een grensobject kan zijn")
    assert en.description.startswith("Examples of what a boundary object can be")
    assert "praktijk" not in nl.description and "practice" not in en.description
    nl_credits, en_credits = (deck.card("over-deze-set").text for deck in decks("grensobjecten"))
    assert "de werkwijze op die kaarten is ons voorstel" in said(nl_credits)
    assert "the method on those cards is our suggestion" in said(en_credits)


def test_pioneers_cannot_keep_it_up_indefinitely_nor_alone(decks):
    """Seed 000 'Grenzen overbruggen': pioneers cannot do this work 'niet onbeperkt en niet alleen'; 'not for
    long' made the source stronger."""
    nl, en = (deck.card("pionier-wordt-ambassadeur").text for deck in decks("grensobjecten"))
    assert "niet eindeloos en niet alleen volhouden" in said(nl) and "niet lang" not in nl
    assert "cannot keep it up indefinitely, or on their own" in said(en) and "for long" not in en


def test_a_place_as_a_boundary_object_is_a_reading_in_english_too(decks):
    """Seed 000 'neutrale tussenruimten' speaks of in-between spaces, not of places as boundary objects; the Dutch
    says 'Je kunt ook een plek als grensobject zien' and the note calls it our reading."""
    nl, en = (deck.card("ontmoetingsplek") for deck in decks("grensobjecten"))
    assert said(nl.text).startswith("Je kunt ook een plek als grensobject zien")
    assert said(en.text).startswith("You can also see a place as a boundary object")
    assert "A place can be a boundary object" not in en.text
    assert "onze lezing" in nl.basis.note and "our reading" in en.basis.note


def test_pass_it_on_asks_the_same_second_question_in_both_languages(decks):
    """Own question; the English asked about impact ('biggest difference') where the Dutch asks about impression."""
    nl, en = (deck.card("geef-het-door").questions[1] for deck in decks("grensobjecten"))
    assert nl == "Waar maakt het de meeste indruk, en hoe?"
    assert en == "Where would it make the strongest impression, and how?"


def test_mobilising_is_arranging_what_is_needed_and_the_examples_are_ours(decks):
    """Seed 000 'Grenswerk en boundary spanning': in the collaboration 'randvoorwaarden gemobiliseerd'. The card
    said people, money and resources were set in motion; now it says what is needed gets arranged, with our
    examples marked."""
    nl, en = (deck.card("verbinden-vertalen-mobiliseren") for deck in decks("grensobjecten"))
    assert "regelen wat nodig is" in said(nl.text) and "middelen" not in nl.text
    assert "arrange what is needed" in said(en.text) and "resources" not in en.text
    for card in (nl, en):
        assert ("000", "randvoorwaarden gemobiliseerd") in cited(card)
    assert "van ons" in nl.basis.note and "ours" in en.basis.note


def test_the_island_question_does_not_assume_the_collaboration_already_is_one(decks):
    """Seed 000 'Grenzen zijn namelijk dynamisch': a new boundary 'kan' form; the question asks where it threatens."""
    nl, en = (deck.card("grenzen-schuiven") for deck in decks("grensobjecten"))
    assert nl.questions[0].startswith("Waar dreigt jullie samenwerking een eiland te worden")
    assert en.questions[0].startswith("Where is your collaboration at risk of becoming an island")
    assert "(een plek tussen de organisaties in)" in nl.text and "a space between organisations" in en.text
    assert ("000", "neutrale tussenruimten") in cited(nl) and cited(nl) == cited(en)


def test_a_deck_page_names_only_routes_that_deal_the_deck(library):
    """A 'Zonder begeleider' bullet said the route Beginnen met samenwerken ends with 'Benoem jullie grensobject',
    but no route deals a grensobjecten card. Every route a deck page names there must use the deck; the
    grensobjecten page says there is no such route yet, which stays true only while no route uses it."""
    routes = {entry.route.title: entry.route for entry in load_routes(library) if entry.builtin}
    for path in sorted(PAGES.glob("*.md")):
        found = re.search(r"^- \*\*Zonder begeleider\*\*:(.*?)(?=^- |^#|\Z)", path.read_text(encoding="utf-8"),
                          re.MULTILINE | re.DOTALL)
        if not found:
            continue
        for title in re.findall(r"\*\*(.+?)\*\*", said(found.group(1))):
            assert title in routes, f"{path.name}: no route '{title}'"
            assert any(step.deck == path.stem for step in routes[title].steps), f"{path.name}: '{title}'"
    assert "er is nog geen route met deze set" in page("grensobjecten")
    assert not [t for t, r in routes.items() if any(step.deck == "grensobjecten" for step in r.steps)]


# --- knelpunten-en-kansen ----------------------------------------------------------------------------

def test_the_seven_times_figure_keeps_its_up_to_in_both_languages(decks):
    """Seed 000: 'een maatschappelijke opbrengst ... die oploopt tot meer dan zeven keer de investering', in a
    sentence that opens 'aanzienlijk kan oplopen'. The page promises 'tot meer dan'; the card now says it."""
    nl, en = (deck.card("laat-zien-wat-het-oplevert").text for deck in decks("knelpunten-en-kansen"))
    assert "de opbrengst oplopen tot meer dan zeven keer" in said(nl) and "kwam uit op" not in nl
    assert "found returns rising to more than seven times the investment" in said(en)
    assert " it rose " not in said(en)
    assert "*tot meer dan* zeven keer" in page("knelpunten-en-kansen")


def test_the_credits_name_both_authors_and_the_publisher_alike(decks):
    """Seed 000 'Auteurs' (Rose Figdor, Wytske Lankester) and the colophon: 'Cultuur Oost is de advies- en
    ondersteuningsorganisatie voor cultuur in Gelderland'. Each language says what the other says."""
    nl, en = (deck.card("over-deze-set") for deck in decks("knelpunten-en-kansen"))
    assert "Rose Figdor en Wytske Lankester" in said(nl.text) and "Rose Figdor and Wytske Lankester" in said(en.text)
    assert "Cultuur Oost (advies en steun voor cultuur in Gelderland)" in said(nl.text)
    assert "Cultuur Oost, the advice and support organisation for culture in Gelderland" in said(en.text)
    for card in (nl, en):
        assert ("000", "Cultuur Oost is de advies- en ondersteuningsorganisatie voor cultuur in Gelderland") \
            in cited(card)


def test_cards_that_ask_what_the_team_already_did_are_kept_from_a_new_team(decks, library):
    """docs/deck-format.md ('underway' ... 'als de kaart vraagt naar werk dat al loopt'): 'Wat is veranderkracht?'
    asks what the team already achieved, principle 3 what changes now in the participants' lives."""
    for deck in decks("knelpunten-en-kansen"):
        for card_id in ("wat-is-veranderkracht", "leefwereld-en-systeemwereld"):
            assert deck.card(card_id).underway, f"{deck.language}/{card_id}"
    nl = decks("knelpunten-en-kansen")[0]
    assert "al" in nl.card("wat-is-veranderkracht").assignment.split()
    assert " nu " in f" {nl.card('leefwereld-en-systeemwereld').questions[0]} "
    route = next(e.route for e in load_routes(library) if e.builtin and e.route.new_team)
    step = next(s for s in route.steps if s.deck).model_copy(
        update={"deck": "knelpunten-en-kansen", "category": "kernprincipes", "cards": []})
    dealt = {card.id for card in step_pool(step, library, new_team=True)}
    assert "leefwereld-en-systeemwereld" not in dealt and "gedeelde-ambitie" in dealt


def test_transformative_power_is_a_way_of_seeing_the_path_to_policy(decks):
    """Seed 000 'Veranderkracht omschrijven wij als': 'Veranderkracht kan worden gezien als de vertaling van
    bewustwording naar samenwerking, naar resultaten en impact in de praktijk en vervolgens naar beleid'. The
    card said 'Ze loopt van', stronger than the source; now 'je kunt ... zien als', neither stronger nor weaker."""
    nl, en = (deck.card("wat-is-veranderkracht") for deck in decks("knelpunten-en-kansen"))
    assert "Je kunt veranderkracht zien als een weg" in said(nl.text) and "Ze loopt" not in nl.text
    assert "You could see it as a path" in said(en.text) and "It runs from" not in en.text
    assert "kan worden gezien als" in nl.basis.note and "kan worden gezien als" in en.basis.note
    assert "soms" not in nl.text and "misschien" not in nl.text  # no weaker hedge either


def test_the_dutch_source_line_names_the_parts_of_the_guide_as_the_english_does(decks, tmp_path):
    """The credits carry the source onto paper; 'Delen ... en over de sociale basis' did not parse. The parts are
    the guide's own (seed 000 'Knelpunten', 'Kansen', 'Kernprincipes van de werkwijze', 'Veranderkracht', 'Cultuur
    is onderdeel van de sociale basis'), named as the English names them, and the line survives a CSV round trip
    (an earlier wording with "'...', en" once made the export read back with the wrong separator)."""
    nl, en = decks("knelpunten-en-kansen")
    assert nl.sources[0].endswith("samenwerken met cultuur: knelpunten, kansen, kernprincipes, veranderkracht, de "
                                  "sociale basis en de sociaal-artistieke tussenruimte.")
    assert en.sources[0].endswith("with culture: bottlenecks, opportunities, core principles, transformative power, "
                                  "the social infrastructure and the social-artistic in-between space.")
    assert "Delen '" not in nl.sources[0] and "en over de" not in nl.sources[0]
    sheet = tmp_path / "set.csv"
    assert cli.main(["decks", "export-sheet", "knelpunten-en-kansen", "-o", str(sheet)]) == 0
    assert deck_from_rows(read_rows(sheet)[0], sheet.name).sources == nl.sources


def test_the_page_says_the_titles_are_sometimes_put_in_plain_words(decks):
    """Seed 000 'Geïnstitutionaliseerde verkokering belemmert samenwerking' and 'Benutten van bestaande
    fundamenten' became 'Verkokering: vast in hokjes' and 'Benut wat er al is': rewritten, not only shortened."""
    text = page("knelpunten-en-kansen")
    assert "soms ingekort of in gewone woorden" in text
    nl = decks("knelpunten-en-kansen")[0]
    for card_id in ("hokjes", "bouw-op-wat-er-is"):
        assert f"*{nl.card(card_id).title}*" in text

"""Review 4 of round 6 (issue #23): the werkvormen wat-is-belangrijk and grensobjecten-maken and the routes
beginnen-met-samenwerken and actieonderzoek-terugkijken. The factual fixes a later edit could undo, in both
languages, each checked against the seed passage the reviewer pointed to (named in the docstring)."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reflectiespel.core.board.boarddef import load_default_board
from reflectiespel.core.decks.library import Library
from reflectiespel.core.routes.routes import load_route
from reflectiespel.core.sessions.stepkinds import route_kind
from reflectiespel.core.sessions.templates import MEETING_MINUTES, load_template, template_minutes
from reflectiespel.resources import builtin_decks_dir
from contenttext import said

DECKS = builtin_decks_dir()
ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "reflectiespel"
SEEDS_DIR = Path(os.environ.get("REFLECTIESPEL_SEEDS") or ROOT.parent / "shared" / "seeds")
LIBRARIES = {language: Library(DECKS, language=language).load() for language in ("nl", "en")}
LANGUAGES = pytest.mark.parametrize("language", ["nl", "en"])


def werkvorm(name: str, language: str):
    return load_template(DECKS / "werkvormen" / f"{name}{'.en' if language == 'en' else ''}.yaml")


def route(name: str, language: str):
    return load_route(DECKS / "routes" / f"{name}{'.en' if language == 'en' else ''}.yaml")


def route_step(name: str, language: str, step_id: str):
    return next(step for step in route(name, language).steps if step.id == step_id)


def sources(item) -> str:
    return said(" ".join(item.source if isinstance(item.source, list) else [item.source]))


def questions(text: str) -> list[str]:
    """The questions in a text: each sentence that ends in '?' (brackets and all)."""
    return [q.strip() for q in re.findall(r"[^.?!]*\?", said(text))]


@pytest.fixture(scope="module")
def seeds() -> dict[str, str]:
    if not SEEDS_DIR.is_dir():
        pytest.skip(f"the source documents are not beside the checkout ({SEEDS_DIR}); set REFLECTIESPEL_SEEDS")
    return {path.name[:3]: said(path.read_text(encoding="utf-8")) for path in SEEDS_DIR.glob("*.txt")}


# --- wat-is-belangrijk ---------------------------------------------------------------------------------------

@LANGUAGES
def test_the_health_rating_has_people_look_at_the_six_cards_before_they_mark_them(language, seeds):
    """W1. Seed 001 'Wat is Positieve Gezondheid?' shows the six dimensions only as everyday examples ('Samen
    leuke dingen doen', 'Omgaan met verandering'), with no names; the rows of the scale are the card titles, so
    the step first sends people to the cards, and its clock allows the time to look at them."""
    assert "Samen leuke dingen doen" in seeds["001"] and "Lichaamsfuncties" not in seeds["001"]
    template = werkvorm("wat-is-belangrijk", language)
    rating = next(step for step in template.steps if step.kind == "rating")
    assert len([c for c in LIBRARIES[language].get("waarde-van-welzijn").play_cards
                if c.category == "positieve-gezondheid"]) == 6
    text = said(rating.instruction)
    look = {"nl": "Kijk eerst op de zes kaarten wat bij elk onderdeel hoort.",
            "en": "First look at the six cards to see what each part covers."}[language]
    mark = {"nl": "cijfer van 0 tot 10", "en": "mark from 0 to 10"}[language]
    assert text.startswith(look) and text.index(look) < text.index(mark)
    assert rating.minutes >= 8
    assert {"nl": "twee minuten", "en": "two minutes"}[language] in said(rating.basis.note)
    assert template_minutes(template, LIBRARIES[language], people=12) <= MEETING_MINUTES


@LANGUAGES
def test_who_hands_the_marks_to_the_facilitator_is_told_only_the_facilitator_sees_them(language):
    """O2. The console's rating grid has a column per participant (ui/session/ratingpanel.py) in which the
    facilitator types the marks of whoever has no phone; the welcome promises no names next to what is said."""
    panel = (SRC / "ui" / "session" / "ratingpanel.py").read_text(encoding="utf-8")
    assert "in de kolom van wie geen telefoon heeft" in panel
    rating = next(s for s in werkvorm("wat-is-belangrijk", language).steps if s.kind == "rating")
    says = {"nl": "Geef je cijfers dan aan de begeleider: alleen die ziet ze.",
            "en": "Give your marks to the facilitator, who will be the only one to see them."}[language]
    assert says in said(rating.instruction)


@LANGUAGES
def test_the_blank_card_the_choosing_step_promises_is_printed(language, seeds):
    """O3. Seed 001 has 'Ik mis iets dat voor mij belangrijk is' under the Positive Health cards; step 3 says the
    facilitator writes what is missing on a blank card, so the description asks to print the deck's blanks
    (named by their category: the card's title is the seed's own sentence, too long to repeat)."""
    assert "Ik mis iets dat voor mij belangrijk is" in seeds["001"]
    deck = LIBRARIES[language].get("waarde-van-welzijn")
    blank = next(card for card in deck.cards if card.blank)
    category = next(c for c in deck.categories if c.id == blank.category)
    description = said(werkvorm("wat-is-belangrijk", language).description)
    assert f"{'lege kaarten' if language == 'nl' else 'blank cards'} (" in description
    assert f"'{category.name}' {'van' if language == 'nl' else 'category of'} {deck.title}" in description


def test_the_english_says_the_marks_are_not_shown_at_first():
    """W2-en. 'The marks start off the screen' read as translated Dutch ('staan eerst niet op het scherm')."""
    description = said(werkvorm("wat-is-belangrijk", "en").description)
    assert "At first the marks are not shown on the screen" in description
    assert "start off the screen" not in description


@LANGUAGES
def test_the_spider_web_idea_cites_the_page_the_contents_give_its_appendix(language, seeds):
    """O1. Seed 003's contents give Bijlage 4 page 35 and no page to 'Ter herinnering', the part of it that
    holds 'op basis van spinnenweb positieve gezondheid'."""
    assert "Bijlage 4 Informerende brief voor klankbordgroepbijeenkomst</b> <b>35" in seeds["003"]
    assert "op basis van spinnenweb positieve gezondheid" in seeds["003"]
    rating = next(s for s in werkvorm("wat-is-belangrijk", language).steps if s.kind == "rating")
    cited = [(p.seed, p.heading, p.page) for p in rating.basis.passages]
    assert ("003", "Bijlage 4 Informerende brief voor klankbordgroepbijeenkomst", 35) in cited
    assert not any(p.heading == "Ter herinnering" and p.page for p in rating.basis.passages)


# --- grensobjecten-maken ---------------------------------------------------------------------------------------

CREDIT = {"002": {"nl": "LKCA (z.j.), Hoe doen we het samen (goed)?", "en": "LKCA (n.d.), Hoe doen we het samen (goed)?"},
          "003": {"nl": "Poll, J., Ton, M. & Valkenburg, A. (2024)", "en": "Poll, J., Ton, M. & Valkenburg, A. (2024)"},
          "004": {"nl": "Smit, I. (LKCA, z.j.)", "en": "Smit, I. (LKCA, n.d.)"}}


@LANGUAGES
def test_making_boundary_objects_credits_de_groot_and_the_sources_of_its_example_cards(language, seeds):
    """G1. Seed 000 'Grenswerk en boundary spanning' gives the four mechanisms as '(De Groot et al., 2023)', from
    'Boundary spanners in actie'; step 2 puts the example cards in the room, and korte-film rests on 003 ('Helden
    in de stad'), fotoserie-of-expositie on 004 ('Laat resultaten zien: documenteer, deel, vier!') and manifest on
    002 ('Communiceer de gezamenlijke visie helder'). Every seed those cards cite is credited by the werkvorm."""
    assert "(De Groot et al., 2023)" in seeds["000"] and "Boundary spanners in actie" in seeds["000"]
    template = werkvorm("grensobjecten-maken", language)
    credited = sources(template)
    assert "De Groot" in credited and "(2023), 'Boundary spanners in actie'" in credited
    deck = LIBRARIES[language].get("grensobjecten")
    shown = [step for step in template.steps if step.deck == "grensobjecten"]
    assert any(step.cards == "category:voorbeelden" for step in shown)
    examples = [card for card in deck.play_cards if card.category == "voorbeelden"]
    cited = {p.seed for card in examples for p in card.basis.passages}
    assert cited - {"000"} == set(CREDIT)
    for seed in sorted(cited - {"000"}):
        assert CREDIT[seed][language] in credited, seed


def test_the_facilitator_page_shows_the_sources_of_making_boundary_objects():
    """D1. 'Bronnen van de werkvorm' in docs/werkvormen.md is written from the werkvorm's source."""
    page = (ROOT / "docs" / "werkvormen.md").read_text(encoding="utf-8")
    section = page.split("(`grensobjecten-maken`)", 1)[1].split("\n### ", 1)[0]
    for line in werkvorm("grensobjecten-maken", "nl").source:
        assert f"- {line}" in section


@LANGUAGES
def test_choosing_together_gives_the_one_word_reactions_a_minute(language):
    """O4. Each pair explains in a minute (half a minute per participant) and the others each say one word
    about it: the clock allows a minute for those words besides the four to vote, and twelve still fit."""
    template = werkvorm("grensobjecten-maken", language)
    choose = next(s for s in template.steps if s.kind == "boundary-objects" and s.vote_budget)
    assert choose.minutes >= 5 and choose.minutes_per_person == 0.5
    assert {"nl": "een minuut voor de woorden", "en": "a minute for the others' words"}[language] in said(
        choose.basis.note)
    assert template_minutes(template, LIBRARIES[language], people=12) <= MEETING_MINUTES


# --- beginnen-met-samenwerken ------------------------------------------------------------------------------------

@LANGUAGES
def test_the_axis_step_asks_how_ownership_and_steering_are_divided(language, seeds):
    """B1. Seed 000 at the axis figure: 'hoe eigenaarschap en sturing zijn verdeeld (één partij, gedeeld of
    wisselend)'; the board the step opens names its vertical axis so."""
    assert "hoe eigenaarschap en sturing zijn verdeeld (één partij, gedeeld of wisselend)" in seeds["000"]
    board = load_default_board(language).vertical.name
    text = said(route_step("beginnen-met-samenwerken", language, "as").explanation)
    if language == "nl":
        assert "eigenaarschap" in board and "hoe zijn eigenaarschap (van wie is het werk?) en sturing verdeeld:" in text
        assert "hoe de sturing verdeeld is" not in text
    else:
        assert "ownership" in board and "how are ownership (whose work is it?) and steering divided:" in text
        assert "how the steering is divided" not in text


def test_no_werkvorm_or_route_asks_about_steering_without_ownership():
    """Seed 000 asks at the axis figure how 'eigenaarschap en sturing' are divided: every werkvorm and route
    step that asks how steering is divided names ownership too (the lead found it in praktijk-op-de-as and
    tussentijds-evalueren after the reviewer found it in beginnen-met-samenwerken)."""
    asks = re.compile(r"(sturing[^.?]*verdeeld|verdeeld[^.?]*sturing|steering[^.?]*divided)", re.I)
    found = []
    for path in sorted((DECKS / "werkvormen").glob("*.yaml")) + sorted((DECKS / "routes").glob("*.yaml")):
        for sentence in re.split(r"(?<=[.?!])\s+", said(path.read_text(encoding="utf-8"))):
            if asks.search(sentence) and not re.search(r"eigenaarschap|ownership", sentence, re.I):
                found.append(f"{path.name}: {sentence}")
    assert found == []


@LANGUAGES
def test_choosing_values_tells_how_to_add_a_value_the_cards_lack(language, seeds):
    """B2. Seed 001 puts 'Ik mis iets dat voor mij belangrijk is' under the Positive Health cards; a route deals
    no blank cards, but choose-values has turns, and the turn bar's note field ('Wat zei …?', kept as a note
    with the speaker's name) takes what someone misses."""
    assert "Ik mis iets dat voor mij belangrijk is" in seeds["001"]
    step = route_step("beginnen-met-samenwerken", language, "waarden")
    assert step.kind == "choose-values" and route_kind(step.kind).turns
    bar = (SRC / "ui" / "together" / "turnbar.py").read_text(encoding="utf-8")
    assert 'self.tr("Wat zei %1? Kort, mag leeg blijven")' in bar
    root = ET.parse(SRC / "i18n" / "reflectiespel_en.ts").getroot()
    english = next(m.findtext("translation") for m in root.iter("message")
                   if m.findtext("source") == "Wat zei %1? Kort, mag leeg blijven")
    assert english.startswith("What did %1 say?")
    says = {"nl": "Mis je iets wat voor jou belangrijk is? Zeg het, en typ het in het veld 'Wat zei …?'.",
            "en": "Is something that matters to you missing? Say so, and type it in the 'What did … say?' box."}
    assert says[language] in said(step.explanation)


@LANGUAGES
def test_the_route_credits_the_guide_for_every_frame_its_steps_cite(language):
    """O7. Steps 'waarden' and 'as' cite seed 000 'Sociaal-artistieke kwaliteit' and 'Schuren, tijd en
    kwaliteitsverbetering' (schuren as a kwaliteitsmotor); the guide's source line names both."""
    cited = {p.heading for s in route("beginnen-met-samenwerken", language).steps if s.basis
             for p in s.basis.passages}
    assert {"Sociaal-artistieke kwaliteit", "Schuren, tijd en kwaliteitsverbetering"} <= cited
    credited = sources(route("beginnen-met-samenwerken", language))
    names = {"nl": ("sociaal-artistieke kwaliteit", "schuren als kwaliteitsmotor"),
             "en": ("social-artistic quality", "friction (schuren) as a driver of quality")}[language]
    assert all(name in credited for name in names)


def test_the_english_tip_step_names_tip_six_as_its_card_does():
    """O8. The card 'Room for what makes each of you different' is the English tip 6."""
    card = LIBRARIES["en"].get("zeven-verandertips").card("tip-6-eigenheid")
    assert "what makes each of you different" in card.title
    text = said(route_step("beginnen-met-samenwerken", "en", "tips").explanation)
    assert "make room for what makes each of you different" in text and "own way" not in text


# --- actieonderzoek-terugkijken -----------------------------------------------------------------------------------

@LANGUAGES
def test_the_cimo_step_asks_open_questions_about_each_element(language, seeds):
    """A1. Seed 003 'Onderzoeksmethoden' (p. 8): the researcher describes Context, Interventie, Mechanisme and
    Outcome with observable things. The step asks about each, with questions that open a conversation (CONTENT.md),
    not yes/no questions."""
    assert "De onderzoeker beschrijft Context, de Interventie, het Mechanisme en de Outcome" in seeds["003"]
    assert "vooral waarneembare dingen" in seeds["003"]
    step = route_step("actieonderzoek-terugkijken", language, "cimo")
    asked = questions(step.explanation)
    assert len(asked) >= 3
    openers = {"nl": ("Hoe", "Wat", "Waar", "Wie", "Wanneer", "Welke", "Waarom"),
               "en": ("What", "How", "Where", "Who", "When", "Which", "Why")}[language]
    assert all(q.split()[0] in openers for q in asked), asked
    names = {"nl": ("(Context)", "(Interventie)", "(Mechanisme)", "(Outcome)"),
             "en": ("(Context)", "(Intervention)", "(Mechanism)", "(Outcome)")}[language]
    assert all(name in said(step.explanation) for name in names)
    assert {"nl": "vooral met wat je kunt waarnemen", "en": "mainly through what you can observe"}[language] in said(
        step.basis.note)


@LANGUAGES
def test_the_next_cycle_starts_with_action_research_one_and_someone_keeps_the_file(language, seeds):
    """A2. Seed 003 'Benadering actieonderzoek' (p. 7): 'cycli die elkaar opvolgen en die steeds dezelfde stappen
    kennen: diagnose, actieplan, resultaten en reflectie'. A new diagnosis is the work of 'Actieonderzoek 1', so
    the last step plans that meeting (no diagnosis now) and says who keeps this file and the summary."""
    assert "cycli die elkaar opvolgen en die steeds dezelfde stappen kennen: diagnose" in seeds["003"]
    first = route("actieonderzoek-starten", language).title.split(":")[0]
    step = route_step("actieonderzoek-terugkijken", language, "volgende-ronde")
    text = said(step.explanation)
    assert f"'{first}'" in text
    if language == "nl":
        assert "diagnose" not in text.lower()
        assert "wie dit bestand en de samenvatting bewaart" in text and "wie uitnodigt" in text
    else:
        assert "diagnosis" not in text.lower()
        assert "who keeps this file and the summary" in text and "who sends the invitation" in text


@LANGUAGES
def test_change_takes_time_cites_the_lkca_publication_that_says_it(language, seeds):
    """O10. Seed 002 'Wil je zelf aan de slag': '… dat verandering tijd kost en aandacht vraagt'."""
    assert "dat verandering tijd kost en aandacht vraagt" in seeds["002"]
    step = route_step("actieonderzoek-terugkijken", language, "volgende-ronde")
    assert {"nl": "Verandering kost tijd", "en": "Change takes time"}[language] in said(step.explanation)
    assert ("002", "dat verandering tijd kost en aandacht vraagt") in [(p.seed, p.heading)
                                                                       for p in step.basis.passages]


@LANGUAGES
def test_the_self_reflection_round_says_how_to_pass(language):
    """O9. 'zelf' is an explain step: no turn bar and no 'Ik pas' button (core/sessions/stepkinds.py), so the
    text says how to pass."""
    step = route_step("actieonderzoek-terugkijken", language, "zelf")
    assert not route_kind(step.kind).turns
    assert {"nl": "zegt 'ik pas'", "en": "just say 'I pass'"}[language] in said(step.explanation)


# --- docs/werkvormen.md ------------------------------------------------------------------------------------------

def test_the_word_cloud_is_described_with_the_number_of_words_a_step_sets():
    """O11. The field table says `words` is 1 to 10 (default 3); wat-is-belangrijk asks for one word."""
    page = (ROOT / "docs" / "werkvormen.md").read_text(encoding="utf-8")
    assert "iedereen stuurt een tot drie woorden" not in page
    assert "iedereen stuurt een of meer woorden (`words`, standaard drie)" in said(page)
    cloud = next(s for s in werkvorm("wat-is-belangrijk", "nl").steps if s.kind == "wordcloud")
    assert cloud.words == 1

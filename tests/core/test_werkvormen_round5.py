"""Review round 5 of the werkvormen and routes (issue #23): the factual fixes a later edit could undo, in both
languages, each checked against the passage or the control the reviewer pointed to."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reflectiespel.core.input.ideas import TOP
from reflectiespel.core.decks.library import Library
from reflectiespel.core.routes.routes import load_route
from reflectiespel.core.sessions.templates import (
    MEETING_MINUTES,
    load_template,
    new_session_from_template,
    template_minutes,
)
from reflectiespel.resources import builtin_decks_dir
from contenttext import said

DECKS = builtin_decks_dir()
SRC = Path(__file__).resolve().parents[2] / "src" / "reflectiespel"
SEEDS_DIR = Path(os.environ.get("REFLECTIESPEL_SEEDS") or Path(__file__).resolve().parents[3] / "shared" / "seeds")
LIBRARIES = {language: Library(DECKS, language=language).load() for language in ("nl", "en")}
NUMBER_WORDS = {"nl": {"drie": 3, "vijf": 5}, "en": {"three": 3, "five": 5}}


def werkvorm(name: str, language: str):
    return load_template(DECKS / "werkvormen" / f"{name}{'.en' if language == 'en' else ''}.yaml")


def route(name: str, language: str):
    return load_route(DECKS / "routes" / f"{name}{'.en' if language == 'en' else ''}.yaml")


def step_titled(template, kind: str):
    return next(step for step in template.steps if step.kind == kind)


@pytest.fixture(scope="module")
def seeds() -> dict[str, str]:
    if not SEEDS_DIR.is_dir():
        pytest.skip(f"the source documents are not beside the checkout ({SEEDS_DIR}); set REFLECTIESPEL_SEEDS")
    return {path.name[:3]: path.read_text(encoding="utf-8") for path in SEEDS_DIR.glob("*.txt")}


def english_of(source: str) -> str:
    """The English the translation file gives a Dutch interface text."""
    root = ET.parse(SRC / "i18n" / "reflectiespel_en.ts").getroot()
    found = [m.findtext("translation") for m in root.iter("message") if m.findtext("source") == source]
    assert found and found[0], f"no English for {source!r}"
    return found[0]


# --- vijf-bouwstenen -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_rating_of_the_building_blocks_names_block_three_in_full(language, seeds):
    """Seeds 001 and 002 call building block 3 'Organiseer en faciliteer vanuit een gezamenlijke visie'; the
    rating's rows are the deck's card titles, so the scale in a session shows the full name."""
    assert "Organiseer en faciliteer vanuit een gezamenlijke visie" in said(seeds["001"])
    session = new_session_from_template(werkvorm("vijf-bouwstenen", language), LIBRARIES[language])
    rating = next(step for step in session.steps if step.scale is not None)
    rows = [row.text for row in rating.scale.rows]
    assert len(rows) == 5
    full = {"nl": "3. Organiseer en faciliteer vanuit een gezamenlijke visie",
            "en": "3. Organise and facilitate from a shared vision"}[language]
    assert rows[2] == full


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_building_blocks_leave_time_to_mark_five_rows_and_still_fit_twelve_people(language):
    template = werkvorm("vijf-bouwstenen", language)
    assert step_titled(template, "rating").minutes >= 6
    opening = template.steps[0]
    assert opening.kind == "free" and opening.minutes_per_person <= 0.5
    assert template_minutes(template, LIBRARIES[language], people=12) <= MEETING_MINUTES - 4


# --- wat-is-belangrijk -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_health_rating_says_the_presentation_does_not_name_the_six_dimensions(language, seeds):
    """Seed 001 'Wat is Positieve Gezondheid?' lists everyday aspects but not 'Lichaamsfuncties' and so on."""
    assert "Lichaamsfuncties" not in seeds["001"] and "Meedoen met anderen" not in seeds["001"]
    note = said(step_titled(werkvorm("wat-is-belangrijk", language), "rating").basis.note)
    assert {"nl": "zonder hun namen", "en": "does not name them"}[language] in note
    assert "Meedoen met anderen" in note and "Meedoen'" in note
    assert "uit de presentatie, als kaarten" not in note and "from the presentation, as cards" not in note


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_spider_web_cites_the_assen_idea_that_names_it(language, seeds):
    """The idea stands under 'Ter herinnering' in Bijlage 4; the contents give a page only to the appendix (35),
    so the step cites the appendix with that page and the note names the heading (review 4, O1)."""
    step = step_titled(werkvorm("wat-is-belangrijk", language), "rating")
    appendix = "Bijlage 4 Informerende brief voor klankbordgroepbijeenkomst"
    assert ("003", appendix, 35) in [(p.seed, p.heading, p.page) for p in step.basis.passages]
    assert f"<b>{appendix}</b>\t<b>35</b>" in seeds["003"]
    assert "'Ter herinnering'" in step.basis.note
    assert "spinnenweb positieve gezondheid" in seeds["003"]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_closing_word_cloud_is_marked_as_our_own(language):
    """Bouwsteen 5 is about professionals reflecting, not about asking participants for one word."""
    cloud = step_titled(werkvorm("wat-is-belangrijk", language), "wordcloud")
    assert cloud.basis.own and not cloud.basis.passages


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_health_marks_start_off_the_screen_and_the_room_is_not_told_what_the_facilitator_does(language):
    """With four people a lone low mark about one's health is traceable: the step starts with its running
    marks off the projection (counts_hidden), the description tells the facilitator the console's real switch
    (its Dutch label in inputpanel.py, its English from the translation file), and the instruction, which the
    room and the phones show, speaks only to the group."""
    template = werkvorm("wat-is-belangrijk", language)
    session = new_session_from_template(template, LIBRARIES[language])
    rating = next(step for step in session.steps if step.kind == "rating")
    assert rating.screen is not None and not rating.screen.counts_on_projection
    assert rating.screen.counts_on_phones and not rating.screen.screened  # only the projection waits
    panel = (SRC / "ui" / "session" / "inputpanel.py").read_text(encoding="utf-8")
    for label in ("Wat de zaal ziet", "Tussenstand op het scherm"):
        assert f'self.tr("{label}")' in panel
        shown = label if language == "nl" else english_of(label)
        assert f"'{shown}'" in said(template.description)
    instruction = said(step_titled(template, "rating").instruction)
    assert "Begeleider" not in instruction and "Facilitator" not in instruction
    assert "Tussenstand" not in instruction and "Running count" not in instruction


# --- actieonderzoek-terugkijken ------------------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_low_hanging_fruit_is_credited_to_goossens_and_poll_and_start_small_to_smit(language, seeds):
    assert "laaghangend fruit" in seeds["001"] and "laaghangend" not in seeds["004"]
    assert "Begin klein (goedkoop) en durf te experimenteren" in seeds["004"]
    step = next(s for s in route("actieonderzoek-terugkijken", language).steps if s.id == "reflectie")
    note = said(step.basis.note)
    assert "'Begin klein (goedkoop) en durf te experimenteren' (" in note and "Smit)" in note
    assert "presentaties van Goossens & Poll en van Smit" not in note
    assert "presentations by Goossens & Poll and by Smit" not in note


# --- praktijk-op-de-as ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_idea_wall_says_how_many_votes_each_person_has_and_the_agreements_start_from_the_top(language):
    template = werkvorm("praktijk-op-de-as", language)
    session = new_session_from_template(template, LIBRARIES[language])
    wall = next(step for step in session.steps if step.kind == "ideas")
    word = {n: w for w, n in NUMBER_WORDS[language].items()}[session.budget(wall)]
    assert f"{word} {'stemmen' if language == 'nl' else 'votes'}" in said(wall.instruction).lower()
    after = session.steps[session.steps.index(wall) + 1]
    first = said(after.instruction).split(".")[0].lower()
    assert any(NUMBER_WORDS[language].get(w) == TOP for w in first.split()), first


# --- routes ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_third_core_principle_keeps_the_word_system_world(language):
    step = next(s for s in route("beginnen-met-samenwerken", language).steps if s.id == "afspraken")
    text = said(step.explanation)
    assert ("leefwereld" in text and "systeemwereld" in text)
    if language == "en":
        assert "lifeworld" in text and "system world" in text


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_axis_step_names_the_step_where_last_times_file_is_opened(language):
    steps = route("tussentijds-evalueren", language).steps
    look_back = next(s for s in steps if s.id == "terugblik")
    axis = next(s for s in steps if s.id == "as")
    assert f"'{look_back.title}'" in said(axis.explanation)

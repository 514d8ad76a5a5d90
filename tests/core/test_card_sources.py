"""Every built-in card says what it rests on: passages of the source documents (publication, heading as it
stands there, page where the source has one), or that it is our own suggestion.

A facilitator who knows the handreiking or the Assen report checks a card against its passage; the passage
must be there. The cited headings are looked up in the source texts when they are beside the checkout
(REFLECTIESPEL_SEEDS, or shared/seeds next to it); without them that check says it skipped.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from reflectiespel.core.decks.decks import Deck, load_deck
from reflectiespel.core.decks.library import Library
from reflectiespel.core.decks.passages import Passage, heading_in, normalise
from reflectiespel.resources import builtin_decks_dir

DECKS = builtin_decks_dir()
SEEDS_DIR = Path(os.environ.get("REFLECTIESPEL_SEEDS") or Path(__file__).resolve().parents[3] / "shared" / "seeds")
DATA = Path(__file__).parents[1] / "data"


def builtin_decks() -> list[Deck]:
    """Every built-in deck in every language it has."""
    library = Library(DECKS).load()
    assert library.broken == [], [str(p) for e in library.broken for p in e.problems]
    return [library.get(entry.id, entry.language) for entry in library.entries]


BUILTIN = builtin_decks()
IDS = [f"{deck.language}-{deck.id}" for deck in BUILTIN]


@pytest.fixture(scope="module")
def seeds() -> dict[str, str]:
    """The source texts by key ('000' ... '004'), from the first three characters of their file names."""
    files = sorted(SEEDS_DIR.glob("*.txt")) if SEEDS_DIR.is_dir() else []
    if not files:
        pytest.skip(f"the source documents are not beside the checkout ({SEEDS_DIR}); set REFLECTIESPEL_SEEDS "
                    "to check that every cited heading stands in its source")
    return {path.name[:3]: path.read_text(encoding="utf-8", errors="replace") for path in files}


def contents_pages(text: str) -> dict[str, set[int]]:
    """The pages a source's table of contents gives each heading ('Diagnose\\t15' -> {'diagnose': {15, 18, ...}}),
    headings normalised as heading_in compares them."""
    pages: dict[str, set[int]] = {}
    for line in text.splitlines():
        match = re.fullmatch(r"\s*(?:<b>)?(.+?)(?:</b>)?\t(?:<b>)?(\d+)(?:</b>)?\s*", line)
        if match:
            name = normalise(re.sub(r"^\d+\s+", "", match.group(1)))
            pages.setdefault(name, set()).add(int(match.group(2)))
    return pages


_CONTENTS_LINE = re.compile(r"\s*(?:<b>)?(.+?)(?:</b>)?\t(?:<b>)?(\d+)(?:</b>)?\s*")


def section_pages(text: str, heading: str) -> set[int]:
    """The pages a passage inside a section can be on: from the page the contents give the section it stands
    in up to the page where the next section starts (the OCR text has no page breaks). Sections are matched
    in the order of the contents, by the first words of their heading, so the four 'Diagnose' sections each
    get their own page."""
    lines = text.splitlines()
    contents = [(normalise(re.sub(r"^\d+\s+", "", m.group(1))), int(m.group(2)))
                for m in map(_CONTENTS_LINE.fullmatch, lines) if m]
    if not contents:
        return set()
    last_contents_line = max(i for i, line in enumerate(lines) if _CONTENTS_LINE.fullmatch(line))
    starts: list[tuple[int, int]] = []  # (line index, page) of each section heading in the text
    index = last_contents_line + 1
    for name, page in contents:
        key = " ".join(name.split()[:4])
        while index < len(lines):
            line = lines[index]
            index += 1
            if line.startswith("#") and normalise(re.sub(r"^[#\s*]*\d*\s*", "", line)).startswith(key):
                starts.append((index - 1, page))
                break
    body = [normalise(line) for line in lines]
    wanted = normalise(heading)
    for number in range(last_contents_line + 1, len(lines)):
        window = " ".join(body[number:number + 3])  # a passage may run over a line break
        if wanted in window and wanted not in " ".join(body[number + 1:number + 3]):
            before = [(i, page) for i, page in starts if i <= number]
            if not before:
                return set()
            first = before[-1][1]
            after = [page for i, page in starts if i > number]
            return set(range(first, (after[0] if after else first + 1) + 1))
    return set()


@pytest.mark.parametrize("deck", BUILTIN, ids=IDS)
def test_every_builtin_card_names_its_passage_or_says_it_is_our_own(deck):
    missing, both = [], []
    for card in deck.cards:
        if card.basis is None or not (card.basis.passages or card.basis.own):
            missing.append(card.id)
        elif card.basis.passages and card.basis.own:
            both.append(card.id)
    assert missing == [], f"{deck.id} ({deck.language}): cards without a basis: {missing}"
    assert both == [], f"{deck.id} ({deck.language}): a card is either built on passages or our own: {both}"


@pytest.mark.parametrize("deck", BUILTIN, ids=IDS)
def test_every_cited_heading_stands_in_its_source(deck, seeds):
    absent = [f"{card.id}: {passage.seed} '{passage.heading}'" for card in deck.cards if card.basis
              for passage in card.basis.passages if not heading_in(seeds.get(passage.seed, ""), passage.heading)]
    assert absent == [], f"{deck.id} ({deck.language}): headings not found in their source"


@pytest.mark.parametrize("deck", BUILTIN, ids=IDS)
def test_a_cited_page_is_one_the_source_shows(deck, seeds):
    """Only the Assen report prints page numbers (in its table of contents): a page elsewhere, or a page
    the contents do not give the heading (or, for a passage inside a section, the section), is a page
    nobody can look up."""
    wrong = []
    for card in deck.cards:
        for passage in card.basis.passages if card.basis else []:
            if passage.page is None:
                continue
            source = seeds.get(passage.seed, "")
            known = contents_pages(source).get(normalise(passage.heading)) or section_pages(source, passage.heading)
            if not known or passage.page not in known:
                wrong.append(f"{card.id}: '{passage.heading}' p. {passage.page} (contents: {sorted(known or [])})")
    assert wrong == []


def test_the_english_decks_cite_the_dutch_passages():
    """The English deck rests on the same Dutch sources: card by card the same passages."""
    dutch = {d.id: d for d in BUILTIN if d.language == "nl"}
    for english in (d for d in BUILTIN if d.language == "en"):
        for card, twin in zip(english.cards, dutch[english.id].cards):
            assert card.id == twin.id
            assert card.basis and twin.basis
            assert (card.basis.passages, card.basis.own) == (twin.basis.passages, twin.basis.own), \
                f"{english.id}/{card.id}"


def test_the_heading_check_catches_a_heading_that_is_not_in_the_source(seeds):
    """The check can fail: a plausible heading that the handreiking does not contain is caught."""
    assert heading_in(seeds["000"], "Jezelf zijn")
    assert not heading_in(seeds["000"], "Vijf condities van sociale kwaliteit")
    assert contents_pages(seeds["003"])[normalise("Interventie 1 Gesprekken met bestuurders")] == {15}


def test_a_passage_inside_a_section_gets_the_pages_of_that_section(seeds):
    """A sentence of the Assen report is on the page of its section, or on the next when the section runs
    over: the shantykoor story is in Interventie 2 (p. 18, results from p. 19), the call for time and
    patience in the reflection on Interventie 4 (p. 23), the walks with the city poet in Bijlage 4 (p. 35)."""
    assert section_pages(seeds["003"], "een man met dementie in de dagopvang") == {18, 19}
    assert section_pages(seeds["003"], "tijd, geduld en diverse gesprekken nodig zijn") == {23, 24}
    assert 35 in section_pages(seeds["003"], "Wandelingen met stadsdichter")
    assert 15 not in section_pages(seeds["003"], "Wandelingen met stadsdichter")
    assert section_pages(seeds["003"], "Dit zinnetje staat nergens") == set()


def test_a_users_deck_without_sources_per_card_still_loads():
    deck = load_deck(DATA / "mini.yaml")
    assert deck.cards and all(card.basis is None for card in deck.cards)


def test_a_passage_is_shown_to_a_facilitator_with_its_publication_and_page():
    cited = Passage(seed="003", heading="Bijlage 2 Gespreksleidraad met bestuurders", page=33).cite()
    assert cited.startswith("Poll, Ton & Valkenburg (2024)") and cited.endswith("p. 33")

"""docs/decks/ has a facilitator page for every built-in deck, and it stays true to the deck.

A facilitator reads the page before a session: it must exist, be reachable from the README, name the
print size the app starts with, and list each category with the number of cards it really has.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reflectiespel.core.decks.library import Library
from reflectiespel.resources import builtin_decks_dir

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "decks"
LIBRARY = Library(builtin_decks_dir()).load()
ROW = re.compile(r"^\| \*\*(.+?)\*\* \((\d+)\) \|", re.MULTILINE)


def test_the_readme_links_the_deck_pages_and_the_index_links_every_deck():
    assert "docs/decks/README.md" in (ROOT / "README.md").read_text(encoding="utf-8")
    index = (DOCS / "README.md").read_text(encoding="utf-8")
    for deck in LIBRARY.decks:
        assert f"]({deck.id}.md)" in index, f"docs/decks/README.md does not link {deck.id}.md"


@pytest.mark.parametrize("deck_id", [deck.id for deck in LIBRARY.decks])
def test_each_deck_page_matches_its_deck(deck_id):
    deck = LIBRARY.get(deck_id)
    page = DOCS / f"{deck_id}.md"
    assert page.is_file(), f"no facilitator page {page.relative_to(ROOT)}"
    text = page.read_text(encoding="utf-8")
    assert f"`{deck_id}`" in text and f"printmaat {deck.default_size}" in text
    for heading in ("## Waar is de set voor?", "## Zo speel je", "## Bronnen"):
        assert heading in text, f"{page.name}: missing '{heading}'"
    listed = {name: int(count) for name, count in ROW.findall(text)}
    actual = {c.name: sum(card.category == c.id for card in deck.cards) for c in deck.categories}
    assert listed == actual, f"{page.name}: categories and card counts differ from the deck"


def test_a_page_that_lists_a_wrong_count_is_caught():
    deck = LIBRARY.get("vijf-bouwstenen")
    text = (DOCS / "vijf-bouwstenen.md").read_text(encoding="utf-8").replace("**Bouwsteen** (5)", "**Bouwsteen** (6)")
    listed = {name: int(count) for name, count in ROW.findall(text)}
    assert listed["Bouwsteen"] == 6 != sum(c.category == "bouwstenen" for c in deck.cards)


def _pages_script():
    import importlib.util

    spec = importlib.util.spec_from_file_location("deck_pages", ROOT / "scripts" / "deck_pages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("deck_id", [deck.id for deck in LIBRARY.decks])
def test_each_deck_page_shows_what_every_card_rests_on(deck_id):
    """The facilitator page lists every card with its passages (publication, heading, page) or 'eigen
    voorstel', exactly as the deck says: `uv run python scripts/deck_pages.py` writes it."""
    script = _pages_script()
    deck = Library(builtin_decks_dir(), language="nl").load().get(deck_id)
    text = (DOCS / f"{deck_id}.md").read_text(encoding="utf-8")
    assert script.basis_section(deck) in text, f"{deck_id}.md is out of date: run scripts/deck_pages.py"
    for card in deck.cards:
        assert f"(`{card.id}`)" in text
        for passage in card.basis.passages if card.basis else []:
            assert passage.cite() in text


def test_a_page_whose_card_sources_changed_is_caught():
    script = _pages_script()
    deck = LIBRARY.get("grensobjecten")
    text = (DOCS / "grensobjecten.md").read_text(encoding="utf-8")
    first = deck.cards[0]
    changed = deck.model_copy(update={"cards": [first.model_copy(update={"title": "Anders"}), *deck.cards[1:]]})
    assert script.basis_section(changed) not in text

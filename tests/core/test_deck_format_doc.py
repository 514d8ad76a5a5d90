"""docs/deck-format.md: the example a trainer copies is a deck the app accepts."""

from __future__ import annotations

import re
from pathlib import Path

from reflectiespel.core.decks.decks import load_deck
from reflectiespel.core.decks.library import Library

DOC = Path(__file__).resolve().parents[2] / "docs" / "deck-format.md"


def first_yaml_block(markdown: str) -> str:
    match = re.search(r"^```yaml\n(.*?)^```", markdown, flags=re.S | re.M)
    assert match, "docs/deck-format.md has no ```yaml example"
    return match.group(1)


def test_the_documented_example_is_a_valid_deck(tmp_path):
    path = tmp_path / "onze-samenwerking.yaml"
    path.write_text(first_yaml_block(DOC.read_text(encoding="utf-8")), encoding="utf-8")
    deck = load_deck(path)
    assert deck.id == "onze-samenwerking"
    assert any(card.blank for card in deck.cards)
    assert any(card.assignment for card in deck.cards)


def test_the_example_loads_as_a_user_deck_beside_the_builtin_ones(tmp_path):
    """Put where the doc says (the user's deck folder), the example shows up in the library."""
    user = tmp_path / "decks"
    user.mkdir()
    (user / "onze-samenwerking.yaml").write_text(
        first_yaml_block(DOC.read_text(encoding="utf-8")), encoding="utf-8")
    builtin = tmp_path / "builtin"
    builtin.mkdir()
    library = Library(builtin, user).load()
    assert library.broken == []
    assert library.get("onze-samenwerking").title == "Onze samenwerking"


def test_the_doc_names_every_field_of_the_format():
    from reflectiespel.core.decks.decks import Card, Category, CardBack, Deck

    text = DOC.read_text(encoding="utf-8")
    for model in (Deck, CardBack, Category, Card):
        for name in model.model_fields:
            assert f"`{name}`" in text, f"docs/deck-format.md does not describe the field {name!r}"

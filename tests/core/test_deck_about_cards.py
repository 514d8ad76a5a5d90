"""Cards about a deck (instruction, credits, note) and the deck's own print size and source.

A facilitator sees how to play and where the deck comes from; those cards are never dealt in a
route or a werkvorm and are never offered as a value; the credits card carries the sources onto paper.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reflectiespel.cli import format_deck
from reflectiespel.core.decks.decks import CARD_SIZE_NAMES, load_deck
from reflectiespel.core.decks.library import Library
from reflectiespel.core.base.problems import FileProblems
from reflectiespel.core.routes.routes import load_route, step_pool
from reflectiespel.core.sessions.templates import TemplateStep, select_cards
from reflectiespel.pdf.deckpdf import PrintOptions, deck_cards
from reflectiespel.pdf.geometry import CARD_SIZES

GOOD = (Path(__file__).parent.parent / "data" / "mini.yaml").read_text(encoding="utf-8")
ABOUT = """\
  - id: zo-speel-je
    kind: instruction
    category: een
    title: Zo speel je
    text: Trek een kaart en praat erover.
  - id: over-de-set
    kind: credits
    category: een
    title: Over deze set
    text: Gemaakt voor de test.
"""


def write_deck(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "mini.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def about_deck(tmp_path):
    text = GOOD.replace("source: Testbron (2026)\n", "source: Testbron (2026)\nversion: \"2026-11\"\n"
                        "licence: CC BY-SA 4.0\ndefault_size: tarot\n") + ABOUT
    return load_deck(write_deck(tmp_path / "decks", text))


def test_size_names_match_the_print_sizes():
    assert set(CARD_SIZE_NAMES) == set(CARD_SIZES)


def test_about_cards_are_kept_apart_from_the_cards_to_play(about_deck):
    assert [c.id for c in about_deck.play_cards] == ["eerste", "tweede"]
    assert [c.id for c in about_deck.about_cards] == ["zo-speel-je", "over-de-set"]
    assert about_deck.default_size == "tarot"


def test_the_credits_card_names_sources_version_and_licence(about_deck):
    text = about_deck.card_text(about_deck.card("over-de-set"))
    assert text.splitlines() == ["Gemaakt voor de test.", "Bron: Testbron (2026)", "Versie: 2026-11",
                                 "Licentie: CC BY-SA 4.0"]
    assert about_deck.card_text(about_deck.card("eerste")) == about_deck.card("eerste").text
    assert "Bron: Testbron (2026)" in format_deck(about_deck)
    assert "[Zo speel je]" in format_deck(about_deck)


def test_printing_one_category_still_prints_the_credits_with_the_source(about_deck):
    printed = deck_cards(about_deck, categories=["twee"])
    assert [c.key for c in printed] == ["tweede", "zo-speel-je", "over-de-set"]
    credits = next(c for c in printed if c.key == "over-de-set")
    assert "Bron: Testbron (2026)" in credits.text


def test_a_template_for_the_whole_deck_deals_only_cards_to_play(about_deck):
    ids, problems = select_cards(TemplateStep(kind="cards", title="Alles", deck="mini"), about_deck)
    assert ids == ["eerste", "tweede"] and problems == []
    ids, problems = select_cards(TemplateStep(kind="cards", title="Een", deck="mini", cards="category:een"),
                                 about_deck)
    assert ids == ["eerste"]
    ids, problems = select_cards(TemplateStep(kind="cards", title="X", deck="mini", cards=["zo-speel-je"]),
                                 about_deck)
    assert ids == [] and "kaart over de set" in problems[0]


def test_a_route_never_deals_the_instruction_or_credits_card(tmp_path, about_deck):
    library = Library(tmp_path / "decks").load()
    route_dir = tmp_path / "decks" / "routes"
    route_dir.mkdir()
    route = route_dir / "r.yaml"
    route.write_text("""\
format_version: 1
id: r
title: Route
description: Een test.
source: Test
steps:
  - id: rond
    kind: card-round
    title: Ronde
    explanation: Praat.
    deck: mini
    question: Wat neem je mee?
  - id: fout
    kind: card-round
    title: Fout
    explanation: Praat.
    deck: mini
    cards: [over-de-set]
    question: Wat neem je mee?
""", encoding="utf-8")
    with pytest.raises(FileProblems) as caught:
        load_route(route, library)
    assert "kaart over de set" in str(caught.value) and "steps[2].cards[1]" in str(caught.value)
    text = route.read_text(encoding="utf-8")
    route.write_text(text[:text.index("  - id: fout")], encoding="utf-8")
    loaded = load_route(route, library)
    assert [c.id for c in step_pool(loaded.steps[0], library)] == ["eerste", "tweede"]


def test_unknown_kind_and_size_are_refused_with_the_field(tmp_path):
    text = GOOD.replace("source: Testbron (2026)\n", "source: Testbron (2026)\ndefault_size: groot\n")
    text = text.replace("    category: twee\n", "    category: twee\n    kind: uitleg\n")
    with pytest.raises(FileProblems) as caught:
        load_deck(write_deck(tmp_path, text))
    joined = str(caught.value)
    assert "default_size" in joined and "cards[2].kind" in joined


def test_the_print_command_uses_the_deck_size_when_none_is_given(tmp_path, about_deck, monkeypatch):
    from reflectiespel.pdf import commands

    seen = {}

    def fake_write(deck, target, options=PrintOptions()):
        seen["size"] = options.size
        from reflectiespel.pdf.deckpdf import PrintResult
        return PrintResult()

    monkeypatch.setattr(commands, "_load_deck", lambda _id: about_deck)
    monkeypatch.setattr("reflectiespel.pdf.deckpdf.write_deck_pdf", fake_write)
    parser = __import__("argparse").ArgumentParser()
    commands.configure_print(parser)
    assert commands.run_print(parser.parse_args(["mini", "-o", str(tmp_path / "x.pdf")])) == 0
    assert seen["size"] == "tarot"
    assert commands.run_print(parser.parse_args(["mini", "--size", "bridge", "-o", str(tmp_path / "x.pdf")])) == 0
    assert seen["size"] == "bridge"

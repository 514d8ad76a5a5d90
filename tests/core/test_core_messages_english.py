"""Issue #16: the file and YAML messages of core, and the board's position words, follow the interface
language; in Dutch they stay Dutch."""

from __future__ import annotations

import re

import pytest

from reflectiespel.core.base import i18n
from reflectiespel.core.board.boarddef import describe_position, load_default_board
from reflectiespel.core.decks.decks import load_deck
from reflectiespel.core.base.problems import FileProblems
from reflectiespel.core.sessions.storage import open_session

DUTCH = re.compile(r"\b(regel|bestand|kan niet|het|een|niet|dicht bij|tussen|beschadigd|hier)\b", re.IGNORECASE)


def problems_text(load, path) -> str:
    with pytest.raises(FileProblems) as caught:
        load(path)
    return str(caught.value) + "\n" + "\n".join(p.message for p in caught.value.problems)


def test_a_damaged_session_file_is_explained_in_english(tmp_path):
    path = tmp_path / "kapot.reflectiespel"
    path.write_text('{"document": "reflectiespel-session", "format_version": 1, "title": "x",', encoding="utf-8")
    i18n.set_language("en")
    text = problems_text(open_session, path)
    assert "damaged" in text and "stops halfway" in text
    assert not DUTCH.search(text.replace("kapot.reflectiespel", "")), text


def test_a_pdf_opened_as_session_says_so_in_english_and_in_dutch(tmp_path):
    path = tmp_path / "doc.reflectiespel"
    path.write_bytes(b"%PDF-1.4\n% not a session\n")
    i18n.set_language("en")
    english = problems_text(open_session, path)
    assert "this is not a reflectiespel session file (it is a PDF)" in english
    i18n.set_language("nl")
    assert "dit is geen sessiebestand van reflectiespel (het is een pdf)" in problems_text(open_session, path)


def test_a_broken_yaml_deck_is_explained_in_english_with_its_line(tmp_path):
    path = tmp_path / "kapot.yaml"
    path.write_text("id: kapot\nname: Kapot\n\tcards: [\n", encoding="utf-8")
    i18n.set_language("en")
    english = problems_text(load_deck, path)
    assert "not valid YAML" in english and "line 3" in english, english
    assert not DUTCH.search(english.replace("kapot.yaml", "")), english
    i18n.set_language("nl")
    dutch = problems_text(load_deck, path)
    assert "dit is geen geldige YAML" in dutch and "regel 3" in dutch


def test_an_empty_yaml_file_and_a_folder_in_english(tmp_path):
    empty = tmp_path / "leeg.yaml"
    empty.write_text("  \n", encoding="utf-8")
    folder = tmp_path / "map.yaml"
    folder.mkdir()
    i18n.set_language("en")
    assert "the file is empty" in problems_text(load_deck, empty)
    assert "this is not a file but a folder" in problems_text(load_deck, folder)


def test_board_position_words_in_english_and_in_dutch():
    i18n.set_language("en")
    board = load_default_board()
    near = describe_position(board, 0.1, 0.95)
    between = describe_position(board, 0.75, 0.02)
    assert near.startswith("close to ") and between.startswith("between ") and " and " in between
    assert "dicht bij" not in near + between and "tussen" not in near + between
    i18n.set_language("nl")
    board = load_default_board()
    assert describe_position(board, 0.1, 0.95).startswith("dicht bij ")
    assert describe_position(board, 0.75, 0.02).startswith("tussen ")


def test_a_deck_refused_by_our_own_validator_says_why_in_english(tmp_path):
    source = (__import__("pathlib").Path(__file__).parents[1] / "data" / "mini.yaml").read_text(encoding="utf-8")
    path = tmp_path / "groen.yaml"
    path.write_text(source.replace('colour: "#2e7d32"', 'colour: "groenig"', 1), encoding="utf-8")
    i18n.set_language("en")
    english = problems_text(load_deck, path)
    assert "'groenig' is not a colour; write a colour as #RRGGBB" in english, english
    assert not DUTCH.search(english.replace("groen.yaml", "").replace("groenig", "")), english
    i18n.set_language("nl")
    assert "'groenig' is geen kleur" in problems_text(load_deck, path)


def test_the_spreadsheet_template_speaks_english_and_still_reads_back_as_a_deck():
    from reflectiespel.core.decks.sheets import TEMPLATE_HEADER_ROW, deck_from_rows, template_rows

    i18n.set_language("en")
    rows = template_rows()
    text = "\n".join(cell for row in rows for cell in row)
    assert "Our values" in text and "#title" in rows[1] and rows[TEMPLATE_HEADER_ROW - 1][0] == "title"
    assert not re.search(r"\b(kaart|titel|vragen|waarden|regel|bestand|een|het|je)\b", text, re.IGNORECASE), text
    deck = deck_from_rows(rows, "template.csv")
    assert deck.title == "Our values" and deck.cards[0].title == "Starting together"
    assert deck.cards[0].questions[1] == "How do you notice that someone feels welcome?"
    i18n.set_language("nl")
    dutch = template_rows()
    assert dutch[1] == ["#titel", "Onze waarden"] and dutch[TEMPLATE_HEADER_ROW - 1][0] == "titel"
    assert deck_from_rows(dutch, "sjabloon.csv").cards[0].title == "Samen beginnen"


def test_a_duplicated_yaml_key_is_refused_in_english_and_in_dutch(tmp_path):
    path = tmp_path / "dubbel.yaml"
    path.write_text("id: dubbel\nname: Een\nname: Twee\n", encoding="utf-8")
    i18n.set_language("en")
    english = problems_text(load_deck, path)
    assert "'name' appears twice in the same group (also on line 2)" in english, english
    assert not DUTCH.search(english.replace("dubbel.yaml", "")), english
    i18n.set_language("nl")
    assert "'name' staat twee keer in dezelfde groep (ook op regel 2)" in problems_text(load_deck, path)


def test_a_card_with_an_unknown_category_is_explained_in_english(tmp_path):
    source = (__import__("pathlib").Path(__file__).parents[1] / "data" / "mini.yaml").read_text(encoding="utf-8")
    assert "category: " in source
    path = tmp_path / "soort.yaml"
    path.write_text(re.sub(r"(\n\s+category: )\S+", r"\1verzonnen", source, count=1), encoding="utf-8")
    i18n.set_language("en")
    english = problems_text(load_deck, path)
    assert "the category 'verzonnen' does not exist in this deck" in english, english
    i18n.set_language("nl")
    assert "de categorie 'verzonnen' bestaat niet in deze set" in problems_text(load_deck, path)

"""Issue #16: what goes wrong when a spreadsheet is imported, a deck is written, or a werkvorm or route
does not fit its decks is told in the interface language; in Dutch it stays Dutch. The spreadsheet
messages name the columns and settings as the sheet itself writes them (English or Dutch keywords)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml

from reflectiespel import cli
from reflectiespel.core.base import i18n
from reflectiespel.core.decks.decks import load_deck
from reflectiespel.core.decks.deckwrite import write_deck
from reflectiespel.core.decks.entries import load_entries, load_one
from reflectiespel.core.decks.library import Library
from reflectiespel.core.base.problems import FileProblems
from reflectiespel.core.sessions.stepkinds import ROUTE_KINDS
from reflectiespel.core.routes.routes import load_route, load_routes, routes_dirs, start_session, step_kind_name
from reflectiespel.core.sessions.session import SessionError
from reflectiespel.core.decks.sheetfiles import csv_bytes, read_rows
from reflectiespel.core.decks.sheets import deck_from_rows, rows_from_deck
from reflectiespel.core.sessions.templates import load_template, new_session_from_template
from reflectiespel.resources import builtin_decks_dir

DUTCH = re.compile(r"\b(rij|kolom|regel|bestand|kan niet|het|een|niet|geen|leeg|onbekende|kies|staat|"
                   r"bestaat|kaart|kaarten|instelling|soort|aantal|tekens|rijen|map|werkvorm|stap)\b", re.IGNORECASE)


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("nl")


def sheet_problems(rows: list[list[str]], name: str = "sheet.csv") -> list[str]:
    with pytest.raises(FileProblems) as caught:
        deck_from_rows(rows, name)
    return [p.message for p in caught.value.problems]


def file_problems(call, *args) -> list[str]:
    with pytest.raises(FileProblems) as caught:
        call(*args)
    return [p.message for p in caught.value.problems]


def no_dutch(lines: list[str], *allowed: str) -> None:
    text = "\n".join(lines)
    for word in allowed:
        text = text.replace(word, "")
    assert not DUTCH.search(text), text


# --- the spreadsheet's own problems (core/decks/sheets.py) ----------------------------------------------------
ENGLISH_SHEET = [
    ["#card-size", "giant"],
    ["#colour", "red"],
    ["#category", "", ""],
    ["#category", "a", "A", "", "", "blob"],
    ["title", "text", "kind", "count", "blank", "id", "colour"],
    ["", "no title", "card", "1", "", "", ""],
    ["Good", "text", "carde", "1", "maybe", "", ""],
    ["Too many", "x", "card", "zero", "", "", ""],
    ["Twice", "x", "card", "1", "", "same", ""],
    ["Twice again", "x", "card", "1", "", "same", ""],
]


def test_every_problem_of_an_english_sheet_in_english_naming_its_own_columns(english):
    problems = sheet_problems(ENGLISH_SHEET)
    assert problems == [
        "row 1: card size 'giant' does not exist; choose from poker, bridge, tarot, a6, square",
        "row 2: unknown setting '#colour' (did you mean '#back-colour'?)",
        "row 3: a category needs an id or a name",
        "row 4, column symbol: symbol 'blob' does not exist; choose from circle, square, triangle, diamond, star, "
        "cross, hexagon, ring",
        "row 5, column colour: unknown column; the known ones are: id, title, text, questions, assignment, "
        "category, kind, count, image, back, blank, underway, basis",
        "row 6, column title: empty",
        "row 7, column blank: 'maybe' is not yes or no",
        "row 7, column kind: 'carde' is not a kind; choose 'card', 'instruction', 'credits' or 'note'",
        "row 8, column count: 'zero' is not a number from 1 to 50",
        "row 10, column id: the id 'same' is already used; every card needs an id of its own",
    ]


def test_the_same_sheet_in_dutch_keeps_dutch_messages_but_names_the_columns_the_sheet_has():
    problems = sheet_problems(ENGLISH_SHEET)
    assert "rij 6, kolom title: leeg" in problems
    assert "rij 7, kolom kind: 'carde' is geen soort; kies 'card', 'instruction', 'credits' of 'note'" in problems
    assert "rij 1: kaartmaat 'giant' bestaat niet; kies uit poker, bridge, tarot, a6, square" in problems
    assert "rij 8, kolom count: 'zero' is geen aantal van 1 tot 50" in problems


def test_a_dutch_sheet_read_in_english_names_its_dutch_columns_and_words(english):
    rows = [["#kaartmaat", "reuzegroot"], ["#kleur", "rood"], ["titel", "soort", "aantal", "kleur"],
            ["Goed", "kart", "1", ""]]
    problems = sheet_problems(rows, "eigen.csv")
    assert problems[0] == "row 1: card size 'reuzegroot' does not exist; choose from poker, bridge, tarot, a6, square"
    assert problems[1].startswith("row 2: unknown setting '#kleur'; the known ones are: #id, #titel, #beschrijving")
    assert problems[2].startswith("row 3, column kleur: unknown column; the known ones are: id, titel, tekst, vragen")
    assert problems[3] == ("row 4, column soort: 'kart' is not a kind; choose 'kaart', 'zo speel je', "
                           "'over deze set' or 'let op'")


def test_missing_header_title_column_and_cards_in_english_and_dutch(english):
    assert sheet_problems([["#title", "x"]]) == ["there is no header row (a row with 'title' among its columns)"]
    assert sheet_problems([["text", "kind"], ["a", "card"]])[0] == "row 1: the column 'title' is missing from the header row"
    assert sheet_problems([["title", "text"]]) == ["row 2: there are no cards under the header row"]
    assert sheet_problems([["titl", "text"], ["A", "b"]])[0] == "row 1, column titl: unknown column (did you mean 'title'?)"
    i18n.set_language("nl")
    assert sheet_problems([["#titel", "x"]]) == ["er staat geen kopregel in (een rij met onder meer 'titel')"]
    assert sheet_problems([["tekst", "soort"], ["a", "kaart"]])[0] == "rij 1: de kolom 'titel' ontbreekt in de kopregel"
    assert sheet_problems([["titel", "tekst"]]) == ["rij 2: er staan geen kaarten onder de kopregel"]
    assert sheet_problems([["titl", "tekst"], ["A", "b"]])[0] == "rij 1, kolom titl: onbekende kolom (bedoel je 'titel'?)"


def test_a_model_problem_is_told_by_row_and_by_the_sheets_own_column_and_setting(english):
    problems = sheet_problems([["#back-colour", "greenish"], ["title", "text"], ["A", "b"]])
    assert problems[0].startswith("setting #back-colour: 'greenish' is not a colour"), problems
    problems = sheet_problems([["Title", "Id"], ["A", "Bad Id!"]])
    assert problems[0].startswith("row 2, column Id: may only contain lowercase letters"), problems
    no_dutch(problems)
    i18n.set_language("nl")
    problems = sheet_problems([["#achterkant-kleur", "groenig"], ["titel", "tekst"], ["A", "b"]])
    assert problems[0].startswith("instelling #achterkant-kleur: 'groenig' is geen kleur"), problems
    problems = sheet_problems([["titel", "id"], ["A", "Bad Id!"]])
    assert problems[0].startswith("rij 2, kolom id: "), problems


def test_what_a_sheet_leaves_out_is_filled_in_the_language_of_the_deck(english):
    deck = deck_from_rows([["title", "text", "category"], ["First", "b", ""]], "sheet.csv")
    assert deck.title == "My deck" and deck.language == "en" and deck.sources == ["own deck"]
    assert deck.categories[0].name == "cards"
    # A Dutch sheet stays a Dutch deck in the English interface; '#language' has the last word.
    deck = deck_from_rows([["titel", "tekst"], ["Eerste", "b"]], "sheet.csv")
    assert deck.title == "Mijn kaartenset" and deck.language == "nl" and deck.sources == ["eigen set"]
    deck = deck_from_rows([["#taal", "en"], ["titel", "tekst"], ["First", "b"]], "sheet.csv")
    assert deck.language == "en" and deck.categories[0].name == "cards"
    i18n.set_language("nl")
    assert deck_from_rows([["id", "Titel"], ["a", "Eerste"]], "sheet.csv").language == "nl"
    deck = deck_from_rows([["title", "text"], ["First", "b"]], "sheet.csv")
    assert deck.title == "My deck" and deck.language == "en" and deck.sources == ["own deck"]


def test_a_deck_exported_in_english_has_english_keywords_and_reads_back_the_same(english):
    deck = Library(builtin_decks_dir()).load().get("zeven-verandertips")
    rows, header_row = rows_from_deck(deck)
    assert rows[0][0].startswith("## Reflectiespel deck. Rows starting with # are settings")
    assert rows[2][0] == "#title" and rows[header_row - 1][:3] == ["id", "title", "text"]
    assert "kind" in rows[header_row - 1] and "soort" not in rows[header_row - 1]
    kinds = {row[rows[header_row - 1].index("kind")] for row in rows[header_row:]}
    assert kinds <= {"card", "instruction", "credits", "note"} and "instruction" in kinds
    assert deck_from_rows(rows, "again.csv").model_dump() == deck.model_dump()
    i18n.set_language("nl")
    rows, header_row = rows_from_deck(deck)
    assert rows[0][0].startswith("## Reflectiespel-kaartenset.") and rows[2][0] == "#titel"
    assert "soort" in rows[header_row - 1]


# --- file-level problems (core/decks/sheetfiles.py) -------------------------------------------------------------
def test_spreadsheet_files_that_cannot_be_read_in_english_and_dutch(tmp_path, english):
    folder = tmp_path / "map.csv"
    folder.mkdir()
    nul = tmp_path / "nul.csv"
    nul.write_bytes(b"titel;tekst\nA;\x00\x00\n")
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    old = tmp_path / "oud.xls"
    old.write_bytes(b"x")
    other = tmp_path / "tekst.doc"
    other.write_bytes(b"x")
    long_cell = tmp_path / "lang.csv"
    long_cell.write_bytes(csv_bytes([["title"], ["x" * 20_001]]))
    many = tmp_path / "veel.csv"
    many.write_bytes(b"title\n" + b"a\n" * 5_001)
    cases = {folder: "this is a folder, not a spreadsheet",
             nul: "this does not look like a text file (it contains null characters)",
             broken: "this is not a readable Excel file (.xlsx); save it again as .xlsx or .csv",
             old: "'.xls' cannot be read; save it as .xlsx or .csv",
             other: "give a spreadsheet as .csv or .xlsx",
             long_cell: "row 2: a cell is longer than 20000 characters",
             many: "it has more than 5000 rows; split the deck"}
    for path, expected in cases.items():
        assert file_problems(read_rows, path) == [expected], path
    i18n.set_language("nl")
    assert file_problems(read_rows, folder) == ["dit is een map, geen spreadsheet"]
    assert file_problems(read_rows, long_cell) == ["rij 2: een cel is langer dan 20000 tekens"]
    assert file_problems(read_rows, other) == ["geef een spreadsheet als .csv of .xlsx"]


def test_damaged_utf16_text_in_english():
    from reflectiespel.core.decks.sheetfiles import read_csv

    # A UTF-16 mark followed by half a character: not decodable.
    path = Path(__file__).parent / "_half.csv"
    try:
        path.write_bytes(b"\xff\xfea\x00b")
        i18n.set_language("en")
        assert file_problems(read_csv, path) == ["the text is damaged (not valid UTF-8 or UTF-16)"]
        i18n.set_language("nl")
        assert file_problems(read_csv, path) == ["de tekst is beschadigd (geen geldige UTF-8 of UTF-16)"]
    finally:
        path.unlink()


# --- writing a deck (core/decks/deckwrite.py) --------------------------------------------------------------------
def test_writing_a_deck_refuses_in_english_and_the_file_header_follows_the_decks_language(tmp_path, english):
    library = Library(builtin_decks_dir()).load()
    english_deck = library.get("zeven-verandertips")
    assert english_deck.language == "en"
    written = write_deck(english_deck, tmp_path / "en.yaml")
    head = written.read_text(encoding="utf-8").splitlines()[:2]
    assert head == ["# Card deck for reflectiespel. See docs/deck-format.md for the fields; check it with",
                    "# 'reflectiespel decks validate <this file>'."]
    assert load_deck(written).model_dump() == english_deck.model_dump()
    assert file_problems(write_deck, english_deck, written) == [
        "this file already exists; choose another name or replace it on purpose (--overwrite)"]
    with_image = english_deck.model_copy(update={"cards": [english_deck.cards[0].model_copy(
        update={"image": "photo.png"})]})
    assert file_problems(write_deck, with_image, tmp_path / "pic" / "d.yaml", tmp_path) == [
        f"card '{english_deck.cards[0].title}': the picture 'photo.png' was not found in {tmp_path}"]

    i18n.set_language("nl")  # a Dutch deck gets the Dutch header, even when written from the English interface
    dutch_deck = yaml.safe_load((builtin_decks_dir() / "zeven-verandertips.yaml").read_text(encoding="utf-8"))
    assert dutch_deck["language"] == "nl"
    i18n.set_language("en")
    nl_deck = load_deck(builtin_decks_dir() / "zeven-verandertips.yaml")
    text = write_deck(nl_deck, tmp_path / "nl.yaml").read_text(encoding="utf-8")
    assert text.startswith("# Kaartenset voor reflectiespel. Zie docs/deck-format.md")
    i18n.set_language("nl")
    assert file_problems(write_deck, nl_deck, tmp_path / "nl.yaml") == [
        "dit bestand bestaat al; kies een andere naam of overschrijf het bewust (--overschrijven)"]


# --- files with the same id, and files that break the loader (core/decks/entries.py) -----------------------------
def test_the_duplicate_id_note_and_the_last_net_in_english(tmp_path, english, data_dir):
    _, user = routes_dirs()
    user.mkdir(parents=True, exist_ok=True)
    original = (builtin_decks_dir() / "routes" / "beginnen-met-samenwerken.yaml").read_text(encoding="utf-8")
    (user / "copy.yaml").write_text(original, encoding="utf-8")
    library = Library(builtin_decks_dir()).load()
    twin = [e for e in load_routes(library) if not e.builtin]
    assert len(twin) == 1 and twin[0].problems[0].message.startswith(
        "this route has the same id 'beginnen-met-samenwerken' as the built-in route in ")
    assert twin[0].problems[0].message.endswith("; that one is used. Give this route an id of its own.")

    folder = tmp_path / "decks"
    folder.mkdir()
    for name in ("a.yaml", "b.yaml"):
        (folder / name).write_text((Path(__file__).parents[1] / "data" / "mini.yaml").read_text(encoding="utf-8"),
                                   encoding="utf-8")
    from reflectiespel.core.decks.library import DeckEntry

    entries = load_entries([(folder, False)], load_deck, DeckEntry, "set")
    assert "this deck has the same id 'mini' as your own deck in " in entries[1].problems[0].message
    i18n.set_language("nl")
    entries = load_entries([(folder, False)], load_deck, DeckEntry, "set")
    assert "deze set heeft dezelfde id 'mini' als de eigen set in " in entries[1].problems[0].message
    assert "Geef deze set een eigen id." in entries[1].problems[0].message

    def explode(path):
        raise RuntimeError("boom")

    i18n.set_language("en")
    assert load_one(folder / "a.yaml", explode)[1][0].message == "the file cannot be read (RuntimeError)"
    i18n.set_language("nl")
    assert load_one(folder / "a.yaml", explode)[1][0].message == "het bestand kan niet worden gelezen (RuntimeError)"


# --- werkvormen that do not fit their decks (core/sessions/templates.py) ---------------------------------------------
TEMPLATE = """format_version: 1
id: proef
title: Proef
steps:
  - kind: cards
    title: Kaarten
    deck: mini
    cards: category:een
"""


def test_a_werkvorm_that_cannot_start_says_why_in_english(tmp_path, english, mini_deck_path):
    decks = Library(mini_deck_path.parent).load()
    expected = {
        ("deck: mini", "deck: elsewhere"): "step 1 ('Kaarten'): the deck 'elsewhere' is not there",
        ("category:een", "category:drie"): "step 1 ('Kaarten'): the deck 'mini' has no category 'drie' with cards",
        ("category:een", "[eerste, derde]"): "step 1 ('Kaarten'): the card 'derde' is not in the deck 'mini'",
    }
    for (old, new), line in expected.items():
        path = tmp_path / "t.yaml"
        path.write_text(TEMPLATE.replace(old, new), encoding="utf-8")
        with pytest.raises(SessionError) as caught:
            new_session_from_template(load_template(path), decks)
        assert str(caught.value) == "The method 'Proef' cannot start:\n" + line
    i18n.set_language("nl")
    with pytest.raises(SessionError) as caught:
        new_session_from_template(load_template(path), decks)
    assert str(caught.value) == ("De werkvorm 'Proef' kan niet beginnen:\n"
                                 "stap 1 ('Kaarten'): de kaart 'derde' staat niet in de set 'mini'")


def test_a_werkvorm_naming_a_card_about_the_deck_in_english(tmp_path, english):
    library = Library(builtin_decks_dir()).load()
    path = tmp_path / "t.yaml"
    path.write_text(TEMPLATE.replace("deck: mini", "deck: zeven-verandertips")
                    .replace("category:een", "[zo-speel-je]"), encoding="utf-8")
    with pytest.raises(SessionError) as caught:
        new_session_from_template(load_template(path), library)
    assert ("the card 'zo-speel-je' is a card about the deck (how to play, sources or a note), not a card to "
            "play with") in str(caught.value)


# --- routes that do not fit their decks, and the names of route steps (core/routes/routes.py) ---------------------
ROUTE = """format_version: 1
id: mijn-route
title: Mijn route
description: Een korte route.
source: Eigen werk
{new_team}steps:
  - id: ronde
    kind: card-round
    title: Ronde
    explanation: Praat.
    question: Wat viel op?
    deck: {deck}
{extra}"""


@pytest.mark.parametrize("deck, extra, new_team, expected", [
    ("bestaat-niet", "", "", "the deck 'bestaat-niet' does not exist (or has a problem of its own)"),
    ("zeven-verandertips", "    category: nergens\n", "", "the deck 'zeven-verandertips' has no category 'nergens'"),
    ("zeven-verandertips", "    cards: [geen-kaart]\n", "", "the deck 'zeven-verandertips' has no card 'geen-kaart'"),
    ("zeven-verandertips", "    cards: [zo-speel-je]\n", "",
     "'zo-speel-je' is a card about the deck (how to play, sources or a note), not a card to deal"),
    ("zeven-verandertips", "    category: tips\n    deal: 9\n", "", "there are only 7 cards to deal, not 9"),
    ("grensobjecten", "    cards: [samen-een-werkwijze]\n", "new_team: true\n",
     "this route is for a new team (new_team: true), but the card 'samen-een-werkwijze' asks about work that is "
     "already under way (underway: true); choose another card"),
])
def test_route_card_problems_in_english(tmp_path, english, deck, extra, new_team, expected):
    library = Library(builtin_decks_dir()).load()
    path = tmp_path / "route.yaml"
    path.write_text(ROUTE.format(deck=deck, extra=extra, new_team=new_team), encoding="utf-8")
    assert expected in file_problems(load_route, path, library)


def test_route_problems_stay_dutch_in_dutch(tmp_path):
    library = Library(builtin_decks_dir()).load()
    path = tmp_path / "route.yaml"
    path.write_text(ROUTE.format(deck="zeven-verandertips", extra="    category: tips\n    deal: 9\n", new_team=""),
                    encoding="utf-8")
    assert "er zijn maar 7 kaarten om te delen, niet 9" in file_problems(load_route, path, library)


def test_an_empty_pool_and_nobody_named_in_english(tmp_path, english):
    library = Library(builtin_decks_dir()).load()
    path = tmp_path / "route.yaml"
    underway = [c.id for c in library.get("grensobjecten").play_cards if c.underway]
    others = [c for c in library.get("grensobjecten").play_cards if not c.underway and not c.blank]
    category = next(cat.id for cat in library.get("grensobjecten").categories
                    if not any(c.category == cat.id for c in others))
    path.write_text(ROUTE.format(deck="grensobjecten", extra=f"    category: {category}\n",
                                 new_team="new_team: true\n"), encoding="utf-8")
    assert underway and "this step has no cards to deal" in file_problems(load_route, path, library)
    # every built-in route is for a team: a route of one's own may be done alone
    path.write_text(ROUTE.format(deck="zeven-verandertips", extra="    category: tips\n", new_team=""),
                    encoding="utf-8")
    route = load_route(path, library)
    assert not route.team
    assert [p.name for p in start_session(route, [" "], library).participants] == ["Me"]


def test_route_step_kind_names_follow_the_interface_language(english):
    assert step_kind_name("board") == "On the axis"
    assert step_kind_name("compare") == "Comparing with last time"
    assert all(not DUTCH.search(step_kind_name(kind)) for kind in ROUTE_KINDS)
    i18n.set_language("nl")
    assert step_kind_name("board") == "Op de as" and step_kind_name("compare") == "Vergelijken met vorige keer"


# --- end to end: the command line -----------------------------------------------------------------------------
def test_cli_import_of_a_bad_sheet_prints_english_problems_and_writes_nothing(tmp_path, capsys):
    sheet = tmp_path / "bad.csv"
    sheet.write_text("#card-size;giant\ntitle;text;kind;count\n;no title;card;1\nGood;t;carde;1\nMore;t;card;zero\n",
                     encoding="utf-8")
    out = tmp_path / "out" / "deck.yaml"
    assert cli.main(["--lang", "en", "decks", "import", str(sheet), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "bad.csv: row 1: card size 'giant' does not exist" in err
    assert "bad.csv: row 3, column title: empty" in err
    assert "bad.csv: row 4, column kind: 'carde' is not a kind; choose 'card', 'instruction', 'credits' or 'note'" in err
    assert "bad.csv: row 5, column count: 'zero' is not a number from 1 to 50" in err
    assert not out.exists()
    no_dutch(err.splitlines(), str(tmp_path))


def test_cli_import_in_english_then_again_without_overwrite(tmp_path, capsys):
    sheet = tmp_path / "good.csv"
    sheet.write_text("title;text\nFirst;Hello\n", encoding="utf-8")
    out = tmp_path / "deck.yaml"
    assert cli.main(["--lang", "en", "decks", "import", str(sheet), "-o", str(out)]) == 0
    assert f"Written: {out} (good, 1 card)." in capsys.readouterr().out
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Card deck for reflectiespel.") and "language: en" in text
    assert cli.main(["--lang", "en", "decks", "import", str(sheet), "-o", str(out)]) == 1
    assert "this file already exists; choose another name or replace it on purpose (--overwrite)" in \
        capsys.readouterr().err
    assert cli.main(["--lang", "en", "decks", "import", str(sheet), "-o", str(out), "--overwrite"]) == 0


def test_the_installed_command_prints_english_problems(tmp_path):
    import subprocess

    sheet = tmp_path / "bad.csv"
    sheet.write_text("titl;text\nA;b\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "reflectiespel.cli", "--lang", "en", "decks", "import", str(sheet),
                           "-o", str(tmp_path / "d.yaml")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "bad.csv: row 1, column titl: unknown column (did you mean 'title'?)" in done.stderr, done.stderr
    assert "bad.csv: row 1: the column 'title' is missing from the header row" in done.stderr

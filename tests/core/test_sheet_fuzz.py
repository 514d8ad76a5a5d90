"""Property-based fuzzing of the sheet importer (#22): whatever rows, bytes or .xlsx parts a sheet holds,
the importer gives either a deck that opens again as written, or problems in words; never another
exception. A fixed seed and a bounded number of examples, so CI runs the same cases every time."""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

from hostile_files import (
    CONTENT_TYPES,
    ROOT_RELS,
    SHEET_HEAD,
    WORKBOOK,
    WORKBOOK_RELS,
    xlsx,
)
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from reflectiespel.core.decks.decks import MAX_CARDS, deck_from_bytes
from reflectiespel.core.decks.deckwrite import deck_data, deck_yaml
from reflectiespel.core.base.problems import FileProblems
from reflectiespel.core.decks.sheetfiles import read_rows
from reflectiespel.core.decks.sheets import deck_from_rows

SEED = 22
FUZZ = settings(max_examples=150, deadline=None, database=None, derandomize=False,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

KEYWORDS = ["titel", "tekst", "vragen", "vraag1", "vraag 2", "opdracht", "categorie", "soort", "aantal",
            "afbeelding", "achterkant", "leeg", "loopt-al", "id", "title", "count", "image", "question1",
            "#titel", "#bron", "#categorie", "#kaartmaat", "#taal", "#id", "#achterkant-kleur", "#onbekend",
            "## opmerking", "kaart", "zo speel je", "over deze set", "card", "ja", "nee", "x", "1", "3", "50",
            "51", "0", "-1", "poker", "reuzegroot", "#1f4e5f", "rood", "en", "nl", "ster", "maan", "=SOM(A1)",
            "'=SOM(A1)", "-5 graden", "a/b.png", "../x.png", "/etc/passwd", "C:\\x.png", "Eén", "Café", "😀",
            "\u202e", "a\nb", " ", ""]
CELL = st.one_of(st.sampled_from(KEYWORDS), st.text(max_size=24), st.integers(-3, 80).map(str))
ROWS = st.lists(st.lists(CELL, max_size=8), max_size=24)


def _deck_or_problems(rows: list[list[str]], folder: Path | None = None):
    try:
        deck = deck_from_rows(rows, "fuzz.csv", pictures_from=folder)
    except FileProblems as exc:
        assert exc.problems
        for problem in exc.problems:
            assert problem.message.strip() and "Traceback" not in problem.message
            assert "Input should" not in problem.message  # never pydantic's own English
        return None
    assert 1 <= len(deck.cards) <= MAX_CARDS
    return deck


@seed(SEED)
@FUZZ
@given(ROWS)
def test_any_rows_give_a_deck_that_opens_as_written_or_problems_in_words(rows):
    with tempfile.TemporaryDirectory() as empty:
        deck = _deck_or_problems(rows, Path(empty))
    if deck is None:
        return
    assert not any(card.image for card in deck.cards)  # an empty folder has no picture to offer
    again = deck_from_bytes(deck_yaml(deck).encode("utf-8"), "fuzz.yaml", Path(empty))
    assert deck_data(again) == deck_data(deck)


PIECES = [b";", b",", b"\t", b"\n", b"\r\n", b'"', b'""', b"titel", b"aantal", b"tekst", b"#titel", b"50",
          b"\xe9", b"\xc3\xa9", b"\x81", b"\x82\xa0", b"\x00", b"'", b"=", b"\xef\xbb\xbf", b"\xff\xfe", b"Rust"]
CSV_BYTES = st.lists(st.one_of(st.sampled_from(PIECES), st.binary(max_size=6)), max_size=60).map(b"".join)


@seed(SEED)
@FUZZ
@given(CSV_BYTES)
def test_any_csv_bytes_are_read_or_refused_in_words(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.csv"
        path.write_bytes(data)
        try:
            rows, how = read_rows(path)
        except FileProblems as exc:
            assert exc.problems and all(p.message.strip() for p in exc.problems)
            return
        assert how and all(isinstance(cell, str) for row in rows for cell in row)
        _deck_or_problems(rows)


XML_PIECES = ["<row>", '<row r="2">', "</row>", '<c r="A1">', '<c r="B1" t="s">', '<c t="inlineStr">',
              '<c r="XFD3">', '<c r="A9999999">', '<c t="b">', '<c t="e">', '<c s="7">', "</c>", "<v>", "</v>",
              "<f>", "</f>", "<is><t>", "</t></is>", "0", "1", "titel", "Rust", "1E+400", "-0", "#N/A", "&amp;",
              "&lt;", "<!DOCTYPE x>", "<x:c>", "é"]
SHEET_DATA = st.lists(st.sampled_from(XML_PIECES), max_size=40).map("".join)


@seed(SEED)
@FUZZ
@given(SHEET_DATA, st.lists(st.text(max_size=8), max_size=4))
def test_any_worksheet_xml_is_read_or_refused_in_words(sheet_data, strings):
    shared = ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              + "".join(f"<si><t>{s.replace('&', '&amp;').replace('<', '&lt;')}</t></si>" for s in strings)
              + "</sst>")
    with tempfile.TemporaryDirectory() as folder:
        path = xlsx(Path(folder) / "fuzz.xlsx", sheet_data, shared_strings=shared)
        try:
            rows, _how = read_rows(path)
        except FileProblems as exc:
            assert exc.problems and all(p.message.strip() for p in exc.problems)
            return
        _deck_or_problems(rows)


def _good_xlsx(folder: Path) -> bytes:
    path = Path(folder) / "goed.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for name, text in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                           ("xl/workbook.xml", WORKBOOK), ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)):
            book.writestr(name, text)
        book.writestr("xl/worksheets/sheet1.xml", SHEET_HEAD + '<sheetData><row r="1"><c r="A1" t="inlineStr"><is>'
                      '<t>titel</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Rust</t></is></c>'
                      "</row></sheetData></worksheet>")
    return path.read_bytes()


@seed(SEED)
@FUZZ
@given(st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), min_size=1, max_size=8))
def test_an_xlsx_with_damaged_bytes_is_read_or_refused_in_words(flips):
    with tempfile.TemporaryDirectory() as folder:
        data = bytearray(_good_xlsx(Path(folder)))
        for at, value in flips:
            data[at % len(data)] = value
        path = Path(folder) / "kapot.xlsx"
        path.write_bytes(bytes(data))
        try:
            rows, _how = read_rows(path)
        except FileProblems as exc:
            assert exc.problems and all(p.message.strip() for p in exc.problems)
            return
        _deck_or_problems(rows)

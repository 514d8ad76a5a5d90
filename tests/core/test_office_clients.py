"""The session's workbook (xlsx) as LibreOffice Calc reads it: LibreOffice headless converts it to a flat
OpenDocument spreadsheet, and the test reads the cell types and text LibreOffice ended up with. One
LibreOffice start for the module."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "pdf"))

from officeclients import convert, needs_libreoffice, spreadsheet
from sessionfactory import make_session

from reflectiespel.core.sessions.session import ActionItem, Note
from reflectiespel.core.reports.workbook import to_xlsx

pytestmark = needs_libreoffice

ACCENTS = "ë é ĳ € – café"


def hostile_session(language="nl"):
    session = make_session()
    session.language = language
    session.steps[0].notes += [Note(text=f"=HYPERLINK(\"http://x\";\"klik\") {ACCENTS}", time=datetime(2026, 3, 12, 14, 7)),
                               Note(text="0612345678", time=datetime(2026, 3, 12, 14, 8)),
                               Note(text="-3", time=datetime(2026, 3, 12, 14, 9)),
                               Note(text="12-04-2026", time=datetime(2026, 3, 12, 14, 10))]
    session.steps[0].actions.append(ActionItem(wat="@SUM(1)", wanneer="12-04-2026", status="done"))
    return session


@pytest.fixture(scope="module")
def calc(tmp_path_factory):
    folder = tmp_path_factory.mktemp("calc")
    dutch, english = folder / "sessie.xlsx", folder / "session.xlsx"
    dutch.write_bytes(to_xlsx(hostile_session()))
    english.write_bytes(to_xlsx(hostile_session("en")))
    made = convert([dutch, english], "fods", folder)
    return {path.stem: spreadsheet(path) for path in made}


def test_libreoffice_finds_a_sheet_per_kind_with_one_row_per_item(calc):
    book = calc["sessie"]
    assert list(book) == ["sessie", "deelnemers", "notities", "keuzes", "stemmen", "actiepunten", "bord",
                          "eigen kaarten", "woordwolk", "ideeën", "schaal", "cijfers", "deelname"]
    sizes = {name: len(rows) - 1 for name, rows in book.items()}
    assert sizes == {"sessie": 8, "deelnemers": 2, "notities": 6, "keuzes": 3, "stemmen": 2, "actiepunten": 3,
                     "bord": 4, "eigen kaarten": 2, "woordwolk": 0, "ideeën": 0, "schaal": 0,
                     "cijfers": 0, "deelname": 1}
    assert [text for _kind, _value, text in book["notities"][0]] == ["stap", "stap_titel", "tijd", "deelnemer",
                                                                      "kaart", "tekst"]


def test_libreoffice_reads_numbers_as_numbers_and_times_as_dates(calc):
    notes = calc["sessie"]["notities"]
    step, _title, time = notes[1][:3]
    assert step[:2] == ("float", "1")
    assert time[0] == "date" and time[1].startswith("2026-03-12T14:05")
    votes = calc["sessie"]["stemmen"]
    assert [row[4][:2] for row in votes[1:]] == [("float", "2"), ("float", "3")]
    actions = calc["sessie"]["actiepunten"]
    assert actions[1][4][:2] == ("date", "2026-04-01") and actions[2][4][:2] == ("date", "2026-04-12")
    assert actions[3][4][0] == "string" and actions[3][4][2] == "mei"
    assert [row[5][2] for row in actions[1:]] == ["open", "gedaan", "open"]
    board = calc["sessie"]["bord"]
    assert board[1][5][:2] == ("float", "0.3")


def test_libreoffice_keeps_text_as_typed_and_runs_no_formula(calc):
    notes = calc["sessie"]["notities"]
    texts = {row[5][2]: row[5][0] for row in notes[1:]}
    for typed in (f"=HYPERLINK(\"http://x\";\"klik\") {ACCENTS}", "0612345678", "-3", "12-04-2026",
                  "Tweede regel\nmet een nieuwe regel en ĳs café €", "Een notitie met <b>vet</b> & ampersand"):
        assert texts.get(typed) == "string", (typed, texts)
    actions = calc["sessie"]["actiepunten"]
    assert actions[2][2][0] == "string" and actions[2][2][2] == "@SUM(1)"
    everything = [cell for rows in calc["sessie"].values() for row in rows for cell in row]
    assert not [cell for cell in everything if cell[2].startswith("'")]


def test_libreoffice_shows_an_english_session_in_english(calc):
    book = calc["session"]
    assert list(book)[:3] == ["session", "participants", "notes"]
    assert [row[5][2] for row in book["action points"][1:]] == ["open", "done", "open"]
    assert book["action points"][2][4][:1] == ("string",) and book["action points"][2][4][2] == "12-04-2026"  # day first is not a date in English

"""The session as an Excel workbook (core/reports/workbook.py), read back with openpyxl: a sheet per kind, one row
per item, typed cells, no formula and no visible quote, in the session's language, no names when anonymous.
How LibreOffice reads the same file is in tests/core/test_office_clients.py."""

from __future__ import annotations

import io
import sys
from datetime import datetime
from pathlib import Path

import openpyxl

sys.path.insert(0, str(Path(__file__).parents[1] / "pdf"))

from sessionfactory import make_session

from reflectiespel.cli import main
from reflectiespel.core.sessions.session import ActionItem, Note
from reflectiespel.core.sessions.storage import save_session
from reflectiespel.core.reports.workbook import SHEETS, to_xlsx

DUTCH_SHEETS = ["sessie", "deelnemers", "notities", "keuzes", "stemmen", "actiepunten", "bord", "eigen kaarten",
                "woordwolk", "ideeën", "schaal", "cijfers", "deelname"]


def workbook(session):
    return openpyxl.load_workbook(io.BytesIO(to_xlsx(session)))


def table(book, name):
    return [list(row) for row in book[name].iter_rows(values_only=True)]


def session_with_hostile_cells():
    session = make_session()
    session.steps[0].notes += [Note(text="=HYPERLINK(\"http://x\",\"klik\")", time=datetime(2026, 3, 12, 14, 7)),
                               Note(text="0612345678", time=datetime(2026, 3, 12, 14, 8)),
                               Note(text="+31 6 1234", time=datetime(2026, 3, 12, 14, 9))]
    session.steps[0].actions += [ActionItem(wat="=1+1", wie="@Ann", wanneer="12-04-2026", status="done"),
                                 ActionItem(wat="Bellen", wanneer="volgende week", status="dropped")]
    return session


def test_a_sheet_per_kind_with_a_frozen_bold_header_and_one_row_per_item():
    book = workbook(make_session())
    assert book.sheetnames == DUTCH_SHEETS
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        assert all(cell.font.bold for cell in sheet[1]), sheet.title
    assert table(book, "notities")[0] == ["stap", "stap_titel", "tijd", "deelnemer", "kaart", "tekst"]
    assert len(table(book, "notities")) == 1 + 2
    assert len(table(book, "keuzes")) == 1 + 3  # Ann one card, Bram two
    assert len(table(book, "stemmen")) == 1 + 2
    assert len(table(book, "actiepunten")) == 1 + 2
    assert len(table(book, "bord")) == 1 + 4
    assert [row[2] for row in table(book, "eigen kaarten")[1:]] == ["Onze wijkkaart <b>", "Het lied"]
    assert table(book, "deelnemers")[1:] == [[1, "Ann de Vries", "Cultuur"], [2, "Bram <b>&", "Zorg"]]


def test_cells_are_typed_numbers_dates_and_text():
    book = workbook(session_with_hostile_cells())
    notes = book["notities"]
    assert notes["A2"].data_type == "n" and notes["A2"].value == 1  # the step number is a number
    assert isinstance(notes["C2"].value, datetime) and notes["C2"].value == datetime(2026, 3, 12, 14, 5)
    assert notes["C2"].number_format == "yyyy-mm-dd hh:mm"
    assert notes["F2"].value == "Een notitie met <b>vet</b> & ampersand"
    votes = book["stemmen"]
    assert [votes.cell(row=r, column=5).value for r in (2, 3)] == [2, 3]
    assert all(votes.cell(row=r, column=5).data_type == "n" for r in (2, 3))
    actions = table(book, "actiepunten")
    assert actions[1][4] == datetime(2026, 4, 1)  # '2026-04-01' typed in 'wanneer': a date cell
    assert actions[2][4] == datetime(2026, 4, 12)  # '12-04-2026', day first as in Dutch
    assert actions[3][4] == "volgende week"  # free text stays text
    assert [row[5] for row in actions[1:]] == ["open", "gedaan", "vervallen", "open"]
    overview = dict(table(book, "sessie")[1:])
    assert overview["datum"] == datetime(2026, 3, 12) and overview["deelnemers"] == 2
    assert book["sessie"]["B3"].number_format == "yyyy-mm-dd"
    board = table(book, "bord")
    assert board[1][5:7] == [0.3, 0.7] and board[1][3] == "de groep"


def test_formulas_are_text_cells_without_a_visible_quote_and_leading_zeros_stay():
    book = workbook(session_with_hostile_cells())
    texts = {cell.value: cell for row in book["notities"].iter_rows(min_row=2) for cell in row
             if isinstance(cell.value, str)}
    for value in ("=HYPERLINK(\"http://x\",\"klik\")", "0612345678", "+31 6 1234"):
        assert value in texts, value
        assert texts[value].data_type == "s", value  # a string, not a formula and not a number
    actions = book["actiepunten"]
    assert actions["C3"].value == "=1+1" and actions["C3"].data_type == "s"
    assert actions["D3"].value == "@Ann"
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate)
                assert not (isinstance(cell.value, str) and cell.value.startswith("'")), cell.value


def test_columns_are_as_wide_as_their_text_and_long_text_wraps():
    session = make_session()
    session.steps[0].notes.append(Note(text="lang " * 60))
    sheet = workbook(session)["notities"]
    widths = {col: sheet.column_dimensions[col].width for col in "ABCDEF"}
    assert widths["F"] == 60  # the longest note is wider than the cap: capped, and wrapped
    assert sheet["F4"].alignment.wrap_text
    assert 6 <= widths["A"] < 12 and widths["C"] >= 16  # a date-time fits


def test_an_english_session_names_sheets_columns_and_words_in_english():
    session = session_with_hostile_cells()
    session.language = "en"
    book = workbook(session)
    assert book.sheetnames == ["session", "participants", "notes", "choices", "votes", "action points", "board",
                               "own cards", "word cloud", "ideas", "scale", "marks", "participation"]
    assert table(book, "notes")[0] == ["step", "step_title", "time", "participant", "card", "text"]
    assert [row[5] for row in table(book, "action points")[1:]] == ["open", "done", "dropped", "open"]
    assert table(book, "action points")[2][4] == "12-04-2026"  # day-first is only read as a date in Dutch
    assert table(book, "board")[1][3] == "the group"
    assert dict(table(book, "session")[1:])["anonymous"] == "no"


def test_an_anonymous_workbook_carries_no_names():
    book = workbook(make_session(anonymous=True))
    cells = [str(cell) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for cell in row]
    assert not [cell for cell in cells if "Ann" in cell or "Bram" in cell]
    assert table(book, "deelnemers")[1][1] == "Deelnemer 1"
    assert book.properties.creator == "reflectiespel"


def test_every_sheet_name_fits_excels_limit_in_both_languages():
    for language in ("nl", "en"):
        session = make_session()
        session.language = language
        names = workbook(session).sheetnames
        assert len(names) == len(SHEETS) == len(set(names))
        assert all(len(name) <= 31 and not set(name) & set("[]:*?/\\") for name in names)


def test_the_command_line_writes_a_workbook_next_to_nothing_else(tmp_path, monkeypatch, capsys):
    session_file = tmp_path / "sessie.reflectiespel"
    save_session(make_session(), session_file)
    monkeypatch.chdir(tmp_path)
    assert main(["export", str(session_file), "--format", "xlsx"]) == 0  # no -o: a file, never bytes on screen
    assert "Geëxporteerd: sessie.xlsx" in capsys.readouterr().out
    assert openpyxl.load_workbook(tmp_path / "sessie.xlsx").sheetnames == DUTCH_SHEETS
    assert main(["export", str(session_file), "--format", "xlsx", "-o", str(tmp_path / "x.xlsx")]) == 0
    assert table(openpyxl.load_workbook(tmp_path / "x.xlsx"), "stemmen")[1][4] == 2

"""The CSV export as LibreOffice Calc opens it with Dutch settings (separator ';', UTF-8, language
Nederlands, 'detect special numbers' on, as its import dialog offers): one row per item, accents intact,
numbers and ISO dates and times read as such, status in Dutch, formulas neutralised. One LibreOffice
start for the module. What a spreadsheet still does to a text cell that looks like a number is in
docs/export.md (use the workbook for that)."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "pdf"))

from officeclients import convert, needs_libreoffice, spreadsheet
from sessionfactory import make_session

from reflectiespel.core.reports.export import to_csv
from reflectiespel.core.sessions.session import ActionItem, Note

pytestmark = needs_libreoffice
DUTCH_CSV = "CSV:59,34,76,1,,1043,false,true"  # ';'  '"'  UTF-8  from line 1  -  nl-NL  -  special numbers


@pytest.fixture(scope="module")
def rows(tmp_path_factory):
    session = make_session()
    session.steps[0].notes.append(Note(text="=HYPERLINK(\"http://x\";\"klik\"); ë é ĳ €", time=datetime(2026, 3, 12, 14, 7)))
    session.steps[0].actions.append(ActionItem(wat="Bellen", wie="Bram", wanneer="12-04-2026", status="done"))
    folder = tmp_path_factory.mktemp("csv")
    source = folder / "sessie.csv"
    source.write_bytes(to_csv(session))
    (made,) = convert([source], "fods", folder, infilter=DUTCH_CSV)
    (sheet,) = spreadsheet(made).values()
    header = [text for _kind, _value, text in sheet[0]]
    return [dict(zip(header, row)) for row in sheet[1:]]


def test_one_row_per_item_with_the_accents_intact(rows):
    kinds = [row["soort"][2] for row in rows]
    assert kinds == ["notitie"] * 3 + ["stem"] * 2 + ["actiepunt"] * 2 + ["bord"] * 4 + ["actiepunt"] \
        + ["eigen kaart"] * 2 + ["deelname"]  # who took part in step 1 (#29.7), after the items
    texts = [row["tekst"][2] for row in rows if "tekst" in row]
    assert "Tweede regel\nmet een nieuwe regel en ĳs café €" in texts
    assert "'=HYPERLINK(\"http://x\";\"klik\"); ë é ĳ €" in texts  # text, never a formula


def test_numbers_dates_and_times_are_read_as_such_under_dutch_settings(rows):
    first = rows[0]
    assert first["stap"][:2] == ("float", "1")
    assert first["tijd"][0] == "date" and first["tijd"][1].startswith("2026-03-12T14:05")
    votes = [row["stemmen"][:2] for row in rows if row["soort"][2] == "stem"]
    assert votes == [("float", "2"), ("float", "3")]
    actions = [row for row in rows if row["soort"][2] == "actiepunt"]
    assert [a["wanneer"][:2] for a in actions[:2]] == [("date", "2026-04-01"), ("date", "2026-04-12")]
    assert actions[2]["wanneer"][2] == "mei"
    assert [a["status"][2] for a in actions] == ["open", "gedaan", "open"]  # Dutch words, not 'done'

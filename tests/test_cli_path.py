"""`reflectiespel path`: a path across sessions without a window, as a PDF page or a workbook; a file that
cannot be used is named and nothing is written."""

import sys
from pathlib import Path

from pypdf import PdfReader

from reflectiespel.cli import main

sys.path.insert(0, str(Path(__file__).parent / "core"))
from test_path import year


def test_the_path_of_four_sessions_becomes_a_pdf_page_and_the_notes_are_said(tmp_path, capsys):
    files = year(tmp_path)
    target = tmp_path / "pad.pdf"
    assert main(["path", *map(str, files), "-o", str(target)]) == 0
    out = capsys.readouterr().out
    assert "'Buurtkoor' heet vanaf sessie 4 (2026-12-01) 'Wijkkoor De Eik'" in out and "Pad geschreven" in out
    assert "Wijkkoor De Eik" in PdfReader(target).pages[0].extract_text()


def test_a_perspective_by_name_and_a_workbook(tmp_path, capsys):
    import openpyxl

    target = tmp_path / "pad.xlsx"
    assert main(["path", *map(str, year(tmp_path)), "--perspective", "anna", "-o", str(target)]) == 0
    rows = list(openpyxl.load_workbook(target)["pad"].iter_rows(min_row=2, values_only=True))
    assert {r[2] for r in rows} == {"Anna"} and len(rows) == 2


def test_an_unknown_perspective_names_the_ones_there_are(tmp_path, capsys):
    target = tmp_path / "pad.pdf"
    assert main(["path", *map(str, year(tmp_path)), "--perspective", "Chris", "-o", str(target)]) == 1
    assert "Geen perspectief 'Chris' in deze sessies; wel: Anna, Bram" in capsys.readouterr().err
    assert not target.exists()


def test_a_damaged_file_is_named_and_nothing_is_written(tmp_path, capsys):
    files = year(tmp_path)
    broken = tmp_path / "kapot.reflectiespel"
    broken.write_bytes(b"\x89PNG\r\n")
    target = tmp_path / "pad.pdf"
    assert main(["path", str(files[0]), str(broken), "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "kapot.reflectiespel" in err and "plaatje" in err and "Niets geschreven." in err
    assert not target.exists()


def test_only_pdf_or_xlsx_is_written(tmp_path, capsys):
    assert main(["path", *map(str, year(tmp_path)), "-o", str(tmp_path / "pad.docx")]) == 1
    assert "kies een bestand dat eindigt op .pdf of .xlsx" in capsys.readouterr().err

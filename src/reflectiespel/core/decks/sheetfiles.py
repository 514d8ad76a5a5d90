"""Spreadsheet files as rows of text: CSV (any of ; , TAB; UTF-8, UTF-16 or Windows-1252) and XLSX.

Reading gives a list of rows (lists of strings) and a sentence on how the file was read ("Windows-1252,
gescheiden door ;"), so that a trainer sees when Excel chose an old encoding; a file that is neither
UTF-8 nor plausibly Windows-1252 (Shift-JIS, a mix) is refused rather than garbled. Reading is bounded:
MAX_BYTES, MAX_ROWS, MAX_COLUMNS, MAX_CELL; .xlsx files are read as a stream by core/decks/xlsxread.py.
Writing is atomic. openpyxl is imported only when an .xlsx file is written (or a date format is read).
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from ..base.i18n import QT_TRANSLATE_NOOP, translate
from ..base.problems import FileProblems, Problem, display_path

MAX_BYTES = 5_000_000  # a deck of a thousand cards is far below this
MAX_ROWS = 5_000
MAX_COLUMNS = 200
MAX_CELL = 20_000
SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx")
RISKY_START = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet would read these as a formula (OWASP)
DELIMITER_NAMES = {";": QT_TRANSLATE_NOOP("SheetFiles", "puntkomma's (;)"),
                   ",": QT_TRANSLATE_NOOP("SheetFiles", "komma's (,)"), "\t": QT_TRANSLATE_NOOP("SheetFiles", "tabs")}


class Cancelled(Exception):
    """Raised by a progress callback to stop reading (the dialog's Annuleren)."""


Progress = Callable[[float], None]  # called with the part read so far (0..1); may raise Cancelled


def _refuse(path: Path, message: str) -> FileProblems:
    return FileProblems([Problem(display_path(path), message)])


def _read_bytes(path: Path) -> bytes:
    """At most MAX_BYTES of a regular file; a folder, pipe or device is refused before reading."""
    from ..files.safefile import read_regular_file

    return read_regular_file(path, MAX_BYTES, "spreadsheet")


CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")
# UTF-8 for the letters and quotes of Western text (é ë ï ‘ ’ “ ” – …): byte pairs that Windows-1252 text
# never holds ("Ã©", "â€")
UTF8_WESTERN = re.compile(rb"\xc3[\x80-\xbf]|\xe2\x80[\x80-\xbf]")
COMMON_MARKS = set("‘’‚“”„–—…€•™«»°·§©®±×÷¡¿½¼¾ªº¹²³µ¶¢£¥¤\u00a0")


class EncodingProblem(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _western(text: str) -> bool:
    """Whether text decoded as Windows-1252 looks like a Western language: few odd signs, and never
    four signs outside ASCII in a row (Japanese or Chinese bytes read as Windows-1252 give long runs)."""
    odd = other = run = 0
    for char in text:
        if char < "\x80":
            run = 0
            continue
        other += 1
        run = run + 1 if not char.isspace() else 0
        if run >= 4:
            return False
        if not (char.isalpha() or char in COMMON_MARKS):
            odd += 1
    return odd <= max(2, other // 10)


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of its encoding: UTF-8 (with or without BOM), UTF-16 (BOM), else Windows-1252
    when the bytes look like it. Raises EncodingProblem for a file that is partly UTF-8, or that is no
    Windows-1252 (Shift-JIS, GB2312 ...): reading those as Windows-1252 would silently garble every
    letter outside ASCII."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "UTF-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    line = data.count(b"\n", 0, first_bad) + 1
    if UTF8_WESTERN.search(data):
        raise EncodingProblem(translate("SheetFiles", "het bestand is gemengd: het meeste is UTF-8, maar regel {0} "
                                                      "niet. Bewaar de spreadsheet opnieuw als 'CSV UTF-8'.").format(
            line))
    if CP1252_UNDEFINED.search(data) or not _western(data.decode("cp1252", errors="replace")):
        raise EncodingProblem(translate("SheetFiles", "de tekst is geen UTF-8 en ook geen Windows-1252 (de "
                                                      "codering van Excel in Nederland), bijvoorbeeld op regel {0}; "
                                                      "misschien Japans (Shift-JIS) of een andere codering. Bewaar "
                                                      "de spreadsheet als 'CSV UTF-8' en lees hem opnieuw "
                                                      "in.").format(line))
    return data.decode("cp1252"), translate("SheetFiles", "Windows-1252 (zo bewaart Excel in Nederland)")


def sniff_delimiter(text: str) -> str:
    """The separator of a CSV file: the one that gives the most rows of the same width (of two cells or more).

    The first lines are read as CSV (with quotes) once per candidate. csv.Sniffer was used before, but it
    guesses from quote patterns as well, and a text with "'…', en" in a cell made it take the comma in a
    file separated by semicolons. On a tie the semicolon wins (Excel in the Netherlands), then the comma."""
    sample = "\n".join(text[:100_000].splitlines()[:30])
    best, best_score = ";", (0, 0)
    for delimiter in ";,\t":
        try:
            rows = list(csv.reader(io.StringIO(sample), delimiter=delimiter))
        except csv.Error:
            continue
        widths = Counter(len(row) for row in rows if len(row) > 1)
        if not widths:
            continue
        width, count = max(widths.items(), key=lambda item: (item[1], item[0]))
        if (count, width) > best_score:
            best, best_score = delimiter, (count, width)
    return best


def read_csv(path: Path, progress: Progress | None = None) -> tuple[list[list[str]], str]:
    data = _read_bytes(path)
    try:
        text, encoding = decode(data)
    except UnicodeDecodeError:
        raise _refuse(path, translate("SheetFiles", "de tekst is beschadigd (geen geldige UTF-8 of UTF-16)")) from None
    except EncodingProblem as exc:
        raise _refuse(path, exc.message) from None
    if "\x00" in text:
        raise _refuse(path, translate("SheetFiles", "dit lijkt geen tekstbestand (er staan nul-tekens in)"))
    delimiter = sniff_delimiter(text)
    lines = max(1, text.count("\n"))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[list[str]] = []
    while True:
        first_line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise _refuse(path, _csv_error(str(exc), len(rows) + 1, first_line)) from None
        number = len(rows) + 1
        if number > MAX_ROWS:
            raise _refuse(path, translate("SheetFiles", "er staan meer dan {0} rijen in; splits de set").format(MAX_ROWS))
        if len(row) > MAX_COLUMNS:
            if any(cell.strip() for cell in row[MAX_COLUMNS:]):
                raise _refuse(path, translate("SheetFiles", "rij {0}: er staat iets na kolom {1}; een kaartenset "
                                                            "heeft hoogstens {1} kolommen").format(number, MAX_COLUMNS))
            row = row[:MAX_COLUMNS]
        rows.append(row)
        if progress is not None and number % 250 == 0:
            progress(min(1.0, reader.line_num / lines))
    return _bounded(path, rows), translate("SheetFiles", "{0}, gescheiden door {1}").format(
        encoding, translate("SheetFiles", DELIMITER_NAMES[delimiter]))


def _csv_error(error: str, row: int, line: int) -> str:
    if "field limit" in error:
        return translate("SheetFiles", "rij {0} (vanaf regel {1} van het bestand): een cel is langer dan {2} tekens; "
                                       "misschien wordt daar een aanhalingsteken (\") niet gesloten").format(
            row, line, MAX_CELL)
    if "end of data" in error:
        return translate("SheetFiles", "rij {0} (regel {1} van het bestand): een aanhalingsteken (\") wordt nergens "
                                       "gesloten, zodat de rest van het bestand in één cel zou komen. Haal het weg of "
                                       "verdubbel het (\"\")").format(row, line)
    return translate("SheetFiles", "rij {0} (regel {1} van het bestand): na een afsluitend aanhalingsteken (\") "
                                   "staat nog tekst in dezelfde cel. Zet de hele cel tussen aanhalingstekens en "
                                   "verdubbel de aanhalingstekens erin (\"\")").format(row, line)


XLSX_MESSAGES = {
    "not-xlsx": QT_TRANSLATE_NOOP("SheetFiles", "dit is geen leesbaar Excel-bestand (.xlsx); bewaar het opnieuw "
                                                "als .xlsx of .csv"),
    "damaged": QT_TRANSLATE_NOOP("SheetFiles", "dit Excel-bestand is beschadigd (in '{0}'); bewaar het opnieuw als "
                                               ".xlsx of .csv"),
    "doctype": QT_TRANSLATE_NOOP("SheetFiles", "dit Excel-bestand bevat XML-definities die een spreadsheet nooit "
                                               "heeft; het wordt niet gelezen"),
    "parts": QT_TRANSLATE_NOOP("SheetFiles", "dit Excel-bestand bestaat uit {0} delen; dat is geen gewone "
                                             "spreadsheet en wordt niet gelezen"),
    "inflated": QT_TRANSLATE_NOOP("SheetFiles", "dit Excel-bestand wordt uitgepakt veel te groot (in '{0}'); "
                                                "een kaartenset is nooit zo groot. Bewaar alleen het werkblad met "
                                                "de kaarten, of als .csv"),
    "strings": QT_TRANSLATE_NOOP("SheetFiles", "dit Excel-bestand bevat meer dan {0} verschillende teksten; dat is "
                                               "geen kaartenset"),
    "cells": QT_TRANSLATE_NOOP("SheetFiles", "het werkblad heeft meer dan {0} cellen; dat is geen kaartenset"),
    "rows": QT_TRANSLATE_NOOP("SheetFiles", "er staan meer dan {0} rijen in; splits de set"),
    "columns": QT_TRANSLATE_NOOP("SheetFiles", "cel {0}: er staat iets na kolom {1}; een kaartenset heeft "
                                               "hoogstens {1} kolommen"),
    "no-sheet": QT_TRANSLATE_NOOP("SheetFiles", "dit Excel-bestand heeft geen werkblad met cellen"),
}


def read_xlsx(path: Path, progress: Progress | None = None) -> tuple[list[list[str]], str]:
    from .xlsxread import XlsxProblem, read_first_sheet

    data = _read_bytes(path)
    try:
        title, rows, cells = read_first_sheet(data, MAX_ROWS, MAX_COLUMNS, progress)
    except XlsxProblem as exc:
        raise _refuse(path, translate("SheetFiles", XLSX_MESSAGES[exc.key]).format(*exc.values)) from None
    problems = [Problem(display_path(path), translate(
        "SheetFiles", "cel {0}: hier staat een formule ({1}) zonder bewaarde uitkomst; reflectiespel rekent "
                      "formules niet uit. Open de spreadsheet in Excel of LibreOffice en bewaar hem opnieuw, of zet "
                      "de tekst zelf in de cel").format(cell, formula)) for cell, formula in cells.formulas]
    problems += [Problem(display_path(path), translate(
        "SheetFiles", "cel {0}: hier staat de foutwaarde {1} van een formule; zet er de bedoelde tekst in").format(
        cell, value)) for cell, value in cells.errors]
    if problems:
        raise FileProblems(problems)
    return _bounded(path, rows), translate("SheetFiles", "Excel-werkblad '{0}'").format(title)


def _bounded(path: Path, rows: list[list[str]]) -> list[list[str]]:
    if len(rows) > MAX_ROWS:
        raise _refuse(path, translate("SheetFiles", "er staan meer dan {0} rijen in; splits de set").format(MAX_ROWS))
    for number, row in enumerate(rows, 1):
        for cell in row:
            if len(cell) > MAX_CELL:
                raise _refuse(path, translate("SheetFiles", "rij {0}: een cel is langer dan {1} tekens").format(
                    number, MAX_CELL))
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    return rows


def read_rows(path: Path, progress: Progress | None = None) -> tuple[list[list[str]], str]:
    """Rows of text from a .csv/.txt/.tsv or .xlsx file, and how it was read. ``progress`` hears how far
    the reading is and may raise Cancelled to stop it."""
    suffix = path.suffix.lower()
    if path.is_dir():
        raise _refuse(path, translate("SheetFiles", "dit is een map, geen spreadsheet"))
    if suffix == ".xlsx":
        return read_xlsx(path, progress)
    if suffix in (".csv", ".txt", ".tsv"):
        return read_csv(path, progress)
    if suffix in (".xls", ".ods", ".numbers"):
        raise _refuse(path, translate("SheetFiles", "'{0}' kan niet worden gelezen; bewaar het als .xlsx of "
                                                ".csv").format(suffix))
    raise _refuse(path, translate("SheetFiles", "geef een spreadsheet als .csv of .xlsx"))


def protect(cell: str) -> str:
    """A cell a spreadsheet keeps as text: a leading ' before what it would read as a formula."""
    return "'" + cell if cell.startswith(RISKY_START) else cell


def unprotect(cell: str) -> str:
    """The text of a cell that ``protect`` wrote: the ' goes again."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(RISKY_START) else cell


def csv_bytes(rows: list[list[str]]) -> bytes:
    """CSV as Excel in the Netherlands opens it with a double click: UTF-8 with BOM, separated by ;."""
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows([[protect(c) for c in row] for row in rows])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def xlsx_bytes(rows: list[list[str]], header_row: int) -> bytes:
    """An .xlsx with one sheet 'kaarten': header bold and frozen, columns as wide as their text (up to a
    limit), long cells wrapped with room for their lines, and a landscape page that fits the width."""
    import openpyxl
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = translate("SheetFiles", "kaarten")
    for row in rows:
        sheet.append([protect(cell) for cell in row])  # openpyxl would store '=...' as a formula
    widths: dict[int, int] = {}
    for row in rows[header_row - 1:]:
        for index, cell in enumerate(row, 1):
            longest = max((len(line) for line in cell.splitlines()), default=0)
            widths[index] = max(widths.get(index, 8), min(45, longest + 2))
    for index, width in widths.items():
        sheet.column_dimensions[get_column_letter(index)].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    for number, row in enumerate(rows[header_row:], header_row + 1):
        lines = 1
        for index, cell in enumerate(row, 1):
            sheet.cell(row=number, column=index).alignment = wrap
            width = widths.get(index, 8)
            lines = max(lines, sum(1 + len(line) // max(1, width - 1) for line in cell.splitlines() or [""]))
        sheet.row_dimensions[number].height = 15 * min(lines, 12)
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
    for number in range(1, header_row):
        sheet.cell(row=number, column=1).font = Font(italic=True)
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def sheet_bytes(rows: list[list[str]], header_row: int, kind: str) -> bytes:
    """The rows as a file of ``kind`` ('xlsx' or 'csv')."""
    return xlsx_bytes(rows, header_row) if kind == "xlsx" else csv_bytes(rows)

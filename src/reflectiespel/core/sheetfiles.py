"""Spreadsheet files as rows of text: CSV (any of ; , TAB; UTF-8, UTF-16 or Windows-1252) and XLSX.

Reading gives a list of rows (lists of strings) and a sentence on how the file was read ("Windows-1252,
gescheiden door ;"), so that a trainer sees when Excel chose an old encoding. Writing is atomic.
openpyxl is imported only when an .xlsx file is read or written.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from .i18n import QT_TRANSLATE_NOOP, translate
from .problems import FileProblems, Problem, display_path

MAX_BYTES = 5_000_000  # a deck of a thousand cards is far below this
MAX_ROWS = 5_000
MAX_CELL = 20_000
SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx")
RISKY_START = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet would read these as a formula (OWASP)
DELIMITER_NAMES = {";": QT_TRANSLATE_NOOP("SheetFiles", "puntkomma's (;)"),
                   ",": QT_TRANSLATE_NOOP("SheetFiles", "komma's (,)"), "\t": QT_TRANSLATE_NOOP("SheetFiles", "tabs")}


def _refuse(path: Path, message: str) -> FileProblems:
    return FileProblems([Problem(display_path(path), message)])


def _read_bytes(path: Path) -> bytes:
    """At most MAX_BYTES of a regular file; a folder, pipe or device is refused before reading."""
    from .safefile import read_regular_file

    return read_regular_file(path, MAX_BYTES, "spreadsheet")


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of its encoding: UTF-8 (with or without BOM), UTF-16 (BOM), else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "UTF-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), translate("SheetFiles", "Windows-1252 (zo bewaart Excel in Nederland)")


def sniff_delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in ";,\t"}
        return max(counts, key=counts.get) if any(counts.values()) else ";"


def read_csv(path: Path) -> tuple[list[list[str]], str]:
    data = _read_bytes(path)
    try:
        text, encoding = decode(data)
    except UnicodeDecodeError:
        raise _refuse(path, translate("SheetFiles", "de tekst is beschadigd (geen geldige UTF-8 of UTF-16)")) from None
    if "\x00" in text:
        raise _refuse(path, translate("SheetFiles", "dit lijkt geen tekstbestand (er staan nul-tekens in)"))
    delimiter = sniff_delimiter(text)
    rows = [[cell for cell in row] for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    return _bounded(path, rows), translate("SheetFiles", "{0}, gescheiden door {1}").format(
        encoding, translate("SheetFiles", DELIMITER_NAMES[delimiter]))


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_xlsx(path: Path) -> tuple[list[list[str]], str]:
    data = _read_bytes(path)
    try:
        import openpyxl

        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - any damage in the zip or XML: one plain sentence
        raise _refuse(path, translate("SheetFiles", "dit is geen leesbaar Excel-bestand (.xlsx); bewaar het "
                                                    "opnieuw als .xlsx of .csv")) from None
    try:
        sheet = book.worksheets[0]
        rows = []
        for row in sheet.iter_rows(values_only=True):
            rows.append([_cell_text(value) for value in row])
            if len(rows) > MAX_ROWS:
                break
    finally:
        book.close()
    return _bounded(path, rows), translate("SheetFiles", "Excel-werkblad '{0}'").format(sheet.title)


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


def read_rows(path: Path) -> tuple[list[list[str]], str]:
    """Rows of text from a .csv/.txt/.tsv or .xlsx file, and how it was read."""
    suffix = path.suffix.lower()
    if path.is_dir():
        raise _refuse(path, translate("SheetFiles", "dit is een map, geen spreadsheet"))
    if suffix == ".xlsx":
        return read_xlsx(path)
    if suffix in (".csv", ".txt", ".tsv"):
        return read_csv(path)
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

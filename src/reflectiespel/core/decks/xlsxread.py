"""The first worksheet of an .xlsx file as rows of text, read as a stream with limits on everything.

An .xlsx file is a zip of XML parts. A hostile one can be small and still inflate to gigabytes, hold
millions of shared strings, or claim a cell in the last of Excel's 16,384 columns (a reader that pads
rows to the widest one then builds millions of empty cells). So this reader:

- refuses a zip with too many parts, or whose parts claim more than the limits once inflated, and counts
  the bytes it really inflates (a zip's declared sizes can lie) against the same limits;
- parses each part with expat as it inflates, keeping only the cells that hold something; no DOCTYPE,
  no entities;
- stops at the first cell beyond MAX_ROWS rows or MAX_COLUMNS columns, or beyond MAX_CELLS cells;
- reads a formula's value as the spreadsheet last worked it out (Excel and LibreOffice store it); a
  formula without such a value, or with an error value, is named by its cell.

openpyxl is used only for what it knows about number formats (is this cell a date?).
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from xml.parsers import expat

MAX_PARTS = 1000
MAX_PART_BYTES = 16 * 1024 * 1024  # one XML part, inflated
MAX_TOTAL_BYTES = 40 * 1024 * 1024  # what is inflated of the whole file
MAX_SHARED_STRINGS = 250_000
MAX_CELLS = 1_000_000  # <c> elements in the worksheet, empty ones included
CHUNK = 64 * 1024
RELATIONSHIP_TYPES = ("/worksheet", "/sharedStrings", "/styles")
CELL_REF = re.compile(r"^([A-Z]{1,3})(\d{1,7})$")


class XlsxProblem(Exception):
    """The file cannot be read: ``key`` says why (see sheetfiles.XLSX_MESSAGES), ``args`` fill it in."""

    def __init__(self, key: str, *values):
        super().__init__(key, *values)
        self.key = key
        self.values = values


@dataclass
class Cells:
    """What the worksheet holds: text by (row, column), 1-based; cells to name in a message."""

    values: dict[int, dict[int, str]] = field(default_factory=dict)
    formulas: list[tuple[str, str]] = field(default_factory=list)  # (cell, formula) without a stored value
    errors: list[tuple[str, str]] = field(default_factory=list)  # (cell, error value such as #DIV/0!)


class _Budget:
    """Counts what is inflated, per part and in all."""

    def __init__(self):
        self.total = 0

    def feed(self, member: zipfile.ZipExtFile, parser, part: str, progress: Callable[[int], None] | None) -> None:
        seen = 0
        while True:
            chunk = member.read(CHUNK)
            if not chunk:
                break
            seen += len(chunk)
            self.total += len(chunk)
            if seen > MAX_PART_BYTES or self.total > MAX_TOTAL_BYTES:
                raise XlsxProblem("inflated", part)
            try:
                parser.Parse(chunk, False)
            except expat.ExpatError:
                raise XlsxProblem("damaged", part) from None
            if progress is not None:
                progress(seen)
        try:
            parser.Parse(b"", True)
        except expat.ExpatError:
            raise XlsxProblem("damaged", part) from None


def _local(name: str) -> str:
    return name.rsplit(":", 1)[-1]


def _parser(start, end=None, text=None):
    """An expat parser without namespaces, DTDs or entities; handlers get local names."""
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def refuse(*_args):
        raise XlsxProblem("doctype")

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    parser.StartElementHandler = lambda name, attrs: start(_local(name), attrs)
    if end is not None:
        parser.EndElementHandler = lambda name: end(_local(name))
    if text is not None:
        parser.CharacterDataHandler = text
    return parser


def _attr(attrs: dict, local: str) -> str | None:
    """An attribute by its local name, whatever its prefix (r:id, x:id ...)."""
    if local in attrs:
        return attrs[local]
    for key, value in attrs.items():
        if _local(key) == local:
            return value
    return None


class Book:
    def __init__(self, data: bytes):
        import io

        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
            raise XlsxProblem("not-xlsx") from None
        if len(infos) > MAX_PARTS:
            raise XlsxProblem("parts", len(infos))
        self.infos = {info.filename: info for info in infos}
        self.budget = _Budget()

    def _info(self, part: str) -> zipfile.ZipInfo | None:
        return self.infos.get(part)

    def parse(self, part: str, parser, progress: Callable[[int], None] | None = None) -> bool:
        """Parse a part if it exists (False when it does not)."""
        info = self._info(part)
        if info is None:
            return False
        if info.file_size > MAX_PART_BYTES:
            raise XlsxProblem("inflated", part)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise XlsxProblem("damaged", part)  # Excel and LibreOffice only store or deflate
        try:
            with self.zip.open(info) as member:
                self.budget.feed(member, parser, part, progress)
        except XlsxProblem:
            raise
        except (zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError, EOFError, OSError, ValueError):
            raise XlsxProblem("damaged", part) from None
        return True

    def relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """id -> (type, target part) of a part's relationships."""
        folder, name = posixpath.split(part)
        found: dict[str, tuple[str, str]] = {}

        def start(tag, attrs):
            if tag == "Relationship" and len(found) < MAX_PARTS:
                target = attrs.get("Target", "")
                if attrs.get("TargetMode") == "External":
                    return
                path = target[1:] if target.startswith("/") else posixpath.join(folder, target)
                found[attrs.get("Id", "")] = (attrs.get("Type", ""), posixpath.normpath(path))

        self.parse(posixpath.join(folder, "_rels", name + ".rels"), _parser(start))
        return found


def _workbook_part(book: Book) -> str:
    for kind, target in book.relationships("").values():
        if kind.endswith("/officeDocument"):
            return target
    return "xl/workbook.xml"


def _first_sheet(book: Book, workbook: str) -> tuple[str, str, bool, dict[str, str]]:
    """(sheet name, worksheet part, 1904 dates, other parts by kind) of the workbook's first worksheet."""
    sheets: list[tuple[str, str]] = []
    settings = {"date1904": False}

    def start(tag, attrs):
        if tag == "sheet" and len(sheets) < MAX_PARTS:
            sheets.append((attrs.get("name", ""), _attr(attrs, "id") or ""))
        elif tag == "workbookPr":
            settings["date1904"] = attrs.get("date1904", "0").lower() in ("1", "true")

    if not book.parse(workbook, _parser(start)):
        raise XlsxProblem("not-xlsx")
    relations = book.relationships(workbook)
    parts = {}
    for kind, target in relations.values():
        for ending in RELATIONSHIP_TYPES[1:]:
            if kind.endswith(ending):
                parts.setdefault(ending, target)
    for title, rel in sheets:
        kind, target = relations.get(rel, ("", ""))
        if kind.endswith("/worksheet"):
            return title, target, settings["date1904"], parts
    raise XlsxProblem("no-sheet")


def _shared_strings(book: Book, part: str | None) -> list[str]:
    strings: list[str] = []
    state = {"depth": 0, "in_t": False, "phonetic": 0, "text": []}

    def start(tag, attrs):
        if tag == "si":
            state["text"] = []
        elif tag == "rPh":
            state["phonetic"] += 1
        elif tag == "t" and not state["phonetic"]:
            state["in_t"] = True

    def end(tag):
        if tag == "si":
            if len(strings) >= MAX_SHARED_STRINGS:
                raise XlsxProblem("strings", MAX_SHARED_STRINGS)
            strings.append("".join(state["text"]))
        elif tag == "rPh":
            state["phonetic"] -= 1
        elif tag == "t":
            state["in_t"] = False

    def text(data):
        if state["in_t"]:
            state["text"].append(data)

    if part:
        book.parse(part, _parser(start, end, text))
    return strings


def _date_styles(book: Book, part: str | None) -> set[int]:
    """The style numbers (cellXfs) whose number format is a date or time."""
    if not part:
        return set()
    codes: dict[int, str] = {}
    formats: list[int] = []
    state = {"xfs": False}

    def start(tag, attrs):
        if tag == "numFmt":
            try:
                codes[int(attrs.get("numFmtId", ""))] = attrs.get("formatCode", "")
            except ValueError:
                pass
        elif tag == "cellXfs":
            state["xfs"] = True
        elif tag == "xf" and state["xfs"] and len(formats) < 65536:
            try:
                formats.append(int(attrs.get("numFmtId", "0")))
            except ValueError:
                formats.append(0)

    def end(tag):
        if tag == "cellXfs":
            state["xfs"] = False

    book.parse(part, _parser(start, end))
    from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format

    dates = set()
    for index, number in enumerate(formats):
        code = codes.get(number, BUILTIN_FORMATS.get(number, ""))
        if 14 <= number <= 22 or 45 <= number <= 47 or (code and is_date_format(code)):
            dates.add(index)
    return dates


def _column(letters: str) -> int:
    number = 0
    for char in letters:
        number = number * 26 + ord(char) - 64
    return number


def column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _number_text(value: str, date: bool, date1904: bool) -> str:
    try:
        number = float(value)
    except ValueError:
        return value
    if date and 0 <= number < 2_958_466:  # up to the year 9999
        from openpyxl.utils.datetime import (
            CALENDAR_MAC_1904,
            CALENDAR_WINDOWS_1900,
            from_excel,
        )

        try:
            moment = from_excel(number, CALENDAR_MAC_1904 if date1904 else CALENDAR_WINDOWS_1900)
        except (ValueError, OverflowError):
            return value
        if hasattr(moment, "hour") and not hasattr(moment, "year"):  # a time of day
            return moment.strftime("%H:%M")
        if hasattr(moment, "hour") and (moment.hour or moment.minute):
            return moment.strftime("%Y-%m-%d %H:%M")
        return moment.strftime("%Y-%m-%d")
    if number.is_integer() and abs(number) < 1e16:
        return str(int(number))
    return value


def _cells(book: Book, part: str, strings: list[str], dates: set[int], date1904: bool, max_rows: int,
           max_columns: int, progress: Callable[[int], None] | None) -> Cells:
    found = Cells()
    cell: dict = {}
    state = {"row": 0, "column": 0, "count": 0, "in": None, "phonetic": 0}

    def start(tag, attrs):
        if tag == "row":
            try:
                state["row"] = int(attrs["r"]) if "r" in attrs else state["row"] + 1
            except ValueError:
                raise XlsxProblem("damaged", part) from None
            state["column"] = 0
        elif tag == "c":
            state["count"] += 1
            if state["count"] > MAX_CELLS:
                raise XlsxProblem("cells", MAX_CELLS)
            ref = attrs.get("r", "")
            match = CELL_REF.match(ref)
            if match:
                state["column"] = _column(match.group(1))
                state["row"] = int(match.group(2))
            else:
                state["column"] += 1
            cell.clear()
            cell.update(type=attrs.get("t", "n"), style=attrs.get("s", "0"), value=[], inline=[], formula=None)
            state["in"] = None
        elif not cell:
            return  # <v>, <f>, <t> outside a cell mean nothing
        elif tag == "v":
            state["in"] = "value"
        elif tag == "f":
            state["in"] = "formula"
            cell["formula"] = []
        elif tag == "rPh":
            state["phonetic"] += 1
        elif tag == "t" and cell.get("type") == "inlineStr" and not state["phonetic"]:
            state["in"] = "inline"

    def end(tag):
        if tag in ("v", "f", "t"):
            state["in"] = None
        elif tag == "rPh":
            state["phonetic"] -= 1
        elif tag == "c":
            _keep(found, cell, state["row"], state["column"], strings, dates, date1904, max_rows, max_columns)
            cell.clear()

    def text(data):
        where = state["in"] if cell else None
        if where == "value":
            cell["value"].append(data)
        elif where == "formula":
            cell["formula"].append(data)
        elif where == "inline":
            cell["inline"].append(data)

    book.parse(part, _parser(start, end, text), progress)
    return found


def _keep(found: Cells, cell: dict, row: int, column: int, strings: list[str], dates: set[int], date1904: bool,
          max_rows: int, max_columns: int) -> None:
    kind = cell.get("type", "n")
    value = "".join(cell.get("value", []))
    name = column_letters(column) + str(row) if column else str(row)
    if kind == "inlineStr":
        text = "".join(cell.get("inline", []))
    elif cell.get("formula") is not None and not value:
        text = ""
        if len(found.formulas) < 100:
            found.formulas.append((name, "=" + "".join(cell["formula"])[:60]))
    elif kind == "s":
        try:
            text = strings[int(value)]
        except (ValueError, IndexError):
            raise XlsxProblem("damaged", "sharedStrings") from None
    elif kind == "b":
        text = {"1": "ja", "0": "nee", "true": "ja", "false": "nee"}.get(value.strip().lower(), value)
    elif kind == "e":
        text = ""
        if len(found.errors) < 100:
            found.errors.append((name, value))
    elif kind in ("str", "d"):
        text = value
    else:
        try:
            style = int(cell.get("style") or 0)
        except ValueError:
            style = 0
        text = _number_text(value, style in dates, date1904) if value else ""
    if not text.strip():
        return
    if row < 1 or row > max_rows:
        raise XlsxProblem("rows", max_rows)
    if column < 1 or column > max_columns:
        raise XlsxProblem("columns", name, max_columns)
    found.values.setdefault(row, {})[column] = text


def read_first_sheet(data: bytes, max_rows: int, max_columns: int,
                     progress: Callable[[float], None] | None = None) -> tuple[str, list[list[str]], Cells]:
    """(sheet name, rows of text, the cells) of the first worksheet; raises XlsxProblem."""
    book = Book(data)
    workbook = _workbook_part(book)
    title, sheet_part, date1904, parts = _first_sheet(book, workbook)
    strings = _shared_strings(book, parts.get("/sharedStrings"))
    dates = _date_styles(book, parts.get("/styles"))
    info = book._info(sheet_part)
    if info is None:
        raise XlsxProblem("no-sheet")
    size = max(1, info.file_size)
    cells = _cells(book, sheet_part, strings, dates, date1904, max_rows, max_columns,
                   (lambda seen: progress(min(1.0, seen / size))) if progress else None)
    last = max(cells.values, default=0)
    rows = []
    for number in range(1, last + 1):
        values = cells.values.get(number, {})
        width = max(values, default=0)
        rows.append([values.get(column, "") for column in range(1, width + 1)])
    return title, rows, cells

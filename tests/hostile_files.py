"""Files from outside, good and hostile, made on the spot: pictures and spreadsheets (issue #22).

Used by the tests (tests/ is on sys.path through its conftest.py) and by benchmarks/hostile_inputs.py.
Big files are written as a stream, so making them costs little memory.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(path: Path, width: int = 4, height: int = 4, colour: bytes = b"\xff\x00\x00") -> Path:
    """A real RGB PNG of ``width`` x ``height``, written row by row (a 13000² one costs a few MB of memory)."""
    path = Path(path)
    packer = zlib.compressobj(6)
    row = b"\x00" + bytes((x * 7 + channel * 50) % 256 if colour is None else colour[channel]
                          for x in range(width) for channel in range(3))
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)))
        pending = b""
        for _ in range(height):
            pending += packer.compress(row)
            if len(pending) > 1 << 20:
                out.write(_chunk(b"IDAT", pending))
                pending = b""
        pending += packer.flush()
        out.write(_chunk(b"IDAT", pending) + _chunk(b"IEND", b""))
    return path


def png_header(path: Path, width: int, height: int, interlace: int = 0) -> Path:
    """Only the start of a huge PNG: its header says ``width`` x ``height``; the pixels are not there.
    Enough for every check that reads the header only (which is all a too-big picture may cost)."""
    Path(path).write_bytes(b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0,
                                                                               interlace))
                           + _chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + _chunk(b"IEND", b""))
    return Path(path)


def striped_png(path: Path, width: int, height: int) -> Path:
    """A big PNG with a pattern (so that scaling it down shows something)."""
    return png(path, width, height, colour=None)


def jpeg(path: Path, width: int = 8, height: int = 8) -> Path:
    from PIL import Image

    Image.new("RGB", (width, height), (20, 120, 200)).save(path, "JPEG")
    return Path(path)


# --- spreadsheets --------------------------------------------------------------------------------------------
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/'
                 '2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
                 'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType='
                 '"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
             '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
             '2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
            '2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            '<sheet name="kaarten" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                 'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                 'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                 'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
              'spreadsheetml/2006/main">')


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def inline_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{_escape(text)}</t></is></c>'


def xlsx(path: Path, sheet_data: str | None = None, *, rows: list[list[str]] | None = None,
         shared_strings: str | None = None, dimension: str | None = None, extra_parts=()) -> Path:
    """An .xlsx made by hand: ``rows`` as inline strings, or the <sheetData> content as given."""
    if sheet_data is None:
        from openpyxl.utils import get_column_letter

        sheet_data = "".join(
            f'<row r="{r}">' + "".join(inline_cell(f"{get_column_letter(c)}{r}", text)
                                       for c, text in enumerate(row, 1) if text) + "</row>"
            for r, row in enumerate(rows or [], 1))
    sheet = SHEET_HEAD + (f'<dimension ref="{dimension}"/>' if dimension else "") + \
        f"<sheetData>{sheet_data}</sheetData></worksheet>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("[Content_Types].xml", CONTENT_TYPES)
        book.writestr("_rels/.rels", ROOT_RELS)
        book.writestr("xl/workbook.xml", WORKBOOK)
        book.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        book.writestr("xl/worksheets/sheet1.xml", sheet)
        if shared_strings is not None:
            book.writestr("xl/sharedStrings.xml", shared_strings)
        for name, data in extra_parts:
            book.writestr(name, data)
    return Path(path)


def _stream_part(book: zipfile.ZipFile, name: str, head: str, repeated: str, count: int, tail: str) -> None:
    """One zip part of ``head`` + ``repeated`` x ``count`` + ``tail``, written as a stream."""
    with book.open(zipfile.ZipInfo(name), "w", force_zip64=True) as out:
        out.write(head.encode())
        block = (repeated * 10_000).encode()
        done = 0
        while done + 10_000 <= count:
            out.write(block)
            done += 10_000
        out.write((repeated * (count - done)).encode())
        out.write(tail.encode())


def xlsx_zip_bomb(path: Path, cells: int = 60_000_000) -> Path:
    """A small .xlsx whose worksheet inflates to gigabytes: one row with millions of empty styled cells
    (highly compressible; ~1.5 MB for 60 million)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as book:
        for name, text in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                           ("xl/workbook.xml", WORKBOOK), ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)):
            book.writestr(name, text)
        info = zipfile.ZipInfo("xl/worksheets/sheet1.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with book.open(info, "w", force_zip64=True) as out:
            out.write((SHEET_HEAD + '<sheetData><row r="1">' + inline_cell("A1", "titel") + "</row><row r=\"2\">"
                       ).encode())
            block = ('<c s="0"/>' * 100_000).encode()
            for _ in range(cells // 100_000):
                out.write(block)
            out.write(b"</row></sheetData></worksheet>")
    return Path(path)


def xlsx_many_strings(path: Path, strings: int = 30_000_000) -> Path:
    """An .xlsx with millions of tiny shared strings."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as book:
        for name, text in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                           ("xl/workbook.xml", WORKBOOK), ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)):
            book.writestr(name, text)
        book.writestr("xl/worksheets/sheet1.xml", SHEET_HEAD + '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>'
                      '</row><row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData></worksheet>')
        info = zipfile.ZipInfo("xl/sharedStrings.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with book.open(info, "w", force_zip64=True) as out:
            out.write(b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      b"<si><t>titel</t></si>")
            block = b"<si><t>a</t></si>" * 100_000
            for _ in range(strings // 100_000):
                out.write(block)
            out.write(b"</sst>")
    return Path(path)


def xlsx_last_column(path: Path, rows: int = 3000) -> Path:
    """A small .xlsx with a card per row and, in the first row, a cell in Excel's last column (XFD)."""
    data = ['<row r="1">' + inline_cell("A1", "titel") + inline_cell("XFD1", "x") + "</row>"]
    data += [f'<row r="{r}">' + inline_cell(f"A{r}", f"Kaart {r}") + "</row>" for r in range(2, rows + 2)]
    return xlsx(path, "".join(data), dimension=f"A1:XFD{rows + 1}")


def csv_many_copies(path: Path, rows: int = 4990, copies: int = 50) -> Path:
    """The 44 kB CSV of the issue: thousands of rows, each asking for 50 copies."""
    lines = ["titel;aantal"] + [f"K{r};{copies}" for r in range(rows)]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Path(path)

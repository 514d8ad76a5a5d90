"""What two programs put on paper, compared: the words of a PDF with where they sit on the page, read
by poppler's ``pdftotext -bbox`` (the same reader for every writer), and the drawing without its text
(fills, outlines, lines, symbols), rendered by pdfium.

A word is (text, left, right, baseline) in mm from the page's top-left corner. The baseline is worked
out from the word's box and the font metrics the PDF itself declares: poppler draws a box from the
descent to the ascent in the font descriptor, and writers declare different ascents for the same
font file (reportlab its own, Qt the font's hhea table), so box tops differ where letters do not.
"""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import dataclass

from PIL import ImageChops, ImageFilter
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ContentStream, NameObject

from reflectiespel.pdf.rasterise import pages as page_pictures

PT_TO_MM = 25.4 / 72.0
WORD = re.compile(r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">(.*?)</word>')


@dataclass(frozen=True)
class Word:
    text: str
    left: float
    right: float
    baseline: float


def descent_share(path) -> float:
    """How much of a word box lies under the baseline: -descent / (ascent - descent) of the PDF's fonts
    (one value for the whole file: every font it uses is a style of DejaVu Sans)."""
    shares = set()
    for page in PdfReader(path).pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for font in fonts.values():
            font = font.get_object()
            if "/DescendantFonts" in font:
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None:
                continue
            descriptor = descriptor.get_object()
            ascent, descent = float(descriptor["/Ascent"]), float(descriptor["/Descent"])
            shares.add(round(-descent / (ascent - descent), 3))
    assert len(shares) == 1, f"{path}: fonts with different metrics {shares}"
    return shares.pop()


def page_words(path) -> list[list[Word]]:
    """Every page's words, in the order poppler reads them."""
    share = descent_share(path)
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True,
                         timeout=60).stdout
    pages: list[list[Word]] = []
    for line in out.splitlines():
        if "<page " in line:
            pages.append([])
            continue
        match = WORD.search(line)
        if match:
            x1, y1, x2, y2 = (float(v) for v in match.groups()[:4])
            text = match.group(5).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace(
                "&quot;", '"').replace("&apos;", "'")
            baseline = y2 - share * (y2 - y1)
            pages[-1].append(Word(text, x1 * PT_TO_MM, x2 * PT_TO_MM, baseline * PT_TO_MM))
    return pages


def distance(a: Word, b: Word) -> float:
    return max(abs(a.left - b.left), abs(a.right - b.right), abs(a.baseline - b.baseline))


def mismatches(expected: list[Word], printed: list[Word], tolerance: float) -> list[str]:
    """Words of ``expected`` with no word of the same text within ``tolerance`` mm in ``printed``, and
    words ``printed`` has over; each printed word answers for one expected word."""
    left = list(printed)
    problems = []
    for word in expected:
        same = [w for w in left if w.text == word.text]
        best = min(same, key=lambda w: distance(word, w), default=None)
        if best is None or distance(word, best) > tolerance:
            where = f" (nearest {distance(word, best):.2f} mm away)" if best else ""
            problems.append(f"{word.text!r} at {word.left:.1f}, {word.baseline:.1f} mm{where}")
            continue
        left.remove(best)
    problems += [f"extra {w.text!r} at {w.left:.1f}, {w.baseline:.1f} mm" for w in left]
    return problems


def without_text(pdf: bytes) -> bytes:
    """The PDF with every text object (BT ... ET) taken out of its pages: what is left is the drawing."""
    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter()
    for page in reader.pages:
        content = ContentStream(page.get_contents(), reader)
        kept, inside = [], False
        for operands, operator in content.operations:
            inside = inside or operator == b"BT"
            if not inside:
                kept.append((operands, operator))
            inside = inside and operator != b"ET"
        content.operations = kept
        page[NameObject("/Contents")] = content
        writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def drawing_differences(expected: bytes, printed: bytes, dpi: float = 200, last: int | None = None) -> list[int]:
    """Per page, how far (0-255) the drawing without text of ``printed`` is from ``expected`` where no pixel
    within one pixel (0.13 mm at 200 dpi) comes close: edges that fall on another pixel are forgiven,
    anything moved, missing, added or in another colour is not."""
    found = []
    for want, have in zip(page_pictures(without_text(expected), dpi, 0, last),
                          page_pictures(without_text(printed), dpi, 0, last)):
        # Qt writes the paper size in whole points (A4: 595 x 842 pt, not 595.28 x 841.89); both are
        # drawn from the top-left corner, as a printer feeds the sheet
        size = (min(want.width, have.width), min(want.height, have.height))
        assert max(abs(want.width - have.width), abs(want.height - have.height)) <= 1
        want, have = want.crop((0, 0, *size)), have.crop((0, 0, *size))
        low, high = want.filter(ImageFilter.MinFilter(3)), want.filter(ImageFilter.MaxFilter(3))
        excess = ImageChops.add(ImageChops.subtract(have, high), ImageChops.subtract(low, have))
        found.append(max(band_max for _low, band_max in excess.getextrema()))
    return found

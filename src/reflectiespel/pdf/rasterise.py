"""PDF pages as pictures, with pdfium (pypdfium2): for printing the report through the system's print
dialog (the printed pages are the PDF's pages, one layout) and for the board as a picture in the Word
export (the same drawing as in the report). Never imports Qt: callers turn the pictures into what they
need."""

from __future__ import annotations

import io
from collections.abc import Iterator

from reportlab.pdfgen.canvas import Canvas

MAX_DPI = 300  # enough for any office printer; a page at 300 dpi is 2480 x 3508 pixels


def page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def pages(pdf: bytes, dpi: float, first: int = 0, last: int | None = None) -> Iterator:
    """Each page from ``first`` to ``last`` (0-based, inclusive) as an RGB PIL image at ``dpi`` (at most
    MAX_DPI), one at a time, so only one page is in memory."""
    import pypdfium2 as pdfium

    scale = min(dpi, MAX_DPI) / 72.0
    document = pdfium.PdfDocument(pdf)
    try:
        last = len(document) - 1 if last is None else min(last, len(document) - 1)
        for number in range(max(0, first), last + 1):
            page = document[number]
            try:
                bitmap = page.render(scale=scale, may_draw_forms=False)
                yield bitmap.to_pil().convert("RGB")
            finally:
                page.close()
    finally:
        document.close()


def flowable_png(flowable, width_pt: float, dpi: float = 200) -> bytes:
    """One reportlab flowable (the board drawing) drawn alone on a page of its own size, as PNG bytes."""
    from .fonts import REGULAR, register_fonts

    register_fonts()
    width, height = flowable.wrap(width_pt, width_pt * 4)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), initialFontName=REGULAR, initialFontSize=10)
    flowable.drawOn(canvas, 0, 0)
    canvas.showPage()
    canvas.save()
    (picture,) = pages(buffer.getvalue(), dpi)
    out = io.BytesIO()
    picture.save(out, "PNG", optimize=True)
    return out.getvalue()

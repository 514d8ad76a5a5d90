"""The report never crashes on input the session format accepts, and every font in every PDF is embedded."""

from __future__ import annotations

import io

from pypdf import PdfReader

from reflectiespel.core.sessions.session import MAX_TEXT, ActionItem
from reflectiespel.pdf.calibration import render_calibration
from reflectiespel.pdf.deckpdf import PrintOptions, render_pdf
from reflectiespel.pdf.report import render_report
from sessionfactory import make_session
from test_print_deck import numbered_deck


def unembedded_fonts(data: bytes) -> set[str]:
    """Names of fonts used on any page that carry no font file (the printer would substitute them)."""
    missing = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        fonts = page["/Resources"].get("/Font", {})
        for key in fonts:
            font = fonts[key].get_object()
            descriptor = font.get("/FontDescriptor")
            if font.get("/Subtype") == "/Type0":
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.add(str(font.get("/BaseFont")))
    return missing


def test_longest_action_items_split_across_pages_instead_of_crashing():
    session = make_session()
    long_words = ("woord " * (MAX_TEXT // 6 + 1))[:MAX_TEXT]
    session.steps[0].actions += [ActionItem(wat=long_words, wie="w" * 500, wanneer="z " * 100),
                                 ActionItem(wat="a" * MAX_TEXT, wie="b", wanneer="c")]
    data, _warnings = render_report(session)
    reader = PdfReader(io.BytesIO(data))
    text = "".join(page.extract_text() for page in reader.pages)
    assert text.count("woord") == long_words.count("woord")  # nothing lost at the page breaks
    a_lines = [line.strip() for line in text.splitlines() if set(line.strip()) == {"a"}]
    assert sum(map(len, a_lines)) == MAX_TEXT  # the unbroken word too, split at line ends
    action_pages = [i for i, page in enumerate(reader.pages) if "woord woord" in page.extract_text()]
    assert len(action_pages) >= 3


def test_every_font_in_every_pdf_is_embedded():
    report, _ = render_report(make_session())
    deck, _ = render_pdf(numbered_deck(12), PrintOptions())
    with_extras, _ = render_pdf(numbered_deck(12), PrintOptions(instructions=True, ink_saving=True, backs="fold"))
    for data in (report, deck, with_extras, render_calibration()):
        assert unembedded_fonts(data) == set()
    # the check itself sees an unembedded font
    from reportlab.pdfgen.canvas import Canvas
    buffer = io.BytesIO()
    c = Canvas(buffer)
    c.drawString(10, 10, "Helvetica")
    c.save()
    assert unembedded_fonts(buffer.getvalue()) == {"/Helvetica"}

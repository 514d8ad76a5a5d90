"""The path across sessions as one PDF page: vectors only, every practice, session and reason in its text,
labels inside the board and apart, in the window's language, with a title and a language tag."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from reflectiespel.core.base import i18n
from reflectiespel.core.board.boarddef import board_in, load_default_board
from reflectiespel.core.reports.path import ALL, GROUP, build_path, open_sessions
from reflectiespel.pdf.fonts import register_fonts
from reflectiespel.pdf.output import OutputError
from reflectiespel.pdf.pathpdf import PathDrawing, render_path_pdf, write_path_pdf

sys.path.insert(0, str(Path(__file__).parents[1] / "core"))
from test_path import year


@pytest.fixture
def path(tmp_path):
    board = load_default_board("nl")
    return build_path(open_sessions(year(tmp_path)).sessions, lambda s: board_in(board, s.language), board)


def words(data: bytes) -> str:
    return " ".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())


def test_one_landscape_page_of_vectors_with_every_practice_session_and_reason(path):
    data = render_path_pdf(path, GROUP, load_default_board("nl"))
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape
    xobjects = page["/Resources"].get("/XObject", {})
    assert not any(xobjects[name].get_object()["/Subtype"] == "/Image" for name in xobjects)  # no pictures
    text = words(data)
    for expected in ("Pad van onze praktijk: Team Noord", "Wijkkoor De Eik", "(eerder: Buurtkoor)", "Open atelier",
                     "Wijkkrant", "S1 2026-03-10 · Voorjaar", "S4 2026-12-01 · Winter",
                     "“we begonnen bij de zorgvraag”", "“the choir chose its own songs”", "kunst als middel",
                     "S3, S4",
                     "'Wijkkrant' staat alleen in sessie 3"):
        assert expected in text, expected
    assert reader.metadata.title == "Pad van onze praktijk: Team Noord"
    assert reader.trailer["/Root"]["/Lang"] == "nl-NL"


def test_a_perspective_or_all_of_them_are_on_the_page(path):
    assert "Anna" not in words(render_path_pdf(path, GROUP, load_default_board("nl")))
    everyone = words(render_path_pdf(path, ALL, load_default_board("nl")))
    assert "perspectief: alle perspectieven" in everyone and "S2 · Bram" in everyone
    anna = words(render_path_pdf(path, "anna", load_default_board("nl")))
    assert "perspectief: Anna" in anna and "2 Open atelier" not in anna  # only the choir has Anna's places


def test_labels_stay_inside_the_board_and_apart(path):
    register_fonts()
    c = Canvas(io.BytesIO(), pagesize=(842, 595))
    drawing = PathDrawing(path, ALL, load_default_board("nl"))
    drawing.wrap(500, 400)
    drawing.drawOn(c, 0, 0)
    boxes = drawing.labels.boxes
    # the group: the choir 4, the studio 3 (it stayed from S3 to S4: one label), the paper 1; Anna 2, Bram 1
    assert len(boxes) == 11
    x0, y0, x1, y1 = drawing.labels.frame
    assert all(x0 <= b[0] and b[2] <= x1 and y0 <= b[1] and b[3] <= y1 for b in boxes)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)


def test_the_page_speaks_english_when_the_window_does(path, tmp_path):
    i18n.set_language("en")
    (tmp_path / "en").mkdir()
    paths = year(tmp_path / "en")
    board = load_default_board("en")
    english = build_path(open_sessions(paths).sessions, lambda s: board_in(board, s.language), board)
    data = render_path_pdf(english, GROUP, board)
    text = words(data)
    assert "Path of our practice: Team Noord" in text and "art as a means" in text and "Sessions" in text
    assert PdfReader(io.BytesIO(data)).trailer["/Root"]["/Lang"] == "en-GB"


def test_a_target_that_cannot_be_written_is_said_and_an_old_file_stays(path, tmp_path):
    with pytest.raises(OutputError, match="bestaat niet"):
        write_path_pdf(path, tmp_path / "nergens" / "pad.pdf")
    old = tmp_path / "pad.pdf"
    old.write_bytes(b"%PDF-oud")
    write_path_pdf(path, old)
    assert old.read_bytes().startswith(b"%PDF-1.")

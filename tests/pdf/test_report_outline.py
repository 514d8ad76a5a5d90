"""The report says what it is: its language (/Lang), a title the viewer shows instead of the file name,
no author, and an outline (bookmarks) with the cover, every step, the agreements and the own cards, each
pointing at the page where that heading is printed."""

from __future__ import annotations

import io

from pypdf import PdfReader
from sessionfactory import make_session

from reflectiespel.core.sessions.session import Step
from reflectiespel.pdf.report import render_report


def outline(reader: PdfReader) -> list[tuple[str, int]]:
    return [(entry.title, reader.get_destination_page_number(entry)) for entry in reader.outline]


def page_text(reader: PdfReader, number: int) -> str:
    return " ".join(reader.pages[number].extract_text().split())


def test_the_report_carries_its_language_title_and_no_author():
    reader = PdfReader(io.BytesIO(render_report(make_session())[0]))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "nl-NL"
    assert reader.metadata.title == "Verslag: Reflectie Buurtcultuur"
    assert not reader.metadata.author  # nobody's name in the file
    assert reader.metadata.creator == "reflectiespel"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]  # the viewer shows the title, not 'verslag.pdf'
    assert root["/PageMode"] == "/UseOutlines"


def test_an_english_session_gives_an_english_report_language():
    session = make_session()
    session.language = "en"
    reader = PdfReader(io.BytesIO(render_report(session)[0]))
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert reader.metadata.title == "Report: Reflectie Buurtcultuur"
    assert [title for title, _page in outline(reader)][1] == "Step 1: Waarden kiezen"


def test_every_step_has_a_bookmark_that_opens_its_page():
    session = make_session()
    for number in range(4, 9):  # enough steps to fill more pages
        session.steps.append(Step(title=f"Ronde {number} <b>", instruction="Praat verder. " * 60))
    for index in range(len(session.steps)):  # the session went through every step (#24: only those are reported)
        session.go_to(index)
    reader = PdfReader(io.BytesIO(render_report(session)[0]))
    entries = outline(reader)
    titles = [title for title, _page in entries]
    assert titles == (["Reflectie Buurtcultuur", "Stap 1: Waarden kiezen", "Stap 2: Het bord",
                       "Stap 3: Eigen grensobject"] + [f"Stap {n}: Ronde {n} <b>" for n in range(4, 9)]
                      + ["Afspraken", "Deelname", "Jullie eigen kaarten"])
    pages = [page for _title, page in entries]
    assert pages == sorted(pages) and pages[-1] > 2  # in reading order, over several pages
    for title, page in entries:
        assert title in page_text(reader, page), (title, page)

"""The report's text as a Word document (pdf/worddoc.py): read back with python-docx for its structure,
and opened by LibreOffice Writer (headless, converted to plain text and to PDF) as a coordinator's
word processor would. One LibreOffice start for the module."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import docx
import pytest
from officeclients import convert, needs_libreoffice
from sessionfactory import make_session

from reflectiespel.cli import main
from reflectiespel.core.sessions.session import Note
from reflectiespel.core.sessions.storage import save_session
from reflectiespel.pdf.worddoc import render_docx

ACCENTS = "ë é ĳ € – café"


def session():
    made = make_session()
    made.steps[0].notes.append(Note(text=f"=HYPERLINK(\"x\") {ACCENTS}\nregel twee"))
    return made


def document(data: bytes):
    return docx.Document(io.BytesIO(data))


def test_headings_tables_and_the_board_picture_are_real_word_structure():
    doc = document(render_docx(session()))
    headings = [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert headings[0] == ("Title", "Reflectie Buurtcultuur")
    assert [text for style, text in headings if style == "Heading 1"] == [
        "Stap 1: Waarden kiezen", "Stap 2: Het bord", "Stap 3: Eigen grensobject", "Afspraken", "Deelname"]
    assert ("Heading 2", "Notities") in headings and ("Heading 2", "Het bord") in headings
    tables = [[[cell.text for cell in row.cells] for row in table.rows] for table in doc.tables]
    votes, board, agreements, participation = tables
    assert participation[0] == ["Stap", "Deden mee", "Telefoon", "Via begeleider", "Wie"]
    assert votes == [["Plaats", "Kaart", "Stemmen"], ["1", "erbij-horen", "3"], ["2", "jezelf-zijn", "2"]]
    assert len(board) == 1 + 4 and board[2][:2] == ["Buurtkoor", "Ann de Vries"]
    assert agreements[1] == ["Stuur de foto's <rond> & deel ze", "Ann", "2026-04-01", "open"]
    pictures = doc.inline_shapes
    assert len(pictures) == 1 and pictures[0].width.cm == pytest.approx(16, abs=0.1)
    notes = [p.text for p in doc.paragraphs if p.style.name == "List Bullet"]
    assert f"=HYPERLINK(\"x\") {ACCENTS}\nregel twee" in "\n".join(notes)


def test_the_document_says_its_language_and_carries_no_author():
    doc = document(render_docx(session()))
    properties = doc.core_properties
    assert properties.title == "Verslag: Reflectie Buurtcultuur"
    assert properties.author == "" and properties.last_modified_by == "" and properties.language == "nl-NL"
    assert 'w:val="nl-NL"' in doc.styles.element.xml
    english = make_session()
    english.language = "en"
    doc = document(render_docx(english))
    assert doc.core_properties.language == "en-GB"
    assert [p.text for p in doc.paragraphs if p.style.name == "Heading 1"][-2:] == ["Agreements", "Participation"]


def test_an_anonymous_document_carries_no_names():
    doc = document(render_docx(make_session(anonymous=True)))
    text = "\n".join(p.text for p in doc.paragraphs) + "\n".join(
        cell.text for table in doc.tables for row in table.rows for cell in row.cells)
    assert "Ann" not in text and "Bram" not in text and "Deelnemer 1" in text


def test_the_command_line_writes_a_word_document(tmp_path, monkeypatch, capsys):
    source = tmp_path / "sessie.reflectiespel"
    save_session(make_session(), source)
    monkeypatch.chdir(tmp_path)
    assert main(["export", str(source), "--format", "docx"]) == 0
    assert "Geëxporteerd: sessie.docx" in capsys.readouterr().out
    assert document((tmp_path / "sessie.docx").read_bytes()).paragraphs[0].text == "Reflectie Buurtcultuur"


@pytest.fixture(scope="module")
def writer(tmp_path_factory):
    """The document as LibreOffice Writer holds it, saved as flat OpenDocument text: headings with their
    outline level, paragraphs, table cells and pictures."""
    folder = tmp_path_factory.mktemp("writer")
    source = folder / "verslag.docx"
    source.write_bytes(render_docx(session()))
    (made,) = convert([source], "fodt", folder)
    root = ET.parse(made).getroot()
    ns = {"text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
          "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
          "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
          "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"}

    def text(node) -> str:
        parts = [node.text or ""]
        for child in node:
            parts.append("\n" if child.tag.endswith("}line-break") else text(child))
            parts.append(child.tail or "")
        return "".join(parts)

    body = root.find(".//{urn:oasis:names:tc:opendocument:xmlns:office:1.0}text")
    return {
        "headings": [(int(h.get(f"{{{ns['text']}}}outline-level", "0")), text(h))
                     for h in body.iter(f"{{{ns['text']}}}h")],
        "paragraphs": [text(p) for p in body.iter(f"{{{ns['text']}}}p")],
        "rows": [[text(cell).strip() for cell in row.findall("table:table-cell", ns)]
                 for row in body.iter(f"{{{ns['table']}}}table-row")],
        "pictures": [(frame.get(f"{{{ns['svg']}}}width"), frame.find("draw:image", ns))
                     for frame in body.iter(f"{{{ns['draw']}}}frame")],
    }


@needs_libreoffice
def test_libreoffice_writer_finds_the_headings_as_an_outline(writer):
    levels = [(level, title) for level, title in writer["headings"] if level == 1]
    assert [title for _level, title in levels] == ["Stap 1: Waarden kiezen", "Stap 2: Het bord",
                                                   "Stap 3: Eigen grensobject", "Afspraken", "Deelname"]
    assert (2, "Notities") in writer["headings"] and (2, "Het bord") in writer["headings"]


@needs_libreoffice
def test_libreoffice_writer_reads_the_text_with_the_accents_intact(writer):
    paragraphs = "\n".join(writer["paragraphs"])
    for expected in (f"=HYPERLINK(\"x\") {ACCENTS}\nregel twee", "Een notitie met <b>vet</b> & ampersand",
                     "Onze wijkkaart <b>", "Wat mist er?", "Kies een kaart die je raakt & vertel waarom."):
        assert expected in paragraphs, expected


@needs_libreoffice
def test_libreoffice_writer_keeps_one_table_row_per_vote_place_and_agreement(writer):
    rows = writer["rows"]
    assert ["1", "erbij-horen", "3"] in rows and ["2", "jezelf-zijn", "2"] in rows
    assert sum(row[:2] in (["Buurtkoor", "de groep"], ["Atelier <i>&", "de groep"]) for row in rows) == 2
    assert ["Stuur de foto's <rond> & deel ze", "Ann", "2026-04-01", "open"] in rows
    assert ["Lied opnemen", "het team", "mei", "open"] in rows


@needs_libreoffice
def test_libreoffice_writer_shows_the_board_as_a_picture_16_cm_wide(writer):
    (width, image), = writer["pictures"]
    centimetres = float(width[:-2]) * (2.54 if width.endswith("in") else 1.0)
    assert abs(centimetres - 16) < 0.1, width
    assert image is not None

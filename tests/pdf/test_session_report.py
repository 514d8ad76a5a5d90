"""The session report and the exports: read them back and check what a participant would see."""

from __future__ import annotations

import csv
import io
import json

import pytest
from pypdf import PdfReader

from pdfshapes import page_shapes
from reflectiespel.cli import main
from reflectiespel.core.reports.export import to_csv, to_json, to_markdown
from reflectiespel.core.sessions.storage import save_session
from reflectiespel.pdf.report import render_report
from sessionfactory import make_session


def report_text(session, **kw) -> tuple[PdfReader, str]:
    data, _warnings = render_report(session, **kw)
    reader = PdfReader(io.BytesIO(data))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def test_report_holds_notes_and_action_items_verbatim_with_markup():
    reader, text = report_text(make_session())
    flat = " ".join(text.split())
    assert "Een notitie met <b>vet</b> & ampersand" in flat
    assert "met een nieuwe regel en ĳs café €" in flat
    assert "Stuur de foto's <rond> & deel ze" in flat
    assert "We stuurden meer samen <samen>." in flat
    for word in ("Reflectie Buurtcultuur", "12 maart 2026", "Arnhem", "Team Cultuur & Zorg", "Fatima",
                 "Ann de Vries", "Bram <b>&", "Afspraken", "Wat", "Wie", "Wanneer", "Lied opnemen", "het team",
                 "Kies een kaart die je raakt & vertel waarom."):
        assert word in flat, word


def test_report_has_page_numbers_and_a4_or_letter():
    for paper, height in (("a4", 297), ("letter", 279.4)):
        reader, text = report_text(make_session(), paper=paper)
        assert float(reader.pages[0].mediabox.height) == pytest.approx(height * 72 / 25.4, abs=0.6)
        total = len(reader.pages)
        assert f"pagina 1 van {total}" in reader.pages[0].extract_text()


def test_votes_are_ranked_most_first():
    _reader, text = report_text(make_session())
    flat = " ".join(text.split())
    assert flat.index("1 erbij-horen 3") < flat.index("2 jezelf-zijn 2")


def test_anonymous_report_names_nobody():
    _reader, text = report_text(make_session(anonymous=True))
    assert "Ann de Vries" not in text and "Bram" not in text.replace("Bram <b>&", "")
    assert "Bram <b>&" not in text
    assert "Deelnemer 1" in text


def test_group_cards_are_printed_cut_ready_on_the_front_of_a_sheet():
    reader, _text = report_text(make_session())
    card_pages = [i for i, page in enumerate(reader.pages) if page_shapes(page).clips]
    assert len(card_pages) == 2
    front, back = card_pages
    assert front % 2 == 0 and back == front + 1  # page numbers 1-based: the fronts are on an odd page
    boxes = page_shapes(reader.pages[front]).clips
    assert len(boxes) == 2
    for box in boxes:
        assert (box.w, box.h) == pytest.approx((63, 88), abs=0.2)
    assert "Onze wijkkaart <b>" in reader.pages[front].extract_text()
    assert "Eigen kaart" in reader.pages[back].extract_text()


def test_board_is_drawn_as_vector_graphics():
    _reader, text = report_text(make_session())
    assert "Buurtkoor" in text and "Atelier <i>&" in text and "kunst als middel" in text


def test_cli_report_and_unreadable_session(tmp_path, capsys):
    session_file = tmp_path / "s.reflectiespel"
    save_session(make_session(), session_file)
    assert main(["report", str(session_file), "-o", str(tmp_path / "verslag.pdf")]) == 0
    assert PdfReader(tmp_path / "verslag.pdf").pages
    bad = tmp_path / "kapot.reflectiespel"
    bad.write_text("{niet goed", encoding="utf-8")
    assert main(["report", str(bad), "-o", str(tmp_path / "x.pdf")]) == 1
    assert "kapot.reflectiespel" in capsys.readouterr().err
    assert main(["report", str(tmp_path / "bestaat-niet.reflectiespel"), "-o", str(tmp_path / "x.pdf")]) == 1
    assert main(["export", str(bad), "--format", "csv", "-o", str(tmp_path / "x.csv")]) == 1
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.csv").exists()


def test_csv_opens_in_dutch_excel_one_row_per_note_vote_and_action():
    data = to_csv(make_session())
    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    kinds = [row["soort"] for row in table]
    assert kinds.count("notitie") == 2 and kinds.count("stem") == 2 and kinds.count("actiepunt") == 2
    note = table[0]
    assert note["tekst"] == "Een notitie met <b>vet</b> & ampersand"
    assert note["deelnemer"] == "Bram <b>&" and note["kaart"] == "jezelf-zijn" and note["stap"] == "1"
    assert "ĳs café €" in table[1]["tekst"]


def test_anonymous_exports_carry_no_names():
    session = make_session(anonymous=True)
    for data in (to_csv(session), to_json(session), to_markdown(session)):
        decoded = data.decode("utf-8-sig")
        assert "Ann de Vries" not in decoded and "Bram" not in decoded


def test_json_and_markdown_exports(tmp_path, capsys):
    data = json.loads(to_json(make_session()))
    assert data["sessie"]["titel"] == "Reflectie Buurtcultuur"
    assert data["stappen"][0]["notities"][0]["tekst"] == "Een notitie met <b>vet</b> & ampersand"
    assert data["stappen"][0]["stemmen"][0] == {"kaart": "erbij-horen", "stemmen": 3}
    markdown = to_markdown(make_session()).decode("utf-8")
    assert "&lt;b>vet&lt;/b> & ampersand" in markdown
    assert "| Stuur de foto's &lt;rond> & deel ze | Ann | 2026-04-01 |" in markdown
    session_file = tmp_path / "s.reflectiespel"
    save_session(make_session(), session_file)
    assert main(["export", str(session_file), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["stappen"][2]["eigen_kaarten"][0]["titel"] == "Onze wijkkaart <b>"


def test_anonymous_report_and_exports_replace_a_name_typed_in_wie():
    session = make_session(anonymous=True)  # an action says wie="Ann"
    _reader, text = report_text(session)
    flat = " ".join(text.split())
    assert "Ann" not in flat.replace("Annu", "")
    assert "Stuur de foto's <rond> & deel ze Deelnemer 1" in flat
    for data in (to_csv(session), to_json(session), to_markdown(session)):
        decoded = data.decode("utf-8-sig")
        assert "Ann" not in decoded and "Deelnemer 1" in decoded
    assert "het team" in to_markdown(session).decode()  # other words in 'wie' stay


def test_markdown_and_csv_carry_the_board_and_the_groups_own_cards():
    markdown = to_markdown(make_session()).decode("utf-8")
    assert "### Het bord" in markdown and "| Buurtkoor | de groep |" in markdown
    assert "| Buurtkoor | Ann de Vries |" in markdown  # a perspective, by its name
    assert "### Eigen kaarten" in markdown and "**Onze wijkkaart &lt;b>**" in markdown
    assert "- Wat mist er?" in markdown and "*Opdracht:* Teken je eigen plek." in markdown
    table = list(csv.DictReader(io.StringIO(to_csv(make_session()).decode("utf-8-sig"), newline=""), delimiter=";"))
    board = [row for row in table if row["soort"] == "bord"]
    assert len(board) == 4 and all(row["plek"] for row in board)
    assert {row["kaart"] for row in board} == {"Buurtkoor", "Atelier <i>&"}
    cards = [row for row in table if row["soort"] == "eigen kaart"]
    assert [row["kaart"] for row in cards] == ["Onze wijkkaart <b>", "Het lied"]
    assert "Wat mist er?" in cards[0]["tekst"] and "Teken je eigen plek." in cards[0]["tekst"]


def test_markdown_numbered_card_titles_do_not_become_nested_lists():
    import re

    from reflectiespel.core.decks.library import default_library
    from reflectiespel.core.sessions.session import Step, Vote

    library = default_library()
    first = next(c for c in library.get("zeven-verandertips").play_cards if c.title.startswith("1."))
    session = make_session()
    session.steps.append(Step(id="s-9", kind="cards", title="Tips", deck_id="zeven-verandertips",
                              votes=[Vote(participant_id="p-ann", target=first.id, count=2)]))
    markdown = to_markdown(session, library).decode("utf-8")
    assert not re.search(r"^\s*\d+\.\s+\d+\.", markdown, flags=re.M)
    assert f"| 1 | 1\\. {first.title[3:]} | 2 |" in markdown

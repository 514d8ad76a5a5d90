"""The step kinds of issue #29 read back from the report (PDF text) and from every export: CSV, Markdown,
JSON and the xlsx workbook's sheet per kind; in the session's language, without names when anonymous."""

from __future__ import annotations

import csv
import io
import json

import openpyxl
import pytest
from pypdf import PdfReader

from reflectiespel.core.reports import export
from reflectiespel.core.input import wordcloud
from reflectiespel.core.sessions.session import Session, Step
from reflectiespel.core.reports.workbook import to_xlsx
from reflectiespel.pdf.report import render_report


def pdf_text(session) -> str:
    data, _warnings = render_report(session)
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def sheet(session, name: str) -> list[list]:
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx(session)))
    return [list(row) for row in book[name].iter_rows(values_only=True)]


@pytest.fixture
def cloud_session() -> Session:
    session = Session(title="Slot", steps=[Step(id="s-wolk", kind="wordcloud", title="In één woord")])
    people = [session.add_participant(name).value.id for name in ("Ann", "Bo", "Cem")]
    for pid in people:
        wordcloud.add_words(session, "s-wolk", ["Verbinding"], pid, "phone")
    wordcloud.add_words(session, "s-wolk", ["rust", "de"], people[0], "phone")
    wordcloud.add_words(session, "s-wolk", ["verbondenheid"], None, "console")  # the facilitator, for the group
    wordcloud.merge_words(session, "s-wolk", ["verbondenheid"], "verbinding")
    wordcloud.set_hidden(session, "s-wolk", "rust")
    return session


def test_the_word_cloud_is_in_the_report_with_counts_and_what_was_hidden(cloud_session):
    text = pdf_text(cloud_session)
    assert "Woordwolk" in text
    assert "Verbinding (+ verbondenheid) 4 ja" in " ".join(text.split())
    assert "rust 1 nee (verborgen)" in " ".join(text.split())
    assert "de 1 nee (stopwoord)" in " ".join(text.split())
    assert "1 van de woorden zijn ingevoerd door de begeleider" in " ".join(text.split())


def test_the_word_cloud_is_in_every_export(cloud_session):
    rows = list(csv.reader(io.StringIO(export.to_csv(cloud_session).decode("utf-8-sig")), delimiter=";"))
    words = [(r[5], r[6], r[9]) for r in rows[1:] if r[0] == "woord"]
    assert words == [("Verbinding", "4", ""), ("rust", "1", "verborgen"), ("de", "1", "stopwoord")]
    markdown = export.to_markdown(cloud_session).decode("utf-8")
    assert "### Woordwolk" in markdown and "| Verbinding (+ verbondenheid) | 4 | ja |" in markdown
    data = json.loads(export.to_json(cloud_session))
    assert data["stappen"][0]["woordwolk"][0] == {"woord": "Verbinding", "aantal": 4, "status": "",
                                                  "samengevoegd": ["verbondenheid"]}
    assert sheet(cloud_session, "woordwolk") == [
        ["stap", "stap_titel", "woord", "aantal", "status", "samengevoegd"],
        [1, "In één woord", "Verbinding", 4, None, "verbondenheid"],
        [1, "In één woord", "rust", 1, "verborgen", None],
        [1, "In één woord", "de", 1, "stopwoord", None]]


def test_an_english_session_writes_its_word_cloud_in_english(cloud_session):
    cloud_session.language = "en"
    data = json.loads(export.to_json(cloud_session))
    assert data["steps"][0]["word_cloud"][0]["count"] == 4
    assert "Word cloud" in pdf_text(cloud_session)
    assert sheet(cloud_session, "word cloud")[0][2:4] == ["word", "count"]


@pytest.fixture
def scale_session() -> Session:
    from reflectiespel.core.input import ratings
    from reflectiespel.core.sessions.stepinput import RatingRow, RatingsBefore, RatingScale

    scale = RatingScale(rows=[RatingRow(id="r1", text="Lichaamsfuncties"), RatingRow(id="r2", text="Zingeving")],
                        before=RatingsBefore(title="Maart", values={"r1": [2, 4, 6]}))
    session = Session(title="Gezondheid", steps=[Step(id="s-schaal", kind="rating", title="Hoe sta je ervoor?",
                                                      scale=scale)])
    people = [session.add_participant(name).value.id for name in ("Ann", "Bo", "Cem")]
    for pid, value in zip(people, (3, 7, 9)):
        ratings.rate(session, "s-schaal", pid, "r1", value, "phone")
    ratings.rate(session, "s-schaal", people[0], "r2", 5, "console")
    return session


def test_the_scale_is_in_the_report_with_every_mark_the_middle_and_last_time(scale_session):
    text = " ".join(pdf_text(scale_session).split())
    assert "Schaal van 0 tot 10" in text
    assert "Lichaamsfuncties 3, 7, 9 7 4" in text  # every mark, the middle, last time's middle
    assert "Zingeving 5 5" in text
    assert "1 cijfers zijn ingevoerd door de begeleider" in text


def test_the_scale_is_in_every_export_and_without_names_when_anonymous(scale_session):
    rows = list(csv.reader(io.StringIO(export.to_csv(scale_session).decode("utf-8-sig")), delimiter=";"))
    marks = [(r[4], r[5], r[6], r[7]) for r in rows[1:] if r[0] == "cijfer"]
    assert marks == [("Ann", "Lichaamsfuncties", "3", "telefoon"), ("Bo", "Lichaamsfuncties", "7", "telefoon"),
                     ("Cem", "Lichaamsfuncties", "9", "telefoon"), ("Ann", "Zingeving", "5", "begeleider")]
    markdown = export.to_markdown(scale_session).decode("utf-8")
    assert "| Lichaamsfuncties | 3, 7, 9 | 7 | 3 – 9 | 4 |" in markdown
    data = json.loads(export.to_json(scale_session))
    assert data["stappen"][0]["schaal"][0] == {"vraag": "Lichaamsfuncties", "cijfers": [3, 7, 9], "mediaan": 7,
                                              "laagste": 3, "hoogste": 9, "vorige_keer": [2, 4, 6]}
    assert sheet(scale_session, "schaal")[1] == [1, "Hoe sta je ervoor?", "Lichaamsfuncties", 3, 7, 3, 9, "3, 7, 9", 4]
    assert sheet(scale_session, "cijfers")[4] == [1, "Hoe sta je ervoor?", "Zingeving", "Ann", 5, "begeleider"]
    scale_session.anonymous = True
    assert "Ann" not in export.to_csv(scale_session).decode("utf-8-sig")
    assert "Ann" not in pdf_text(scale_session)
    assert sheet(scale_session, "cijfers")[4][3] == "Deelnemer 1"


@pytest.fixture
def wall_session() -> Session:
    from reflectiespel.core.input import ideas

    session = Session(title="Plannen", steps=[Step(id="s-muur", kind="ideas", title="Wat gaan we doen?"),
                                              Step(id="s-af", kind="free", title="Afspraken")])
    ann, bo = [session.add_participant(name).value.id for name in ("Ann", "Bo")]
    koor = ideas.add_idea(session, "s-muur", "Een koor", ann, "phone").value
    zang = ideas.add_idea(session, "s-muur", "Samen zingen", bo, "phone").value
    lunch = ideas.add_idea(session, "s-muur", "Een buurtlunch", None, "console").value
    for pid, idea in ((ann, koor), (bo, zang), (bo, koor), (ann, lunch)):
        ideas.upvote(session, "s-muur", pid, idea.id)
    ideas.merge_ideas(session, "s-muur", [zang.id], koor.id)
    ideas.set_pinned(session, "s-muur", koor.id)
    ideas.set_hidden(session, "s-muur", lunch.id)
    return session


def test_the_idea_wall_is_in_the_report_and_every_export(wall_session):
    text = " ".join(pdf_text(wall_session).split())
    assert "Ideeënmuur" in text and "Een koor + Samen zingen 3 vastgepind" in text
    assert "Een buurtlunch 1 verborgen" in text and "1 ideeën zijn ingevoerd door de begeleider" in text
    assert "Stemmen Plaats" not in text  # the wall's votes are in its own table, not as cards
    rows = list(csv.reader(io.StringIO(export.to_csv(wall_session).decode("utf-8-sig")), delimiter=";"))
    assert [(r[4], r[5], r[6], r[9]) for r in rows[1:] if r[0] == "idee"] == [
        ("Ann", "Een koor", "3", "vastgepind"), ("", "Een buurtlunch", "1", "verborgen")]
    assert "| Een koor + Samen zingen | 3 | vastgepind |" in export.to_markdown(wall_session).decode("utf-8")
    data = json.loads(export.to_json(wall_session))
    assert data["stappen"][0]["ideeen"][0] == {"idee": "Een koor", "stemmen": 3, "status": "vastgepind",
                                              "samengevoegd": ["Samen zingen"]}
    assert sheet(wall_session, "ideeën")[1:] == [
        [1, "Wat gaan we doen?", "Een koor", 3, "vastgepind", "Samen zingen", "telefoon"],
        [1, "Wat gaan we doen?", "Een buurtlunch", 1, "verborgen", None, "begeleider"]]

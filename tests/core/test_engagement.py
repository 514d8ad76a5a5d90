"""Who took part per step (issue #29.7), from a phone or through the facilitator, counted once per person;
in the report and every export; no names when the session is anonymous. And the mixed room (issue
#29.6): a vote from a phone and one the facilitator entered count the same in every tally."""

import csv
import io
import json

import openpyxl
import pytest
from pypdf import PdfReader

from reflectiespel.core.reports import export
from reflectiespel.core.input import ideas, ratings, wordcloud
from reflectiespel.core.reports.engagement import engagement
from reflectiespel.core.sessions.session import Session, Step
from reflectiespel.core.sessions.stepinput import RatingRow, RatingScale
from reflectiespel.core.sessions.tally import vote_tally
from reflectiespel.core.reports.workbook import to_xlsx
from reflectiespel.pdf.report import render_report


@pytest.fixture
def session():
    session = Session(title="Gemengd", vote_budget=3, steps=[
        Step(id="s-kaart", kind="values", title="Kies en stem", card_ids=["a", "b"], vote_budget=3, max_choices=1),
        Step(id="s-wolk", kind="wordcloud", title="Woorden"),
        Step(id="s-schaal", kind="rating", title="Cijfers", scale=RatingScale(rows=[RatingRow(id="r1", text="Rust")])),
        Step(id="s-niets", kind="free", title="Pauze")])
    ann, bo, cem = [session.add_participant(n).value.id for n in ("Ann", "Bo", "Cem")]
    session.add_vote("s-kaart", ann, "a", 1, via="phone")
    session.add_vote("s-kaart", ann, "a", 1, via="console")  # the facilitator adds one for Ann too
    session.add_vote("s-kaart", bo, "a", 2, via="console")  # Bo has no phone
    session.set_choice("s-kaart", cem, "b", via="phone")
    session.add_note("s-kaart", "Goed punt", cem, via="phone")
    wordcloud.add_words(session, "s-wolk", ["rust"], ann, "phone")
    wordcloud.add_words(session, "s-wolk", ["lef"], bo, "console")
    ratings.rate(session, "s-schaal", cem, "r1", 7, "console")
    return session


def test_a_vote_counts_the_same_wherever_it_came_from(session):
    step = session.step("s-kaart")
    tally = {row.target: row.total for row in vote_tally(session, step).rows}
    assert tally["a"] == 4 and step.ranked_votes() == [("a", 4)]
    assert session.votes_left(step, session.participants[0].id) == 1  # one budget, both ways together
    session.remove_vote("s-kaart", session.participants[0].id, "a", 1, via="console")
    assert [(v.count, v.via) for v in step.votes if v.participant_id == session.participants[0].id] == [(1, "phone")]


def test_each_step_counts_who_took_part_by_phone_and_through_the_facilitator(session):
    found = {e.title: (e.total, e.phone, e.console) for e in engagement(session)}
    assert found == {"Kies en stem": (3, 2, 2), "Woorden": (2, 1, 1), "Cijfers": (1, 0, 1), "Pauze": (0, 0, 0)}


def test_engagement_is_in_the_report_and_every_export_without_names_when_anonymous(session):
    def pdf() -> str:
        return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(render_report(session)[0])).pages).split())

    assert "Deelname" in pdf() and "1. Kies en stem 3 2 2 Ann, Bo, Cem" in pdf()
    rows = list(csv.reader(io.StringIO(export.to_csv(session).decode("utf-8-sig")), delimiter=";"))
    assert [(r[1], r[6], r[5]) for r in rows[1:] if r[0] == "deelname"] == [
        ("1", "3", "2 via telefoon, 2 via begeleider"), ("2", "2", "1 via telefoon, 1 via begeleider"),
        ("3", "1", "0 via telefoon, 1 via begeleider")]
    assert json.loads(export.to_json(session))["deelname"][0] == {
        "stap": 1, "deden_mee": 3, "via_telefoon": 2, "via_begeleider": 2, "anders": 0, "namen": "Ann, Bo, Cem"}
    assert "| 1. Kies en stem | 3 | 2 | 2 | Ann, Bo, Cem |" in export.to_markdown(session).decode("utf-8")
    sheet = openpyxl.load_workbook(io.BytesIO(to_xlsx(session)))["deelname"]
    assert [list(r) for r in sheet.iter_rows(values_only=True)][1] == [1, "Kies en stem", 3, 2, 2, 0, "Ann, Bo, Cem"]
    session.anonymous = True
    assert "1. Kies en stem 3 2 2" in pdf() and "Ann" not in pdf() and "geen namen" in pdf()
    assert "namen" not in json.loads(export.to_json(session))["deelname"][0]
    assert "Ann" not in export.to_markdown(session).decode("utf-8")
    sheet = openpyxl.load_workbook(io.BytesIO(to_xlsx(session)))["deelname"]
    assert [list(r) for r in sheet.iter_rows(values_only=True)][1][6] is None


def test_an_idea_vote_from_the_console_and_one_from_a_phone_count_together():
    session = Session(title="Muur", steps=[Step(id="s-muur", kind="ideas", title="Ideeën")])
    ann, bo = [session.add_participant(n).value.id for n in ("Ann", "Bo")]
    idea = ideas.add_idea(session, "s-muur", "Samen eten", ann, "phone").value
    ideas.upvote(session, "s-muur", ann, idea.id, 1, "phone")
    ideas.upvote(session, "s-muur", bo, idea.id, 1, "console")
    assert ideas.wall(session.step("s-muur"))[0].votes == 2
    assert {e.title: (e.phone, e.console) for e in engagement(session)} == {"Ideeën": (1, 1)}


def test_the_word_document_has_the_new_kinds_and_the_engagement_too(session):
    import docx

    from reflectiespel.pdf.worddoc import render_docx

    document = docx.Document(io.BytesIO(render_docx(session)))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Woordwolk" in headings and "Schaal van 0 tot 10" in headings and headings[-1] == "Deelname"
    cells = [[c.text for c in row.cells] for table in document.tables for row in table.rows]
    assert ["1. Kies en stem", "3", "2", "2", "Ann, Bo, Cem"] in cells
    assert ["Rust", "7", "7", "–"] in cells

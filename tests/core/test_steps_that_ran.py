"""Which steps came up in a session: a step jumped over did not run, and the report and export say so."""

import json

import pytest

from reflectiespel.core.reports.export import export
from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.storage import open_session, save_session
from reflectiespel.core.sessions.templates import default_templates, new_session_from_template
from reflectiespel.pdf.report import render_report
from reflectiespel.resources import builtin_decks_dir


@pytest.fixture(scope="module")
def library():
    return Library(builtin_decks_dir()).load()


@pytest.fixture
def tips(library):
    session = new_session_from_template(default_templates().get("zeven-verandertips"), library)
    session.add_participant("Anna")
    return session


def numbers(session) -> list[int]:
    return [number for number, _step in session.steps_that_ran()]


def test_jumping_ahead_leaves_the_steps_in_between_out(tips):
    assert numbers(tips) == [1]
    tips.advance()
    tips.go_to(5)  # the facilitator double-clicks step 6 in the agenda
    assert numbers(tips) == [1, 2, 6]
    tips.go_to(2)  # and back to step 3
    assert numbers(tips) == [1, 2, 3, 6]


def test_a_step_with_captured_work_counts_even_when_never_shown(tips):
    tips.add_note(tips.steps[7].id, "Alvast opgeschreven")
    assert numbers(tips) == [1, 8]


def test_the_steps_that_ran_are_saved_and_opened_again(tips, tmp_path):
    tips.go_to(3)
    path = tmp_path / "tips.reflectiespel"
    save_session(tips, path)
    again = open_session(path)
    assert numbers(again) == [1, 4]


def test_a_session_from_an_older_version_still_opens_with_every_step_up_to_the_current_one(tips, tmp_path):
    tips.go_to(3)
    data = json.loads(tips.model_dump_json())
    del data["ran_steps"]  # as written before the app kept it
    path = tmp_path / "oud.reflectiespel"
    path.write_text(json.dumps(data), encoding="utf-8")
    old = open_session(path)
    assert old.ran_steps is None and numbers(old) == [1, 2, 3, 4]
    old.go_to(8)  # going on from there keeps what the agenda showed, and adds only what comes up now
    assert numbers(old) == [1, 2, 3, 4, 9]


def test_the_report_and_the_export_list_exactly_the_steps_that_ran(tips, library, tmp_path):
    from pypdf import PdfReader

    tips.go_to(3)  # from step 1 straight to step 4
    tips.add_note(tips.steps[3].id, "Bewoners zelf vergeten")
    markdown = export(tips, "md", library=library).decode("utf-8")
    assert "## Stap 1:" in markdown and "## Stap 4:" in markdown
    assert "## Stap 2:" not in markdown and "## Stap 3:" not in markdown and "## Stap 9:" not in markdown
    exported = json.loads(export(tips, "json", library=library))
    assert [s["titel"] for s in exported["stappen"]] == [tips.steps[0].title, tips.steps[3].title]
    pdf, _warnings = render_report(tips, library=library)
    (tmp_path / "verslag.pdf").write_bytes(pdf)
    words = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "verslag.pdf").pages)
    assert "Stap 4:" in words and "Stap 2:" not in words and "Stap 3:" not in words
    done = words.split("Wat we deden", 1)[1].split("Stap 1:", 1)[0]
    assert tips.steps[1].title not in done and tips.steps[3].title in done
    assert "2. 1." not in words and "4. 3." not in words, "a tip's own number is not numbered again"

"""One place knows the kinds of step (core/sessions/stepkinds.py): the session format, the routes, the docs and
the code all follow it, and a new kind cannot slip into the format without a new format version."""

import re
from pathlib import Path

import pytest

from reflectiespel.core.sessions import storage
from reflectiespel.core.base.problems import FileProblems
from reflectiespel.core.sessions.session import SESSION_FORMAT_VERSION, Session, Step
from reflectiespel.core.sessions.stepkinds import (
    KINDS,
    ROUTE_KINDS,
    kind_of,
    kinds_in_version,
    newest_version,
    route_kind,
)
from reflectiespel.core.sessions.templates import TemplateStep
from reflectiespel.core.sessions.together import RunStep

ROOT = Path(__file__).parents[2]
SRC = ROOT / "src" / "reflectiespel"

# The kinds each released session format version holds. A file of version 1 has exactly these; a new kind
# needs a new format version (``since`` on its entry, SESSION_FORMAT_VERSION, a migration in core/sessions/storage.py)
# and then a line here, so the history of the format is written down where a test reads it.
KINDS_OF_VERSION = {1: {"cards", "values", "tips", "boundary-objects", "board", "free"},
                    2: {"cards", "values", "tips", "boundary-objects", "board", "free", "wordcloud", "rating", "ideas"}}


def _literal(model, field: str) -> set[str]:
    return set(model.model_json_schema()["properties"][field]["enum"])


def test_every_kind_a_session_step_can_have_has_an_entry_and_no_more():
    assert _literal(Step, "kind") == set(KINDS)
    assert _literal(TemplateStep, "kind") == set(KINDS)  # a werkvorm's steps become session steps


def test_every_kind_a_route_step_can_have_has_an_entry_and_becomes_a_known_session_kind():
    assert _literal(RunStep, "kind") == set(ROUTE_KINDS)
    assert all(kind.session_kind in KINDS for kind in ROUTE_KINDS.values())


def test_adding_a_kind_without_a_new_format_version_fails_here():
    assert newest_version() <= SESSION_FORMAT_VERSION, (
        "a step kind is newer than the session format: raise SESSION_FORMAT_VERSION (core/sessions/sessionparts.py)")
    for version in range(1, SESSION_FORMAT_VERSION + 1):
        assert version in KINDS_OF_VERSION, (
            f"format version {version} is new: write down its kinds in KINDS_OF_VERSION")
        assert set(kinds_in_version(version)) == KINDS_OF_VERSION[version], (
            f"the kinds of format version {version} changed: a new kind gets since={SESSION_FORMAT_VERSION + 1} "
            "and a new format version, never a place in a version files already have")
    assert all(version in storage.MIGRATIONS for version in range(1, SESSION_FORMAT_VERSION)), (
        "every older format version needs a migration to the next (core/sessions/storage.py MIGRATIONS)")


def test_a_file_of_an_older_version_with_a_kind_of_a_newer_one_is_refused_with_the_step_named():
    data = {"format_version": 1, "steps": [{"kind": "free"}, {"kind": "wordcloud"}]}
    with pytest.raises(FileProblems) as refused:
        storage.migrate(data, "oud.reflectiespel")
    problem = refused.value.problems[0]
    assert problem.field == "steps[2].kind"
    assert "wordcloud" in problem.message and "versie 2" in problem.message and "versie 1" in problem.message
    assert storage.migrate({"format_version": 2, "steps": [{"kind": "wordcloud"}]}, "nieuw")["format_version"] == 2


def test_the_session_format_page_names_every_kind():
    page = (ROOT / "docs" / "session-format.md").read_text(encoding="utf-8")
    assert all(f"`{key}`" in page for key in KINDS), [key for key in KINDS if f"`{key}`" not in page]
    routes = (ROOT / "docs" / "routes.md").read_text(encoding="utf-8")
    assert all(f"`{key}`" in routes for key in ROUTE_KINDS), [k for k in ROUTE_KINDS if f"`{k}`" not in routes]


_COMPARISON = re.compile(r"""\bkind\)?\s*(?:[!=]==?|(?:not\s+)?in)\s*[(\[{]?\s*["']([a-z-]+)["']""")


def test_no_code_compares_a_step_kind_by_its_name():
    """Code asks the entry (kind_of(step).board); a kind named in a comparison is a kind the registry misses."""
    keys = set(KINDS) | set(ROUTE_KINDS)
    found = []
    for path in sorted(SRC.rglob("*.py")) + sorted(SRC.rglob("*.js")):
        if path.name == "stepkinds.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found += [f"{path.relative_to(SRC)}:{number}: {line.strip()}"
                      for match in _COMPARISON.finditer(line) if match.group(1) in keys]
    assert found == []


def test_an_unknown_kind_is_read_as_the_plain_one():
    assert kind_of("does-not-exist") is KINDS["free"]
    assert route_kind("does-not-exist") is ROUTE_KINDS["explain"]
    assert kind_of(Step(title="Bord", kind="board")).board


def test_a_board_step_takes_its_board_along_and_a_free_step_does_not():
    session = Session.empty("Twee borden")
    first = Step(title="Eerst", kind="board")
    first.board.tokens.append(stepkinds_token())
    session.add_step(first)
    session.add_step(Step(title="Praten", kind="free", board_from=first.id))
    session.add_step(Step(title="Verder", kind="board", board_from=first.id))
    session.go_to(1)
    assert session.steps[1].board.tokens == []
    session.go_to(2)
    assert [t.name for t in session.steps[2].board.tokens] == ["Ons project"]


def stepkinds_token():
    from reflectiespel.core.board.board import Token
    return Token(id="ons-project", name="Ons project")


def test_the_names_follow_the_interface_language():
    from reflectiespel.core.base.i18n import speaking

    assert KINDS["board"].title() == "De sociaal-artistieke as"
    with speaking("en"):
        assert KINDS["board"].title() == "The social-artistic axis"
        assert ROUTE_KINDS["board"].title() == "On the axis"
        assert all(kind.title() != kind.name for kind in KINDS.values()), "every kind needs its English name"

"""Routes: the built-in ones validate and become sessions; broken routes give readable problems."""

import random
from pathlib import Path

import pytest

from reflectiespel.core.decks.library import Library
from reflectiespel.core.base.problems import FileProblems
from reflectiespel.core.routes.routes import load_route, load_routes, routes_dirs, start_session
from reflectiespel.core.sessions.storage import open_session, save_session
from reflectiespel.resources import builtin_decks_dir


@pytest.fixture(scope="module")
def library():
    return Library(builtin_decks_dir()).load()


def builtin_entries(library):
    return [e for e in load_routes(library) if e.builtin]


def test_builtin_routes_load_and_name_existing_cards(library):
    entries = builtin_entries(library)
    titles = {e.title for e in entries}
    assert {"Beginnen met samenwerken", "Tussentijds evalueren"} <= titles
    for entry in entries:
        assert entry.ok, [str(p) for p in entry.problems]
        route = entry.route
        for step in route.steps:
            assert step.question.strip().endswith("?"), (route.id, step.id)
            assert len(step.explanation.split()) <= 90, (route.id, step.id)
        assert 30 <= route.minutes <= 120


def test_builtin_routes_use_the_kinds_the_team_needs(library):
    routes = {e.route.id: e.route for e in builtin_entries(library)}
    start = {s.kind for s in routes["beginnen-met-samenwerken"].steps}
    assert {"explain", "card-round", "choose-values", "board", "agreements"} <= start
    interim = [s.kind for s in routes["tussentijds-evalueren"].steps]
    assert "compare" in interim and interim[-1] == "agreements"


def test_route_becomes_a_session_that_survives_its_file(library, tmp_path):
    route = next(e.route for e in builtin_entries(library) if e.route.id == "beginnen-met-samenwerken")
    session = start_session(route, ["Anna", " ", "Bram", "Chris"], library, random.Random(1))
    assert [p.name for p in session.participants] == ["Anna", "Bram", "Chris"]
    assert [s.id for s in session.steps] == [s.id for s in route.steps]
    tips = session.step("tips")  # one of the two tips that suit a beginning, dealt at random
    assert len(tips.card_ids) == 1 and tips.card_ids[0] in ("tip-1-met-iedereen", "tip-6-eigenheid")
    assert tips.minutes == 18  # reading, three questions and a ten-minute assignment
    # a round in which everyone introduces themselves gets its minutes from the people who are there
    assert session.step("elkaars-werk").minutes == 5 + 2 * 3
    values = session.step("waarden")
    assert values.kind == "values" and values.max_choices == 3 and len(values.card_ids) > 10
    assert session.together.kind("as") == "board"
    assert session.together.question("welkom").startswith("Wat hopen")
    path = save_session(session, tmp_path / "team")
    again = open_session(path)
    assert again.together == session.together
    assert again.step("elkaars-werk").card_ids == session.step("elkaars-werk").card_ids


def test_nobody_named_means_one_person_alone(library, data_dir):
    """A route that is not for a team (a user's own route; every built-in route is for a team) starts for one
    person when nobody typed a name."""
    _, user = routes_dirs()
    route = load_route(write(user, "mijn.yaml", ROUTE), library)
    assert not route.team
    session = start_session(route, ["", "  "], library)
    assert [p.name for p in session.participants] == ["Ik"]
    assert session.together.turn.alone


def test_every_built_in_route_is_for_a_team(library):
    """Each built-in route is written for 2 to 8 people and asks for turns, interviews in pairs or choosing
    together, which one person cannot do: it asks for two names instead of promising 'ook voor één persoon'
    (docs/routes.md)."""
    from reflectiespel.core.routes.routes import TooFewPeople

    routes = [e.route for e in builtin_entries(library)]
    assert len(routes) == 4
    for route in routes:
        assert route.team, route.id
        assert "2 tot 8 mensen" in " ".join(route.description.split()), route.id
        with pytest.raises(TooFewPeople):
            start_session(route, ["Anna"], library)
    page = (Path(__file__).resolve().parents[2] / "docs" / "routes.md").read_text(encoding="utf-8")
    assert "(ook voor één persoon)" not in page


def test_action_research_is_never_done_alone(library):
    """Seed 003: action research is the work of a group, never of one researcher. The action-research routes
    are team routes: one name (or none) is refused with a message that says why; two names start."""
    from reflectiespel.core.routes.routes import TooFewPeople

    team_routes = [e.route for e in builtin_entries(library) if e.route.id.startswith("actieonderzoek")]
    assert len(team_routes) == 2 and all(route.team for route in team_routes)
    for route in team_routes:
        for names in (["Anna"], ["", " "]):
            with pytest.raises(TooFewPeople, match="team"):
                start_session(route, names, library)
        assert len(start_session(route, ["Anna", "Bram"], library).participants) == 2
        texts = [route.description] + [step.explanation for step in route.steps]
        assert not [t for t in texts if "ook alleen doen" in t or "Ben je alleen" in t]
        assert "team" in route.description  # it says who it is for instead


def test_at_most_eight_people(library):
    route = builtin_entries(library)[0].route
    session = start_session(route, [f"P{i}" for i in range(12)], library)
    assert len(session.participants) == 8


ROUTE = """\
format_version: 1
id: mijn-route
title: Mijn route
description: Een korte route.
source: Eigen werk
steps:
  - id: begin
    kind: explain
    title: Begin
    explanation: Zeg hallo.
    question: Hoe gaat het?
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_user_route_loads_beside_the_builtin_ones(library, data_dir):
    _, user = routes_dirs()
    assert str(user).startswith(str(data_dir))
    write(user, "mijn.yaml", ROUTE)
    entries = load_routes(library)
    mine = [e for e in entries if not e.builtin]
    assert len(mine) == 1 and mine[0].ok and mine[0].route.title == "Mijn route"


@pytest.mark.parametrize("change, expected", [
    (("kind: explain", "kind: praten"), ["regel 8", "steps[1].kind", "moet een van deze zijn"]),
    (("    question: Hoe gaat het?\n", ""), ["steps[1].question", "ontbreekt"]),
    (("    title: Begin", "    titel: Begin"), ["steps[1].titel", "bedoel je 'title'"]),
    (("kind: explain", "kind: card-round"), ["kaartenset nodig"]),
    (("title: Begin", "title: Begin\n    deck: waarde-van-welzijn"), ["gebruikt geen kaarten"]),
    (("format_version: 1", "format_version: 9"), ["nieuwere reflectiespel"]),
])
def test_broken_route_gives_a_readable_problem(tmp_path, change, expected):
    path = write(tmp_path, "kapot.yaml", ROUTE.replace(*change))
    with pytest.raises(FileProblems) as caught:
        load_route(path)
    text = str(caught.value)
    assert "kapot.yaml" in text
    for part in expected:
        assert part in text


def test_unknown_deck_card_and_too_many_deals_are_reported_with_lines(library, tmp_path):
    text = ROUTE + """\
  - id: ronde
    kind: card-round
    title: Ronde
    explanation: Praat.
    question: Wat viel op?
    deck: bestaat-niet
  - id: ronde-2
    kind: card-round
    title: Ronde
    explanation: Praat.
    question: Wat viel op?
    deck: zeven-verandertips
    cards: [tip-1-met-iedereen, geen-kaart]
  - id: ronde-3
    kind: card-round
    title: Ronde
    explanation: Praat.
    question: Wat viel op?
    deck: zeven-verandertips
    category: tips
    deal: 9
"""
    path = write(tmp_path, "kaarten.yaml", text)
    with pytest.raises(FileProblems) as caught:
        load_route(path, library)
    lines = [str(p) for p in caught.value.problems]
    assert any("regel 17" in line and "'bestaat-niet' bestaat niet" in line for line in lines)
    assert any("steps[3].cards[2]" in line and "geen kaart 'geen-kaart'" in line for line in lines)
    assert any("steps[4].deal" in line and "maar 7 kaarten" in line for line in lines)


def test_broken_and_duplicate_user_routes_are_listed_not_hidden(library):
    _, user = routes_dirs()
    write(user, "a-kapot.yaml", "id: [\n")
    write(user, "b-dubbel.yaml", ROUTE.replace("mijn-route", "beginnen-met-samenwerken"))
    entries = [e for e in load_routes(library) if not e.builtin]
    assert [e.ok for e in entries] == [False, False]
    assert "geen geldige YAML" in str(entries[0].problems[0])
    assert "dezelfde id" in str(entries[1].problems[0])
    assert sum(e.ok for e in load_routes(library)) == len(builtin_entries(library))  # built-in ones still load


def test_duplicate_step_ids_are_refused(tmp_path):
    text = ROUTE + ROUTE[ROUTE.index("  - id: begin"):]
    with pytest.raises(FileProblems, match="twee stappen heten 'begin'"):
        load_route(write(tmp_path, "dubbel.yaml", text))

"""A hostile or clumsy YAML file is refused with one line naming file, line and problem; it never stops
the other files from loading (decks, werkvormen, routes), and YAML never silently misreads it."""

from pathlib import Path

import pytest

from reflectiespel.core.decks.decks import load_deck
from reflectiespel.core.decks.library import Library
from reflectiespel.core.base.problems import FileProblems
from reflectiespel.core.routes.routes import load_routes
from reflectiespel.core.sessions.templates import TemplateLibrary
from reflectiespel.resources import builtin_decks_dir

MINI = (Path(__file__).parent.parent / "data" / "mini.yaml").read_text(encoding="utf-8")


def nested_keys(depth: int) -> str:
    return "".join("  " * i + f"k{i}:\n" for i in range(depth)) + "  " * depth + "x\n"


def refusal(tmp_path: Path, text: str, name: str = "set.yaml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FileProblems) as caught:
        load_deck(path)
    assert len(caught.value.problems) == 1
    return str(caught.value.problems[0])


def test_700_nested_keys_are_refused_with_a_line_not_a_recursion_error(tmp_path):
    line = refusal(tmp_path, "format_version: 1\nid: diep\n" + nested_keys(700))
    assert line.startswith("set.yaml, regel ") or "set.yaml, regel " in line
    assert "te diep genest" in line


def test_a_megabyte_of_brackets_is_refused_as_too_deep(tmp_path):
    line = refusal(tmp_path, "[" * 999_000)
    assert "set.yaml, regel 1" in line and "te diep genest" in line


def test_a_duplicate_key_names_both_lines(tmp_path):
    text = MINI.replace("title: Eerste kaart\n", "title: Eerste kaart\n    title: Toch een andere\n")
    line = refusal(tmp_path, text)
    assert "regel 21" in line and "'title' staat twee keer" in line and "regel 20" in line


def test_a_binary_title_is_refused(tmp_path):
    line = refusal(tmp_path, MINI.replace("title: Mini-set", "title: !!binary TWluaS1zZXQ="))
    assert "regel 3" in line and "!!binary" in line


@pytest.mark.parametrize("escape", ["\\x07", "\\0", "\\e", "\\x85"])
def test_a_control_character_in_a_title_is_refused(tmp_path, escape):
    line = refusal(tmp_path, MINI.replace("title: Tweede kaart", f'title: "Tweede{escape} kaart"'))
    assert "regel 28" in line and "stuurteken" in line


def test_an_unknown_tag_is_refused_in_dutch(tmp_path):
    line = refusal(tmp_path, MINI.replace("title: Mini-set", "title: !python/object:os.system ls"))
    assert "regel 3" in line and "label" in line


def test_an_impossible_image_name_is_a_problem_not_a_crash(tmp_path):
    """An OSError deep inside the checks (file name too long) stays a problem of this one file."""
    text = MINI.replace("    back: Eigen achterkant", "    image: " + "a" * 5000 + ".png")
    line = refusal(tmp_path, text)
    assert "set.yaml" in line


def hostile_files(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a-diep.yaml").write_text("format_version: 1\nid: diep\n" + nested_keys(700), encoding="utf-8")
    (folder / "b-haken.yaml").write_text("[" * 999_000, encoding="utf-8")
    (folder / "c-naam.yaml").write_text(
        MINI.replace("id: mini", "id: lang").replace("    back: Eigen achterkant", "    image: " + "a" * 5000),
        encoding="utf-8")


def test_hostile_user_decks_leave_the_builtin_decks_alone(data_dir):
    hostile_files(data_dir / "decks")
    builtin_only = Library(builtin_decks_dir()).load()
    library = Library(builtin_decks_dir(), data_dir / "decks").load()
    assert [d.id for d in library.decks] == [d.id for d in builtin_only.decks] and builtin_only.decks
    broken = {e.path.name: e.problems for e in library.broken}
    assert set(broken) == {"a-diep.yaml", "b-haken.yaml", "c-naam.yaml"}
    assert all(problems for problems in broken.values())


def test_hostile_werkvormen_and_routes_become_problems_of_their_own_file(data_dir):
    hostile_files(data_dir / "decks" / "werkvormen")
    hostile_files(data_dir / "decks" / "routes")
    templates = TemplateLibrary(builtin_decks_dir() / "werkvormen", data_dir / "decks" / "werkvormen").load()
    builtin_only = TemplateLibrary(builtin_decks_dir() / "werkvormen").load()
    assert len(templates.templates) == len(builtin_only.templates) > 0 and len(templates.broken) == 3
    library = Library(builtin_decks_dir()).load()
    routes = load_routes(library)
    assert sum(e.ok for e in routes) == sum(e.ok for e in routes if e.builtin) > 0
    assert sorted(e.path.name for e in routes if not e.ok) == ["a-diep.yaml", "b-haken.yaml", "c-naam.yaml"]


def test_every_command_survives_hostile_user_decks(data_dir, tmp_path, capsys, monkeypatch):
    """decks list, print, report and export still work with the hostile decks in the user folder."""
    from reflectiespel.cli import main
    from reflectiespel.core.sessions.storage import save_session

    monkeypatch.syspath_prepend(str(Path(__file__).parent.parent / "pdf"))
    from sessionfactory import make_session

    hostile_files(data_dir / "decks")
    assert main(["decks", "list"]) == 0
    out = capsys.readouterr().out
    assert "waarde-van-welzijn" in out and "a-diep.yaml" in out and "te diep genest" in out
    assert main(["print", "zeven-verandertips", "-o", str(tmp_path / "tips.pdf")]) == 0
    session_file = tmp_path / "sessie.reflectiespel"
    save_session(make_session(), session_file)
    assert main(["report", str(session_file), "-o", str(tmp_path / "verslag.pdf")]) == 0
    assert main(["export", str(session_file), "--format", "csv", "-o", str(tmp_path / "x.csv")]) == 0
    assert (tmp_path / "tips.pdf").stat().st_size > 0 and (tmp_path / "verslag.pdf").stat().st_size > 0


def test_a_hostile_board_file_is_a_problem_not_a_crash(tmp_path):
    from reflectiespel.core.board.boarddef import load_board

    for name, text in (("diep.yaml", nested_keys(700)), ("haken.yaml", "[" * 999_000),
                       ("dubbel.yaml", "id: bord\ntitle: a\ntitle: b\n")):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        with pytest.raises(FileProblems) as caught:
            load_board(path)
        assert name in str(caught.value) and "regel" in str(caught.value)

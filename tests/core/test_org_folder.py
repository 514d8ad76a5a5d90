"""The organisation's shared folder (REFLECTIESPEL_ORG_DIR, or the choice in the app): its decks, werkvormen
and routes come after the built-ins and before the user's own, are marked as the organisation's, and
nothing is ever written there."""

import hashlib
import shutil
from pathlib import Path

from reflectiespel import cli
from reflectiespel.core.decks.library import Library
from reflectiespel.core.files.paths import org_dir
from reflectiespel.core.routes.routes import load_routes
from reflectiespel.core.files.settings import remember
from reflectiespel.core.sessions.templates import default_templates
from reflectiespel.resources import builtin_decks_dir

DATA = Path(__file__).parents[1] / "data"
BUILTIN = builtin_decks_dir()


def make_org_folder(root: Path) -> Path:
    """An organisation folder as IT would fill it: a deck, a werkvorm and a route, copied and renamed."""
    org = root / "Gedeelde map (organisatie)"
    (org / "werkvormen").mkdir(parents=True)
    (org / "routes").mkdir()
    deck = (DATA / "mini.yaml").read_text(encoding="utf-8")
    (org / "huisstijl.yaml").write_text(deck.replace("id: mini", "id: huisstijl").replace("title: Mini-set", "title: Onze set"),
                                        encoding="utf-8")
    werkvorm = (BUILTIN / "werkvormen" / "grensobjecten-maken.yaml").read_text(encoding="utf-8")
    (org / "werkvormen" / "onze-werkvorm.yaml").write_text(werkvorm.replace("id: grensobjecten-maken", "id: onze-werkvorm"),
                                                            encoding="utf-8")
    route = (BUILTIN / "routes" / "actieonderzoek-starten.yaml").read_text(encoding="utf-8")
    (org / "routes" / "onze-route.yaml").write_text(route.replace("id: actieonderzoek-starten", "id: onze-route"),
                                                     encoding="utf-8")
    return org


def fingerprint(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file's content and every file's and folder's modification time: a write anywhere changes it."""
    return {str(p.relative_to(folder)): (hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "",
                                         p.stat().st_mtime_ns)
            for p in [folder, *sorted(folder.rglob("*"))]}


def test_org_decks_come_after_the_built_ins_and_before_the_users_own_and_say_where_they_are_from(tmp_path):
    org = make_org_folder(tmp_path)
    user = tmp_path / "eigen"
    user.mkdir()
    shutil.copy(DATA / "mini.yaml", user / "mini.yaml")
    library = Library(BUILTIN, user, org_dir=org).load()
    origins = [("builtin" if e.builtin else "org" if e.org else "user") for e in library.entries]
    assert origins == sorted(origins, key=["builtin", "org", "user"].index)
    ours = library.entry("huisstijl")
    assert ours.org and not ours.builtin and ours.deck.title == "Onze set"
    assert not library.entry("mini").org


def test_a_users_deck_with_the_id_of_an_org_deck_is_told_which_one_wins(tmp_path):
    org = make_org_folder(tmp_path)
    user = tmp_path / "eigen"
    user.mkdir()
    shutil.copy(org / "huisstijl.yaml", user / "huisstijl.yaml")
    library = Library(BUILTIN, user, org_dir=org).load()
    assert library.entry("huisstijl").org  # the organisation's is used
    [second] = [e for e in library.broken if e.path.parent == user]
    assert "set van je organisatie" in str(second.problems[0]) and "huisstijl.yaml" in str(second.problems[0])


def test_werkvormen_and_routes_come_from_the_org_folder_too(tmp_path, data_dir):
    org = make_org_folder(tmp_path)
    templates = default_templates(data_dir, org)
    assert "onze-werkvorm" in [t.id for t in templates.templates]
    assert [e for e in templates.entries if e.org and e.ok]
    library = Library(BUILTIN, None, org_dir=org).load()
    routes = load_routes(library)
    assert any(r.ok and r.org and r.id == "onze-route" for r in routes)


def test_the_environment_variable_wins_over_the_choice_in_the_app(tmp_path, data_dir, monkeypatch):
    assert org_dir(data_dir) is None
    remember(data_dir, "org_dir", str(tmp_path / "gekozen"))
    assert org_dir(data_dir) == tmp_path / "gekozen"
    monkeypatch.setenv("REFLECTIESPEL_ORG_DIR", str(tmp_path / "van IT"))
    assert org_dir(data_dir) == tmp_path / "van IT"


def test_decks_list_shows_the_org_decks_and_nothing_is_written_in_the_org_folder(tmp_path, monkeypatch, capsys):
    org = make_org_folder(tmp_path)
    before = fingerprint(org)
    monkeypatch.setenv("REFLECTIESPEL_ORG_DIR", str(org))
    assert cli.main(["decks", "list"]) == 0
    out = capsys.readouterr().out
    assert "huisstijl" in out and "Onze set" in out and "Gedeelde map (organisatie)" in out
    assert cli.main(["decks", "list"]) == 0  # a second run reads through the deck cache
    assert fingerprint(org) == before


def test_a_missing_org_folder_leaves_the_rest_of_the_library_as_it_was(tmp_path):
    library = Library(BUILTIN, None, org_dir=tmp_path / "niet aangekoppeld").load()
    assert library.broken == [] and library.entry("grensobjecten").builtin

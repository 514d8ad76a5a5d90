"""Checked decks are remembered between starts: unchanged files are not read again, changed ones are,
and a damaged or unusable cache never stops the decks from loading."""

import os
import shutil
from pathlib import Path

import pytest
from hostile_files import png

from reflectiespel.core.decks.deckcache import CACHE_FILE, DeckCache
from reflectiespel.core.decks.decks import load_deck
from reflectiespel.core.decks.library import Library
from reflectiespel.core.base.problems import FileProblems

DATA = Path(__file__).parent.parent / "data"


@pytest.fixture
def folders(tmp_path):
    builtin, user, cache = tmp_path / "builtin", tmp_path / "user", tmp_path / "cache"
    builtin.mkdir(), user.mkdir()
    shutil.copy(DATA / "mini.yaml", builtin / "mini.yaml")
    (user / "eigen.yaml").write_text((DATA / "mini.yaml").read_text(encoding="utf-8").replace(
        "id: mini", "id: eigen").replace("title: Mini-set", "title: Eigen set"), encoding="utf-8")
    return builtin, user, cache


def never_read(path):
    raise AssertionError(f"{path} was read again")


def test_unchanged_decks_come_from_the_cache_without_reading_the_files(folders):
    builtin, user, cache = folders
    first = Library(builtin, user, cache).load()
    assert [d.title for d in first.decks] == ["Mini-set", "Eigen set"]
    remembered = DeckCache(cache)
    decks = [remembered.loader(never_read)(p) for p in (builtin / "mini.yaml", user / "eigen.yaml")]
    assert decks == first.decks and remembered.hits == 2


def test_a_changed_file_is_read_again(folders):
    builtin, user, cache = folders
    Library(builtin, user, cache).load()
    path = user / "eigen.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("Eigen set", "Nieuwe naam"), encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    assert [d.title for d in Library(builtin, user, cache).load().decks] == ["Mini-set", "Nieuwe naam"]


def test_a_broken_deck_is_never_remembered(folders):
    builtin, user, cache = folders
    (user / "kapot.yaml").write_text("format_version: 1\nid: kapot\n", encoding="utf-8")
    library = Library(builtin, user, cache).load()
    assert [e.path.name for e in library.broken] == ["kapot.yaml"]
    again = Library(builtin, user, cache).load()
    assert [e.path.name for e in again.broken] == ["kapot.yaml"] and "ontbreekt" in str(again.broken[0].problems)


@pytest.mark.parametrize("damage", [
    b"\x00\xff garbage",
    b"[1, 2, 3]",
    b'{"fingerprint": "x", "decks": 7}',
    "cards-as-text",
    "deep",
])
def test_a_damaged_cache_never_breaks_loading(folders, damage):
    builtin, user, cache = folders
    Library(builtin, user, cache).load()
    file = cache / CACHE_FILE
    if damage == "cards-as-text":
        file.write_bytes(file.read_bytes().replace(b'"cards": [', b'"cards": "kapot", "x": ['))
    elif damage == "deep":
        file.write_bytes(b"[" * 100_000 + b"]" * 100_000)
    else:
        file.write_bytes(damage)
    library = Library(builtin, user, cache).load()
    assert [d.title for d in library.decks] == ["Mini-set", "Eigen set"] and not library.broken
    assert DeckCache(cache).old  # and the cache was written anew


def test_an_unusable_cache_folder_is_no_problem(folders):
    builtin, user, cache = folders
    cache.write_text("a file where the folder should be", encoding="utf-8")
    assert len(Library(builtin, user, cache).load().decks) == 2


def test_a_missing_image_is_found_even_for_a_remembered_deck(folders):
    builtin, user, cache = folders
    deck_dir = user / "metfoto"
    deck_dir.mkdir()
    png(deck_dir / "foto.png")
    text = (DATA / "mini.yaml").read_text(encoding="utf-8").replace("id: mini", "id: metfoto")
    (deck_dir / "metfoto.yaml").write_text(text.replace("    back: Eigen achterkant", "    image: foto.png"),
                                           encoding="utf-8")
    assert len(Library(builtin, user, cache).load().decks) == 3
    (deck_dir / "foto.png").unlink()
    library = Library(builtin, user, cache).load()
    assert [e.path.name for e in library.broken] == ["metfoto.yaml"]
    assert "foto.png" in str(library.broken[0].problems[0])
    with pytest.raises(FileProblems):
        load_deck(deck_dir / "metfoto.yaml")

"""Decks, werkvormen, routes and the board in more than one language: one file per language, same id."""

import shutil
from pathlib import Path

from reflectiespel.core.base import i18n
from reflectiespel.core.decks.entries import in_language
from reflectiespel.core.decks.library import Library

DATA = Path(__file__).parents[1] / "data"


def _english(text: str) -> str:
    return text.replace("language: nl", "language: en").replace("title: Mini-set", "title: Mini deck")


def _library(tmp_path, language=None) -> Library:
    builtin = tmp_path / "decks"
    builtin.mkdir(exist_ok=True)
    text = (DATA / "mini.yaml").read_text(encoding="utf-8")
    if "language:" not in text:
        text = text.replace("title: Mini-set", "title: Mini-set\nlanguage: nl", 1)
    (builtin / "mini.yaml").write_text(text, encoding="utf-8")
    (builtin / "mini.en.yaml").write_text(_english(text), encoding="utf-8")
    (builtin / "alleen.yaml").write_text(text.replace("id: mini", "id: alleen").replace("Mini-set", "Alleen NL"),
                                         encoding="utf-8")
    return Library(builtin, language=language).load()


def test_a_translation_is_not_a_duplicate_and_each_deck_shows_once(tmp_path):
    library = _library(tmp_path, "en")
    assert all(entry.ok for entry in library.entries), [e.problems for e in library.entries]
    shown = {entry.id: entry.language for entry in library.shown_entries}
    assert shown == {"alleen": "nl", "mini": "en"}
    assert library.get("mini").title == "Mini deck"
    assert library.get("mini", "nl").title == "Mini-set"
    assert _library(tmp_path, "nl").get("mini").title == "Mini-set"


def test_the_interface_language_picks_the_deck(tmp_path):
    library = _library(tmp_path)
    i18n.set_language("en")
    assert library.get("mini").language == "en"
    i18n.set_language("nl")
    assert library.get("mini").language == "nl"


def test_a_second_file_in_the_same_language_is_still_a_duplicate(tmp_path):
    library = _library(tmp_path, "nl")
    (tmp_path / "decks" / "mini2.yaml").write_bytes((tmp_path / "decks" / "mini.yaml").read_bytes())
    library.load()
    broken = [e for e in library.entries if not e.ok]
    assert len(broken) == 1 and "dezelfde id 'mini'" in str(broken[0].problems[0])
    assert broken[0] in in_language(library.entries, "nl")  # the problem stays visible


def test_board_and_werkvormen_follow_the_language(tmp_path, monkeypatch):
    from reflectiespel.core.board import boarddef
    from reflectiespel.core.sessions.templates import TemplateLibrary
    from reflectiespel.resources import builtin_decks_dir

    bord = tmp_path / "decks" / "bord"
    shutil.copytree(builtin_decks_dir() / "bord", bord)
    source = bord / boarddef.DEFAULT_BOARD
    english = source.read_text(encoding="utf-8").replace("title:", "language: en\ntitle:", 1)
    source.with_name(source.stem + ".en.yaml").write_text(english, encoding="utf-8")
    monkeypatch.setattr(boarddef, "builtin_decks_dir", lambda: tmp_path / "decks")
    assert boarddef.load_default_board("en").language == "en"
    assert boarddef.load_default_board("nl").language == "nl"

    folder = tmp_path / "werkvormen"
    shutil.copytree(builtin_decks_dir() / "werkvormen", folder)
    for english in folder.glob("*.en.yaml"):  # start from the Dutch files only
        english.unlink()
    first = sorted(folder.glob("*.yaml"))[0]
    text = first.read_text(encoding="utf-8")
    first.with_name(first.stem + ".en.yaml").write_text(text.replace("\ntitle:", "\nlanguage: en\ntitle:", 1),
                                                        encoding="utf-8")
    templates = TemplateLibrary(folder).load()
    assert all(e.ok for e in templates.entries)
    i18n.set_language("en")
    chosen = {t.id: t.language for t in templates.templates}
    assert "en" in chosen.values() and len(chosen) == len(list(folder.glob("*.yaml"))) - 1

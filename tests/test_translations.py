"""CI keeps the English translation complete: every string in the code translated, the .qm built from it."""

import importlib.util
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _script():
    spec = importlib.util.spec_from_file_location("translations_script", ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_english_catalogue_is_complete_and_built():
    problems = _script().problems()
    assert problems == [], "\n".join(problems[:20])


def test_english_catalogue_covers_every_string_and_keeps_placeholders():
    script = _script()
    english = script.messages(script.CATALOGUES / "reflectiespel_en.ts")
    assert len(english) > 500
    assert all(forms for forms in english.values())
    assert english[("DeckTile", "{0} kaarten")] == ["{0} cards"]
    assert english[("BoardTray", " (%n keer op het bord)")][1] == " (on the board %n times)"


@pytest.fixture
def tree(tmp_path, monkeypatch):
    """A copy of the package's sources and catalogues the check runs on, to break on purpose."""
    script = _script()
    package = tmp_path / "src" / "reflectiespel"
    shutil.copytree(script.PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__", "page", "fonts", "decks"))
    monkeypatch.setattr(script, "ROOT", tmp_path)
    monkeypatch.setattr(script, "PACKAGE", package)
    monkeypatch.setattr(script, "CATALOGUES", package / "i18n")
    return script


def test_check_finds_a_new_string_nobody_translated(tree):
    (tree.PACKAGE / "ui" / "newpanel.py").write_text(
        "from PySide6.QtWidgets import QWidget\n\n\nclass NewPanel(QWidget):\n"
        "    def label(self):\n        return self.tr('Een gloednieuwe knop')\n", encoding="utf-8")
    problems = tree.problems()
    assert any("[NewPanel] 'Een gloednieuwe knop'" in p and "lacks" in p for p in problems)
    tree.update()  # the script adds it, unfinished: still a problem until someone translates it
    problems = tree.problems()
    assert any("English unfinished [NewPanel] 'Een gloednieuwe knop'" in p for p in problems)


def test_check_finds_an_untranslated_string_a_lost_placeholder_and_a_stale_qm(tree):
    ts = tree.CATALOGUES / "reflectiespel_en.ts"
    text = ts.read_text(encoding="utf-8")
    text = text.replace("<translation>No card decks found.</translation>",
                        '<translation type="unfinished"></translation>')
    text = text.replace("<translation>{0} cards</translation>", "<translation>cards</translation>", 1)
    ts.write_text(text, encoding="utf-8")
    problems = tree.problems()
    assert any("unfinished [cli] 'Geen kaartensets gevonden.'" in p for p in problems)
    assert any("placeholders differ" in p and "'cards'" in p for p in problems)
    assert any("reflectiespel_en.qm is out of date" in p for p in problems)

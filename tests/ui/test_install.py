"""What an installed app needs: a self-test, the version on screen, an icon and a welcome shown once."""

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reflectiespel import __version__, cli, resources
from reflectiespel.core.decks.library import Library
from reflectiespel.ui.main_window import WELCOME_SEEN, MainWindow

ROOT = Path(__file__).parents[2]


def test_smoke_test_passes_on_the_built_in_data(qtbot, capsys):
    assert cli.main(["--smoke-test"]) == 0
    out = capsys.readouterr().out
    for step in ("gegevens", "hoofdvenster", "kaart op scherm", "PDF-pagina", "verslag"):
        assert f"in orde: {step}" in out
    assert "Zelftest geslaagd." in out
    for window in QApplication.topLevelWidgets():
        window.close()


def test_smoke_test_fails_with_the_reason_when_a_data_file_is_broken(qtbot, capsys, tmp_path, monkeypatch):
    decks = tmp_path / "decks"
    shutil.copytree(ROOT / "decks", decks)
    (decks / "werkvormen" / "kapot.yaml").write_text("format_version: 1\nid: [\n", encoding="utf-8")
    monkeypatch.setattr(resources, "builtin_decks_dir", lambda: decks)
    assert cli.main(["--smoke-test"]) == 1
    out = capsys.readouterr().out
    assert "MISLUKT bij gegevens" in out and "kapot.yaml" in out
    assert "Zelftest geslaagd" not in out


def test_smoke_test_speaks_english_with_lang_en(qtbot, capsys, tmp_path, monkeypatch):
    assert cli.main(["--lang", "en", "--smoke-test"]) == 0
    out = capsys.readouterr().out
    for step in ("data", "main window", "card on screen", "PDF page", "report"):
        assert f"ok: {step} (" in out
    assert "Self-test passed." in out and "in orde" not in out and "Zelftest" not in out
    for window in QApplication.topLevelWidgets():
        window.close()
    decks = tmp_path / "decks"
    shutil.copytree(ROOT / "decks", decks)
    (decks / "werkvormen" / "kapot.yaml").write_text("format_version: 1\nid: [\n", encoding="utf-8")
    monkeypatch.setattr(resources, "builtin_decks_dir", lambda: decks)
    assert cli.main(["--lang", "en", "--smoke-test"]) == 1
    out = capsys.readouterr().out
    assert "FAILED at data" in out and "method kapot.yaml" in out and "MISLUKT" not in out


def test_version_in_title_and_about_box(qtbot, data_dir):
    window = MainWindow(Library(resources.builtin_decks_dir()).load(), data_dir=data_dir)
    qtbot.addWidget(window)
    assert __version__ in window.windowTitle()
    assert __version__ in window.about_text()
    about = window.findChild(type(window.help_menu.actions()[0]), "aboutAction")
    assert about is not None and about in window.help_menu.actions()


def test_icon_and_desktop_entry_exist():
    icon = resources.assets_dir() / "icons" / "reflectiespel.png"
    assert icon.is_file() and icon.read_bytes().startswith(b"\x89PNG")
    entry = (ROOT / "packaging" / "reflectiespel.desktop").read_text(encoding="utf-8")
    assert "Exec=reflectiespel" in entry and "Icon=reflectiespel" in entry and "Terminal=false" in entry


def test_welcome_shows_once(qtbot, data_dir):
    library = Library(resources.builtin_decks_dir()).load()
    first = MainWindow(library, data_dir=data_dir)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    welcome = first.start_page.welcome
    assert welcome.isVisible()
    text = first.start_page.welcome_text
    assert text.textFormat() == Qt.TextFormat.PlainText  # folder names are shown literally
    assert "zonder internet" in text.text() and str(data_dir) in text.text()
    qtbot.mouseClick(first.start_page.welcome_button, Qt.MouseButton.LeftButton)
    assert not welcome.isVisible()
    assert (data_dir / WELCOME_SEEN).exists()
    second = MainWindow(library, data_dir=data_dir)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert not second.start_page.welcome.isVisible()

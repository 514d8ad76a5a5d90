"""Language: Dutch all through (Qt's buttons and argparse included), English on request, the choice kept."""

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from reflectiespel import cli
from reflectiespel.core.base import i18n
from reflectiespel.core.files import settings
from reflectiespel.core.decks.library import Library
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.translators import install_translators
from reflectiespel.ui.main_window import MainWindow


def test_english_decks_list_says_cards(capsys):
    assert cli.main(["--lang", "en", "decks", "list"]) == 0
    out = capsys.readouterr().out
    assert " cards)" in out and "kaarten" not in out


def test_dutch_decks_list_and_help(capsys):
    assert cli.main(["decks", "list"]) == 0
    assert " kaarten)" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert "toon deze hulp en stop" in out and "gebruik:" in out and "opties" in out
    assert "show this help" not in out and "usage:" not in out


def test_argparse_errors_follow_the_language(capsys):
    with pytest.raises(SystemExit):
        cli.main(["decks", "bla"])
    assert "ongeldige keuze" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(["--lang", "en", "decks", "bla"])
    err = capsys.readouterr().err
    assert "invalid choice" in err and "ongeldige" not in err


def test_language_choice_order(tmp_path, monkeypatch):
    monkeypatch.delenv(i18n.LANG_VARIABLE)
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert settings.choose_language(None, tmp_path) == "nl"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert settings.choose_language(None, tmp_path) == "en"
    settings.remember_language(tmp_path, "nl")
    assert settings.choose_language(None, tmp_path) == "nl"  # the remembered choice beats the system
    assert settings.choose_language("en", tmp_path) == "en"  # --lang beats both
    assert i18n.system_language({"LANG": "C"}) == "nl" and i18n.system_language({"LANG": "de_DE.UTF-8"}) == "en"


def test_qt_standard_buttons_speak_dutch(qapp):
    box = QMessageBox(QMessageBox.Icon.Question, "x", "y",
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel)
    texts = {box.button(b).text().replace("&", "") for b in (QMessageBox.StandardButton.Save,
                                                            QMessageBox.StandardButton.Discard,
                                                            QMessageBox.StandardButton.Cancel)}
    assert texts == {"Opslaan", "Verwerpen", "Annuleren"}


def test_english_interface_loads_english_qt_and_app_strings(qapp):
    install_translators(qapp, "en")
    try:
        box = QMessageBox(QMessageBox.Icon.Question, "x", "y", QMessageBox.StandardButton.Save)
        assert box.button(QMessageBox.StandardButton.Save).text().replace("&", "") == "Save"
        assert i18n.translate("cli", "Geen kaartensets gevonden.") == "No card decks found."
    finally:
        install_translators(qapp, "nl")
    box = QMessageBox(QMessageBox.Icon.Question, "x", "y", QMessageBox.StandardButton.Save)
    assert box.button(QMessageBox.StandardButton.Save).text().replace("&", "") == "Opslaan"


def _choose_in_menu(qtbot, window, code):
    window.language_menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitExposed(window.language_menu)
    action = window.language_actions[code]
    qtbot.mouseClick(window.language_menu, Qt.MouseButton.LeftButton,
                     pos=window.language_menu.actionGeometry(action).center())


def test_the_language_menu_switches_now_and_remembers_the_choice(qtbot, qapp, data_dir, monkeypatch):
    window = MainWindow(Library(builtin_decks_dir()).load(), data_dir=data_dir)
    qtbot.addWidget(window)
    window.show()
    window.show_library()
    assert window.language_actions["nl"].isChecked()
    assert window.menuBar().actions()[0].text() == "&Bestand"
    try:
        _choose_in_menu(qtbot, window, "en")
        english = window.successor  # the window is made again, in English, where the old one was
        qtbot.addWidget(english)
        assert english.isVisible() and not window.isVisible()
        assert {"&File", "&View", "&Language", "&Help"} <= {a.text() for a in english.menuBar().actions()}
        assert english.language_actions["en"].isChecked()
        assert english.pages.currentWidget() is english.library_page
        assert english.library_page.heading.text() == "Card decks"
        box = QMessageBox(QMessageBox.Icon.Question, "x", "y", QMessageBox.StandardButton.Save)
        assert box.button(QMessageBox.StandardButton.Save).text().replace("&", "") == "Save"  # Qt's own too
        assert json.loads((data_dir / "settings.json").read_text())["language"] == "en"
        monkeypatch.delenv(i18n.LANG_VARIABLE)
        assert settings.choose_language(None, data_dir) == "en"  # and the next start speaks English too
        _choose_in_menu(qtbot, english, "nl")
        assert english.successor.menuBar().actions()[0].text() == "&Bestand"
        qtbot.addWidget(english.successor)
    finally:
        install_translators(qapp, "nl")


def test_with_a_session_open_the_language_waits_for_the_next_start(qtbot, qapp, data_dir, monkeypatch):
    from reflectiespel.core.sessions.session import Session

    window = MainWindow(Library(builtin_decks_dir()).load(), data_dir=data_dir)
    qtbot.addWidget(window)
    window.show()
    told = []
    monkeypatch.setattr(window, "tell", lambda title, text: told.append(text))
    console = window.start_console(Session.empty("Open"))
    console.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(console)
    _choose_in_menu(qtbot, window, "en")
    assert told and "next start" in told[0] and "volgende start" in told[0]
    assert not hasattr(window, "successor") and window.menuBar().actions()[0].text() == "&Bestand"
    assert window.language_actions["nl"].isChecked()  # the menu shows what the app speaks now
    assert json.loads((data_dir / "settings.json").read_text())["language"] == "en"


def test_a_deck_in_only_one_language_is_marked_on_its_tile(qtbot, tmp_path):
    from pathlib import Path

    data = Path(__file__).parent / "data" / "mini.yaml"
    (tmp_path / "en.yaml").write_text(data.read_text(encoding="utf-8").replace("language: nl", "language: en")
                                      .replace("id: mini", "id: english-only"), encoding="utf-8")
    (tmp_path / "mini.yaml").write_bytes(data.read_bytes())
    window = MainWindow(Library(tmp_path).load(), data_dir=tmp_path / "data")
    qtbot.addWidget(window)
    window.show_library()
    tiles = {tile.entry.id: tile for tile in window.library_page.tiles}
    assert tiles["english-only"].accessibleName().endswith("(English)")
    assert "(" not in tiles["mini"].accessibleName().split(",")[-1]


def test_participants_typed_with_english_domains_in_english(qapp):
    from reflectiespel.ui.session.newsession import parse_participants

    i18n.set_language("en")
    assert parse_participants("Anna, culture\nBram, Care\nChris, zorg\nDee, pirate") == [
        ("Anna", "cultuur"), ("Bram", "zorg"), ("Chris", "zorg"), ("Dee", "anders")]


def test_a_broken_deck_is_explained_in_english(tmp_path, capsys):
    from pathlib import Path

    data = (Path(__file__).parent / "data" / "mini.yaml").read_text(encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text(data.replace("title:", "titel:", 1), encoding="utf-8")
    assert cli.main(["--lang", "en", "decks", "validate", str(broken)]) == 1
    out = capsys.readouterr()
    text = out.out + out.err
    assert "is not a known field; do you mean 'title'?" in text and ", line " in text
    assert "is missing; this field is required" in text and "regel" not in text and "ontbreekt" not in text
    assert cli.main(["decks", "validate", str(broken)]) == 1
    out = capsys.readouterr()
    assert "is geen bekend veld; bedoel je 'title'?" in out.out + out.err

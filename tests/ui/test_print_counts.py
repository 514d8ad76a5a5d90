"""One card, one sheet, one page: the print dialog's summary and the instruction page say it in the singular,
in Dutch and in English (it said "1 kaarten" and "1 pagina's")."""

import subprocess
import sys

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from reflectiespel.core.decks.library import Library
from reflectiespel.ui import printdialog
from reflectiespel.ui.translators import install_translators
from reflectiespel.ui.printdialog import PrintDialog

ONE_CARD = """format_version: 1
id: een-kaart
title: Eén kaart
language: nl
source: Testbron (2026)
back:
  colour: "#334455"
  text: Eén kaart
categories:
  - id: alles
    name: Alles
    colour: "#1f4e5f"
cards:
  - id: enige
    category: alles
    title: De enige kaart
    text: Er is er maar één.
"""


@pytest.fixture
def one_card(tmp_path):
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "een-kaart.yaml").write_text(ONE_CARD, encoding="utf-8")
    return Library(folder).load()


def summary(qtbot, library, monkeypatch, backs: str) -> str:
    monkeypatch.setattr(printdialog, "available_printers", lambda: [])
    dialog = PrintDialog(library, "een-kaart")
    qtbot.addWidget(dialog)
    dialog.show()
    choice = dialog.backs_choice
    choice.setFocus()
    while choice.currentData() != backs:  # as a user picks it: arrow keys in the list
        qtbot.keyClick(choice, Qt.Key.Key_Down)
        assert choice.currentIndex() < choice.count() - 1 or choice.currentData() == backs
    qtbot.waitUntil(lambda: bool(dialog.summary.text()) and not dialog.timer.isActive(), timeout=5000)
    return dialog.summary.text()


@pytest.mark.parametrize("language, single, double", [
    ("nl", ("1 kaart,", "1 vel,", "1 pagina."), ("1 kaart,", "1 vel,", "2 pagina's.")),
    ("en", ("1 card,", "1 sheet,", "1 page."), ("1 card,", "1 sheet,", "2 pages.")),
])
def test_the_summary_of_a_one_card_deck_is_singular(qtbot, qapp, one_card, monkeypatch, language, single, double):
    install_translators(qapp, language)
    try:
        text = summary(qtbot, one_card, monkeypatch, "none")
        assert all(part in text for part in single), text
        assert "kaarten" not in text and "cards" not in text, text
        text = summary(qtbot, one_card, monkeypatch, "long-edge")
        assert all(part in text for part in double), text
    finally:
        install_translators(qapp, "nl")


def test_the_instruction_page_counts_one_card(tmp_path, one_card):
    deck = tmp_path / "decks" / "een-kaart.yaml"
    for language, expected in (("nl", "Tel na: 1 kaart op 1 vel."), ("en", "Count: 1 card on 1 sheet.")):
        out = tmp_path / f"{language}.pdf"
        result = subprocess.run([sys.executable, "-m", "reflectiespel.cli", "--lang", language, "print", str(deck),
                                 "--instructions", "-o", str(out)], capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(out).pages)
        assert expected in text, text

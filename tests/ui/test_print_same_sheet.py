"""What the trainer sees, prints and saves is the same sheet.

"Afdrukken…" is clicked as a user would; the system's print dialog is replaced by one that picks Qt's PDF
printer (never a real queue). What comes out of that printer is compared with what `reflectiespel print`
writes for the same deck and settings: the same pages, and on each page the same words (card text, card
numbers n/N, the deck's name on each card, the line under each sheet) in the same places within 0.2 mm,
and the same picture when both are rendered. A printer that cannot print both sides is said, not dropped.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from printedpages import drawing_differences, mismatches, page_words
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrinter

from reflectiespel.core.decks.library import Library
from reflectiespel.pdf.deckpdf import render_pdf
from reflectiespel.pdf.rasterise import pages as page_pictures
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui import printdialog
from reflectiespel.ui.printdialog import PrintDialog

TOLERANCE = 0.2  # mm


@pytest.fixture(scope="module")
def library():
    return Library(builtin_decks_dir()).load()


@pytest.fixture
def dialog(qtbot, library, monkeypatch):
    monkeypatch.setattr(printdialog, "available_printers", lambda: ["pdf"])  # "Afdrukken…" is enabled
    made = []

    def make(deck_id: str) -> PrintDialog:
        dlg = PrintDialog(library, deck_id)
        qtbot.addWidget(dlg)
        dlg.resize(1280, 800)
        dlg.show()
        qtbot.waitExposed(dlg)
        made.append(dlg)
        return dlg
    return make


def pdf_printer(target: Path, chosen: list | None = None, duplex=None):
    """Stands in for the system's print dialog: the user picks a PDF file as the printer."""
    def ask(printer: QPrinter) -> bool:
        if chosen is not None:  # what the system's dialog is given
            chosen.append(printer.pageLayout())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        if duplex is not None:
            printer.setDuplex(duplex)
        return True
    return ask


def choose(qtbot, combo, key: str) -> None:
    """Pick an entry of a combo box with the arrow keys, as a user does."""
    combo.setFocus()
    while combo.currentIndex() > 0:
        qtbot.keyClick(combo, Qt.Key.Key_Up)
    while combo.currentData() != key:
        assert combo.currentIndex() < combo.count() - 1, key
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def type_value(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Tab)


def click_print(qtbot, dlg: PrintDialog) -> None:
    """Click "Afdrukken…" once the preview and its summary follow the last change (as a user looks first)."""
    qtbot.waitUntil(lambda: dlg.print_button.isEnabled() and not dlg.timer.isActive(), timeout=10000)
    with qtbot.waitSignal(dlg.print_done, timeout=120000):
        qtbot.mouseClick(dlg.print_button, Qt.MouseButton.LeftButton)


def reflectiespel_print(target: Path, *args: str) -> None:
    result = subprocess.run([sys.executable, "-m", "reflectiespel.cli", "print", *args, "-o", str(target)],
                            capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stderr


SETTINGS = [  # (deck, what the user sets in the dialog, the same as options of `reflectiespel print`)
    ("zeven-verandertips", {}, ["--size", "tarot"]),
    ("grensobjecten", {"size": "poker", "backs": "fold", "bleed": "2", "instructions": True},
     ["--size", "poker", "--backs", "fold", "--bleed", "2", "--instructions"]),
    ("waarde-van-welzijn", {"size": "a6", "backs": "short-edge", "ink_saving": True, "blank": "1"},
     ["--size", "a6", "--backs", "short-edge", "--ink-saving", "--blank", "1"]),
]


@pytest.mark.parametrize("deck_id, settings, arguments", SETTINGS, ids=[s[0] for s in SETTINGS])
def test_afdrukken_puts_the_same_words_in_the_same_places_as_reflectiespel_print(
        dialog, qtbot, tmp_path, deck_id, settings, arguments):
    dlg = dialog(deck_id)
    for key in ("size", "backs"):
        if key in settings:
            choose(qtbot, getattr(dlg, f"{key}_choice"), settings[key])
    for key in ("bleed", "blank"):
        if key in settings:
            type_value(qtbot, dlg.bleed if key == "bleed" else dlg.blank, settings[key])
    for key in ("instructions", "ink_saving"):
        if settings.get(key):
            qtbot.mouseClick(getattr(dlg, key), Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert_same_sheet(qtbot, dlg, tmp_path, [deck_id, *arguments])


def assert_same_sheet(qtbot, dlg: PrintDialog, tmp_path: Path, arguments: list[str]) -> None:
    """Click "Afdrukken…", run `reflectiespel print` with ``arguments``, compare page by page."""
    printed, saved = tmp_path / "printer.pdf", tmp_path / "print.pdf"
    chosen: list = []
    dlg.ask_printer = pdf_printer(printed, chosen)
    click_print(qtbot, dlg)
    assert printed.exists(), dlg.message.text()
    assert "naar de printer gestuurd" in dlg.message.text()
    reflectiespel_print(saved, *arguments)

    expected, got = page_words(saved), page_words(printed)
    assert len(got) == len(expected) > 1
    for number, (want, have) in enumerate(zip(expected, got), 1):
        assert mismatches(want, have, TOLERANCE) == [], f"page {number}"
    words = {w.text for page in got for w in page}
    cards = int(dlg.summary.text().split()[0])  # "23 kaarten, 4 per vel: ..."
    numbers = {w for w in words if re.fullmatch(r"\d+/\d+", w) and w.endswith(f"/{cards}")}
    assert {f"{n}/{cards}" for n in range(1, cards + 1)} <= numbers  # every card's number n/N
    assert "vel" in words and "voorkant" in words  # the line under each sheet
    assert dlg.deck.title.split()[-1] in words
    # the drawing as well: fills, outlines, crop marks, symbols, pictures (within a pixel at 200 dpi, 0.13 mm)
    assert max(drawing_differences(saved.read_bytes(), printed.read_bytes(), last=3)) < 100
    page = chosen[0]  # the system's dialog was given the paper and no margins (Qt's PDF printer keeps no duplex)
    assert page.pageSize().id() == page.pageSize().PageSizeId.A4 and page.margins().isNull()


def test_a_deck_with_pictures_prints_the_same_pictures(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "decks" / "plaatjes"
    folder.mkdir(parents=True)
    Image.new("RGB", (400, 200), (220, 20, 20)).save(folder / "rood.png")  # wide, red
    Image.new("RGB", (150, 300), (20, 40, 220)).save(folder / "blauw.jpg", quality=95)  # tall, blue
    (folder / "plaatjes.yaml").write_text(PICTURE_DECK, encoding="utf-8")
    monkeypatch.setattr(printdialog, "available_printers", lambda: ["pdf"])
    dlg = PrintDialog(Library(tmp_path / "decks").load(), "plaatjes")
    qtbot.addWidget(dlg)
    dlg.show()
    choose(qtbot, dlg.size_choice, "poker")
    assert_same_sheet(qtbot, dlg, tmp_path, [str(folder / "plaatjes.yaml"), "--size", "poker"])
    front = next(page_pictures((tmp_path / "printer.pdf").read_bytes(), 50, 0, 0))
    pixels = front.get_flattened_data()
    red = sum(1 for r, g, b in pixels if r > 180 and g < 80 and b < 80)
    blue = sum(1 for r, g, b in pixels if b > 180 and r < 80 and g < 100)
    assert red > 200 and blue > 200  # both pictures came out of the printer


PICTURE_DECK = """format_version: 1
id: plaatjes
title: Plaatjes
language: nl
source: Test (2026)
back:
  colour: "#334455"
categories:
  - id: een
    name: Eén
    colour: "#2e7d32"
cards:
  - id: rood
    category: een
    title: Rode kaart
    text: Met een breed plaatje.
    image: rood.png
  - id: blauw
    category: een
    title: Blauwe kaart
    text: Met een hoog plaatje.
    image: blauw.jpg
  - id: zonder
    category: een
    title: Zonder plaatje
"""


def test_the_comparison_sees_backs_shifted_by_a_millimetre(dialog, qtbot, tmp_path):
    """The checks above can fail: `print --offset 1,0` moves the backs 1 mm, and only the backs differ."""
    dlg = dialog("zeven-verandertips")
    printed, shifted = tmp_path / "printer.pdf", tmp_path / "shifted.pdf"
    dlg.ask_printer = pdf_printer(printed)
    click_print(qtbot, dlg)
    reflectiespel_print(shifted, "zeven-verandertips", "--size", "tarot", "--offset", "1,0")
    expected, got = page_words(shifted), page_words(printed)
    assert mismatches(expected[0], got[0], TOLERANCE) == []  # fronts: the same
    assert len(mismatches(expected[1], got[1], TOLERANCE)) > 10  # backs: every word is 1 mm off
    differences = drawing_differences(shifted.read_bytes(), printed.read_bytes(), last=1)
    assert differences[0] < 100 < differences[1]


def preview_differences(dlg: PrintDialog, pdf: bytes) -> list[int]:
    """Per page the preview shows, the largest difference (0-255) from the PDF's page rendered at the
    preview's scale, both averaged over 2 mm squares (the two draw letters' edges a little differently)."""
    image, s = dlg.preview.image, dlg.preview.PX_PER_MM
    shown = Image.frombytes("RGBA", (image.width(), image.height()),
                            bytes(image.convertToFormat(image.Format.Format_RGBA8888).constBits())).convert("RGB")
    top, gap = round(dlg.preview.LABEL_MM * s), dlg.preview.GAP_MM * s
    found = []
    for number in range(len(dlg.preview.cards_per_page)):
        page = next(page_pictures(pdf, s * 25.4, number, number))
        x = round(number * (page.width + gap))
        inner = (3, 3, page.width - 3, page.height - 3)  # the preview draws a grey edge around the paper
        have = shown.crop((x, top, x + page.width, top + page.height)).crop(inner)
        want = page.crop(inner)
        squares = (want.width // 5, want.height // 5)
        difference = ImageChops.difference(have.resize(squares, Image.Resampling.BOX),
                                           want.resize(squares, Image.Resampling.BOX))
        found.append(max(band_max for _low, band_max in difference.getextrema()))
    return found


def test_the_preview_shows_the_sheet_the_pdf_has(dialog, qtbot):
    dlg = dialog("grensobjecten")
    choose(qtbot, dlg.backs_choice, "long-edge")
    qtbot.waitUntil(lambda: not dlg.timer.isActive(), timeout=5000)
    assert dlg.preview.cards_per_page == [4, 4]  # tarot: four cards, then their backs
    pdf, _result = render_pdf(dlg.deck, dlg.options(), max_sheets=1)
    assert max(preview_differences(dlg, pdf)) < 60
    shifted, _result = render_pdf(dlg.deck, replace(dlg.options(), offset=(0.5, 0.0)), max_sheets=1)
    front, back = preview_differences(dlg, shifted)  # the check sees backs half a millimetre off
    assert front < 60 < back


def test_a_printer_that_cannot_print_both_sides_is_told_before_anything_is_printed(dialog, qtbot, tmp_path):
    dlg = dialog("zeven-verandertips")
    target = tmp_path / "printer.pdf"
    dlg.ask_printer = pdf_printer(target)
    dlg.duplex_modes = lambda printer: [QPrinter.DuplexMode.DuplexNone]  # what the chosen printer can do
    asked: list[str] = []
    dlg.ask_duplex = lambda text: asked.append(text) or False
    click_print(qtbot, dlg)
    assert len(asked) == 1 and "kan niet dubbelzijdig" in asked[0] and "om te vouwen" in asked[0]
    assert not target.exists() and "Niet geprint" in dlg.message.text()

    dlg.ask_duplex = lambda text: asked.append(text) or True  # "Toch printen"
    click_print(qtbot, dlg)
    assert len(asked) == 2 and target.exists()


def test_switching_duplex_off_in_the_system_dialog_is_noticed(dialog, qtbot, tmp_path):
    dlg = dialog("zeven-verandertips")
    target = tmp_path / "printer.pdf"
    dlg.ask_printer = pdf_printer(target, duplex=QPrinter.DuplexMode.DuplexNone)  # the user turns it off
    dlg.duplex_modes = lambda printer: [QPrinter.DuplexMode.DuplexNone, QPrinter.DuplexMode.DuplexLongSide,
                                        QPrinter.DuplexMode.DuplexShortSide]
    asked: list[str] = []
    dlg.ask_duplex = lambda text: asked.append(text) or False
    click_print(qtbot, dlg)
    assert len(asked) == 1 and "dubbelzijdig printen uit" in asked[0] and "lange kant" in asked[0]
    assert not target.exists()

    choose(qtbot, dlg.backs_choice, "none")  # one-sided: nothing to ask
    click_print(qtbot, dlg)
    assert len(asked) == 1 and target.exists()

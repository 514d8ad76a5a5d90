"""What a trainer meets at the printer, read back from real PDFs: trim guides when there is bleed
but no crop marks, the offset check, card numbers and deck name on every front, a line per sheet,
the instruction page, the print preferences, ink-saving and recognisable backs, category symbols."""

from __future__ import annotations

import io
import subprocess

import pytest
from pypdf import PdfReader

from pdfshapes import page_shapes
from reflectiespel.cli import main
from reflectiespel.core.decks.library import default_library
from reflectiespel.pdf.cardlayout import monogram
from reflectiespel.pdf.deckpdf import PrintOptions, render_pdf


def deck(deck_id: str):
    return default_library().get(deck_id)


def render(deck_id: str, **options) -> tuple[PdfReader, bytes]:
    data, _result = render_pdf(deck(deck_id), PrintOptions(**options))
    return PdfReader(io.BytesIO(data)), data


def png(data: bytes, tmp_path, page: int = 1) -> bytes:
    """The page rendered by poppler, as PNG bytes (the picture the eye checks)."""
    source = tmp_path / "sheet.pdf"
    source.write_bytes(data)
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", str(page), "-l", str(page), "-singlefile",
                    str(source), str(tmp_path / "page")], check=True)
    return (tmp_path / "page.png").read_bytes()


def test_bleed_without_crop_marks_draws_a_trim_guide_at_every_corner():
    reader, _ = render("zeven-verandertips", size="poker", bleed=3.0, crop_marks=False)
    shapes = page_shapes(reader.pages[0])
    corners = {(round(box.x + 3, 1), round(box.y + 3, 1)) for box in shapes.clips}
    ends = {(round(x, 1), round(y, 1)) for seg in shapes.lines for (x, y) in seg}
    assert corners and corners <= ends  # a guide starts at each card's trim corner
    for seg in shapes.lines:  # and runs only through the bleed, which is cut away
        for box in shapes.clips:
            trim = (box.x + 3, box.y + 3, box.right - 3, box.top - 3)
            mid = ((seg[0][0] + seg[1][0]) / 2, (seg[0][1] + seg[1][1]) / 2)
            assert not (trim[0] + 0.1 < mid[0] < trim[2] - 0.1 and trim[1] + 0.1 < mid[1] < trim[3] - 0.1)


def test_an_offset_beyond_ten_mm_is_refused_in_dutch(tmp_path, capsys):
    target = tmp_path / "kaarten.pdf"
    assert main(["print", "zeven-verandertips", "--offset=12,0", "-o", str(target)]) == 1
    assert "te groot" in capsys.readouterr().err and not target.exists()
    assert main(["print", "--calibration", "--offset=0,-11", "-o", str(tmp_path / "k.pdf")]) == 1
    assert "te groot" in capsys.readouterr().err


def test_each_front_has_its_number_and_the_deck_name_and_version():
    the_deck = deck("zeven-verandertips")
    reader, _ = render("zeven-verandertips", size="poker")
    text = "\n".join(p.extract_text() for p in reader.pages[0::2])
    total = len(the_deck.cards)
    for n in range(1, total + 1):
        assert f"{n}/{total}" in text
    assert text.count(f"{the_deck.title} · {the_deck.version}") == total


def test_every_page_says_deck_sheet_and_side():
    reader, _ = render("zeven-verandertips", size="poker")
    sheets = len(reader.pages) // 2
    for number, page in enumerate(reader.pages):
        side = "achterkant" if number % 2 else "voorkant"
        assert f"De zeven verandertips · vel {number // 2 + 1}/{sheets} · {side}" in page.extract_text()


def test_instruction_page_comes_first_with_an_empty_back_and_a_checklist():
    reader, _ = render("zeven-verandertips", size="poker", instructions=True)
    first = reader.pages[0].extract_text()
    total = len(deck("zeven-verandertips").cards)
    for words in ("100 %", "lange kant", "g/m²", "Knip eerst", "Afvinklijst", "1/" + str(total), f"{total}/{total}"):
        assert words in first
    assert "Deze kant blijft leeg" in reader.pages[1].extract_text()
    assert "vel 1/3 · voorkant" in reader.pages[2].extract_text()  # the cards start on a new sheet
    reader, _ = render("zeven-verandertips", size="poker", instructions=True, backs="none")
    assert "vel 1/3 · voorkant" in reader.pages[1].extract_text()  # single-sided: no empty back


@pytest.mark.parametrize(("backs", "duplex"), [("long-edge", "/DuplexFlipLongEdge"),
                                                ("short-edge", "/DuplexFlipShortEdge"),
                                                ("none", "/Simplex"), ("fold", "/Simplex")])
def test_print_preferences_ask_for_no_scaling_and_the_right_duplex(backs, duplex):
    reader, _ = render("zeven-verandertips", size="poker", backs=backs)
    prefs = reader.trailer["/Root"]["/ViewerPreferences"]
    assert prefs["/PrintScaling"] == "/None" and prefs["/Duplex"] == duplex


def dark_share(png_bytes: bytes) -> float:
    from PySide6.QtGui import QImage

    image = QImage.fromData(png_bytes)
    dark = total = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            total += 1
            dark += image.pixelColor(x, y).lightnessF() < 0.5
    return dark / total


def test_ink_saving_backs_use_a_fraction_of_the_ink(tmp_path):
    _, full = render("grensobjecten", size="poker")
    _, light = render("grensobjecten", size="poker", ink_saving=True)
    assert dark_share(png(full, tmp_path, 2)) > 0.4
    assert dark_share(png(light, tmp_path, 2)) < 0.05
    assert "Grensobjecten" in PdfReader(io.BytesIO(light)).pages[1].extract_text()


def test_backs_name_their_deck_and_differ_between_decks():
    reader, _ = render("zeven-verandertips", size="poker")
    backs = " ".join(reader.pages[1].extract_text().split())
    assert "Tip 1" in backs and backs.count("De zeven verandertips") >= 10  # own back text and the deck
    marks = {monogram(d.title) for d in default_library().decks}
    assert len(marks) == len(default_library().decks)  # each deck's initials on its backs differ
    assert monogram("De zeven verandertips") in backs


def test_every_builtin_deck_gives_its_categories_different_symbols():
    for d in default_library().decks:
        symbols = [d.symbol(c.id) for c in d.categories]
        assert len(set(symbols)) == len(symbols), d.id

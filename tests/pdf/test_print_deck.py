"""Printing a deck: read the PDFs back and measure what was really drawn."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from pdfshapes import page_shapes
from reflectiespel.cli import main
from reflectiespel.core.decks.decks import Deck, load_deck
from reflectiespel.pdf.deckpdf import PrintError, PrintOptions, deck_cards, render_pdf, write_deck_pdf
from reflectiespel.pdf.geometry import CARD_SIZES, PAPER_SIZES

PT = 72 / 25.4
TOL = 0.2  # mm


def make_deck(cards: list[dict], back_text: str = "Achterkant") -> Deck:
    return Deck.model_validate({
        "format_version": 1, "id": "proef", "title": "Proefset", "source": "Test (2026)",
        "back": {"colour": "#334455", "text": back_text},
        "categories": [{"id": "een", "name": "Eén", "colour": "#2e7d32"},
                       {"id": "twee", "name": "Twee", "colour": "#1565c0"}],
        "cards": cards,
    })


def numbered_deck(n: int) -> Deck:
    return make_deck([{"id": f"kaart-{i}", "category": "een" if i % 2 else "twee", "title": f"Kaart {i}",
                       "text": "Een korte tekst.", "back": f"Achter {i}"} for i in range(1, n + 1)])


def pdf(deck: Deck, **options) -> PdfReader:
    data, _result = render_pdf(deck, PrintOptions(**options))
    return PdfReader(io.BytesIO(data))


def mm(value) -> float:
    return float(value) / PT


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_page_size_is_the_chosen_paper(paper):
    reader = pdf(numbered_deck(3), paper=paper)
    w, h = PAPER_SIZES[paper]
    for page in reader.pages:
        assert mm(page.mediabox.width) == pytest.approx(w, abs=TOL)
        assert mm(page.mediabox.height) == pytest.approx(h, abs=TOL)


@pytest.mark.parametrize("size", list(CARD_SIZES))
@pytest.mark.parametrize("bleed", [0.0, 2.0])
def test_every_card_box_is_exactly_the_chosen_size(size, bleed):
    reader = pdf(numbered_deck(20), size=size, bleed=bleed)
    cw, ch = CARD_SIZES[size]
    front = page_shapes(reader.pages[0])
    assert front.clips, "no card boxes found"
    for box in front.clips:
        assert box.w == pytest.approx(cw + 2 * bleed, abs=TOL)
        assert box.h == pytest.approx(ch + 2 * bleed, abs=TOL)
    # the trim lines (bleed box minus bleed) are where the crop marks point
    vertical_marks = {round(a[0], 1) for a, b in front.lines if abs(a[0] - b[0]) < 1e-6 and
                      not any(box.contains_segment((a, b)) for box in front.clips)}
    trims = {round(box.x + bleed, 1) for box in front.clips} | {round(box.right - bleed, 1) for box in front.clips}
    layout = PrintOptions(size=size, bleed=bleed).layout()
    if layout.inset:  # A6 4-up: the cards fill the sheet, the cut runs between their white borders
        assert vertical_marks == set()
    else:
        assert vertical_marks == trims


@pytest.mark.parametrize("size", list(CARD_SIZES))
@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("bleed", [0.0, 3.0])
def test_crop_marks_lie_outside_every_card(size, paper, bleed):
    reader = pdf(numbered_deck(12), size=size, paper=paper, bleed=bleed)
    shapes = page_shapes(reader.pages[0])
    marks = [seg for seg in shapes.lines if not any(box.contains_segment(seg) for box in shapes.clips)]
    if PrintOptions(size=size, paper=paper, bleed=bleed).layout().inset:
        assert marks == []  # A6 4-up fills the sheet: no margin for marks, the cut runs between the borders
        return
    assert len(marks) >= 8
    left, right = min(b.x for b in shapes.clips), max(b.right for b in shapes.clips)
    bottom, top = min(b.y for b in shapes.clips), max(b.top for b in shapes.clips)
    for seg in marks:
        xs, ys = [p[0] for p in seg], [p[1] for p in seg]
        assert (max(xs) <= left - 0.5 or min(xs) >= right + 0.5
                or max(ys) <= bottom - 0.5 or min(ys) >= top + 0.5), f"crop mark {seg} touches the cards"
        for box in shapes.clips:
            assert not box.enters(seg), f"crop mark {seg} runs into card {box}"
        for (x, y) in seg:  # and stays on the paper, inside the printable margin
            assert 3.9 <= x <= mm(reader.pages[0].mediabox.width) - 3.9
            assert 3.9 <= y <= mm(reader.pages[0].mediabox.height) - 3.9


def test_no_crop_marks_when_switched_off():
    shapes = page_shapes(pdf(numbered_deck(9), crop_marks=False).pages[0])
    assert not [seg for seg in shapes.lines if not any(b.contains_segment(seg) for b in shapes.clips)]


def _flip(box, page, edge: str):
    """Where a box on the front is seen from behind after turning the sheet over on ``edge``."""
    w, h = mm(page.mediabox.width), mm(page.mediabox.height)
    long_is_vertical = h >= w
    mirror_x = (edge == "long-edge") == long_is_vertical
    return (w - box.right, box.y) if mirror_x else (box.x, h - box.top)


@pytest.mark.parametrize("edge", ["long-edge", "short-edge"])
@pytest.mark.parametrize("size", ["poker", "a6"])  # a6 goes on landscape paper
@pytest.mark.parametrize("offset", [(0.0, 0.0), (1.5, -0.7)])
def test_each_back_lands_behind_its_front(edge, size, offset):
    reader = pdf(numbered_deck(13), size=size, backs=edge, offset=offset)  # the last sheet is not full
    assert len(reader.pages) % 2 == 0
    for front_page, back_page in zip(reader.pages[0::2], reader.pages[1::2]):
        fronts = page_shapes(front_page).clips
        backs = page_shapes(back_page).clips
        assert len(fronts) == len(backs) > 0
        for front, back in zip(fronts, backs):  # drawn in the same card order
            x, y = _flip(front, front_page, edge)
            assert back.x == pytest.approx(x + offset[0], abs=TOL)
            assert back.y == pytest.approx(y + offset[1], abs=TOL)
            assert (back.w, back.h) == pytest.approx((front.w, front.h), abs=TOL)


def test_each_back_carries_the_text_of_its_own_front():
    reader = pdf(numbered_deck(5))
    front_text, back_text = reader.pages[0].extract_text(), reader.pages[1].extract_text()
    for i in range(1, 6):
        assert f"Kaart {i}" in front_text and f"Achter {i}" in back_text


def test_fold_puts_front_and_back_side_by_side():
    reader = pdf(numbered_deck(4), backs="fold")
    shapes = page_shapes(reader.pages[0])
    boxes = shapes.clips
    assert len(boxes) == 8 and len(reader.pages) == 1
    for front, back in zip(boxes[0::2], boxes[1::2]):
        assert front.right == pytest.approx(back.x, abs=TOL)  # they share the fold line
        assert (front.w, front.h) == pytest.approx(CARD_SIZES["poker"], abs=TOL)
        assert (back.w, back.h) == pytest.approx(CARD_SIZES["poker"], abs=TOL)


def test_dutch_text_is_extractable_and_fonts_are_embedded(tmp_path):
    deck = make_deck([{"id": "nl", "category": "een", "title": "Ĳsselmeer café",
                       "text": "‘Enkele’ en “dubbele” aanhalingstekens – een gedachtestreepje, €5, "
                               "ëën, ïdee, coördinatie.", "questions": ["Wat zie je bij de ĳsbaan?"],
                       "assignment": "Teken één ding."}])
    result = write_deck_pdf(deck, tmp_path / "nl.pdf")
    assert not result.warnings
    reader = PdfReader(tmp_path / "nl.pdf")
    text = reader.pages[0].extract_text()
    for word in ("Ĳsselmeer", "café", "‘Enkele’", "“dubbele”", "–", "€5", "ëën", "ïdee", "coördinatie",
                 "ĳsbaan", "Opdracht:", "één"):
        assert word in text
    assert "Achterkant" in reader.pages[1].extract_text()
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        assert "/FontFile2" in descendant["/FontDescriptor"].get_object(), font["/BaseFont"]


def test_markup_emoji_rtl_and_long_words_print_literally():
    long_word = "Verantwoordelijkheidsgevoel" * 8
    deck = make_deck([{"id": "raar", "category": "een", "title": "<b>Vet & zo</b>",
                       "text": f"Een <i>tag</i> &amp; {long_word} 😀 👩‍👩‍👧 שלום עולם مرحبا",
                       "questions": ["Is 3 < 4 & 5 > 2?"], "assignment": "<script>x</script>"}])
    data, result = render_pdf(deck, PrintOptions())
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "<b>Vet & zo</b>" in text
    assert "<i>tag</i> &amp;" in text
    assert "3 < 4 & 5 > 2?" in text
    assert "<script>x</script>" in text
    assert long_word in text.replace("-\n", "")  # hyphenated at line ends, nothing lost


def test_text_that_cannot_fit_is_warned_with_the_card_name():
    deck = make_deck([
        {"id": "kort", "category": "een", "title": "Kort", "text": "Past wel."},
        {"id": "te-lang", "category": "twee", "title": "Veel te lang", "text": "woord " * 900}])
    data, result = render_pdf(deck, PrintOptions())
    assert len(result.warnings) == 1
    assert "te-lang" in result.warnings[0] and "Veel te lang" in result.warnings[0]
    assert "…" in PdfReader(io.BytesIO(data)).pages[0].extract_text()


def test_text_that_is_a_bit_long_shrinks_without_warning():
    deck = make_deck([{"id": "iets-lang", "category": "een", "title": "Iets langer",
                       "text": "Dit is een wat langere tekst die net niet past in de gewone maat. " * 3,
                       "questions": ["Wat zie je?", "Wat hoor je?", "Wat denk je?"],
                       "assignment": "Praat er vijf minuten samen over."}])
    data, result = render_pdf(deck, PrintOptions())
    assert result.warnings == []
    assert "vijf minuten" in PdfReader(io.BytesIO(data)).pages[0].extract_text()


def test_categories_copies_and_blank_cards(mini_deck_path):
    deck = load_deck(mini_deck_path)
    assert [c.key for c in deck_cards(deck, ["twee"])] == ["tweede"]
    cards = deck_cards(deck, copies=3, blank=2)
    assert len(cards) == 3 * (2 + 2 * 2)
    assert sum(c.blank for c in cards) == 12
    with pytest.raises(PrintError, match="drie"):
        deck_cards(deck, ["drie"])
    reader = pdf(deck, copies=2, blank=1)  # 8 cards: one sheet of fronts and one of backs
    assert len(reader.pages) == 2
    assert len(page_shapes(reader.pages[0]).clips) == 8


def test_cli_prints_a_deck_and_reports_warnings(tmp_path, mini_deck_path, capsys):
    target = tmp_path / "kaarten.pdf"
    assert main(["print", str(mini_deck_path), "-o", str(target), "--size", "bridge", "--paper", "letter"]) == 0
    assert "Geschreven" in capsys.readouterr().out
    reader = PdfReader(target)
    assert len(reader.pages) == 2
    assert "Eerste kaart" in reader.pages[0].extract_text()
    assert "Eigen achterkant" in reader.pages[1].extract_text()
    long_deck = tmp_path / "lang.yaml"
    long_deck.write_text(mini_deck_path.read_text(encoding="utf-8").replace(
        "Nog een kaart.", "Nog een kaart. " + "heel veel tekst " * 300), encoding="utf-8")
    assert main(["print", str(long_deck), "-o", str(tmp_path / "lang.pdf")]) == 0
    err = capsys.readouterr().err
    assert "WAARSCHUWING" in err and "Tweede kaart" in err and "tweede" in err


def test_unknown_deck_and_category_give_a_dutch_message_and_exit_1(tmp_path, mini_deck_path, capsys):
    assert main(["print", "bestaat-niet", "-o", str(tmp_path / "x.pdf")]) == 1
    assert "Er is geen kaartenset met id 'bestaat-niet'" in capsys.readouterr().err
    assert main(["print", str(mini_deck_path), "--category", "drie", "-o", str(tmp_path / "x.pdf")]) == 1
    assert "geen categorie" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("where", ["missing-folder", "is-a-folder", "read-only"])
def test_unwritable_output_exits_1_and_leaves_no_file(tmp_path, mini_deck_path, capsys, where):
    if where == "missing-folder":
        target = tmp_path / "bestaat-niet" / "kaarten.pdf"
    elif where == "is-a-folder":
        target = tmp_path / "map"
        target.mkdir()
    else:
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            pytest.skip("root may write anywhere")
        folder = tmp_path / "alleen-lezen"
        folder.mkdir()
        folder.chmod(0o555)
        target = folder / "kaarten.pdf"
    try:
        assert main(["print", str(mini_deck_path), "-o", str(target)]) == 1
        assert "Kan niet schrijven" in capsys.readouterr().err
        assert not target.is_file()
        leftovers = [p for p in tmp_path.rglob("*") if p.is_file()]
        assert leftovers == []
    finally:
        if where == "read-only":
            target.parent.chmod(0o755)


def test_a_failure_while_writing_leaves_the_old_file_and_no_temp_file(tmp_path, mini_deck_path, monkeypatch):
    target = tmp_path / "kaarten.pdf"
    target.write_bytes(b"old")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    assert main(["print", str(mini_deck_path), "-o", str(target)]) == 1
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kaarten.pdf"]


def test_calibration_sheet(tmp_path, capsys):
    target = tmp_path / "test.pdf"
    assert main(["print", "--calibration", "-o", str(target)]) == 0
    reader = PdfReader(target)
    assert len(reader.pages) == 2
    assert "voorkant" in reader.pages[0].extract_text()
    assert "--offset" in reader.pages[1].extract_text()


def test_calibration_rulers_sit_behind_the_crosshairs(tmp_path):
    from reflectiespel.pdf.calibration import render_calibration

    reader = PdfReader(io.BytesIO(render_calibration("a4", "long-edge", (2.0, -1.0))))
    w = mm(reader.pages[0].mediabox.width)
    front, back = page_shapes(reader.pages[0]), page_shapes(reader.pages[1])
    # the centre of each crosshair: a long vertical line on the front
    centres = sorted(round(a[0], 2) for a, b in front.lines if a[0] == b[0] and abs(a[1] - b[1]) > 40)
    zeros = sorted(round(w - x + 2.0, 2) for x in centres)
    back_vertical = {round(a[0], 2) for a, b in back.lines if a[0] == b[0] and abs(a[1] - b[1]) > 20}
    assert set(zeros) <= back_vertical


def test_print_options_reject_what_does_not_fit():
    with pytest.raises(PrintError, match="afloop"):
        render_pdf(numbered_deck(1), PrintOptions(size="a6", bleed=11))
    with pytest.raises(PrintError):
        render_pdf(numbered_deck(1), PrintOptions(copies=0))


def test_output_is_written_in_full_or_not_at_all(tmp_path):
    path = write_deck_pdf(numbered_deck(3), tmp_path / "k.pdf")
    assert path.pages == 2 and Path(tmp_path / "k.pdf").read_bytes().startswith(b"%PDF")


def test_calibration_rulers_read_at_a_glance(tmp_path):
    """No two numbers overlap, and the X ruler's ticks never cross the Y ruler's (no mesh)."""
    import math

    from reflectiespel.pdf.calibration import render_calibration
    from reportlab.pdfbase.pdfmetrics import stringWidth

    reader = PdfReader(io.BytesIO(render_calibration("a4", "long-edge", (0.0, 0.0))))
    back = reader.pages[1]
    boxes = []

    def visit(text, cm, tm, font, size):
        if text.strip() and size * math.hypot(tm[2], tm[3]) < 9:  # the ruler numbers, not the instructions
            x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
            boxes.append((x, y, x + stringWidth(text.strip(), "Reflectiespel-Sans", 7), y + 7))
    back.extract_text(visitor_text=visit)
    numbers = [b for b in boxes if b[1] < 700]
    assert len(numbers) >= 5 * 10
    for i, a in enumerate(numbers):
        for b in numbers[i + 1:]:
            assert not (a[0] < b[2] - 0.5 and a[2] > b[0] + 0.5 and a[1] < b[3] - 0.5 and a[3] > b[1] + 0.5), (a, b)
    shapes = page_shapes(back)
    short = [s for s in shapes.lines if math.dist(*s) < 5]  # ticks
    upright = [s for s in short if abs(s[0][0] - s[1][0]) < 1e-6]
    flat = [s for s in short if abs(s[0][1] - s[1][1]) < 1e-6]
    for (a1, a2) in upright:
        for (b1, b2) in flat:
            crosses = (min(b1[0], b2[0]) < a1[0] < max(b1[0], b2[0])
                       and min(a1[1], a2[1]) < b1[1] < max(a1[1], a2[1]))
            assert not crosses
    assert "\u2212" in back.extract_text() and "° per mm" in back.extract_text()  # a real minus; rotation

"""Card pictures (``image:``) are drawn on paper, in the report and on screen, scaled to fit with their
proportions, tested with a real PNG and a real JPEG; a picture that cannot be read is a warning."""

from __future__ import annotations

import io
import subprocess

import pytest
import yaml
from PIL import Image
from pypdf import PdfReader

from reflectiespel.core.decks.decks import load_deck
from reflectiespel.pdf.deckpdf import PrintOptions, render_pdf


@pytest.fixture
def picture_deck(tmp_path):
    folder = tmp_path / "set"
    folder.mkdir()
    Image.new("RGB", (400, 200), (220, 20, 20)).save(folder / "rood.png")  # wide, red
    Image.new("RGB", (150, 300), (20, 40, 220)).save(folder / "blauw.jpg", quality=95)  # tall, blue
    data = {
        "format_version": 1, "id": "plaatjes", "title": "Plaatjes", "source": "Test (2026)",
        "back": {"colour": "#334455"},
        "categories": [{"id": "een", "name": "Eén", "colour": "#2e7d32"}],
        "cards": [{"id": "rood", "category": "een", "title": "Rode kaart", "text": "Met een breed plaatje.",
                   "image": "rood.png"},
                  {"id": "blauw", "category": "een", "title": "Blauwe kaart", "text": "Met een hoog plaatje.",
                   "image": "blauw.jpg"},
                  {"id": "zonder", "category": "een", "title": "Zonder plaatje"}],
    }
    path = folder / "plaatjes.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return load_deck(path)


def test_pictures_are_embedded_in_the_printed_pdf_and_seen_on_the_page(picture_deck, tmp_path):
    data, result = render_pdf(picture_deck, PrintOptions(size="poker"))
    assert result.warnings == []
    target = tmp_path / "kaarten.pdf"
    target.write_bytes(data)
    listing = subprocess.run(["pdfimages", "-list", str(target)], capture_output=True, text=True, check=True).stdout
    sizes = {tuple(line.split()[3:5]) for line in listing.splitlines()[2:]}
    assert sizes == {("400", "200"), ("150", "300")}  # both pictures, at their own resolution
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", str(target),
                    str(tmp_path / "voor")], check=True)
    page = Image.open(tmp_path / "voor.png").convert("RGB")
    pixels = [page.getpixel((x, y)) for y in range(page.height) for x in range(page.width)]
    red = sum(1 for r, g, b in pixels if r > 180 and g < 80 and b < 80)
    blue = sum(1 for r, g, b in pixels if b > 180 and r < 80 and g < 100)
    assert red > 200 and blue > 200
    # scaled to fit: the wide picture fills the card's width inside its margins, kept 2:1
    reds = [(i % page.width, i // page.width) for i, (r, g, b) in enumerate(pixels) if r > 180 and g < 80 and b < 80]
    w = max(x for x, _ in reds) - min(x for x, _ in reds) + 1
    h = max(y for _, y in reds) - min(y for _, y in reds) + 1
    assert w / h == pytest.approx(2.0, rel=0.1)
    assert w < 63 / 25.4 * 50  # narrower than the card


def test_a_picture_that_cannot_be_read_is_a_warning_not_a_crash(picture_deck):
    (picture_deck.folder / "rood.png").write_bytes(b"geen plaatje")
    data, result = render_pdf(picture_deck, PrintOptions(size="poker"))
    assert any("rood.png" in w and "Rode kaart" in w for w in result.warnings)
    assert "Rode kaart" in PdfReader(io.BytesIO(data)).pages[0].extract_text()


def test_pictures_in_the_session_report(picture_deck, tmp_path):
    from reflectiespel.core.sessions.session import Session, Step
    from reflectiespel.pdf.report import render_report

    class OneDeck:
        def get(self, deck_id, language=None):
            if deck_id != picture_deck.id:
                raise KeyError(deck_id)
            return picture_deck

    session = Session(title="Met plaatjes", steps=[Step(id="s-1", kind="cards", title="Kiezen",
                                                       deck_id="plaatjes", card_ids=["rood", "blauw", "zonder"])])
    data, _warnings = render_report(session, "a4", OneDeck())
    target = tmp_path / "verslag.pdf"
    target.write_bytes(data)
    listing = subprocess.run(["pdfimages", "-list", str(target)], capture_output=True, text=True, check=True).stdout
    assert len(listing.splitlines()[2:]) == 2


def test_pictures_on_screen_scaled_to_fit(picture_deck, qapp):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from reflectiespel.ui.screencard import paint_card

    for card_id, colour in (("rood", (220, 20, 20)), ("blauw", (20, 40, 220))):
        image = QImage(315, 440, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        paint_card(painter, QRectF(0, 0, 315, 440), picture_deck, picture_deck.card(card_id))
        painter.end()
        hits = [(x, y) for y in range(0, 440, 2) for x in range(0, 315, 2)
                if sum(abs(a - b) for a, b in zip(image.pixelColor(x, y).getRgb()[:3], colour)) < 60]
        assert len(hits) > 300, card_id
        xs, ys = [x for x, _ in hits], [y for _, y in hits]
        ratio = (max(xs) - min(xs) + 2) / (max(ys) - min(ys) + 2)
        assert ratio == pytest.approx(400 / 200 if card_id == "rood" else 150 / 300, rel=0.12)
        assert max(ys) < 440 * 0.6  # under the band, leaving room for the text


def test_pictures_on_the_projection(picture_deck, qtbot, data_dir, tmp_path):
    """The room sees the picture too: a cards step with the red (wide) card on a 1280x720 projection."""
    from reflectiespel.core.decks.library import Library
    from reflectiespel.core.sessions.session import Session, Step
    from reflectiespel.resources import builtin_decks_dir
    from reflectiespel.ui.session.controller import SessionController
    from reflectiespel.ui.session.projection import ProjectionView

    library = Library(builtin_decks_dir(), tmp_path).load()  # the fixture's deck is in tmp_path/set/
    assert library.get("plaatjes") is not None
    session = Session.empty("Plaatjes")
    session.add_step(Step(kind="cards", title="Kijken", deck_id="plaatjes", card_ids=["rood", "zonder"]))
    session.go_to(0)
    projection = ProjectionView(SessionController(session, library, data_dir))
    qtbot.addWidget(projection)
    projection.resize(1280, 720)
    projection.show()
    qtbot.waitExposed(projection)

    def red_pixels() -> int:
        image = projection.grab().toImage()
        return sum(1 for y in range(0, image.height(), 4) for x in range(0, image.width(), 4)
                   if sum(abs(a - b) for a, b in zip(image.pixelColor(x, y).getRgb()[:3], (220, 20, 20))) < 60)

    assert red_pixels() > 400  # the picture, large enough to see from the back of the room
    session.current_card = 1
    projection.refresh()
    assert red_pixels() < 20  # the card without a picture shows none


def test_a_big_picture_is_printed_from_its_copy_at_300_dpi_and_a_giant_one_is_left_out_with_the_reason(
        picture_deck, tmp_path, monkeypatch):
    """#22: a picture wider than 1600 px is scaled once (a PNG in bands of rows) into the cache folder
    and the PDF holds that copy; a picture with more pixels than allowed is left out with a warning."""
    from hostile_files import png, png_header

    cache = tmp_path / "cache"
    monkeypatch.setenv("REFLECTIESPEL_CACHE_DIR", str(cache))
    png(picture_deck.folder / "rood.png", 8000, 4000, colour=b"\xdc\x14\x14")
    data, result = render_pdf(picture_deck, PrintOptions(size="poker"))
    assert result.warnings == []
    target = tmp_path / "groot.pdf"
    target.write_bytes(data)
    listing = subprocess.run(["pdfimages", "-list", str(target)], capture_output=True, text=True, check=True).stdout
    sizes = {tuple(line.split()[3:5]) for line in listing.splitlines()[2:]}
    assert sizes == {("1600", "800"), ("150", "300")}
    (copy,) = list((cache / "pictures").iterdir())
    assert Image.open(copy).getpixel((800, 400)) == pytest.approx((220, 20, 20), abs=3)
    assert not any(p.name.startswith(".") for p in picture_deck.folder.iterdir())
    for side, interlace, limit in ((35000, 0, 200), (7000, 1, 40)):
        png_header(picture_deck.folder / "rood.png", side, 6000, interlace)
        data, result = render_pdf(picture_deck, PrintOptions(size="poker"))
        assert any("Rode kaart" in w and f"heeft te veel beeldpunten ({side} × 6000); zo'n PNG mag er hoogstens "
                   f"{limit} miljoen" in w for w in result.warnings), result.warnings
        assert "Rode kaart" in PdfReader(io.BytesIO(data)).pages[0].extract_text()


def test_a_png_scaled_in_bands_equals_the_whole_picture_reduced(tmp_path):
    """core/decks/pngbands.py against Pillow decoding the whole picture, for every mode it takes."""
    from reflectiespel.core.decks.pngbands import reduce_png

    base = Image.radial_gradient("L").resize((517, 389)).convert("RGB")
    base.paste((10, 200, 30), (40, 50, 300, 120))
    cases = {"RGB": base, "RGBA": base.convert("RGBA"), "L": base.convert("L"), "LA": base.convert("LA"),
             "P": base.convert("P", palette=Image.Palette.ADAPTIVE), "1": base.convert("1")}
    for mode, picture in cases.items():
        path = tmp_path / f"{mode}.png"
        picture.save(path)
        banded = reduce_png(path.read_bytes(), 100)
        whole = Image.open(path)
        whole = whole.convert(banded.mode).reduce(6)
        assert banded.size == whole.size == (87, 65), mode
        assert banded.tobytes() == whole.tobytes(), mode

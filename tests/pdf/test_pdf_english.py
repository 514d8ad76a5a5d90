"""Issue #16: the printed deck's instruction page (how to print, flip and cut, the checklist, the empty back),
the warning for a picture that cannot be read and the refusal of a too-large offset follow the interface
language; in Dutch they stay Dutch. Read back from real PDFs made by the real command."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml
from PIL import Image
from pypdf import PdfReader

from reflectiespel.cli import main
from reflectiespel.core.base import i18n
from reflectiespel.core.decks.decks import load_deck
from reflectiespel.pdf.deckpdf import PrintOptions, render_pdf
from reflectiespel.pdf.geometry import LayoutError, check_offset
from reflectiespel.pdf.instructions import instruction_lines

DUTCH = re.compile(r"\b(kaart|kaarten|vel|vellen|knip|snijd|papier|dubbelzijdig|enkelzijdig|achterkant|"
                   r"voorkant|leeg|afvinklijst|printen|niet|een|het|de|en|op)\b", re.IGNORECASE)
ENGLISH = re.compile(r"\b(card|cards|sheet|sheets|cut|paper|double-sided|single-sided|back|front|blank|"
                     r"checklist|printing|not|the|and|on|if)\b", re.IGNORECASE)
WORD_BOX = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
PAGE_BOX = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')
MM = 72 / 25.4
DECK_FILE = Path(__file__).parents[2] / "decks" / "waarde-van-welzijn.yaml"
CARDS = len(load_deck(DECK_FILE).cards)  # the deck grows; the count on the page follows it
SHEETS = -(-CARDS // 4)  # tarot: four cards a sheet


def printed(tmp_path: Path, language: str, *options: str) -> PdfReader:
    """`reflectiespel --lang <language> print waarde-van-welzijn --instructions ...`, read back."""
    target = tmp_path / f"kaarten-{language}.pdf"
    assert main(["--lang", language, "print", "waarde-van-welzijn", "--instructions", "-o", str(target),
                 *options]) == 0
    return PdfReader(target)


def instruction_text(reader: PdfReader) -> str:
    """The instruction page without the card titles of its checklist (deck content, in the deck's language)."""
    text = reader.pages[0].extract_text()
    return re.sub(r"^\s*\d+/\d+\s.*$", "", text, flags=re.MULTILINE)


def test_the_instruction_page_is_english_with_lang_en(tmp_path, capsys):
    reader = printed(tmp_path, "en", "--bleed", "3")
    first = instruction_text(reader)
    for words in ("Value of wellbeing: printing and cutting", "Print at actual size: 100 %",
                  "flip on the long edge (like a book)", "Paper: sturdy, 160 to 250 g/m²",
                  "Cut the long lines across the whole sheet first", "The colour runs 3 mm beyond the card",
                  "Print one test sheet first", "reflectiespel print --calibration", f"Count: {CARDS} cards on {SHEETS} sheets.",
                  "tick off", "Checklist"):
        assert words in " ".join(first.split()), (words, first)
    assert not DUTCH.search(first.replace("reflectiespel", "")), first
    assert "This side stays blank." in reader.pages[1].extract_text()
    assert "Written:" in capsys.readouterr().out


def test_the_instruction_page_stays_dutch_in_dutch(tmp_path):
    reader = printed(tmp_path, "nl", "--bleed", "3")
    first = instruction_text(reader)
    for words in ("Waarde van welzijn: printen en knippen", "Print op ware grootte", "lange kant",
                  f"Tel na: {CARDS} kaarten op {SHEETS} vellen.", "Afvinklijst"):
        assert words in " ".join(first.split()), (words, first)
    assert not ENGLISH.search(first), first
    assert "Deze kant blijft leeg." in reader.pages[1].extract_text()


def test_the_english_instruction_page_fits_its_page(tmp_path):
    """The English lines are longer than some Dutch ones: every word still sits inside the page's margins,
    on A4 and on Letter (read with poppler's word boxes, as the printer would place them)."""
    for paper in ("a4", "letter"):
        printed(tmp_path, "en", "--bleed", "3", "--paper", paper)
        boxes = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(tmp_path / "kaarten-en.pdf"), "-"],
                               capture_output=True, text=True, check=True).stdout
        width, height = (float(v) for v in PAGE_BOX.search(boxes).groups())
        words = [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in WORD_BOX.findall(boxes)]
        assert len(words) > 150, paper  # the steps and the whole checklist
        for x0, y0, x1, y1, word in words:
            assert x0 >= 15 * MM and x1 <= width - 15 * MM, (paper, word, x0, x1, width)
            assert y0 >= 10 * MM and y1 <= height - 10 * MM, (paper, word, y0, y1, height)
        assert any(w == "tick" for *_, w in words)  # the last step is on the page, not cut off


@pytest.mark.parametrize(("backs", "english", "dutch"), [
    ("short-edge", "flip on the short edge (like a calendar)", "omslaan langs de korte kant"),
    ("none", "Print single-sided: there are no backs.", "Print enkelzijdig: er zijn geen achterkanten."),
    ("fold", "fold on the dashed line", "vouw op de streepjeslijn"),
])
def test_every_way_of_printing_backs_is_explained_in_english(backs, english, dutch):
    i18n.set_language("en")
    lines = instruction_lines("Deck", 20, 1, backs, 0.0, crop_marks=False)
    text = "\n".join(lines)
    assert english in text
    assert "There are no crop marks: cut along the thin border of each card." in text
    assert "Count: 20 cards on 1 sheet." in text
    assert ("Print one test sheet first" in text) == (backs == "short-edge")
    assert not DUTCH.search(text.replace("reflectiespel", "")), text
    i18n.set_language("nl")
    dutch_text = "\n".join(instruction_lines("Set", 20, 1, backs, 0.0, crop_marks=False))
    assert dutch in dutch_text and "Tel na: 20 kaarten op 1 vel." in dutch_text
    assert not ENGLISH.search(dutch_text), dutch_text


def test_a_blank_card_in_the_checklist_is_empty_in_english(tmp_path):
    """`--blank 1` adds a card without a title per category to write on; the checklist names it '(empty)'."""
    checklist = printed(tmp_path, "en", "--blank", "1").pages[0].extract_text()
    blanks = CARDS + len(load_deck(DECK_FILE).categories)  # one blank card per category
    assert "(empty)" in checklist and f"Count: {blanks} cards" in " ".join(checklist.split())
    checklist = printed(tmp_path, "nl", "--blank", "1").pages[0].extract_text()
    assert "(leeg)" in checklist


def test_a_picture_that_cannot_be_read_is_reported_in_english(tmp_path):
    folder = tmp_path / "set"
    folder.mkdir()
    Image.new("RGB", (40, 20), (220, 20, 20)).save(folder / "rood.png")
    Image.new("RGB", (40, 20), (220, 20, 20)).save(folder / "goed.png")
    data = {"format_version": 1, "id": "plaatjes", "title": "Plaatjes", "source": "Test (2026)",
            "back": {"colour": "#334455"}, "categories": [{"id": "een", "name": "Eén", "colour": "#2e7d32"}],
            "cards": [{"id": "rood", "category": "een", "title": "Rode kaart", "image": "rood.png"},
                      {"id": "goed", "category": "een", "title": "Goede kaart", "image": "goed.png"}]}
    path = folder / "plaatjes.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    deck = load_deck(path)
    (folder / "rood.png").write_bytes(b"geen plaatje")  # spoilt after opening (a deck refuses it when opened)
    i18n.set_language("en")
    _, result = render_pdf(deck, PrintOptions(size="poker"))
    [warning] = [w for w in result.warnings if "rood.png" in w]
    assert re.search(r"the picture has been left out: '[^']*rood\.png' is not a picture \(PNG or JPEG\)", warning), warning
    assert warning.startswith("Card ") and "Rode kaart" in warning
    assert not DUTCH.search(re.sub(r"'[^']*'", "", warning)), warning
    i18n.set_language("nl")
    _, result = render_pdf(deck, PrintOptions(size="poker"))
    assert any(re.search(r"het plaatje is weggelaten: '[^']*rood\.png' is geen plaatje", w) for w in result.warnings)


def test_a_too_large_offset_is_refused_in_english(tmp_path, capsys):
    i18n.set_language("en")
    with pytest.raises(LayoutError) as refused:
        check_offset((10.5, 0))
    assert "the offset 10.5,0 mm is too large" in str(refused.value)
    assert "calibration sheet" in str(refused.value) and "±10 mm" in str(refused.value)
    target = tmp_path / "x.pdf"
    assert main(["--lang", "en", "print", "waarde-van-welzijn", "--offset", "30,0", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "offset 30,0 mm is too large" in err and "Traceback" not in err and not target.exists()
    i18n.set_language("nl")
    with pytest.raises(LayoutError, match="de verschuiving 10.5,0 mm is te groot"):
        check_offset((10.5, 0))


def test_a_deck_is_printed_with_its_own_assignment_word_whatever_the_interface(tmp_path):
    """'Opdracht:' is part of the card, like its title: the English deck printed from a Dutch interface says
    'Assignment:', the Dutch one from an English interface 'Opdracht:' (as on screen, Deck.assignment_word)."""
    import subprocess
    import sys

    from pypdf import PdfReader

    from reflectiespel.resources import builtin_decks_dir

    for language, deck, wanted, unwanted in (("nl", "waarde-van-welzijn.en.yaml", "Assignment:", "Opdracht:"),
                                             ("en", "waarde-van-welzijn.yaml", "Opdracht:", "Assignment:")):
        out = tmp_path / f"{language}.pdf"
        result = subprocess.run([sys.executable, "-m", "reflectiespel.cli", "--lang", language, "print",
                                 str(builtin_decks_dir() / deck), "-o", str(out)],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        text = " ".join(page.extract_text() or "" for page in PdfReader(out).pages)
        assert wanted in text and unwanted not in text, (language, deck)

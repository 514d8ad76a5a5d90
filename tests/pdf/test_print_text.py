"""Text on printed cards, read back from the PDF: words are never broken without a hyphen, and text
is set at the largest size that fits (found by search, not in coarse steps)."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from reflectiespel.core.decks.library import default_library
from reflectiespel.pdf.cardlayout import MIN_BAND, PrintCard, front_blocks, monogram
from reflectiespel.pdf.deckpdf import PrintOptions, deck_cards, render_pdf
from reflectiespel.pdf.fonts import register_fonts
from reflectiespel.pdf.geometry import CARD_SIZES, MM_TO_PT
from reflectiespel.pdf.textfit import Measure, fit_scale, lay_out, total_height
from reportlab.lib.colors import HexColor

DECKS = ("grensobjecten", "waarde-van-welzijn", "zeven-verandertips")


def deck(deck_id: str):
    return next(d for d in default_library().decks if d.id == deck_id)


def words_of(cards: list[PrintCard]) -> set[str]:
    words: set[str] = set()
    for card in cards:
        for text in (card.title, card.text, *card.questions, card.assignment or "", card.back_text,
                     card.category_name.upper(), "Opdracht:", "•", card.footer, card.number, card.deck_name,
                     monogram(card.deck_name), "vel voorkant achterkant"):
            words.update(text.split())
    return words


def text_lines(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return [line.strip() for page in reader.pages for line in page.extract_text().splitlines() if line.strip()]


@pytest.mark.parametrize("deck_id", DECKS)
@pytest.mark.parametrize("size", ["poker", "bridge", "tarot", "a6"])
def test_no_word_is_broken_without_a_hyphen(deck_id, size):
    the_deck = deck(deck_id)
    cards = deck_cards(the_deck)
    known = words_of(cards)
    data, result = render_pdf(the_deck, PrintOptions(size=size))
    assert result.warnings == []
    after_hyphen = False
    strays = []
    for line in text_lines(data):
        tokens = line.split()
        for i, token in enumerate(tokens):
            continued = i == 0 and after_hyphen
            last = i == len(tokens) - 1
            if continued or (last and token.endswith("-")) or token in known or "\u2026" in token:
                continue
            if re.fullmatch(r"\d+/\d+|[\w.-]*\d[\w.-]*", token):  # card numbers, versions, dates
                continue
            strays.append((line, token))
        after_hyphen = bool(tokens) and tokens[-1].endswith("-") and tokens[-1] not in known
    assert strays == []


def poker_cases():
    register_fonts()
    measure = Measure()
    w, h = (v * MM_TO_PT for v in CARD_SIZES["poker"])
    margin = max(3.0 * MM_TO_PT, min(w, h) * 0.06)
    width, height = w - 2 * margin, h - 0.09 * h - 1.6 * margin
    for deck_id in DECKS:
        for card in deck_cards(deck(deck_id)):
            yield card, front_blocks(card, h, HexColor(card.colour)), width, height, measure


def test_text_is_set_at_the_largest_size_that_fits():
    shrunk = 0
    for card, blocks, width, height, measure in poker_cases():
        scale, laid, fits = fit_scale(blocks, width, height, measure)
        assert fits, card.key
        assert total_height(laid) <= height + 1e-6
        if scale < 1.0:
            shrunk += 1
            bigger = lay_out(blocks, width, scale * 1.01, measure)
            assert total_height(bigger) > height, f"{card.key} could be 1 % larger"
    assert shrunk >= 5  # the real decks do need shrinking, so the check above runs


def test_category_band_never_below_its_floor_in_the_pdf():
    raw = deck("grensobjecten").model_dump()
    for category in raw["categories"]:
        category["name"] = "Een heel lange categorienaam, langer dan de band"
    long_name = type(deck("grensobjecten")).model_validate(raw)
    data, _ = render_pdf(long_name, PrintOptions(size="bridge"))
    reader = PdfReader(io.BytesIO(data))
    sizes = [float(m) for m in re.findall(rb" ([\d.]+) Tf", reader.pages[0].get_contents().get_data())]
    assert sizes and min(sizes) >= MIN_BAND - 1e-6

"""Printed cards are readable: at a deck's own default size no text on paper is under 8 pt, nothing italic
under 9 pt, and the cards of one deck share one body size (a printed deck looks even).

The check prints each built-in deck with the real PDF writer (text fitting included), fronts and
backs, and reads every text run back from the PDF with its size and font as drawn on the page.
"""

from __future__ import annotations

import io
import math
import re

import pytest
from pypdf import PdfReader

from reflectiespel.core.decks.library import Library
from reflectiespel.pdf.cardlayout import BODY_FLOOR, deck_body, largest_body
from reflectiespel.pdf.deckpdf import PrintOptions, deck_cards, render_pdf
from reflectiespel.pdf.fonts import register_fonts
from reflectiespel.pdf.geometry import CARD_SIZES, MM_TO_PT
from reflectiespel.pdf.textfit import Measure
from reflectiespel.resources import builtin_decks_dir

FLOOR = 8.0  # pt
ITALIC_FLOOR = 9.0  # pt: the assignment is italic, and italic reads worse small
REGULAR, ITALIC, BOLD = "regular", "italic", "bold"


def style(font_name: str) -> str:
    """The style of an embedded font by its name ('DejaVuSans-Oblique' is italic)."""
    if "Bold" in font_name:
        return BOLD
    return ITALIC if "Oblique" in font_name or "Italic" in font_name else REGULAR


def _times(m: list[float], n: list[float]) -> list[float]:
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return [a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u]


def printed_runs(pdf: bytes) -> list[tuple[float, str, int, str]]:
    """(size in pt as drawn, text, page number, font style) of every text run in the PDF."""
    found: list[tuple[float, str, int, str]] = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, 1):
        def visit(text, cm, tm, font, size, number=number):
            if text.strip():
                m = _times(tm, cm)
                name = str(font.get("/BaseFont", "")) if font else ""
                found.append((size * math.hypot(m[2], m[3]), text.strip(), number, style(name)))
        page.extract_text(visitor_text=visit)
    return found


def printed_text_sizes(pdf: bytes) -> list[tuple[float, str, int]]:
    """(size in pt as drawn, text, page number) of every text run in the PDF."""
    return [(size, text, page) for size, text, page, _font in printed_runs(pdf)]


def small_print(deck) -> re.Pattern:
    """The trainer's small print, not read in play: the deck's name and version and the card number
    (n/N) at the foot of a front, and the line under each sheet (deck, sheet n/N, side)."""
    footer = re.escape(f"{deck.title} · {deck.version}" if deck.version else deck.title)
    return re.compile(rf"({footer}|\d+/\d+|{re.escape(deck.title)} · vel \d+/\d+ · (voorkant|achterkant))")


def too_small(deck, size: str | None = None) -> list[str]:
    pdf, result = render_pdf(deck, PrintOptions(size=size or deck.default_size, backs="long-edge"))
    assert result.warnings == [], result.warnings
    runs = printed_text_sizes(pdf)
    assert runs, "the PDF has text"
    exempt = small_print(deck)
    return [f"page {page}: {pt:.2f} pt '{text[:40]}'" for pt, text, page in runs
            if pt < FLOOR - 0.005 and not exempt.fullmatch(text)]


BUILTIN = Library(builtin_decks_dir()).load()
# Every built-in deck in every language it has (the English twins print at the same size).
EVERY = [(entry.language, entry.id) for entry in BUILTIN.entries if entry.ok]


@pytest.mark.parametrize("language, deck_id", EVERY, ids=[f"{lang}-{i}" for lang, i in EVERY])
def test_no_printed_text_under_8_pt_at_the_decks_default_size(language, deck_id):
    deck = BUILTIN.get(deck_id, language)
    assert deck.language == language
    assert too_small(deck) == [], f"{deck_id} ({language}) at {deck.default_size}: text under {FLOOR:g} pt"


def test_the_check_finds_small_text_on_a_crowded_poker_card():
    """The check can fail: the longest card of a deck, printed on a poker card, goes under 8 pt."""
    deck = BUILTIN.get("zeven-verandertips")
    longest = max(deck.play_cards, key=lambda c: len(" ".join([c.text, *c.questions, c.assignment or ""])))
    crowded = deck.model_copy(update={"cards": [longest], "default_size": "poker"})
    assert too_small(crowded) != []


# --- One body size per deck, nothing italic under 9 pt ------------------------------------------------

def body_sizes(deck) -> dict[str, set[float]]:
    """The sizes (pt, to 0.01) of the body text on the fronts of a deck's playing cards, by font: text and
    questions in the regular font, the assignment in the italic one (titles, bands and backs are bold)."""
    playing = deck.model_copy(update={"cards": deck.play_cards})
    pdf, result = render_pdf(playing, PrintOptions(size=deck.default_size, backs="none"))
    assert result.warnings == [], result.warnings
    exempt = small_print(deck)
    found: dict[str, set[float]] = {REGULAR: set(), ITALIC: set()}
    for pt, text, _page, font in printed_runs(pdf):
        if font in found and not exempt.fullmatch(text):
            found[font].add(round(pt, 2))
    return found


@pytest.mark.parametrize("language, deck_id", EVERY, ids=[f"{lang}-{i}" for lang, i in EVERY])
def test_a_printed_deck_has_one_body_size_and_no_italic_under_9_pt(language, deck_id):
    deck = BUILTIN.get(deck_id, language)
    sizes = body_sizes(deck)
    assert len(sizes[REGULAR]) == 1, f"{deck_id} ({language}): body text in {sorted(sizes[REGULAR])} pt"
    assert sizes[ITALIC] <= sizes[REGULAR], f"{deck_id} ({language}): assignment {sorted(sizes[ITALIC])} pt"
    assert min(sizes[REGULAR] | sizes[ITALIC]) >= ITALIC_FLOOR, f"{deck_id} ({language}): {sizes}"
    pdf, _result = render_pdf(deck, PrintOptions(size=deck.default_size, backs="long-edge"))
    italic = [(pt, text) for pt, text, _page, font in printed_runs(pdf) if font == ITALIC and pt < ITALIC_FLOOR - 0.005]
    assert italic == [], f"{deck_id} ({language}): italic under {ITALIC_FLOOR:g} pt: {italic[:3]}"


def test_the_body_size_check_sees_a_card_that_prints_smaller_than_the_rest():
    """The check can fail: one card far too long for the deck's floor is set smaller than the others."""
    deck = BUILTIN.get("vijf-bouwstenen")
    first, second = deck.play_cards[:2]
    long = second.model_copy(update={"text": " ".join([second.text] * 3)})
    uneven = deck.model_copy(update={"cards": [first, long]})
    assert len(body_sizes(uneven)[REGULAR]) == 2


def test_the_deck_body_is_the_largest_every_card_allows():
    """Not smaller than needed: 0.2 pt more and some playing card no longer fits."""
    register_fonts()
    deck = BUILTIN.get("zeven-verandertips")
    w, h = (v * MM_TO_PT for v in CARD_SIZES[deck.default_size])
    cards = deck_cards(deck)
    measure = Measure()
    body = deck_body(cards, w, h, measure)
    assert body >= BODY_FLOOR
    tight = [card.key for card in cards if card.kind == "card" and largest_body(card, w, h, measure) < body + 0.2]
    assert tight, "every card would fit a larger body size"


@pytest.mark.parametrize("size", ["poker", "bridge"])  # the smallest card, and the narrowest
@pytest.mark.parametrize("language, deck_id", EVERY, ids=[f"{lang}-{i}" for lang, i in EVERY])
def test_the_credits_card_with_all_its_sources_fits_the_small_cards(language, deck_id, size):
    """The credits card prints the deck's sources; a source added to a deck must not push its end off the
    smallest or the narrowest card ('de tekst past niet op de kaart … het laatste stuk is weggelaten')."""
    deck = BUILTIN.get(deck_id, language)
    credits = deck.model_copy(update={"cards": [c for c in deck.cards if c.kind == "credits"]})
    assert credits.cards, f"{deck_id} ({language}) has no credits card"
    _pdf, result = render_pdf(credits, PrintOptions(size=size, backs="long-edge"))
    assert result.warnings == []

"""Printed cards are readable: at a deck's own default size no text on paper is under 8 pt.

The check prints each built-in deck with the real PDF writer (text fitting included), fronts and
backs, and reads every text run back from the PDF with its size as drawn on the page.
"""

from __future__ import annotations

import io
import math
import re

import pytest
from pypdf import PdfReader

from reflectiespel.core.library import Library
from reflectiespel.pdf.deckpdf import PrintOptions, render_pdf
from reflectiespel.resources import builtin_decks_dir

FLOOR = 8.0  # pt


def _times(m: list[float], n: list[float]) -> list[float]:
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return [a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u]


def printed_text_sizes(pdf: bytes) -> list[tuple[float, str, int]]:
    """(size in pt as drawn, text, page number) of every text run in the PDF."""
    found: list[tuple[float, str, int]] = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, 1):
        def visit(text, cm, tm, font, size, number=number):
            if text.strip():
                m = _times(tm, cm)
                found.append((size * math.hypot(m[2], m[3]), text.strip(), number))
        page.extract_text(visitor_text=visit)
    return found


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

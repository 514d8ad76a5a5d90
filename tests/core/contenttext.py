"""What the content tests (issue #23 and its review rounds) share: texts as a reader meets them, the decks
in both languages, and the facilitator pages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reflectiespel.core.decks.library import Library
from reflectiespel.resources import builtin_decks_dir

DECK_PAGES = Path(__file__).resolve().parents[2] / "docs" / "decks"


def said(text: str | None) -> str:
    """The text with its line breaks and runs of spaces as one space each (None: empty)."""
    return " ".join((text or "").split())


def page(name: str) -> str:
    """The facilitator page docs/decks/<name>.md, as said."""
    return said((DECK_PAGES / f"{name}.md").read_text(encoding="utf-8"))


def both_languages(dutch: Library | None = None) -> Callable:
    """deck id -> (the Dutch deck, the English deck); ``dutch``: a Dutch library already loaded."""
    nl = dutch or Library(builtin_decks_dir()).load()
    en = Library(builtin_decks_dir(), language="en").load()
    return lambda deck_id: (nl.get(deck_id), en.get(deck_id, "en"))

"""The bundled DejaVu Sans fonts, registered with reportlab as embedded TrueType fonts.

Text drawn with these fonts is embedded as a subset with a ToUnicode map, so it stays selectable
and searchable. ``printable`` makes any user text safe for them: characters the font lacks (and
characters outside the Basic Multilingual Plane, which reportlab cannot map back to text) become a
visible box instead of breaking the PDF.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..resources import font_path
from .drawing import BOLD, ITALIC, REGULAR  # the names the painters know

MISSING = "\u25a1"  # □, shown where the font has no glyph (colour emoji, rare scripts)


@dataclass(frozen=True)
class Fonts:
    regular: str = REGULAR
    bold: str = BOLD
    italic: str = ITALIC


def register_fonts() -> Fonts:
    """Register the fonts once per process (reportlab keeps a process-wide table)."""
    known = set(pdfmetrics.getRegisteredFontNames())
    for name, style in ((REGULAR, "regular"), (BOLD, "bold"), (ITALIC, "italic")):
        if name not in known:
            pdfmetrics.registerFont(TTFont(name, str(font_path(style))))
    return Fonts()


@lru_cache(maxsize=8)
def _supported(font_name: str) -> frozenset[int]:
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)


@lru_cache(maxsize=8)
def _plain(font_name: str) -> frozenset[str]:
    """Characters that pass through ``printable`` unchanged: drawable, not control or format."""
    return frozenset(chr(code) for code in _supported(font_name)
                     if code <= 0xFFFF and unicodedata.category(chr(code)) not in ("Cc", "Cf", "Cs", "Co", "Cn")
                     and chr(code) not in "\ufe0e\ufe0f") | {"\n"}


def printable(text: str, font_name: str = REGULAR) -> str:
    """User text as it can be drawn: tabs become spaces, control and zero-width characters go,
    characters without a glyph become a box. Everything else (``<``, ``&``, ``<b>``, right-to-left
    text) stays exactly as typed: nothing is interpreted as markup."""
    if _plain(font_name).issuperset(text):  # the common case: nothing to change
        return text
    supported = _supported(font_name)
    out = []
    for ch in text:
        if ch == "\t":
            out.append(" ")
            continue
        if ch == "\n":
            out.append(ch)
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Cf", "Cs", "Co", "Cn") or ch in "\ufe0e\ufe0f":
            continue  # control, format (zero-width joiners, direction marks), surrogates, unassigned
        code = ord(ch)
        if code > 0xFFFF or code not in supported:
            if out and out[-1] == MISSING and category.startswith("M"):
                continue
            out.append(MISSING)
            continue
        out.append(ch)
    return "".join(out)


def paragraph_text(value: str, font_name: str = REGULAR) -> str:
    """User text made safe for a reportlab Paragraph: shown exactly as typed (XML-escaped, never markup),
    line breaks kept (pdf/report.py and pdf/reportinput.py)."""
    return escape(printable(value, font_name)).replace("\n", "<br/>")

"""Plain-text line wrapping and fitting for reportlab, measured with pdfmetrics.stringWidth.

No markup is interpreted: a text is a string of characters. Words longer than a line are broken
between characters. ``fit`` makes a stack of blocks smaller, all together, until it fits a height or
every block reached its minimum size; then the text is truncated with an ellipsis and the caller
is told so (it must warn: nothing is cut off silently).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.pdfbase.pdfmetrics import stringWidth

ELLIPSIS = "\u2026"
LEADING = 1.22


class Measure:
    """Widths of strings at 1 pt, cached: a line's width is the sum of its parts (reportlab does not kern)."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str], float] = {}

    def width(self, text: str, font: str, size: float) -> float:
        key = (text, font)
        w = self._cache.get(key)
        if w is None:
            w = stringWidth(text, font, 1000.0) / 1000.0
            self._cache[key] = w
        return w * size


def _break_word(word: str, font: str, size: float, room: float, measure: Measure) -> list[str]:
    pieces, current = [], ""
    for ch in word:
        if current and measure.width(current + ch, font, size) > room:
            pieces.append(current)
            current = ch
        else:
            current += ch
    if current:
        pieces.append(current)
    return pieces


def wrap(text: str, font: str, size: float, width: float, measure: Measure, first_indent: float = 0.0,
         indent: float = 0.0) -> list[str]:
    """Lines of ``text`` no wider than ``width`` (the first line starts ``first_indent`` in, the
    others ``indent``); newlines in the text start a new line."""
    lines: list[str] = []
    space = measure.width(" ", font, size)
    for paragraph in text.split("\n"):
        room = width - (first_indent if not lines else indent)
        current, current_w = "", 0.0
        for word in paragraph.split():
            w = measure.width(word, font, size)
            if current and current_w + space + w <= room:
                current += " " + word
                current_w += space + w
                continue
            if current:
                lines.append(current)
                room = width - indent
            if w <= room:
                current, current_w = word, w
                continue
            pieces = _break_word(word, font, size, max(room, size), measure)
            lines.extend(pieces[:-1])
            room = width - indent
            current = pieces[-1]
            current_w = measure.width(current, font, size)
        lines.append(current)
    while lines and not lines[-1]:
        lines.pop()
    return lines


@dataclass
class Block:
    """A run of text in one font: a title, a paragraph, a question, the assignment."""

    text: str
    font: str
    size: float
    min_size: float
    colour: object = None
    gap: float = 0.0  # space after the block, in pt at full size
    prefix: str = ""  # drawn before the first line, e.g. "• " or "Opdracht: "
    prefix_font: str = ""
    hanging: bool = False  # later lines indented by the prefix width (bullets)
    box: object = None  # fill colour of a box behind the block
    pad: float = 0.0  # padding inside the box


@dataclass
class Laid:
    block: Block
    size: float
    lines: list[str]
    prefix_w: float
    gap: float
    height: float = field(init=False)

    def __post_init__(self) -> None:
        self.height = len(self.lines) * self.size * LEADING + 2 * self.block.pad


def lay_out(blocks: list[Block], width: float, scale: float, measure: Measure) -> list[Laid]:
    laid = []
    for block in blocks:
        size = max(block.min_size, block.size * scale)
        prefix_w = measure.width(block.prefix, block.prefix_font or block.font, size) if block.prefix else 0.0
        inner = width - 2 * block.pad
        lines = wrap(block.text, block.font, size, inner, measure, prefix_w, prefix_w if block.hanging else 0.0)
        if not lines and block.prefix:
            lines = [""]
        laid.append(Laid(block, size, lines, prefix_w, block.gap * max(scale, 0.5)))
    return laid


def total_height(laid: list[Laid]) -> float:
    return sum(item.height for item in laid) + sum(item.gap for item in laid[:-1])


def fit(blocks: list[Block], width: float, height: float, measure: Measure) -> tuple[list[Laid], bool]:
    """Lay out ``blocks`` as large as possible within ``height``; returns (laid, truncated)."""
    scale = 1.0
    while True:
        laid = lay_out(blocks, width, scale, measure)
        if total_height(laid) <= height:
            return laid, False
        if all(b.size * scale <= b.min_size for b in blocks):
            return truncate(laid, width, height, measure), True
        scale *= 0.94


def truncate(laid: list[Laid], width: float, height: float, measure: Measure) -> list[Laid]:
    """Keep the lines that fit; end the last one with an ellipsis."""
    kept: list[Laid] = []
    used = 0.0
    for item in laid:
        line_h = item.size * LEADING
        room = height - used - 2 * item.block.pad
        n = int(room // line_h) if room > 0 else 0
        if n >= len(item.lines) and used + item.height <= height:
            kept.append(item)
            used += item.height + item.gap
            continue
        if n > 0:
            lines = item.lines[:n]
            font = item.block.font
            inner = width - 2 * item.block.pad - (item.prefix_w if (n == 1 or item.block.hanging) else 0.0)
            last = lines[-1].rstrip()
            while last and measure.width(last + ELLIPSIS, font, item.size) > inner:
                last = last[:-1].rstrip()
            lines[-1] = last + ELLIPSIS
            kept.append(Laid(item.block, item.size, lines, item.prefix_w, item.gap))
        elif kept:
            last_item = kept[-1]
            last_line = last_item.lines[-1].rstrip()
            while last_line and measure.width(last_line + ELLIPSIS, last_item.block.font, last_item.size) > (
                    width - 2 * last_item.block.pad - last_item.prefix_w):
                last_line = last_line[:-1].rstrip()
            last_item.lines[-1] = last_line + ELLIPSIS
        break
    return kept

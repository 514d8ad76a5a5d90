"""Plain-text line wrapping and fitting for reportlab, measured with pdfmetrics.stringWidth.

No markup is interpreted: a text is a string of characters. Words longer than a line are hyphenated
(Dutch, pyphen), never broken without a hyphen; a block marked ``whole_words`` (titles, backs) is made
smaller instead until its longest word fits. ``fit`` searches the largest common scale of a stack of
blocks that fits a height; when even the minimum sizes do not fit, the text is truncated with an
ellipsis and the caller is told so (it must warn: nothing is cut off silently).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

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


HYPHEN = "-"


@lru_cache(maxsize=1)
def _dutch():
    """The Dutch hyphenation dictionary (pyphen, imported on first use: only printing needs it)."""
    import pyphen

    return pyphen.Pyphen(lang="nl_NL")


@lru_cache(maxsize=4096)
def _break_points(word: str) -> tuple[int, ...]:
    """Where ``word`` may be split, as character positions, longest first part first: after a
    hyphen already in the word, then Dutch syllable boundaries."""
    points = {i + 1 for i, ch in enumerate(word[:-1]) if ch in "-‐–/"}
    letters = [i for i, ch in enumerate(word) if ch.isalpha()]
    if len(letters) >= 4:
        lo, hi = letters[0], letters[-1] + 1
        core = word[lo:hi]
        if core.isalpha():
            points.update(lo + p for p in _dutch().positions(core))
    return tuple(sorted(points, reverse=True))


def _break_word(word: str, font: str, size: float, room: float, next_room: float, measure: Measure) -> list[str]:
    """Split a word that is wider than ``room``: at a hyphenation point with a hyphen at the line's end,
    or, when no point fits (a long name, a number), between characters, still with a hyphen."""
    pieces: list[str] = []
    while len(word) > 1 and measure.width(word, font, size) > room:
        head = ""
        for point in _break_points(word):
            candidate = word[:point]
            shown = candidate if candidate[-1] in "-‐–/" else candidate + HYPHEN
            if measure.width(shown, font, size) <= room:
                head = shown
                break
        if not head:
            cut = 1
            while cut < len(word) - 1 and measure.width(word[:cut + 1] + HYPHEN, font, size) <= room:
                cut += 1
            head, point = word[:cut] + HYPHEN, cut
        pieces.append(head)
        word = word[point:]
        room = next_room
    pieces.append(word)
    return pieces


def wrap(text: str, font: str, size: float, width: float, measure: Measure, first_indent: float = 0.0,
         indent: float = 0.0) -> list[str]:
    """Lines of ``text`` no wider than ``width`` (the first line starts ``first_indent`` in, the
    others ``indent``); newlines in the text start a new line. A word wider than a line is
    hyphenated (Dutch), never broken without a hyphen."""
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
            line_room = max(width - indent, size)
            if current and w > line_room:  # too long for any line: begin it on this one
                rest = room - current_w - space
                pieces = _break_word(word, font, size, rest, line_room, measure)
                if len(pieces[0]) > 3 and measure.width(pieces[0], font, size) <= rest:
                    lines.append(current + " " + pieces[0])
                    lines.extend(pieces[1:-1])
                    room = width - indent
                    current = pieces[-1]
                    current_w = measure.width(current, font, size)
                    continue
            if current:
                lines.append(current)
                room = width - indent
            if w <= room:
                current, current_w = word, w
                continue
            pieces = _break_word(word, font, size, max(room, size), line_room, measure)
            lines.extend(pieces[:-1])
            room = width - indent
            current = pieces[-1]
            current_w = measure.width(current, font, size)
        lines.append(current)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def longest_word(text: str, font: str, measure: Measure) -> float:
    """The width at 1 pt of the widest word in ``text``."""
    return max((measure.width(word, font, 1.0) for word in text.split()), default=0.0)


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
    whole_words: bool = False  # smaller (down to min_size) rather than hyphenate its longest word


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


def _size_cap(block: Block, width: float, measure: Measure) -> float:
    """The largest size at which a whole-words block's widest word fits on a line."""
    if not block.whole_words:
        return block.size
    widest = longest_word(block.text, block.font, measure)
    prefix = measure.width(block.prefix, block.prefix_font or block.font, 1.0) if block.prefix else 0.0
    if widest <= 0:
        return block.size
    return max(block.min_size, min(block.size, (width - 2 * block.pad) / (widest + prefix)))


def lay_out(blocks: list[Block], width: float, scale: float, measure: Measure,
            caps: list[float] | None = None) -> list[Laid]:
    laid = []
    caps = caps or [_size_cap(b, width, measure) for b in blocks]
    for block, cap in zip(blocks, caps):
        size = max(block.min_size, min(cap, block.size * scale))
        prefix_w = measure.width(block.prefix, block.prefix_font or block.font, size) if block.prefix else 0.0
        inner = width - 2 * block.pad
        lines = wrap(block.text, block.font, size, inner, measure, prefix_w, prefix_w if block.hanging else 0.0)
        if not lines and block.prefix:
            lines = [""]
        laid.append(Laid(block, size, lines, prefix_w, block.gap * max(scale, 0.5)))
    return laid


def total_height(laid: list[Laid]) -> float:
    return sum(item.height for item in laid) + sum(item.gap for item in laid[:-1])


PRECISION = 0.004  # the search stops when the scale is known to within 0.4 %


def fit_scale(blocks: list[Block], width: float, height: float, measure: Measure) -> tuple[float, list[Laid], bool]:
    """The largest scale (<= 1) at which ``blocks`` fit ``height``, by search: (scale, laid, fits)."""
    caps = [_size_cap(b, width, measure) for b in blocks]
    laid = lay_out(blocks, width, 1.0, measure, caps)
    needed = total_height(laid)
    if needed <= height:
        return 1.0, laid, True
    floor = max((b.min_size / b.size for b in blocks if b.size > 0), default=1.0)
    floor = min(floor, 1.0)
    low_laid = lay_out(blocks, width, floor, measure, caps)
    if total_height(low_laid) > height:
        return floor, low_laid, False
    low, high, best = floor, 1.0, low_laid
    guess = max(low, min(high, (height / needed) ** 0.5))  # text area grows with the square of the size
    for probe in (guess, guess * 1.03):
        if not low < probe < high:
            continue
        trial = lay_out(blocks, width, probe, measure, caps)
        if total_height(trial) <= height:
            low, best = probe, trial
        else:
            high = probe
            break
    while high - low > PRECISION * high:
        middle = (low + high) / 2
        trial = lay_out(blocks, width, middle, measure, caps)
        if total_height(trial) <= height:
            low, best = middle, trial
        else:
            high = middle
    return low, best, True


def fit(blocks: list[Block], width: float, height: float, measure: Measure) -> tuple[list[Laid], bool]:
    """Lay out ``blocks`` as large as possible within ``height``; returns (laid, truncated)."""
    _scale, laid, fits = fit_scale(blocks, width, height, measure)
    if fits:
        return laid, False
    return truncate(laid, width, height, measure), True


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

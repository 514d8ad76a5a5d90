"""A deck as a cut-ready PDF: sheets of fronts, each followed by its sheet of backs (duplex), or
front and back side by side to fold, or fronts only.

``write_deck_pdf`` is what the CLI and the print dialog call; ``render_pdf`` gives the bytes (for a
preview it can stop after a few sheets). Warnings name the cards whose text did not fit.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from reportlab.lib.colors import black
from reportlab.pdfgen.canvas import Canvas

from ..core.decks import Deck
from .cardpaint import PrintCard, draw_back, draw_front
from .fonts import REGULAR, register_fonts
from .geometry import MM_TO_PT, Box, LayoutError, SheetLayout, sheet_layout
from .output import atomic_write
from .textfit import Measure

Progress = Callable[[int, int], None]  # (cards done, cards in total)


class PrintError(ValueError):
    """The print settings cannot be used (message in Dutch, for the person printing)."""


@dataclass(frozen=True)
class PrintOptions:
    size: str = "poker"
    paper: str = "a4"
    bleed: float = 0.0
    crop_marks: bool = True
    backs: str = "long-edge"
    categories: tuple[str, ...] = ()
    copies: int = 1
    offset: tuple[float, float] = (0.0, 0.0)
    blank: int = 0

    def layout(self) -> SheetLayout:
        return sheet_layout(self.size, self.paper, self.bleed, self.crop_marks, self.backs)


@dataclass
class PrintResult:
    pages: int = 0
    cards: int = 0
    sheets: int = 0
    warnings: list[str] = field(default_factory=list)


def deck_cards(deck: Deck, categories: Iterable[str] = (), copies: int = 1, blank: int = 0) -> list[PrintCard]:
    """The cards to print, in deck order, the whole set ``copies`` times; ``blank`` empty cards per
    chosen category follow each set. Instruction, credits and note cards always come along, whatever
    the categories: the credits card names the deck's sources ("Bron") on paper."""
    wanted = list(dict.fromkeys(categories))
    known = [c.id for c in deck.categories]
    unknown = [c for c in wanted if c not in known]
    if unknown:
        raise PrintError(f"De set '{deck.id}' heeft geen categorie {', '.join(repr(u) for u in unknown)}. "
                         f"Kies uit: {', '.join(known)}.")
    if not 1 <= copies <= 100:
        raise PrintError("Het aantal exemplaren moet tussen 1 en 100 liggen.")
    if not 0 <= blank <= 100:
        raise PrintError("Het aantal lege kaarten per categorie moet tussen 0 en 100 liggen.")
    chosen = wanted or known
    one_set: list[PrintCard] = []
    for card in deck.cards:
        if card.category not in chosen and card.playable:
            continue
        category = deck.category(card.category)
        one_set.append(PrintCard(
            key=card.id, title=card.title, text=deck.card_text(card), questions=tuple(card.questions),
            assignment=card.assignment, category_name=category.name, colour=category.colour,
            back_text=deck.back_text(card) or deck.title, back_colour=deck.back.colour,
            own_back=bool(card.back), blank=card.blank))
    for category_id in chosen:
        category = deck.category(category_id)
        for number in range(1, blank + 1):
            one_set.append(PrintCard(
                key=f"leeg-{category_id}-{number}", title="", category_name=category.name,
                colour=category.colour, back_text=deck.back.text or deck.title,
                back_colour=deck.back.colour, blank=True))
    if not one_set:
        raise PrintError("Er zijn geen kaarten om te printen in de gekozen categorieën.")
    return one_set * copies


def _draw_marks(c: Canvas, layout: SheetLayout) -> None:
    c.saveState()
    c.setStrokeColor(black)
    c.setLineWidth(0.25)
    for mark in layout.marks:
        c.setDash([2, 1.5] if mark.kind == "fold" else [])
        c.line(mark.x1 * MM_TO_PT, mark.y1 * MM_TO_PT, mark.x2 * MM_TO_PT, mark.y2 * MM_TO_PT)
    c.restoreState()


def _fold_boxes(slot_trim: Box, back_trim: Box, bleed: float) -> tuple[Box, Box]:
    """Bleed boxes of the two panels of a fold card: bleed on three sides, none at the fold."""
    front = Box(slot_trim.x - bleed, slot_trim.y - bleed, slot_trim.w + bleed, slot_trim.h + 2 * bleed)
    back = Box(back_trim.x, back_trim.y - bleed, back_trim.w + bleed, back_trim.h + 2 * bleed)
    return front, back


def render_cards(c: Canvas, cards: list[PrintCard], options: PrintOptions, layout: SheetLayout,
                 max_sheets: int | None = None, progress: Progress | None = None) -> PrintResult:
    register_fonts()
    measure = Measure()
    result = PrintResult(cards=len(cards))
    warned: dict[str, None] = {}
    per = layout.per_sheet
    c.setPageSize((layout.paper_w * MM_TO_PT, layout.paper_h * MM_TO_PT))
    for start in range(0, len(cards), per):
        if max_sheets is not None and result.sheets >= max_sheets:
            break
        sheet = list(zip(layout.slots, cards[start:start + per]))
        for slot, card in sheet:
            if options.backs == "fold":
                assert slot.back_trim is not None
                front_box, back_box = _fold_boxes(slot.trim, slot.back_trim, layout.bleed)
                found = draw_front(c, card, slot.trim, layout.bleed, measure, front_box)
                found += draw_back(c, card, slot.back_trim, layout.bleed, measure, back_box)
            else:
                found = draw_front(c, card, slot.trim, layout.bleed, measure)
            warned.update(dict.fromkeys(found))
        _draw_marks(c, layout)
        c.showPage()
        result.pages += 1
        if options.backs in ("long-edge", "short-edge"):
            c.setPageSize((layout.paper_w * MM_TO_PT, layout.paper_h * MM_TO_PT))
            for slot, card in sheet:
                trim = layout.back_box(slot.trim, options.backs, options.offset)
                warned.update(dict.fromkeys(draw_back(c, card, trim, layout.bleed, measure)))
            c.showPage()
            result.pages += 1
        result.sheets += 1
        if progress is not None:
            progress(min(start + per, len(cards)), len(cards))
    result.warnings = list(warned)
    return result


def render_pdf(deck: Deck, options: PrintOptions, max_sheets: int | None = None,
               progress: Progress | None = None) -> tuple[bytes, PrintResult]:
    """The PDF as bytes and what happened (pages, warnings)."""
    layout = _layout(options)
    cards = deck_cards(deck, options.categories, options.copies, options.blank)
    buffer = io.BytesIO()
    c = new_canvas(buffer, deck.title, layout)
    result = render_cards(c, cards, options, layout, max_sheets, progress)
    c.save()
    return buffer.getvalue(), result


def write_deck_pdf(deck: Deck, path: Path, options: PrintOptions = PrintOptions(),
                   progress: Progress | None = None) -> PrintResult:
    """Write the deck's PDF to ``path`` atomically (never a half-written file)."""
    data, result = render_pdf(deck, options, progress=progress)
    atomic_write(Path(path), data)
    return result


def new_canvas(target, title: str, layout: SheetLayout | None = None) -> Canvas:
    size = (layout.paper_w * MM_TO_PT, layout.paper_h * MM_TO_PT) if layout else (595.28, 841.89)
    register_fonts()  # the initial font must be ours too: no unembedded Helvetica in the file
    c = Canvas(target, pagesize=size, pageCompression=1, initialFontName=REGULAR, initialFontSize=10)
    c.setTitle(title)
    c.setAuthor("reflectiespel")
    c.setCreator("reflectiespel")
    return c


def _layout(options: PrintOptions) -> SheetLayout:
    try:
        return options.layout()
    except LayoutError as exc:
        raise PrintError(str(exc)[0].upper() + str(exc)[1:] + ".") from None

"""A deck as a cut-ready PDF: sheets of fronts, each followed by its sheet of backs (duplex), or
front and back side by side to fold, or fronts only.

``deck_pages`` lays the pages out once, as plain data (pdf/drawing.py); ``render_pdf`` draws them on a
reportlab canvas (pdf/pdfdraw.py) and gives the bytes, ``write_deck_pdf`` writes them to a file (the CLI
and the print dialog's "Opslaan als PDF…"), and the print dialog paints the same pages with QPainter for
its preview and for "Afdrukken…" (ui/sheetpaint.py). Warnings name the cards whose text did not fit.

Each page says at its foot which deck, which sheet and which side it is; an optional first page tells
how to print, flip, cut and check the cards. The PDF asks the print dialog for no scaling and for the
duplex mode that matches the backs.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from collections.abc import Callable, Iterable

from reportlab.pdfgen.canvas import Canvas

from ..core.decks.decks import Deck
from ..core.base.i18n import translate
from .cardlayout import PrintCard, deck_body, draw_back, draw_front
from .drawing import PT, Line, Page, Text
from .fonts import REGULAR, printable, register_fonts
from .geometry import MARK_GAP, MM_TO_PT, PRINTABLE_MARGIN, Box, LayoutError, SheetLayout, check_offset, sheet_layout
from .output import atomic_write
from .pdfdraw import draw_page
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
    ink_saving: bool = False  # backs as an outline on white paper
    instructions: bool = False  # a first page: how to print, flip, cut and check

    def layout(self) -> SheetLayout:
        check_offset(self.offset)
        return sheet_layout(self.size, self.paper, self.bleed, self.crop_marks, self.backs)


@dataclass
class PrintResult:
    pages: int = 0
    cards: int = 0
    sheets: int = 0
    warnings: list[str] = field(default_factory=list)


def deck_cards(deck: Deck, categories: Iterable[str] = (), copies: int = 1, blank: int = 0,
               ink_saving: bool = False) -> list[PrintCard]:
    """The cards to print, in deck order, the whole set ``copies`` times; ``blank`` empty cards per
    chosen category follow each set. Instruction, credits and note cards always come along, whatever
    the categories: the credits card names the deck's sources ("Bron") on paper."""
    wanted = list(dict.fromkeys(categories))
    known = [c.id for c in deck.categories]
    unknown = [c for c in wanted if c not in known]
    if unknown:
        raise PrintError(translate("Print", "De set '{0}' heeft geen categorie {1}. Kies uit: {2}.").format(
            deck.id, ", ".join(repr(u) for u in unknown), ", ".join(known)))
    if not 1 <= copies <= 100:
        raise PrintError(translate("Print", "Het aantal exemplaren moet tussen 1 en 100 liggen."))
    if not 0 <= blank <= 100:
        raise PrintError(translate("Print", "Het aantal lege kaarten per categorie moet tussen 0 en 100 liggen."))
    chosen = wanted or known
    one_set: list[PrintCard] = []
    footer = f"{deck.title} · {deck.version}" if deck.version else deck.title
    common = dict(back_colour=deck.back.colour, deck_name=deck.title, ink_saving=ink_saving, footer=footer,
                  assignment_word=deck.assignment_word())  # part of the card: the deck's language, as on screen
    for card in deck.cards:
        if card.category not in chosen and card.playable:
            continue
        category = deck.category(card.category)
        image = deck.image_path(card)
        one_set.append(PrintCard(
            key=card.id, title=card.title, text=deck.card_text(card), questions=tuple(card.questions),
            assignment=card.assignment, category_name=category.name, colour=category.colour,
            back_text=deck.back_text(card) or deck.title, own_back=bool(card.back), blank=card.blank,
            symbol=deck.symbol(category.id), image=str(image) if image else None, kind=card.kind, **common))
    for category_id in chosen:
        category = deck.category(category_id)
        for number in range(1, blank + 1):
            one_set.append(PrintCard(
                key=f"leeg-{category_id}-{number}", title="", category_name=category.name,
                colour=category.colour, back_text=deck.back.text or deck.title, blank=True,
                symbol=deck.symbol(category_id), **common))
    if not one_set:
        raise PrintError(translate("Print", "Er zijn geen kaarten om te printen in de gekozen categorieën."))
    total = len(one_set)
    one_set = [replace(card, number=f"{n}/{total}") for n, card in enumerate(one_set, 1)]
    return one_set * copies


BLACK = (0.0, 0.0, 0.0)
WHITE = (1.0, 1.0, 1.0)
GREY = (0.35, 0.35, 0.35)


def _draw_marks(page: list, layout: SheetLayout) -> None:
    for mark in layout.marks:
        page.append(Line(mark.x1, mark.y1, mark.x2, mark.y2, BLACK, 0.25 * PT,
                         (2 * PT, 1.5 * PT) if mark.kind == "fold" else None))


def _draw_guides(page: list, layout: SheetLayout, boxes: list[Box]) -> None:
    """Trim guides where crop marks have no room (or are switched off) and there is bleed: at each
    corner the cut lines continue into the bleed, which is cut away, as a black line on a white one
    (seen on any colour)."""
    length = min(layout.bleed, 3.0)
    for width, colour in ((1.2 * PT, WHITE), (0.4 * PT, BLACK)):
        for box in boxes:
            for x, y, dx, dy in ((box.x, box.y, -1, -1), (box.right, box.y, 1, -1), (box.x, box.top, -1, 1),
                                 (box.right, box.top, 1, 1)):
                page.append(Line(x, y, x, y + dy * length, colour, width))
                page.append(Line(x, y, x + dx * length, y, colour, width))


def _fold_boxes(slot_trim: Box, back_trim: Box, bleed: float, turned: bool = False) -> tuple[Box, Box]:
    """Bleed boxes of the two panels of a fold card: bleed on three sides, none at the fold."""
    if turned:  # the back above the front
        front = Box(slot_trim.x - bleed, slot_trim.y - bleed, slot_trim.w + 2 * bleed, slot_trim.h + bleed)
        back = Box(back_trim.x - bleed, back_trim.y, back_trim.w + 2 * bleed, back_trim.h + bleed)
        return front, back
    front = Box(slot_trim.x - bleed, slot_trim.y - bleed, slot_trim.w + bleed, slot_trim.h + 2 * bleed)
    back = Box(back_trim.x, back_trim.y - bleed, back_trim.w + bleed, back_trim.h + 2 * bleed)
    return front, back


def sheet_line(deck_title: str, sheet: int, sheets: int, back: bool) -> str:
    return f"{deck_title} · vel {sheet}/{sheets} · {'achterkant' if back else 'voorkant'}"


def _draw_sheet_line(page: list, layout: SheetLayout, text: str, boxes: list[Box], measure: Measure) -> None:
    """A line of small print at the foot of the page, in the margin under the cards and between the
    crop marks; left out when the margin has no room for it."""
    size = 6.0
    text = printable(text)
    width = measure.width(text, REGULAR, size) / MM_TO_PT
    y = PRINTABLE_MARGIN + 0.4
    lowest = min((b.y for b in boxes), default=layout.paper_h) - layout.bleed
    if layout.inset:
        lowest = layout.paper_h  # A6 4-up: the line sits in the white border of the lower cards
    if lowest - y < size * 1.1 / MM_TO_PT:
        return
    taken = sorted(m.x1 for m in layout.marks if m.x1 == m.x2 and min(m.y1, m.y2) < y + 3)
    edges = [PRINTABLE_MARGIN] + [v for x in taken for v in (x - MARK_GAP, x + MARK_GAP)] + [
        layout.paper_w - PRINTABLE_MARGIN]
    gaps = [(edges[i], edges[i + 1]) for i in range(0, len(edges) - 1, 2)]
    centre = layout.paper_w / 2
    fitting = [(a, b) for a, b in gaps if b - a >= width]
    if not fitting:
        return
    a, b = min(fitting, key=lambda g: abs((g[0] + g[1]) / 2 - centre))
    x = min(max(centre, a + width / 2), b - width / 2)
    page.append(Text(x - width / 2, y, text, REGULAR, size, GREY))


def lay_out_cards(cards: list[PrintCard], options: PrintOptions, layout: SheetLayout, result: PrintResult,
                  max_sheets: int | None = None, progress: Progress | None = None,
                  title: str = "") -> Iterator[Page]:
    """The card pages in print order (each front sheet, then its backs), laid out one at a time;
    ``result`` counts pages and sheets and collects the warnings as they go."""
    register_fonts()
    measure = Measure()
    result.cards = len(cards)
    warned: dict[str, None] = dict.fromkeys(result.warnings)
    per = layout.per_sheet
    sheets = -(-len(cards) // per)
    if cards and layout.slots:  # one body size for the whole deck (cardlayout.deck_body), as the cards allow
        face_box = layout.face(layout.slots[0].trim)
        body = deck_body(cards, face_box.w * MM_TO_PT, face_box.h * MM_TO_PT, measure)
        cards = [replace(card, body=body) for card in cards]
    face = layout.face
    for start in range(0, len(cards), per):
        if max_sheets is not None and result.sheets >= max_sheets:
            break
        sheet = list(zip(layout.slots, cards[start:start + per]))
        front = Page(layout.paper_w, layout.paper_h, side="front", sheet=result.sheets + 1)
        c = front.ops
        for slot, card in sheet:
            if options.backs == "fold":
                assert slot.back_trim is not None
                front_box, back_box = _fold_boxes(slot.trim, slot.back_trim, layout.bleed, slot.back_turned)
                found = draw_front(c, card, slot.trim, layout.bleed, measure, front_box)
                found += draw_back(c, card, slot.back_trim, layout.bleed, measure, back_box, slot.back_turned)
            else:
                found = draw_front(c, card, face(slot.trim), layout.bleed, measure,
                                   slot.trim if layout.inset else None)
            warned.update(dict.fromkeys(found))
        _draw_marks(c, layout)
        trims = [slot.trim for slot, _card in sheet]
        if layout.guides:
            _draw_guides(c, layout, trims + [s.back_trim for s, _ in sheet if s.back_trim is not None])
        if title:
            _draw_sheet_line(c, layout, sheet_line(title, result.sheets + 1, sheets, False), trims, measure)
        result.pages += 1
        result.warnings = list(warned)
        yield front
        if options.backs in ("long-edge", "short-edge"):
            back = Page(layout.paper_w, layout.paper_h, side="back", sheet=result.sheets + 1)
            c = back.ops
            backs = []
            for slot, card in sheet:
                trim = layout.back_box(slot.trim, options.backs, options.offset)
                backs.append(trim)
                warned.update(dict.fromkeys(draw_back(c, card, face(trim), layout.bleed, measure,
                                                      trim if layout.inset else None)))
            if layout.guides:
                _draw_guides(c, layout, backs)
            if title:
                _draw_sheet_line(c, layout, sheet_line(title, result.sheets + 1, sheets, True), backs, measure)
            result.pages += 1
            result.warnings = list(warned)
            yield back
        result.sheets += 1
        if progress is not None:
            progress(min(start + per, len(cards)), len(cards))
    result.warnings = list(warned)


def deck_pages(deck: Deck, options: PrintOptions, result: PrintResult, max_sheets: int | None = None,
               progress: Progress | None = None, instructions: bool | None = None) -> Iterator[Page]:
    """Every page of the printed deck, laid out one at a time: the optional first page with instructions
    (and its empty back when duplex), then the cards. The PDF, the printer and the preview all draw these.
    ``instructions``: whether to include that first page (default: as the options say)."""
    layout = _layout(options)
    cards = deck_cards(deck, options.categories, options.copies, options.blank, options.ink_saving)
    register_fonts()  # the layout measures text with the fonts' own widths
    if options.instructions if instructions is None else instructions:
        from .instructions import instruction_pages

        for page in instruction_pages(deck.title, cards, layout, options.backs, options.bleed, options.crop_marks):
            result.pages += 1
            yield page
    yield from lay_out_cards(cards, options, layout, result, max_sheets, progress, deck.title)


def render_cards(c: Canvas, pages: Iterator[Page], result: PrintResult) -> None:
    """Draw the pages on the canvas, one PDF page each."""
    problems: dict[str, None] = {}
    for page in pages:
        c.setPageSize((page.width * MM_TO_PT, page.height * MM_TO_PT))
        problems.update(dict.fromkeys(draw_page(c, page)))
        c.showPage()
    result.warnings = list(dict.fromkeys(result.warnings + list(problems)))


def render_pdf(deck: Deck, options: PrintOptions, max_sheets: int | None = None,
               progress: Progress | None = None) -> tuple[bytes, PrintResult]:
    """The PDF as bytes and what happened (pages, warnings)."""
    result = PrintResult()
    pages = deck_pages(deck, options, result, max_sheets, progress)
    first = next(pages)  # lays out the first page: settings that cannot be used fail before the canvas exists
    buffer = io.BytesIO()
    c = new_canvas(buffer, deck.title, _layout(options), options.backs)
    render_cards(c, _chain(first, pages), result)
    c.save()
    return buffer.getvalue(), result


def _chain(first: Page, rest: Iterator[Page]) -> Iterator[Page]:
    yield first
    yield from rest


def write_deck_pdf(deck: Deck, path: Path, options: PrintOptions = PrintOptions(),
                   progress: Progress | None = None) -> PrintResult:
    """Write the deck's PDF to ``path`` atomically (never a half-written file)."""
    data, result = render_pdf(deck, options, progress=progress)
    atomic_write(Path(path), data)
    return result


DUPLEX = {"long-edge": "DuplexFlipLongEdge", "short-edge": "DuplexFlipShortEdge"}


def new_canvas(target, title: str, layout: SheetLayout | None = None, backs: str | None = None) -> Canvas:
    """A canvas with our fonts and metadata; the print dialog is asked for no scaling (cards must come
    out at their true size) and, when ``backs`` is given, for the matching duplex mode."""
    size = (layout.paper_w * MM_TO_PT, layout.paper_h * MM_TO_PT) if layout else (595.28, 841.89)
    register_fonts()  # the initial font must be ours too: no unembedded Helvetica in the file
    c = Canvas(target, pagesize=size, pageCompression=1, initialFontName=REGULAR, initialFontSize=10)
    c.setTitle(title)
    c.setAuthor("reflectiespel")
    c.setCreator("reflectiespel")
    c.setViewerPreference("PrintScaling", "None")
    if backs is not None:
        c.setViewerPreference("Duplex", DUPLEX.get(backs, "Simplex"))
    return c


def _layout(options: PrintOptions) -> SheetLayout:
    try:
        return options.layout()
    except LayoutError as exc:
        raise PrintError(str(exc)[0].upper() + str(exc)[1:] + ".") from None

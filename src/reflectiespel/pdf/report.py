"""The session report: a PDF a participant can take home.

A cover (title, date, place, group, facilitator, participants unless anonymous); per step its
instruction, the cards used, the cards chosen per participant, the notes, the votes ranked and the
axis board as vector graphics; the action items as a table; and at the end the group's own cards as
cut-ready sheets (fronts, then backs for long-edge duplex), drawn by the deck printer.

All user text goes through ``text()``: XML-escaped before it reaches a reportlab Paragraph, so
``<b>`` and ``&`` print literally.
"""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (ActionFlowable, BaseDocTemplate, Flowable, Frame, Image, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

from ..core.board.board import placement_key
from ..core.reports.export import anonymised
from ..core.base.i18n import QT_TRANSLATE_NOOP, speaking, translate
from ..core.sessions.session import Session, Step, domain_name
from .boarddraw import BoardDrawing, legend
from .cardlayout import PrintCard, draw_back, draw_front, image_size
from .deckpdf import deck_cards
from .drawing import PT, Line, Page
from .fonts import BOLD, ITALIC, REGULAR, paragraph_text, register_fonts
from .geometry import MM_TO_PT, PAPER_SIZES, SheetLayout, sheet_layout
from .output import atomic_write
from .pdfdraw import draw_page
from .reportinput import engagement_story, input_story
from .textfit import Measure

MONTHS = (QT_TRANSLATE_NOOP("Report", "januari"), QT_TRANSLATE_NOOP("Report", "februari"),
          QT_TRANSLATE_NOOP("Report", "maart"), QT_TRANSLATE_NOOP("Report", "april"),
          QT_TRANSLATE_NOOP("Report", "mei"), QT_TRANSLATE_NOOP("Report", "juni"),
          QT_TRANSLATE_NOOP("Report", "juli"), QT_TRANSLATE_NOOP("Report", "augustus"),
          QT_TRANSLATE_NOOP("Report", "september"), QT_TRANSLATE_NOOP("Report", "oktober"),
          QT_TRANSLATE_NOOP("Report", "november"), QT_TRANSLATE_NOOP("Report", "december"))
ACCENT = colors.HexColor("#37474f")


def text(value: str, font: str = REGULAR) -> str:
    """User text made safe for a Paragraph: shown exactly as typed, line breaks kept (fonts.paragraph_text)."""
    return paragraph_text(value, font)


LANGUAGE_TAGS = {"nl": "nl-NL", "en": "en-GB"}  # the report's /Lang, from the session's language


def report_title(session: Session) -> str:
    """The title a PDF viewer shows for the report (its /Title), in the session's language."""
    return translate("Report", "Verslag: {0}").format(session.title)


def dutch_date(value) -> str:
    """'3 juni 2026', or '3 June 2026' when the report speaks English."""
    return f"{value.day} {translate('Report', MONTHS[value.month - 1])} {value.year}" if value else ""


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13.5, spaceAfter=4,
                          splitLongWords=True, bulletFontName=REGULAR)  # not Helvetica: every font embedded
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, textColor=colors.HexColor("#555555")),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=24, leading=29, spaceAfter=10),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=13, leading=17, textColor=ACCENT, spaceAfter=18),
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=15, leading=19, spaceBefore=10,
                             spaceAfter=6, textColor=ACCENT, keepWithNext=True),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=11, leading=14, spaceBefore=6,
                             spaceAfter=3, keepWithNext=True),
        "instruction": ParagraphStyle("instruction", parent=base, fontName=ITALIC, textColor=colors.HexColor("#333333")),
        "note": ParagraphStyle("note", parent=base, leftIndent=10, bulletIndent=0),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=12, spaceAfter=0),
        "head": ParagraphStyle("head", parent=base, fontName=BOLD, fontSize=9.5, leading=12, spaceAfter=0,
                               textColor=colors.white),
    }


class NumberedCanvas(Canvas):
    """Writes 'pagina x van y' on every page except the card sheets, once the total is known."""

    def __init__(self, *args, **kwargs):
        kwargs["initialFontName"] = REGULAR  # the doc template passes None, which means Helvetica
        kwargs["initialFontSize"] = 10
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self.skip_number = False
        self.marks: list[tuple[str, str, int, float]] = []  # this page's outline entries (see Heading)

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()
        self.skip_number = False
        self.marks = []

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            # Outline entries are made now, when the page really exists: made while drawing they would
            # all point at the first page, since the pages are only written here.
            for key, title, level, top in self.marks:
                self.bookmarkHorizontalAbsolute(key, top)
                self.addOutlineEntry(title, key, level)
                self.showOutline()
            if not self.skip_number:
                self.setFont(REGULAR, 8)
                self.setFillColor(colors.HexColor("#777777"))
                w = self._pagesize[0]
                self.drawCentredString(w / 2, 10 * mm, translate("Report", "pagina {0} van {1}").format(
                    self._pageNumber, total))
            Canvas.showPage(self)
        Canvas.save(self)


class CardSheet(Flowable):
    """One sheet of the group's cards, drawn at page coordinates (it fills a zero-padding frame)."""

    def __init__(self, cards: list[PrintCard], layout: SheetLayout, back: bool, warnings: list[str]):
        super().__init__()
        self.cards, self.layout, self.back, self.warnings = cards, layout, back, warnings

    def wrap(self, avail_w, avail_h):
        return avail_w, avail_h

    def draw(self):
        c = self.canv
        c.skip_number = True
        measure = Measure()
        page = Page(self.layout.paper_w, self.layout.paper_h)
        for slot, card in zip(self.layout.slots, self.cards):
            if self.back:
                self.warnings += draw_back(page.ops, card, self.layout.back_box(slot.trim), 0.0, measure)
            else:
                self.warnings += draw_front(page.ops, card, slot.trim, 0.0, measure)
        if not self.back:
            page.ops += [Line(m.x1, m.y1, m.x2, m.y2, (0.0, 0.0, 0.0), 0.25 * PT) for m in self.layout.marks]
        c.saveState()
        self.warnings += draw_page(c, page)
        c.restoreState()


class Heading(Paragraph):
    """A heading that is also an entry in the PDF's outline (the bookmarks a viewer shows beside the
    pages), pointing at the heading itself; the viewer opens with the outline showing."""

    def __init__(self, markup: str, style, outline: str, key: str, level: int = 0):
        super().__init__(markup, style)
        self.outline, self.key, self.level = outline, key, level

    def draw(self):
        super().draw()
        marks = getattr(self.canv, "marks", None)
        if marks is not None:  # the report's NumberedCanvas makes the entries once the page exists
            marks.append((self.key, self.outline, self.level, self.canv.absolutePosition(0, self.height)[1]))

    def split(self, avail_w, avail_h):
        parts = super().split(avail_w, avail_h)  # a heading split over two pages: the first part marks it
        if parts:
            first = Heading.__new__(Heading)
            first.__dict__.update(parts[0].__dict__)
            first.outline, first.key, first.level = self.outline, self.key, self.level
            parts[0] = first
        return parts


class StartOnOddPage(ActionFlowable):
    """After a page break: if this is an even page (the back of a sheet), go one page further, so the
    card fronts start on the front of a sheet in duplex printing."""

    def apply(self, doc):
        if doc.page % 2 == 0:
            doc.canv.skip_number = True
            doc.handle_pageBreak()


def _perspective_name(session: Session):
    def name(perspective: str) -> str:
        if session.find_participant(perspective) is not None:
            return session.display_name(perspective)
        return domain_name(perspective)
    return name


def _cover(session: Session, st) -> list:
    story = [Spacer(1, 30 * mm), Heading(text(session.title, BOLD), st["title"], session.title, "cover"),
             Paragraph(translate("Report", "Verslag van de reflectiesessie"), st["subtitle"])]
    for label, value in ((translate("Report", "Datum"), dutch_date(session.date)),
                         (translate("Report", "Plaats"), session.place),
                         (translate("Report", "Groep"), session.group),
                         (translate("Report", "Begeleiding"), session.facilitator)):
        if value and value.strip():
            story.append(Paragraph(f"<b>{label}:</b> {text(value)}", st["body"]))
    story.append(Spacer(1, 8 * mm))
    if session.anonymous:
        story.append(Paragraph(translate("Report", "<b>Deelnemers:</b> {0} (dit verslag noemt geen namen)").format(
            len(session.participants)), st["body"]))
    elif session.participants:
        story.append(Paragraph(translate("Report", "Deelnemers"), st["h2"]))
        for p in session.participants:
            story.append(Paragraph(f"{text(session.display_name(p))} <font color='#777777'>"
                                   f"({escape(domain_name(p.domain))})</font>", st["note"],
                                   bulletText="•"))
    ran = session.steps_that_ran()
    if ran:  # only the steps that came up; a bullet, not a number: a title often has its own ("1. Werk…")
        story.append(Paragraph(translate("Report", "Wat we deden"), st["h2"]))
        for _number, step in ran:
            story.append(Paragraph(text(step.title), st["note"], bulletText="•"))
    return story


def _table(rows: list[list[str]], widths: list[float], st) -> Table:
    data = [[Paragraph(cell, st["head"] if r == 0 else st["cell"]) for cell in row] for r, row in enumerate(rows)]
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)  # a long cell flows onto the next page
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # the cell default is Helvetica, never embedded
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b0bec5")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3f5f6")]),
    ]))
    return table


def _step(session: Session, number: int, step: Step, library, st, width: float) -> list:
    title = lambda card_id: text(session.card_title(step, card_id, library))
    heading = translate("Report", "Stap {0}: {1}")
    story: list = [Heading(heading.format(number, text(step.title, BOLD)), st["h1"],
                           heading.format(number, step.title), f"step-{number}")]
    if step.instruction.strip():
        story.append(Paragraph(text(step.instruction, ITALIC), st["instruction"]))
    used = step.shown or step.card_ids
    if used:
        story.append(Paragraph(translate("Report", "<b>Kaarten:</b> ") + ", ".join(title(c) for c in used), st["body"]))
        pictures = _pictures(session, step, used, library, st, width)
        if pictures is not None:
            story.append(pictures)
    if step.choices:
        story.append(Paragraph(translate("Report", "Gekozen kaarten"), st["h2"]))
        for pid, cards in step.choices.items():
            chosen = ", ".join(title(c) for c in cards) or translate("Report", "geen")
            story.append(Paragraph(f"<b>{text(session.display_name(pid), BOLD)}:</b> {chosen}", st["note"],
                                   bulletText="•"))
    if step.notes:
        story.append(Paragraph(translate("Report", "Notities"), st["h2"]))
        for note in step.notes:
            about = []
            if note.participant_id:
                about.append(text(session.display_name(note.participant_id)))
            if note.card_id:
                about.append(translate("Report", "bij {0}").format(title(note.card_id)))
            head = f"<font color='#777777'>{note.time.strftime('%H:%M')}"
            head += (" · " + ", ".join(about)) if about else ""
            story.append(Paragraph(head + "</font><br/>" + text(note.text), st["note"], bulletText="•"))
    ranked = step.ranked_votes() if step.wall is None else []  # an idea wall's votes: in its own table
    if ranked:
        story.append(Paragraph(translate("Report", "Stemmen"), st["h2"]))
        rows = [[translate("Report", "Plaats"), translate("Report", "Kaart"), translate("Report", "Stemmen")]] + [[str(i), title(t), str(n)] for i, (t, n) in enumerate(ranked, 1)]
        story.append(_table(rows, [16 * mm, width - 40 * mm, 24 * mm], st))
    board = step.board
    if board.tokens and (board.placements or board.snapshots):
        story.append(KeepTogether([Paragraph(translate("Report", "Het bord"), st["h2"]), BoardDrawing(board, _perspective_name(session)),
                                   Paragraph(legend(board), st["small"])]))
        for snapshot in board.snapshots:
            for token_id, why in snapshot.reasons.items():
                name = next((t.name for t in board.tokens if t.id == token_id), token_id)
                story.append(Paragraph(f"<b>{text(name, BOLD)}</b> ({text(snapshot.name)}): {text(why)}",
                                       st["note"], bulletText="•"))
        story += _placements(board, _perspective_name(session), st)
    story += input_story(session, step, st, width, text, _table)  # word cloud, ideas, ratings (issue #29)
    if step.group_cards:
        story.append(Paragraph(translate("Report", "<b>Eigen kaarten:</b> ")
                               + ", ".join(text(c.title) for c in step.group_cards) + " <font color='#777777'>"
                               + translate("Report", "(achterin, om uit te knippen)") + "</font>", st["body"]))
    return story


def _where(x: float, y: float) -> str:
    """A place on the board in words ('dicht bij kunst als middel, sturing gedeeld')."""
    try:
        from ..core.board.boarddef import describe_position, load_default_board

        return describe_position(load_default_board(), x, y)
    except Exception:  # noqa: BLE001 - a broken board file must not stop the report: then the numbers
        return f"{x:.2f}, {y:.2f}"


def _placements(board, names, st) -> list:
    """Every placement on the board as it is now, in words: the group's and each perspective's (so ten
    phones that each placed the practice give ten lines), with the reason when one was given; then any
    reason whose placement is gone."""
    story, told = [], set()
    tokens = {t.id: t.name for t in board.tokens}
    for placement in sorted(board.placements, key=lambda p: (list(tokens).index(p.token_id)
                                                              if p.token_id in tokens else len(tokens),
                                                              p.perspective != "", names(p.perspective))):
        key = placement_key(placement.token_id, placement.perspective)
        why = board.reasons.get(key, "")
        told.add(key)
        who = f" ({text(names(placement.perspective))})" if placement.perspective else ""
        line = f"<b>{text(tokens.get(placement.token_id, placement.token_id), BOLD)}</b>{who}: " \
               f"{text(_where(placement.x, placement.y))}"
        if why:
            line += f" <font color='#555555'>— {text(why)}</font>"
        story.append(Paragraph(line, st["note"], bulletText="•"))
    for key, why in board.reasons.items():  # a reason without a placement (taken off the board since)
        if key in told:
            continue
        token_id, _, perspective = key.partition("@")
        who = f" ({text(names(perspective))})" if perspective else ""
        story.append(Paragraph(f"<b>{text(tokens.get(token_id, token_id), BOLD)}</b>{who}: {text(why)}",
                               st["note"], bulletText="•"))
    return story


def _pictures(session: Session, step: Step, used: list[str], library, st, width: float):
    """The pictures of the step's cards, each scaled to fit a cell (at most 30 mm high), with the
    card's title under it; None when no card has a picture."""
    deck = session.deck_of(step, library)  # the session's language, like the card titles
    if deck is None:
        return None
    cells = []
    for card_id in used:
        try:
            card = deck.card(card_id)
        except KeyError:
            continue
        from ..core.decks.picturecache import drawable

        path = drawable(deck.image_path(card))  # a big picture: its copy at 300 dpi, scaled once
        size = image_size(str(path)) if path else None
        if not size or not size[0] or not size[1]:
            continue
        scale = min(36 * mm / size[0], 30 * mm / size[1])
        cells.append([Image(str(path), size[0] * scale, size[1] * scale), Paragraph(text(card.title), st["small"])])
    if not cells:
        return None
    per_row = max(1, int(width // (40 * mm)))
    rows = [cells[i:i + per_row] for i in range(0, len(cells), per_row)]
    rows = [[Table([[pic], [caption]], colWidths=[38 * mm]) for pic, caption in row] + [""] * (per_row - len(row))
            for row in rows]
    table = Table(rows, colWidths=[width / per_row] * per_row, hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), REGULAR)]))
    return table


def _actions(session: Session, st, width: float) -> list:
    rows = [[translate("Report", "Wat"), translate("Report", "Wie"), translate("Report", "Wanneer")]]
    for step in session.steps:
        for action in step.actions:
            rows.append([text(action.wat), text(anonymised(session, action.wie)), text(action.wanneer)])
    if len(rows) == 1:
        return []
    agreements = translate("Report", "Afspraken")
    return [Heading(agreements, st["h1"], agreements, "actions"), _table(rows, [width * 0.56, width * 0.24, width * 0.20], st)]


def render_report(session: Session, paper: str = "a4", library=None,
                  progress=None) -> tuple[bytes, list[str]]:
    """The report as PDF bytes, and warnings (group cards whose text did not fit), in the language the
    session was made in, whatever the interface speaks now. ``progress(done, total)`` is called as the
    parts of the report are laid out (for a progress bar)."""
    with speaking(session.language):
        return _render_report(session, paper, library, progress)


def _render_report(session: Session, paper: str, library, progress) -> tuple[bytes, list[str]]:
    st = _styles()
    page_w, page_h = (v * MM_TO_PT for v in PAPER_SIZES[paper])
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=(page_w, page_h), title=report_title(session), author="",
                          subject=translate("Report", "Verslag van de reflectiesessie"), creator="reflectiespel",
                          lang=LANGUAGE_TAGS.get(session.language, session.language), displayDocTitle=1,
                          pageCompression=1)
    margin = 20 * mm
    body = Frame(margin, margin, page_w - 2 * margin, page_h - 2 * margin, id="body")
    full = Frame(0, 0, page_w, page_h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="full")
    doc.addPageTemplates([PageTemplate("text", [body]), PageTemplate("cards", [full])])
    width = page_w - 2 * margin - 12
    story = _cover(session, st)
    for position, (number, step) in enumerate(session.steps_that_ran()):  # a step jumped over is left out
        story.append(PageBreak() if position == 0 else Spacer(1, 6 * mm))
        story += _step(session, number, step, library, st, width)
    story += _actions(session, st, width)
    story += engagement_story(session, st, width, Heading, _table)  # who took part, per step (issue #29.7)
    warnings: list[str] = []
    deck = session.group_deck()
    if deck is not None:
        own = translate("Report", "Jullie eigen kaarten")
        story += [Heading(own, st["h1"], own, "own-cards"), Paragraph(translate(
            "Report", "Op de volgende vellen staan de kaarten die jullie zelf maakten, klaar om te knippen. Print ze "
            "dubbelzijdig (omslaan langs de lange kant) voor de achterkanten."), st["body"])]
        layout = sheet_layout("poker", paper, 0.0, True, "long-edge")
        cards = deck_cards(deck)
        story += [NextPageTemplate("cards"), PageBreak(), StartOnOddPage()]
        for start in range(0, len(cards), layout.per_sheet):
            sheet = cards[start:start + layout.per_sheet]
            story += [CardSheet(sheet, layout, False, warnings), CardSheet(sheet, layout, True, warnings)]
    if progress is not None:
        total = [max(1, len(story))]

        def report(kind, value):
            if kind == "SIZE_EST":
                total[0] = max(1, value)
            elif kind == "PROGRESS":
                progress(min(value, total[0]), total[0])
        doc.setProgressCallBack(report)
    doc.build(story, canvasmaker=NumberedCanvas)
    return buffer.getvalue(), list(dict.fromkeys(warnings))


def write_report(session: Session, path: Path, paper: str = "a4", library=None, progress=None) -> list[str]:
    data, warnings = render_report(session, paper, library, progress)
    atomic_write(Path(path), data)
    return warnings


"""The optional first page of a printed deck: how to print, flip and cut it, and a checklist of the
cards by number (n/N on each front), so a trainer sees at once whether a set is complete.

In duplex printing the page gets an empty back, so that the cards start on a sheet of their own.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor

from ..core.base.i18n import QT_TRANSLATE_NOOP, translate
from .cardlayout import PrintCard
from .drawing import Page, Pen
from .fonts import BOLD, REGULAR, printable
from .geometry import MM_TO_PT, Box, SheetLayout
from .textfit import Measure, wrap

INK = HexColor("#1d1d1f")
GREY = HexColor("#666666")
FLIP = {  # translated where printed: translate("PrintInstructions", FLIP[backs])
    "long-edge": QT_TRANSLATE_NOOP("PrintInstructions",
                                   "Print dubbelzijdig en laat het vel omslaan langs de lange kant (zoals een boek)."),
    "short-edge": QT_TRANSLATE_NOOP("PrintInstructions",
                                    "Print dubbelzijdig en laat het vel omslaan langs de korte kant (zoals een "
                                    "kalender)."),
    "none": QT_TRANSLATE_NOOP("PrintInstructions", "Print enkelzijdig: er zijn geen achterkanten."),
    "fold": QT_TRANSLATE_NOOP("PrintInstructions",
                              "Print enkelzijdig. Knip elke kaart met zijn achterkant eruit en vouw op de "
                              "streepjeslijn."),
}


def instruction_lines(deck_title: str, cards: int, sheets: int, backs: str, bleed: float,
                      crop_marks: bool) -> list[str]:
    """The steps, one per line, in the interface language (also used by tests and the docs)."""
    lines = [
        translate("PrintInstructions", "Print op ware grootte: 100 %, niet 'passend maken' of 'aanpassen aan "
                  "pagina'."),
        translate("PrintInstructions", FLIP.get(backs, FLIP["none"])),
        translate("PrintInstructions", "Papier: stevig, 160 tot 250 g/m² (200 g/m² knipt en schudt goed)."),
        translate("PrintInstructions", "Knip eerst de lange lijnen over het hele vel, dan de korte; met een "
                  "snijmachine of een liniaal en een mes wordt het recht."),
    ]
    if bleed > 0:
        lines.append(translate("PrintInstructions", "De kleur loopt {0} mm door buiten de kaart: snijd op de "
                               "snijtekens, niet op de rand van de kleur.").format(f"{bleed:g}"))
    elif not crop_marks:
        lines.append(translate("PrintInstructions", "Er staan geen snijtekens: knip langs de dunne rand van "
                               "elke kaart."))
    if backs in ("long-edge", "short-edge"):
        lines.append(translate("PrintInstructions", "Zet eerst één vel proef: houd het tegen het licht en kijk "
                               "of de achterkant achter de voorkant valt (anders: 'reflectiespel print "
                               "--calibration')."))
    # Two strings for the sheets rather than one plural: pyside6-lupdate only sees %n plurals in tr() calls.
    if cards == 1:
        count = translate("PrintInstructions", "Tel na: 1 kaart op 1 vel.")
    elif sheets == 1:
        count = translate("PrintInstructions", "Tel na: {0} kaarten op 1 vel.").format(cards)
    else:
        count = translate("PrintInstructions", "Tel na: {0} kaarten op {1} vellen.").format(cards, sheets)
    lines.append(count + " " + translate("PrintInstructions", "Elke kaart draagt onderaan zijn nummer (n/N); "
                                         "vink hieronder af wat je hebt."))
    return lines


def instruction_pages(deck_title: str, cards: list[PrintCard], layout: SheetLayout, backs: str,
                      bleed: float, crop_marks: bool) -> list[Page]:
    """The first page (and, duplex, its empty back) laid out as plain data (pdf/drawing.py)."""
    measure = Measure()
    page = Page(layout.paper_w, layout.paper_h, side="instructions")
    c = Pen(Box(0, 0, layout.paper_w, layout.paper_h), measure)
    page.ops.append(c.clip)
    w, h = layout.paper_w * MM_TO_PT, layout.paper_h * MM_TO_PT
    left, right = 20 * MM_TO_PT, w - 20 * MM_TO_PT
    y = h - 25 * MM_TO_PT
    heading = printable(translate("PrintInstructions", "{0}: printen en knippen").format(deck_title), BOLD)
    for line in wrap(heading, BOLD, 16, right - left, measure):
        c.text(left, y, line, BOLD, 16, INK)
        y -= 20
    y -= 6
    sheets = -(-len(cards) // layout.per_sheet)
    for number, step in enumerate(instruction_lines(deck_title, len(cards), sheets, backs, bleed, crop_marks), 1):
        lines = wrap(printable(step), REGULAR, 10.5, right - left - 16, measure)
        c.text(left, y, f"{number}.", REGULAR, 10.5, INK)
        for line in lines:
            c.text(left + 16, y, line, REGULAR, 10.5, INK)
            y -= 14
        y -= 4
    y -= 8
    c.text(left, y, translate("PrintInstructions", "Afvinklijst"), BOLD, 11, INK)
    y -= 16
    seen: dict[str, PrintCard] = {}
    for card in cards:  # one set (copies repeat the numbers)
        seen.setdefault(card.number or card.key, card)
    listed = list(seen.values())
    columns = 2 if len(listed) > 12 else 1
    col_w = (right - left) / columns
    rows = -(-len(listed) // columns)
    size = max(6.5, min(9.5, (y - 20 * MM_TO_PT) / max(1, rows) / 1.3))
    for index, card in enumerate(listed):
        col, row = divmod(index, rows)
        x, yy = left + col * col_w, y - row * size * 1.3
        if yy < 15 * MM_TO_PT:
            break
        c.outline(x, yy - 1, size * 0.8, size * 0.8, GREY, 0.5)
        name = printable(card.title or translate("PrintInstructions", "(leeg)"))
        label = f"{card.number}  {name}"
        while len(label) > 4 and measure.width(label, REGULAR, size) > col_w - size * 2:
            label = label[:-2] + "\u2026"
        c.text(x + size * 1.3, yy, label, REGULAR, size, INK)
    pages = [page]
    if backs in ("long-edge", "short-edge"):  # its back stays empty: the cards start on a new sheet
        back = Page(layout.paper_w, layout.paper_h, side="instructions-back")
        c = Pen(Box(0, 0, layout.paper_w, layout.paper_h), measure)
        back.ops.append(c.clip)
        c.text(w / 2, h / 2, translate("PrintInstructions", "Deze kant blijft leeg."), REGULAR, 8, GREY,
               align="centre")
        pages.append(back)
    return pages

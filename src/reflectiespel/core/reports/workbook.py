"""A session as a spreadsheet (.xlsx): one sheet per kind of thing the group made, with typed cells.

Sheets, in order: the session itself, the participants, notes, choices, votes, action items, places on
the board (with reasons) and the group's own cards; each starts with a bold, frozen header row and
has one row per item. Cells are typed: step numbers and votes are numbers, a note's time is a date-time
cell, the session's date and an action item's 'wanneer' (when it is only a date) are date cells, and all
other text is a text cell, also when it starts with '=' (written as text, so no formula ever runs and no
visible quote is added). Everything is written in the language the session was made in.

Adding a kind (a later step kind): write a function that yields the rows of one sheet and add a ``Sheet``
with its columns to ``SHEETS``. Another workbook (a practice's path across sessions, core/reports/pathrows.py)
lists its own sheets and writes them with ``write_workbook``.

openpyxl is imported only when a workbook is written.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from .export import anonymised, board_lines, in_session_language, status_word, wall_time, when_date
from . import inputexport
from ..base.i18n import QT_TRANSLATE_NOOP, translate
from ..sessions.session import Session, domain_name

TEXT, NUMBER, DATE, DATETIME, WHEN = "text", "number", "date", "datetime", "when"  # WHEN: a date, or text
FORMATS = {DATE: "yyyy-mm-dd", DATETIME: "yyyy-mm-dd hh:mm", NUMBER: "0"}
MAX_WIDTH = 60  # characters; a longer cell wraps
ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what an .xlsx cannot hold (the model refuses them too)


@dataclass(frozen=True)
class Column:
    name: str  # Dutch, marked for the catalogue in context "Export"; written in the session's language
    kind: str = TEXT
    width: int = 12  # at least this many characters wide


@dataclass(frozen=True)
class Sheet:
    name: str  # Dutch, marked in context "ExportSheet"; at most 31 characters in every language
    columns: tuple[Column, ...]
    rows: Callable[[object, object], Iterable[list]]  # (the session, or what the workbook is of; extra)


def _who(session: Session, participant_id: str | None) -> str:
    if not participant_id:
        return ""
    return session.display_name(participant_id)  # 'Deelnemer 2' when the session is anonymous


def _card(session: Session, step, card_id: str | None, library) -> str:
    return session.card_title(step, card_id, library) if card_id else ""


def _steps(session: Session):
    for number, step in session.steps_that_ran():  # a step jumped over did not happen (#24)
        yield number, step, [number, step.title]


def session_rows(session: Session, library) -> Iterable[list]:
    yes, no = translate("Export", "ja"), translate("Export", "nee")
    yield [translate("Export", "titel"), session.title]
    yield [translate("Export", "datum"), session.date]
    yield [translate("Export", "plaats"), session.place]
    yield [translate("Export", "groep"), session.group]
    yield [translate("Export", "begeleiding"), session.facilitator]
    yield [translate("Export", "anoniem"), yes if session.anonymous else no]
    yield [translate("Export", "deelnemers"), len(session.participants)]
    yield [translate("Export", "stappen"), len(session.steps_that_ran())]


def participant_rows(session: Session, library) -> Iterable[list]:
    for number, participant in enumerate(session.participants, 1):
        yield [number, session.display_name(participant), domain_name(participant.domain)]


def note_rows(session: Session, library) -> Iterable[list]:
    for _number, step, base in _steps(session):
        for note in step.notes:
            yield [*base, wall_time(note.time), _who(session, note.participant_id),
                   _card(session, step, note.card_id, library), note.text]


def choice_rows(session: Session, library) -> Iterable[list]:
    for _number, step, base in _steps(session):
        for participant_id, cards in step.choices.items():
            for order, card_id in enumerate(cards, 1):
                yield [*base, _who(session, participant_id), order, _card(session, step, card_id, library)]


def vote_rows(session: Session, library) -> Iterable[list]:
    for _number, step, base in _steps(session):
        for vote in step.votes:
            yield [*base, _who(session, vote.participant_id), _card(session, step, vote.target, library), vote.count]


def action_rows(session: Session, library) -> Iterable[list]:
    for _number, step, base in _steps(session):
        for action in step.actions:
            when = when_date(action.wanneer, session.language)
            yield [*base, action.wat, anonymised(session, action.wie), when or action.wanneer,
                   status_word(action.status)]


def board_rows(session: Session, library) -> Iterable[list]:
    group = translate("Export", "de groep")
    for _number, step, base in _steps(session):
        for line in board_lines(session, step):
            yield [*base, line["practice"], line["who"] or group, line["where"], round(line["x"], 3),
                   round(line["y"], 3), line["why"]]


def group_card_rows(session: Session, library) -> Iterable[list]:
    for _number, step, base in _steps(session):
        for card in step.group_cards:
            makers = ", ".join(_who(session, pid) for pid in card.made_by)
            yield [*base, card.title, card.text, "\n".join(card.questions), card.assignment or "", makers]


_STEP = (Column(QT_TRANSLATE_NOOP("Export", "stap"), NUMBER, 6), Column(QT_TRANSLATE_NOOP("Export", "stap_titel"),
                                                                       TEXT, 18))
SHEETS: list[Sheet] = [
    Sheet(QT_TRANSLATE_NOOP("ExportSheet", "sessie"), (Column(QT_TRANSLATE_NOOP("Export", "gegeven"), TEXT, 14),
                                                  Column(QT_TRANSLATE_NOOP("Export", "waarde"), WHEN, 30)),
          session_rows),
    Sheet(QT_TRANSLATE_NOOP("ExportSheet", "deelnemers"), (Column(QT_TRANSLATE_NOOP("Export", "nummer"), NUMBER, 8),
                                                      Column(QT_TRANSLATE_NOOP("Export", "naam"), TEXT, 20),
                                                      Column(QT_TRANSLATE_NOOP("Export", "domein"), TEXT, 14)),
          participant_rows),
    Sheet(QT_TRANSLATE_NOOP("ExportSheet", "notities"), (*_STEP, Column(QT_TRANSLATE_NOOP("Export", "tijd"), DATETIME, 17),
                                                    Column(QT_TRANSLATE_NOOP("Export", "deelnemer"), TEXT, 14),
                                                    Column(QT_TRANSLATE_NOOP("Export", "kaart"), TEXT, 14),
                                                    Column(QT_TRANSLATE_NOOP("Export", "tekst"), TEXT, 40)),
          note_rows),
    Sheet(QT_TRANSLATE_NOOP("ExportSheet", "keuzes"), (*_STEP, Column(QT_TRANSLATE_NOOP("Export", "deelnemer"), TEXT, 14),
                                                  Column(QT_TRANSLATE_NOOP("Export", "volgorde"), NUMBER, 9),
                                                  Column(QT_TRANSLATE_NOOP("Export", "kaart"), TEXT, 20)),
          choice_rows),
    Sheet(QT_TRANSLATE_NOOP("ExportSheet", "stemmen"), (*_STEP, Column(QT_TRANSLATE_NOOP("Export", "deelnemer"), TEXT, 14),
                                                   Column(QT_TRANSLATE_NOOP("Export", "kaart"), TEXT, 20),
                                                   Column(QT_TRANSLATE_NOOP("Export", "stemmen"), NUMBER, 8)),
          vote_rows),
    Sheet(QT_TRANSLATE_NOOP("ExportSheet", "actiepunten"), (*_STEP, Column(QT_TRANSLATE_NOOP("Export", "wat"), TEXT, 36),
                                                       Column(QT_TRANSLATE_NOOP("Export", "wie"), TEXT, 14),
                                                       Column(QT_TRANSLATE_NOOP("Export", "wanneer"), WHEN, 12),
                                                       Column(QT_TRANSLATE_NOOP("Export", "status"), TEXT, 10)),
          action_rows),
    Sheet(QT_TRANSLATE_NOOP("ExportSheet", "bord"), (*_STEP, Column(QT_TRANSLATE_NOOP("Export", "praktijk"), TEXT, 18),
                                                Column(QT_TRANSLATE_NOOP("Export", "perspectief"), TEXT, 14),
                                                Column(QT_TRANSLATE_NOOP("Export", "plek"), TEXT, 36),
                                                Column("x", NUMBER, 6), Column("y", NUMBER, 6),
                                                Column(QT_TRANSLATE_NOOP("Export", "waarom"), TEXT, 36)),
          board_rows),
    Sheet(QT_TRANSLATE_NOOP("ExportSheet", "eigen kaarten"), (*_STEP,
                                                         Column(QT_TRANSLATE_NOOP("Export", "titel"), TEXT, 18),
                                                         Column(QT_TRANSLATE_NOOP("Export", "tekst"), TEXT, 36),
                                                         Column(QT_TRANSLATE_NOOP("Export", "vragen"), TEXT, 30),
                                                         Column(QT_TRANSLATE_NOOP("Export", "opdracht"), TEXT, 24),
                                                         Column(QT_TRANSLATE_NOOP("Export", "gemaakt_door"), TEXT, 16)),
          group_card_rows),
]


# a sheet per kind of issue #29: the rows come from core/reports/inputexport.py
INPUT_SHEETS: list[Sheet] = [
    Sheet(QT_TRANSLATE_NOOP("ExportSheet", "woordwolk"),
        (*_STEP, Column(QT_TRANSLATE_NOOP("Export", "woord"), TEXT, 20),
         Column(QT_TRANSLATE_NOOP("Export", "aantal"), NUMBER, 8),
         Column(QT_TRANSLATE_NOOP("Export", "status"), TEXT, 12),
         Column(QT_TRANSLATE_NOOP("Export", "samengevoegd"), TEXT, 20)),
        inputexport.cloud_sheet_rows),
    Sheet(QT_TRANSLATE_NOOP("ExportSheet", "ideeën"),
        (*_STEP, Column(QT_TRANSLATE_NOOP("Export", "idee"), TEXT, 36),
         Column(QT_TRANSLATE_NOOP("Export", "stemmen"), NUMBER, 8),
         Column(QT_TRANSLATE_NOOP("Export", "status"), TEXT, 12),
         Column(QT_TRANSLATE_NOOP("Export", "samengevoegd"), TEXT, 24),
         Column(QT_TRANSLATE_NOOP("Export", "ingevoerd_via"), TEXT, 12)),
        inputexport.wall_sheet_rows),
    Sheet(QT_TRANSLATE_NOOP("ExportSheet", "schaal"),
        (*_STEP, Column(QT_TRANSLATE_NOOP("Export", "vraag"), TEXT, 24),
         Column(QT_TRANSLATE_NOOP("Export", "aantal"), NUMBER, 8),
         Column(QT_TRANSLATE_NOOP("Export", "mediaan"), NUMBER, 8),
         Column(QT_TRANSLATE_NOOP("Export", "laagste"), NUMBER, 8),
         Column(QT_TRANSLATE_NOOP("Export", "hoogste"), NUMBER, 8),
         Column(QT_TRANSLATE_NOOP("Export", "cijfers"), TEXT, 20),
         Column(QT_TRANSLATE_NOOP("Export", "vorige_mediaan"), NUMBER, 10)),
        inputexport.scale_sheet_rows),
    Sheet(QT_TRANSLATE_NOOP("ExportSheet", "cijfers"),
        (*_STEP, Column(QT_TRANSLATE_NOOP("Export", "vraag"), TEXT, 24),
         Column(QT_TRANSLATE_NOOP("Export", "deelnemer"), TEXT, 14),
         Column(QT_TRANSLATE_NOOP("Export", "cijfer"), NUMBER, 8),
         Column(QT_TRANSLATE_NOOP("Export", "ingevoerd_via"), TEXT, 12)),
        inputexport.mark_sheet_rows),
    Sheet(QT_TRANSLATE_NOOP("ExportSheet", "deelname"),
        (*_STEP, Column(QT_TRANSLATE_NOOP("Export", "deden_mee"), NUMBER, 10),
         Column(QT_TRANSLATE_NOOP("Export", "via_telefoon"), NUMBER, 12),
         Column(QT_TRANSLATE_NOOP("Export", "via_begeleider"), NUMBER, 14),
         Column(QT_TRANSLATE_NOOP("Export", "anders"), NUMBER, 8),
         Column(QT_TRANSLATE_NOOP("Export", "namen"), TEXT, 30)),
        inputexport.engagement_sheet_rows),
]
SHEETS += INPUT_SHEETS


def _write_cell(cell, value, kind: str) -> int:
    """Put one typed value in a cell; returns its width in characters (the longest line)."""
    if value is None or value == "":
        return 0
    if isinstance(value, datetime):
        cell.value, cell.number_format = value, FORMATS[DATETIME]
        return 16
    if isinstance(value, date):
        cell.value, cell.number_format = value, FORMATS[DATE]
        return 10
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.value = value
        if isinstance(value, int):
            cell.number_format = FORMATS[NUMBER]
        return len(str(value))
    text = ILLEGAL.sub(" ", str(value))
    cell.value = text
    cell.data_type = "s"  # text, also when it starts with '=': openpyxl would otherwise store a formula
    return max((len(line) for line in text.splitlines()), default=0)


@in_session_language
def to_xlsx(session: Session, library=None) -> bytes:
    return write_workbook(SHEETS, session, library, session.title, session.language)


def write_workbook(sheets: Iterable[Sheet], source, extra, title: str, language: str) -> bytes:
    """The workbook of ``sheets``, each filled by ``sheet.rows(source, extra)``, in the current language
    (a session's workbook: its session's; a practice's path, core/reports/pathrows.py: the window's)."""
    import openpyxl
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook()
    book.remove(book.active)
    book.properties.creator = "reflectiespel"  # no person's name in the file
    book.properties.lastModifiedBy = None
    book.properties.title = title
    book.properties.language = language
    wrap, bold = Alignment(wrap_text=True, vertical="top"), Font(bold=True)
    for sheet_kind in sheets:
        sheet = book.create_sheet(translate("ExportSheet", sheet_kind.name)[:31])
        columns = sheet_kind.columns
        widths = [max(c.width, len(translate("Export", c.name))) for c in columns]
        for index, column in enumerate(columns, 1):
            cell = sheet.cell(row=1, column=index)
            _write_cell(cell, translate("Export", column.name), TEXT)
            cell.font = bold
        for number, values in enumerate(sheet_kind.rows(source, extra), 2):
            for index, (column, value) in enumerate(zip(columns, values), 1):
                cell = sheet.cell(row=number, column=index)
                wide = _write_cell(cell, value, column.kind)
                if isinstance(cell.value, str):
                    cell.alignment = wrap
                widths[index - 1] = max(widths[index - 1], min(MAX_WIDTH, wide + 2))
        for index, width in enumerate(widths, 1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = "A2"
        if sheet.max_row > 1:
            sheet.auto_filter.ref = sheet.dimensions
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_title_rows = "1:1"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()

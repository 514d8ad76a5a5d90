"""A practice's path across sessions as rows: for the workbook (sheets 'pad' and 'sessies', through
core/reports/workbook.py's Sheet and write_workbook) and for anything else that wants a table of it.

One row per practice, perspective and session: the name then, the place as numbers and in words, how it
moved since the previous session of that perspective, and the reasons given there. In the current
language (the window's), as the path's notes are. No Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..sessions.compare import PositionRow
from ..base.i18n import QT_TRANSLATE_NOOP, language, translate
from .path import ALL, PracticePath
from .workbook import DATE, NUMBER, TEXT, Column, Sheet, write_workbook


@dataclass
class PathTable:
    """What the rows are of: the path, the board its places are said on (None: numbers only), and the
    perspective shown (ALL: every one)."""

    path: PracticePath
    definition: object = None
    perspective: str | None = ALL

    def where(self, x: float, y: float) -> str:
        if self.definition is None:
            return ""
        from ..board.boarddef import describe_position

        return describe_position(self.definition, x, y)


def path_rows(table: PathTable, _extra=None) -> Iterable[list]:
    path = table.path
    for practice in path.practices:
        former = ", ".join(practice.former_names)
        previous: dict[str, tuple[float, float]] = {}
        for point in practice.path(table.perspective):
            session = path.session(point.session)
            then = previous.get(point.perspective)
            moved = PositionRow(practice.name, point.perspective, then, (point.x, point.y)).change() if then else ""
            previous[point.perspective] = (point.x, point.y)
            yield [practice.name, former, path.perspective_name(point.perspective), session.number, session.when,
                   session.title, point.name, round(point.x, 3), round(point.y, 3), table.where(point.x, point.y),
                   moved, "\n".join(point.reasons)]


def session_rows(table: PathTable, _extra=None) -> Iterable[list]:
    for session in table.path.sessions:
        yield [session.number, session.when, session.title, session.group, session.language, session.file,
               "\n".join(session.notes)]


def note_rows(table: PathTable, _extra=None) -> Iterable[list]:
    for note in table.path.renames + table.path.unmatched:
        yield [note]


PATH_SHEETS = [
    Sheet(QT_TRANSLATE_NOOP("ExportSheet", "pad"), (
        Column(QT_TRANSLATE_NOOP("Export", "praktijk"), TEXT, 18),
        Column(QT_TRANSLATE_NOOP("Export", "eerdere_namen"), TEXT, 16),
        Column(QT_TRANSLATE_NOOP("Export", "perspectief"), TEXT, 14),
        Column(QT_TRANSLATE_NOOP("Export", "sessie"), NUMBER, 7),
        Column(QT_TRANSLATE_NOOP("Export", "datum"), DATE, 11),
        Column(QT_TRANSLATE_NOOP("Export", "sessie_titel"), TEXT, 18),
        Column(QT_TRANSLATE_NOOP("Export", "naam_toen"), TEXT, 16),
        Column("x", NUMBER, 6), Column("y", NUMBER, 6),
        Column(QT_TRANSLATE_NOOP("Export", "plek"), TEXT, 30),
        Column(QT_TRANSLATE_NOOP("Export", "verschoven"), TEXT, 30),
        Column(QT_TRANSLATE_NOOP("Export", "waarom"), TEXT, 36)), path_rows),
    Sheet(QT_TRANSLATE_NOOP("ExportSheet", "sessies"), (
        Column(QT_TRANSLATE_NOOP("Export", "sessie"), NUMBER, 7),
        Column(QT_TRANSLATE_NOOP("Export", "datum"), DATE, 11),
        Column(QT_TRANSLATE_NOOP("Export", "titel"), TEXT, 20),
        Column(QT_TRANSLATE_NOOP("Export", "groep"), TEXT, 14),
        Column(QT_TRANSLATE_NOOP("Export", "taal"), TEXT, 5),
        Column(QT_TRANSLATE_NOOP("Export", "bestand"), TEXT, 20),
        Column(QT_TRANSLATE_NOOP("Export", "opmerkingen"), TEXT, 40)), session_rows),
    Sheet(QT_TRANSLATE_NOOP("ExportSheet", "opmerkingen"), (
        Column(QT_TRANSLATE_NOOP("Export", "opmerking"), TEXT, 60),), note_rows),
]


def path_title(path: PracticePath) -> str:
    group = next((s.group for s in reversed(path.sessions) if s.group.strip()), "")
    return (translate("Path", "Pad van onze praktijk: {0}").format(group) if group
            else translate("Path", "Pad van onze praktijk"))


def path_to_xlsx(table: PathTable) -> bytes:
    """The path as a workbook: 'pad' (a row per practice, perspective and session), 'sessies', 'opmerkingen'."""
    return write_workbook(PATH_SHEETS, table, None, path_title(table.path), language())


# --- words for a tooltip, a list and the PDF --------------------------------------------------------
def point_text(table: PathTable, practice, point) -> str:
    """'Buurtkoor, sessie 3 (2026-09-20, Najaar)\nde groep: sociaal-artistiek samenwerken, sturing gedeeld
    \nWaarom: de bewoners sturen nu mee' (plain text, for a tooltip or a screen reader)."""
    path = table.path
    session = path.session(point.session)
    name = practice.name if point.name == practice.name else translate("Path", "{0} (toen: {1})").format(
        practice.name, point.name)
    lines = [translate("Path", "{0}, sessie {1} ({2}, {3})").format(name, session.number, session.label,
                                                                     session.title)]
    where = table.where(point.x, point.y)
    lines.append(f"{path.perspective_name(point.perspective)}: {where}" if where
                 else path.perspective_name(point.perspective))
    lines += [translate("Path", "Waarom: {0}").format(reason) for reason in point.reasons]
    return "\n".join(lines)


def step_text(table: PathTable, practice, before, after) -> str:
    """An arrow in words: which practice, from which session to which, how it moved, and why."""
    path = table.path
    moved = PositionRow(practice.name, after.perspective, (before.x, before.y), (after.x, after.y)).change()
    head = translate("Path", "{0} ({1}): van sessie {2} ({3}) naar sessie {4} ({5})").format(
        practice.name, path.perspective_name(after.perspective), before.session, path.session(before.session).label,
        after.session, path.session(after.session).label)
    lines = [head, moved]
    lines += [translate("Path", "Waarom: {0}").format(reason) for reason in after.reasons]
    if not after.reasons:
        lines.append(translate("Path", "Er is geen reden opgeschreven."))
    return "\n".join(lines)

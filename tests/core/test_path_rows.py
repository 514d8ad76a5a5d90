"""The path across sessions as rows of a workbook: a row per practice, perspective and session with typed
cells (numbers, dates), how it moved since the session before, and why; the sessions and the notes on sheets
of their own."""

import io
import sys
from datetime import date
from pathlib import Path

import openpyxl

from reflectiespel.core.board.boarddef import board_in, load_default_board
from reflectiespel.core.reports.path import ALL, build_path, open_sessions
from reflectiespel.core.reports.pathrows import PathTable, path_rows, path_to_xlsx, step_text

sys.path.insert(0, str(Path(__file__).parent))
from test_path import year


def table(tmp_path, perspective=ALL):
    board = load_default_board("nl")
    path = build_path(open_sessions(year(tmp_path)).sessions, lambda s: board_in(board, s.language), board)
    return PathTable(path, board, perspective)


def test_a_row_per_practice_perspective_and_session_with_the_move_and_the_reasons(tmp_path):
    rows = list(path_rows(table(tmp_path)))
    choir = [r for r in rows if r[0] == "Wijkkoor De Eik"]
    assert [(r[2], r[3]) for r in choir] == [("de groep", 1), ("Anna", 1), ("de groep", 2), ("Anna", 2),
                                             ("Bram", 2), ("de groep", 3), ("de groep", 4)]
    autumn = choir[5]
    assert autumn[1] == "Buurtkoor" and autumn[4] == date(2026, 9, 20) and autumn[6] == "Buurtkoor"
    assert (autumn[7], autumn[8]) == (0.55, 0.8)
    assert autumn[9] == "sociaal-artistiek samenwerken, sturing gedeeld"
    assert autumn[10] == "meer naar kunst als doel, van sturing wisselt naar sturing gedeeld"
    assert autumn[11] == "de bewoners sturen nu mee"
    assert choir[0][10] == ""  # the first time there is nothing to compare with


def test_the_workbook_has_typed_cells_and_sheets_for_sessions_and_notes(tmp_path):
    book = openpyxl.load_workbook(io.BytesIO(path_to_xlsx(table(tmp_path, ""))))
    assert book.sheetnames == ["pad", "sessies", "opmerkingen"]
    pad = book["pad"]
    assert pad.freeze_panes == "A2" and pad["A1"].font.bold
    assert {r[2].value for r in pad.iter_rows(min_row=2)} == {"de groep"}  # the group's perspective only
    second = [c.value for c in pad[2]]
    assert second[3] == 1 and pad.cell(2, 4).data_type == "n"
    assert pad.cell(2, 5).is_date and pad.cell(2, 5).number_format == "yyyy-mm-dd"
    sessions = [[c.value for c in row] for row in book["sessies"].iter_rows(min_row=2)]
    assert [s[2] for s in sessions] == ["Voorjaar", "Summer", "Najaar", "Winter"]
    assert sessions[1][4] == "en" and sessions[1][6].startswith("gemaakt in het Engels")
    notes = [row[0].value for row in book["opmerkingen"].iter_rows(min_row=2)]
    assert "'Buurtkoor' heet vanaf sessie 4 (2026-12-01) 'Wijkkoor De Eik'" in notes
    assert book.properties.title == "Pad van onze praktijk: Team Noord"


def test_an_arrow_in_words_names_both_sessions_and_says_when_no_reason_was_given(tmp_path):
    t = table(tmp_path)
    choir = next(p for p in t.path.practices if "buurtkoor" in p.ids)
    _first, _second, (three, four) = choir.steps("")
    said = step_text(t, choir, three, four)
    assert said.startswith("Wijkkoor De Eik (de groep): van sessie 3 (2026-09-20) naar sessie 4 (2026-12-01)")
    assert said.endswith("Er is geen reden opgeschreven.")

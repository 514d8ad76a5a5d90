"""``reflectiespel path a.reflectiespel b.reflectiespel -o pad.pdf``: a practice's path across sessions,
headless, as a PDF page or (``-o pad.xlsx``) a workbook. Every file is checked before anything is written;
a file that cannot be used is named and nothing is written."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.base.i18n import translate
from ..core.base.problems import FileProblems, display_path
from .output import OutputError

SUFFIXES = (".pdf", ".xlsx")


def configure_path(p: argparse.ArgumentParser) -> None:
    p.description = translate("cli", "Het pad van jullie praktijken over sessies heen: waar elke praktijk per sessie "
                                     "op de sociaal-artistieke as stond, met pijlen en de redenen. Als PDF-pagina "
                                     "of, met -o pad.xlsx, als werkmap. Zie docs/bord.md.")
    p.add_argument("sessions", nargs="+", metavar=translate("cli", "SESSIE"),
                   help=translate("cli", "twee of meer sessiebestanden (.reflectiespel) van dezelfde groep"))
    p.add_argument("-o", "--output", metavar=translate("cli", "BESTAND"), type=Path,
                   help=translate("cli", "pad.pdf (standaard) of een .xlsx-bestand"))
    p.add_argument("--perspective", metavar=translate("cli", "NAAM"), default="",
                   help=translate("cli", "alleen de plekken van dit perspectief (een naam), of 'alle'; standaard "
                                         "die van de hele groep"))


def run_path(args: argparse.Namespace) -> int:
    from ..core.board.boarddef import board_in, load_default_board
    from ..core.reports.path import ALL, GROUP, build_path, open_sessions, plain_key

    target = args.output or Path(translate("cli", "pad.pdf"))
    if target.suffix.lower() not in SUFFIXES:
        print(translate("cli", "{0}: kies een bestand dat eindigt op .pdf of .xlsx").format(target), file=sys.stderr)
        return 1
    opened = open_sessions(args.sessions)
    for problem in opened.problems:
        print(problem, file=sys.stderr)
    if opened.problems or not opened.sessions:
        print(translate("cli", "Niets geschreven."), file=sys.stderr)
        return 1
    try:
        board = load_default_board()
    except FileProblems:
        board = None
    path = build_path(opened.sessions, lambda s: board_in(board, s.language), board)
    wanted = plain_key(args.perspective)
    if wanted in (plain_key(translate("cli", "alle")), "all", "alle"):
        perspective = ALL
    elif not wanted:
        perspective = GROUP
    else:
        perspective = next((key for key, name in path.perspectives.items() if plain_key(name) == wanted), None)
        if perspective is None:
            names = ", ".join(name for key, name in path.perspectives.items() if key) or "-"
            print(translate("cli", "Geen perspectief '{0}' in deze sessies; wel: {1}").format(args.perspective, names),
                  file=sys.stderr)
            return 1
    try:
        if target.suffix.lower() == ".xlsx":
            from ..core.reports.pathrows import PathTable, path_to_xlsx
            from .output import atomic_write

            atomic_write(target, path_to_xlsx(PathTable(path, board, perspective)))
        else:
            from .pathpdf import write_path_pdf

            write_path_pdf(path, target, perspective, board)
    except OutputError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    for note in path.notes:
        print(note)
    print(translate("cli", "Pad geschreven: {0}").format(display_path(target)))
    return 0


COMMANDS = {"path": (configure_path, run_path)}

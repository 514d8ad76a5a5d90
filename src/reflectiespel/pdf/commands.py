"""Subcommands for the ``reflectiespel`` command line: print, report and export.

``COMMANDS`` maps a name to (configure the argparse parser, run) and is picked up by cli.py.
Everything the user reads goes through translate() (Dutch, or English with --lang en); bad input ends with exit code 1 and no half-written file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.base.i18n import QT_TRANSLATE_NOOP, translate
from ..core.base.problems import FileProblems, display_path
from .geometry import BACKS, CARD_SIZES, PAPER_SIZES
from .output import OutputError

BACK_HINTS = {  # translated where printed: translate("cli", BACK_HINTS[backs])
    "long-edge": QT_TRANSLATE_NOOP("cli", "Print dubbelzijdig, omslaan langs de lange kant, op ware grootte (100%)."),
    "short-edge": QT_TRANSLATE_NOOP("cli", "Print dubbelzijdig, omslaan langs de korte kant, op ware grootte (100%)."),
    "none": QT_TRANSLATE_NOOP("cli", "Print enkelzijdig, op ware grootte (100%)."),
    "fold": QT_TRANSLATE_NOOP("cli", "Print enkelzijdig op ware grootte (100%); knip langs de snijtekens en vouw "
                                     "op de streepjeslijn."),
}


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def _millimetres(text: str) -> float:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(translate("cli", "'{0}' is geen getal in millimeters").format(text)) from None


def _offset(text: str) -> tuple[float, float]:
    parts = text.replace(";", ",").split(",")
    try:
        if len(parts) != 2:
            raise ValueError
        return float(parts[0]), float(parts[1])
    except ValueError:
        raise argparse.ArgumentTypeError(translate(
            "cli", "'{0}' is geen verschuiving; schrijf X,Y in mm met een punt als komma, "
            "bijvoorbeeld --offset=1.5,-0.5").format(text)) from None


def _count(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("cli", "'{0}' is geen heel getal").format(text)) from None


def configure_print(p: argparse.ArgumentParser) -> None:
    p.description = translate("cli", "Maak een PDF van een kaartenset om te printen en te knippen, of een "
                                     "kalibratievel om de verschuiving van je printer bij dubbelzijdig printen "
                                     "te meten.")
    p.add_argument("deck", nargs="?", metavar=translate("cli", "SET"),
                   help=translate("cli", "id van de set (zie 'decks list') of pad naar het bestand"))
    p.add_argument("-o", "--output", metavar="PDF", type=Path,
                   help=translate("cli", "het PDF-bestand (standaard: <id>-kaarten.pdf, of kalibratie.pdf)"))
    p.add_argument("--size", choices=list(CARD_SIZES), default=None,
                   help=translate("cli", "kaartmaat: poker 63×88, bridge 57×89, tarot 70×120, a6 105×148, square "
                                         "70×70 mm (standaard: de maat die de set kiest, meestal poker)"))
    p.add_argument("--paper", choices=list(PAPER_SIZES), default="a4",
                   help=translate("cli", "papier (standaard a4)"))
    p.add_argument("--bleed", type=_millimetres, default=0.0, metavar="MM",
                   help=translate("cli", "afloop in mm: de kleur loopt zo ver door buiten de snijlijn (standaard 0)"))
    p.add_argument("--no-crop-marks", dest="crop_marks", action="store_false",
                   help=translate("cli", "zonder snijtekens (die staan buiten de kaarten)"))
    p.add_argument("--backs", choices=list(BACKS), default="long-edge",
                   help=translate("cli", "achterkanten: long-edge (dubbelzijdig, omslaan langs de lange kant; "
                                         "standaard), short-edge (langs de korte kant), none (geen), fold (naast de "
                                         "voorkant, om te vouwen)"))
    p.add_argument("--category", action="append", default=[], metavar="ID",
                   help=translate("cli", "alleen deze categorie (mag vaker)"))
    p.add_argument("--copies", type=_count, default=1, metavar="N",
                   help=translate("cli", "aantal exemplaren van de set"))
    p.add_argument("--offset", type=_offset, default=(0.0, 0.0), metavar="X,Y",
                   help=translate("cli", "verschuif de achterkanten X,Y mm (meet dit met --calibration); "
                                         "bij een min-teken: --offset=-1,0.5"))
    p.add_argument("--ink-saving", action="store_true",
                   help=translate("cli", "inktzuinige achterkanten: een rand en de naam van de set op wit papier"))
    p.add_argument("--instructions", action="store_true",
                   help=translate("cli", "een eerste pagina met uitleg: printen op 100%%, omslaan, papier, knippen "
                                         "en een afvinklijst"))
    p.add_argument("--blank", type=_count, default=0, metavar="N",
                   help=translate("cli", "N lege kaarten per categorie erbij"))
    p.add_argument("--calibration", action="store_true",
                   help=translate("cli", "maak een kalibratievel om de verschuiving bij dubbelzijdig printen te "
                                         "meten"))


def run_print(args: argparse.Namespace) -> int:
    from .calibration import write_calibration
    from .deckpdf import PrintError, PrintOptions, write_deck_pdf

    if args.calibration:
        target = args.output or Path(translate("cli", "kalibratie.pdf"))
        try:
            write_calibration(target, args.paper, args.backs, args.offset)
        except (OutputError, PrintError) as exc:
            _err(str(exc))
            return 1
        print(translate("cli", "Kalibratievel geschreven: {0}").format(display_path(target)))
        print(translate("cli", BACK_HINTS["short-edge" if args.backs == "short-edge" else "long-edge"]))
        return 0
    if not args.deck:
        _err(translate("cli", "Geef een kaartenset (id of pad naar het bestand), of --calibration voor een "
                              "kalibratievel."))
        return 1
    deck = _load_deck(args.deck)
    if deck is None:
        return 1
    target = args.output or Path(translate("cli", "{0}-kaarten.pdf").format(deck.id))
    options = PrintOptions(size=args.size or deck.default_size, paper=args.paper, bleed=args.bleed, crop_marks=args.crop_marks,
                           backs=args.backs, categories=tuple(args.category), copies=args.copies,
                           offset=args.offset, blank=args.blank, ink_saving=args.ink_saving,
                           instructions=args.instructions)
    try:
        result = write_deck_pdf(deck, target, options)
    except (PrintError, OutputError) as exc:
        _err(str(exc))
        return 1
    for warning in result.warnings:
        _err(translate("cli", "WAARSCHUWING: {0}").format(warning))
    if result.sheets == 1:
        done = translate("cli", "Geschreven: {0} ({1} kaarten op 1 vel, {2} pagina's)")
        print(done.format(display_path(target), result.cards, result.pages))
    else:
        done = translate("cli", "Geschreven: {0} ({1} kaarten op {2} vellen, {3} pagina's)")
        print(done.format(display_path(target), result.cards, result.sheets, result.pages))
    print(translate("cli", BACK_HINTS[args.backs]))
    return 0


def _load_deck(id_or_path: str):
    from ..core.decks.library import find_deck
    from ..core.decks.library import default_library

    library = default_library()
    try:
        return find_deck(library, id_or_path)
    except KeyError:
        broken = [e for e in library.entries if not e.ok and id_or_path in (e.id, e.path.stem.split(".")[0])]
        if broken:  # the deck is there, but cannot be used: say why, with the lines
            _err(translate("cli", "De kaartenset '{0}' kan niet worden geladen ({1}):").format(
                id_or_path, display_path(broken[0].path)) + "\n"
                 + "\n".join(f"- {problem}" for problem in broken[0].problems))
            return None
        known = ", ".join(d.id for d in library.decks) or translate("cli", "geen")
        _err(translate("cli", "Er is geen kaartenset met id '{0}'. Bekende sets: {1}.").format(id_or_path, known))
    except FileProblems as exc:
        _err(str(exc))
    return None


def _open_session(name: str):
    from ..core.sessions.storage import open_session

    try:
        return open_session(Path(name))
    except FileProblems as exc:
        _err(str(exc))
        return None


def _library():
    from ..core.decks.library import default_library

    return default_library()


def configure_report(p: argparse.ArgumentParser) -> None:
    p.description = translate("cli", "Maak het verslag van een sessie als PDF: voorblad, stappen met notities, "
                                     "stemmen en het bord, afspraken, en de eigen kaarten van de groep om uit te "
                                     "knippen. Het verslag volgt de taal waarin de sessie werd gemaakt.")
    p.add_argument("session", metavar=translate("cli", "SESSIE"), help=translate("cli", "het sessiebestand (.reflectiespel)"))
    p.add_argument("-o", "--output", metavar="PDF", type=Path,
                   help=translate("cli", "het PDF-bestand (standaard: verslag.pdf)"))
    p.add_argument("--paper", choices=list(PAPER_SIZES), default="a4",
                   help=translate("cli", "papier (standaard a4)"))


def run_report(args: argparse.Namespace) -> int:
    from .report import write_report

    session = _open_session(args.session)
    if session is None:
        return 1
    target = args.output or Path(translate("cli", "verslag.pdf"))
    try:
        warnings = write_report(session, target, args.paper, _library())
    except OutputError as exc:
        _err(str(exc))
        return 1
    for warning in warnings:
        _err(translate("cli", "WAARSCHUWING: {0}").format(warning))
    print(translate("cli", "Verslag geschreven: {0}").format(display_path(target)))
    return 0


EXPORT_FORMATS = ("md", "csv", "xlsx", "docx", "json")
BINARY_FORMATS = ("xlsx", "docx")


def export_bytes(session, fmt: str, library) -> bytes:
    """The session in one of EXPORT_FORMATS: docx is the report's text (pdf/worddoc.py), xlsx the
    spreadsheet (core/reports/workbook.py), the others are core/reports/export.py."""
    if fmt == "docx":
        from .worddoc import render_docx

        return render_docx(session, library)
    if fmt == "xlsx":
        from ..core.reports.workbook import to_xlsx

        return to_xlsx(session, library)
    from ..core.reports.export import export

    return export(session, fmt, library)


def configure_export(p: argparse.ArgumentParser) -> None:
    p.description = translate("cli", "Exporteer een sessie: md (Markdown, voor een e-mail), csv (voor Excel of "
                                     "LibreOffice: UTF-8, puntkomma's), xlsx (een werkmap met een blad per soort: "
                                     "notities, keuzes, stemmen, actiepunten, het bord, eigen kaarten, deelnemers), "
                                     "docx (de tekst van het verslag voor Word of LibreOffice, met het bord als "
                                     "plaatje) of json, in de taal waarin de sessie werd gemaakt. Zie "
                                     "docs/export.md.")
    p.add_argument("session", metavar=translate("cli", "SESSIE"), help=translate("cli", "het sessiebestand (.reflectiespel)"))
    p.add_argument("--format", choices=list(EXPORT_FORMATS), default="md",
                   help=translate("cli", "het formaat (standaard md)"))
    p.add_argument("-o", "--output", metavar=translate("cli", "BESTAND"), type=Path,
                   help=translate("cli", "het bestand (standaard: op het scherm; xlsx en docx: de naam van de "
                                         "sessie met .xlsx of .docx, in deze map)"))


def run_export(args: argparse.Namespace) -> int:
    from .output import atomic_write

    session = _open_session(args.session)
    if session is None:
        return 1
    data = export_bytes(session, args.format, _library())
    if args.output is None and args.format in BINARY_FORMATS:  # never a binary file on the screen
        args.output = Path(Path(args.session).stem + "." + args.format)
    if args.output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    try:
        atomic_write(args.output, data)
    except OutputError as exc:
        _err(str(exc))
        return 1
    print(translate("cli", "Geëxporteerd: {0}").format(display_path(args.output)))
    return 0


COMMANDS = {
    "print": (configure_print, run_print),
    "report": (configure_report, run_report),
    "export": (configure_export, run_export),
}

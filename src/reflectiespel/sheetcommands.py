"""`reflectiespel decks template | import | export-sheet`: decks from and to a spreadsheet (docs/deck-format.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .core.base.i18n import language, translate
from .core.base.problems import FileProblems, display_path


def card_count(count: int) -> str:
    """'1 kaart' / '12 kaarten', for the deck commands here and in cli.py."""
    # Two strings rather than one plural: pyside6-lupdate only sees %n plurals in tr() calls.
    return translate("cli", "1 kaart") if count == 1 else translate("cli", "{0} kaarten").format(count)


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def _format(path: Path, given: str | None) -> str:
    value = (given or path.suffix.lstrip(".") or "csv").lower()
    return "xlsx" if value == "xlsx" else "csv"


def run_template(args: argparse.Namespace) -> int:
    from .core.decks.sheetfiles import sheet_bytes
    from .core.decks.sheets import TEMPLATE_HEADER_ROW, template_rows
    from .core.sessions.storage import atomic_write

    path = Path(args.output)
    atomic_write(path, sheet_bytes(template_rows(), TEMPLATE_HEADER_ROW, _format(path, args.format)))
    print(translate("cli", "Sjabloon geschreven: {0}. Vul het in en lees het in met "
                           "'reflectiespel decks import {0}'.").format(display_path(path)))
    return 0


def default_output(deck, has_images: bool) -> Path:
    from .core.decks.library import user_decks_dir

    folder = user_decks_dir()
    return folder / deck.id / f"{deck.id}.yaml" if has_images else folder / f"{deck.id}.yaml"


def import_sheet(path: Path, output: Path | None, overwrite: bool = False):
    """Read a sheet and write its deck; returns (deck, written path, how the file was read)."""
    from .core.decks.deckwrite import write_deck
    from .core.decks.sheetfiles import read_rows
    from .core.decks.sheets import deck_from_rows

    rows, how = read_rows(path)
    deck = deck_from_rows(rows, display_path(path), fallback_title=path.stem.replace("_", " ").strip() or None,
                          pictures_from=path.parent)
    has_images = any(card.image for card in deck.cards)
    target = output or default_output(deck, has_images)
    written = write_deck(deck, target, images_from=path.parent if has_images else None, overwrite=overwrite,
                         place="sheet")
    return deck, written, how


def run_import(args: argparse.Namespace) -> int:

    try:
        deck, written, how = import_sheet(Path(args.file), Path(args.output) if args.output else None,
                                          args.overwrite)
    except FileProblems as exc:
        from .core.decks.deckwrite import PartlyWritten

        for problem in exc.problems:
            _err(str(problem))
        if not isinstance(exc, PartlyWritten):  # only said when true
            _err(translate("cli", "Er is niets geschreven."))
        return 1
    print(translate("cli", "Gelezen als {0}.").format(how))
    print(translate("cli", "Geschreven: {0} ({1}, {2}).").format(display_path(written), deck.title,
                                                                card_count(len(deck.cards))))
    return 0


def run_export_sheet(args: argparse.Namespace) -> int:
    from .core.decks.library import find_deck
    from .core.decks.library import default_library
    from .core.decks.sheetfiles import sheet_bytes
    from .core.decks.sheets import rows_from_deck
    from .core.sessions.storage import atomic_write

    try:
        deck = find_deck(default_library(), args.deck)
    except KeyError:
        _err(translate("cli", "Er is geen kaartenset met id '{0}'.").format(args.deck))
        return 1
    path = Path(args.output)
    rows, header_row = rows_from_deck(deck)
    atomic_write(path, sheet_bytes(rows, header_row, _format(path, args.format)))
    print(translate("cli", "Geschreven: {0} ({1}). Pas het aan en lees het weer in met "
                           "'reflectiespel decks import'.").format(display_path(path), card_count(len(deck.cards))))
    return 0


def add_commands(decks_sub) -> None:
    p = decks_sub.add_parser("template", help=translate("cli", "schrijf een spreadsheet-sjabloon voor een eigen set"))
    p.add_argument("--format", choices=["csv", "xlsx"], help=translate("cli", "csv of xlsx (standaard: uit de naam)"))
    p.add_argument("-o", "--output", required=True, metavar=translate("cli", "BESTAND"))
    p.set_defaults(run=run_template)
    p = decks_sub.add_parser("import", help=translate("cli", "maak een set van een spreadsheet (.csv of .xlsx)"))
    p.add_argument("file", metavar=translate("cli", "BESTAND"),
                   help=translate("cli", "de spreadsheet (.csv of .xlsx), bijvoorbeeld gemaakt met 'decks template'"))
    p.add_argument("-o", "--output", metavar=translate("cli", "SET.yaml"),
                   help=translate("cli", "waar de set komt (standaard: je map met eigen sets)"))
    # both spellings work in both languages; help and usage show the one of the interface language first
    overwrite = ("--overwrite", "--overschrijven") if language() == "en" else ("--overschrijven", "--overwrite")
    p.add_argument(*overwrite, dest="overwrite", action="store_true",
                   help=translate("cli", "een bestaande set met die naam vervangen"))
    p.set_defaults(run=run_import)
    p = decks_sub.add_parser("export-sheet", help=translate("cli", "zet een set in een spreadsheet om te bewerken"))
    p.add_argument("deck", metavar="ID")
    p.add_argument("--format", choices=["csv", "xlsx"], help=translate("cli", "csv of xlsx (standaard: uit de naam)"))
    p.add_argument("-o", "--output", required=True, metavar=translate("cli", "BESTAND"))
    p.set_defaults(run=run_export_sheet)

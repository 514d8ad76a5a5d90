"""The ``reflectiespel`` command: no argument opens the app; subcommands work headless."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING
from collections.abc import Callable, Sequence

from . import __version__
from .core.base.i18n import LANGUAGES, QT_TRANSLATE_NOOP, set_language, translate
from .core.files.settings import choose_language
from .core.decks.library import default_library, find_deck, user_decks_dir
from .core.files.paths import user_data_dir
from .core.base.problems import FileProblems, display_path

if TYPE_CHECKING:  # the deck models load with the first deck; opening the app must not wait for them
    import argparse  # only commands need argparse: `reflectiespel` without arguments opens the app

    from .core.decks.decks import Deck

    # Subcommands that other modules add: name -> (configure parser, run). Registered in build_parser.
    Command = tuple[Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]


def _out(text: str = "") -> None:
    print(text)


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def cmd_decks_list(args: argparse.Namespace) -> int:
    from .sheetcommands import card_count

    library = default_library()
    if not library.entries:
        _out(translate("cli", "Geen kaartensets gevonden."))
        return 0
    shown = library.shown_entries  # one line per deck, in the chosen language where it has one
    width = max(len(e.id) for e in shown)
    for entry in shown:
        where = display_path(entry.path)
        if entry.ok and entry.deck:
            cards = card_count(len(entry.deck.cards))
            other = f"  [{entry.language}]" if entry.language != library.language else ""  # only in another language
            _out(f"{entry.id:<{width}}  {entry.deck.title}{other}  ({cards})  {where}")
        else:
            broken = translate("cli", "KAN NIET WORDEN GELADEN")
            _out(f"{entry.id:<{width}}  {broken}  {where}")
            for problem in entry.problems:
                _out(f"    {problem}")
    return 0


def cmd_decks_validate(args: argparse.Namespace) -> int:
    from .sheetcommands import card_count

    from .core.decks.decks import load_deck

    failed = False
    for name in args.paths:
        path = Path(name)
        if path.is_dir():
            _err(translate("cli", "{0}: dit is een map; geef het bestand van de set (.yaml)").format(name))
            failed = True
            continue
        try:
            deck = load_deck(path)
        except FileProblems as exc:
            failed = True
            for problem in exc.problems:
                _err(str(problem))
            continue
        cards = card_count(len(deck.cards))
        _out(translate("cli", "{0}: in orde ({1}, {2})").format(display_path(path), deck.title, cards))
    return 1 if failed else 0


def format_deck(deck: Deck) -> str:
    from .core.decks.decks import kind_name

    lines = [deck.title, "=" * len(deck.title)]
    if deck.description:
        lines += [deck.description]
    lines += deck.source_lines() + [""]
    for number, card in enumerate(deck.cards, 1):
        category = deck.category(card.category)
        kind = "" if card.playable else f"  [{kind_name(card.kind)}]"
        lines.append(f"[{number}/{len(deck.cards)}] {card.title}  ({category.name}){kind}")
        text = deck.card_text(card)
        if text:
            lines.append(text)
        for question in card.questions:
            lines.append(f"  - {question}")
        if card.assignment:
            lines.append("  {} {}".format(translate("cli", "Opdracht:"), card.assignment))
        lines.append("")
    return "\n".join(lines)


def cmd_decks_show(args: argparse.Namespace) -> int:
    library = default_library()
    try:
        deck = find_deck(library, args.deck)
    except KeyError:
        known = ", ".join(d.id for d in library.decks) or translate("cli", "geen")
        _err(translate("cli", "Er is geen kaartenset met id '{0}'. Bekende sets: {1}.").format(args.deck, known))
        return 1
    except FileProblems as exc:
        _err(str(exc))
        return 1
    _out(format_deck(deck))
    return 0


def cmd_decks_path(args: argparse.Namespace) -> int:
    _out(str(user_decks_dir()))
    return 0


HELP = {
    "print": QT_TRANSLATE_NOOP("cli", "print een kaartenset als PDF om uit te knippen"),
    "report": QT_TRANSLATE_NOOP("cli", "maak een verslag (PDF) van een sessie"),
    "export": QT_TRANSLATE_NOOP("cli", "exporteer een sessie als Markdown, CSV of JSON"),
    "live": QT_TRANSLATE_NOOP("cli", "laat telefoons meedoen met een sessie, zonder venster"),
    "path": QT_TRANSLATE_NOOP("cli", "het pad van jullie praktijken over sessies heen, als PDF of werkmap"),
}


def build_parser(extra: dict[str, Command] | None = None) -> argparse.ArgumentParser:
    import argparse

    from . import argparse_nl
    from .core.base.i18n import language

    argparse_nl.install(language())  # argparse's own words in the language chosen by setup_language
    parser = argparse.ArgumentParser(
        prog="reflectiespel",
        description=translate("cli", "Reflectiespel: kaartensets, sessies en de sociaal-artistieke as. "
                      "Zonder opdracht opent de app."))
    parser.add_argument("--version", action="version", version=f"reflectiespel {__version__}",
                        help=translate("cli", "toon het versienummer en stop"))
    parser.add_argument("--lang", choices=sorted(LANGUAGES), metavar=translate("cli", "TAAL"),
                        help=translate("cli", "taal van de app en de uitvoer: nl of en (standaard: je laatste keuze, "
                               "anders de taal van je computer)"))
    parser.add_argument("--smoke-test", action="store_true",
                        help=translate("cli", "zelftest: open het venster, laad alle ingebouwde sets, werkvormen en routes, "
                               "teken een kaart en een PDF-pagina; stopt met 0 als alles werkt"))
    sub = parser.add_subparsers(dest="command", metavar=translate("cli", "OPDRACHT"))

    decks = sub.add_parser("decks", help=translate("cli", "kaartensets bekijken en controleren"))
    decks_sub = decks.add_subparsers(dest="decks_command", metavar=translate("cli", "OPDRACHT"), required=True)
    p = decks_sub.add_parser("list", help=translate("cli", "alle kaartensets: id, titel, aantal kaarten, bestand"))
    p.set_defaults(run=cmd_decks_list)
    p = decks_sub.add_parser("validate", help=translate("cli", "controleer kaartenset-bestanden"))
    p.add_argument("paths", nargs="+", metavar=translate("cli", "PAD"), help=translate("cli", "bestand(en) van een kaartenset (.yaml)"))
    p.set_defaults(run=cmd_decks_validate)
    p = decks_sub.add_parser("show", help=translate("cli", "toon de kaarten van een set als tekst"))
    p.add_argument("deck", metavar="ID", help=translate("cli", "id van de set (zie 'decks list') of pad naar het bestand"))
    p.set_defaults(run=cmd_decks_show)
    p = decks_sub.add_parser("path", help=translate("cli", "de map voor je eigen kaartensets"))
    p.set_defaults(run=cmd_decks_path)
    from .sheetcommands import add_commands as add_sheet_commands

    add_sheet_commands(decks_sub)

    for name, (configure, run) in (extra or {}).items():
        p = sub.add_parser(name, help=translate("cli", HELP[name]) if name in HELP else None)
        configure(p)
        p.set_defaults(run=run)
    return parser


def extra_commands() -> dict[str, Command]:
    """Subcommands from other parts of the app (printing, reports, exports)."""
    from .live import command as live_command
    from .pdf import commands as pdf_commands
    from .pdf import pathcommand

    return {**pdf_commands.COMMANDS, **pathcommand.COMMANDS, **live_command.COMMANDS}


def requested_language(argv: list[str]) -> str | None:
    """The value of --lang, looked up before the parser exists (its help texts are translated)."""
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
    return None


def setup_language(argv: list[str]) -> str:
    """Choose the language (--lang, remembered choice, system) for everything that follows."""
    return set_language(choose_language(requested_language(argv), user_data_dir()))


SESSION_SUFFIX = ".reflectiespel"


def session_to_open(argv: list[str]) -> Path | None:
    """The session file in ``reflectiespel [--lang TAAL] FILE.reflectiespel``: how the menu entry, Windows'
    file association and Finder (argv emulation) hand a double-clicked session to the app."""
    rest = list(argv)
    if rest and rest[0].startswith("--lang="):
        rest = rest[1:]
    elif len(rest) >= 2 and rest[0] == "--lang":
        rest = rest[2:]
    if len(rest) == 1 and rest[0].lower().endswith(SESSION_SUFFIX) and not rest[0].startswith("-"):
        return Path(rest[0])
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    setup_language(argv)
    if not argv:
        from .ui.launch import run_app

        return run_app()
    session = session_to_open(argv)
    if session is not None:
        from .ui.launch import run_app

        return run_app(open_path=session)
    parser = build_parser(extra_commands())
    args = parser.parse_args(argv)
    if args.smoke_test:
        from .smoketest import run_smoke_test

        return run_smoke_test()
    run = getattr(args, "run", None)
    if run is None:
        if args.command is None:  # only options such as --lang: open the app in that language
            from .ui.launch import run_app

            return run_app()
        parser.print_help()
        return 0
    try:
        return run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (`reflectiespel decks list | head`): stop quietly
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except FileProblems as exc:
        _err(str(exc))
        return 1
    except OSError as exc:
        _err(translate("cli", "Er ging iets mis met een bestand: {0} ({1})").format(
            exc.strerror or exc, exc.filename or ""))
        return 1


if __name__ == "__main__":
    sys.exit(main())

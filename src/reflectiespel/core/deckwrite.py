"""Write a deck as YAML, but only a deck that opens again: the same check as opening, before the replace.

Used by the spreadsheet import and by the deck editor. Pictures a deck names are copied into the deck's
own folder first (a deck may only use pictures inside its folder).
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .atomic import atomic_write, copy_file
from .decks import Deck, deck_from_bytes
from .i18n import QT_TRANSLATE_NOOP, speaking, translate
from .problems import FileProblems, Problem, display_path

# The comment at the top of a written deck file, in the deck's own language (see header_for).
HEADER = QT_TRANSLATE_NOOP("DeckFile", "# Kaartenset voor reflectiespel. Zie docs/deck-format.md voor de velden; "
                                       "controleer met\n# 'reflectiespel decks validate <dit bestand>'.\n")


def header_for(deck: Deck) -> str:
    """The top comment in the language the deck is written in (an English deck reads English throughout),
    whatever the interface speaks."""
    with speaking(deck.language):
        return translate("DeckFile", HEADER)


def deck_data(deck: Deck) -> dict:
    """The deck as plain data in the order of the format, without fields that hold their default."""
    data = deck.model_dump(mode="json", exclude_defaults=True)
    data["format_version"] = deck.format_version
    data["source"] = deck.sources
    order = ["format_version", *Deck.model_fields]
    return {key: data[key] for key in order if key in data}


def leading_comments(path: Path) -> str | None:
    """The comment lines at the top of an existing deck file (kept when the editor saves it again)."""
    from .safefile import read_regular_file
    from .yamlfile import MAX_BYTES

    try:
        lines = read_regular_file(path, MAX_BYTES).decode("utf-8").splitlines(keepends=True)
    except (OSError, UnicodeDecodeError, FileProblems):
        return None
    head = []
    for line in lines:
        if not line.startswith("#"):
            break
        head.append(line if line.endswith("\n") else line + "\n")
    return "".join(head) or None


def deck_yaml(deck: Deck, header: str | None = None) -> str:
    return (header or header_for(deck)) + yaml.safe_dump(deck_data(deck), allow_unicode=True, sort_keys=False, width=100,
                                   default_flow_style=False)


def copy_images(deck: Deck, source_folder: Path, target_folder: Path) -> list[str]:
    """Copy the pictures the deck names from ``source_folder`` into ``target_folder``; problems as text."""
    missing = []
    for card in deck.cards:
        if not card.image:
            continue
        source, target = source_folder / card.image, target_folder / card.image
        if target.exists() and source.resolve() == target.resolve():
            continue
        if not source.is_file():
            missing.append(translate("DeckFile", "kaart '{0}': het plaatje '{1}' is niet gevonden in {2}").format(
                card.title, card.image, display_path(source_folder)))
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            copy_file(source, target)
        except FileProblems as exc:
            missing.extend(translate("DeckFile", "kaart '{0}': {1}").format(card.title, p.message)
                           for p in exc.problems)
    return missing


def write_deck(deck: Deck, path: Path, images_from: Path | None = None, overwrite: bool = False,
               keep_comments_of: Path | None = None) -> Path:
    """Write ``deck`` to ``path`` atomically after checking that it opens as written. Returns the path.

    ``keep_comments_of``: an existing file whose comment lines at the top are kept (the rest of a YAML
    file's comments cannot be carried over by a safe YAML writer)."""
    path = Path(path)
    name = display_path(path)
    if path.exists() and not overwrite:
        raise FileProblems([Problem(name, translate("DeckFile", "dit bestand bestaat al; kies een andere naam of "
                                                                "overschrijf het bewust (--overschrijven)"))])
    path.parent.mkdir(parents=True, exist_ok=True)
    if images_from is not None:
        missing = copy_images(deck, images_from, path.parent)
        if missing:
            raise FileProblems([Problem(name, line) for line in missing])
    text = deck_yaml(deck, leading_comments(keep_comments_of) if keep_comments_of else None)
    data = text.encode("utf-8")
    try:
        deck_from_bytes(data, name, path.parent)  # never write what will not load back
    except FileProblems as exc:
        raise FileProblems([Problem(name, translate("DeckFile", "de set zou niet meer opengaan: {0}").format(
                                    p.message), field=p.field)
                            for p in exc.problems]) from None
    except Exception:  # noqa: BLE001 - whatever it is, such a deck is not written
        raise FileProblems([Problem(name, translate("DeckFile", "de set zou niet meer opengaan; er is niets "
                                                                "geschreven"))]) from None
    atomic_write(path, data)
    return path

"""Where decks come from: the built-in ones and the user's own deck folder.

Decks are YAML files in a data folder, either directly (``decks/naam.yaml``) or in a folder of
their own with their images (``decks/naam/naam.yaml``). The folders named in RESERVED hold other
data files (session templates, routes, the axis board) and are not scanned for decks.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .decks import Deck, load_deck
from .problems import FileProblems, Problem, display_path

RESERVED = {"werkvormen", "routes", "bord"}
DATA_DIR_VARIABLE = "REFLECTIESPEL_DATA_DIR"


def user_data_dir() -> Path:
    """The user's data folder (autosave, recent files, own decks); REFLECTIESPEL_DATA_DIR overrides it."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("reflectiespel", appauthor=False))


def user_decks_dir(data_dir: Path | None = None) -> Path:
    return (data_dir or user_data_dir()) / "decks"


@dataclass
class DeckEntry:
    """One deck file in the library: loaded, or broken with its problems."""

    path: Path
    builtin: bool
    deck: Deck | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.deck is not None and not self.problems

    @property
    def title(self) -> str:
        return self.deck.title if self.deck else self.path.stem

    @property
    def id(self) -> str:
        return self.deck.id if self.deck else self.path.stem


def deck_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    files = [p for p in folder.glob("*.yaml") if p.is_file()]
    for sub in sorted(folder.iterdir()):
        if sub.is_dir() and sub.name not in RESERVED and not sub.name.startswith("."):
            files.extend(p for p in sub.glob("*.yaml") if p.is_file())
    return sorted(files)


def load_entry(path: Path, builtin: bool) -> DeckEntry:
    try:
        return DeckEntry(path=path, builtin=builtin, deck=load_deck(path))
    except FileProblems as exc:
        return DeckEntry(path=path, builtin=builtin, problems=exc.problems)


class Library:
    """All decks the app knows: built-in first, then the user's own."""

    def __init__(self, builtin_dir: Path, user_dir: Path | None = None):
        self.builtin_dir = builtin_dir
        self.user_dir = user_dir
        self.entries: list[DeckEntry] = []

    def load(self) -> "Library":
        entries = [load_entry(p, builtin=True) for p in deck_files(self.builtin_dir)]
        if self.user_dir is not None:
            entries += [load_entry(p, builtin=False) for p in deck_files(self.user_dir)]
        owners: dict[str, DeckEntry] = {}
        for entry in entries:
            if not entry.ok:
                continue
            first = owners.get(entry.id)
            if first is None:
                owners[entry.id] = entry
                continue
            kind = "ingebouwde" if first.builtin else "eigen"
            entry.problems.append(Problem(
                display_path(entry.path),
                f"deze set heeft dezelfde id '{entry.id}' als de {kind} set in {display_path(first.path)}; "
                "die andere wordt gebruikt. Geef deze set een eigen id.", field="id"))
        self.entries = entries
        return self

    @property
    def decks(self) -> list[Deck]:
        return [e.deck for e in self.entries if e.ok and e.deck is not None]

    @property
    def broken(self) -> list[DeckEntry]:
        return [e for e in self.entries if not e.ok]

    def get(self, deck_id: str) -> Deck:
        for entry in self.entries:
            if entry.ok and entry.id == deck_id:
                assert entry.deck is not None
                return entry.deck
        raise KeyError(deck_id)

    def entry(self, deck_id: str) -> DeckEntry:
        for entry in self.entries:
            if entry.ok and entry.id == deck_id:
                return entry
        raise KeyError(deck_id)


def default_library() -> Library:
    from ..resources import builtin_decks_dir

    return Library(builtin_decks_dir(), user_decks_dir()).load()

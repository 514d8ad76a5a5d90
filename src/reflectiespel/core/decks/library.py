"""Where decks come from: the built-in ones, the organisation's shared folder, and the user's own deck folder.

Decks are YAML files in a data folder, either directly (``decks/naam.yaml``) or in a folder of
their own with their images (``decks/naam/naam.yaml``). The folders named in RESERVED hold other
data files (session templates, routes, the axis board) and are not scanned for decks.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING
from collections.abc import Callable

from .entries import Entry, in_language, load_entries, yaml_files
from ..files.paths import org_dir, user_cache_dir, user_data_dir

if TYPE_CHECKING:  # the deck models (pydantic) load with the decks, not with this module
    from .decks import Deck

RESERVED = {"werkvormen", "routes", "bord"}
def user_decks_dir(data_dir: Path | None = None) -> Path:
    return (data_dir or user_data_dir()) / "decks"


class DeckEntry(Entry["Deck"]):
    """One deck file in the library: loaded, or broken with its problems."""

    @property
    def deck(self) -> Deck | None:
        return self.item


def deck_files(folder: Path) -> list[Path]:
    """Deck files: *.yaml in the folder and in its subfolders (one per deck), not in RESERVED ones."""
    files = yaml_files(folder)
    try:
        subfolders = sorted(sub for sub in folder.iterdir() if sub.is_dir())
    except OSError:
        return files
    for sub in subfolders:
        if sub.name not in RESERVED and not sub.name.startswith("."):
            files.extend(yaml_files(sub))
    return sorted(files)


class Library:
    """All decks the app knows: built-in first, then the organisation's (org_dir), then the user's own."""

    def __init__(self, builtin_dir: Path, user_dir: Path | None = None, cache_dir: Path | None = None,
                 language: str | None = None, org_dir: Path | None = None):
        self.builtin_dir = builtin_dir
        self.org_dir = org_dir
        self._language = language  # None: the interface language (core/base/i18n.py)
        self.user_dir = user_dir
        self.cache_dir = cache_dir  # where checked decks are remembered (core/decks/deckcache.py); None: nowhere
        self.entries: list[DeckEntry] = []

    def load(self) -> Library:
        self.entries = self.read()
        return self

    def read(self, progress: Callable[[DeckEntry], None] | None = None) -> list[DeckEntry]:
        """Every deck file, loaded; ``progress`` hears of each entry as it is read (any thread)."""
        from .decks import load_deck

        cache = None
        if self.cache_dir is not None:
            from .deckcache import DeckCache

            cache = DeckCache(self.cache_dir)
        entries = load_entries([(self.builtin_dir, True), (self.org_dir, False, True), (self.user_dir, False)],
                               cache.loader(load_deck) if cache else load_deck, DeckEntry, "set",
                               files=deck_files, progress=progress)
        if cache is not None:
            cache.save()
        return entries

    @property
    def language(self) -> str:
        from ..base import i18n

        return self._language or i18n.language()

    @property
    def shown_entries(self) -> list[DeckEntry]:
        """One entry per deck, in the chosen language where the deck has it; broken files too."""
        return in_language(self.entries, self.language)

    @property
    def decks(self) -> list[Deck]:
        return [e.deck for e in self.shown_entries if e.ok and e.deck is not None]

    @property
    def broken(self) -> list[DeckEntry]:
        return [e for e in self.entries if not e.ok]

    def get(self, deck_id: str, language: str | None = None) -> Deck:
        deck = self.entry(deck_id, language).deck
        assert deck is not None
        return deck

    def entry(self, deck_id: str, language: str | None = None) -> DeckEntry:
        """The deck with this id in ``language`` (default: the chosen one), else in its own language."""
        wanted = language or self.language
        found = [e for e in self.entries if e.ok and e.id == deck_id]
        for entry in found:
            if entry.language == wanted:
                return entry
        if found:
            return found[0]
        raise KeyError(deck_id)


def default_library() -> Library:
    from ...resources import builtin_decks_dir

    return Library(builtin_decks_dir(), user_decks_dir(), user_cache_dir(), org_dir=org_dir()).load()


def find_deck(library: Library, id_or_path: str) -> Deck:
    """A deck by id from the library, or by the path of its file. Raises FileProblems or KeyError."""
    from .decks import load_deck

    path = Path(id_or_path)
    if path.suffix in (".yaml", ".yml") or "/" in id_or_path or os.sep in id_or_path or path.exists():
        return load_deck(path)  # a file, or something that is not one (a folder, a pipe): load_deck says which
    return library.get(id_or_path)

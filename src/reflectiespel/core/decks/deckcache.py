"""Decks that passed every check, remembered between starts so that unchanged files are not read again.

One JSON file in the user cache folder (platformdirs; REFLECTIESPEL_CACHE_DIR overrides it) holds, per
deck file, its size and modification time and the checked deck. A file whose (path, size, mtime) still
match is not parsed or cross-checked again: its deck comes back through pydantic's JSON validation (fast,
and a damaged entry then simply counts as missing), and the images it names are looked up again.
Decks with problems are never remembered: they are read again each time, so their messages stay exact.

The cache belongs to the code that checked the decks: it is keyed by the app version and the source of
the modules that do the checking, so a changed check never trusts an old verdict. Anything wrong with the
cache file (missing, damaged, unreadable, read-only folder) means: read the decks as if there were no
cache. Start-up never fails because of it.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any
from collections.abc import Callable

if TYPE_CHECKING:
    from .decks import Deck

CACHE_FILE = "decks.json"
MAX_BYTES = 64 * 1024 * 1024
CHECKING_MODULES = ("decks/decks.py", "decks/pictures.py", "decks/pngbands.py", "files/yamlfile.py",
                    "files/yamlguard.py", "base/problems.py")  # relative to core/


def code_fingerprint() -> str:
    """Changes whenever the app version or the deck checks change."""
    from ... import __version__

    digest = hashlib.sha256(__version__.encode())
    for name in CHECKING_MODULES:
        try:
            digest.update((Path(__file__).parents[1] / name).read_bytes())
        except OSError:  # no source beside the code (a frozen bundle): the version alone
            digest.update(name.encode())
    return digest.hexdigest()


def _stamp(path: Path) -> list[int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return [info.st_size, info.st_mtime_ns]


class DeckCache:
    def __init__(self, folder: Path):
        self.file = folder / CACHE_FILE
        self.fingerprint = code_fingerprint()
        self.old: dict[str, Any] = self._read()
        self.new: dict[str, Any] = {}
        self.hits = 0

    def _read(self) -> dict[str, Any]:
        from ..base.problems import FileProblems
        from ..files.safefile import read_regular_file

        try:  # bounded, and a pipe or device in its place is no cache
            data = json.loads(read_regular_file(self.file, MAX_BYTES))
        except (OSError, ValueError, RecursionError, FileProblems):
            return {}
        if not isinstance(data, dict) or data.get("fingerprint") != self.fingerprint:
            return {}
        decks = data.get("decks")
        return decks if isinstance(decks, dict) else {}

    def loader(self, load: Callable[[Path], Deck]) -> Callable[[Path], Deck]:
        """``load`` with the cache in front of it."""

        def cached_load(path: Path) -> Deck:
            key, stamp = str(path), _stamp(path)
            deck = self._lookup(path, stamp)
            if deck is not None:
                self.new[key] = self.old[key]
                return deck
            deck = load(path)
            stamp = _stamp(path)  # as it was read (or later: then it is read again next time)
            if stamp is not None:
                self.new[key] = {"stamp": stamp, "deck": deck.model_dump(mode="json")}
            return deck

        return cached_load

    def _lookup(self, path: Path, stamp: list[int] | None) -> Deck | None:
        from .decks import Deck, image_problem

        entry = self.old.get(str(path))
        if stamp is None or not isinstance(entry, dict) or entry.get("stamp") != stamp:
            return None
        try:
            deck = Deck.model_validate(entry.get("deck"))
        except Exception:  # noqa: BLE001 - a damaged entry is a missing entry
            return None
        if any(card.image and image_problem(card.image, path.parent) for card in deck.cards):
            return None  # an image went missing: the full check says where
        self.hits += 1
        return deck.from_folder(path.parent)

    def save(self) -> None:
        """Write what this run found, if it differs from what was there; never raises."""
        if self.new == self.old:
            return
        from ..files.atomic import atomic_write

        data = {"fingerprint": self.fingerprint, "decks": self.new}
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.file, json.dumps(data, ensure_ascii=False).encode("utf-8"))
        except Exception:  # noqa: BLE001 - no cache next time; nothing else changes
            pass

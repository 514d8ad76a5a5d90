"""One loader for every folder of files a person may write: decks, werkvormen and routes.

Built-in files first, then the organisation's shared folder (read only), then the user's own. Each file becomes an Entry: loaded, or broken with its
problems. Whatever goes wrong with one file (a FileProblems, or any other exception) stays on that
file's entry; the other files load as usual. Two files with the same id: the first one wins and the
second gets a problem that names the first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Generic, TypeVar
from collections.abc import Callable, Iterable

from ..base.i18n import QT_TRANSLATE_NOOP, translate
from ..base.problems import FileProblems, Problem, display_path

T = TypeVar("T")


class Entry(Generic[T]):
    """One file: its loaded item, or the problems that keep it from loading. A plain class rather than a
    dataclass: the library loads it before the first window shows (see core/base/problems.py)."""

    def __init__(self, path: Path, builtin: bool, item: T | None = None, problems: list[Problem] | None = None,
                 org: bool = False):
        self.path = path
        self.builtin = builtin
        self.item = item
        self.problems: list[Problem] = [] if problems is None else problems
        self.org = org  # from the organisation's shared folder (REFLECTIESPEL_ORG_DIR): read only, like built-in

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self.path)!r}, ok={self.ok}, problems={len(self.problems)})"

    @property
    def ok(self) -> bool:
        return self.item is not None and not self.problems

    @property
    def id(self) -> str:
        return getattr(self.item, "id", None) or self.path.stem

    @property
    def title(self) -> str:
        return getattr(self.item, "title", None) or self.path.stem

    @property
    def language(self) -> str:
        return getattr(self.item, "language", None) or "nl"


def yaml_files(folder: Path) -> list[Path]:
    """The *.yaml files directly in a folder, sorted; none when the folder is missing or unreadable."""
    try:
        return sorted(p for p in folder.glob("*.yaml") if p.is_file())
    except OSError:
        return []


def load_one(path: Path, load: Callable[[Path], Any]) -> tuple[Any, list[Problem]]:
    """(item, []) or (None, problems): never raises for a bad file."""
    try:
        return load(path), []
    except FileProblems as exc:
        return None, exc.problems
    except Exception as exc:  # noqa: BLE001 - the loaders guard themselves; this is the last net
        return None, [Problem(display_path(path), translate("Entries", "het bestand kan niet worden gelezen "
                                                                        "({0})").format(type(exc).__name__))]


def load_entries(folders: Iterable[tuple[Path | None, bool] | tuple[Path | None, bool, bool]], load: Callable[[Path], Any],
                 make: Callable[..., Entry], noun: str,
                 files: Callable[[Path], list[Path]] = yaml_files,
                 progress: Callable[[Entry], None] | None = None) -> list[Entry]:
    """Every file in the folders, loaded by ``load`` into ``make`` entries. Per folder: (folder, built in)
    or (folder, built in, the organisation's)."""
    entries: list[Entry] = []
    for folder, builtin, *org in folders:
        if folder is None:
            continue
        for path in files(folder):
            item, problems = load_one(path, load)
            entries.append(make(path=path, builtin=builtin, item=item, problems=problems, org=bool(org and org[0])))
            if progress is not None:
                progress(entries[-1])
    mark_duplicates(entries, noun)
    return entries


# The note on a second file with a taken id, per kind of file: (first one built in, first one the user's own,
# first one the organisation's).
DUPLICATE = {
    "set": (QT_TRANSLATE_NOOP("Entries", "deze set heeft dezelfde id '{0}' als de ingebouwde set in {1}; die "
                                         "andere wordt gebruikt. Geef deze set een eigen id."),
            QT_TRANSLATE_NOOP("Entries", "deze set heeft dezelfde id '{0}' als de eigen set in {1}; die andere "
                                         "wordt gebruikt. Geef deze set een eigen id."),
            QT_TRANSLATE_NOOP("Entries", "deze set heeft dezelfde id '{0}' als de set van je organisatie in {1}; "
                                         "die andere wordt gebruikt. Geef deze set een eigen id.")),
    "werkvorm": (QT_TRANSLATE_NOOP("Entries", "deze werkvorm heeft dezelfde id '{0}' als de ingebouwde werkvorm in "
                                              "{1}; die andere wordt gebruikt. Geef deze werkvorm een eigen id."),
                 QT_TRANSLATE_NOOP("Entries", "deze werkvorm heeft dezelfde id '{0}' als de eigen werkvorm in {1}; "
                                              "die andere wordt gebruikt. Geef deze werkvorm een eigen id."),
                 QT_TRANSLATE_NOOP("Entries", "deze werkvorm heeft dezelfde id '{0}' als de werkvorm van je "
                                              "organisatie in {1}; die andere wordt gebruikt. Geef deze werkvorm een "
                                              "eigen id.")),
    "route": (QT_TRANSLATE_NOOP("Entries", "deze route heeft dezelfde id '{0}' als de ingebouwde route in {1}; die "
                                           "andere wordt gebruikt. Geef deze route een eigen id."),
              QT_TRANSLATE_NOOP("Entries", "deze route heeft dezelfde id '{0}' als de eigen route in {1}; die "
                                           "andere wordt gebruikt. Geef deze route een eigen id."),
              QT_TRANSLATE_NOOP("Entries", "deze route heeft dezelfde id '{0}' als de route van je organisatie in "
                                           "{1}; die andere wordt gebruikt. Geef deze route een eigen id.")),
}


def mark_duplicates(entries: list[Entry], noun: str) -> None:
    """The second file with an id already taken in the same language gets a problem; the first one is
    used. The same id in another language is that item's translation (``grensobjecten.en.yaml``)."""
    owners: dict[tuple[str, str], Entry] = {}
    for entry in entries:
        if not entry.ok:
            continue
        first = owners.setdefault((entry.id, entry.language), entry)
        if first is entry:
            continue
        builtin, own, org = DUPLICATE.get(noun, DUPLICATE["set"])
        note = builtin if first.builtin else org if first.org else own
        entry.problems.append(Problem(
            display_path(entry.path),
            translate("Entries", note).format(entry.id, display_path(first.path)),
            field="id"))


def in_language(entries: list[Entry], language: str) -> list[Entry]:
    """One entry per id, in ``language`` where there is one, else in the language it has; broken files
    stay in the list (their problem is shown). Order: as the ids first appear."""
    chosen: dict[str, Entry] = {}
    order: list[Entry | str] = []
    for entry in entries:
        if not entry.ok:
            order.append(entry)
            continue
        if entry.id not in chosen:
            chosen[entry.id] = entry
            order.append(entry.id)
        elif entry.language == language and chosen[entry.id].language != language:
            chosen[entry.id] = entry
    return [chosen[item] if isinstance(item, str) else item for item in order]

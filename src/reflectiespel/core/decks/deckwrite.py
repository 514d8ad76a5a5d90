"""Write a deck as YAML, but only a deck that opens again: the same check as opening, before the replace.

Used by the spreadsheet import and by the deck editor. Pictures a deck names are checked (core/decks/pictures.py)
before anything is written, then copied into the deck's own folder with it (a deck may only use pictures
inside its folder).
"""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path, PurePosixPath

import yaml

from ..files.atomic import atomic_write, move_folder_into_place, move_into_place
from .decks import Deck, deck_from_bytes
from ..base.i18n import QT_TRANSLATE_NOOP, speaking, translate
from ..base.problems import FileProblems, Problem, display_path

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
    from ..files.safefile import read_regular_file
    from ..files.yamlfile import MAX_BYTES

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
    """The deck file's text. libyaml's emitter where present: the same text as PyYAML's own, but a
    deck of a megabyte takes a fraction of a second instead of seconds."""
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return (header or header_for(deck)) + yaml.dump(deck_data(deck), Dumper=dumper, allow_unicode=True,
                                                    sort_keys=False, width=100, default_flow_style=False)


def too_big_problem(data: bytes, name: str) -> Problem | None:
    """A deck file larger than opening reads (core/files/yamlfile.py) would never open again: say so."""
    from ..files.safefile import _size_text
    from ..files.yamlfile import MAX_BYTES

    if len(data) <= MAX_BYTES:
        return None
    return Problem(name, translate("DeckFile", "de set wordt als bestand te groot ({0}; een set is hoogstens {1}): "
                                               "maak de teksten korter of splits de set").format(
        _size_text(len(data)), _size_text(MAX_BYTES)))


class PartlyWritten(FileProblems):
    """Writing stopped after some files were already in place (only when replacing a deck folder that
    exists: pictures are moved in one by one, the deck file last). The messages say what was written."""


MAX_PICTURES_BYTES = 200 * 1024 * 1024  # all pictures of one deck together


def _io_problem(name: str, exc: OSError) -> FileProblems:
    from ..files.atomic import _reason

    return FileProblems([Problem(name, translate("DeckFile", "opslaan lukt niet ({0}); er is niets "
                                                             "geschreven").format(_reason(exc)))])


def _pictures(deck: Deck) -> dict[str, str]:
    """Each picture the deck names, once, with the title of the first card that names it."""
    found: dict[str, str] = {}
    for card in deck.cards:
        if card.image:
            found.setdefault(card.image, card.title)
    return found


def check_pictures(deck: Deck, source_folder: Path, place: str = "deck") -> list[str]:
    """Every problem of the deck's pictures in ``source_folder`` (nothing is written): outside the
    folder, a link, no PNG or JPEG, too big; also when all of them together are too big."""
    from .pictures import PictureProblem, check_picture

    problems, total = [], 0
    for image, title in _pictures(deck).items():
        try:
            total += check_picture(source_folder, image, place).size
        except PictureProblem as exc:
            problems.append(translate("DeckFile", "kaart '{0}': {1}").format(title, exc.message))
    if total > MAX_PICTURES_BYTES:
        from ..files.safefile import _size_text

        problems.append(translate("DeckFile", "de plaatjes zijn samen te groot ({0}; de grens is {1})").format(
            _size_text(total), _size_text(MAX_PICTURES_BYTES)))
    return problems


def _same_file(source_folder: Path, target_folder: Path, image: str) -> bool:
    try:
        return os.path.samefile(source_folder / image, target_folder / image)
    except OSError:
        return False


def _target_parts_safe(folder: Path, image: str) -> bool:
    """True when every folder on the way to ``image`` inside ``folder`` is a real folder (or absent),
    never a link: a picture is never moved out of the deck's folder through a link there."""
    from .pictures import parts_of

    path = folder
    for part in parts_of(image)[:-1]:
        path = path / part
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            return True
        except OSError:
            return False
        if not stat.S_ISDIR(info.st_mode):
            return False
    try:
        return not stat.S_ISLNK(os.lstat(folder / image).st_mode) and not (folder / image).is_dir()
    except FileNotFoundError:
        return True
    except OSError:
        return False


def _stage_pictures(deck: Deck, source_folder: Path, stage: Path, place: str, skip: set[str]) -> None:
    """Copy each checked picture into ``stage`` (a new folder of ours), checking the bytes it writes."""
    from .pictures import PictureProblem, read_picture

    for image, title in _pictures(deck).items():
        if image in skip:
            continue
        try:
            data, _info = read_picture(source_folder, image, place)
        except PictureProblem as exc:
            raise FileProblems([Problem(display_path(source_folder), translate("DeckFile", "kaart '{0}': {1}").format(
                title, exc.message))]) from None
        target = stage.joinpath(*PurePosixPath(image).parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, data)


def write_deck(deck: Deck, path: Path, images_from: Path | None = None, overwrite: bool = False,
               keep_comments_of: Path | None = None, place: str = "deck") -> Path:
    """Write ``deck`` to ``path`` after checking everything: that it opens as written and, with
    ``images_from``, that every picture it names is a PNG or JPEG inside that folder (``place``: "sheet"
    or "deck", for the messages). Nothing is written until all is checked. With pictures, the deck and
    its pictures are written into a temporary folder beside the target and moved in with one rename
    (a new folder), or picture by picture with the deck file last (a folder that exists). Returns the path.

    ``keep_comments_of``: an existing file whose comment lines at the top are kept (the rest of a YAML
    file's comments cannot be carried over by a safe YAML writer)."""
    path = Path(path)
    name = display_path(path)
    if path.exists() and not overwrite:
        raise FileProblems([Problem(name, translate("DeckFile", "dit bestand bestaat al; kies een andere naam of "
                                                                "overschrijf het bewust (--overschrijven)"))])
    if path.is_dir():
        raise FileProblems([Problem(name, translate("DeckFile", "dit is een map; kies een naam voor het bestand "
                                                                "van de set"))])
    if images_from is not None:
        problems = check_pictures(deck, images_from, place)
        if problems:
            raise FileProblems([Problem(name, line) for line in problems])
    text = deck_yaml(deck, leading_comments(keep_comments_of) if keep_comments_of else None)
    data = text.encode("utf-8")
    _check_opens(data, name, images_from if images_from is not None else path.parent)
    folder = path.parent
    try:
        if images_from is None:
            folder.mkdir(parents=True, exist_ok=True)
            atomic_write(path, data)
        elif not folder.exists():
            _write_new_folder(deck, path, data, images_from, place)
        else:
            _write_into_folder(deck, path, data, images_from, place)
    except FileProblems:
        raise
    except OSError as exc:
        raise _io_problem(name, exc) from None
    return path


def _check_opens(data: bytes, name: str, folder: Path) -> None:
    """Never write what will not load back: the checks of opening, on the bytes about to be written."""
    too_big = too_big_problem(data, name)
    if too_big is not None:
        raise FileProblems([too_big])
    try:
        deck_from_bytes(data, name, folder)
    except FileProblems as exc:
        raise FileProblems([Problem(name, translate("DeckFile", "de set zou niet meer opengaan: {0}").format(
                                    p.message), field=p.field)
                            for p in exc.problems]) from None
    except Exception:  # noqa: BLE001 - whatever it is, such a deck is not written
        raise FileProblems([Problem(name, translate("DeckFile", "de set zou niet meer opengaan; er is niets "
                                                                "geschreven"))]) from None


STAGE_PREFIX = ".import-"
STALE_STAGE_SECONDS = 3600.0


def _stage(folder: Path) -> Path:
    """A new, empty folder of ours in ``folder`` (the library skips folders whose name starts with '.');
    what a killed import left there more than an hour ago is removed first."""
    import tempfile
    import time

    folder.mkdir(parents=True, exist_ok=True)
    try:
        leftovers = [entry for entry in os.scandir(folder) if entry.name.startswith(STAGE_PREFIX)]
    except OSError:
        leftovers = []
    for entry in leftovers:
        try:
            if entry.is_dir(follow_symlinks=False) and time.time() - entry.stat(
                    follow_symlinks=False).st_mtime > STALE_STAGE_SECONDS:
                shutil.rmtree(entry.path, ignore_errors=True)
        except OSError:
            pass
    return Path(tempfile.mkdtemp(prefix=STAGE_PREFIX, dir=folder))


def _write_new_folder(deck: Deck, path: Path, data: bytes, images_from: Path, place: str) -> None:
    folder = path.parent
    stage = _stage(folder.parent)
    try:
        _stage_pictures(deck, images_from, stage, place, set())
        atomic_write(stage / path.name, data)
        _check_opens(data, display_path(path), stage)  # the pictures as written, checked as opening does
        move_folder_into_place(stage, folder)  # one move: the whole deck folder appears at once, or not at all
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise


def _write_into_folder(deck: Deck, path: Path, data: bytes, images_from: Path, place: str) -> None:
    """The deck's folder exists (replacing a deck, or a folder the user chose): stage everything in a
    temporary folder inside it, check it there, then move the pictures in one by one and the deck last."""
    from .pictures import read_picture

    folder = path.parent
    name = display_path(path)
    same = {image for image in _pictures(deck) if _same_file(images_from, folder, image)}
    unsafe = [image for image in _pictures(deck) if not _target_parts_safe(folder, image)]
    if unsafe:
        raise FileProblems([Problem(name, translate("DeckFile", "'{0}' kan niet in de map van de set komen: daar "
                                                                "staat al een map of snelkoppeling met die "
                                                                "naam").format(image)) for image in unsafe])
    stage = _stage(folder)
    moved: list[str] = []
    try:
        _stage_pictures(deck, images_from, stage, place, same)
        atomic_write(stage / path.name, data)
        for image in same:  # already in place: the check below needs them beside the staged deck
            target = stage.joinpath(*PurePosixPath(image).parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(target, read_picture(folder, image)[0])
        _check_opens(data, name, stage)
        try:
            for image in _pictures(deck):
                if image in same:
                    continue
                parts = PurePosixPath(image).parts
                folder.joinpath(*parts[:-1]).mkdir(parents=True, exist_ok=True)
                move_into_place(stage.joinpath(*parts), folder.joinpath(*parts))
                moved.append(image)
            move_into_place(stage / path.name, path)
        except OSError as exc:
            if not moved:
                raise
            from ..files.atomic import _reason

            raise PartlyWritten([Problem(name, translate("DeckFile", "opslaan is halverwege gestopt ({0}): deze "
                                                                     "plaatjes staan al in de map: {1}; de set zelf "
                                                                     "is niet vervangen").format(
                _reason(exc), ", ".join(moved)))]) from None
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def add_picture(source: Path, folder: Path, relative: str) -> None:
    """Copy a picture a person chose (anywhere) to ``relative`` inside the deck's ``folder``: the file may be
    no link, pipe or device and must be a PNG or JPEG by its content; the way there inside the folder may
    pass no link. Raises FileProblems (a Dutch sentence) and writes nothing then."""
    from .pictures import PictureProblem, parts_of, read_file_picture

    source = Path(source)
    try:
        parts_of(relative)
        data, _info = read_file_picture(source)
    except PictureProblem as exc:
        raise FileProblems([Problem(display_path(source), exc.message)]) from None
    target = Path(folder).joinpath(*PurePosixPath(relative).parts)
    if not _target_parts_safe(Path(folder), relative):
        raise FileProblems([Problem(display_path(target), translate(
            "DeckFile", "hier staat al een map of snelkoppeling met die naam; er is niets gekopieerd"))])
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _io_problem(display_path(target), exc) from None
    atomic_write(target, data)

"""A card's picture: where a deck may take it from, and whether a file is one.

A picture is named by a path relative to a folder (the deck's folder, or the spreadsheet's folder on
import). It is used only when every part of that path stays inside the folder and is no symbolic link,
the file is a regular file of at most MAX_BYTES, and its content is a PNG or JPEG of at most
MAX_PIXELS (read from the header by Pillow, without decoding the pixels). Anything else gets a Dutch
sentence that says what the file really is: missing, a pipe, a device, a link, a text file, too big.

Files are opened one folder at a time relative to the folder (``dir_fd`` with ``O_NOFOLLOW``), so a
link swapped in between the check and the read is refused too (where the system offers ``dir_fd``).
"""

from __future__ import annotations

import io
import os
import stat
import struct
import warnings
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from ..base.i18n import QT_TRANSLATE_NOOP, translate
from ..base.problems import display_path

MAX_BYTES = 20 * 1024 * 1024
# A picture is never decoded whole when it is big: a JPEG is decoded at 1/2..1/8 size (its "draft"
# mode), a PNG a band of rows at a time (core/decks/pngbands.py). A PNG that cannot be read in bands
# (interlaced, 16-bit grey) is decoded whole, about 4 bytes a pixel: it gets the lower limit.
MAX_PIXELS = 200_000_000
MAX_PIXELS_WHOLE = 40_000_000
FORMATS = ("PNG", "JPEG")
# What a file that is no PNG or JPEG is, by its first bytes (to say so in the message).
OTHER_KINDS = ((b"GIF8", "GIF"), (b"RIFF", "WebP"), (b"BM", "BMP"), (b"II*\x00", "TIFF"), (b"MM\x00*", "TIFF"),
               (b"%PDF", "PDF"), (b"PK\x03\x04", "zip"))
FOLDER_WORDS = {"deck": QT_TRANSLATE_NOOP("Pictures", "de map van de set"),
                "sheet": QT_TRANSLATE_NOOP("Pictures", "de map van de spreadsheet")}


class PictureProblem(Exception):
    """Why a picture cannot be used: ``message`` is one Dutch (or English) sentence about it."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class PictureInfo:
    format: str  # "PNG" or "JPEG"
    width: int
    height: int
    size: int  # bytes


def _where(place: str) -> str:
    return translate("Pictures", FOLDER_WORDS.get(place, FOLDER_WORDS["deck"]))


def parts_of(image: str, place: str = "deck") -> tuple[str, ...]:
    """The folders and file name of a picture's path, or PictureProblem when the path itself is wrong
    (from the root of a disk, up out of the folder, empty)."""
    posix, windows = PurePosixPath(image), PureWindowsPath(image)
    if posix.is_absolute() or windows.is_absolute() or windows.drive:
        raise PictureProblem(translate("Pictures", "'{0}' is een pad vanaf de schijf; gebruik een plaatje in {1}")
                             .format(image, _where(place)))
    if ".." in posix.parts or ".." in windows.parts:
        raise PictureProblem(translate("Pictures", "'{0}' wijst buiten {1}; gebruik een plaatje in die map zelf")
                             .format(image, _where(place)))
    parts = tuple(part for part in posix.parts if part not in ("", "."))
    if not parts or "\x00" in image:
        raise PictureProblem(translate("Pictures", "'{0}' is geen bestandsnaam").format(image))
    return parts


def _kind(mode: int) -> str | None:
    """What a file that is not a regular file is, in words; None for a regular file."""
    if stat.S_ISLNK(mode):
        return translate("Pictures", "een snelkoppeling (symbolische link); kopieer het plaatje zelf in de map")
    if stat.S_ISDIR(mode):
        return translate("Pictures", "een map, geen bestand")
    if stat.S_ISFIFO(mode):
        return translate("Pictures", "een pijp (FIFO) van een ander programma, geen bestand")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("Pictures", "een apparaat, geen bestand")
    if stat.S_ISSOCK(mode):
        return translate("Pictures", "een verbinding (socket), geen bestand")
    if not stat.S_ISREG(mode):
        return translate("Pictures", "geen gewoon bestand")
    return None


def _reason(exc: OSError) -> str:
    from ..files.safefile import _reason as reason

    return reason(exc)


def open_inside(folder: Path, image: str, place: str = "deck") -> int:
    """A read-only file descriptor of the picture ``image`` inside ``folder``; PictureProblem when the
    path leaves the folder, passes a symbolic link, or ends in something that is not a regular file."""
    parts = parts_of(image, place)
    folder = Path(folder)
    missing = PictureProblem(translate("Pictures", "het plaatje '{0}' is niet gevonden in {1}").format(
        image, display_path(folder)))
    if hasattr(os, "O_NOFOLLOW") and os.open in os.supports_dir_fd:
        return _open_posix(folder, parts, image, missing)
    return _open_plain(folder, parts, image, missing)  # pragma: no cover - Windows


def _refusal(image: str, kind: str, part: str | None = None) -> PictureProblem:
    if part is not None and part != image:
        return PictureProblem(translate("Pictures", "'{0}': de map '{1}' is {2}").format(image, part, kind))
    return PictureProblem(translate("Pictures", "'{0}' is {1}").format(image, kind))


def _open_posix(folder: Path, parts: tuple[str, ...], image: str, missing: PictureProblem) -> int:
    try:
        here = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError as exc:
        if isinstance(exc, (FileNotFoundError, NotADirectoryError)):
            raise missing from None
        raise PictureProblem(translate("Pictures", "'{0}' kan niet worden gelezen ({1})").format(
            image, _reason(exc))) from None
    try:
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            try:
                info = os.stat(part, dir_fd=here, follow_symlinks=False)
            except OSError as exc:
                if isinstance(exc, (FileNotFoundError, NotADirectoryError)):
                    raise missing from None
                raise PictureProblem(translate("Pictures", "'{0}' kan niet worden gelezen ({1})").format(
                    image, _reason(exc))) from None
            if last:
                kind = _kind(info.st_mode)
                if kind:
                    raise _refusal(image, kind)
                flags = os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_NONBLOCK", 0)
            else:
                if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
                    raise _refusal(image, _kind(info.st_mode) or translate("Pictures", "geen map"),
                                   "/".join(parts[:index + 1]))
                flags = os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_DIRECTORY", 0)
            try:
                fd = os.open(part, flags, dir_fd=here)
            except OSError as exc:  # swapped for a link or removed since the stat a moment ago
                raise PictureProblem(translate("Pictures", "'{0}' kan niet worden gelezen ({1})").format(
                    image, _reason(exc))) from None
            os.close(here)
            here = fd
        kind = _kind(os.fstat(here).st_mode)
        if kind:
            raise _refusal(image, kind)
        opened, here = here, -1
        return opened
    finally:
        if here >= 0:
            os.close(here)


def _open_plain(folder: Path, parts: tuple[str, ...], image: str,
                missing: PictureProblem) -> int:  # pragma: no cover - systems without dir_fd
    path = folder
    for index, part in enumerate(parts):
        path = path / part
        try:
            info = os.lstat(path)
        except OSError:
            raise missing from None
        reparse = getattr(info, "st_file_attributes", 0) & getattr(stat, "FILE_ATTRIBUTE_REPARSE_POINT", 0)
        if index < len(parts) - 1:
            if stat.S_ISLNK(info.st_mode) or reparse or not stat.S_ISDIR(info.st_mode):
                raise _refusal(image, _kind(info.st_mode) or translate("Pictures", "geen map"),
                               "/".join(parts[:index + 1]))
        else:
            kind = _kind(stat.S_IFLNK if reparse else info.st_mode)
            if kind:
                raise _refusal(image, kind)
    if not path.resolve().is_relative_to(folder.resolve()):
        raise PictureProblem(translate("Pictures", "'{0}' wijst buiten de map").format(image))
    try:
        return os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise PictureProblem(translate("Pictures", "'{0}' kan niet worden gelezen ({1})").format(
            image, _reason(exc))) from None


def _size_text(size: int) -> str:
    from ..files.safefile import _size_text as size_text

    return size_text(size)


def identify(stream, size: int, image: str) -> PictureInfo:
    """Format and size of the picture in ``stream`` (a binary file at its start) from its header;
    PictureProblem when it is no PNG or JPEG, is damaged, or has more pixels than MAX_PIXELS allows."""
    if size > MAX_BYTES:
        raise PictureProblem(translate("Pictures", "'{0}' is te groot voor een plaatje ({1}; de grens is {2})")
                             .format(image, _size_text(size), _size_text(MAX_BYTES)))
    head = stream.read(16)
    stream.seek(0)
    if not head.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")):
        raise PictureProblem(_not_a_picture(image, head))
    Image = pillow()  # noqa: N806 - Pillow's module, named as its documentation names it
    from PIL import UnidentifiedImageError

    from .pngbands import can_band

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(stream, formats=list(FORMATS)) as picture:
                found, (width, height) = picture.format, picture.size
                limit = MAX_PIXELS if found == "JPEG" or can_band(picture) else MAX_PIXELS_WHOLE
    except Image.DecompressionBombError:
        raise PictureProblem(translate("Pictures", "'{0}' heeft veel te veel beeldpunten").format(image)) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError, MemoryError, struct.error):
        raise PictureProblem(translate("Pictures", "'{0}' is beschadigd: het begint als een plaatje, maar is niet "
                                                   "te lezen").format(image)) from None
    if found not in FORMATS or width < 1 or height < 1:
        raise PictureProblem(_not_a_picture(image, head))
    if width * height > limit:
        raise PictureProblem(translate("Pictures", "'{0}' heeft te veel beeldpunten ({1} × {2}); zo'n {3} mag er "
                                                   "hoogstens {4} miljoen hebben. Maak het plaatje kleiner: voor "
                                                   "een kaart is 2000 beeldpunten breed ruim genoeg.").format(
            image, width, height, found, limit // 1_000_000))
    return PictureInfo(found, width, height, size)


def pillow():
    """Pillow's Image module, with its decompression-bomb limit at ours: it refuses at open what has
    more than twice MAX_PIXELS; below that our own limits (identify) decide, and nothing big is ever
    decoded whole."""
    from PIL import Image

    if Image.MAX_IMAGE_PIXELS is not None and Image.MAX_IMAGE_PIXELS < MAX_PIXELS:
        Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    return Image


def _not_a_picture(image: str, head: bytes) -> str:
    kinds = OTHER_KINDS + ((head[:4], "HEIC/AVIF"),) if head[4:8] == b"ftyp" else OTHER_KINDS
    for magic, name in kinds:
        if head.startswith(magic) and (name != "WebP" or head[8:12] == b"WEBP"):
            return translate("Pictures", "'{0}' is een {1}-bestand; reflectiespel gebruikt plaatjes in PNG of "
                                         "JPEG. Bewaar het opnieuw als .png of .jpg.").format(image, name)
    return translate("Pictures", "'{0}' is geen plaatje (PNG of JPEG), al heet het misschien zo").format(image)


def check_picture(folder: Path, image: str, place: str = "deck") -> PictureInfo:
    """Check the picture ``image`` in ``folder`` without reading more than its header."""
    fd = open_inside(folder, image, place)
    with os.fdopen(fd, "rb") as stream:
        return identify(stream, os.fstat(stream.fileno()).st_size, image)


def read_picture(folder: Path, image: str, place: str = "deck") -> tuple[bytes, PictureInfo]:
    """The bytes of a checked picture (what is checked is what is returned: the check reads them)."""
    fd = open_inside(folder, image, place)
    with os.fdopen(fd, "rb") as stream:
        size = os.fstat(stream.fileno()).st_size
        if size > MAX_BYTES:
            identify(stream, size, image)  # raises: too big
        data = stream.read(MAX_BYTES + 1)
    info = identify(io.BytesIO(data), len(data), image)
    return data, info


def read_file_picture(path: Path) -> tuple[bytes, PictureInfo]:
    """A picture a person chose anywhere (the editor's Kies plaatje…): the file itself may be no link,
    pipe or device, and must be a PNG or JPEG by its content."""
    path = Path(path)
    return read_picture(path.parent, path.name)

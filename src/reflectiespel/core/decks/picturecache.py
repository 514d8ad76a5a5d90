"""Pictures at the size screen and paper need: a big picture is scaled once and kept in the user's cache.

A card's picture takes at most the width of a card and 40 % of its height. MAX_SIDE pixels on the longer
side is 300 dpi over that room on the largest card (A6: about 95 mm wide, 1122 pixels) and more than a
card on a 4K beamer shows. A picture within MAX_SIDE is drawn from its own file; a bigger one is scaled
down once (Pillow; a JPEG is decoded at 1/2..1/8 size in its "draft" mode), turned upright by its EXIF
orientation, and written to ``<cache>/pictures/`` (core/decks/library.py: user_cache_dir, so never in the
user's deck folder). The file's name is a hash of the picture's path, size and time, so a changed
picture is scaled again. The folder is kept under CACHE_BYTES: the least recently used go first.
"""

from __future__ import annotations

import hashlib
import io
import os
import warnings
from pathlib import Path

from .pictures import MAX_PIXELS_WHOLE, PictureProblem, check_picture, pillow, read_picture

MAX_SIDE = 1600
CACHE_BYTES = 100 * 1024 * 1024
CACHE_FOLDER = "pictures"
VERSION = "1"  # part of every name: a change in how pictures are scaled makes new files


def cache_folder() -> Path:
    from ..files.paths import user_cache_dir

    return user_cache_dir() / CACHE_FOLDER


def drawable(path: Path | None, folder: Path | None = None) -> Path | None:
    """The file to draw for the picture at ``path`` (see prepare), or None when it cannot be used."""
    if path is None:
        return None
    try:
        return prepare(Path(path), folder)
    except PictureProblem:
        return None


def prepare(path: Path, folder: Path | None = None) -> Path:
    """The file to draw for the picture at ``path``: the file itself when it has at most MAX_SIDE pixels a
    side, else its scaled copy in the cache (made now, once). PictureProblem says why it cannot be used
    (not there, no PNG or JPEG, too many pixels, the cache cannot be written)."""
    from ..base.i18n import translate

    info = check_picture(path.parent, path.name)
    if max(info.width, info.height) <= MAX_SIDE:
        return path
    folder = folder or cache_folder()
    failed = PictureProblem(translate("Pictures", "'{0}' kan niet verkleind worden").format(path.name))
    try:
        stamp = os.stat(path)
    except OSError:
        raise failed from None
    key = hashlib.sha256(f"{VERSION}|{path.resolve()}|{stamp.st_size}|{stamp.st_mtime_ns}|{MAX_SIDE}".encode())
    for suffix in (".png", ".jpg"):
        cached = folder / (key.hexdigest()[:32] + suffix)
        if cached.is_file():
            try:
                os.utime(cached)  # recently used: pruned last
            except OSError:
                pass
            return cached
    try:
        data, suffix = scaled_bytes(path)
    except PictureProblem:
        raise
    except (OSError, ValueError, MemoryError, Exception):  # noqa: BLE001 - Pillow's own errors: a refusal
        raise failed from None
    cached = folder / (key.hexdigest()[:32] + suffix)
    from ..files.atomic import atomic_write
    from ..base.problems import FileProblems

    try:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write(cached, data)
    except (FileProblems, OSError):
        raise PictureProblem(translate("Pictures", "'{0}' is te groot om zo te tekenen en de verkleinde versie kan "
                                                   "niet in {1} worden bewaard").format(path.name, folder)) from None
    prune(folder)
    return cached


def scaled_bytes(path: Path, side: int = MAX_SIDE) -> tuple[bytes, str]:
    """The picture scaled to at most ``side`` pixels a side, upright, as PNG (when it has transparency) or
    JPEG bytes, and the suffix for them. Never decoded whole when big: a JPEG in draft mode, a PNG in
    bands of rows (core/decks/pngbands.py)."""
    from PIL import ImageOps

    from .pngbands import BandError, reduce_png

    Image = pillow()  # noqa: N806 - Pillow's module, named as its documentation names it
    data, info = read_picture(path.parent, path.name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        picture = None
        if info.format == "PNG":
            try:
                picture = reduce_png(data, side)
            except BandError:
                if info.width * info.height > MAX_PIXELS_WHOLE:  # damaged rows: never decoded whole
                    from ..base.i18n import translate

                    raise PictureProblem(translate("Pictures", "'{0}' is beschadigd: het begint als een plaatje, "
                                                               "maar is niet te lezen").format(path.name)) from None
        with Image.open(io.BytesIO(data), formats=[info.format]) as opened:
            if picture is None:
                if info.format == "JPEG":
                    opened.draft("RGB", (side, side))  # decode at 1/2, 1/4 or 1/8 size: far less memory
                opened.load()
                picture = opened.copy()
            # a JPEG's EXIF is in its header; a PNG's may follow the pixels (Pillow would decode them all)
            exif = opened.getexif() if info.format == "JPEG" else Image.Exif()
        picture.thumbnail((side, side), Image.Resampling.LANCZOS)
        if exif.get(0x0112, 1) != 1:  # turn it upright (a phone's photo); our copy has no EXIF to apply
            picture.info["exif"] = exif.tobytes()
            picture = ImageOps.exif_transpose(picture)
        transparent = picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info
        out = io.BytesIO()
        if transparent:
            picture.convert("RGBA").save(out, "PNG")
            return out.getvalue(), ".png"
        picture.convert("RGB").save(out, "JPEG", quality=90)
        return out.getvalue(), ".jpg"


def prune(folder: Path, limit: int = CACHE_BYTES) -> None:
    """Remove the least recently used scaled pictures until the folder holds at most ``limit`` bytes."""
    try:
        entries = [entry for entry in os.scandir(folder) if entry.is_file(follow_symlinks=False)
                   and entry.name.endswith((".png", ".jpg"))]
        stats = [(entry.stat(follow_symlinks=False), entry.path) for entry in entries]
    except OSError:
        return
    total = sum(info.st_size for info, _ in stats)
    for info, name in sorted(stats, key=lambda item: item[0].st_mtime):
        if total <= limit:
            break
        try:
            os.unlink(name)
            total -= info.st_size
        except OSError:
            pass

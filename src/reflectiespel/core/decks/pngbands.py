"""Scale a big PNG down a band of rows at a time, so that memory stays small whatever its size.

Pillow (like Qt) decodes a whole PNG into memory before it can scale it: about 4 bytes a pixel, 676 MB
for 13000 × 13000. Here the compressed rows are inflated a band at a time (zlib, with a bound on what
each call may give), each band is decoded by Pillow's own PNG row decoder (which undoes the PNG
filters) and reduced by a whole factor with a box filter, and pasted into the small result. PNG filters
refer to the row above; a band therefore starts with the previous band's last row, unfiltered, as an
extra row with filter 0. Only non-interlaced PNGs in the common modes are done this way (BANDED_MODES);
the result equals Pillow's ``Image.reduce`` of the whole picture.
"""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image

BANDED_MODES = {"1", "L", "LA", "P", "RGB", "RGBA"}
CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
BAND_BYTES = 4_000_000  # decoded pixels in one band, about


class BandError(Exception):
    """The PNG cannot be read this way (damaged, or a kind this module leaves to Pillow)."""


def can_band(picture: Image.Image) -> bool:
    """Whether an opened PNG (header read, pixels not) can be scaled here."""
    return (picture.format == "PNG" and picture.mode in BANDED_MODES and not picture.info.get("interlace")
            and len(picture.tile) == 1)


def _chunks(data: bytes):
    position = 8
    while position + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        yield kind, position + 8, length
        position += 12 + length


def _stored(raw) -> bytes:
    """A zlib stream of stored (uncompressed) blocks around ``raw``, for Pillow's PNG row decoder; no
    checksum is needed, the decoder stops when its band is full."""
    view = memoryview(raw)
    parts = [b"\x78\x01"]
    for at in range(0, len(view), 65535):
        block = view[at:at + 65535]
        parts.append(struct.pack("<BHH", 0, len(block), 0xFFFF ^ len(block)))
        parts.append(block)
    return b"".join(parts)


def reduce_png(data: bytes, side: int) -> Image.Image:
    """The PNG in ``data`` reduced by the smallest whole factor that brings both sides to at most ``side``
    pixels; RGB, RGBA or L. Raises BandError."""
    try:
        with Image.open(io.BytesIO(data), formats=["PNG"]) as picture:
            if not can_band(picture):
                raise BandError("not banded")
            mode, rawmode, (width, height) = picture.mode, picture.tile[0].args, picture.size
            palette = picture.getpalette() if mode == "P" else None
            transparency = picture.info.get("transparency")
    except BandError:
        raise
    except Exception:  # noqa: BLE001 - whatever Pillow finds wrong with the header
        raise BandError("header") from None
    if not isinstance(rawmode, str):
        raise BandError("rawmode")
    _w, _h, depth, colour_type = struct.unpack(">IIBB", data[16:26])
    row = 1 + (width * CHANNELS.get(colour_type, 4) * depth + 7) // 8
    factor = max(1, -(-max(width, height) // side))
    rows_per_band = max(factor, (BAND_BYTES // max(1, width * 4)) // factor * factor)
    alpha = mode in ("RGBA", "LA") or transparency is not None
    target = "RGBA" if alpha else ("L" if mode in ("1", "L") else "RGB")
    result = Image.new(target, (-(-width // factor), -(-height // factor)))
    state = {"y": 0, "previous": None}

    def band(raw, count: int) -> None:
        previous = state["previous"]
        rows = count + (previous is not None)
        source = b"\x00" + previous + bytes(raw) if previous is not None else raw
        try:
            image = Image.frombytes(mode, (width, rows), _stored(source), "zip", rawmode)
            state["previous"] = image.crop((0, rows - 1, width, rows)).tobytes("raw", rawmode)
        except (ValueError, OSError, SystemError):
            raise BandError("rows") from None
        if palette is not None:
            image.putpalette(palette)
        if transparency is not None:
            image.info["transparency"] = transparency
        if image.mode != target:
            image = image.convert(target)
        top = rows - count
        result.paste(image.reduce(factor, box=(0, top, width, rows)), (0, state["y"] // factor))
        state["y"] += count

    need = rows_per_band * row
    inflate = zlib.decompressobj()
    buffer = bytearray()
    expected = height * row
    seen = 0
    try:
        for kind, start, length in _chunks(data):
            if kind != b"IDAT":
                continue
            feed = data[start:start + length]
            while feed and seen < expected:
                piece = inflate.decompress(feed, need)  # never more than a band at once
                feed = inflate.unconsumed_tail
                seen += len(piece)
                buffer += piece
                while len(buffer) >= need and state["y"] + rows_per_band <= height:
                    band(memoryview(buffer)[:need], rows_per_band)
                    del buffer[:need]
        buffer += inflate.flush()[:max(0, expected - seen)]
    except zlib.error:
        raise BandError("zlib") from None
    while state["y"] < height and len(buffer) >= row:
        count = min(rows_per_band, height - state["y"], len(buffer) // row)
        band(memoryview(buffer)[:count * row], count)
        del buffer[:count * row]
    if state["y"] < height:
        raise BandError("truncated")
    return result

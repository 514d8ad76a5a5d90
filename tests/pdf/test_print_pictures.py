"""docs/printing.md shows a picture of a sheet for each layout, and every picture it names exists."""

from __future__ import annotations

import re
from pathlib import Path

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_every_layout_has_a_picture_and_every_picture_exists():
    page = (DOCS / "printing.md").read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]*\]\((img/printen/[^)]+\.png)\)", page)
    assert len(pictures) >= 11
    for picture in pictures:
        assert (DOCS / picture).is_file(), picture
        assert (DOCS / picture).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    for layout in ("poker", "tarot", "bridge", "A6", "square", "fold", "bleed", "ink-saving", "instructions",
                   "kalibratie"):
        assert any(layout.lower() in line.lower() for line in page.splitlines() if "img/printen" in line), layout

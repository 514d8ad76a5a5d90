"""Where the app's own data lives: inside the installed wheel, or in the source tree."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_folder(name: str) -> Path:
    installed = _PACKAGE / name  # the wheel carries decks/ and assets/ inside the package
    if installed.is_dir():
        return installed
    return _PACKAGE.parents[1] / name  # a source checkout: src/reflectiespel -> repo root


def builtin_decks_dir() -> Path:
    return _data_folder("decks")


def assets_dir() -> Path:
    return _data_folder("assets")


def font_path(style: str = "regular") -> Path:
    names = {"regular": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf", "italic": "DejaVuSans-Oblique.ttf"}
    return assets_dir() / "fonts" / names[style]

"""Small choices the app remembers between starts (language, contrast): settings.json in the data folder.

Reading never fails (a missing or damaged file means: no choices yet); writing is atomic and keeps the
other settings in the file.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..base.i18n import LANG_VARIABLE, LANGUAGES, system_language

SETTINGS_FILE = "settings.json"


def read_settings(data_dir: Path) -> dict:
    from ..base.problems import FileProblems
    from .safefile import read_regular_file

    try:  # bounded, and never waiting on a pipe: a missing, damaged or odd file means no choices yet
        text = read_regular_file(data_dir / SETTINGS_FILE, 1024 * 1024).decode("utf-8")
    except (OSError, ValueError, FileProblems):
        return {}
    import json  # only when there is a file: a first start shows its window without it

    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return {}
    return value if isinstance(value, dict) else {}


def remember(data_dir: Path, key: str, value) -> None:
    import json

    from .atomic import atomic_write

    settings = read_settings(data_dir)
    settings[key] = value
    data_dir.mkdir(parents=True, exist_ok=True)
    atomic_write(data_dir / SETTINGS_FILE, json.dumps(settings, indent=2, ensure_ascii=False).encode("utf-8"))


def remembered_language(data_dir: Path) -> str | None:
    value = read_settings(data_dir).get("language")
    return value if value in LANGUAGES else None


def remember_language(data_dir: Path, value: str) -> None:
    """Keep the choice for the next start (atomically; other settings in the file stay)."""
    remember(data_dir, "language", value)


def choose_language(requested: str | None, data_dir: Path | None) -> str:
    """--lang, else REFLECTIESPEL_LANG, else the remembered choice, else the system locale."""
    for candidate in (requested, os.environ.get(LANG_VARIABLE)):
        if candidate in LANGUAGES:
            return candidate
    if data_dir is not None:
        remembered = remembered_language(data_dir)
        if remembered:
            return remembered
    return system_language()

"""Small choices the app remembers between starts (language, contrast): settings.json in the data folder.

Reading never fails (a missing or damaged file means: no choices yet); writing is atomic and keeps the
other settings in the file.
"""

from __future__ import annotations

from pathlib import Path

SETTINGS_FILE = "settings.json"


def read_settings(data_dir: Path) -> dict:
    from .problems import FileProblems
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

    from .storage import atomic_write

    settings = read_settings(data_dir)
    settings[key] = value
    data_dir.mkdir(parents=True, exist_ok=True)
    atomic_write(data_dir / SETTINGS_FILE, json.dumps(settings, indent=2, ensure_ascii=False).encode("utf-8"))

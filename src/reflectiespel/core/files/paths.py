"""Where the app keeps its files: the user's data and cache folders, and the organisation's shared folder.

Environment variables override them (tests, portable installs, an IT department's setting); nothing here
creates a folder.
"""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_VARIABLE = "REFLECTIESPEL_DATA_DIR"
CACHE_DIR_VARIABLE = "REFLECTIESPEL_CACHE_DIR"
# The organisation's shared, read-only folder of decks, werkvormen (werkvormen/) and routes (routes/), laid
# out as the built-in decks/ folder; read after the built-ins and before the user's own; never written.
ORG_DIR_VARIABLE = "REFLECTIESPEL_ORG_DIR"
ORG_DIR_SETTING = "org_dir"


def user_data_dir() -> Path:
    """The user's data folder (autosave, recent files, own decks); REFLECTIESPEL_DATA_DIR overrides it."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("reflectiespel", appauthor=False))


def user_cache_dir() -> Path:
    """Where checked decks are remembered (core/decks/deckcache.py); REFLECTIESPEL_CACHE_DIR overrides it."""
    override = os.environ.get(CACHE_DIR_VARIABLE)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("reflectiespel", appauthor=False))


def org_dir(data_dir: Path | None = None) -> Path | None:
    """The organisation's folder, or None. REFLECTIESPEL_ORG_DIR (set by IT for everyone) wins over the
    choice made in the app (settings.json, "org_dir")."""
    override = os.environ.get(ORG_DIR_VARIABLE, "").strip()
    if override:
        return Path(override).expanduser()
    from .settings import read_settings  # settings reads files; it never asks where they live

    chosen = read_settings(data_dir or user_data_dir()).get(ORG_DIR_SETTING)
    return Path(chosen) if isinstance(chosen, str) and chosen.strip() else None

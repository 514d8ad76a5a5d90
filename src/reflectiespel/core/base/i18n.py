"""The interface language, for the parts of the app that run without Qt (CLI, PDFs, exports).

The app's source strings are Dutch. The widgets translate through Qt (``self.tr``, a ``QTranslator`` loaded
by ``ui/translators.py``); core, pdf and the CLI use ``translate(context, text)`` below, which reads the very same
catalogue (``src/reflectiespel/i18n/reflectiespel_<lang>.ts``), so one translation serves both and
``pyside6-lupdate`` finds these calls too (scripts/translations).

Which language: ``--lang`` on the command line, else the choice remembered in the app (settings.json in
the user data folder), else the system locale (Dutch for ``nl_*``, for ``C``/``POSIX`` or none; English
otherwise).
"""

from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from pathlib import Path

LANGUAGES = {"nl": "Nederlands", "en": "English"}
SOURCE_LANGUAGE = "nl"
LANG_VARIABLE = "REFLECTIESPEL_LANG"
SETTINGS_FILE = "settings.json"

_current = SOURCE_LANGUAGE
_local = threading.local()  # speaking(): a language for one thread only (the phones' server has its own)
_catalogues: dict[str, dict[tuple[str, str], list[str]]] = {}


def catalogue_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "i18n"


def catalogue_path(language: str) -> Path:
    return catalogue_dir() / f"reflectiespel_{language}.ts"


def read_catalogue(path: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> translated forms (one, or several for %n plurals); unfinished ones left out."""
    import xml.etree.ElementTree as ET  # only when a translation is first needed: not at start-up

    found: dict[tuple[str, str], list[str]] = {}
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return found
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                                  "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            if any(forms):
                found[(name, source)] = forms
    return found


def _catalogue(language: str) -> dict[tuple[str, str], list[str]]:
    if language not in _catalogues:
        _catalogues[language] = read_catalogue(catalogue_path(language))
    return _catalogues[language]


def _plural_index(language: str, n: int) -> int:
    return 0 if n == 1 else 1  # Dutch and English: one form for 1, one for the rest


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` (Dutch) in the current language; ``%n`` becomes ``n`` (and picks the plural form)."""
    # The source strings are Dutch: in Dutch the catalogue can only add plural forms, so it is not read
    # (parsed with ElementTree) for a plain string; the first window does not wait for it.
    current = language()
    needed = current != SOURCE_LANGUAGE or n >= 0
    forms = _catalogue(current).get((context, text)) if needed else None
    if forms:
        result = forms[min(_plural_index(current, n), len(forms) - 1)] if n >= 0 else forms[0]
    else:
        result = text
    return result.replace("%n", str(n)) if n >= 0 else result


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a string for the catalogue where it is defined; translate it where it is shown."""
    return text


def language() -> str:
    """The language of this thread: the one speaking() set here, else the interface language."""
    return getattr(_local, "language", None) or _current


def set_language(value: str) -> str:
    global _current
    _current = value if value in LANGUAGES else SOURCE_LANGUAGE
    return _current


@contextmanager
def speaking(value: str):
    """For a while, another language (a report in the language its session was made in).

    Only on the calling thread: the phones' server (its own thread) answers in the session's language
    while the window goes on in the interface language.
    """
    before = getattr(_local, "language", None)
    _local.language = value if value in LANGUAGES else SOURCE_LANGUAGE
    try:
        yield _local.language
    finally:
        _local.language = before


def system_language(environ: dict[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(name, "")
        if value:
            code = value.split(":")[0].split(".")[0].split("_")[0].lower()
            if code in ("c", "posix", ""):
                return SOURCE_LANGUAGE
            return "nl" if code == "nl" else "en"
    if environ is None:
        import locale

        try:
            code = (locale.getlocale()[0] or "").split("_")[0].lower()
        except ValueError:
            code = ""
        if code and code not in ("c", "posix"):
            return "nl" if code == "nl" else "en"
    return SOURCE_LANGUAGE


__all__ = ["LANGUAGES", "QT_TRANSLATE_NOOP", "language", "set_language", "speaking", "system_language", "translate"]

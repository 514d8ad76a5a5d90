"""The translation workflow: source strings (Dutch) -> .ts catalogues -> .qm files Qt loads.

    uv run python scripts/translations.py update    # pyside6-lupdate: collect tr()/translate() strings
    uv run python scripts/translations.py release   # pyside6-lrelease: .ts -> .qm (commit both)
    uv run python scripts/translations.py check     # exit 1 when English misses a string or .qm is stale
    uv run python scripts/translations.py todo      # the English strings still to translate

tests/test_translations.py runs the check in CI.

Translate with Qt Linguist (`uv run pyside6-linguist src/reflectiespel/i18n/reflectiespel_en.ts`) or
any .ts editor. The Dutch catalogue only needs the plural forms (%n) of strings called with a count.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "reflectiespel"
CATALOGUES = PACKAGE / "i18n"
LANGUAGES = ("en", "nl")

def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))


def update(target_dir: Path | None = None) -> None:
    target_dir = target_dir or CATALOGUES
    target_dir.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = target_dir / f"reflectiespel_{language}.ts"
        subprocess.run([_tool("lupdate"), "-no-obsolete", "-locations", "none", "-source-language", "nl_NL",
                        "-target-language", "en_GB" if language == "en" else "nl_NL", *sources(), "-ts", str(ts)],
                       cwd=ROOT, check=True, capture_output=True)


def release(source_dir: Path | None = None, target_dir: Path | None = None) -> None:
    source_dir, target_dir = source_dir or CATALOGUES, target_dir or CATALOGUES
    for language in LANGUAGES:
        ts = source_dir / f"reflectiespel_{language}.ts"
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm",
                        str(target_dir / f"reflectiespel_{language}.qm")], check=True, capture_output=True)


def messages(path: Path) -> dict[tuple[str, str], list[str] | None]:
    """(context, source) -> translated forms, or None when unfinished or empty; every message in the file."""
    import xml.etree.ElementTree as ET

    found: dict[tuple[str, str], list[str] | None] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = None
            if translation is not None and translation.get("type") not in ("unfinished", "obsolete", "vanished"):
                forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
                if not all(f.strip() for f in forms):
                    forms = None
            found[(name, message.findtext("source") or "")] = forms
    return found


PLACEHOLDER = re.compile(r"\{[0-9]+(?::[^}]*)?\}|%[0-9n]")


def problems() -> list[str]:
    """What is wrong: English strings unfinished or empty, strings in the code the catalogue lacks (running
    lupdate would change it), placeholders lost in translation, .qm files not built from the .ts."""
    found: list[str] = []
    english = messages(CATALOGUES / "reflectiespel_en.ts")
    for (context, source), forms in english.items():
        if forms is None:
            found.append(f"English unfinished [{context}] {source!r}")
            continue
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(source)) - {"%n"}) != sorted(set(PLACEHOLDER.findall(form)) - {"%n"}):
                found.append(f"English placeholders differ [{context}] {source!r} -> {form!r}")
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        for language in LANGUAGES:
            shutil.copy(CATALOGUES / f"reflectiespel_{language}.ts", fresh)
        update(fresh)
        for language in LANGUAGES:
            before = set(messages(CATALOGUES / f"reflectiespel_{language}.ts"))
            after = set(messages(fresh / f"reflectiespel_{language}.ts"))
            found += [f"reflectiespel_{language}.ts lacks [{c}] {s!r}: run scripts/translations.py update"
                      for c, s in sorted(after - before)]
            found += [f"reflectiespel_{language}.ts still has [{c}] {s!r}, gone from the code: run update"
                      for c, s in sorted(before - after)]
        release(CATALOGUES, fresh)
        for language in LANGUAGES:
            qm = f"reflectiespel_{language}.qm"
            if not (CATALOGUES / qm).exists() or (CATALOGUES / qm).read_bytes() != (fresh / qm).read_bytes():
                found.append(f"{qm} is out of date: run scripts/translations.py release")
    return found


def todo() -> list[str]:
    """The English strings still to translate, one per line: context, tab, source (newlines as \\n)."""
    return [f"{c}\t{s}".replace("\n", "\\n") for (c, s), forms in
            messages(CATALOGUES / "reflectiespel_en.ts").items() if forms is None]


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "todo":
        print("\n".join(todo()))
    elif command == "check":
        missing = problems()
        for line in missing:
            print(line)
        print(f"{len(missing)} problem(s)")
        return 1 if missing else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""The translation workflow: source strings (Dutch) -> .ts catalogues -> .qm files Qt loads.

    uv run python scripts/translations.py update    # pyside6-lupdate: collect tr()/translate() strings
    uv run python scripts/translations.py release   # pyside6-lrelease: .ts -> .qm (commit both)
    uv run python scripts/translations.py check     # exit 1 when English misses a string or .qm is stale

Translate with Qt Linguist (`uv run pyside6-linguist src/reflectiespel/i18n/reflectiespel_en.ts`) or
any .ts editor. The Dutch catalogue only needs the plural forms (%n) of strings called with a count.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "reflectiespel"
CATALOGUES = PACKAGE / "i18n"
LANGUAGES = ("en", "nl")
sys.path.insert(0, str(ROOT / "src"))

from reflectiespel.core.i18n import read_catalogue  # noqa: E402


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))


def update(target_dir: Path = CATALOGUES) -> None:
    target_dir.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = target_dir / f"reflectiespel_{language}.ts"
        subprocess.run([_tool("lupdate"), "-no-obsolete", "-locations", "none", "-source-language", "nl_NL",
                        "-target-language", "en_GB" if language == "en" else "nl_NL", *sources(), "-ts", str(ts)],
                       cwd=ROOT, check=True, capture_output=True)


def release(source_dir: Path = CATALOGUES, target_dir: Path = CATALOGUES) -> None:
    for language in LANGUAGES:
        ts = source_dir / f"reflectiespel_{language}.ts"
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm",
                        str(target_dir / f"reflectiespel_{language}.qm")], check=True, capture_output=True)


def problems() -> list[str]:
    """What is missing: strings in the code that English lacks, and .qm files older than their .ts."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        for language in LANGUAGES:
            shutil.copy(CATALOGUES / f"reflectiespel_{language}.ts", fresh)
        update(fresh)
        english = read_catalogue(fresh / "reflectiespel_en.ts")
        import xml.etree.ElementTree as ET

        root = ET.parse(fresh / "reflectiespel_en.ts").getroot()
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                if (name, source) not in english:
                    found.append(f"English lacks [{name}] {source!r}")
        release(CATALOGUES, fresh)
        for language in LANGUAGES:
            qm = f"reflectiespel_{language}.qm"
            if not (CATALOGUES / qm).exists() or (CATALOGUES / qm).read_bytes() != (fresh / qm).read_bytes():
                found.append(f"{qm} is out of date: run scripts/translations.py release")
    return found


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "update":
        update()
    elif command == "release":
        release()
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

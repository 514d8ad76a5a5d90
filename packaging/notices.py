"""THIRD-PARTY-NOTICES.txt: what a bundle or package of reflectiespel carries besides our own code, under
which licence, with the full licence texts. Generated from the installed packages' metadata
(importlib.metadata), so it follows uv.lock: no hand-kept list to forget.

Usage:  uv run --group bundle python packaging/notices.py OUT_FILE

What goes in: Python itself (PSF licence), every package reflectiespel needs at run time (the closure of
its Requires-Dist, markers evaluated for this platform), with the licence files from each package's
dist-info; PySide6 and Qt under the LGPL-3.0 with the texts of the LGPL and the GPL it builds on
(packaging/licenses/: the wheels ship none) and how to replace them; the DejaVu fonts.
Fails (exit 1) when a package has neither a licence file nor a licence field.
"""

from __future__ import annotations

import importlib.metadata as md
import sys
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
APP = "reflectiespel"
LICENCE_WORDS = ("LICEN", "COPYING", "NOTICE", "AUTHORS")
# Wheels that ship no licence file: the texts that apply, kept in packaging/licenses/.
EXTRA_TEXTS = {
    "pyside6-essentials": ["LGPL-3.0.txt", "GPL-3.0.txt"],
    "shiboken6": ["LGPL-3.0.txt", "GPL-3.0.txt"],
}
LGPL_NOTE = """\
PySide6 (Qt for Python) and the Qt libraries it contains are used under the GNU Lesser General Public
License version 3 (LGPL-3.0); its text and that of the GPL-3.0 it builds on follow below. They are not
changed. They sit in the app's folder as separate shared libraries (never linked into one file):
  Windows: _internal\\PySide6\\ (Qt6*.dll, plugins\\), _internal\\shiboken6\\
  macOS:   reflectiespel.app/Contents/Frameworks/PySide6/ (Qt/lib/*.framework, Qt/plugins/)
  Linux:   _internal/PySide6/ (Qt/lib/libQt6*.so.6, Qt/plugins/), _internal/shiboken6/
You may replace them with your own build of the same PySide6 version ({version}): put your files in
their place, keeping the names. The source of PySide6 and of Qt is at https://code.qt.io and
https://download.qt.io/official_releases/QtForPython/ ; the source of reflectiespel itself is available
under the MIT licence from whoever gave you this copy.
"""


def runtime_closure(app: str = APP) -> list[md.Distribution]:
    """reflectiespel's run-time dependencies, recursively, for this platform (no dev or bundle groups)."""
    env = default_environment()
    seen: dict[str, md.Distribution] = {}
    todo = [(app, None)]
    while todo:
        name, extra = todo.pop()
        key = canonicalize_name(name)
        if key in seen:
            continue
        dist = md.distribution(name)
        seen[key] = dist
        for line in dist.requires or []:
            req = Requirement(line)
            if req.marker is not None and not req.marker.evaluate({**env, "extra": extra or ""}):
                continue
            todo.append((req.name, None))
            for wanted in req.extras:
                todo.append((req.name, wanted))
    seen.pop(canonicalize_name(app))
    return sorted(seen.values(), key=lambda d: canonicalize_name(d.metadata["Name"]))


def licence_name(dist: md.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    if classifiers:
        return " / ".join(classifiers)
    text = (meta.get("License") or "").strip()
    return text.splitlines()[0][:80] if text else ""


def licence_files(dist: md.Distribution) -> list[tuple[str, str]]:
    """(name, text) of the licence files in the package's dist-info (and the ones the metadata names)."""
    found: list[tuple[str, str]] = []
    for file in dist.files or []:
        parts = Path(str(file)).parts
        if not parts or not parts[0].endswith(".dist-info"):
            continue
        if any(word in parts[-1].upper() for word in LICENCE_WORDS):
            found.append((str(file), Path(dist.locate_file(file)).read_text(encoding="utf-8", errors="replace")))
    return found


def project_url(dist: md.Distribution) -> str:
    meta = dist.metadata
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "source code", "repository", "code"):
            return url.strip()
    return meta.get("Home-page") or ""


def python_licence() -> tuple[str, str]:
    candidates = [Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}" / "LICENSE.txt",
                  Path(sys.base_prefix) / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE"]
    for path in candidates:
        if path.is_file():
            return str(path.name), path.read_text(encoding="utf-8", errors="replace")
    # Windows and some builds keep it elsewhere; the PSF licence applies all the same.
    return "", "Python Software Foundation License Version 2: https://docs.python.org/3/license.html\n"


def render() -> str:
    rule = "=" * 100
    out = [
        "reflectiespel: notices for the software it includes",
        "",
        "reflectiespel itself is under the MIT licence (LICENSE, beside this file). The bundle also contains",
        "the following software, each under its own licence. Generated by packaging/notices.py.",
        "",
    ]
    dists = runtime_closure()
    summary = [f"  {'Python':<24} {sys.version.split()[0]:<12} PSF-2.0"]
    for dist in dists:
        summary.append(f"  {dist.metadata['Name']:<24} {dist.version:<12} {licence_name(dist)}")
    summary.append(f"  {'DejaVu fonts':<24} {'':<12} Bitstream Vera / Arev (assets/fonts/LICENSE-DejaVu.txt)")
    out += ["Contents:", *summary, ""]
    missing = []
    name, text = python_licence()
    out += [rule, f"Python {sys.version.split()[0]} (the interpreter and its standard library)  {name}", rule, text]
    for dist in dists:
        key = canonicalize_name(dist.metadata["Name"])
        header = f"{dist.metadata['Name']} {dist.version}  licence: {licence_name(dist)}"
        url = project_url(dist)
        out += [rule, header + (f"  <{url}>" if url else ""), rule]
        if key == "pyside6-essentials":
            out.append(LGPL_NOTE.format(version=dist.version))
        files = licence_files(dist)
        for extra in EXTRA_TEXTS.get(key, []):
            files.append((f"packaging/licenses/{extra}", (ROOT / "packaging" / "licenses" / extra).read_text(encoding="utf-8")))
        if not files and not licence_name(dist):
            missing.append(dist.metadata["Name"])
        if not files:
            full = (dist.metadata.get("License") or "").strip()
            files.append(("licence field", full or f"Licensed under {licence_name(dist)}."))
        for file_name, text in files:
            out += [f"--- {file_name} ---", text.rstrip(), ""]
    fonts = ROOT / "assets" / "fonts" / "LICENSE-DejaVu.txt"
    out += [rule, "DejaVu fonts (assets/fonts), used in printed PDFs", rule, fonts.read_text(encoding="utf-8")]
    if missing:
        raise SystemExit(f"notices: no licence found for {', '.join(missing)}")
    return "\n".join(out) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    target = Path(argv[0])
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render(), encoding="utf-8", newline="\n")
    print(f"Licenties: {target} ({target.stat().st_size // 1024} kB, {len(runtime_closure())} pakketten)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

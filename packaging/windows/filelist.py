"""The installer's file lists, from the payload folder: what to install and, in reverse, what to remove.

Usage:  python packaging/windows/filelist.py PAYLOAD OUT_DIR      -> OUT_DIR/install-files.nsh, uninstall-files.nsh
        python packaging/windows/filelist.py --check PAYLOAD INSTALLER.exe OUT_DIR

The uninstaller removes exactly the files the installer put there (never RMDir /r: a person may have
chosen a folder with other things in it) and then the folders, deepest first, only when empty.
--check lists the installer's contents with 7-Zip (which reads NSIS installers) and compares them with
the payload: every file in, nothing else, and every file in the uninstall list.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path, PurePosixPath


def payload_files(payload: Path) -> list[PurePosixPath]:
    return sorted(PurePosixPath(p.relative_to(payload).as_posix()) for p in payload.rglob("*") if p.is_file())


def nsis(text: str, compile_time: bool = False) -> str:
    """A string for a double-quoted NSIS argument (no file name on Windows has a "): a $ is written $$ in
    what the installer reads at run time, and ${U+24} in a path makensis reads (File), which knows no $$."""
    if any(c in text for c in '"\n\r'):
        raise SystemExit(f"filelist: a file name NSIS cannot quote: {text!r}")
    return text.replace("$", "${U+24}" if compile_time else "$$")


def write_lists(payload: Path, out: Path) -> tuple[Path, Path]:
    files = payload_files(payload)
    install, uninstall = [], []
    current = None
    for rel in files:
        folder = rel.parent
        if folder != current:
            target = "$INSTDIR" + "".join("\\" + nsis(part) for part in folder.parts)
            install.append(f'SetOutPath "{target}"')
            current = folder
        install.append(f'File "{nsis(str((payload / rel).resolve()), compile_time=True)}"')
        uninstall.append(f'Delete "$INSTDIR\\{nsis(str(rel).replace("/", chr(92)))}"')
    folders = sorted({f for rel in files for f in rel.parents if str(f) != "."}, key=lambda f: -len(f.parts))
    for folder in folders:
        uninstall.append(f'RMDir "$INSTDIR\\{nsis(str(folder).replace("/", chr(92)))}"')
    out.mkdir(parents=True, exist_ok=True)
    (out / "install-files.nsh").write_text("\n".join(install) + "\n", encoding="utf-8")
    (out / "uninstall-files.nsh").write_text("\n".join(uninstall) + "\n", encoding="utf-8")
    return out / "install-files.nsh", out / "uninstall-files.nsh"


def installer_contents(installer: Path) -> set[str]:
    """The files inside an NSIS installer, as 7-Zip lists them (paths below $INSTDIR, with /)."""
    listing = subprocess.run(["7z", "l", "-slt", "-ba", str(installer)], capture_output=True, text=True, check=True).stdout
    names = set()
    for block in listing.split("\n\n"):
        fields = dict(line.split(" = ", 1) for line in block.splitlines() if " = " in line)
        if "Path" in fields and fields.get("Folder", "-") != "+":
            names.add(fields["Path"].replace("\\", "/"))
    return names


def check(payload: Path, installer: Path, out: Path) -> list[str]:
    wanted = {str(rel) for rel in payload_files(payload)}
    inside = installer_contents(installer)
    # 7-Zip names the uninstaller the installer writes at run time, and plug-in DLLs, with a $ prefix
    found = {name.removeprefix("$INSTDIR/") for name in inside if not name.startswith("$PLUGINSDIR")}
    found.discard("uninstall.exe")
    found = {name for name in found if not name.startswith("$")}
    problems = [f"not in the installer: {name}" for name in sorted(wanted - found)]
    problems += [f"in the installer but not in the payload: {name}" for name in sorted(found - wanted)]
    removed = set()
    for line in (out / "uninstall-files.nsh").read_text(encoding="utf-8").splitlines():
        if line.startswith('Delete "$INSTDIR\\'):
            removed.add(line[len('Delete "$INSTDIR\\'):-1].replace("\\", "/").replace("$$", "$"))
    problems += [f"the uninstaller leaves: {name}" for name in sorted(wanted - removed)]
    return problems


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--check" and len(argv) == 4:
        payload, installer, out = Path(argv[1]), Path(argv[2]), Path(argv[3])
        problems = check(payload, installer, out)
        for problem in problems[:50]:
            print(f"installer: {problem}", file=sys.stderr)
        if not problems:
            print(f"Installer bevat alle {len(payload_files(payload))} bestanden, en de verwijderaar haalt ze weg.")
        return 1 if problems else 0
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    install, uninstall = write_lists(Path(argv[0]), Path(argv[1]))
    print(f"Bestandslijsten: {install}, {uninstall}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The macOS Info.plist of reflectiespel.app: what Finder needs to know, and the .reflectiespel document type.

Used by packaging/reflectiespel.spec (BUNDLE(info_plist=...)); `python packaging/macos/infoplist.py FILE`
checks a written Info.plist (plistlib) the way CI does on Linux, where no .app can be built.
"""

from __future__ import annotations

import plistlib
import sys
from pathlib import Path

BUNDLE_ID = "nl.reflectiespel.app"
SESSION_UTI = "nl.reflectiespel.sessie"
EXTENSION = "reflectiespel"


def info_plist(version: str) -> dict:
    """The keys PyInstaller's BUNDLE adds to its own (name, executable, icon, identifier)."""
    return {
        "CFBundleDisplayName": "Reflectiespel",
        "CFBundleName": "Reflectiespel",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "nl",
        "CFBundleLocalizations": ["nl", "en"],
        "LSApplicationCategoryType": "public.app-category.education",
        "LSMinimumSystemVersion": "13.0",  # PySide6 6.11 wheels: macosx_13_0_universal2
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "MIT-licentie; zie LICENSE en THIRD-PARTY-NOTICES.txt in Resources",
        # The phones' server listens on the local network: macOS asks the user once (Sonoma and later).
        "NSLocalNetworkUsageDescription": "Reflectiespel laat telefoons in de zaal meedoen via het lokale netwerk.",
        "CFBundleDocumentTypes": [{
            "CFBundleTypeName": "Reflectiespel-sessie",
            "CFBundleTypeRole": "Editor",
            "LSHandlerRank": "Owner",
            "LSItemContentTypes": [SESSION_UTI],
            "CFBundleTypeExtensions": [EXTENSION],
            "CFBundleTypeIconFile": "reflectiespel.icns",
        }],
        "UTExportedTypeDeclarations": [{
            "UTTypeIdentifier": SESSION_UTI,
            "UTTypeDescription": "Reflectiespel-sessie",
            "UTTypeConformsTo": ["public.json", "public.data"],
            "UTTypeIconFile": "reflectiespel.icns",
            "UTTypeTagSpecification": {"public.filename-extension": [EXTENSION],
                                       "public.mime-type": ["application/x-reflectiespel"]},
        }],
    }


def check(path: Path) -> list[str]:
    """Problems with a written Info.plist (empty list: fine). Read back with plistlib, as macOS would."""
    with open(path, "rb") as handle:
        plist = plistlib.load(handle)
    problems = []
    for key in ("CFBundleIdentifier", "CFBundleExecutable", "CFBundleIconFile", "CFBundleShortVersionString"):
        if not plist.get(key):
            problems.append(f"{key} missing")
    if plist.get("CFBundleIdentifier") != BUNDLE_ID:
        problems.append(f"CFBundleIdentifier is {plist.get('CFBundleIdentifier')!r}, not {BUNDLE_ID}")
    doc_types = plist.get("CFBundleDocumentTypes") or []
    if not any(SESSION_UTI in t.get("LSItemContentTypes", []) for t in doc_types):
        problems.append("no document type for .reflectiespel sessions")
    exported = {t.get("UTTypeIdentifier"): t for t in plist.get("UTExportedTypeDeclarations") or []}
    tags = exported.get(SESSION_UTI, {}).get("UTTypeTagSpecification", {})
    if EXTENSION not in tags.get("public.filename-extension", []):
        problems.append(f"{SESSION_UTI} does not claim the .{EXTENSION} extension")
    return problems


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--write":  # write a stand-in the way BUNDLE would, to check it without a Mac
        plist = {"CFBundleIdentifier": BUNDLE_ID, "CFBundleExecutable": "reflectiespel",
                 "CFBundleIconFile": "reflectiespel.icns", "CFBundlePackageType": "APPL",
                 **info_plist(argv[2] if len(argv) > 2 else "0")}
        with open(argv[1], "wb") as handle:
            plistlib.dump(plist, handle)
        argv = argv[1:2]
    if len(argv) != 1:
        print("usage: infoplist.py [--write] Info.plist [version]", file=sys.stderr)
        return 2
    problems = check(Path(argv[0]))
    for problem in problems:
        print(f"Info.plist: {problem}", file=sys.stderr)
    if not problems:
        print(f"Info.plist in orde: {argv[0]}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

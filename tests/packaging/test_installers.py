"""Windows and macOS, as far as Linux can check them: the NSIS script compiles, the installer holds every
file of the payload and the uninstaller removes every one; the Info.plist declares the session type."""

import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
WINDOWS = ROOT / "packaging" / "windows"
sys.path.insert(0, str(WINDOWS))
sys.path.insert(0, str(ROOT / "packaging" / "macos"))
import filelist
import infoplist


def payload(folder: Path) -> Path:
    """A small stand-in of the Windows app folder, with a $ and spaces in names and nested folders."""
    for name in ("reflectiespel.exe", "reflectiespel-cli.exe", "LICENSE", "THIRD-PARTY-NOTICES.txt",
                 "_internal/python311.dll", "_internal/PySide6/Qt6Core.dll", "_internal/PySide6/plugins/platforms/qwindows.dll",
                 "_internal/reflectiespel/decks/waarde van welzijn.yaml", "_internal/odd $name.txt"):
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"stand-in {name}\n", encoding="utf-8")
    (folder / "LICENSE").write_text((ROOT / "LICENSE").read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def compile_installer(tmp_path: Path) -> tuple[Path, Path, Path]:
    if shutil.which("makensis") is None or shutil.which("7z") is None:
        pytest.skip("needs makensis (nsis) and 7z (p7zip-full); .ci/run installs them")
    source = payload(tmp_path / "payload")
    lists = tmp_path / "lists"
    filelist.write_lists(source, lists)
    icon = tmp_path / "app.ico"
    from PIL import Image

    Image.new("RGBA", (64, 64), "#1f4e5f").save(icon, sizes=[(16, 16), (32, 32), (64, 64)])
    installer = tmp_path / "reflectiespel-1.2.3-setup.exe"
    subprocess.run(["makensis", "-V2", "-INPUTCHARSET", "UTF8", "-DVERSION=1.2.3", f"-DPAYLOAD={source}",
                    f"-DOUTFILE={installer}", f"-DICON={icon}", f"-DFILES_INSTALL={lists / 'install-files.nsh'}",
                    f"-DFILES_UNINSTALL={lists / 'uninstall-files.nsh'}", str(WINDOWS / "reflectiespel.nsi")],
                   check=True, capture_output=True, timeout=300)
    return source, installer, lists


def test_the_nsis_script_compiles_and_the_installer_holds_exactly_the_payload(tmp_path):
    source, installer, lists = compile_installer(tmp_path)
    assert installer.read_bytes()[:2] == b"MZ"
    assert filelist.check(source, installer, lists) == []


def test_the_check_notices_a_file_the_uninstaller_would_leave_behind(tmp_path):
    source, installer, lists = compile_installer(tmp_path)
    uninstall = lists / "uninstall-files.nsh"
    lines = uninstall.read_text(encoding="utf-8").splitlines()
    uninstall.write_text("\n".join(line for line in lines if "Qt6Core" not in line) + "\n", encoding="utf-8")
    assert filelist.check(source, installer, lists) == ["the uninstaller leaves: _internal/PySide6/Qt6Core.dll"]


def test_the_uninstaller_never_removes_a_folder_with_its_contents(tmp_path):
    lists = tmp_path / "lists"
    filelist.write_lists(payload(tmp_path / "payload"), lists)
    text = (lists / "uninstall-files.nsh").read_text(encoding="utf-8")
    assert "RMDir /r" not in text and "$$name" in text  # a $ in a file name is written $$ for NSIS
    nsi = (WINDOWS / "reflectiespel.nsi").read_text(encoding="utf-8")
    assert "RMDir /r" not in nsi and "RequestExecutionLevel user" in nsi


def test_the_info_plist_declares_the_session_document_type(tmp_path):
    plist = tmp_path / "Info.plist"
    assert infoplist.main(["--write", str(plist), "1.2.3"]) == 0
    data = plistlib.loads(plist.read_bytes())
    assert data["CFBundleShortVersionString"] == "1.2.3"
    assert data["CFBundleDocumentTypes"][0]["LSItemContentTypes"] == ["nl.reflectiespel.sessie"]
    del data["UTExportedTypeDeclarations"]
    plist.write_bytes(plistlib.dumps(data))
    assert infoplist.check(plist) == ["nl.reflectiespel.sessie does not claim the .reflectiespel extension"]

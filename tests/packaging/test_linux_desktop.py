"""Linux: the menu entry that install-desktop writes starts the app from any folder name, AppStream and
the desktop entry validate, and --remove takes everything out again."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
LINUX = ROOT / "packaging" / "linux"
# Every sign the Desktop Entry Specification makes special, in one folder name
NASTY = "it's \"a\" $HOME `x` \\ 100% map"


def need(*tools):
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (.ci/run installs them)")


@pytest.fixture(scope="module")
def icons(tmp_path_factory):
    out = tmp_path_factory.mktemp("icons")
    subprocess.run([sys.executable, str(ROOT / "packaging" / "icons.py"), str(out)], check=True,
                   env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True, timeout=120)
    return out


def stand_in_bundle(parent: Path, icons: Path) -> Path:
    """The unpacked folder as a user has it, with a program that writes down how it was started."""
    bundle = parent / NASTY / "reflectiespel"
    bundle.mkdir(parents=True)
    program = bundle / "reflectiespel"
    program.write_text('#!/bin/sh\nprintf "%s\\n" "$@" > "$MARKER"\n', encoding="utf-8")
    program.chmod(0o755)
    shutil.copy(LINUX / "install-desktop", bundle / "install-desktop")
    subprocess.run([str(LINUX / "stage-share"), str(bundle / "share"), str(icons)], check=True, timeout=60)
    return bundle


def test_the_menu_entry_starts_the_app_from_a_folder_with_quotes_dollar_backslash_and_percent(tmp_path, icons):
    need("gio", "desktop-file-validate")
    bundle = stand_in_bundle(tmp_path, icons)
    home = tmp_path / "home"
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "share"), MARKER=str(tmp_path / "started"))
    subprocess.run([str(bundle / "install-desktop")], check=True, env=env, capture_output=True, timeout=60)
    desktop = home / "share" / "applications" / "reflectiespel.desktop"
    subprocess.run(["desktop-file-validate", str(desktop)], check=True, capture_output=True, timeout=30)
    session = tmp_path / "sessie van 'dinsdag'.reflectiespel"
    session.write_text("{}", encoding="utf-8")
    subprocess.run(["gio", "launch", str(desktop), str(session)], check=True, env=env, capture_output=True, timeout=60)
    for _ in range(100):  # gio starts the program and returns; wait (bounded) for it to write
        if (tmp_path / "started").exists():
            break
        time.sleep(0.05)
    assert (tmp_path / "started").read_text(encoding="utf-8").splitlines() == [str(session)]
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (home / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "reflectiespel.png").is_file()
    assert (home / ".local" / "bin" / "reflectiespel").resolve() == (bundle / "reflectiespel").resolve()


def test_remove_takes_out_every_file_it_put_in(tmp_path, icons):
    bundle = stand_in_bundle(tmp_path, icons)
    home = tmp_path / "home"
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "share"), PATH="/usr/bin:/bin")
    subprocess.run([str(bundle / "install-desktop"), "--user"], check=True, env=env, capture_output=True, timeout=60)
    ours = {p for p in home.rglob("*") if "reflectiespel" in p.name}
    assert len(ours) >= 12  # menu entry, AppStream, file type, 9 icons, the link
    subprocess.run([str(bundle / "install-desktop"), "--remove"], check=True, env=env, capture_output=True, timeout=60)
    assert [p for p in home.rglob("*") if "reflectiespel" in p.name and (p.is_file() or p.is_symlink())] == []
    assert bundle.is_dir()  # the app's own folder stays


def test_appstream_metadata_and_the_desktop_entry_validate():
    need("appstreamcli", "desktop-file-validate")
    metainfo = LINUX / "nl.reflectiespel.app.metainfo.xml"
    result = subprocess.run(["appstreamcli", "validate", "--no-net", "--pedantic", str(metainfo)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    result = subprocess.run(["desktop-file-validate", str(ROOT / "packaging" / "reflectiespel.desktop")],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout


def test_icons_come_in_every_size_the_menus_and_installers_ask_for(icons):
    from PIL import Image

    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(icons / "hicolor" / f"{size}x{size}" / "apps" / "reflectiespel.png") as png:
            assert png.size == (size, size) and png.getbbox() is not None
    with Image.open(icons / "reflectiespel.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(icons / "reflectiespel.icns") as icns:
        assert (512, 512, 2) in icns.info["sizes"] and (16, 16, 2) in icns.info["sizes"]

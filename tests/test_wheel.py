"""The built wheel carries the decks and assets, so an installed app finds them without the source."""

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


@pytest.mark.slow
def test_wheel_carries_decks_and_assets_and_finds_them(tmp_path):
    uv = os.environ.get("UV") or shutil.which("uv")
    if not uv:
        pytest.skip("uv is niet gevonden; de README-installatie gebruikt uv")
    subprocess.run([uv, "build", "--wheel", "--out-dir", str(tmp_path / "dist"), str(ROOT)],
                   check=True, capture_output=True, timeout=300)
    wheel = next((tmp_path / "dist").glob("reflectiespel-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for deck in ("waarde-van-welzijn", "zeven-verandertips", "grensobjecten"):
        assert f"reflectiespel/decks/{deck}.yaml" in names
    assert "reflectiespel/assets/fonts/DejaVuSans.ttf" in names
    assert "reflectiespel/assets/fonts/LICENSE-DejaVu.txt" in names

    # Unpack it somewhere far from the source tree and ask the installed code for its decks.
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = ("from reflectiespel.core.decks.library import Library\n"
            "from reflectiespel.resources import builtin_decks_dir\n"
            "lib = Library(builtin_decks_dir()).load()\n"
            "print(builtin_decks_dir())\n"
            "print(sorted(d.id for d in lib.decks))\n")
    env = {**os.environ, "PYTHONPATH": str(site)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                            cwd=tmp_path, timeout=60)
    assert result.returncode == 0, result.stderr
    folder, ids = result.stdout.splitlines()
    assert folder.startswith(str(site))
    assert "'waarde-van-welzijn'" in ids and "'grensobjecten'" in ids and "'zeven-verandertips'" in ids

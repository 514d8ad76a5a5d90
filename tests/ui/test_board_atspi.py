"""The board through AT-SPI, as Orca reads it on Linux: a named canvas with one item per token and its place
in words. Runs where the system has AT-SPI (Debian: at-spi2-core, python3-pyatspi, xvfb, Qt's xcb
libraries; .ci/run installs them); elsewhere it is skipped with the reason."""

import shutil
import subprocess
from pathlib import Path

import pytest
from atspirun import read_over_atspi


def _missing() -> str:
    for tool in ("dbus-run-session", "Xvfb"):
        if shutil.which(tool) is None:
            return tool
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "at-spi2-core"
    if subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True,
                      timeout=60).returncode != 0:
        return "python3-pyatspi"
    from PySide6.QtCore import QLibraryInfo

    plugin = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"
    if not plugin.exists() or shutil.which("ldd") is None:
        return "Qt's xcb plugin"
    if "not found" in subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=60).stdout:
        return "the xcb libraries Qt's X11 plugin needs (libxcb-cursor0, libxcb-icccm4, …)"
    return ""


@pytest.mark.skipif(not Path("/usr/bin/python3").exists() or bool(_missing()),
                    reason="AT-SPI not on this system: " + (_missing() if Path("/usr/bin/python3").exists() else "python3"))
def test_orca_reads_the_board_and_its_tokens_through_atspi():
    found, stderr = read_over_atspi("board_app.py", "read_board.py", 60)
    assert found["name"] == "Bord: de sociaal-artistieke as", stderr[-2000:]
    names = [name for role, name in found["items"] if role == "list item"]
    assert any(name.startswith("Bram: ") and "kunst als doel" in name for name in names), names
    assert any(name.startswith("Ons project: ") for name in names), names

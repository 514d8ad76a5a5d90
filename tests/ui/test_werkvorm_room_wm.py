"""tests/ui/test_werkvorm_room.py again under a real X server (Xvfb, 1024×768) with a window manager
(openbox), by mouse and by keyboard: there the frame and title bar are real, the window manager decides
which window is active and has the keyboard, and the clicks land where the window really is.

As in test_window_fit: a fresh process (pytest on the xcb platform) under xvfb-run with openbox, bounded in
time; openbox is stopped by the script, xvfb-run stops its X server. Two werkvormen with different kinds of
steps: zeven-verandertips (cards, a vote on the tips chosen earlier) and praktijk-op-de-as (the axis board
and an idea wall).
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOM = Path(__file__).parent / "test_werkvorm_room.py"
WERKVORMEN = ["zeven-verandertips", "praktijk-op-de-as"]


@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("xvfb-run") and shutil.which("openbox")), reason="needs Xvfb and openbox")
def test_a_card_and_a_board_werkvorm_run_by_mouse_and_keyboard_under_a_window_manager(tmp_path):
    script = tmp_path / "run.sh"
    chosen = " or ".join(WERKVORMEN)
    script.write_text(f'openbox >/dev/null 2>&1 & wm=$!\nsleep 1\n'
                      f'"{sys.executable}" -m pytest "{ROOM}" -q -p no:cacheprovider -k "{chosen}"\n'
                      f'status=$?\nkill $wm\nwait $wm 2>/dev/null\nexit $status\n')
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["QT_QPA_PLATFORM"] = "xcb"
    result = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1024x768x24", "sh", str(script)], cwd=ROOM.parents[2],
                            capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert f"{2 * len(WERKVORMEN)} passed" in result.stdout, result.stdout[-2000:]

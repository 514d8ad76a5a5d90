"""Every window opens inside a 1024×768 laptop screen, and comes back at the size it had there.

tests/ui/windowfit_app.py opens each top-level window through the app's own code paths in a fresh
process on a 1024×768 screen and prints its frame; here every frame must lie inside the screen's
available geometry. Once offscreen (Qt's screen configuration), once under a real X server with a window
manager (openbox), where the frame and title bar are real; that one is skipped when Xvfb or openbox is
not installed.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QMainWindow

from reflectiespel.core.files.settings import read_settings
from reflectiespel.ui import screenfit

APP = Path(__file__).parent / "windowfit_app.py"
WINDOWS = {"main", "print", "newSession", "message", "import", "editor", "together", "console", "projection",
           "grid", "pathChoose", "path", "consoleBoard", "projectionBoard"}


def measured(stdout: str) -> dict:
    lines = [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]
    return {line["window"]: line for line in lines}


def check_inside(found: dict) -> None:
    assert set(found) == WINDOWS, f"windows measured: {sorted(found)}"
    for name, line in found.items():
        frame, available = QRect(*line["frame"]), QRect(*line["available"])
        assert available.size() == QSize(1024, 768)
        assert available.contains(frame), f"{name}: frame {line['frame']} is not inside {line['available']}"
    assert found["projectionBoard"]["covers"] == [], "the projection window lies on the console's buttons"


def test_every_window_opens_inside_a_1024_by_768_screen(tmp_path):
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1024, "height": 768,
                                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    data = tmp_path / "data"
    data.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screens}", REFLECTIESPEL_DATA_DIR=str(data))
    result = subprocess.run([sys.executable, str(APP), str(data)], capture_output=True, text=True, env=env,
                            timeout=240)
    assert result.returncode == 0, result.stderr[-2000:]
    check_inside(measured(result.stdout))


@pytest.mark.skipif(not (shutil.which("xvfb-run") and shutil.which("openbox")), reason="needs Xvfb and openbox")
def test_every_window_opens_inside_a_1024_by_768_screen_under_a_window_manager(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    script = tmp_path / "run.sh"
    script.write_text(f'openbox >/dev/null 2>&1 & wm=$!\nsleep 1\n"{sys.executable}" "{APP}" "{data}"\n'
                      f'status=$?\nkill $wm\nwait $wm 2>/dev/null\nexit $status\n')
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(QT_QPA_PLATFORM="xcb", REFLECTIESPEL_DATA_DIR=str(data))
    result = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1024x768x24", "sh", str(script)],
                            capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    check_inside(measured(result.stdout))


class Window(screenfit.FitsScreen, QMainWindow):
    pass


def test_a_window_comes_back_at_the_size_it_had_on_this_screen(qtbot, data_dir):
    window = Window()
    qtbot.addWidget(window)
    screen = window.screen()
    room = screenfit.room_on(screen)
    screenfit.fit_window(window, "test", QSize(5000, 5000), data_dir)
    assert window.width() <= room.width() and window.height() <= room.height(), "never larger than the screen"
    window.show()
    qtbot.waitExposed(window)
    window.resize(420, 300)  # the facilitator makes it smaller
    window.close()
    assert read_settings(data_dir)["window_sizes"] == {screenfit.screen_key("test", screen): [420, 300]}
    again = Window()
    qtbot.addWidget(again)
    assert screenfit.fit_window(again, "test", QSize(5000, 5000), data_dir) == QSize(420, 300)


def test_a_window_hidden_and_shown_again_remembers_its_latest_size(qtbot, data_dir):
    window = Window()
    qtbot.addWidget(window)
    screen = window.screen()
    screenfit.fit_window(window, "again", QSize(600, 400), data_dir)
    for width, height in ((500, 350), (450, 320)):
        window.show()
        qtbot.waitExposed(window)
        window.resize(width, height)
        window.hide()  # a dialog's done() hides it; closing hides it too
        assert read_settings(data_dir)["window_sizes"][screenfit.screen_key("again", screen)] == [width, height]


def test_only_a_window_that_mixes_in_fits_screen_can_be_fitted(qtbot, data_dir):
    window = QMainWindow()
    qtbot.addWidget(window)
    with pytest.raises(TypeError, match="QMainWindow does not mix in FitsScreen"):
        screenfit.fit_window(window, "test", QSize(600, 400), data_dir)

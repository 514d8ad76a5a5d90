"""Does the bundle start as fast as `uv run reflectiespel`? Time to a shown, idle main window.

Run (after packaging/build):  QT_QPA_PLATFORM=offscreen uv run python benchmarks/bundle_startup.py
The installed app instead of the folder (e.g. after `dpkg -i dist/reflectiespel_*.deb`):
    QT_QPA_PLATFORM=offscreen uv run python benchmarks/bundle_startup.py /usr/bin/reflectiespel

Each sample is a new process, timed from just before it is started until the app prints that its main
window is shown and idle (REFLECTIESPEL_QUIT_WHEN_IDLE, ui/launch.py: a zero-timer fires after show(),
then processEvents once more; both sides use the same clock, time.monotonic). Rounds alternate between
`uv run reflectiespel` (how developers and the README start it) and dist/reflectiespel/reflectiespel
(how a facilitator starts the installed app); each side has its own empty data and cache folder, filled
by one start before the rounds. Figures are medians; the last line is bundle / uv (goal: at most 1.0).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "reflectiespel" / "reflectiespel"
ROUNDS = 9


def sample(command: list[str], env: dict[str, str]) -> float:
    start = time.monotonic()
    out = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120).stdout
    for line in out.splitlines():
        if line.startswith("idle "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no idle line from {command[0]}: {out[-300:]}")


def main(argv: list[str]) -> int:
    bundle = Path(argv[0]) if argv else BUNDLE
    if not bundle.exists():
        print("Build the bundle first: packaging/build", file=sys.stderr)
        return 2
    uv = shutil.which("uv")
    if uv is None:
        print("uv is not on PATH", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="bundle-start-"))
    sides = {"uv run": [uv, "run", "--quiet", "reflectiespel"], "bundle": [str(bundle)]}
    print(f"bundle: {bundle}")
    envs = {}
    for name in sides:
        env = dict(os.environ, REFLECTIESPEL_QUIT_WHEN_IDLE="1", QT_QPA_PLATFORM="offscreen",
                   REFLECTIESPEL_DATA_DIR=str(work / name / "data"), REFLECTIESPEL_CACHE_DIR=str(work / name / "cache"))
        env.pop("VIRTUAL_ENV", None)
        envs[name] = env
        sample(sides[name], env)  # fills the deck cache, as any earlier start would have
    times: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(ROUNDS):
        for name, command in sides.items():
            times[name].append(sample(command, envs[name]))
    shutil.rmtree(work, ignore_errors=True)
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, value in medians.items():
        print(f"{name:8s} shown and idle: median {value:.3f} s  (min {min(times[name]):.3f}, max {max(times[name]):.3f})")
    print(f"bundle / uv run: {medians['bundle'] / medians['uv run']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

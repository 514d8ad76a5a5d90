"""Nothing is lost: a session killed with SIGKILL at random moments comes back with all but the last 2 s.

Four workers run side by side (to stay well under 40 s). Each starts the child, kills it at a random
moment, checks what recovery finds, and starts the child again, which restores and goes on: six kills
each, 24 in all.
"""

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from reflectiespel.core.sessions.storage import open_session
from reflectiespel.core.sessions.autosave import find_recoverable

CHILD = Path(__file__).with_name("recovery_child.py")
WORKERS = 4
KILLS_PER_WORKER = 6


def run_worker(folder: Path, seed: int, failures: list, kills: list) -> None:
    rng = random.Random(seed)
    data_dir = folder / "data"
    kept: set[str] = set()  # notes the previous restore held
    for round_ in range(KILLS_PER_WORKER):
        log = folder / f"log{round_}.txt"
        child = subprocess.Popen([sys.executable, str(CHILD), str(data_dir), str(log)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            line = child.stdout.readline()
            if line.strip() != "klaar":
                child.kill()
                failures.append(f"the child did not start: {line!r} {child.stderr.read()}")
                return
            time.sleep(rng.uniform(0.6, 3.2))
            killed_at = time.time()
            os.kill(child.pid, signal.SIGKILL)
        finally:
            child.wait()
            child.stdout.close()
            child.stderr.close()
        kills.append(killed_at)
        made = log.read_text(encoding="utf-8").split()
        found = find_recoverable(data_dir)
        if not found:
            if any(float(stamp) < killed_at - 2.0 for stamp in made) or kept:
                failures.append(f"round {round_}: no autosave found after the kill")
                return
            continue  # killed within 2 s of the very first note: nothing had to be saved yet
        if len(found) != 1:
            failures.append(f"round {round_}: {len(found)} autosaves instead of one")
            return
        restored = open_session(found[0].path)  # loads on its own too
        have = {note.text for note in restored.steps[0].notes}
        missing = kept - have
        missing |= {stamp for stamp in made if float(stamp) < killed_at - 2.0} - have
        if missing:
            oldest = killed_at - min(float(stamp) for stamp in missing)
            failures.append(f"round {round_}: {len(missing)} notes lost, one made {oldest:.2f} s before the kill")
            return
        kept = have


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL exists only on POSIX")
def test_sigkill_at_random_moments_loses_at_most_two_seconds(tmp_path):
    failures: list = []
    kills: list = []
    threads = []
    for worker in range(WORKERS):
        folder = tmp_path / f"werker{worker}"
        folder.mkdir()
        seed = random.randrange(1_000_000)
        thread = threading.Thread(target=run_worker, args=(folder, seed, failures, kills))
        threads.append(thread)
        thread.start()
    for thread in threads:
        thread.join(timeout=90)
    assert not failures, failures
    assert len(kills) >= 20


TWO = Path(__file__).with_name("two_windows_child.py")


def _child(data_dir: Path, path: Path, log: Path, mode: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(TWO), str(data_dir), str(path), str(log), mode],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _stop(child: subprocess.Popen) -> None:
    if child.poll() is None:
        child.kill()
    child.wait()
    for stream in (child.stdin, child.stdout, child.stderr):
        stream.close()


def two_windows_worker(folder: Path, seed: int, failures: list, kills: list) -> None:
    from reflectiespel.core.sessions.session import Session
    from reflectiespel.core.sessions.storage import save_session

    rng = random.Random(seed)
    for round_ in range(3):
        data_dir, log = folder / f"data{round_}", folder / f"log{round_}.txt"
        session = Session.empty("Twee vensters")
        session.add_step(title="Praten")
        original = save_session(session, folder / f"sessie{round_}.reflectiespel")
        copy = original.with_name(f"kopie{round_}.reflectiespel")
        copy.write_bytes(original.read_bytes())  # a copy keeps the id
        first = _child(data_dir, original, log, "hold")
        children = [first]
        try:
            answer_a = first.stdout.readline().split()
            refused = _child(data_dir, original, log, "notes")  # the same file in a second instance
            children.append(refused)
            if refused.stdout.readline().strip() != "geweigerd":
                failures.append(f"round {round_}: a second instance opened a file that was already open")
                return
            second = _child(data_dir, copy, log, "notes")
            children.append(second)
            answer_b = second.stdout.readline().split()
            if answer_a[:1] != ["klaar"] or answer_b[:1] != ["klaar"] or answer_a[1] == answer_b[1]:
                failures.append(f"round {round_}: {answer_a} {answer_b}: the copy did not get its own identity")
                return
            time.sleep(rng.uniform(0.8, 2.5))
            first.stdin.write("sluit\n")
            first.stdin.flush()
            if first.stdout.readline().strip() != "dicht":
                failures.append(f"round {round_}: the first instance did not close cleanly")
                return
            time.sleep(rng.uniform(0.3, 1.5))
            killed_at = time.time()
            os.kill(second.pid, signal.SIGKILL)
            second.wait()
        finally:
            for child in children:
                _stop(child)
        kills.append(killed_at)
        made = log.read_text(encoding="utf-8").split()
        found = find_recoverable(data_dir)
        if len(found) != 1:
            failures.append(f"round {round_}: {len(found)} autosaves offered instead of the killed one")
            return
        have = {note.text for note in found[0].session.steps[0].notes}
        missing = {stamp for stamp in made if float(stamp) < killed_at - 2.0} - have
        if missing:
            oldest = killed_at - min(float(stamp) for stamp in missing)
            failures.append(f"round {round_}: {len(missing)} notes lost, one made {oldest:.2f} s before the kill")
            return


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL exists only on POSIX")
def test_two_instances_on_one_file_lose_nothing_when_one_closes_and_the_other_is_killed(tmp_path):
    failures: list = []
    kills: list = []
    threads = []
    for worker in range(2):
        folder = tmp_path / f"werker{worker}"
        folder.mkdir()
        thread = threading.Thread(target=two_windows_worker,
                                  args=(folder, random.randrange(1_000_000), failures, kills))
        threads.append(thread)
        thread.start()
    for thread in threads:
        thread.join(timeout=90)
    assert not failures, failures
    assert len(kills) == 6

"""Child process for test_recovery.py: one window of the app on one session file.

Usage: python two_windows_child.py <data dir> <file> <log file> hold|notes. Opens the file as a window
does (claims on the file and the session id). Prints "geweigerd" and stops when another window has the
file open; else prints "klaar <session id>". "hold" autosaves once and closes cleanly when a line comes on
stdin (prints "dicht"); "notes" adds a note every 50 ms (logged first, like recovery_child.py) and ticks
the Autosaver every 100 ms, until it is killed.
"""

import sys
import time
from pathlib import Path

from reflectiespel.core.base.problems import FileProblems
from reflectiespel.core.sessions.storage import Claims, open_in_window
from reflectiespel.core.sessions.autosave import Autosaver


def main() -> None:
    data_dir, path, log_name, mode = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]
    claims = Claims(data_dir)
    try:
        session, _ = open_in_window(path, claims)
    except FileProblems:
        print("geweigerd", flush=True)
        return
    saver = Autosaver(data_dir, delay=1.0)
    saver.changed(session)
    saver.flush()
    print(f"klaar {session.id}", flush=True)
    if mode == "hold":
        sys.stdin.readline()
        saver.discard(session)
        claims.release()
        print("dicht", flush=True)
        return
    log = open(log_name, "a", encoding="utf-8")
    step_id = session.steps[0].id
    next_tick = time.monotonic()
    while True:
        stamp = f"{time.time():.3f}"
        log.write(stamp + "\n")
        log.flush()
        session.add_note(step_id, stamp)
        saver.changed(session)
        if time.monotonic() >= next_tick:
            saver.tick()
            next_tick += 0.1
        time.sleep(0.05)


if __name__ == "__main__":
    main()

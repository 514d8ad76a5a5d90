"""Child process for test_recovery.py: a facilitator typing notes fast, with the autosave running.

Usage: python recovery_child.py <data dir> <log file>. Restores the session it finds there (as the app offers
after a crash) or starts a new one, prints "klaar", then adds a note every 50 ms whose text is its
creation time (also appended to the log file, so the test knows every note that was made), and ticks the Autosaver every 100 ms, until it is killed.
"""

import sys
import time
from pathlib import Path

from reflectiespel.core.sessions.session import Session
from reflectiespel.core.sessions.autosave import Autosaver, find_recoverable


def main() -> None:
    data_dir = Path(sys.argv[1])
    log = open(sys.argv[2], "a", encoding="utf-8")
    found = find_recoverable(data_dir)
    saver = Autosaver(data_dir, delay=1.0)
    if found:  # as the app does: continue in this window's own autosave, then drop the old one
        session = found[0].session
        saver.take_over(found[0])
    else:
        session = Session.empty("Herstelproef")
        session.add_step(title="Praten")
    step_id = session.steps[0].id
    print("klaar", flush=True)
    next_tick = time.monotonic()
    while True:
        stamp = f"{time.time():.3f}"
        log.write(stamp + "\n")
        log.flush()  # in the OS's hands: a SIGKILL does not lose it
        session.add_note(step_id, stamp)
        saver.changed(session)
        if time.monotonic() >= next_tick:
            saver.tick()
            next_tick += 0.1
        time.sleep(0.05)


if __name__ == "__main__":
    main()

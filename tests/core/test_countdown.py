from reflectiespel.core.sessions.countdown import Countdown


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_counts_down_pauses_and_warns_at_a_fifth():
    clock = Clock()
    timer = Countdown(300, clock)
    assert timer.text() == "5:00" and not timer.running
    timer.start()
    clock.now += 10
    assert timer.text() == "4:50"
    timer.pause()
    clock.now += 100  # paused: no time passes
    assert timer.text() == "4:50"
    timer.start()
    clock.now += 230
    assert timer.text() == "1:00" and timer.warning and not timer.finished
    clock.now += 61
    assert timer.finished and timer.text() == "-0:01" and not timer.warning


def test_plus_one_minute_and_reset():
    clock = Clock()
    timer = Countdown(60, clock)
    timer.start()
    clock.now += 59
    timer.add(60)
    assert timer.text() == "1:01" and not timer.warning
    timer.reset()
    assert timer.text() == "2:00" and not timer.running
    timer.reset(0)
    timer.start()
    assert not timer.running and not timer.finished  # a step without a timer

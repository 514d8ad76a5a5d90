"""A rehearsal: the clock ten times as fast, and afterwards how the time worked out per step. No Qt."""

from reflectiespel.core.sessions.countdown import Countdown
from reflectiespel.core.sessions.rehearsal import Rehearsal


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_a_countdown_runs_ten_times_as_fast_and_back_without_a_jump():
    clock = Clock()
    countdown = Countdown(10 * 60, clock)
    countdown.start()
    countdown.set_speed(10)
    clock.now += 30  # half a real minute is five minutes on the day
    assert countdown.text() == "5:00"
    countdown.set_speed(1)
    assert countdown.text() == "5:00" and countdown.running
    clock.now += 60
    assert countdown.text() == "4:00"


def test_the_report_says_the_total_what_ran_over_and_what_was_skipped():
    clock = Clock()
    rehearsal = Rehearsal(clock=clock)
    rehearsal.enter("s1", "Welkom", 5)
    clock.now += 24  # 4 minutes on the day
    rehearsal.enter("s2", "Kaarten", 15)
    clock.now += 120  # 20 minutes: five over
    rehearsal.enter("s1", "Welkom", 5)  # back to the first step for a moment
    clock.now += 6
    rehearsal.finish()
    assert [round(t.used) for t in rehearsal.times] == [5, 20]
    report = rehearsal.report(["Welkom", "Kaarten", "Afspraken"])
    assert report[0] == "Oefenronde: 25 van de 20 geplande minuten gebruikt."
    assert "'Kaarten' liep uit: 20 minuten in plaats van 15." in report
    assert not any("Welkom" in line for line in report[1:-1])
    assert report[-1] == "Niet geoefend: Afspraken."

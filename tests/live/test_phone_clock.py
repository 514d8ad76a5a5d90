"""The step's clock on phones (issue #29.5) in Debian's chromium: it counts down on the phone itself, says
when the time is up, and plays its soft tone only when the facilitator asked for it (off by default).
Also the clock's bookkeeping without a browser (live/phoneclock.py)."""

from __future__ import annotations

import os

import pytest

from reflectiespel.core.sessions.session import Session, Step
from reflectiespel.live.phoneclock import PhoneClock

from liveserving import chromium_missing, on_owner, serving


class FakeTime:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_phones_hear_of_a_start_a_pause_and_a_minute_more_not_of_every_tick():
    time = FakeTime()
    clock = PhoneClock(time)
    assert clock.update(300, 300, False, False)
    assert not clock.update(300, 300, False, False)
    assert clock.update(300, 300, True, False)  # start
    for _ in range(10):  # the window reports five times a second
        time.now += 0.2
        assert not clock.update(300, 300 - (time.now - 1000), True, False)
    assert clock.update(360, 358, True, False)  # a minute more
    assert clock.update(360, 358, True, True)  # the tone ticked on
    public = clock.public()
    time.now += 10
    assert clock.for_phone(public)["left"] == pytest.approx(348, abs=0.2)  # counted at the moment it is sent
    assert clock.for_phone({"total": 0}) is None  # a step without a clock: none on the phone


def test_a_rehearsal_runs_the_phones_clock_ten_times_as_fast():
    time = FakeTime()
    clock = PhoneClock(time)
    clock.update(300, 300, True, False, speed=10)
    time.now += 3
    assert clock.for_phone(clock.public())["left"] == pytest.approx(270, abs=0.5)


@pytest.mark.skipif(chromium_missing(), reason="Debian's chromium is not installed (.ci/run installs it)")
@pytest.mark.parametrize("sound", [False, True], ids=["tone off", "tone on"])
def test_the_phone_counts_down_says_the_time_is_up_and_plays_the_tone_only_when_asked(browser, sound):
    session = Session(title="Klok", steps=[Step(id="s-een", kind="free", title="Praten", minutes=1)])
    with serving(session) as (hub, server):
        context = browser.new_context(viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True)
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.goto(server.url)
        page.fill("#code", hub.room.code)
        page.fill("#name", "Ann")
        page.click("#join-button")  # a touch on the page: a browser lets it make sound from now on
        page.wait_for_selector("#room", state="visible")
        assert page.is_hidden("#clock")  # no clock told yet: none shown
        on_owner(hub, lambda: hub.set_clock(60, 60, False, sound))
        page.wait_for_selector("#clock", state="visible")
        page.wait_for_selector("#clock-status:has-text('De klok staat stil')")
        assert page.inner_text("#clock-time") == "1:00"
        on_owner(hub, lambda: hub.set_clock(60, 2.2, True, sound))
        page.wait_for_selector("#clock-time:has-text('0:0')")
        page.wait_for_selector("#clock.over", timeout=8000)
        assert page.inner_text("#clock-status") == "De tijd is om."
        page.wait_for_timeout(400)
        assert page.evaluate("window.phoneClock.rung") == (1 if sound else 0)
        assert page.get_attribute("#clock", "role") == "timer"
        if os.environ.get("REFLECTIESPEL_SHOTS") and sound:
            page.screenshot(path=os.path.join(os.environ["REFLECTIESPEL_SHOTS"], "clock-phone.png"))
        context.close()

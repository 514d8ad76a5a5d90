"""Two real screens, a laptop and a beamer, under a window manager, driven with real keys and clicks from
outside (xdotool): F5, typing a note while the room watches, Wissel scherm, the beamer's cable pulled out and
put back. Each test starts its own X server (Xorg with the dummy driver, two RandR monitors), openbox and the
console, and stops them all (realscreens.Room.close checks that nothing is left).

Needs Xorg, its dummy driver, openbox, xdotool and xprop (.ci/run installs them); skipped with the reason
where they are missing."""

import pytest
from realscreens import Room, inside, missing

LACKING = missing()
pytestmark = [pytest.mark.skipif(bool(LACKING), reason=f"no real X server with two monitors here: {LACKING}"),
              pytest.mark.slow]

BEAMER = ["BEAMER", 1366, 0, 1920, 1080]  # right of a 1366×768 laptop


@pytest.fixture
def room(data_dir):
    rooms = []

    def start(laptop: str = "1366x768", beamer: str = "1920x1080") -> Room:
        rooms.append(Room(laptop, beamer, data_dir))
        return rooms[-1]

    yield start
    for made in rooms:
        made.close()


def screen(state, name) -> list[int]:
    return next(s[1:] for s in state["screens"] if s[0] == name)


def console_has_the_keys(room: Room, state: dict) -> bool:
    """The console is the active window for Qt and the focused window for the X server."""
    return state["focus_window"] == "consoleWindowWindow" and room.focused_window() == state["console"]["id"]


def projection_on(name: str):
    return lambda s: (s["projection"] is not None and s["projection"]["visible"] and s["projection"]["fullscreen"]
                      and s["projection"]["screen"] == name and s["projection"]["geometry"] == screen(s, name))


def started(room: Room) -> dict:
    return room.wait_for(lambda s: s["console"]["visible"] and s["focus_window"] == "consoleWindowWindow",
                         message="the console did not get the keyboard when it opened")


def test_f5_puts_the_projection_on_the_beamer_and_every_key_after_it_still_acts_on_the_console(room):
    room = room()
    started(room)
    room.key("F5")
    state = room.wait_for(projection_on("BEAMER"), message="F5 did not put the projection full screen on the beamer")
    state = room.settled()  # the window manager has mapped the full-screen window by now
    assert console_has_the_keys(room, state), "the projection took the keyboard"
    assert state["projection"]["card"] == state["session"]["card"] == "Zo speel je"

    # a note while the room watches: "b" is a letter, not black
    room.key("ctrl+n")
    room.type("abc")
    room.key("Return")
    state = room.wait_for(lambda s: s["session"]["notes"] == ["abc"], message="the note was not typed in the console")
    assert not state["session"]["black"] and console_has_the_keys(room, state)

    # presenting keys after leaving the note field: next card, black and back, F5 again
    room.key("Escape", "Right")
    state = room.wait_for(lambda s: s["session"]["card"] != "Zo speel je", message="→ did not go to the next card")
    assert state["projection"]["card"] == state["session"]["card"]
    room.key("b")
    room.wait_for(lambda s: s["session"]["black"], message="B did not blacken the room's screen")
    room.key("b", "F5")
    state = room.settled()
    assert not state["session"]["black"] and projection_on("BEAMER")(state) and console_has_the_keys(room, state)

    # Ctrl+Shift+W still reaches the console: the projection goes to the laptop, the console to the beamer
    room.key("ctrl+shift+w")
    state = room.wait_for(projection_on("DUMMY0"), message="Ctrl+Shift+W did not reach the console")
    assert console_has_the_keys(room, room.settled())


def test_wissel_scherm_swaps_the_screens_with_the_button_and_with_ctrl_shift_w(room):
    room = room()
    state = started(room)
    laptop = screen(state, "DUMMY0")
    room.key("F5")
    state = room.wait_for(projection_on("BEAMER"))
    room.click(state["buttons"]["swap"])
    state = room.wait_for(lambda s: projection_on("DUMMY0")(s) and s["console"]["screen"] == "BEAMER",
                          message="the button did not swap the screens")
    state = room.settled()
    assert inside(state["console"]["frame"], BEAMER[1:]), "the console is not wholly on the beamer"
    assert console_has_the_keys(room, state)

    room.key("ctrl+shift+w")
    state = room.wait_for(lambda s: projection_on("BEAMER")(s) and s["console"]["screen"] == "DUMMY0",
                          message="Ctrl+Shift+W did not swap them back")
    state = room.settled()
    assert inside(state["console"]["frame"], laptop) and console_has_the_keys(room, state)


def test_pulling_the_beamer_cable_brings_the_projection_back_as_a_window_says_so_and_loses_nothing(room, tmp_path):
    room = room()
    state = started(room)
    laptop = screen(state, "DUMMY0")
    room.key("F5")
    room.wait_for(projection_on("BEAMER"))
    room.key("Right", "ctrl+n")
    room.type("half getypt")
    state = room.wait_for(lambda s: s["typing"] == "half getypt")
    card = state["session"]["card"]

    room.unplug()
    state = room.wait_for(lambda s: len(s["screens"]) == 1 and s["projection"]["visible"]
                          and not s["projection"]["fullscreen"] and s["banner"] is not None,
                          message="the projection did not come back as a window")
    state = room.settled()
    projection = state["projection"]
    assert inside(projection["frame"], laptop), "the projection window is not on the laptop's screen"
    assert projection["geometry"][2] < laptop[2] * 0.6, "the projection window covers the console"
    assert projection["card"] == card, "the projection lost its card"
    # said where the facilitator looks: at the top of the console, on the laptop's screen
    assert "De beamer is weg" in state["banner"]["text"] and inside(state["banner"]["rect"], laptop)
    assert inside(state["console"]["frame"], laptop)
    # nothing lost: the half-typed note is still in its field, the keys still belong to the console
    assert state["typing"] == "half getypt" and state["focus_widget"] == "noteField"
    assert console_has_the_keys(room, state)
    room.type(" en af")
    room.key("Return")
    state = room.wait_for(lambda s: s["session"]["notes"] == ["half getypt en af"])
    assert state["session"]["card"] == card
    room.shot(tmp_path / "unplugged")

    room.plug()
    state = room.wait_for(lambda s: len(s["screens"]) == 2 and s["banner"] is not None and s["banner"]["offer"],
                          message="plugging the beamer in again offered nothing")
    assert state["banner"]["offer"] == "Projectie naar de beamer (F5)"
    assert not state["projection"]["fullscreen"], "the projection went back before the facilitator said so"
    room.click(state["banner"]["button"])
    state = room.wait_for(projection_on("BEAMER"), message="the offer did not put the projection on the beamer")
    state = room.settled()
    assert console_has_the_keys(room, state) and state["banner"] is None
    assert state["projection"]["card"] == card and state["session"]["notes"] == ["half getypt en af"]


def test_a_console_on_the_beamer_comes_home_to_the_laptop_when_the_cable_is_pulled(room):
    room = room()
    state = started(room)
    laptop = screen(state, "DUMMY0")
    room.key("F5")
    room.wait_for(projection_on("BEAMER"))
    room.key("ctrl+shift+w")
    room.wait_for(lambda s: s["console"]["screen"] == "BEAMER" and projection_on("DUMMY0")(s))
    room.settled()
    room.unplug()
    state = room.wait_for(lambda s: len(s["screens"]) == 1 and s["banner"] is not None
                          and not s["projection"]["fullscreen"], message="nothing happened when the beamer went")
    state = room.settled()
    assert inside(state["console"]["frame"], laptop), "the console stayed where the beamer was"
    assert inside(state["projection"]["frame"], laptop)
    assert console_has_the_keys(room, state)


@pytest.mark.parametrize("laptop", ["1366x768", "1024x768"])
def test_the_console_opens_inside_the_laptop_screen_and_shows_the_room_nothing_before_f5(room, laptop):
    room = room(laptop)
    state = started(room)
    home = screen(state, "DUMMY0")
    assert home[2:] == [int(n) for n in laptop.split("x")]
    assert inside(state["console"]["frame"], home), f"the console runs off the {laptop} screen"
    assert inside(state["status"]["rect"], home), "the status bar is not on the screen"
    assert inside(state["notes_panel"], home), "the notes panel shows on the beamer"
    assert state["projection"] is None
    room.key("F5")
    state = room.wait_for(projection_on("BEAMER"))
    assert console_has_the_keys(room, room.settled())

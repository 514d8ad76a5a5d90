"""An assistive technology's view of the console (pyatspi, the system's Python), as Orca gets it: the labels
and the preview's description, then → pressed (xdotool, a real key to the focused window) and what the
console announced and renamed in the seconds after. Prints one JSON line."""

import json
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib


def walk(node, depth=0):
    if node is None or depth > 40:
        return
    yield node
    for i in range(node.childCount):
        yield from walk(node.getChildAtIndex(i), depth + 1)


def console_frame():
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        for i in range(app.childCount if app is not None else 0):
            frame = app.getChildAtIndex(i)
            if frame is not None and frame.name.startswith("reflectiespel-atspi-console"):
                return frame
    return None


def labels_of(frame):
    seen = {"found": True, "labels": [], "combos": [], "preview": None, "announcements": [], "renamed": []}
    for node in walk(frame):
        role = node.getRoleName()
        if role == "label" and node.name:
            seen["labels"].append(node.name)
        if role == "combo box":
            seen["combos"].append(node.name)
        if node.name == "Projectie" and node.description:
            seen["preview"] = node.description
    return seen


seconds = float(sys.argv[1])
deadline = time.time() + seconds
frame = None
while frame is None and time.time() < deadline:
    frame = console_frame()
    if frame is None:
        time.sleep(0.3)
if frame is None:
    print(json.dumps({"found": False}))
    sys.exit(1)
# the console is on the bus: read it once its labels say which card shows and the preview is described
seen = labels_of(frame)
while time.time() < deadline and not (seen["preview"] and any(label.startswith("Nu: ") for label in seen["labels"])):
    time.sleep(0.3)
    seen = labels_of(frame)


def heard(event):
    if event.type.startswith("object:announcement"):
        seen["announcements"].append(str(event.any_data))
    elif event.source is not None and event.source.getRoleName() == "label":
        seen["renamed"].append(event.source.name)


pyatspi.Registry.registerEventListener(heard, "object:announcement", "object:property-change:accessible-name")


def press():
    subprocess.run(["xdotool", "key", "Right"], check=False, timeout=30)
    return False


listening_until = time.time() + seconds
before = {label for label in seen["labels"] if label.startswith("Nu: ")}


def done_listening():
    """Stop once → was announced and the label renamed (a moment later, for the rest), or at the bound."""
    heard_all = seen["announcements"] and any(name.startswith("Nu: ") and name not in before
                                              for name in seen["renamed"])
    if heard_all or time.time() > listening_until:
        GLib.timeout_add(500 if heard_all else 0, lambda: pyatspi.Registry.stop() or False)
        return False
    return True


GLib.timeout_add(500, press)
GLib.timeout_add(200, done_listening)
pyatspi.Registry.start()
print(json.dumps(seen))

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


deadline = time.time() + float(sys.argv[1])
frame = None
while frame is None and time.time() < deadline:
    frame = console_frame()
    if frame is None:
        time.sleep(0.3)
if frame is None:
    print(json.dumps({"found": False}))
    sys.exit(1)
time.sleep(1)  # the first layout and paint

seen = {"found": True, "labels": [], "combos": [], "preview": None, "announcements": [], "renamed": []}
for node in walk(frame):
    role = node.getRoleName()
    if role == "label" and node.name:
        seen["labels"].append(node.name)
    if role == "combo box":
        seen["combos"].append(node.name)
    if node.name == "Projectie" and node.description:
        seen["preview"] = node.description


def heard(event):
    if event.type.startswith("object:announcement"):
        seen["announcements"].append(str(event.any_data))
    elif event.source is not None and event.source.getRoleName() == "label":
        seen["renamed"].append(event.source.name)


pyatspi.Registry.registerEventListener(heard, "object:announcement", "object:property-change:accessible-name")


def press():
    subprocess.run(["xdotool", "key", "Right"], check=False)
    return False


GLib.timeout_add(500, press)
GLib.timeout_add(4000, lambda: pyatspi.Registry.stop() or False)
pyatspi.Registry.start()
print(json.dumps(seen))

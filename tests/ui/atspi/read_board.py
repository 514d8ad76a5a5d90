"""An assistive technology's view (pyatspi, the system's Python): the board canvas and its children as JSON."""

import json
import sys
import time

import pyatspi


def find(node, role, depth=0):
    if node is None or depth > 30:
        return None
    if node.getRoleName() == role:
        return node
    for i in range(node.childCount):
        found = find(node.getChildAtIndex(i), role, depth + 1)
        if found is not None:
            return found
    return None


deadline = time.time() + float(sys.argv[1])
while time.time() < deadline:
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        canvas = find(desktop.getChildAtIndex(index), "canvas")
        if canvas is not None and canvas.childCount:
            children = [canvas.getChildAtIndex(i) for i in range(canvas.childCount)]
            print(json.dumps({"name": canvas.name, "items": [[c.getRoleName(), c.name] for c in children]}))
            sys.exit(0)
    time.sleep(0.3)
print(json.dumps({"name": None, "items": []}))
sys.exit(1)

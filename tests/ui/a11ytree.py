"""Walk a window's accessibility tree the way a screen reader does (QAccessible interfaces, not widgets)."""

from PySide6.QtGui import QAccessible

# Roles a screen reader does not stop at: structure, not controls
NOT_CONTROLS = {QAccessible.Role.Client, QAccessible.Role.Grouping, QAccessible.Role.Pane,
                QAccessible.Role.Window, QAccessible.Role.Dialog, QAccessible.Role.Separator,
                QAccessible.Role.ScrollBar, QAccessible.Role.Border, QAccessible.Role.Splitter,
                QAccessible.Role.Grip, QAccessible.Role.Indicator, QAccessible.Role.StatusBar}


def walk(interface, depth=0, limit=40):
    """Every interface under ``interface`` (itself included), depth first, in the order the tree gives them."""
    if interface is None or not interface.isValid() or depth > limit:
        return
    yield interface
    for i in range(interface.childCount()):
        yield from walk(interface.child(i), depth + 1, limit)


def describe(interface) -> str:
    if interface.object() is None and interface.parent() is not None:  # an item: say where it is
        return f"{interface.role().name} in " + describe(interface.parent())
    obj = interface.object()
    name = obj.objectName() if obj is not None else ""
    kind = type(obj).__name__ if obj is not None else "?"
    return f"{kind} '{name}' ({interface.role().name})"


def nameless_focusable(window) -> list[str]:
    """Focusable, visible controls in the window whose accessible name is empty, or that have no role."""
    found = []
    for interface in walk(QAccessible.queryAccessibleInterface(window)):
        state = interface.state()
        if not state.focusable or state.invisible or state.offscreen:
            continue
        if interface.role() == QAccessible.Role.NoRole:
            found.append(describe(interface) + ": no role")
        elif interface.role() not in NOT_CONTROLS and not interface.text(QAccessible.Text.Name).strip():
            found.append(describe(interface) + ": no name")
    return found


def focusable_count(window) -> int:
    return sum(1 for i in walk(QAccessible.queryAccessibleInterface(window))
               if i.state().focusable and not i.state().invisible)

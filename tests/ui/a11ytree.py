"""Walk a window's accessibility tree the way a screen reader does (QAccessible interfaces, not widgets)."""

import re

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


BUTTONS = {QAccessible.Role.PushButton, QAccessible.Role.CheckBox, QAccessible.Role.RadioButton,
           QAccessible.Role.ButtonMenu, QAccessible.Role.ButtonDropDown}
_KEYS = re.compile(r"\((?:[^()]*\b(?:Ctrl|Alt|Shift|Esc|F\d+)\b[^()]*|[A-Z])\)")  # "(Ctrl+P)", "(T)"


def _spoken(text: str) -> str:
    """Text as a speech-input user says it: no mnemonic, no key in brackets, no symbols, one case."""
    text = _KEYS.sub(" ", text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    words = re.findall(r"[\w'’+-]+", text.casefold())
    return " ".join(words)


def misnamed(window) -> list[str]:
    """Drop-downs named by their current value instead of their label (a screen reader then says
    'Tarot (70 × 120 mm), combo box' and never 'Maat'), and buttons whose name does not contain the words
    on them (WCAG 2.5.3 label in name: 'click Printen' must find the button that shows 'Printen…')."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox

    found = []
    for interface in walk(QAccessible.queryAccessibleInterface(window)):
        state, obj = interface.state(), interface.object()
        if state.invisible or state.offscreen or obj is None:
            continue
        name = interface.text(QAccessible.Text.Name).strip()
        if interface.role() == QAccessible.Role.ComboBox and isinstance(obj, QComboBox):
            value = obj.currentText().strip()
            if not name or (value and name == value and obj.accessibleName().strip() != value):
                found.append(f"{describe(interface)}: named by its value '{value}', not by its label")
        elif interface.role() in BUTTONS and isinstance(obj, QAbstractButton):
            # a tile's first line is its label, the lines under it describe it (its description says them)
            visible = _spoken(obj.text().split("\n")[0])
            if visible and f" {visible} " not in f" {_spoken(name)} ":  # whole words, in their order
                found.append(f"{describe(interface)}: name '{name}' lacks its text '{obj.text()}'")
    return found

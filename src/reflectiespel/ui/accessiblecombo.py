"""Drop-downs named by their label, for screen readers on every system.

On Linux Qt names a QComboBox by its current value ("Tarot (70 × 120 mm)") and leaves the label to an AT-SPI
relation; Orca then says the value and never "Maat". This interface names a drop-down by its accessible name
(or its label, where a QLabel has it as buddy), gives the current value as its value and, so that it is heard
too, at the start of its description. Its children are Qt's own: the list that opens and, when the
drop-down is editable, the field to type in.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QAccessible


@cache
def interface_class() -> type:
    """The interface class, made when the first drop-down is asked for one: not at start-up, where no
    drop-down shows (PySide builds QAccessibleWidget's type and a subclass in ~3 ms)."""
    from PySide6.QtWidgets import QAccessibleWidget, QComboBox

    class ComboAccessible(QAccessibleWidget):
        def __init__(self, combo: QComboBox):
            super().__init__(combo, QAccessible.Role.ComboBox)
            self.combo = combo

        def _value(self) -> str:
            edit = self.combo.lineEdit()
            return edit.text() if self.combo.isEditable() and edit is not None else self.combo.currentText()

        def text(self, kind: QAccessible.Text) -> str:
            if kind == QAccessible.Text.Name:
                return super().text(kind) or self._value()  # accessibleName, else a buddy label's text
            if kind == QAccessible.Text.Value:
                return self._value()
            if kind == QAccessible.Text.Description:
                value, more = self._value(), super().text(kind)
                return f"{value}. {more}" if value and more else value or more
            return super().text(kind)

        def _children(self) -> list:
            children = [self.combo.view()]
            if self.combo.isEditable() and self.combo.lineEdit() is not None:
                children.append(self.combo.lineEdit())
            return children

        def childCount(self) -> int:
            return len(self._children())

        def child(self, index: int):
            children = self._children()
            return QAccessible.queryAccessibleInterface(children[index]) if 0 <= index < len(children) else None

        def indexOfChild(self, child) -> int:
            target = child.object() if child is not None else None
            children = self._children()
            return children.index(target) if target in children else -1

    return ComboAccessible


def combo_factory(key: str, obj):
    if obj is not None and obj.inherits("QComboBox"):  # Qt's own check: no Python type needed for it
        return interface_class()(obj)
    return None


_installed = False


def install() -> None:
    """Once per process, after the QApplication exists (a factory installed before it is not used). The main
    window does it right after its first frame (PySide builds QAccessible's type in ~3 ms, and no drop-down
    shows before then); the console does it too, for whatever made its QApplication and for a session file
    opened before that first frame."""
    global _installed
    if not _installed:
        QAccessible.installFactory(combo_factory)
        _installed = True

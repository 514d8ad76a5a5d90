"""Contrast and focus: every text colour pair of both themes at least 4.5:1, the focus ring at least 3:1
and really drawn, the high-contrast theme chosen from the menu and remembered."""

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from reflectiespel.core.library import Library
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui import theme
from reflectiespel.ui.main_window import MainWindow


@pytest.fixture
def restore_style(qapp):
    style, pal = qapp.style().name(), qapp.palette()
    yield
    qapp.setStyle(style)
    qapp.setPalette(pal)


@pytest.mark.parametrize("name", ["standard", "high-contrast"])
def test_every_text_pair_reaches_4_5_to_1(name):
    palette = theme.palette(name)
    for text, background in theme.TEXT_PAIRS:
        ratio = theme.contrast(palette.color(text), palette.color(background))
        assert ratio >= 4.5, f"{name}: {text.name} on {background.name} is {ratio:.2f}:1"


@pytest.mark.parametrize("name", ["standard", "high-contrast"])
def test_the_focus_ring_stands_out_3_to_1(name):
    palette = theme.palette(name)
    for background in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        assert theme.contrast(theme.FOCUS[name], palette.color(background)) >= 3.0


def test_contrast_formula_matches_wcag():
    assert theme.contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert theme.contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


def _ring_pixels(widget) -> int:
    image: QImage = widget.grab().toImage()
    ring = theme.FOCUS[QApplication.instance().property("reflectiespel_theme") or "standard"]
    return sum(1 for x in range(image.width()) for y in (1, 2, image.height() // 2)
               if QColor(image.pixel(x, y)).name() == ring.name())


def test_the_focus_ring_is_drawn_around_a_button_and_a_field(qtbot, restore_style, qapp):
    theme.apply_theme(qapp, "standard")
    host = QWidget()
    layout = QVBoxLayout(host)
    button, field = QPushButton("Opslaan", host), QLineEdit(host)
    layout.addWidget(button)
    layout.addWidget(field)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    before = _ring_pixels(button)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    assert _ring_pixels(button) > before + 20
    qtbot.keyClick(button, Qt.Key.Key_Tab)
    assert field.hasFocus() and _ring_pixels(field) > 20


def test_high_contrast_from_the_menu_is_applied_and_remembered(qtbot, restore_style, qapp, data_dir):
    window = MainWindow(Library(builtin_decks_dir()).load(), data_dir=data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    menu = window.view_menu
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitExposed(menu)
    action = window.contrast_actions["high-contrast"]
    assert action.shortcut().toString() == "Ctrl+Alt+H"
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor("#000000")
    assert qapp.property("reflectiespel_theme") == "high-contrast"
    assert json.loads((data_dir / "settings.json").read_text())["contrast"] == "high-contrast"
    window.contrast_actions["standard"].trigger()
    assert qapp.palette().color(QPalette.ColorRole.Window) != QColor("#000000")


def test_system_choice_follows_the_contrast_preference(monkeypatch, restore_style, qapp):
    monkeypatch.setattr(theme, "system_wants_high_contrast", lambda: True)
    assert theme.apply_theme(qapp, "system") == "high-contrast"
    monkeypatch.setattr(theme, "system_wants_high_contrast", lambda: False)
    assert theme.apply_theme(qapp, "system") == "standard"

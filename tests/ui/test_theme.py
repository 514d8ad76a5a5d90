"""Contrast and focus: every text colour pair of both themes at least 4.5:1, the focus ring at least 3:1
and really drawn, the high-contrast theme chosen from the menu and remembered."""

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from reflectiespel.core.decks.library import Library
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


def test_a_padded_button_is_ringed_at_its_edge_not_around_its_text(qtbot, restore_style, qapp):
    """The start page's big buttons have a style sheet's padding: the ring went round the text, touching it."""
    theme.apply_theme(qapp, "standard")
    button = QPushButton("Kaartensets bekijken\nBekijk, projecteer en print de kaarten")
    button.setStyleSheet("QPushButton { text-align: left; padding: 14px; }")
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)
    before = _ring_pixels(button)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    assert _ring_pixels(button) > before + 2 * (button.width() - 20)  # rows 1 and 2: along the whole top edge


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


# --- coloured text: messages, timers, cards, tiles, the projection and the board ---------------------------

BACKGROUNDS = (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase)


@pytest.mark.parametrize("name", ["standard", "high-contrast"])
def test_coloured_text_of_both_themes_reaches_4_5_to_1(name):
    palette = theme.palette(name)
    for role, colour in theme.INK[name].items():
        for background in BACKGROUNDS:
            ratio = theme.contrast(QColor(colour), palette.color(background))
            assert ratio >= 4.5, f"{name}: {role} {colour} on {background.name} is {ratio:.2f}:1"


def test_a_message_follows_the_theme_when_it_changes(qtbot, restore_style, qapp):
    from PySide6.QtWidgets import QLabel

    theme.apply_theme(qapp, "standard")
    label = QLabel("Dit bestand bestaat niet")
    qtbot.addWidget(label)
    theme.set_ink(label, "error", "font-size: 14px;")
    assert theme.INK["standard"]["error"] in label.styleSheet() and "font-size: 14px" in label.styleSheet()
    theme.apply_theme(qapp, "high-contrast")
    assert theme.INK["high-contrast"]["error"] in label.styleSheet() and "font-size: 14px" in label.styleSheet()


def test_no_window_text_has_a_fixed_colour_without_its_own_background():
    """A colour written into a style sheet would be unreadable in the other theme (grey on black):
    text colours go through theme.set_ink, or come with their own background."""
    import re
    from pathlib import Path

    import reflectiespel.ui as ui

    found = []
    for path in Path(ui.__file__).parent.rglob("*.py"):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            style = lines[number - 2] + line if number > 1 else line  # a style sheet may take two lines
            if re.search(r"[^-]color:\s*#", line) and "background" not in style:
                found.append(f"{path.name}:{number}: {line.strip()}")
    assert found == []


def test_every_deck_card_and_category_colour_reads_at_4_5_to_1():
    """Category names in white on their band, questions in the darker category colour on paper, the back's
    text in white on the back colour: every deck the app ships, in every language."""
    from reflectiespel.ui.screencard import INK, PAPER

    library = Library(builtin_decks_dir()).load()
    decks = [entry.deck for entry in library.entries if entry.ok and entry.deck is not None]
    assert len(decks) >= 6
    white = QColor("#ffffff")
    assert theme.contrast(INK, PAPER) >= 4.5
    for deck in decks:
        for category in deck.categories:
            colour = QColor(category.colour)
            assert theme.contrast(white, colour) >= 4.5, (deck.id, category.name, category.colour)
            assert theme.contrast(colour.darker(140), PAPER) >= 4.5, (deck.id, category.name)
        assert theme.contrast(white, QColor(deck.back.colour)) >= 4.5, (deck.id, deck.back.colour)


def test_projection_tiles_and_board_text_colours():
    from reflectiespel.ui.session import projection

    room = projection.ROOM
    for colour in (projection.TEXT, projection.WARN, projection.LATE, QColor("#d0d0d0")):
        assert theme.contrast(colour, room) >= 4.5, colour.name()
    white = QColor("#ffffff")
    for text, background in (("#1d1d1f", white), ("#555555", white), ("#8c1d18", QColor("#fbeaea")),
                             ("#1d2733", white), ("#2b3540", white), ("#46535f", white)):
        assert theme.contrast(QColor(text), background) >= 4.5, text


def test_board_zone_text_reads_on_every_zone():
    from reflectiespel.core.board.boarddef import load_default_board

    zones = load_default_board().zones
    assert zones
    for zone in zones:
        for background in (QColor(zone.colour), QColor(zone.colour).darker(104)):
            for text in ("#1d2733", "#46535f"):  # zone names and their lines (ui/board/background.py)
                assert theme.contrast(QColor(text), background) >= 4.5, (zone.label, zone.colour, text)

"""The console on the screens facilitators have (1024×768 and 1366×768 laptops, a 1920×1080 screen),
and what the room reads on the beamer: sizes of letters, line breaks, a preview shaped like the beamer."""

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontInfo, QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.session import ActionItem, Session, Step
from reflectiespel.core.sessions.templates import default_templates, new_session_from_template
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.session.launcher import open_console
from reflectiespel.ui.screencard import CUT
from reflectiespel.ui.session.projection import ProjectionView
from reflectiespel.ui.session.controller import SessionController

from fitcheck import outside
from projecting import activate, project_at

SIZES = [(1024, 768), (1366, 768), (1920, 1080)]


@pytest.fixture(scope="module")
def library():
    return Library(builtin_decks_dir()).load()


def console_for(qtbot, library, data_dir, template_id: str, step: int):
    session = new_session_from_template(default_templates(data_dir).get(template_id), library)
    for name in ("Anna", "Bram", "Chris"):
        session.add_participant(name, "cultuur")
    window = open_console(session, library, data_dir)
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.controller.go_to(step)
    return window


def set_size(window, size) -> None:
    window.resize(*size)
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("template_id, step, kind", [
    ("zeven-verandertips", 1, "card"), ("praktijk-op-de-as", 1, "board"), ("praktijk-op-de-as", 3, "free"),
    ("kennismaken-waarde-van-welzijn", 1, "choose")])
def test_every_control_and_the_capture_panel_fit_the_window(qtbot, library, data_dir, tmp_path, size,
                                                             template_id, step, kind):
    window = console_for(qtbot, library, data_dir, template_id, step)
    set_size(window, size)
    assert (window.width(), window.height()) == size, "the console forces the window wider than the screen"
    tabs = window.tabs
    assert tabs.isVisible(), "the capture panel folded away"
    assert window.rect().contains(QRect(tabs.mapTo(window, QPoint(0, 0)), tabs.size()))
    assert tabs.width() >= 300
    assert outside(window) == []
    if kind == "board":
        assert window.board.isVisible() and window.board.view.width() >= 300
    else:
        preview = window.preview
        assert preview.isVisible() and preview.width() >= 288
    if size[0] >= 1366 or kind != "board":  # the five tab names show whole, no scroll arrows
        assert tabs.tabBar().sizeHint().width() <= tabs.width(), "the capture tabs are cut"
    window.grab().save(str(tmp_path / f"console-{kind}-{size[0]}.png"))
    window.controller.close_cleanly()


def test_side_panels_fold_and_the_board_takes_the_centre(qtbot, library, data_dir):
    window = console_for(qtbot, library, data_dir, "praktijk-op-de-as", 1)
    window.show()
    set_size(window, (1024, 768))
    assert not window.left.isVisible() and not window.agenda_toggle.isChecked()  # folded for the board
    before = window.board.view.width()
    qtbot.mouseClick(window.capture_toggle, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert not window.tabs.isVisible() and window.board.view.width() > before + 250
    qtbot.mouseClick(window.agenda_toggle, Qt.MouseButton.LeftButton)  # the agenda back, at 1024 px
    QApplication.processEvents()
    assert window.left.isVisible() and outside(window) == []
    qtbot.mouseClick(window.capture_toggle, Qt.MouseButton.LeftButton)  # no room for both: the agenda folds
    QApplication.processEvents()
    assert window.tabs.isVisible() and not window.left.isVisible() and outside(window) == []
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)  # step 3 is a board too
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)  # step 4 is not: the agenda returns
    QApplication.processEvents()
    assert window.controller.session.current_step == 3
    assert window.left.isVisible() and window.tabs.isVisible() and outside(window) == []
    window.controller.close_cleanly()


def _smallest_in_preview(preview) -> float:
    """The smallest letters the preview painted, in pixels on the console's screen."""
    preview.repaint()
    return min(px for role, px in preview.sizes.items() if role != CUT) * preview.width() / preview.canvas().width()


def test_on_a_1024_laptop_what_the_room_reads_is_also_shown_at_the_console_s_own_size(qtbot, library, data_dir):
    """#24: the preview is the projection made small, about 6-8 px letters on a 1024×768 laptop. Under it the
    console says the same words (step, instruction, the card's title, text and questions) in its own font,
    and follows the room (the next card, black); on a wide screen the preview itself is readable and
    takes the height."""
    window = console_for(qtbot, library, data_dir, "zeven-verandertips", 1)
    activate(qtbot, window)
    set_size(window, (1024, 768))
    preview, room = window.preview, window.room_text
    before = _smallest_in_preview(preview)
    assert before < 10  # the preview alone: what the facilitator had to read
    assert room.isVisible()
    own = QFontInfo(window.font()).pixelSize()
    after = min(QFontInfo(label.font()).pixelSize() for label in room.labels() if label.isVisible())
    assert after >= own >= 11 and after > before + 3
    words = " ".join(label.text() for label in room.labels() if label.isVisible())
    deck, card = window.controller.card()
    step = window.controller.step
    for text in [step.title, step.instruction, card.title, deck.card_text(card), *card.questions]:
        assert text in words
    assert room.geometry().top() >= window.preview_frame.geometry().bottom()  # under the preview, not on it
    assert outside(window) == []
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    deck, card = window.controller.card()
    assert card.title in room.title_label.text()
    qtbot.keyClick(window, Qt.Key.Key_B)  # the room goes black: the console says so
    assert window.controller.black and "Zwart" in room.title_label.text() and not room.body_label.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_B)
    set_size(window, (1920, 1080))
    qtbot.waitUntil(lambda: not room.isVisible())
    assert _smallest_in_preview(preview) >= own  # wide enough: the preview itself reads
    window.controller.close_cleanly()


def test_a_4_to_3_beamer_gives_the_preview_its_shape_and_nothing_is_cut_off(qtbot, library, data_dir):
    """The preview was placed for 16:9 and kept that shape when the room's screen turned out 4:3 (a
    1024×768 beamer): it painted the taller picture in the 16:9 box and the card's bottom was cut off."""
    window = console_for(qtbot, library, data_dir, "zeven-verandertips", 1)
    set_size(window, (1024, 768))
    preview = window.preview
    assert abs(preview.width() / preview.height() - 16 / 9) < 0.02
    project_at(qtbot, window, 1024, 768)
    qtbot.waitUntil(lambda: abs(preview.width() / preview.height() - 4 / 3) < 0.02)
    assert window.preview_frame.rect().contains(preview.geometry())
    qtbot.wait(100)
    assert window.room_text.isVisible()  # a preview this small still has the room's words under it
    window.stop_projection()  # the projection closed: the preview is 16:9 (1920×1080) again
    qtbot.waitUntil(lambda: abs(preview.width() / preview.height() - 16 / 9) < 0.02)
    window.controller.close_cleanly()


def _image(widget: QWidget, size: QSize) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32).scaled(
        size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_preview_is_the_beamer_made_small(qtbot, library, data_dir, size):
    window = console_for(qtbot, library, data_dir, "zeven-verandertips", 1)
    set_size(window, size)
    preview = window.preview
    assert abs(preview.width() / preview.height() - 16 / 9) < 0.02
    project_at(qtbot, window, 1920, 1080)
    beamer = window.projection.view
    assert beamer.size() == QSize(1920, 1080)
    preview.repaint()
    beamer.repaint()
    assert preview.lines == beamer.lines and preview.sizes == beamer.sizes  # same words on the same lines
    small = QSize(preview.width(), preview.height())
    a, b = _image(preview, small), _image(beamer, small)
    differing = sum(1 for y in range(0, small.height(), 3) for x in range(0, small.width(), 3)
                    if abs(a.pixelColor(x, y).lightness() - b.pixelColor(x, y).lightness()) > 60)
    assert differing / ((small.width() // 3) * (small.height() // 3)) < 0.03
    window.stop_projection()
    window.controller.close_cleanly()


def _projection(qtbot, library, data_dir, session, size) -> ProjectionView:
    controller = SessionController(session, library, data_dir)
    view = ProjectionView(controller)
    qtbot.addWidget(view)
    view.resize(*size)
    return view


def test_on_1080p_cards_use_the_width_and_letters_are_large(qtbot, library, data_dir):
    """Every card of every built-in deck: body text at least 36 px, questions at least 32 px."""
    small = []
    for deck in library.decks:
        session = Session.empty("Letters")
        session.add_step(Step(kind="cards", title="Alle kaarten", instruction="Lees de kaart voor.",
                              deck_id=deck.id, card_ids=[c.id for c in deck.play_cards]))
        session.go_to(0)
        view = _projection(qtbot, library, data_dir, session, (1920, 1080))
        for index, card in enumerate(deck.play_cards):
            session.go_to(0, index)
            view.grab()
            sizes = view.sizes
            if card.text and sizes.get("body", 0) < 36 or card.questions and sizes.get("question", 0) < 32:
                small.append(f"{deck.id}/{card.id}: {sizes}")
        view.controller.close_cleanly()
    assert small == []


def test_letters_scale_with_the_screen(qtbot, library, data_dir):
    deck = library.get("zeven-verandertips")
    session = Session.empty("Schaal")
    session.add_step(Step(kind="tips", title="Tip", instruction="Lees voor.", deck_id=deck.id,
                          card_ids=[deck.play_cards[0].id]))
    session.go_to(0)
    sizes = {}
    for size in ((1280, 720), (1920, 1080), (3840, 2160)):
        view = _projection(qtbot, library, data_dir, session, size)
        view.grab()
        sizes[size[1]] = dict(view.sizes)
        view.controller.close_cleanly()
    for role in ("body", "question", "instruction"):
        assert sizes[720][role] == pytest.approx(sizes[1080][role] * 720 / 1080, rel=0.08)
        assert sizes[2160][role] == pytest.approx(sizes[1080][role] * 2, rel=0.08)


def test_a_step_text_keeps_its_line_breaks(qtbot, library, data_dir):
    """Action items start on lines of their own, never running into the instruction."""
    session = Session.empty("Regels")
    session.add_step(Step(kind="free", title="Afspraken", instruction="Wie doet wat, en wanneer.", minutes=5))
    session.steps[0].actions.append(ActionItem(wat="Bibliotheek vragen om de zaal", wie="Anna", wanneer="vrijdag"))
    session.steps[0].actions.append(ActionItem(wat="Verslag rondsturen"))
    session.go_to(0)
    view = _projection(qtbot, library, data_dir, session, (1920, 1080))
    view.grab()
    lines = view.lines["body"]
    assert lines[0] == "Wie doet wat, en wanneer."
    assert "• Bibliotheek vragen om de zaal — Anna (vrijdag)" in lines
    assert "• Verslag rondsturen" in lines
    assert view.sizes["body"] >= 36
    view.controller.close_cleanly()

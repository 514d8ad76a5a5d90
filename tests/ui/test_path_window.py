"""'Pad van onze praktijk', driven as a trainer would: from the start page, sessions ticked in the dialog,
dots clicked, reasons read on hover, the perspective chosen with the keyboard, the room's projection, and the
path saved as PDF, PNG and workbook."""

import io
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QToolTip

from reflectiespel.core.board.boarddef import load_default_board
from reflectiespel.core.decks.library import Library
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.path.choose import ChooseSessions
from reflectiespel.ui.path.window import PathWindow

sys.path.insert(0, str(Path(__file__).parents[1] / "core"))
from test_path import year


@pytest.fixture
def files(tmp_path):
    return year(tmp_path)


@pytest.fixture
def window(qtbot, files):
    window = PathWindow(load_default_board("nl"))
    qtbot.addWidget(window)
    window.ask_sessions = lambda: files
    window.told = []
    window.tell = lambda title, text: window.told.append((title, text))
    window.resize(1180, 760)
    window.show()
    qtbot.waitExposed(window)
    qtbot.mouseClick(window.choose_button, Qt.MouseButton.LeftButton)
    return window


def centre_of(window, item) -> QPoint:
    return window.view.mapFromScene(item.scenePos())


def choir(window):
    return next(p for p in window.path.practices if "buurtkoor" in p.ids)


def test_the_start_page_button_opens_the_path_of_the_chosen_sessions(qtbot, tmp_path, files, monkeypatch):
    from reflectiespel.ui.main_window import MainWindow

    monkeypatch.setattr(PathWindow, "ask_sessions", lambda self: files)
    main = MainWindow(Library(builtin_decks_dir()).load(), tmp_path / "data")
    qtbot.addWidget(main)
    main.show()
    qtbot.mouseClick(main.start_page.path_button, Qt.MouseButton.LeftButton)
    opened = [w for w in main.windows if isinstance(w, PathWindow)]
    assert len(opened) == 1 and opened[0].isVisible()
    path = opened[0].path
    assert [s.title for s in path.sessions] == ["Voorjaar", "Summer", "Najaar", "Winter"]
    assert len(opened[0].scene.points) == 9  # the group's dots: the choir 4, the studio 4, the paper 1
    opened[0].close()


def test_the_menu_entry_is_there_with_its_shortcut(qtbot, tmp_path):
    from reflectiespel.ui.main_window import MainWindow

    main = MainWindow(Library(builtin_decks_dir()).load(), tmp_path / "data")
    qtbot.addWidget(main)
    action = next(a for a in main.file_menu.actions() if a.text() == "Pad van onze praktijk…")
    assert action.shortcut().toString() == "Ctrl+Shift+P"


def test_the_dialog_takes_ticked_recent_sessions_and_other_files(qtbot, files):
    dialog = ChooseSessions(files[:3], pick_files=lambda: [files[3]])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Home)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)  # tick the first
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)  # and the third
    qtbot.mouseClick(dialog.more, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.chosen() == [files[0], files[2], files[3]]


def test_each_practice_has_a_dot_per_session_and_arrows_between_them(window):
    group_points = {key: item for key, item in window.scene.points.items() if key[0] == choir(window).key}
    assert sorted(key[1] for key in group_points) == [1, 2, 3, 4]
    arrows = [a for key, a in window.scene.arrows if key == choir(window).key]
    assert len(arrows) == 3
    labels = [label.text.text() for key, label in window.scene.labels if key == choir(window).key]
    assert labels == ["2026-03-10", "2026-06-12", "2026-09-20", "Wijkkoor De Eik · 2026-12-01"]
    # dots stand where the sessions put them: left of the middle in March, right of it in December
    march, december = group_points[(choir(window).key, 1, "")], group_points[(choir(window).key, 4, "")]
    assert march.scenePos().x() < window.scene.sceneRect().center().x() < december.scenePos().x()


def test_clicking_a_dot_follows_that_practice_on_the_board_and_in_the_list(qtbot, window):
    studio = next(p for p in window.path.practices if "atelier" in p.ids)
    dot = window.scene.points[(studio.key, 2, "")]
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=centre_of(window, dot))
    assert window.scene.selected == studio.key
    assert window.practices.currentItem().text().endswith("Open atelier")
    others = [item for key, item in window.scene.points.items() if key[0] != studio.key]
    assert dot.opacity() == 1.0 and all(item.opacity() < 0.5 for item in others)


def test_hovering_a_dot_tells_where_it_stood_and_why(qtbot, window):
    dot = window.scene.points[(choir(window).key, 3, "")]
    qtbot.mouseMove(window.view.viewport(), centre_of(window, dot))
    qtbot.waitUntil(lambda: QToolTip.isVisible(), timeout=5000)
    text = QToolTip.text()
    assert "Wijkkoor De Eik (toen: Buurtkoor), sessie 3 (2026-09-20, Najaar)" in text
    assert "de groep: sociaal-artistiek samenwerken, sturing gedeeld" in text
    assert "Waarom: de bewoners sturen nu mee" in text
    QToolTip.hideText()


def test_hovering_an_arrow_tells_how_it_moved_and_why(qtbot, window):
    arrow = next(a for key, a in window.scene.arrows if key == choir(window).key
                 and "naar sessie 3" in a.toolTip())
    middle = window.view.mapFromScene(arrow.path().pointAtPercent(0.5))
    qtbot.mouseMove(window.view.viewport(), middle)
    qtbot.waitUntil(lambda: QToolTip.isVisible() and "naar sessie 3" in QToolTip.text(), timeout=5000)
    text = QToolTip.text()
    assert "meer naar kunst als doel, van sturing wisselt naar sturing gedeeld" in text
    assert "Waarom: de bewoners sturen nu mee" in text
    QToolTip.hideText()


def test_the_list_beside_the_board_has_every_place_and_reason_and_the_keys_walk_it(qtbot, window):
    rows = [window.practices.item(r).text() for r in range(window.practices.count())]
    assert rows[0] == "1  Wijkkoor De Eik  (eerder: Buurtkoor)"
    assert any("2026-03-10" in r and "“we begonnen bij de zorgvraag”" in r for r in rows)
    window.practices.setFocus()
    qtbot.keyClick(window.practices, Qt.Key.Key_Home)
    assert window.scene.selected == choir(window).key
    for _ in range(5):  # past the choir's four sessions, to the studio's own line
        qtbot.keyClick(window.practices, Qt.Key.Key_Down)
    assert window.scene.selected == next(p for p in window.path.practices if "atelier" in p.ids).key


def test_the_perspective_is_chosen_with_the_keyboard_and_filters_the_dots(qtbot, window):
    assert {key[2] for key in window.scene.points} == {""}
    window.perspective.setFocus()
    qtbot.keyClick(window.perspective, Qt.Key.Key_Down)  # de groep -> Anna
    assert window.perspective.currentText() == "Anna"
    assert sorted(key[1:] for key in window.scene.points) == [(1, "anna"), (2, "anna")]
    assert [window.practices.item(r).text() for r in range(window.practices.count())][0].endswith("Wijkkoor De Eik"
                                                                                                   "  (eerder: Buurtkoor)")
    qtbot.keyClick(window.perspective, Qt.Key.Key_End)  # alle perspectieven
    assert window.perspective.currentText() == "alle perspectieven"
    assert {key[2] for key in window.scene.points} == {"", "anna", "bram"}


def test_the_notes_say_the_other_language_the_renames_and_what_was_not_matched(window):
    notes = [window.notes.item(r).text() for r in range(window.notes.count())]
    assert "Sessie 2 (2026-06-12): gemaakt in het Engels; de namen en redenen staan er zoals ze toen zijn " \
           "ingetypt" in notes
    assert "'Buurtkoor' heet vanaf sessie 4 (2026-12-01) 'Wijkkoor De Eik'" in notes
    assert any(n.startswith("'Wijkkrant' staat alleen in sessie 3") for n in notes)


def test_the_projection_shows_the_same_path_and_follows_the_choices(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F5)
    projection = window.projection
    assert projection is not None and projection.isVisible()
    assert projection.scene.large and set(projection.scene.points) == set(window.scene.points)
    assert projection.title.text() == "Pad van onze praktijk: Team Noord  ·  de groep"
    dot = window.scene.points[(choir(window).key, 1, "")]
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=centre_of(window, dot))
    assert projection.scene.selected == choir(window).key
    window.perspective.setFocus()
    qtbot.keyClick(window.perspective, Qt.Key.Key_Down)
    assert {key[2] for key in projection.scene.points} == {"anna"}
    qtbot.keyClick(projection, Qt.Key.Key_Escape)
    assert window.projection is None and window.project_button.text() == "Projecteren (F5)"


def test_a_session_can_be_taken_out_of_the_path(qtbot, window):
    rect = window.session_list.visualItemRect(window.session_list.item(2))
    qtbot.mouseClick(window.session_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(window.remove_button, Qt.MouseButton.LeftButton)
    assert [s.title for s in window.path.sessions] == ["Voorjaar", "Summer", "Winter"]
    assert all(key[1] != 4 for key in window.scene.points)  # three sessions now


def test_a_damaged_file_is_named_and_the_others_stay(qtbot, window, files, tmp_path):
    broken = tmp_path / "kapot.reflectiespel"
    broken.write_text("{ dit is geen sessie", encoding="utf-8")
    window.ask_sessions = lambda: [broken]
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert len(window.told) == 1
    _title, text = window.told[0]
    assert "kapot.reflectiespel" in text and "niet veranderd" in text
    assert len(window.path.sessions) == 4
    assert broken.read_text(encoding="utf-8") == "{ dit is geen sessie"


def test_the_path_is_saved_as_pdf_png_and_workbook_by_its_buttons(qtbot, window, tmp_path):
    import openpyxl
    from pypdf import PdfReader

    targets = iter([tmp_path / "pad.pdf", tmp_path / "pad", tmp_path / "pad.xlsx"])
    window.ask_save_path = lambda caption, name, kind: next(targets)
    qtbot.mouseClick(window.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.png_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.xlsx_button, Qt.MouseButton.LeftButton)
    text = " ".join(PdfReader(tmp_path / "pad.pdf").pages[0].extract_text().split())
    assert "Wijkkoor De Eik" in text and "de bewoners sturen nu mee" in text
    image = QImage(str(tmp_path / "pad.png"))  # the suffix was added
    assert (image.width(), image.height()) == (1920, 1080)
    book = openpyxl.load_workbook(io.BytesIO((tmp_path / "pad.xlsx").read_bytes()))
    rows = list(book["pad"].iter_rows(values_only=True))
    assert rows[0][:4] == ("praktijk", "eerdere_namen", "perspectief", "sessie")
    assert ("Wijkkoor De Eik", "Buurtkoor", "de groep", 3) == rows[3][:4]
    assert window.status.text().startswith("Bewaard:")


def test_a_save_that_fails_says_so_and_leaves_the_old_file(qtbot, window, tmp_path):
    window.ask_save_path = lambda caption, name, kind: tmp_path / "bestaat-niet" / "pad.pdf"
    qtbot.mouseClick(window.pdf_button, Qt.MouseButton.LeftButton)
    assert window.told and "bestaat niet" in window.told[-1][1]
    assert not (tmp_path / "bestaat-niet").exists()


def test_without_sessions_the_window_says_what_to_do_and_saves_nothing(qtbot):
    window = PathWindow(load_default_board("nl"))
    qtbot.addWidget(window)
    window.ask_sessions = lambda: []
    window.show()
    qtbot.mouseClick(window.choose_button, Qt.MouseButton.LeftButton)
    assert "Kies twee of meer sessies" in window.status.text()
    assert not window.pdf_button.isEnabled() and not window.scene.points
    QApplication.processEvents()


def test_a_screen_reader_finds_every_control_named_in_the_window_and_the_dialog(qtbot, window, files):
    from a11ytree import focusable_count, misnamed, nameless_focusable

    assert focusable_count(window) >= 9
    assert not nameless_focusable(window) + misnamed(window)
    dialog = ChooseSessions(files)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not nameless_focusable(dialog) + misnamed(dialog)


def test_in_english_the_window_its_notes_and_its_words_for_places_are_english(qtbot, qapp, files):
    from reflectiespel.core.base import i18n
    from reflectiespel.ui.translators import install_translators

    install_translators(qapp, "en")
    i18n.set_language("en")
    try:
        window = PathWindow(load_default_board("en"))
        qtbot.addWidget(window)
        window.ask_sessions = lambda: files
        window.show()
        qtbot.mouseClick(window.choose_button, Qt.MouseButton.LeftButton)
        assert window.choose_button.text() == "Choose sessions…" and window.perspective.currentText() == "the group"
        assert window.project_button.text() == "Project (F5)"
        notes = [window.notes.item(r).text() for r in range(window.notes.count())]
        # the path is read in English now: the Dutch sessions are the ones in the other language
        assert "Session 1 (2026-03-10): made in Dutch; the names and reasons are shown as they were typed then" in notes
        assert "'Buurtkoor' is called 'Wijkkoor De Eik' from session 4 (2026-12-01) on" in notes
        rows = [window.practices.item(r).text() for r in range(window.practices.count())]
        assert rows[0] == "1  Wijkkoor De Eik  (earlier: Buurtkoor)"
        assert any("the group: between art as a means and social-artistic collaboration" in r for r in rows)
    finally:
        install_translators(qapp, "nl")
        i18n.set_language("nl")


def test_a_practice_that_stayed_has_one_label_with_both_dates_and_no_arrow(window):
    studio = next(p for p in window.path.practices if "atelier" in p.ids)
    labels = [label.text.text() for key, label in window.scene.labels if key == studio.key]
    assert labels == ["2026-03-10", "2026-06-12", "Open atelier · 2026-09-20, 2026-12-01"]
    assert len([a for key, a in window.scene.arrows if key == studio.key]) == 2


def test_a_practice_typed_anew_under_another_name_is_joined_with_the_button(qtbot, window, tmp_path):
    from datetime import date

    from reflectiespel.core.sessions.storage import save_session
    from test_path import meeting

    later = save_session(meeting("Voorjaar 2027", date(2027, 3, 1), [("krant", "De Wijkkrant", {"": (0.3, 0.2)})]),
                         tmp_path / "e-voorjaar-2027")
    window.ask_sessions = lambda: [later]
    qtbot.mouseClick(window.choose_button, Qt.MouseButton.LeftButton)
    paper = next(p for p in window.path.practices if p.name == "De Wijkkrant")
    assert paper.sessions == [5]
    asked = []
    window.ask_join = lambda name, others: asked.append((name, others)) or "Wijkkrant"
    window.select_practice(paper.key)
    qtbot.mouseClick(window.join_button, Qt.MouseButton.LeftButton)
    # offered: the practices that never stand in a session together with it (none is in session 5)
    assert asked == [("De Wijkkrant", ["Wijkkoor De Eik", "Open atelier", "Wijkkrant"])]
    joined = next(p for p in window.path.practices if p.name == "De Wijkkrant")
    assert joined.sessions == [3, 5] and joined.former_names == ["Wijkkrant"]
    notes = [window.notes.item(r).text() for r in range(window.notes.count())]
    assert "'Wijkkrant' heet vanaf sessie 5 (2027-03-01) 'De Wijkkrant' (met de hand gekoppeld)" in notes
    assert len([a for key, a in window.scene.arrows if key == joined.key]) == 1
    qtbot.mouseClick(window.unjoin_button, Qt.MouseButton.LeftButton)
    assert [p.sessions for p in window.path.practices if "rant" in p.name] == [[3], [5]]

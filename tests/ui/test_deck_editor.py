"""The deck editor: a copy of a built-in deck, edits with a live preview, undo, reorder, pictures, save."""

import os
import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from reflectiespel.core.decks.decks import load_deck
from reflectiespel.core.decks.library import Library
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.main_window import MainWindow

BUILTIN = builtin_decks_dir() / "grensobjecten.yaml"


@pytest.fixture
def editor(qtbot, data_dir):
    window = MainWindow(Library(builtin_decks_dir(), data_dir / "decks").load(), data_dir=data_dir)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.open_deck("grensobjecten")
    before = BUILTIN.read_bytes()
    qtbot.mouseClick(window.deck_page.edit_button, Qt.MouseButton.LeftButton)
    editor = next(w for w in window.windows if w.objectName() == "deckEditor")
    qtbot.addWidget(editor)
    qtbot.waitExposed(editor)
    editor.window_ = window
    # pytest-qt closes the windows after the test: answer the save question there without a dialog
    editor.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    yield editor
    assert BUILTIN.read_bytes() == before  # built-in decks stay read-only


def _type(qtbot, widget, text: str, replace: bool = True) -> None:
    widget.setFocus()
    if replace:
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def test_edit_copies_a_built_in_deck_into_the_users_folder(editor, data_dir):
    assert editor.path.parent == data_dir / "decks"
    assert editor.deck.id == "grensobjecten-eigen" and "eigen versie" in editor.deck.title
    assert load_deck(editor.path).id == "grensobjecten-eigen"
    assert editor.window_.library.entry("grensobjecten-eigen") is not None


def test_typing_a_title_updates_the_preview_and_undo_takes_it_back(editor, qtbot):
    title = editor.card_form.fields["title"]
    old = editor.deck.cards[0].title
    _type(qtbot, title, "Onze buurtkaart")
    assert editor.front.card.title == "Onze buurtkaart"
    assert editor.cards.item(0).text() == "1. Onze buurtkaart"
    assert editor.stack.count() == 1  # typing in one field is one step
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # in the field: the editor's undo
    assert editor.deck.cards[0].title == old and title.text() == old
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.deck.cards[0].title == "Onze buurtkaart"


def test_an_invalid_value_shows_its_problem_and_blocks_saving(editor, qtbot):
    title = editor.card_form.fields["title"]
    _type(qtbot, title, "X")
    assert editor.save_action.isEnabled()
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_Backspace)
    problem = editor.card_form.problems["title"]
    assert problem.isVisible() and "leeg" in problem.text()
    assert not editor.save_action.isEnabled() and "los eerst" in editor.state.text()
    assert editor.deck.cards[0].title == "X"  # the deck keeps its last valid state
    qtbot.keyClicks(title, "Y")
    assert not problem.isVisible() and editor.save_action.isEnabled()


def test_reorder_add_remove_and_save(editor, qtbot):
    first, second = editor.deck.cards[0].id, editor.deck.cards[1].id
    qtbot.mouseClick(editor.findChild(QPushButton, "cardDown"), Qt.MouseButton.LeftButton)
    assert [c.id for c in editor.deck.cards[:2]] == [second, first] and editor.cards.currentRow() == 1
    count = len(editor.deck.cards)
    qtbot.mouseClick(editor.findChild(QPushButton, "addCard"), Qt.MouseButton.LeftButton)
    assert len(editor.deck.cards) == count + 1
    qtbot.keyClicks(editor.card_form.fields["title"], "Eigen kaart")
    questions = editor.card_form.fields["questions"]
    questions.setFocus()
    qtbot.keyClick(questions, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(questions, Qt.Key.Key_Return)
    qtbot.keyClicks(questions, "Hoe maken we dit samen?")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = load_deck(editor.path)
    assert [c.id for c in saved.cards[:2]] == [second, first]
    added = saved.cards[2]
    assert added.title == "Eigen kaart"  # the new card's title is selected: typing replaces it
    assert "Hoe maken we dit samen?" in added.questions
    assert editor.state.text() == "Opgeslagen." and editor.path.read_text().startswith("#")


def test_a_crowded_card_warns_before_printing(editor, qtbot):
    text = editor.card_form.fields["text"]
    _type(qtbot, text, "Kort.")
    for field in ("questions", "assignment"):
        _type(qtbot, editor.card_form.fields[field], "Wat zie je?" if field == "questions" else "")
    assert editor.deck.cards[0].assignment is None  # an emptied field means: no assignment
    assert not editor.warning.isVisible()
    from PySide6.QtWidgets import QApplication

    QApplication.clipboard().setText(" Nog veel meer tekst om te laten zien hoe vol een kaart kan worden." * 30)
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # paste a long text
    assert editor.warning.isVisible() and editor.deck.default_size in editor.warning.text()


def test_the_print_size_check_measures_like_the_pdf():
    from reflectiespel.core.decks.library import Library as Lib
    from reflectiespel.pdf.readable import PRINT_FLOOR, smallest_print_size

    deck = Lib(builtin_decks_dir()).load().get("grensobjecten")
    card = deck.play_cards[0]
    short = card.model_copy(update={"text": "Kort.", "questions": ["Wat zie je?"], "assignment": None})
    long = card.model_copy(update={"text": "Heel veel woorden achter elkaar. " * 12})
    assert smallest_print_size(deck, short, "poker")[0] >= PRINT_FLOOR
    size, fits = smallest_print_size(deck, long, "poker")
    assert size < PRINT_FLOOR
    assert smallest_print_size(deck, long, "a6")[0] > size  # a bigger card leaves room for bigger text


def _png(path: Path) -> None:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + b"\x00\x80\xff" * 8 for _ in range(8))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def test_a_picture_is_copied_into_the_deck_folder(editor, qtbot, tmp_path, monkeypatch):
    from reflectiespel.ui.editor import window as editor_window

    picture = tmp_path / "buurt.png"
    _png(picture)
    monkeypatch.setattr(editor_window.QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(picture), "")))
    qtbot.mouseClick(editor.card_form.picture_button, Qt.MouseButton.LeftButton)
    image = editor.deck.cards[0].image
    assert image == "grensobjecten-eigen-plaatjes/buurt.png"
    assert (editor.folder / image).read_bytes() == picture.read_bytes()
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert load_deck(editor.path).cards[0].image == image


def test_print_and_view_from_the_editor(editor, qtbot):
    with qtbot.waitSignal(editor.view_requested, timeout=2000):
        editor.findChild(type(editor.save_action), "editorView").trigger()
    assert editor.window_.pages.currentWidget() is editor.window_.deck_page
    assert editor.window_.deck_page.cursor.deck.id == "grensobjecten-eigen"


def test_marking_a_card_as_about_work_under_way_is_saved(editor, qtbot):
    """A trainer marks a card that asks about work already under way, so a route for a new team skips it."""
    editor.cards.setCurrentRow(0)
    box = editor.card_form.fields["underway"]
    was = editor.deck.cards[0].underway
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert editor.deck.cards[0].underway is (not was)
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert load_deck(editor.path).cards[0].underway is (not was)



def test_a_card_dropped_lower_in_the_list_moves_and_undo_puts_it_back(editor, qtbot):
    """Reorder by drag: on a drop Qt moves the row in the list's model (InternalMove). The offscreen
    platform cannot run a real drag (QDrag.exec returns at once), so the test moves the row the way the
    drop does, and checks that the deck, the list, the saved file and undo follow."""
    view = editor.cards
    ids = [c.id for c in editor.deck.cards]
    assert view.dragDropMode() == view.DragDropMode.InternalMove and view.dragEnabled()
    view.model().moveRow(view.rootIndex(), 0, view.rootIndex(), 3)  # dropped before the fourth row
    assert [c.id for c in editor.deck.cards][:3] == [ids[1], ids[2], ids[0]]
    assert editor.deck.cards[2].title in view.item(2).text()
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [c.id for c in load_deck(editor.path).cards][:3] == [ids[1], ids[2], ids[0]]
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [c.id for c in editor.deck.cards] == ids
    assert editor.deck.cards[0].title in view.item(0).text()


def test_a_category_symbol_chosen_in_the_table_is_saved_shown_and_undone(editor, qtbot):
    from reflectiespel.core.decks.sheets import deck_from_rows, rows_from_deck

    combo = editor.categories.symbol_choice(1)
    assert combo.currentData() == ""  # the default: the shape for the second place
    assert "vierkant" in combo.currentText()
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the last shape: ring
    assert editor.deck.categories[1].symbol == "ring"
    assert editor.deck.symbol(editor.deck.categories[1].id) == "ring"
    editor.save()
    saved = load_deck(editor.path)
    assert saved.categories[1].symbol == "ring" and saved.categories[0].symbol is None
    rows, _header = rows_from_deck(saved)  # and a spreadsheet round trip keeps it
    assert deck_from_rows(rows, "terug.csv").categories[1].symbol == "ring"
    editor.stack.undo()
    assert editor.deck.categories[1].symbol is None
    assert editor.categories.symbol_choice(1).currentData() == ""


def test_the_card_viewer_shows_what_the_editor_saved_on_the_same_card(editor, qtbot):
    window = editor.window_
    page = window.deck_page
    page.next()  # the viewer is on the second card
    second = page.cursor.card.id
    editor.cards.setCurrentRow(1)
    assert editor.deck.cards[1].id == second
    _type(qtbot, editor.card_form.fields["title"], "Onze eigen wijkkaart")
    qtbot.keyClick(editor.card_form.fields["title"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.cursor.card.id == second and page.view.card.title == "Onze eigen wijkkaart"
    assert page.cursor.deck.id == editor.deck.id and page.title.text() == editor.deck.title


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="links are a POSIX thing here")
def test_kies_plaatje_refuses_a_link_and_a_file_that_is_no_picture(editor, qtbot, tmp_path, monkeypatch):
    """#22: the editor's picture field follows the import's rule: no links, a PNG or JPEG by content."""
    from reflectiespel.ui.editor import window as editor_window

    secret = tmp_path / "passwd"
    secret.write_text("root:x:0:0\n")
    link = tmp_path / "foto.png"
    os.symlink(secret, link)
    text = tmp_path / "tekst.png"
    text.write_text("geen plaatje\n")
    chosen = {}
    monkeypatch.setattr(editor_window.QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(chosen["path"]), "")))
    before = editor.deck.cards[0].image
    for path, expected in ((link, "'foto.png' is een snelkoppeling (symbolische link)"),
                           (text, "'tekst.png' is geen plaatje (PNG of JPEG)")):
        chosen["path"] = path
        qtbot.mouseClick(editor.card_form.picture_button, Qt.MouseButton.LeftButton)
        assert expected in editor.statusBar().currentMessage()
        assert editor.deck.cards[0].image == before
        assert not (editor.folder / f"{editor.deck.id}-plaatjes" / path.name).exists()

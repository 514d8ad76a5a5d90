"""The whole interface, walked in each language: in English no Dutch word on any label, button, menu, tab,
tooltip or accessible name, in Dutch no English one; Qt's own dialogs (message boxes, the file dialog)
included. Texts that come from content (decks, werkvormen, routes, the board) or that the user typed
are taken out first: those are in the language their author wrote them in."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QFileDialog,
                               QGroupBox, QLabel, QLineEdit, QListWidget, QMenu, QMessageBox, QPlainTextEdit,
                               QTableView, QTabBar, QTabWidget, QTextEdit, QTreeView, QWidget)

from reflectiespel.core.base import i18n
from reflectiespel.core.board.boarddef import load_default_board
from reflectiespel.core.decks.library import Library
from reflectiespel.core.routes.routes import load_routes
from reflectiespel.core.sessions.templates import default_templates
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.translators import install_translators
from reflectiespel.ui.main_window import MainWindow

# Words that only one of the two languages uses (whole words, lower case). Words both share ("open", "start",
# "help", "code", "status", "agenda", "in", "is", "of" as Dutch "or", "OK") are not in either list.
DUTCH = set("""de het een van niet naar voor met zonder je jij jullie wij kaart kaarten kaartenset kaartensets
sessie sessies opslaan bewaren openen sluiten nieuwe nieuw terug volgende vorige stap stappen stemmen
deelnemer deelnemers printen afdrukken bestand bestanden annuleren verwerpen ja nee taal bekijken bewerken
kies wat wie wanneer alle klok notities notitie afspraken titel tekst uitleg begeleider datum groep welkom
samen zoeken naam toevoegen verwijderen weghalen kleur soort leeg geen ongedaan opnieuw maken doen zijn
wordt kan moet heeft hebben dit deze dat ook nog en op om bij uit aan als hier waar hoe elke iedereen
bord praktijk praktijken achterkant voorkant categorie categorieën vel vellen pagina klaar verder tijd
beeld bestandsnaam map""".split()) - {"map"}
ENGLISH = set("""the and to card cards deck decks session sessions save close cancel discard yes no new back
next previous step steps votes file files edit view language choose with without what who when all
clock notes title text apply delete remove add show hide undo redo quit about participants agreements
your you look name names folder size date modified create detail list forward parent this that
board practice practices front category categories sheet sheets page done time continue""".split())

WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
TAG = re.compile(r"<[^>]+>")
KEYS = re.compile(r"\b(?:Ctrl|Shift|Alt|Delete|Del|Backspace|Enter|Return|Esc|Escape|Tab|Home|End|PgUp|PgDown|"
                  r"Space|F\d{1,2})\b")  # key names are the same on Dutch and English keyboards
PATH = re.compile(r"(?:[A-Za-z]:)?(?:[/\\][^\s/\\:;,)]+)+[/\\]?")


def content_strings(data_dir: Path) -> list[str]:
    """Every string in the built-in decks, werkvormen, routes and boards, in both languages, longest first."""
    found: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            if len(value.strip()) >= 2:
                found.add(value.strip())
                found.update(line.strip() for line in value.splitlines() if len(line.strip()) >= 2)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)
        elif hasattr(value, "model_dump"):
            walk(value.model_dump())

    library = Library(builtin_decks_dir()).load()
    for entry in library.entries:
        walk(entry.deck)
        if entry.deck is not None:
            walk(entry.deck.sources)
            walk(entry.deck.source_lines())
    for entry in default_templates(data_dir).entries:
        walk(entry.template)
    for entry in load_routes(library):
        walk(getattr(entry, "route", None))
    for language in ("nl", "en"):
        walk(load_default_board(language))
    from reflectiespel.core.decks.sheets import TEMPLATE_ROWS

    walk(TEMPLATE_ROWS)
    return sorted(found, key=len, reverse=True)


def known_pattern(strings: list[str]) -> re.Pattern:
    """Any of ``strings`` as a whole (not 'en' inside 'Open'), longest first."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in strings) + r")(?!\w)")


def widget_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a user can see or hear on ``root`` and its children."""
    out: list[tuple[str, str]] = []

    def add(widget, kind, text):
        if text:
            out.append((f"{type(widget).__name__}#{widget.objectName()}.{kind}", text))

    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if w.isWindow():
            add(w, "windowTitle", w.windowTitle())
        add(w, "accessibleName", w.accessibleName())
        add(w, "accessibleDescription", w.accessibleDescription())
        add(w, "toolTip", w.toolTip())
        add(w, "statusTip", w.statusTip())
        if isinstance(w, QLabel):
            add(w, "text", w.text())
        elif isinstance(w, QAbstractButton):
            add(w, "text", w.text())
        elif isinstance(w, QLineEdit):
            add(w, "placeholder", w.placeholderText())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            add(w, "placeholder", w.placeholderText())
        elif isinstance(w, QGroupBox):
            add(w, "title", w.title())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, f"item{i}", w.itemText(i))
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w, f"tab{i}", w.tabText(i))
                add(w, f"tabToolTip{i}", w.tabToolTip(i))
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                add(w, f"tab{i}", w.tabText(i))
        if isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
            model = w.model()
            for section in range(model.columnCount(QModelIndex())):
                add(w, f"header{section}", str(model.headerData(section, Qt.Orientation.Horizontal) or ""))
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                add(w, f"row{i}", w.item(i).text())
        for action in w.actions():
            add(w, f"action:{action.objectName()}", action.text())
            add(w, f"actionTip:{action.objectName()}", action.toolTip() if action.toolTip() != action.text()
                .replace("&", "") else "")
            if action.menu() is not None:
                menu = action.menu()
                add(menu, "title", menu.title())
                for sub in menu.actions():
                    add(menu, f"action:{sub.objectName()}", sub.text())
        if isinstance(w, QMenu):
            add(w, "title", w.title())
    return out


class Walk:
    def __init__(self, language: str, content: list[str], typed: list[str]):
        self.language, self.content = language, content
        self.known = known_pattern(sorted({*typed, *content, "Nederlands", "English", "Reflectiespel",
                                           "reflectiespel"}, key=len, reverse=True))
        self.seen: dict[str, int] = {}
        self.wrong: list[str] = []

    def check(self, name: str, root: QWidget) -> None:
        QApplication.processEvents()
        texts = widget_texts(root)
        assert texts, name
        self.seen[name] = len(texts)
        unwanted = DUTCH if self.language == "en" else ENGLISH
        for where, text in texts:
            plain = self.known.sub(" ", self.unelided(text))  # content as it is, before mnemonics ('&') go
            plain = TAG.sub(" ", plain).replace("&&", "").replace("&", "")
            plain = self.known.sub(" ", KEYS.sub(" ", PATH.sub(" ", plain)))
            words = {w.lower() for w in WORD.findall(plain)}
            if words & unwanted:
                self.wrong.append(f"{name}: {where}: {text!r} ({', '.join(sorted(words & unwanted))})")

    def unelided(self, text: str) -> str:
        """'Source: De Groot et al. (2…': the elided end of a content string goes as the whole would."""
        if not text.endswith("…"):
            return text
        body = text[:-1]
        for start in (m.start() for m in re.finditer(r"(?<!\w)\w", body)):
            if len(body) - start >= 12 and any(c.startswith(body[start:]) for c in self.content):
                return body[:start]
        return text

    def check_next_dialog(self, name: str, trigger, close=lambda box: box.reject()) -> None:
        """Trigger something that opens a modal dialog; check the dialog while it is open, then close it."""
        seen = []

        def look():
            box = QApplication.activeModalWidget()
            if box is None:
                QTimer.singleShot(20, look)
                return
            self.check(name, box)
            seen.append(box)
            close(box)

        QTimer.singleShot(0, look)
        trigger()
        assert seen, name


@pytest.fixture(params=["en", "nl"])
def language(request, qapp):
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "nl")


def test_every_window_speaks_one_language(qtbot, language, data_dir, tmp_path, monkeypatch):
    monkeypatch.setenv(i18n.LANG_VARIABLE, language)
    typed = ["Walkthrough", "Anna", "Bram", "Ede", "'kaarten'"]  # the last: the sheet's name in the template
    walk = Walk(language, content_strings(data_dir), typed)

    main = MainWindow(Library(builtin_decks_dir(), data_dir / "decks").load(), data_dir=data_dir)
    qtbot.addWidget(main)
    main.show()
    walk.check("start page and menus", main)
    main.show_library()
    walk.check("library", main)
    deck_id = main.library.shown_entries[0].id
    main.open_deck(deck_id)
    walk.check("card viewer", main)
    walk.check_next_dialog("about box", main.show_about)

    from reflectiespel.ui.printdialog import PrintDialog

    printing = PrintDialog(main.library, deck_id, main)
    qtbot.addWidget(printing)
    printing.show()
    walk.check("print dialog", printing)
    printing.close()

    # Qt's own dialogs: a question with Yes/No, the file dialog's buttons and labels
    walk.check_next_dialog("yes/no question", lambda: main.ask("x", "y"))
    files = QFileDialog(main, "x")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(files)
    files.show()
    walk.check("file dialog", files)
    files.close()

    template = tmp_path / "blad.xlsx"
    main.save_template(template)
    walk.check_next_dialog("import dialog", lambda: main.import_deck(template))

    editor = main.edit_deck(deck_id)  # deletes itself on close
    walk.check("deck editor", editor)
    walk.check("deck editor: save question", editor.save_question())
    editor.stack.setClean()
    editor.close()

    from reflectiespel.ui.session.newsession import NewSessionDialog

    dialog = NewSessionDialog(default_templates(data_dir), main.library, main)
    qtbot.addWidget(dialog)
    dialog.show()
    walk.check("new-session dialog", dialog)
    dialog.title.setText("Walkthrough")
    dialog.place.setText("Ede")
    dialog.people.setPlainText("Anna, cultuur\nBram, zorg")
    dialog.accept()
    assert dialog.session is not None and dialog.session.language == language
    console = main.start_console(dialog.session)
    console.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(console)
    for step in range(len(console.controller.session.steps)):
        console.controller.go_to(step)
        walk.check(f"console, step {step + 1}", console)
    walk.check("console: save question", console.save_question())
    console.start_projection()
    assert console.projection is not None
    walk.check("projection", console.projection)
    console.stop_projection()
    console.close()

    from reflectiespel.ui.together import TogetherWindow

    together = TogetherWindow(main.library, data_dir=data_dir)
    qtbot.addWidget(together)
    together.show()
    walk.check("together: start", together)
    page = together.start_page
    for field, name in zip(page.names, ["Anna", "Bram"]):
        field.setText(name)
    page.file.setText(str(tmp_path / "team"))
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert together.session is not None
    for number in range(len(together.session.steps)):
        walk.check(f"together: step {number + 1}", together)
        buttons = [b for b in together.findChildren(QAbstractButton, "nextStep") if b.isVisible()]
        if not buttons:
            break
        buttons[0].click()
    walk.check("together: end", together)
    together.close()

    assert len(walk.seen) >= 14, walk.seen
    assert not walk.wrong, "\n".join(walk.wrong)

"""The deck library: every deck a tile in its own colours; broken decks shown with their problem."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (QAbstractButton, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QSizePolicy, QVBoxLayout, QWidget)

from ..core.base.i18n import LANGUAGES, language
from ..core.decks.library import DeckEntry
from ..core.base.problems import display_path
from .plaintext import plain
from .theme import grow


TILE_WIDTH, TILE_HEIGHT = 300, 190
DETAIL_PX = 14  # the problems of a broken deck
MAX_PROBLEM_LINES = 8


class DeckTile(QAbstractButton):
    """A deck as a tile: its category colours as a band, title, number of cards; or its problem."""

    opened = Signal(str)

    def __init__(self, entry: DeckEntry, parent: QWidget | None = None):
        super().__init__(parent)
        self.entry = entry
        self.setObjectName(f"deckTile-{entry.id}")
        self.setFixedSize(QSize(TILE_WIDTH, TILE_HEIGHT))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        if entry.ok and entry.deck:
            count = len(entry.deck.cards)
            self.setAccessibleName(self.tr("{0}, {1} kaarten").format(entry.deck.title, count)
                                   + (f" ({LANGUAGES.get(entry.language, entry.language)})"
                                      if self.other_language else ""))
            self.setAccessibleDescription(self.origin.strip(" ·"))
            tip = [entry.deck.description or entry.deck.title, ""]
            if entry.org:
                tip += [self.tr("Uit de map van je organisatie: {0}").format(display_path(entry.path)), ""]
            tip += [self.tr("Bron: {0}").format(source) for source in entry.deck.sources]
            self.setToolTip(plain("\n".join(tip)))
            self.clicked.connect(lambda: self.opened.emit(entry.id))
        else:
            self.setAccessibleName(self.tr("{0}: kan niet worden geladen").format(display_path(entry.path)))
            self.setToolTip(plain("\n".join(str(p) for p in entry.problems)))
            self.setAccessibleDescription(self.problem_text)
            self._fit_problems()

    @property
    def origin(self) -> str:
        """Where the deck comes from, as the tile says it: '' for a built-in deck."""
        if self.entry.org:
            return self.tr(" · van je organisatie")
        return "" if self.entry.builtin else self.tr(" · eigen set")

    @property
    def other_language(self) -> bool:
        """The deck is not in the interface language (it has no translation): its language is marked."""
        return bool(self.entry.ok and self.entry.language != language())

    @property
    def problem_text(self) -> str:
        """Every problem on a line of its own, with its line number; the tile grows to show them all
        (from the ninth on, the tooltip has them)."""
        problems = self.entry.problems
        lines = []
        for problem in problems[:MAX_PROBLEM_LINES]:
            text = f"{problem.field}: {problem.message}" if problem.field else problem.message
            lines.append("• " + (self.tr("regel {0}: {1}").format(problem.line, text) if problem.line is not None
                                 else text))
        if len(problems) > MAX_PROBLEM_LINES:
            lines.append(self.tr("(en nog {0}; wijs de tegel aan om alles te zien)").format(
                len(problems) - MAX_PROBLEM_LINES))
        return "\n".join(lines)

    def _fit_problems(self) -> None:
        """A broken tile is as tall as its problems need (the width stays, so the grid stays a grid)."""
        font = QFont(self.font())
        font.setPixelSize(DETAIL_PX)
        metrics = QFontMetrics(font)
        detail = self.tr("Kan niet worden geladen:\n") + self.problem_text
        room = metrics.boundingRect(QRect(0, 0, TILE_WIDTH - 32, 10000), Qt.TextFlag.TextWordWrap, detail)
        font.setPixelSize(22)
        font.setBold(True)
        title = QFontMetrics(font).boundingRect(QRect(0, 0, TILE_WIDTH - 32, 10000), Qt.TextFlag.TextWordWrap,
                                                display_path(self.entry.path).split("/")[-1])
        self.setFixedSize(QSize(TILE_WIDTH, max(TILE_HEIGHT, 38 + title.height() + 8 + room.height() + 16)))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        entry = self.entry
        focus = self.hasFocus() or self.underMouse()
        painter.setPen(QColor("#1d1d1f") if focus else QColor("#c8c8c8"))
        painter.setBrush(QColor("#ffffff") if entry.ok else QColor("#fbeaea"))
        painter.drawRoundedRect(rect, 10, 10)
        band = QRectF(rect.left() + 1, rect.top() + 1, rect.width() - 2, 26)
        if entry.ok and entry.deck:
            colours = [QColor(c.colour) for c in entry.deck.categories]
            width = band.width() / len(colours)
            for i, colour in enumerate(colours):
                painter.fillRect(QRectF(band.left() + i * width, band.top(), width + 1, band.height()), colour)
            title, detail = entry.deck.title, self.tr("{0} kaarten").format(len(entry.deck.cards))
            detail += self.origin
            if self.other_language:
                detail += " · " + LANGUAGES.get(entry.language, entry.language)
            detail_colour = QColor("#555555")
        else:
            painter.fillRect(band, QColor("#b3261e"))
            title = display_path(entry.path).split("/")[-1]
            detail = self.tr("Kan niet worden geladen:\n") + self.problem_text
            detail_colour = QColor("#8c1d18")
        text_rect = rect.adjusted(14, 36, -14, -10)
        font = QFont(self.font())
        font.setPixelSize(22)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#1d1d1f"))
        title_rect = painter.boundingRect(text_rect, Qt.TextFlag.TextWordWrap, title)
        painter.drawText(text_rect, Qt.TextFlag.TextWordWrap, title)
        font.setPixelSize(15 if entry.ok else DETAIL_PX)
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(detail_colour)
        painter.drawText(text_rect.adjusted(0, title_rect.height() + 8, 0, 0),
                         Qt.TextFlag.TextWordWrap, detail)
        if entry.ok and entry.deck:
            self._paint_source(painter, text_rect, font)

    @property
    def source_text(self) -> str:
        """The first source on the tile (all of them in the tooltip)."""
        deck = self.entry.deck
        if deck is None or not deck.sources:
            return ""
        more = len(deck.sources) - 1
        text = self.tr("Bron: {0}").format(deck.sources[0])
        return text + (self.tr(" (en nog {0})").format(more) if more else "")

    def _paint_source(self, painter: QPainter, rect: QRectF, font: QFont) -> None:
        """The source in small print at the bottom of the tile: two lines at most, the second shortened
        with '…' (all sources are in the tooltip)."""
        font.setPixelSize(13)
        painter.setFont(font)
        painter.setPen(QColor("#555555"))
        metrics = painter.fontMetrics()
        width = int(rect.width())
        words, first = self.source_text.split(), ""
        while words and metrics.horizontalAdvance((first + " " + words[0]).strip()) <= width:
            first = (first + " " + words.pop(0)).strip()
        second = metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width)
        lines = [line for line in (first, second) if line]
        top = rect.bottom() - len(lines) * metrics.height()
        for number, line in enumerate(lines):
            painter.drawText(QRectF(rect.left(), top + number * metrics.height(), rect.width(), metrics.height()),
                             Qt.AlignmentFlag.AlignLeft, line)

    def keyPressEvent(self, event) -> None:
        """Enter and Return open the deck, as Space does."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.isEnabled():
            self.click()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        parent = self.parentWidget()
        while parent is not None and not hasattr(parent, "ensureWidgetVisible"):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(self)  # a tile reached by Tab scrolls into view

    def enterEvent(self, event) -> None:
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:
        self.update()
        super().leaveEvent(event)


class LibraryPage(QWidget):
    """All decks as tiles. ``deck_opened(id)`` when a tile is clicked."""

    deck_opened = Signal(str)
    back_requested = Signal()
    import_requested = Signal()
    template_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("libraryPage")
        self.back_button = QPushButton(self.tr("← Start"), self)
        self.back_button.setObjectName("libraryBack")
        self.back_button.setAccessibleName(self.tr("Terug naar de start"))
        self.back_button.clicked.connect(self.back_requested)
        self.import_button = QPushButton(self.tr("Importeren…"), self)
        self.import_button.setObjectName("importDeck")
        self.import_button.setAccessibleName(self.tr("Kaartenset importeren uit een spreadsheet"))
        self.import_button.setToolTip(self.tr("Maak een set van een spreadsheet (.xlsx of .csv)"))
        self.import_button.clicked.connect(self.import_requested)
        self.template_button = QPushButton(self.tr("Sjabloon opslaan…"), self)
        self.template_button.setObjectName("saveTemplate")
        self.template_button.setAccessibleName(self.tr("Sjabloon opslaan voor een spreadsheet"))
        self.template_button.setToolTip(self.tr("Een lege spreadsheet om je eigen kaarten in te typen"))
        self.template_button.clicked.connect(self.template_requested)
        self.heading = QLabel(self.tr("Kaartensets"), self)
        grow(self.heading, 2.0, bold=True)
        self.hint = QLabel(self.tr("Klik op een set om de kaarten te bekijken (of Tab naar een set en Enter)."), self)
        self.hint.setObjectName("libraryHint")
        self.tiles_host = QWidget()
        self.grid = QGridLayout(self.tiles_host)
        self.grid.setSpacing(18)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea(self)
        scroll.setObjectName("libraryScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.tiles_host)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from tile to tile; a tile scrolls into view
        QWidget.setTabOrder(self.back_button, self.template_button)  # reading order: as on the screen
        QWidget.setTabOrder(self.template_button, self.import_button)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        top.addWidget(self.template_button)
        top.addWidget(self.import_button)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(scroll, 1)
        self.tiles: list[DeckTile] = []

    def show_entries(self, entries: list[DeckEntry], user_folder: str = "", loading: bool = False) -> None:
        for tile in self.tiles:
            tile.deleteLater()
        self.tiles = []
        for entry in entries:
            self.add_entry(entry)
        if user_folder:
            self.hint.setText(self.tr("Klik op een set om de kaarten te bekijken (of Tab naar een set en Enter). "
                                      "Eigen sets zet je in: {0}").format(user_folder))
        if loading:
            self.hint.setText(self.tr("De kaartensets worden geladen…"))
        elif not entries:
            self.hint.setText(self.tr("Er zijn nog geen kaartensets gevonden."))

    def add_entry(self, entry: DeckEntry) -> None:
        """One more tile, after the ones already there."""
        columns = max(1, (self.width() - 40) // 318) if self.width() > 400 else 3
        i = len(self.tiles)
        tile = DeckTile(entry, self.tiles_host)
        tile.opened.connect(self.deck_opened)
        self.grid.addWidget(tile, i // columns, i % columns, Qt.AlignmentFlag.AlignTop)
        self.tiles.append(tile)

    def tile(self, deck_id: str) -> DeckTile | None:
        return next((t for t in self.tiles if t.entry.id == deck_id), None)

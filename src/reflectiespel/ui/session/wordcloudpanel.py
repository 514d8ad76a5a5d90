"""The console's word cloud (issue #29.1): enter words for someone without a phone, and merge, hide or
split the words the room sent. Every action is one undoable edit through the controller."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout, QWidget)

from ...core.input import wordcloud
from ...core.sessions.stepinput import CONSOLE
from ...core.sessions.stepkinds import kind_of
from ..flow import FlowLayout
from .controller import SessionController
from .whobox import fill_who, who_box
from .panels import named, plain_label

KEY = Qt.ItemDataRole.UserRole


class WordCloudPanel(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("wordCloudPanel")
        self.controller = controller
        self.who = who_box(self, controller, "cloudWho")
        self.field = named(QLineEdit(self), "cloudWords", self.tr("Woorden invoeren"))
        self.field.setPlaceholderText(self.tr("Een tot drie woorden, met komma's, Enter"))
        self.field.setMaxLength(200)
        self.add_button = named(QPushButton(self.tr("Toevoegen"), self), "cloudAdd",
                                self.tr("Woorden toevoegen namens de gekozen deelnemer"))
        self.summary = named(plain_label("", self), "cloudSummary", self.tr("Woordwolk in getallen"))
        self.list = named(QListWidget(self), "cloudList", self.tr("Woorden in de wolk"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setToolTip(self.tr("Kies een woord; met Ctrl of Shift kies je er meer om samen te voegen"))
        self.merge_button = named(QPushButton(self.tr("Samenvoegen"), self), "cloudMerge",
                                  self.tr("Gekozen woorden samenvoegen tot het eerste"))
        self.hide_button = named(QPushButton(self.tr("Verbergen"), self), "cloudHide",
                                 self.tr("Gekozen woord verbergen of weer tonen"))
        self.split_button = named(QPushButton(self.tr("Splitsen"), self), "cloudSplit",
                                  self.tr("Splitsen: samengevoegde woorden weer los, of een zinnetje per woord tellen"))
        self.merge_button.setToolTip(self.tr("Tel de gekozen woorden als één woord (het bovenste van de keuze)"))
        self.hide_button.setToolTip(self.tr("Het woord blijft bewaard maar komt niet op het scherm (of weer wel)"))
        self.split_button.setToolTip(self.tr("Maakt samenvoegen ongedaan, of telt 'goed gesprek' als 'goed' en "
                                             "'gesprek'"))
        self.field.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        self.merge_button.clicked.connect(self.merge)
        self.hide_button.clicked.connect(self.hide_or_show)
        self.split_button.clicked.connect(self.split)
        self.list.itemSelectionChanged.connect(self._enable)
        entry = QHBoxLayout()
        entry.addWidget(self.field, 1)
        entry.addWidget(self.who)
        buttons = FlowLayout()
        for button in (self.merge_button, self.hide_button, self.split_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(entry)
        layout.addWidget(self.add_button)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        controller.changed.connect(self.refresh)
        controller.moved.connect(self.refresh)
        self.refresh()

    @property
    def step(self):
        return self.controller.step

    def selected_keys(self) -> list[str]:
        return [item.data(KEY) for item in self.list.selectedItems()]

    def waiting_ids(self) -> list[str]:
        """The words waiting for release under the chosen keys (a screened step)."""
        cloud = self.step.cloud if self.step is not None else None
        keys = set(self.selected_keys())
        if cloud is None or not keys:
            return []
        return [w.id for w in cloud.words if not w.released and
                wordcloud.final_key(cloud, wordcloud.word_key(w.text)) in keys]

    def add(self) -> None:
        step = self.step
        words = [w for w in self.field.text().replace(";", ",").split(",") if w.strip()]
        if step is None or not words:
            return
        if self.controller.apply(wordcloud.add_words, self.controller.session, step.id, words,
                                 self.who.currentData(), CONSOLE) is not None:
            self.field.clear()

    def merge(self) -> None:
        keys = self.selected_keys()
        if self.step is not None and len(keys) >= 2:
            # into the word that sits highest in the list (the most people said it)
            order = [self.list.item(i).data(KEY) for i in range(self.list.count())]
            keys.sort(key=order.index)
            self.controller.apply(wordcloud.merge_words, self.controller.session, self.step.id, keys[1:], keys[0])

    def hide_or_show(self) -> None:
        keys = self.selected_keys()
        if self.step is None or len(keys) != 1:
            return
        hidden = keys[0] in (self.step.cloud.hidden if self.step.cloud else [])
        self.controller.apply(wordcloud.set_hidden, self.controller.session, self.step.id, keys[0], not hidden)

    def split(self) -> None:
        keys = self.selected_keys()
        if self.step is not None and len(keys) == 1:
            self.controller.apply(wordcloud.split_word, self.controller.session, self.step.id, keys[0])

    def _enable(self) -> None:
        keys = self.selected_keys()
        self.merge_button.setEnabled(len(keys) >= 2)
        self.hide_button.setEnabled(len(keys) == 1)
        self.split_button.setEnabled(len(keys) == 1)
        cloud = self.step.cloud if self.step is not None else None
        hidden = len(keys) == 1 and cloud is not None and keys[0] in cloud.hidden
        self.hide_button.setText(self.tr("Tonen") if hidden else self.tr("Verbergen"))

    def describe(self, word: wordcloud.CloudWord, by_console: int, waiting: int = 0) -> str:
        text = self.tr("{0} · {1}").format(word.label, word.count)
        marks = [self.tr("{0} wachten op vrijgeven").format(waiting)] if waiting else []
        if word.members:
            marks.append(self.tr("+ {0}").format(", ".join(word.members)))
        if by_console:
            marks.append(self.tr("{0} ingevoerd door begeleider").format(by_console))
        if word.phrase:
            marks.append(self.tr("zinnetje"))
        if word.hidden:
            marks.append(self.tr("verborgen"))
        if word.stop:
            marks.append(self.tr("stopwoord, niet op het scherm"))
        return text + (f"  ({'; '.join(marks)})" if marks else "")

    def refresh(self) -> None:
        step = self.step
        if step is None or kind_of(step).collects != "words":  # hidden in other steps: nothing to redraw
            return
        fill_who(self.who, self.controller.session)
        session = self.controller.session
        words = wordcloud.cloud_words(step, session.language)
        cloud = step.cloud
        entries = cloud.words if cloud is not None else []
        by_console: dict[str, int] = {}
        waiting: dict[str, int] = {}
        for entry in entries:
            key = wordcloud.final_key(cloud, wordcloud.word_key(entry.text))
            if entry.via == CONSOLE:
                by_console[key] = by_console.get(key, 0) + 1
            if not entry.released:
                waiting[key] = waiting.get(key, 0) + 1
        people = len({w.participant_id or "group" for w in entries})
        self.summary.setText(self.tr("{0} woorden gestuurd door {1} deelnemers; {2} ingevoerd door de "
                                     "begeleider").format(len(entries), people,
                                                          sum(1 for w in entries if w.via == CONSOLE)))
        chosen = set(self.selected_keys())
        self.list.blockSignals(True)
        self.list.clear()
        for word in words:
            item = QListWidgetItem(self.describe(word, by_console.get(word.key, 0), waiting.get(word.key, 0)))
            item.setData(KEY, word.key)
            if not word.drawn:
                item.setForeground(self.palette().placeholderText())
            self.list.addItem(item)
            item.setSelected(word.key in chosen)
        self.list.blockSignals(False)
        self._enable()

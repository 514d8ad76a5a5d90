"""The console's idea wall (issue #29.2): post an idea or give a vote for someone without a phone (marked as
entered by the facilitator), pin, hide or merge ideas, "only pinned on the projection", and the top five to
the action items with one click. Every action is one undoable edit through the controller."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout, QWidget)

from ...core.input import ideas
from ...core.sessions.stepinput import CONSOLE, MAX_IDEA
from ...core.sessions.stepkinds import kind_of
from ..flow import FlowLayout
from .controller import SessionController
from .whobox import fill_who, who_box
from .panels import named, plain_label

IDEA = Qt.ItemDataRole.UserRole


class IdeaWallPanel(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ideaWallPanel")
        self.controller = controller
        self.who = who_box(self, controller, "ideaWho")
        self.field = named(QLineEdit(self), "ideaText", self.tr("Idee invoeren"))
        self.field.setPlaceholderText(self.tr("Een idee, Enter"))
        self.field.setMaxLength(MAX_IDEA)
        self.add_button = named(QPushButton(self.tr("Idee toevoegen"), self), "ideaAdd",
                                self.tr("Idee toevoegen namens de gekozen deelnemer"))
        self.summary = named(plain_label("", self), "ideaSummary", self.tr("De muur in getallen"))
        self.list = named(QListWidget(self), "ideaList", self.tr("Ideeën op de muur"))
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.vote_button = named(QPushButton(self.tr("Stem erbij"), self), "ideaVote",
                                 self.tr("Stem erbij: een stem van de gekozen deelnemer op het gekozen idee"))
        self.unvote_button = named(QPushButton(self.tr("Stem eraf"), self), "ideaUnvote",
                                   self.tr("Stem eraf: een stem van de gekozen deelnemer weghalen"))
        self.pin_button = named(QPushButton(self.tr("Vastpinnen"), self), "ideaPin",
                                self.tr("Vastpinnen of losmaken"))
        self.hide_button = named(QPushButton(self.tr("Verbergen"), self), "ideaHide",
                                 self.tr("Verbergen of weer tonen"))
        self.merge_button = named(QPushButton(self.tr("Samenvoegen"), self), "ideaMerge",
                                  self.tr("Samenvoegen: de gekozen ideeën tellen als het bovenste"))
        self.unmerge_button = named(QPushButton(self.tr("Weer los"), self), "ideaUnmerge",
                                    self.tr("Weer los: de ideeën die met het gekozen idee zijn samengevoegd"))
        self.only_pinned = named(QCheckBox(self.tr("Alleen vastgepinde op het scherm"), self), "ideaOnlyPinned",
                                 self.tr("Alleen vastgepinde op het scherm"))
        self.top_button = named(QPushButton(self.tr("Top 5 naar actiepunten"), self), "ideaTop",
                                self.tr("Top 5 naar actiepunten: de vijf ideeën met de meeste stemmen"))
        self.top_button.setToolTip(self.tr("De vijf ideeën met de meeste stemmen worden actiepunten van de "
                                           "volgende stap (Ctrl+Z maakt het ongedaan)"))
        self.field.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        self.vote_button.clicked.connect(lambda: self.vote(+1))
        self.unvote_button.clicked.connect(lambda: self.vote(-1))
        self.pin_button.clicked.connect(self.pin)
        self.hide_button.clicked.connect(self.hide_or_show)
        self.merge_button.clicked.connect(self.merge)
        self.unmerge_button.clicked.connect(self.unmerge)
        self.only_pinned.clicked.connect(self._only_pinned)
        self.top_button.clicked.connect(self.top)
        self.list.itemSelectionChanged.connect(self._enable)
        entry = QHBoxLayout()
        entry.addWidget(self.field, 1)
        entry.addWidget(self.who)
        buttons = FlowLayout()
        for button in (self.vote_button, self.unvote_button, self.pin_button, self.hide_button, self.merge_button,
                       self.unmerge_button):
            buttons.addWidget(button)
        bottom = FlowLayout()
        bottom.addWidget(self.only_pinned)
        bottom.addWidget(self.top_button)
        layout = QVBoxLayout(self)
        layout.addLayout(entry)
        layout.addWidget(self.add_button)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addLayout(bottom)
        controller.changed.connect(self.refresh)
        controller.moved.connect(self.refresh)
        self.refresh()

    @property
    def step(self):
        return self.controller.step

    def selected(self) -> list[str]:
        return [item.data(IDEA) for item in self.list.selectedItems()]

    def waiting_ids(self) -> list[str]:
        """The chosen ideas (and those merged into them) that wait for release (a screened step)."""
        if self.step is None or self.step.wall is None:
            return []
        chosen = set(self.selected())
        return [i.id for i in self.step.wall.ideas if not i.released and
                (i.id in chosen or ideas.final(self.step, i).id in chosen)]

    def tell(self, message: str) -> None:
        bar = getattr(self.window(), "statusBar", None)
        if bar is not None:
            bar().showMessage(message, 8000)

    # --- actions --------------------------------------------------------------------------------
    def add(self) -> None:
        if self.step is None or not self.field.text().strip():
            return
        if self.controller.apply(ideas.add_idea, self.controller.session, self.step.id, self.field.text(),
                                 self.who.currentData(), CONSOLE) is not None:
            self.field.clear()

    def vote(self, delta: int) -> None:
        chosen = self.selected()
        if self.step is None or len(chosen) != 1:
            return
        person = self.who.currentData()
        if person is None:
            self.tell(self.tr("Kies eerst bij 'Namens wie' voor wie deze stem is."))
            return
        self.controller.apply(ideas.upvote, self.controller.session, self.step.id, person, chosen[0], delta, CONSOLE)

    def pin(self) -> None:
        chosen = self.selected()
        if self.step is not None and len(chosen) == 1:
            idea = ideas.idea_of(self.step, chosen[0])
            self.controller.apply(ideas.set_pinned, self.controller.session, self.step.id, idea.id, not idea.pinned)

    def hide_or_show(self) -> None:
        chosen = self.selected()
        if self.step is not None and len(chosen) == 1:
            idea = ideas.idea_of(self.step, chosen[0])
            self.controller.apply(ideas.set_hidden, self.controller.session, self.step.id, idea.id, not idea.hidden)

    def merge(self) -> None:
        chosen = self.selected()
        if self.step is not None and len(chosen) >= 2:
            order = [self.list.item(i).data(IDEA) for i in range(self.list.count())]
            chosen.sort(key=order.index)  # into the one highest on the wall
            self.controller.apply(ideas.merge_ideas, self.controller.session, self.step.id, chosen[1:], chosen[0])

    def unmerge(self) -> None:
        chosen = self.selected()
        if self.step is not None and len(chosen) == 1:
            self.controller.apply(ideas.unmerge, self.controller.session, self.step.id, chosen[0])

    def _only_pinned(self, on: bool) -> None:
        if self.step is not None:
            self.controller.apply(ideas.set_only_pinned, self.controller.session, self.step.id, on)
        self.refresh()

    def top(self) -> None:
        if self.step is None:
            return
        edit = self.controller.apply(ideas.top_to_actions, self.controller.session, self.step.id)
        if edit is not None:
            target = ideas.action_step(self.controller.session, self.step)
            self.tell(self.tr("{0} ideeën staan nu bij de actiepunten van '{1}'.").format(len(edit.value),
                                                                                           target.title))

    def _enable(self) -> None:
        chosen = self.selected()
        one = len(chosen) == 1
        for button in (self.vote_button, self.unvote_button, self.pin_button, self.hide_button,
                       self.unmerge_button):
            button.setEnabled(one)
        self.merge_button.setEnabled(len(chosen) >= 2)
        if one and self.step is not None:
            idea = ideas.idea_of(self.step, chosen[0])
            self.pin_button.setText(self.tr("Losmaken") if idea.pinned else self.tr("Vastpinnen"))
            self.hide_button.setText(self.tr("Tonen") if idea.hidden else self.tr("Verbergen"))

    # --- showing --------------------------------------------------------------------------------
    def describe(self, item: ideas.WallIdea) -> str:
        idea = item.idea
        marks = [self.tr("{0} stemmen").format(item.votes) if item.votes != 1 else self.tr("1 stem")]
        if not idea.released:
            marks.append(self.tr("wacht op vrijgeven"))
        if idea.pinned:
            marks.append(self.tr("vastgepind"))
        if idea.hidden:
            marks.append(self.tr("verborgen"))
        if item.merged:
            marks.append(self.tr("+ {0} samengevoegd").format(len(item.merged)))
        if idea.via == CONSOLE:
            marks.append(self.tr("ingevoerd door de begeleider"))
        who = self.controller.session.display_name(idea.participant_id) if idea.participant_id else self.tr("groep")
        return f"{idea.text}\n   {who} · " + " · ".join(marks)

    def refresh(self) -> None:
        step = self.step
        if step is None or kind_of(step).collects != "ideas":  # hidden in other steps: nothing to redraw
            return
        fill_who(self.who, self.controller.session)
        standing = ideas.wall(step)
        all_ideas = step.wall.ideas if step.wall is not None else []
        votes = sum(v.count for v in step.votes)
        self.summary.setText(self.tr("{0} ideeën, {1} stemmen; {2} ideeën ingevoerd door de begeleider").format(
            len(all_ideas), votes, sum(1 for i in all_ideas if i.via == CONSOLE)))
        chosen = set(self.selected())
        self.list.blockSignals(True)
        self.list.clear()
        for item in standing:
            row = QListWidgetItem(self.describe(item))
            row.setData(IDEA, item.id)
            if item.idea.hidden:
                row.setForeground(self.palette().placeholderText())
            self.list.addItem(row)
            row.setSelected(item.id in chosen)
        self.list.blockSignals(False)
        self.only_pinned.setChecked(bool(step.wall is not None and step.wall.only_pinned))
        self._enable()

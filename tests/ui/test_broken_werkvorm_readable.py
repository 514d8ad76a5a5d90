"""A werkvorm file that cannot be used is listed in "Nieuwe sessie" with the reason, in a colour that can be
read (it was drawn as a disabled item: pale grey at 1.86:1 on white), and it still cannot be chosen."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QListWidget

from reflectiespel.core.decks.library import Library
from reflectiespel.core.sessions.templates import default_templates
from reflectiespel.resources import builtin_decks_dir
from reflectiespel.ui.session.newsession import NewSessionDialog
from reflectiespel.ui.theme import contrast


def test_a_broken_werkvorm_is_listed_readably_and_cannot_be_chosen(qtbot, tmp_path):
    folder = tmp_path / "decks" / "werkvormen"
    folder.mkdir(parents=True)
    (folder / "kapot.yaml").write_text("id: kapot\ntitle: [niet af\n", encoding="utf-8")
    dialog = NewSessionDialog(default_templates(tmp_path, org_dir=None), Library(builtin_decks_dir()).load())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    listed = dialog.findChild(QListWidget)
    broken = next(listed.item(i) for i in range(listed.count()) if "kapot.yaml" in listed.item(i).text())
    assert "kan niet worden gebruikt" in broken.text()
    listed.scrollToItem(broken)
    rect = listed.visualItemRect(broken)
    picture = listed.viewport().grab().toImage()
    darkest = min((picture.pixelColor(x, y) for x in range(rect.left(), rect.right())
                   for y in range(rect.top(), rect.bottom())), key=lambda c: c.lightness())
    assert contrast(darkest, listed.palette().color(QPalette.ColorRole.Base)) >= 4.5
    before = listed.currentItem()
    qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert listed.currentItem() is before and not broken.isSelected()
    assert dialog.chosen_template() is None or dialog.chosen_template().id != "kapot"

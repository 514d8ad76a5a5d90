"""Watch the user's decks folder: a deck that arrives there from outside the app (``reflectiespel decks
import`` on the command line, a file copied in) appears in the library without a manual reload.

Changes come in bursts (a file is written in parts, a folder with pictures is copied file by file):
``changed`` is emitted once things have been quiet for DEBOUNCE_MS. Subfolders (a deck with its
pictures) are watched too, one level deep, as the library reads them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

DEBOUNCE_MS = 600


class DecksWatcher(QObject):
    changed = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.folder = folder
        self.watcher = QFileSystemWatcher(self)
        self.quiet = QTimer(self)
        self.quiet.setSingleShot(True)
        self.quiet.setInterval(DEBOUNCE_MS)
        self.quiet.timeout.connect(self._settled)
        self.watcher.directoryChanged.connect(self._poke)
        self.watcher.fileChanged.connect(self._poke)
        self._watch()

    def _paths(self) -> list[str]:
        folder = self.folder
        if not folder.is_dir():  # not made yet: watch where it will appear
            return [str(folder.parent)] if folder.parent.is_dir() else []
        paths = [str(folder)]
        try:
            paths += [str(p) for p in sorted(folder.iterdir())[:500] if p.is_dir() or p.suffix in (".yaml", ".yml")]
        except OSError:
            pass
        return paths

    def _watch(self) -> None:
        wanted = set(self._paths())
        current = set(self.watcher.directories()) | set(self.watcher.files())
        gone = sorted(current - wanted)
        if gone:
            self.watcher.removePaths(gone)
        new = sorted(wanted - current)
        if new:
            self.watcher.addPaths(new)

    def _poke(self, _path: str = "") -> None:
        self.quiet.start()  # (re)start: one reload after the burst

    def _settled(self) -> None:
        self._watch()  # new subfolders and files, and the folder itself once it exists
        self.changed.emit()

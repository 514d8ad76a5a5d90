"""Writing the session report away from the UI thread: a large session takes long to lay out, and the
console must stay live meanwhile (the timer, the projection, the phones).

The job works on a copy of the session taken when it starts, so edits made while it runs cannot change
the report half-way; progress is reported per laid-out part of the report.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread, Signal

from ...core.base.problems import FileProblems


class ReportJob(QThread):
    progressed = Signal(int, int)  # parts laid out, parts in total
    succeeded = Signal(object, list)  # path, warnings
    failed = Signal(str)

    def __init__(self, session, path: Path, library, parent=None):
        super().__init__(parent)
        self.session = session.model_copy(deep=True)
        self.path, self.library = Path(path), library

    def run(self) -> None:
        from ...pdf.report import write_report

        try:
            warnings = write_report(self.session, self.path, library=self.library, progress=self.progressed.emit)
        except (OSError, FileProblems) as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - never a traceback in the user's face
            self.failed.emit(QCoreApplication.translate("ReportJob", "Het verslag kon niet worden gemaakt: {0}")
                             .format(exc))
        else:
            self.succeeded.emit(self.path, warnings)

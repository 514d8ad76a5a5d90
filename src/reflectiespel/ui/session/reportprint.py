"""Printing the session report through the system's print dialog, away from the UI thread.

The printed pages are the report PDF's own pages (pdf/report.py lays them out once; pdf/rasterise.py
draws each page at the printer's resolution, at most 300 dpi), so paper and PDF never differ. Qt allows
painting on a QPrinter from a worker thread; one page is in memory at a time. The page range, copies
and duplex chosen in the dialog are honoured (copies and duplex by the printer itself).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QThread, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter


def report_printer(title: str) -> QPrinter:
    """A printer set up for the report: A4 portrait, the whole sheet (the PDF has its own margins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName(title)
    return printer


class PrintJob(QThread):
    progressed = Signal(int, int)  # pages printed, pages to print
    succeeded = Signal(int)  # pages printed
    failed = Signal(str)

    def __init__(self, session, library, printer: QPrinter, parent=None):
        super().__init__(parent)
        self.session = session.model_copy(deep=True)  # edits meanwhile do not change the printout
        self.library, self.printer = library, printer

    def run(self) -> None:
        try:
            self.succeeded.emit(self._print())
        except Exception as exc:  # noqa: BLE001 - never a traceback in the user's face
            self.failed.emit(QCoreApplication.translate("PrintJob", "Het verslag kon niet worden geprint: {0}")
                             .format(exc))

    def _print(self) -> int:
        from ...pdf.rasterise import page_count, pages
        from ...pdf.report import render_report

        paper = "letter" if self.printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter else "a4"
        data, _warnings = render_report(self.session, paper, self.library)
        total = page_count(data)
        first = max(1, self.printer.fromPage() or 1) - 1
        last = min(total, self.printer.toPage() or total) - 1
        painter = QPainter()
        if not painter.begin(self.printer):
            raise OSError(QCoreApplication.translate("PrintJob", "de printer kan niet worden gebruikt"))
        try:
            sheet = self.printer.paperRect(QPrinter.Unit.DevicePixel)
            dpi = self.printer.resolution()
            printed = 0
            for picture in pages(data, dpi, first, last):
                if printed:
                    self.printer.newPage()
                image = QImage(picture.tobytes(), picture.width, picture.height, 3 * picture.width,
                               QImage.Format.Format_RGB888)
                scale = min(sheet.width() / image.width(), sheet.height() / image.height())
                width, height = image.width() * scale, image.height() * scale
                painter.drawImage(QRectF((sheet.width() - width) / 2, (sheet.height() - height) / 2, width, height),
                                  image)
                printed += 1
                self.progressed.emit(printed, last - first + 1)
        finally:
            painter.end()
        return printed

"""A family's page (:mod:`userjourney.core.editing.family_sheet`) on paper or as a PDF.

Qt's rich text lays the page out; this module cuts it into A4 landscape pages (the grids of
Anhang 6.5 and 6.7 are wide) and paints each with a foot line: the family, the Stand and
"Seite 2 von 3" — a printed page that fell out of the folder still says whose it is. The same
painting serves a printer (:class:`QPrinter`, chosen in Qt's print dialog, Windows' "Microsoft
Print to PDF" included) and :func:`pdf_bytes` (:class:`QPdfWriter` into memory, written by
:func:`~userjourney.core.editing.family_sheet.save_sheet_file` for the user only, whole or not at all).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from userjourney.core.editing.family_sheet import FamilySheet

#: Body text size in points: the forms' grids have eleven columns on a landscape A4 page.
BODY_POINTS = 8.5
FOOT_POINTS = 7.5
MARGIN_MM = 12.0


def page_layout() -> QPageLayout:
    """A4 landscape with 12 mm margins."""
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


def paint_sheet(sheet: FamilySheet, device: QPagedPaintDevice) -> int:
    """Lay the sheet out on ``device``'s pages and paint them; returns the number of pages."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)  # fonts measured in the device's dots
    font = QFont()
    font.setPointSizeF(BODY_POINTS)
    document.setDefaultFont(font)
    document.setHtml(sheet.html)
    foot_font = QFont(font)
    foot_font.setPointSizeF(FOOT_POINTS)

    painter = QPainter(device)
    try:
        painter.setFont(foot_font)
        foot_height = painter.fontMetrics().height() * 2
        width, height = device.width(), device.height()
        body = QSizeF(width, height - foot_height)
        document.setPageSize(body)
        pages = document.pageCount()
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * body.height())
            document.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
            painter.restore()
            foot = QRectF(0, height - foot_height, width, foot_height)
            painter.setFont(foot_font)
            painter.drawLine(foot.topLeft(), foot.topRight())
            flags = Qt.AlignmentFlag.AlignBottom
            painter.drawText(foot, flags | Qt.AlignmentFlag.AlignLeft, sheet.footer)
            painter.drawText(foot, flags | Qt.AlignmentFlag.AlignRight,
                             QCoreApplication.translate("printing", "Seite {page} von {pages}").format(page=page + 1, pages=pages))
    finally:
        painter.end()
    return pages


def pdf_bytes(sheet: FamilySheet, resolution: int = 300) -> bytes:
    """The sheet as a PDF document (in memory: the file is written privately and atomically)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(page_layout())
    writer.setResolution(resolution)
    writer.setTitle(sheet.title)
    writer.setCreator("userjourney")
    paint_sheet(sheet, writer)
    del writer  # finishes the document
    buffer.close()
    return bytes(data.data())

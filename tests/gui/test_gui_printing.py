"""Datei → Familie drucken / als PDF speichern: the family on paper as in Anhang 6.5 and 6.7,
reached by the keyboard, read back from the PDF Qt wrote."""

from __future__ import annotations

import os
import stat
from datetime import date

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from tests.support.gui import modal, open_code, press, shortcut, type_text
from userjourney.core.demo.schmidt_mueller import store_demo
from userjourney.core.editing import edits
from userjourney.core.history.access import access_log


def _pdf_text(path) -> list[str]:
    document = QPdfDocument()
    document.load(str(path))
    assert document.status() == QPdfDocument.Status.Ready
    pages = [" ".join(document.getAllText(page).text().split()) for page in range(document.pageCount())]
    document.close()
    return pages


def test_save_a_family_as_pdf_by_keyboard(qtbot, main_window, tmp_path):
    with main_window.database.transaction() as session:
        store_demo(session)
    main_window.list_model.reload()
    open_code(main_window, "Schmidt")
    main_window.family_view.but_model.today = date(2022, 5, 2)
    target = tmp_path / "schmidt.pdf"

    def choose_file(dialog):
        assert dialog.windowTitle() == "Familie als PDF speichern"
        shortcut("Ctrl+A")
        type_text(str(target))  # instead of the suggested name
        press("Enter")

    with modal(choose_file, lambda box: press("Esc"), timeout=30):  # then "gespeichert – öffnen?": no
        shortcut("Ctrl+Shift+P")
    qtbot.waitUntil(target.exists, timeout=5000)
    [page] = _pdf_text(target)
    for text in ("User Journey – Familie Schmidt", "Max Mustermann", "Weiterführende Schule", "Mathe, Deutsch",
                 "1) Kind möchte zuhause essen", "4) noch kein Schulkind", "Stand 02.05.2022", "Seite 1 von 1"):
        assert text in page, text
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    [record] = access_log(main_window.database)
    assert (record.kind, record.kind_text, record.filters, record.families, record.file) == \
        ("druck", "Ausdruck einer Familie", "Familie Schmidt", 1, "schmidt.pdf")
    assert main_window.statusBar().currentMessage() == f"PDF gespeichert: {target}"


def test_print_opens_the_print_dialog_and_a_cancel_prints_nothing(qtbot, main_window):
    with main_window.database.transaction() as session:
        store_demo(session)
    main_window.list_model.reload()
    open_code(main_window, "Müller")
    seen = {}

    def cancel(dialog):
        seen["dialog"] = type(dialog)
        seen["title"] = dialog.windowTitle()
        press("Esc")

    with modal(cancel, timeout=30):
        shortcut("Ctrl+P")
    assert seen == {"dialog": QPrintDialog, "title": "Familie Müller drucken"}
    assert access_log(main_window.database) == []


def test_a_long_family_runs_over_pages_each_numbered(qtbot, main_window, tmp_path):
    """Twelve children: the grid continues on the next page, every page says whose and which."""
    with main_window.database.transaction() as session:
        family_id = edits.create_family(session, "Großfamilie", location="Everswinkel").id
    main_window.list_model.reload()
    main_window.open_family(family_id)
    for i in range(12):
        main_window.family_view.workspace.add_child(f"Kind{i + 1}", 6 + i, None)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "gedruckt.pdf"))
    from userjourney.gui.printing import page_layout

    printer.setPageLayout(page_layout())
    pages = main_window.print_family(printer)
    texts = _pdf_text(tmp_path / "gedruckt.pdf")
    assert pages == len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert f"Seite {number} von {pages}" in text
        assert "User Journey – Familie Großfamilie – Stand" in text
    assert "Kind1" in texts[0] and "Kind12" in texts[-1]
    assert main_window.statusBar().currentMessage() == f"Familie Großfamilie gedruckt ({pages} Seiten)"
    assert access_log(main_window.database)[0].file == "gedruckt.pdf"


def test_without_an_open_family_nothing_happens_but_a_hint(qtbot, main_window):
    shortcut("Ctrl+P")
    assert main_window.statusBar().currentMessage() == "Bitte zuerst eine Familie wählen."
    assert main_window.save_family_pdf() is None

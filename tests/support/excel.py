"""Helpers for the Excel tests: build workbooks from a few readable rows, dump a database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook

from tests.support.db import dialect, rows_of
from userjourney.core import values
from userjourney.core.excel import template

BUT_HEADERS = list(template.BUT.headers)
MINIJOB_HEADERS = list(template.MINIJOBS.headers)

FAMILY = {
    "Familie": "Schmidt",
    "Standort": "Ennigerloh",
    "JobCoach": "Max Mustermann",
    "Erstelldatum": date(2021, 11, 10),
    "Migrationshintergrund": "nein",
    "Erziehungsstatus": "nicht alleinerziehend",
}


def but(**cells) -> dict:
    """A valid BuT row (Jan, Mittagsverpflegung, stopped at interessant) with ``cells`` replaced.

    Keyword names use ``_`` for spaces: ``Angebot_interessant="ja"``.
    """
    row = dict(FAMILY)
    row.update({
        "Kind": "Jan", "Alter": 13, "Einrichtung": "Weiterführende Schule", "Bereich": "Mittagsverpflegung",
        "Anspruch": "ja", "Angebot vorhanden": "ja", "Angebot bekannt": "ja", "Angebot interessant": "nein",
        "Antrag gestellt": None, "Antrag bewilligt": None, "Angebot wahrgenommen": None,
        "Details": None, "Grund": "Kind möchte zuhause essen",
    })
    row.update({k.replace("_", " "): v for k, v in cells.items()})
    return row


def job(**cells) -> dict:
    """A valid Minijobs row (Familie Müller, Martina) with ``cells`` replaced."""
    row = dict(FAMILY, Familie="Müller", Standort="Everswinkel", JobCoach="Erika Musterfrau",
               Erstelldatum=date(2022, 1, 10), Migrationshintergrund="ja", Erziehungsstatus="alleinerziehend")
    row.update({
        "Person": "Martina Müller", "Alter": 42, "Arbeitgeber": "Schule in Everswinkel", "Beginn": date(2022, 1, 3),
        "Minijob gesucht": 2, "Minijob gefunden": 1, "pot. Arbeitgeber angesprochen": 1,
        "Aufstockung möglich": "ja", "Aufgestockt": "ja", "Nachhaltig": "ja",
        "Anmerkung gesucht": None, "Anmerkung gefunden": None, "Anmerkung angesprochen": None,
        "Anmerkung Aufstockung": None, "Anmerkung Nachhaltig": "seit 3 Monaten",
    })
    row.update({k.replace("_", " "): v for k, v in cells.items()})
    return row


def write_xlsx(
    path: Path,
    but_rows: list[dict] | None = None,
    job_rows: list[dict] | None = None,
    *,
    but_headers: list | None = None,
    job_headers: list | None = None,
) -> Path:
    """A workbook with a ``BuT`` and/or ``Minijobs`` sheet (``None`` rows = sheet absent)."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows, headers in (
        ("BuT", but_rows, but_headers or BUT_HEADERS),
        ("Minijobs", job_rows, job_headers or MINIJOB_HEADERS),
    ):
        if rows is None:
            continue
        sheet = workbook.create_sheet(name)
        sheet.append(headers)
        for row in rows:
            sheet.append([row.get(str(h).strip()) if h is not None else None for h in headers])
    if not workbook.worksheets:
        workbook.create_sheet("Tabelle1")
    workbook.save(path)
    return path


def sheet_parts(path: Path) -> dict[str, str]:
    """Sheet name → its zip member, as the workbook names them."""
    from userjourney.core.excel.package import inspect

    return {sheet.name: sheet.part for sheet in inspect(Path(path)).sheets}


def rewrite(path: Path, part: str, change) -> Path:
    """Rewrite one member of an .xlsx package with ``change(bytes) -> bytes`` (``None`` drops it):
    how a test makes a file the way Excel or another program writes it where openpyxl cannot."""
    import zipfile

    path = Path(path)
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in members:
            if info.filename == part:
                data = change(data)
                if data is None:
                    continue
            target.writestr(info, data)
    return path


def rename_sheet(path: Path, old: str, new: str) -> Path:
    """Rename a sheet in xl/workbook.xml (openpyxl would trim or refuse some names)."""
    from xml.sax.saxutils import quoteattr

    return rewrite(path, "xl/workbook.xml",
                   lambda xml: xml.replace(f"name={quoteattr(old)}".encode(), f"name={quoteattr(new)}".encode()))


TABLES = ("family", "child", "but_entry", "but_detail", "reason", "person", "minijob", "change")


def content(target: Path | str) -> dict:
    """The data a person sees, without ids and timestamps: for comparing two databases (a
    SQLite file or a server URL)."""
    details = ("(SELECT group_concat(item, '|') FROM (SELECT item FROM but_detail d WHERE d.entry_id = e.id "
               "ORDER BY position))") if dialect(target) == "sqlite" else (
               "(SELECT string_agg(item, '|' ORDER BY position) FROM but_detail d WHERE d.entry_id = e.id)")
    with rows_of(target) as query:
        def q(sql):
            return _Rows(tuple(_plain(value) for value in row) for row in query(sql))
        families = sorted(q(
            "SELECT code, location, coach, created_on, migration_background, parenting_status FROM family"
        ).fetchall())
        children = sorted(
            (code, name, _age(age, recorded), facility)
            for code, name, age, recorded, facility in q(
                "SELECT f.code, c.name, c.age_years, c.age_recorded_on, c.facility FROM child c "
                "JOIN family f ON f.id = c.family_id"
            )
        )
        entries = sorted(q(
            "SELECT f.code, c.name, e.area, e.entitled, e.offer_exists, e.offer_known, e.offer_interesting, "
            "e.applied, e.approved, e.used, e.implied_mask, e.applied_on, e.approved_on, r.text, "
            + details + " FROM but_entry e JOIN child c ON c.id = e.child_id "
            "JOIN family f ON f.id = c.family_id LEFT JOIN reason r ON r.id = e.reason_id"
        ).fetchall(), key=repr)
        persons = sorted(((row[0], row[1], _age(row[2], row[3])) + row[4:] for row in q(
            "SELECT f.code, p.name, p.age_years, p.age_recorded_on, m.employer, m.started_on, m.searched, m.found, "
            "m.approached, m.topup_possible, m.topped_up, m.sustainable, m.note_searched, m.note_found, "
            "m.note_approached, m.note_topup, m.note_sustainable, m.id IS NOT NULL FROM person p "
            "JOIN family f ON f.id = p.family_id LEFT JOIN minijob m ON m.person_id = p.id"
        )), key=repr)
        reasons = sorted(q("SELECT area, text, seeded FROM reason").fetchall())
    return {"families": families, "children": children, "entries": entries, "persons": persons, "reasons": reasons}


class _Rows(list):
    """Rows that also answer ``fetchall()``, as a sqlite3 cursor does."""

    def fetchall(self):
        return list(self)


def _plain(value):
    """A value as SQLite returns it (PostgreSQL gives booleans and dates), so two back ends compare."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _age(age, recorded):
    """The age today (ages are stored with the day they were recorded)."""
    return values.age_on(age, date.fromisoformat(recorded) if recorded else None, date.today())

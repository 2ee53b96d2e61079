"""Reading the report for the Jobcenter back: its figures in the shape of ``summary --json``,
and the text of every part of its package.

The reader goes by the labels a person reads (the sections and rows of Anhang 6.6), not by cell
addresses, so a test compares what the Jobcenter sees with what ``summary --json`` says.
"""

from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path

from openpyxl import load_workbook

from userjourney.core.summary.text import facility_label
from userjourney.core.vocab import AREAS, SUPPORT_LEVELS, FacilityType

_AREA_ROWS = {
    "ohne Anspruch": "not_entitled",
    "anspruchsberechtigt": "entitled",
    "Anspruch nicht geklärt": "entitlement_unknown",
    "nehmen das Angebot wahr": "using",
}
_FACILITIES = {"    " + facility_label(kind): kind.value for kind in FacilityType}


def package_text(path: Path) -> str:
    """Every part of the xlsx package (XML, relations, properties) as one text, entities resolved."""
    with zipfile.ZipFile(path) as package:
        return "\n".join(html.unescape(package.read(name).decode("utf-8", "replace"))
                         for name in package.namelist())


def read_report(path: Path) -> dict:
    """The report's figures as ``summary --json`` has them; a hidden count reads ``"•"``."""
    workbook = load_workbook(path)
    cover: dict = {}
    for row in workbook["Übersicht"].iter_rows(values_only=True):
        if row[0]:
            cover.setdefault(row[0], row[1:])  # the figures come before the list of sheets
    out: dict = {
        "families": cover["Familien (Bedarfsgemeinschaften)"][0],
        "children": cover["Kinder und Jugendliche"][0],
        "children_with_migration_background": cover["mit Migrationshintergrund"][0],
        "children_single_parent": cover["wachsen bei nur einem Elternteil auf"][0],
        "but": {},
    }
    for area in AREAS:
        figures = _area(workbook[area.value])
        assert cover[area.value][0] == figures["applications"], area
        assert figures["children"] == out["children"]
        out["but"][area.value] = figures
    out["minijobs"] = _minijobs(workbook["Auswertung Minijobs"])
    return out


def _area(ws) -> dict:
    figures: dict = {"funnel": {}, "using_by_facility_type": {}, "using_by_detail": {}, "reasons": []}
    section = None
    for label, value, *_ in ws.iter_rows(values_only=True, max_col=2):
        if label is None:
            continue
        if match := re.fullmatch(r"Von (\S+) Kindern und Jugendlichen sind:", label):
            figures["children"] = match[1] if match[1] == "•" else int(match[1])
        elif label == "Anspruchsberechtigte Schritt für Schritt":
            section = "funnel"
        elif label == "Warum wird das Angebot nicht in Anspruch genommen?":
            section = "reasons"
        elif label == "Wahrgenommen, nach Details":
            section = "details"
        elif label in ("Schritt", "Grund", "Detail") or value is None:
            continue
        elif section is None and label in _AREA_ROWS:
            figures[_AREA_ROWS[label]] = value
        elif section is None and label in _FACILITIES:
            figures["using_by_facility_type"][_FACILITIES[label]] = value
        elif section is None and label.startswith("Anträge"):
            figures["applications"] = value
        elif section == "funnel" and label == "Anspruch":
            assert value == figures["entitled"]
        elif section == "funnel":
            figures["funnel"][label] = value
        elif section == "reasons" and label.startswith("zusammen"):
            figures["not_using"] = value
        elif section == "reasons":
            figures["reasons"].append({"reason": label, "count": value})
        elif section == "details":
            figures["using_by_detail"][label] = value
    figures.pop("not_using", None)
    order = ["children", "not_entitled", "entitled", "entitlement_unknown", "using", "applications", "funnel",
             "using_by_facility_type", "using_by_detail", "reasons"]
    return {key: figures[key] for key in order if key in figures}


def _minijobs(ws) -> dict:
    rows = [row for row in ws.iter_rows(values_only=True) if row[0] is not None]
    by_label = {row[0]: row[1:] for row in rows}
    support = {}
    for step in ("Minijob gesucht", "Minijob gefunden", "pot. Arbeitgeber angesprochen"):
        support[step] = {str(level): by_label[step][i] for i, level in enumerate(SUPPORT_LEVELS)}
    sustainable = next(row[1] for row in rows if str(row[0]).startswith("nachhaltig"))
    return {
        "persons": by_label["Personen"][0],
        "support": support,
        "topup_possible": by_label["Aufstockung möglich"][0],
        "topped_up": by_label["aufgestockt"][0],
        "sustainable": sustainable,
    }


def with_hidden(json: dict, report: dict) -> dict:
    """``json`` (``summary --json``) with a ``"•"`` wherever ``report`` has one: what the report
    must equal when small counts are hidden."""
    if isinstance(json, dict):
        return {key: with_hidden(value, report[key]) if key in report else value for key, value in json.items()}
    if isinstance(json, list):
        return [with_hidden(a, b) for a, b in zip(json, report, strict=True)]
    return "•" if report == "•" else json


def numbers(report: dict) -> list[int]:
    """Every count the report shows."""
    if isinstance(report, dict):
        return [n for value in report.values() for n in numbers(value)]
    if isinstance(report, list):
        return [n for value in report for n in numbers(value)]
    return [report] if isinstance(report, int) else []

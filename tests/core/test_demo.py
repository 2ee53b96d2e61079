"""``userjourney demo`` stores Familie Schmidt (Anhang 6.5) and Familie Müller (6.7) as printed."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from tests.support import run_cli
from userjourney.core.journeys import Journey
from userjourney.core.storage.database import open_database
from userjourney.core.storage.models import Change, Family
from userjourney.core.values import format_date, format_yes_no

J, N, _ = "ja", "nein", ""


def _read(path):
    database = open_database(path, read_only=True)
    with database.session() as s:
        families = {f.code: f for f in s.scalars(sa.select(Family))}
        out = {}
        for code, f in families.items():
            out[code] = {
                "header": (
                    f.code, format_date(f.created_on), f.coach, format_date(f.updated_at.date()),
                    f.location, format_yes_no(f.migration_background), f.parenting_status,
                ),
                "children": [
                    (c.name, c.age_years, c.age_recorded_on, c.facility, {
                        e.area: (
                            tuple(format_yes_no(a) for a in Journey.of(e).answers),
                            _as_on_the_form(e.applied_on), _as_on_the_form(e.approved_on),
                            ", ".join(d.item for d in e.details), e.reason.text if e.reason else None, e.note,
                        )
                        for e in c.entries
                    })
                    for c in f.children
                ],
                "persons": [
                    (p.name, p.age_years, p.minijob.employer, p.minijob.searched, p.minijob.found,
                     p.minijob.approached, format_yes_no(p.minijob.topup_possible),
                     format_yes_no(p.minijob.topped_up), format_yes_no(p.minijob.sustainable),
                     p.minijob.note_searched, p.minijob.note_found, p.minijob.note_approached,
                     p.minijob.note_topup, p.minijob.note_sustainable)
                    for p in f.persons
                ],
            }
        changes = s.scalar(sa.select(sa.func.count()).select_from(Change))
    database.close()
    return out, changes


def test_demo_stores_schmidt_as_in_anhang_6_5(db_path):
    result = run_cli("demo", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    assert "Familie Schmidt: angelegt" in result.stdout
    families, _changes = _read(db_path)
    schmidt = families["Schmidt"]
    assert schmidt["header"] == (
        "Schmidt", "10.11.2021", "Max Mustermann", "02.05.2022", "Ennigerloh", "nein", "nicht alleinerziehend"
    )
    assert schmidt["children"] == [
        ("Jan", 13, date(2022, 5, 2), "Weiterführende Schule", {
            "Mittagsverpflegung": ((J, J, J, N, _, _, _), "", "", "", "Kind möchte zuhause essen", None),
            "Lernförderung": ((J, J, J, J, J, J, J), "01.02.22", "02.02.22", "Mathe, Deutsch", None, "Neuantrag"),
            "Teilhabe schulisch": ((J, J, J, N, _, _, _), "", "", "", "momentan keine Klassenfahrten", None),
            "Teilhabe soziokulturell": ((J, J, J, J, _, _, _), "", "", "", "Kind noch in der Interessensfindung", None),
        }),
        ("Jana", 5, date(2022, 5, 2), "KiTa", {
            "Mittagsverpflegung": ((J, J, J, J, J, J, J), "28.03.22", "31.03.22", "Mittagessen KiTa", None, None),
            "Lernförderung": ((N, _, _, _, _, _, _), "", "", "", "noch kein Schulkind", None),
            "Teilhabe schulisch": ((N, _, _, _, _, _, _), "", "", "", "noch kein Schulkind", None),
            "Teilhabe soziokulturell": ((J, J, J, J, J, J, J), "06.04.22", "08.04.22", "Fußballverein", None, None),
        }),
    ]
    assert schmidt["persons"] == []


def test_demo_stores_mueller_as_in_anhang_6_7(db_path):
    assert run_cli("demo", "--db", str(db_path)).returncode == 0
    families, _changes = _read(db_path)
    mueller = families["Müller"]
    assert mueller["header"] == (
        "Müller", "10.01.2022", "Erika Musterfrau", "20.04.2022", "Everswinkel", "ja", "alleinerziehend"
    )
    assert mueller["persons"] == [
        ("Martina Müller", 42, "Schule in Everswinkel", 2, 1, 1, "ja", "ja", "ja",
         None, None, None, None, "Beschäftigungsverhältnis besteht seit 3 Monaten oder länger"),
        ("Mia Müller", 21, None, 2, 3, 3, "ja", "nein", "",
         "Gemeinsame Recherche von Minijobmöglichkeiten im sozialen Bereich", None,
         "Übernahme Kontaktaufnahme zum Begegnungszentrum aufgrund von Sprachschwierigkeiten", None, None),
    ]
    assert mueller["children"] == []


def test_demo_is_idempotent(db_path):
    assert run_cli("demo", "--db", str(db_path)).returncode == 0
    first, changes = _read(db_path)
    again = run_cli("demo", "--db", str(db_path))
    assert again.returncode == 0
    assert "Familie Schmidt: schon vorhanden, unverändert" in again.stdout
    second, changes_again = _read(db_path)
    assert second == first and changes_again == changes


def _as_on_the_form(day) -> str:
    """A date as Anhang 6.5 prints it (TT.MM.JJ); the program itself shows TT.MM.JJJJ."""
    return "" if day is None else f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}"

"""The report for the Jobcenter (exchange-format §4): the summary's figures, nothing of a family.

On the ANNA families (Anhang 6.6) and the Schmidt and Müller demo (Minijobs with employers and
notes), on SQLite and PostgreSQL: every part of the package is searched for each family code,
name, JobCoach, employer and note in the database; the figures are read back by their labels and
must equal the summary's; with ``min_cell`` no count from 1 to N−1 is shown.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
import sqlalchemy as sa

from tests.support.report import numbers, package_text, read_report, with_hidden
from userjourney.core.demo.anna import store_anna
from userjourney.core.demo.schmidt_mueller import store_demo
from userjourney.core.errors import UserError
from userjourney.core.excel.jobcenter_report import OWN_REASONS, shipped_reasons, without_own_reasons, write_report
from userjourney.core.storage.models import ButEntry, Child, Family, MinijobEntry, Person, table_of
from userjourney.core.summary.counting import summarize
from userjourney.core.summary.filters import SummaryFilter


@pytest.fixture
def families(db):
    with db.transaction() as session:
        store_anna(session)
        store_demo(session)
    return db


def personal_strings(db) -> set[str]:
    """Every code, name, JobCoach, employer and note stored for a family."""
    columns = [
        (Family, ("code", "coach")), (Child, ("name",)), (Person, ("name",)), (ButEntry, ("note",)),
        (MinijobEntry, ("employer", "note_searched", "note_found", "note_approached", "note_topup",
                        "note_sustainable")),
    ]
    found: set[str] = set()
    with db.session() as session:
        for model, names in columns:
            table = table_of(model)
            for row in session.execute(sa.select(*(table.c[name] for name in names))):
                found.update(value for value in row if value)
    return found


def summary_json(db, filters: SummaryFilter) -> dict:
    """``summary --json`` as the report shows it: reasons a coach typed counted under one line."""
    with db.session() as session:
        return without_own_reasons(summarize(session, filters), shipped_reasons()).to_json()


@pytest.mark.parametrize("min_cell", [None, 3])
def test_no_family_can_be_found_in_any_part_of_the_package(families, tmp_path, min_cell):
    strings = personal_strings(families)
    assert {"ANNA-01", "Schmidt", "Paula Platzhalter", "Schule in Everswinkel", "Elif"} <= strings
    filters = SummaryFilter(coach="Paula Platzhalter")  # even the filter's coach stays unnamed
    path = write_report(families, tmp_path / "bericht.xlsx", filters, min_cell).path
    text = package_text(path)
    # whole words: a child called Ali is not found in the font "Calibri"
    assert [s for s in sorted(strings) if re.search(rf"(?<!\w){re.escape(s)}(?!\w)", text)] == []
    assert "die Familien eines JobCoachs (ohne Namen)" in text


def test_figures_equal_the_summary(families, tmp_path):
    filters = SummaryFilter(date_from=date(2020, 8, 1), date_to=date(2021, 12, 31))
    result = write_report(families, tmp_path / "bericht.xlsx", filters)
    assert read_report(result.path) == summary_json(families, filters)
    assert (result.min_cell, result.hidden, result.families) == (None, 0, 32)
    assert result.sheets == ("Übersicht", "Mittagsverpflegung", "Lernförderung", "Teilhabe schulisch",
                             "Teilhabe soziokulturell", "Auswertung Minijobs")


@pytest.mark.parametrize("min_cell", [2, 3, 5])
def test_min_cell_shows_no_small_count_and_the_rest_as_in_the_summary(families, tmp_path, min_cell):
    filters = SummaryFilter()
    result = write_report(families, tmp_path / "bericht.xlsx", filters, min_cell)
    shown = read_report(result.path)
    assert [n for n in numbers(shown) if 1 <= n < min_cell] == []
    assert shown == with_hidden(summary_json(families, filters), shown)
    assert result.hidden == str(shown).count("'•'") - 4 * (shown["children"] == "•")  # children: 5 places
    assert result.hidden > 0


def test_min_cell_below_two_is_refused_before_anything_is_written(families, tmp_path):
    (out := tmp_path / "out").mkdir()
    with pytest.raises(UserError, match="mindestens 2"):
        write_report(families, out / "bericht.xlsx", None, 1)
    assert not list(out.iterdir())


def test_a_reason_a_coach_typed_is_counted_without_its_words(families, tmp_path):
    """The demo's coach typed "Kind möchte zuhause essen" (not the catalogue's wording): the
    report counts it under one line and quotes no typed text; the counts add up as before."""
    with families.session() as session:
        plain = summarize(session, SummaryFilter()).areas
    path = write_report(families, tmp_path / "bericht.xlsx").path
    text = package_text(path)
    assert "Kind möchte zuhause essen" in str(plain)  # typed in the demo
    assert "Kind möchte zuhause essen" not in text and OWN_REASONS in text
    shown = read_report(path)["but"]
    for area, figures in plain.items():
        assert sum(r["count"] for r in shown[area.value]["reasons"]) == sum(r.count for r in figures.reasons)

"""Singular and plural (issue 18): "1 Familie", never "1 Familien" — in German and in English."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt

from userjourney.core.editing.family_list import FamilyRow
from userjourney.core.i18n import counted


def _row(conflicts: int, missing: int) -> FamilyRow:
    return FamilyRow(uuid.uuid4(), "SCH-01", None, None, date(2024, 1, 1), datetime(2024, 1, 1, tzinfo=UTC),
                     children=1, persons=0, expected=4, complete=3, missing_reasons=missing, conflicts=conflicts)


@pytest.mark.parametrize(("n", "conflict", "reasons"), [
    (1, "1 offener Konflikt aus dem Abgleich", "1 Grund fehlt"),
    (2, "2 offene Konflikte aus dem Abgleich", "2 Gründe fehlen"),
])
def test_the_family_list_counts_in_the_right_number(qapp, n, conflict, reasons):
    from userjourney.gui.family.list_model import FamilyListModel

    model = FamilyListModel(lambda _ids: [_row(conflicts=n, missing=n)])
    model.reload()
    tip = model.data(model.index(0, model.CODE), Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[-1].startswith(conflict + " ")  # after Familie, Standort, JobCoach
    complete = model.data(model.index(0, model.COMPLETE), Qt.ItemDataRole.ToolTipRole)
    assert complete.endswith("\n" + reasons)


def test_counted_picks_the_form_and_english_has_both(qapp):
    from userjourney.core.i18n import tr
    from userjourney.gui.app import install_translations

    assert [counted(n, tr("1 Familie"), tr("{n} Familien")).format(n=n) for n in (0, 1, 2)] == [
        "0 Familien", "1 Familie", "2 Familien"]
    try:
        install_translations(qapp, "en")
        # texts of the core (the empty context): both forms have their English
        assert [counted(n, tr("1 Zeile Verlauf"), tr("{n} Zeilen Verlauf")).format(n=n) for n in (1, 2)] == [
            "1 row of history", "2 rows of history"]
        assert counted(1, tr("1 Jahr"), tr("{age} Jahre")) == "1 year"
    finally:
        install_translations(qapp)


def test_the_sync_summary_and_the_history_say_one_in_the_singular():
    from userjourney.core.history.audit import _age
    from userjourney.core.sync.synchronising import Direction, SyncResult

    assert _age({"age_years": 1}) == "1 Jahr"
    assert _age({"age_years": 7}) == "7 Jahre"
    result = SyncResult(here="A", there="B", into_here=Direction(families=1, history_rows=1, reasons=1, erased=1),
                        into_there=Direction(families=2, history_rows=3, reasons=2, erased=2))
    lines = result.describe()
    assert lines[0] == ("In diese Datenbank (A): 1 Familie übernommen oder geändert, 1 Zeile Verlauf, 1 neuer Grund, "
                        "1 auf Antrag gelöschte Familie entfernt")
    assert lines[1] == ("In die andere (B): 2 Familien übernommen oder geändert, 3 Zeilen Verlauf, 2 neue Gründe, "
                        "2 auf Antrag gelöschte Familien entfernt")

"""Importing the exchange template (exchange-format.md §2): rules, messages, idempotence, history."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.support import examples
from tests.support.db import dump, recorded_as
from tests.support.excel import BUT_HEADERS, MINIJOB_HEADERS, but, job, write_xlsx
from userjourney.core.editing.edits import (
    add_child,
    add_person,
    create_family,
    entry_for,
    minijob_for,
    set_date,
    set_details,
    set_minijob,
    set_step,
)
from userjourney.core.errors import ValidationError
from userjourney.core.excel import (
    ExcelFileError,
    ImportRefused,
    apply_import,
    import_file,
    plan_import,
    template,
)
from userjourney.core.excel.reader import _cached
from userjourney.core.history.codec import encode
from userjourney.core.history.listeners import last_commit
from userjourney.core.history.revert import revert
from userjourney.core.storage.models import (
    ButEntry,
    Change,
    Child,
    Family,
    MinijobEntry,
    Reason,
)

TODAY = date(2024, 5, 1)


def _plan(db, path):
    with db.session() as session:
        return plan_import(path, session, today=TODAY)


def _import(db, path):
    plan = _plan(db, path)
    assert plan.ok, plan.error_lines()
    return plan, apply_import(db, plan)


# --------------------------------------------------------------------------- a good file


def test_a_valid_file_is_imported_with_everything_in_it(db, tmp_path):
    path = write_xlsx(
        tmp_path / "liste.xlsx",
        [
            but(),
            but(Bereich="Lernförderung", Angebot_interessant="ja", Antrag_gestellt="01.02.22",
                Antrag_bewilligt=date(2022, 2, 2), Angebot_wahrgenommen="ja", Details="Mathe; Deutsch ,Englisch",
                Grund=None),
            but(Kind="Jana", Alter=5, Einrichtung="KiTa", Bereich="Teilhabe soziokulturell",
                Angebot_interessant="ja", Antrag_gestellt="2022-04-06", Antrag_bewilligt="ja", Angebot_wahrgenommen="JA",
                Details="Fußballverein", Grund=None),
        ],
        [job(), job(Person="Mia Müller", Alter=21, Arbeitgeber=None, Beginn=None, Aufgestockt="nein", Nachhaltig=None,
                    Minijob_gesucht="2", Minijob_gefunden=3.0, **{"pot. Arbeitgeber angesprochen": " 3 "})],
    )
    plan, result = _import(db, path)
    assert plan.counts["families"].new == 2 and plan.counts["children"].new == 2
    assert plan.counts["but_entries"].new == 3 and plan.counts["persons"].new == 2
    assert plan.counts["minijobs"].new == 2
    assert result.counts == plan.counts and result.changed
    with db.session() as s:
        schmidt = s.scalars(sa.select(Family).where(Family.code == "Schmidt")).one()
        assert (schmidt.location, schmidt.coach, schmidt.created_on) == ("Ennigerloh", "Max Mustermann", date(2021, 11, 10))
        assert schmidt.migration_background is False and schmidt.parenting_status == "nicht alleinerziehend"
        jan, jana = schmidt.children
        assert (jan.name, jan.age_years, jan.age_recorded_on, jan.facility) == ("Jan", 13, TODAY, "Weiterführende Schule")
        entries = {e.area: e for e in jan.entries}
        lunch = entries["Mittagsverpflegung"]
        assert (lunch.entitled, lunch.offer_interesting, lunch.applied) == (True, False, None)
        assert lunch.reason.text == "Kind möchte zuhause essen" and not lunch.reason.seeded
        tutoring = entries["Lernförderung"]
        assert tutoring.used is True and tutoring.implied_mask == 0
        assert (tutoring.applied_on, tutoring.approved_on) == (date(2022, 2, 1), date(2022, 2, 2))
        assert [d.item for d in tutoring.details] == ["Mathe", "Deutsch", "Englisch"]
        club = jana.entries[0]
        assert (club.applied_on, club.approved_on, club.used) == (date(2022, 4, 6), None, True)
        mueller = s.scalars(sa.select(Family).where(Family.code == "Müller")).one()
        martina, mia = mueller.persons
        assert (martina.minijob.searched, martina.minijob.topped_up, martina.minijob.started_on) == (2, True, date(2022, 1, 3))
        assert (mia.minijob.searched, mia.minijob.found, mia.minijob.approached) == (2, 3, 3)
        assert mia.minijob.sustainable is None and mia.minijob.note_sustainable == "seit 3 Monaten"


def test_importing_the_same_file_twice_changes_nothing_and_writes_no_history(db, db_target, tmp_path):
    path = write_xlsx(tmp_path / "liste.xlsx", [but(), but(Bereich="Lernförderung", Anspruch="nein", Angebot_vorhanden=None,
                                                        Angebot_bekannt=None, Angebot_interessant=None, Grund=None)],
                      [job()])
    _import(db, path)
    before = dump(db_target)
    plan, result = _import(db, path)
    assert {kind: (c.new, c.updated) for kind, c in plan.counts.items()} == dict.fromkeys(("families", "children", "but_entries", "persons", "minijobs"), (0, 0))
    assert plan.families == {"Schmidt": "unchanged", "Müller": "unchanged"}
    assert not result.changed and result.txn_id is None and result.history_rows == 0
    assert dump(db_target) == before  # not even Letzte Bearbeitung moved


def test_a_changed_file_updates_in_place_with_history(db, db_target, tmp_path):
    first = write_xlsx(tmp_path / "a.xlsx", [but(), but(Kind="Jana", Alter=5, Einrichtung="KiTa")], [job()])
    _import(db, first)
    with db.session() as s:
        ids = {f.code: f.id for f in s.scalars(sa.select(Family))}
        stamps = {f.code: f.updated_at for f in s.scalars(sa.select(Family))}
        jan = s.scalars(sa.select(Child).where(Child.name == "Jan")).one().id
    changed = write_xlsx(tmp_path / "b.xlsx", [
        but(Standort="Beckum", Angebot_interessant="ja", Antrag_gestellt="ja", Grund=None, Alter=14),
        but(Kind="Jana", Alter=5, Einrichtung="KiTa", Standort=None),
    ], [job()])
    plan, result = _import(db, changed)
    assert plan.families == {"Schmidt": "updated", "Müller": "unchanged"}
    assert (plan.counts["children"].updated, plan.counts["children"].unchanged) == (1, 1)
    assert (plan.counts["but_entries"].updated, plan.counts["but_entries"].unchanged) == (1, 1)
    rows = [r for r in _changes(db) if r.txn_id == result.txn_id]
    assert all(r.actor == recorded_as(db, "Testerin") and r.action == "update" for r in rows)
    fields = {(r.record_type, r.field): (r.old_value, r.new_value) for r in rows}
    with db.session() as s:
        reason = s.scalars(sa.select(Reason.id).where(Reason.text == "Kind möchte zuhause essen")).one()
    assert fields == {
        ("family", "location"): ('"Ennigerloh"', '"Beckum"'),
        ("child", "age_years"): ("13", "14"),
        ("but_entry", "offer_interesting"): ("false", "true"),
        ("but_entry", "applied"): (None, "true"),
        ("but_entry", "reason_id"): (encode(reason), None),
    }
    assert {r.family_id for r in rows} == {ids["Schmidt"]}
    with db.session() as s:
        assert s.get(Family, ids["Schmidt"]).updated_at > stamps["Schmidt"]  # Letzte Bearbeitung
        assert s.get(Family, ids["Müller"]).updated_at == stamps["Müller"]
        assert s.get(Child, jan).age_years == 14
    # undo works on an import like on any edit
    with db.transaction() as s:
        revert(s, result.txn_id)
    with db.session() as s:
        assert s.get(Family, ids["Schmidt"]).location == "Ennigerloh"


def _changes(db):
    with db.session() as s:
        return list(s.scalars(sa.select(Change).order_by(Change.id)))


def test_history_rows_of_an_import_have_the_shape_the_orm_writes(db, tmp_path):
    """The same family entered in the GUI (ORM listeners) and imported (bulk) leaves the same history."""
    with db.transaction() as s:
        family = create_family(s, "Orm", location="Ennigerloh", coach="Max Mustermann",
                                       created_on="10.11.2021", migration_background="nein",
                                       parenting_status="nicht alleinerziehend")
        child = add_child(s, family, "Jan", 13, "Weiterführende Schule", today=TODAY)
        entry = entry_for(s, child, "Lernförderung")
        set_step(entry, 6, "ja")
        set_date(entry, "applied_on", "01.02.2022")
        set_details(s, entry, "Mathe, Deutsch")
        person = add_person(s, family, "Martina", 42, today=TODAY)
        set_minijob(minijob_for(s, person), "searched", 2)
    orm_txn = last_commit(s).txn_id
    path = write_xlsx(tmp_path / "x.xlsx", [but(
        Familie="Bulk", Bereich="Lernförderung", Anspruch=None, Angebot_vorhanden=None, Angebot_bekannt=None,
        Angebot_interessant=None, Antrag_gestellt="01.02.2022", Angebot_wahrgenommen="ja", Details="Mathe, Deutsch",
        Grund=None)], [job(Familie="Bulk", Standort="Ennigerloh", JobCoach="Max Mustermann",
                           Erstelldatum=date(2021, 11, 10), Migrationshintergrund="nein",
                           Erziehungsstatus="nicht alleinerziehend", Person="Martina", Alter=42, Arbeitgeber=None,
                           Beginn=None, Minijob_gefunden=None, **{"pot. Arbeitgeber angesprochen": None},
                           Aufstockung_möglich=None, Aufgestockt=None, Nachhaltig=None, Anmerkung_Nachhaltig=None)])
    _, result = _import(db, path)

    def shape(txn):
        rows = [r for r in _changes(db) if r.txn_id == txn]
        out = []
        for r in rows:
            data = json.loads(r.new_value)
            for key in ("id", "family_id", "child_id", "entry_id", "person_id", "updated_at"):
                data.pop(key, None)
            data.pop("code", None)
            out.append((r.record_type, r.action, r.field, r.old_value, data))
        return sorted(out, key=repr)

    assert shape(result.txn_id) == shape(orm_txn)
    rows = [r for r in _changes(db) if r.txn_id == result.txn_id]
    assert len({r.at for r in rows}) == 1 and {r.actor for r in rows} == {recorded_as(db, "Testerin")}
    keys = [list(json.loads(r.new_value)) for r in rows if r.record_type == "but_entry"]
    orm_keys = [list(json.loads(r.new_value)) for r in _changes(db) if r.txn_id == orm_txn and r.record_type == "but_entry"]
    assert keys == orm_keys  # same keys in the same order


def test_empty_cells_clear_values_but_nothing_absent_is_deleted(db, tmp_path):
    _import(db, write_xlsx(tmp_path / "a.xlsx", [
        but(Details="Mensa"), but(Kind="Jana", Alter=5, Einrichtung="KiTa"), but(Familie="Andere"),
    ], [job()]))
    # second file: Schmidt/Jan only, with Standort, Grund and Details emptied, Erstelldatum empty
    _import(db, write_xlsx(tmp_path / "b.xlsx", [but(Standort=None, Erstelldatum=None, Grund=None, Details=None)], []))
    with db.session() as s:
        schmidt = s.scalars(sa.select(Family).where(Family.code == "Schmidt")).one()
        assert schmidt.location is None and schmidt.created_on == date(2021, 11, 10)
        jan = next(c for c in schmidt.children if c.name == "Jan")
        assert jan.entries[0].reason is None and jan.entries[0].details == []
        assert {c.name for c in schmidt.children} == {"Jan", "Jana"}  # Jana is not in the file: kept
        assert s.scalar(sa.select(sa.func.count()).select_from(Family)) == 3
        assert s.scalar(sa.select(sa.func.count()).select_from(MinijobEntry)) == 1


def test_a_new_family_without_erstelldatum_gets_today(db, tmp_path):
    _import(db, write_xlsx(tmp_path / "a.xlsx", [but(Erstelldatum=None)]))
    with db.session() as s:
        assert s.scalars(sa.select(Family)).one().created_on == TODAY  # the plan's day


def test_family_cells_may_be_left_empty_after_the_first_row(db, tmp_path):
    """Merged cells read as one value and empty cells: both take the family's other rows."""
    rows = [but(), but(Bereich="Lernförderung", Standort=None, JobCoach=None, Erziehungsstatus=None,
                       Migrationshintergrund=None, Alter=None, Einrichtung=None)]
    _plan_made, _ = _import(db, write_xlsx(tmp_path / "a.xlsx", rows))
    with db.session() as s:
        family = s.scalars(sa.select(Family)).one()
        assert (family.location, family.parenting_status, family.migration_background) == (
            "Ennigerloh", "nicht alleinerziehend", False)
        assert family.children[0].age_years == 13


def test_header_rules_any_order_extra_columns_and_spaces(db, tmp_path):
    headers = ["  Bemerkung", *reversed(BUT_HEADERS)]
    headers[headers.index("Grund")] = " Grund  "  # spaces around a header do not count
    headers[headers.index("Antrag bewilligt")] = "Antrag\nbewilligt"  # nor a line break inside (Alt+Enter)
    path = write_xlsx(tmp_path / "a.xlsx", [dict(but(), **{"Antrag\nbewilligt": None})], but_headers=headers)
    plan, _ = _import(db, path)
    assert plan.counts["but_entries"].new == 1
    assert [str(w) for w in plan.warnings] == [
        "Blatt „BuT“, Zeile 1, Spalte „Bemerkung“ (A): Die Spalte „Bemerkung“ gehört nicht zur Vorlage und wird nicht eingelesen."
    ]
    with db.session() as s:
        assert s.scalars(sa.select(ButEntry)).one().reason.text == "Kind möchte zuhause essen"


def test_either_sheet_may_be_absent(db, tmp_path):
    plan, _ = _import(db, write_xlsx(tmp_path / "a.xlsx", None, [job()]))
    assert plan.counts["persons"].new == 1 and plan.rows == {"Minijobs": 1}


def test_values_in_every_written_form(db, tmp_path):
    rows = [
        but(Erstelldatum="10.11.21", Migrationshintergrund="Nein", Erziehungsstatus="Nicht Alleinerziehend",
            Einrichtung="weiterführende schule", Bereich="mittagsverpflegung", Anspruch=" JA ", Angebot_vorhanden="Ja",
            Angebot_bekannt=True, Angebot_interessant="nein", Grund="  Kind möchte zuhause essen  "),
        but(Kind="Ida", Alter=" 7 ", Einrichtung="Grundschule", Erstelldatum=datetime(2021, 11, 10, 0, 0),
            Angebot_interessant="ja", Antrag_gestellt=datetime(2022, 3, 1, 12, 0), Antrag_bewilligt="2022-03-05",
            Angebot_wahrgenommen="ja", Grund=None),
        but(Kind="Ben", Alter=9.0, Einrichtung="Grundschule", Erstelldatum="2021-11-10", Grund=None),
    ]
    plan, _ = _import(db, write_xlsx(tmp_path / "a.xlsx", rows))
    assert plan.ok
    with db.session() as s:
        assert s.scalars(sa.select(Family)).one().created_on == date(2021, 11, 10)
        ida = s.scalars(sa.select(Child).where(Child.name == "Ida")).one()
        assert ida.age_years == 7
        assert (ida.entries[0].applied_on, ida.entries[0].approved_on) == (date(2022, 3, 1), date(2022, 3, 5))
        assert s.scalars(sa.select(Child).where(Child.name == "Ben")).one().age_years == 9
        reason = s.scalars(sa.select(Reason).where(Reason.text.like("Kind möchte%"))).one()
        assert reason.text == "Kind möchte zuhause essen"  # trimmed, verbatim otherwise


def test_a_known_reason_is_reused_and_a_new_one_joins_the_catalogue(db, tmp_path):
    with db.session() as s:
        before = s.scalar(sa.select(sa.func.count()).select_from(Reason))
    plan, _ = _import(db, write_xlsx(tmp_path / "a.xlsx", [
        but(Grund="Kind / Jugendlicher möchte zuhause essen"),
        but(Kind="Ida", Grund="Familie zieht bald um"),
        but(Kind="Ben", Grund="Familie zieht bald um"),
    ]))
    assert plan.new_reasons == [("Mittagsverpflegung", "Familie zieht bald um")]
    with db.session() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Reason)) == before + 1
        assert s.scalars(sa.select(Reason).where(Reason.text == "Familie zieht bald um")).one().seeded is False


def test_implied_ja_and_plausibility_are_warnings_that_do_not_block(db, tmp_path):
    rows = [
        but(Anspruch=None, Angebot_vorhanden=None, Angebot_bekannt="ja", Angebot_interessant=None, Grund=None),
        but(Kind="Jana", Alter=40, Einrichtung="KiTa", Bereich="Lernförderung", Grund=None),
    ]
    plan, result = _import(db, write_xlsx(tmp_path / "a.xlsx", rows))
    assert [str(w) for w in plan.warnings] == [
        "Blatt „BuT“, Zeile 2, Spalte „Anspruch“ (K): Leere Schritte vor einem „ja“ als „ja“ übernommen: "
        "Anspruch, Angebot vorhanden.",
        "Blatt „BuT“, Zeile 3, Spalte „Alter“ (H): Alter 40 ist ungewöhnlich für „KiTa“ (üblich: 0–7).",
        "Blatt „BuT“, Zeile 3, Spalte „Alter“ (H): Mit 40 Jahren besteht in der Regel kein BuT-Anspruch mehr (bis 25).",
        "Blatt „BuT“, Zeile 3, Spalte „Bereich“ (J): „Lernförderung“ für ein Kind in „KiTa“ ist ungewöhnlich.",
    ]
    assert plan.warning_count == 4 and result.warning_count == 4
    with db.session() as s:
        entry = s.scalars(sa.select(ButEntry).join(Child).where(Child.name == "Jan")).one()
        assert (entry.entitled, entry.offer_exists, entry.offer_known, entry.implied_mask) == (True, True, True, 0b011)


# --------------------------------------------------------------------------- bad input

BAD = [
    pytest.param(
        [but(Bereich="Ferien")], None,
        "Blatt „BuT“, Zeile 2, Spalte „Bereich“ (J): „Ferien“ ist kein gültiger Wert für Bereich; erwartet: "
        "Mittagsverpflegung, Lernförderung, Teilhabe schulisch, Teilhabe soziokulturell.",
        id="unknown-Bereich",
    ),
    pytest.param(
        [but(Einrichtung="Hort")], None,
        "Blatt „BuT“, Zeile 2, Spalte „Einrichtung“ (I): „Hort“ ist kein gültiger Wert für Einrichtung; erwartet: "
        "keine, KiTa, Grundschule, Weiterführende Schule, Förderschule, Berufskolleg, Ausbildung / Arbeit.",
        id="unknown-Einrichtung",
    ),
    pytest.param(
        None, [job(Erziehungsstatus="verheiratet")],
        "Blatt „Minijobs“, Zeile 2, Spalte „Erziehungsstatus“ (F): „verheiratet“ ist kein gültiger Wert für "
        "Erziehungsstatus; erwartet: alleinerziehend, nicht alleinerziehend.",
        id="unknown-Erziehungsstatus",
    ),
    pytest.param(
        [but(Anspruch="vielleicht")], None,
        "Blatt „BuT“, Zeile 2, Spalte „Anspruch“ (K): „vielleicht“ ist keine gültige Angabe; erwartet: ja, nein oder leer.",
        id="vielleicht",
    ),
    pytest.param(
        [but(Erstelldatum="31.02.2022")], None,
        "Blatt „BuT“, Zeile 2, Spalte „Erstelldatum“ (D): „31.02.2022“ ist kein gültiges Datum (diesen Tag gibt es nicht).",
        id="31.02.2022",
    ),
    pytest.param(
        [but(Angebot_interessant="ja", Antrag_gestellt="31.02.2022", Grund=None)], None,
        "Blatt „BuT“, Zeile 2, Spalte „Antrag gestellt“ (O): „31.02.2022“ ist kein gültiges Datum (diesen Tag gibt es nicht).",
        id="31.02.2022-Antrag",
    ),
    pytest.param(
        [but(Angebot_interessant="ja", Antrag_gestellt="bald", Grund=None)], None,
        "Blatt „BuT“, Zeile 2, Spalte „Antrag gestellt“ (O): „bald“ ist keine gültige Angabe; erwartet: ja, nein, "
        "leer oder ein Datum (TT.MM.JJJJ, TT.MM.JJ oder JJJJ-MM-TT).",
        id="Antrag-text",
    ),
    pytest.param(
        [but(Alter=-3)], None,
        "Blatt „BuT“, Zeile 2, Spalte „Alter“ (H): „-3“ ist kein gültiges Alter; erwartet: eine ganze Zahl von 0 bis 120.",
        id="negative-age",
    ),
    pytest.param(
        [but(Alter="zwölf")], None,
        "Blatt „BuT“, Zeile 2, Spalte „Alter“ (H): „zwölf“ ist kein gültiges Alter; erwartet: eine ganze Zahl von 0 bis 120.",
        id="written-out-age",
    ),
    pytest.param(
        None, [job(Minijob_gesucht=5)],
        "Blatt „Minijobs“, Zeile 2, Spalte „Minijob gesucht“ (K): „5“ ist keine gültige Stufe; erwartet: "
        "1 (selbstständig) bis 4 (unselbstständig).",
        id="level-5",
    ),
    pytest.param(
        [but(Angebot_vorhanden="nein", Angebot_interessant=None)], None,
        "Blatt „BuT“, Zeile 2, Spalte „Angebot vorhanden“ (L): „nein“ bei „Angebot vorhanden“ widerspricht dem "
        "späteren „ja“ bei „Angebot bekannt“.",
        id="nein-before-ja",
    ),
    pytest.param(
        [but(), but(Bereich="Lernförderung", Standort="Beckum")], None,
        "Blatt „BuT“, Zeile 3, Spalte „Standort“ (B): „Beckum“ weicht von „Ennigerloh“ in Blatt „BuT“, Zeile 2 ab; "
        "in allen Zeilen einer Familie müssen die Familienangaben gleich sein.",
        id="family-rows-disagree",
    ),
    pytest.param(
        [but()], [job(Familie="Schmidt", Standort="Ennigerloh", JobCoach="Max Mustermann",
                      Erstelldatum=date(2021, 11, 10), Erziehungsstatus="nicht alleinerziehend")],
        "Blatt „Minijobs“, Zeile 2, Spalte „Migrationshintergrund“ (E): „ja“ weicht von „nein“ in Blatt „BuT“, "
        "Zeile 2 ab; in allen Zeilen einer Familie müssen die Familienangaben gleich sein.",
        id="family-disagrees-across-sheets",
    ),
    pytest.param(
        [but(), but(Bereich="Lernförderung", Alter=14)], None,
        "Blatt „BuT“, Zeile 3, Spalte „Alter“ (H): „14“ weicht von „13“ in Blatt „BuT“, Zeile 2 ab; in allen Zeilen "
        "eines Kindes müssen Alter und Einrichtung gleich sein.",
        id="child-rows-disagree",
    ),
    pytest.param(
        [but(), but(Grund="anders")], None,
        "Blatt „BuT“, Zeile 3, Spalte „Bereich“ (J): Für Kind „Jan“ der Familie „Schmidt“ gibt es schon in Zeile 2 "
        "eine Zeile „Mittagsverpflegung“; jeder Bereich darf je Kind nur einmal vorkommen.",
        id="duplicate-BuT-row",
    ),
    pytest.param(
        None, [job(), job(Alter=43)],
        "Blatt „Minijobs“, Zeile 3, Spalte „Person“ (G): Person „Martina Müller“ der Familie „Müller“ steht schon in "
        "Zeile 2; jede Person darf nur einmal vorkommen.",
        id="duplicate-person",
    ),
    pytest.param(
        None, [job(Aufstockung_möglich="nein")],
        "Blatt „Minijobs“, Zeile 2, Spalte „Aufgestockt“ (O): „ja“ bei „Aufgestockt“ geht nur, wenn „Aufstockung "
        "möglich“ ja ist (hier: „nein“).",
        id="topped-up-without-possible",
    ),
    pytest.param(
        [but(Familie=None)], None,
        "Blatt „BuT“, Zeile 2, Spalte „Familie“ (A): Die Familie fehlt; jede Zeile braucht das Kürzel der Familie.",
        id="no-Familie",
    ),
    pytest.param(
        [but(Kind="  ")], None,
        "Blatt „BuT“, Zeile 2, Spalte „Kind“ (G): Das Kind fehlt; eine Zeile mit Angaben zu Kind oder Bereich "
        "braucht den Namen des Kindes.",
        id="no-Kind",
    ),
    pytest.param(
        [but(Bereich=None)], None,
        "Blatt „BuT“, Zeile 2, Spalte „Bereich“ (J): Der Bereich fehlt; erwartet: Mittagsverpflegung, "
        "Lernförderung, Teilhabe schulisch, Teilhabe soziokulturell.",
        id="no-Bereich",
    ),
    pytest.param(
        [but(Familie="x" * 101)], None,
        "Blatt „BuT“, Zeile 2, Spalte „Familie“ (A): „" + "x" * 60 + "…“ ist 101 Zeichen lang; "
        "erlaubt sind höchstens 100 Zeichen.",
        id="Familie-too-long",
    ),
]


@pytest.mark.parametrize("but_rows, job_rows, message", BAD)
def test_every_rule_has_its_message_and_the_database_stays_as_it_was(db, db_target, tmp_path, but_rows, job_rows, message):
    _import(db, write_xlsx(tmp_path / "vorher.xlsx", [but(Familie="Vorher")]))
    before = dump(db_target)
    path = write_xlsx(tmp_path / "falsch.xlsx", but_rows, job_rows)
    plan = _plan(db, path)
    assert [str(e) for e in plan.errors] == [message]
    assert not plan.ok and plan.counts == {}
    with pytest.raises(ImportRefused) as refused:
        apply_import(db, plan)
    assert refused.value.details == [f"falsch.xlsx, {message}"]
    assert refused.value.message == (
        "„falsch.xlsx“ kann nicht importiert werden: 1 Fehler. Die Datenbank bleibt unverändert."
    )
    with pytest.raises(ImportRefused):
        import_file(db, path)
    assert dump(db_target) == before


def test_a_missing_column_is_named_and_near_misses_are_pointed_out(db, db_target, tmp_path):
    headers = [h for h in BUT_HEADERS if h != "Anspruch"]
    headers[headers.index("Angebot bekannt")] = "angebot bekannt"
    before = dump(db_target)
    plan = _plan(db, write_xlsx(tmp_path / "a.xlsx", [but()], but_headers=headers))
    assert [str(e) for e in plan.errors] == [
        "Blatt „BuT“, Zeile 1, Spalte „Anspruch“: Die Spalte fehlt; die Kopfzeile braucht jede Spalte der Vorlage.",
        "Blatt „BuT“, Zeile 1, Spalte „Angebot bekannt“: Die Spalte fehlt; die Kopfzeile braucht jede Spalte der "
        "Vorlage. Gefunden wurde „angebot bekannt“ in Spalte L; die Schreibweise muss genau stimmen.",
    ]
    assert dump(db_target) == before


def test_a_missing_key_column_stops_reading_that_sheet(db, tmp_path):
    headers = [h for h in MINIJOB_HEADERS if h != "Person"]
    plan = _plan(db, write_xlsx(tmp_path / "a.xlsx", None, [job(Minijob_gesucht=9)], job_headers=headers))
    assert [str(e) for e in plan.errors] == [
        "Blatt „Minijobs“, Zeile 1, Spalte „Person“: Die Spalte fehlt; die Kopfzeile braucht jede Spalte der Vorlage."
    ]


def test_a_column_twice_is_an_error(db, tmp_path):
    plan = _plan(db, write_xlsx(tmp_path / "a.xlsx", [but()], but_headers=BUT_HEADERS + ["Alter"]))
    assert [str(e) for e in plan.errors] == [
        "Blatt „BuT“, Zeile 1, Spalte „Alter“ (T): Die Spalte „Alter“ steht mehrfach in Zeile 1 (Spalten H, T); "
        "sie darf nur einmal vorkommen."
    ]


def test_a_workbook_without_either_sheet(db, tmp_path):
    plan = _plan(db, write_xlsx(tmp_path / "a.xlsx"))
    assert [str(e) for e in plan.errors] == [
        "Die Arbeitsmappe hat weder ein Blatt „BuT“ noch ein Blatt „Minijobs“ (gefunden: „Tabelle1“)."
    ]


@pytest.mark.parametrize(
    "content_bytes, message",
    [
        (b"", "Die Datei „{path}“ ist leer (0 Bytes); erwartet: eine Excel-Arbeitsmappe (.xlsx)."),
        (b"Familie;Standort\nSchmidt;Ennigerloh\n",
         "Die Datei „{path}“ ist keine Excel-Arbeitsmappe (.xlsx); bitte in Excel als „Excel-Arbeitsmappe (*.xlsx)“ "
         "speichern (alte .xls-Dateien und Dateien mit Kennwortschutz gehen nicht)."),
        (b"PK\x03\x04 broken zip",
         "Die Datei „{path}“ ist keine Excel-Arbeitsmappe (.xlsx); bitte in Excel als „Excel-Arbeitsmappe (*.xlsx)“ "
         "speichern (alte .xls-Dateien und Dateien mit Kennwortschutz gehen nicht)."),
    ],
    ids=["empty-file", "text-renamed", "broken-zip"],
)
def test_files_that_are_no_workbook(db, db_target, tmp_path, content_bytes, message):
    path = tmp_path / "liste.xlsx"
    path.write_bytes(content_bytes)
    before = dump(db_target)
    with pytest.raises(ExcelFileError) as error:
        _plan(db, path)
    assert error.value.message == message.format(path=path)
    assert dump(db_target) == before


def test_a_zip_that_is_no_workbook(db, tmp_path):
    import zipfile

    path = tmp_path / "archiv.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hallo.txt", "Hallo")
    with pytest.raises(ExcelFileError) as error:
        _plan(db, path)
    assert error.value.message.startswith(f"Die Datei „{path}“ ist keine lesbare Excel-Arbeitsmappe (.xlsx)")


def test_a_missing_file(db, tmp_path):
    with pytest.raises(ExcelFileError) as error:
        _plan(db, tmp_path / "fehlt.xlsx")
    assert error.value.message == f"Die Datei „{tmp_path / 'fehlt.xlsx'}“ gibt es nicht."


def test_all_errors_of_a_file_are_collected_at_once(db, tmp_path):
    rows = [but(Kind=f"Kind {i}", Alter="zwölf", Anspruch="vielleicht") for i in range(50)]
    plan = _plan(db, write_xlsx(tmp_path / "a.xlsx", rows, [job(Minijob_gesucht=7)]))
    assert plan.error_count == 101
    assert plan.error_lines(limit=3)[-1] == "… und 98 weitere"
    assert {e.column for e in plan.errors} == {"Alter", "Anspruch", "Minijob gesucht"}
    assert [e.row for e in plan.errors][:4] == [2, 2, 3, 3]


def test_empty_rows_are_skipped(db, tmp_path):
    rows = [but(), dict.fromkeys(BUT_HEADERS), dict.fromkeys(BUT_HEADERS, "  "), but(Kind="Ida")]
    plan, _ = _import(db, write_xlsx(tmp_path / "a.xlsx", rows))
    assert plan.rows == {"BuT": 2} and plan.counts["children"].new == 2


# --------------------------------------------------------------------------- all or nothing


def test_a_cancel_during_apply_rolls_everything_back(db, db_target, tmp_path):
    rows = [but(Familie=f"F{i:03d}") for i in range(300)]
    plan = _plan(db, write_xlsx(tmp_path / "a.xlsx", rows))
    before = dump(db_target)
    from userjourney.core.excel import importer

    calls = []

    def progress(done, total):
        calls.append((done, total))
        if len(calls) == 2:
            raise KeyboardInterrupt

    old = importer.FLUSH_EVERY
    importer.FLUSH_EVERY = 100
    try:
        with pytest.raises(KeyboardInterrupt):
            apply_import(db, plan, progress)
    finally:
        importer.FLUSH_EVERY = old
    assert dump(db_target) == before
    result = apply_import(db, plan)
    assert result.counts["families"].new == 300


def test_progress_while_reading_and_cancel(db, tmp_path):
    rows = [but(Familie=f"F{i:04d}") for i in range(2500)]
    path = write_xlsx(tmp_path / "a.xlsx", rows)
    seen = []
    with db.session() as session:
        plan = plan_import(path, session, lambda done, total: seen.append((done, total)))
    assert plan.ok and seen and seen[-1][0] == seen[-1][1] and all(d <= t for d, t in seen)

    class Stop(Exception):
        pass

    def cancel(done, total):
        raise Stop

    with pytest.raises(Stop):
        with db.session() as session:
            plan_import(path, session, cancel)


def test_apply_compares_again_when_the_database_changed_since_the_plan(db, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", [but()])
    plan = _plan(db, path)
    assert plan.families == {"Schmidt": "new"}
    with db.transaction() as s:  # meanwhile someone enters the family by hand
        create_family(s, "Schmidt", location="Beckum")
    result = apply_import(db, plan)
    assert result.counts["families"].updated == 1 and result.counts["families"].new == 0
    with db.session() as s:
        assert s.scalars(sa.select(Family)).one().location == "Ennigerloh"


def _three_families_then_one_changed(db, tmp_path):
    """Schmidt, Yilmaz and Müller imported; then a file where only Yilmaz's Jan is a year older."""
    rows = [but(), but(Familie="Yilmaz"), but(Familie="Müller")]
    _import(db, write_xlsx(tmp_path / "erst.xlsx", rows))
    rows[1]["Alter"] = 14
    return write_xlsx(tmp_path / "dann.xlsx", rows)


def _compared_families(monkeypatch) -> list[str]:
    from userjourney.core.excel import importer

    compared: list[str] = []
    original = importer._diff_family

    def counting(code, *args):
        compared.append(code)
        return original(code, *args)

    monkeypatch.setattr(importer, "_diff_family", counting)
    return compared


def test_a_re_import_compares_again_only_the_families_the_plan_found_changed(db, tmp_path, monkeypatch):
    path = _three_families_then_one_changed(db, tmp_path)
    plan = _plan(db, path)
    assert plan.families == {"Schmidt": "unchanged", "Yilmaz": "updated", "Müller": "unchanged"}
    compared = _compared_families(monkeypatch)
    result = apply_import(db, plan)
    assert compared == ["Yilmaz"]  # nothing was committed since the plan: the others are as it found them
    assert result.counts == plan.counts and result.counts["families"].unchanged == 2
    assert result.counts["children"].updated == 1
    with db.session() as s:
        ages = dict(s.execute(sa.select(Family.code, Child.age_years).join(Child, Child.family_id == Family.id)).all())
    assert ages == {"Schmidt": 13, "Yilmaz": 14, "Müller": 13}


def test_a_change_between_plan_and_import_makes_it_compare_every_family_again(db, tmp_path, monkeypatch):
    path = _three_families_then_one_changed(db, tmp_path)
    plan = _plan(db, path)
    with db.transaction() as s:  # meanwhile Schmidt's Jan is changed by hand: the file's 13 wins again
        family = s.scalars(sa.select(Family).where(Family.code == "Schmidt")).one()
        family.children[0].age_years = 15
    compared = _compared_families(monkeypatch)
    result = apply_import(db, plan)
    assert sorted(compared) == ["Müller", "Schmidt", "Yilmaz"]
    assert result.counts["children"].updated == 2 and result.counts["families"].unchanged == 1
    with db.session() as s:
        ages = dict(s.execute(sa.select(Family.code, Child.age_years).join(Child, Child.family_id == Family.id)).all())
    assert ages == {"Schmidt": 13, "Yilmaz": 14, "Müller": 13}


def test_the_empty_template_is_valid_and_changes_nothing(db, db_target, tmp_path):
    from userjourney.core.excel import write_template

    before = dump(db_target)
    plan, result = _import(db, write_template(tmp_path / "vorlage.xlsx"))
    assert plan.errors == [] and plan.warnings == [] and not result.changed
    assert plan.describe() == ["Die Datei enthält keine Daten."]
    assert dump(db_target) == before


# --------------------------------------------------------------------------- parsing never crashes

CELL_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(["ja", "NEIN", " nein ", "31.02.2022", "1.2.22", "2022-13-01", "01/02/2022", "#N/A", "=A1",
                     "Mathe; Deutsch", "12", "-0", "4.0", "KiTa", "keine"]),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    st.times(),
    st.timedeltas(min_value=timedelta(days=-1000), max_value=timedelta(days=1000)),
)
COLUMNS = {id(c.parse): c for spec in template.SHEETS for c in spec.columns}


@settings(max_examples=examples(400), deadline=None)
@given(value=CELL_VALUES, column=st.sampled_from(sorted(COLUMNS.values(), key=lambda c: c.header)))
def test_parsing_any_cell_gives_a_clean_value_or_a_validation_error(value, column):
    try:
        clean = column.parse(value)
    except ValidationError as exc:
        assert exc.message and "Traceback" not in exc.message
        ok, message = _cached(column.parse)(value)
        assert not ok and message == exc.message
        return
    if column.kind in ("age", "level"):
        assert clean is None or (isinstance(clean, int) and not isinstance(clean, bool))
    elif column.kind == "date":
        assert clean is None or type(clean) is date
    elif column.kind == "yes_no":
        assert clean in (True, False, None)
    elif column.kind == "step_date":
        answer, day = clean
        assert answer in (True, False, None) and (day is None or type(day) is date)
    elif column.kind == "details":
        assert isinstance(clean, tuple) and all(i == i.strip() and i for i in clean)
    else:
        assert clean is None or (isinstance(clean, str) and clean == clean.strip() and clean)


@settings(max_examples=examples(60), deadline=None)
@given(cells=st.lists(CELL_VALUES, min_size=len(BUT_HEADERS), max_size=len(BUT_HEADERS)))
def test_a_row_of_anything_gives_a_plan_never_an_exception(cells, tmp_path_factory):
    from openpyxl import Workbook

    folder = tmp_path_factory.mktemp("h")
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "BuT"
    sheet.append(BUT_HEADERS)
    sheet.append([c if not isinstance(c, str) else "".join(ch for ch in c if ch.isprintable()) for c in cells])
    try:
        workbook.save(folder / "x.xlsx")
    except (ValueError, TypeError):
        return  # openpyxl itself cannot store the value (not a cell a user can hand us)
    from userjourney.core.excel import check_file

    plan = check_file(folder / "x.xlsx")
    assert plan.error_count >= 0


def test_every_excel_task_takes_the_progress_keyword_of_the_gui_helper(db, tmp_path):
    """gui.tasks.start(fn, *args) calls fn(*args, progress=report): all four must accept it."""
    from userjourney.core.excel import export_workbook, write_template

    seen = []

    def report(done, total):
        seen.append((done, total))

    path = write_template(tmp_path / "v.xlsx", progress=report)
    with db.session() as session:
        plan = plan_import(path, session, progress=report)
    apply_import(db, plan, progress=report)
    with db.session() as session:
        export_workbook(session, tmp_path / "e.xlsx", progress=report)
    assert seen


def test_the_garbage_collector_is_paused_only_while_reading(db, tmp_path):
    import gc

    from userjourney.core.excel.reader import paused_gc

    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()

    def cancel(done, total):
        assert not gc.isenabled()
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        with db.session() as session:
            plan_import(write_xlsx(tmp_path / "a.xlsx", [but()]), session, cancel)
    assert gc.isenabled()

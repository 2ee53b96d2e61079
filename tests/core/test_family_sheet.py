"""A family's printed page (Anhang 6.5 and 6.7): the exact grids, footnotes and header, read
back from the HTML the window prints — without Qt."""

from __future__ import annotations

import os
import stat
from datetime import UTC, date, datetime
from html.parser import HTMLParser

import pytest
import sqlalchemy as sa

from userjourney.core.demo.schmidt_mueller import store_demo
from userjourney.core.editing.family_sheet import INACTIVE_SHADE, family_sheet, save_sheet_file
from userjourney.core.editing.workspace import load_family
from userjourney.core.errors import UserError
from userjourney.core.storage.models import ButDetail, ButEntry, Child, Family, MinijobEntry, Person, Reason
from userjourney.core.vocab import AREAS


class Tables(HTMLParser):
    """Every table of the page as rows of cell texts (``<sup>1)</sup>`` reads " 1)")."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tables: list[list[list[str]]] = []
        self.paragraphs: list[str] = []
        self._cell: list[str] | None = None
        self._para: list[str] | None = None
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append(" | ")
        elif tag == "p":
            self._para = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1].append("".join(self._cell).strip())
            self._cell = None
        elif tag == "p" and self._para is not None:
            self.paragraphs.append("".join(self._para).strip())
            self._para = None

    def handle_data(self, data):
        for part in (self._cell, self._para):
            if part is not None:
                part.append(data)


def _families(db):
    with db.transaction() as session:
        store_demo(session)
    with db.session() as session:
        ids = {f.code: f.id for f in session.scalars(sa.select(Family))}
        return {code: load_family(session, family_id) for code, family_id in ids.items()}


def test_schmidt_as_anhang_6_5(db):
    sheet = family_sheet(_families(db)["Schmidt"], date(2022, 5, 2))
    header, grid, footnotes = Tables(sheet.html).tables
    assert header == [
        ["Familie", "Schmidt", "Erstelldatum", "10.11.2021"],
        ["JobCoach (Träger)", "Max Mustermann", "Letzte Bearbeitung", header[1][3]],
        ["Standort", "Ennigerloh", "Migrationshintergrund", "nein"],
        ["Erziehungsstatus", "nicht alleinerziehend", "Stand", "02.05.2022"],
    ]
    assert grid[0] == ["Kind", "Alter", "Einrichtung", "Bereich", "Anspruch?", "Angebot vorhanden", "Angebot bekannt",
                       "Angebot interessant", "Antrag gestellt", "Antrag bewilligt", "Angebot wahrgenommen"]
    assert grid[1:] == [
        ["Jan", "13", "Weiterführende Schule", "Mittagsverpflegung", "ja", "ja", "ja", "nein 1)", "", "", ""],
        ["Lernförderung", "ja", "ja", "ja", "ja", "ja | 01.02.2022", "ja | 02.02.2022", "ja | Mathe, Deutsch"],
        ["Teilhabe schulisch", "ja", "ja", "ja", "nein 2)", "", "", ""],
        ["Teilhabe soziokulturell", "ja", "ja", "ja", "ja 3)", "", "", ""],
        ["Jana", "5", "KiTa", "Mittagsverpflegung", "ja", "ja", "ja", "ja", "ja | 28.03.2022", "ja | 31.03.2022",
         "ja | Mittagessen KiTa"],
        ["Lernförderung", "nein 4)", "", "", "", "", "", ""],
        ["Teilhabe schulisch", "nein 4)", "", "", "", "", "", ""],
        ["Teilhabe soziokulturell", "ja", "ja", "ja", "ja", "ja | 06.04.2022", "ja | 08.04.2022", "ja | Fußballverein"],
    ]
    assert footnotes == [["1)", "Kind möchte zuhause essen"], ["2)", "momentan keine Klassenfahrten"],
                         ["3)", "Kind noch in der Interessensfindung"], ["4)", "noch kein Schulkind"]]
    assert "User Journey Minijobs" not in sheet.html  # no adults: only the BuT form
    assert sheet.title == "Familie Schmidt"
    assert sheet.footer == "User Journey – Familie Schmidt – Stand 02.05.2022"


def test_mueller_as_anhang_6_7(db):
    sheet = family_sheet(_families(db)["Müller"], date(2022, 5, 2))
    parsed = Tables(sheet.html)
    _header, grid, footnotes = parsed.tables
    assert "1 = selbstständig / 2 = mit wenig Unterstützung / 3 = mit viel Unterstützung / 4 = unselbstständig" \
        in parsed.paragraphs
    assert grid == [
        ["Person", "Alter", "Arbeitgeber", "Beginn", "Minijob gesucht", "Minijob gefunden",
         "pot. Arbeitgeber angesprochen", "Aufstockung möglich", "Aufgestockt", "Nachhaltig"],
        ["Martina Müller", "42", "Schule in Everswinkel", "", "2", "1", "1", "ja", "ja", "ja 1)"],
        ["Mia Müller", "21", "", "", "2 2)", "3", "3 3)", "ja", "nein", ""],
    ]
    assert [n for n, _text in footnotes] == ["1)", "2)", "3)"]
    assert "User Journey BuT" not in sheet.html


def _family(**fields) -> Family:
    return Family(code=fields.pop("code", "Yilmaz"), created_on=date(2024, 1, 15),
                  updated_at=datetime(2024, 3, 1, 10, tzinfo=UTC), **fields)


def test_implied_answers_stalls_without_reason_and_the_rule_for_nachhaltig():
    family = _family(code="Familie <Yilmaz & Co>")
    child = Child(name="Ali", age_years=8, age_recorded_on=date(2024, 1, 15), facility="Grundschule")
    # approved (step 5) answered ja: the four before are implied; not yet used, no reason
    entry = ButEntry(area=AREAS[0].value, entitled=True, offer_exists=True, offer_known=True, offer_interesting=True,
                     applied=True, approved=True, implied_mask=0b011110, approved_on=date(2024, 2, 1),
                     note="Mutter fragt <nach>")
    other = ButEntry(area=AREAS[3].value, entitled=True, offer_exists=False, offer_known=True,
                     reason=Reason(area=AREAS[3].value, text="kein Verein in der Nähe"))
    entry.details = []
    other.details = [ButDetail(item="Schwimmen")]
    child.entries = [entry, other]
    family.children = [child]
    family.persons = [Person(name="Ayşe", age_years=35, age_recorded_on=date(2024, 1, 15),
                             minijob=MinijobEntry(started_on=date(2024, 1, 2), searched=1))]
    sheet = family_sheet(family, date(2025, 2, 1))
    parsed = Tables(sheet.html)
    _header, but, footnotes, minijobs = parsed.tables
    assert but[1] == ["Ali", "9", "Grundschule", "Mittagsverpflegung", "ja", "(ja)", "(ja)", "(ja)", "(ja)",
                      "ja (Grund fehlt) | 01.02.2024", ""]
    assert but[4] == ["Teilhabe soziokulturell", "ja", "nein 1)", "ja", "", "", "", "| Schwimmen"]
    assert sheet.html.count(f'bgcolor="{INACTIVE_SHADE}"') == 5  # the five steps after the nein: shaded
    assert footnotes == [["1)", "kein Verein in der Nähe"]]
    assert minijobs[1] == ["Ayşe", "36", "", "02.01.2024", "1", "", "", "", "", "(ja)"]  # 3 months: the rule says ja
    assert "Ali · Mittagsverpflegung: Mutter fragt <nach>" in parsed.paragraphs
    assert "<nach>" not in sheet.html and "<Yilmaz" not in sheet.html  # typed text is escaped
    assert sheet.title == "Familie <Yilmaz & Co>"  # not "Familie Familie …"


def test_a_family_without_members_says_so():
    parsed = Tables(family_sheet(_family(), date(2025, 2, 1)).html)
    assert "Keine Kinder erfasst." in parsed.paragraphs
    assert "Keine Erwachsenen erfasst." in parsed.paragraphs


def test_the_file_is_private_and_whole(tmp_path):
    target = save_sheet_file(tmp_path / "Familie Schmidt.pdf", b"%PDF-1.4 first")
    assert target.read_bytes() == b"%PDF-1.4 first"
    save_sheet_file(target, b"%PDF-1.4 second")
    assert target.read_bytes() == b"%PDF-1.4 second"
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Familie Schmidt.pdf"]  # no partial file left


def test_a_missing_folder_or_a_folder_as_target_is_named_in_german(tmp_path):
    with pytest.raises(UserError) as missing:
        save_sheet_file(tmp_path / "fehlt" / "a.pdf", b"x")
    assert missing.value.message == f"Der Ordner „{tmp_path / 'fehlt'}“ existiert nicht."
    (tmp_path / "ordner.pdf").mkdir()
    with pytest.raises(UserError) as folder:
        save_sheet_file(tmp_path / "ordner.pdf", b"x")
    assert folder.value.message == f"„{tmp_path / 'ordner.pdf'}“ ist ein Ordner."
    if os.name == "posix" and os.geteuid() != 0:
        locked = tmp_path / "zu"
        locked.mkdir(mode=0o500)
        with pytest.raises(UserError) as refused:
            save_sheet_file(locked / "a.pdf", b"x")
        assert refused.value.message == f"Die Datei „{locked / 'a.pdf'}“ kann nicht geschrieben werden: keine Berechtigung"

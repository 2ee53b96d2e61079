"""Anhang 6.6 "BuT bei ANNA" (Stand Dezember 2021) as printed in the source document.

The figures the ANNA data set must reproduce; shared by the in-process and the CLI tests.
Reason texts and details verbatim; the reasons in the Anhang's own order (the contract orders
ties by text, so only the multiset is compared, the order separately).
"""

from __future__ import annotations

FAMILIES = 30  # section 1.3: 30 (Allein-)Erziehenden-Bedarfsgemeinschaften
CHILDREN = 61
MIGRATION_PERCENT = 69
SINGLE_PARENT_PERCENT = 56
#: "Während ANNA konnten …": the project period from August 2020 to the Stand.
PERIOD = ("2020-08-01", "2021-12-31")
APPLICATIONS = {
    "Mittagsverpflegung": 19,
    "Lernförderung": 12,
    "Teilhabe schulisch": 9,
    "Teilhabe soziokulturell": 8,
}

AREAS = {
    "Mittagsverpflegung": {
        "not_entitled": 13,
        "entitled": 48,
        "using": 37,
        "using_by_facility_type": {"KiTa": 10, "Schule": 27},
        "using_by_detail": {},
        "reasons": [
            ("Kind / Jugendlicher möchte zuhause essen", 8),
            ("Kosten der gesamten BuT-Inanspruchnahme werden nicht vollständig durch Münsterlandkarte abgedeckt", 1),
            ("Die Schule deckt das Angebot ab", 1),
            ("TN kann keine Aussage dazu treffen", 1),
        ],
    },
    "Lernförderung": {
        "not_entitled": 23,
        "entitled": 38,
        "using": 13,
        "using_by_facility_type": {"Schule": 13},
        "using_by_detail": {"Deutsch": 12, "Mathematik": 8, "Englisch": 3},
        "reasons": [
            ("Lehrerinnen und Lehrer sehen keinen Förderbedarf", 7),
            ("Eltern sehen keinen Förderbedarf", 5),
            ("Förderbedarf wird über Schule abgedeckt", 4),
            ("Kind / Jugendliche / Jugendlicher entscheidet sich mit Zustimmung der Eltern gegen Inanspruchnahme", 3),
            ("Antragstellung in Bearbeitung", 3),
            ("Keine Mitwirkung / Einwilligung der Sorgeberechtigten liegt nicht vor", 3),
        ],
    },
    "Teilhabe schulisch": {
        "not_entitled": 23,
        "entitled": 38,
        "using": 9,
        "using_by_facility_type": {"Schule": 9},
        "using_by_detail": {"Klassenfahrt": 6, "Auslandspraktikum": 1, "Schulausflug": 1, "Schwimmunterricht": 1},
        "reasons": [
            ("Corona bedingt werden schulische Aktivitäten (Klassenfahrten) derzeit nicht angeboten bzw. abgesagt", 25),
            ("Keine Mitwirkung / Einwilligung der Sorgeberechtigten liegen nicht vor", 3),
            ("Förderschulen decken Bedarf intern ab", 1),
        ],
    },
    "Teilhabe soziokulturell": {
        "not_entitled": 8,
        "entitled": 53,
        "using": 22,
        # The Anhang does not split this area by facility type.
        "using_by_detail": {"Fußball": 14, "Musikunterricht": 2, "Tanzverein": 2, "Handball": 1},
        "reasons": [
            ("Keine Mitwirkung / Einwilligung der Sorgeberechtigten liegt nicht vor", 7),
            ("Kind/Jugendlicher befindet sich im interessenbezogenen Orientierungsprozess", 6),
            ("Hemmungen aufgrund von Sprachbarriere der Eltern des Kindes", 6),
            ("Antragstellung wird durch Dritte (SPFH, Paten etc.) begleitet", 4),
            ("Kind / Jugendliche / Jugendlicher sieht keinen Bedarf, sozial gut angebunden", 2),
            ("Eltern befürchten Überforderung des Kindes", 2),
            ("Eltern möchten sich selbstständig darum kümmern", 2),
            ("Schule deckt den Bedarf ab", 1),
            ("Kostenübernahme nicht möglich", 1),
        ],
    },
}


def check_against_anhang(data: dict) -> None:
    """Assert that a summary's contract JSON (with the ANNA period) shows every Anhang figure."""
    assert data["families"] == FAMILIES
    assert data["children"] == CHILDREN
    assert round_half_up(100 * data["children_with_migration_background"], CHILDREN) == MIGRATION_PERCENT
    assert round_half_up(100 * data["children_single_parent"], CHILDREN) == SINGLE_PARENT_PERCENT
    assert list(data["but"]) == list(AREAS)
    for area, expected in AREAS.items():
        got = data["but"][area]
        assert got["children"] == CHILDREN, area
        assert got["applications"] == APPLICATIONS[area], area
        for key in ("not_entitled", "entitled", "using"):
            assert got[key] == expected[key], (area, key)
        assert got["entitlement_unknown"] == 0, area
        for kind, n in expected.get("using_by_facility_type", {}).items():
            assert got["using_by_facility_type"][kind] == n, (area, kind)
        assert got["using_by_detail"] == expected["using_by_detail"], area
        assert {r["reason"]: r["count"] for r in got["reasons"]} == dict(expected["reasons"]), area
        assert len(got["reasons"]) == len(expected["reasons"]), area


def round_half_up(numerator: int, denominator: int) -> int:
    """Whole percent, halves up — written independently of the code under test."""
    quotient, remainder = divmod(numerator, denominator)
    return quotient + (1 if 2 * remainder >= denominator else 0)

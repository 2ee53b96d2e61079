"""The command line: ``userjourney [--db PATH] [COMMAND …]`` (contract: exchange-format.md §1).

Without a command it starts the GUI. Every command opens the database through
:func:`~userjourney.core.storage.open_database` and calls the core; Qt is only imported when
the GUI starts, so the commands run on servers without a display.

Exit status: 0 success · 1 unexpected internal error · 2 bad input or usage · 3 not
available in this version · 4 the database cannot be used. Problems are reported as one
German line on stderr (never a traceback); the traceback of an unexpected error goes to
the log file in the data directory.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import sys
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from datetime import date

from userjourney import __version__
from userjourney.core.demo.anna import PROJECT_START, STAND, family_codes, store_anna
from userjourney.core.errors import ExitStatus, UserError, ValidationError
from userjourney.core.i18n import tr
from userjourney.core.log import log_unexpected
from userjourney.core.private import remove_scratch_leftovers, restrict_umask


class NotAvailable(UserError):
    exit_status = ExitStatus.UNAVAILABLE


# --------------------------------------------------------------------------- parser

_ARGPARSE_GERMAN = [
    (r"the following arguments are required: (.*)", "es fehlt: {0}"),
    (r"unrecognized arguments: (.*)", "unbekannte Angabe: {0}"),
    (r"argument (\S+): expected one argument", "{0} braucht einen Wert"),
    (r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)", "{0}: {1} gibt es nicht (möglich: {2})"),
    (r"argument (\S+): (.*)", "{0}: {1}"),
]


def _german(message: str) -> str:
    for pattern, template in _ARGPARSE_GERMAN:
        match = re.fullmatch(pattern, message)
        if match:
            return template.format(*match.groups())
    return message


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        return super().add_usage(usage, actions, groups, tr("Aufruf: ") if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse in German (usage, sections, errors) with our exit status for usage errors."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = tr("Angaben")
        self._optionals.title = tr("Optionen")
        self.add_argument("-h", "--help", action="help", help=tr("diese Hilfe zeigen und beenden"))

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(ExitStatus.INPUT, f"{self.prog}: {tr('Fehler')}: {_german(message)}\n")


def _iso_date(text: str) -> date:
    from userjourney.core.values import parse_date

    try:
        day = parse_date(text)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if day is None:
        raise argparse.ArgumentTypeError(tr("ein Datum wird erwartet (JJJJ-MM-TT)"))
    return day


def _moment(text: str):
    from userjourney.core.values import parse_moment

    try:
        return parse_moment(text)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _whole_number(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(tr("eine ganze Zahl wird erwartet, nicht „{text}“").format(
            text=text)) from None


def _add_db(parser: argparse.ArgumentParser, *, default=argparse.SUPPRESS) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help=tr("Datenbankdatei (sonst $USERJOURNEY_DB, sonst der Datenordner des Benutzers)"),
    )


def _add_filters(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(tr("Filter"))
    group.add_argument("--standort", metavar="NAME", help=tr("nur Familien dieses Standorts"))
    group.add_argument("--coach", metavar="NAME", help=tr("nur Familien dieses JobCoachs"))
    group.add_argument("--from", dest="date_from", metavar="JJJJ-MM-TT", type=_iso_date,
                       help=tr("Anträge ab diesem Tag (einschließlich)"))
    group.add_argument("--to", dest="date_to", metavar="JJJJ-MM-TT", type=_iso_date,
                       help=tr("Anträge bis zu diesem Tag (einschließlich)"))
    group.add_argument("--stand", metavar="JJJJ-MM-TT", type=_iso_date,
                       help=tr("Stichtag (Standard: heute)"))
    group.add_argument("--as-of", dest="as_of", metavar="JJJJ-MM-TT[THH:MM[:SS]]", type=_moment,
                       help=tr("Datenstand: die Daten, wie sie zu diesem Zeitpunkt waren (ein Tag: sein Ende)"))


def _filters(args):
    """The SummaryFilter of the filter options (checks the period and the Datenstand first)."""
    from userjourney.core.summary.filters import SummaryFilter

    return SummaryFilter(location=args.standort, coach=args.coach, date_from=args.date_from, date_to=args.date_to,
                         stand=args.stand, as_of=args.as_of)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="userjourney",
        description=tr("User Journeys (BuT, Minijobs) für Familien im Jobcenter-Projekt. "
                       "Ohne Befehl startet die grafische Oberfläche."),
    )
    parser.add_argument(
        "--version", action="version", version=f"userjourney {__version__}", help=tr("Version zeigen und beenden")
    )
    _add_db(parser, default=None)
    commands = parser.add_subparsers(dest="command", metavar=tr("BEFEHL"), parser_class=_Parser)

    p = commands.add_parser("import", help=tr("Excel-Vorlage einlesen (BuT, Minijobs)"))
    p.add_argument("file", metavar="DATEI.xlsx")
    _add_db(p)
    _add_wait(p)

    p = commands.add_parser("export", help=tr("Auswertung und Rohdaten als Excel-Arbeitsmappe"))
    p.add_argument("file", metavar="DATEI.xlsx")
    _add_db(p)
    _add_filters(p)

    p = commands.add_parser("report", help=tr("Bericht für das Jobcenter: die Auswertung ohne personenbezogene "
                                              "Daten, als Excel-Arbeitsmappe"))
    p.add_argument("file", metavar="DATEI.xlsx")
    p.add_argument("--min-cell", dest="min_cell", metavar="N", type=_whole_number,
                   help=tr("Werte von 1 bis N−1 ausblenden (•), dazu alles, woraus sie sich errechnen ließen"))
    _add_db(p)
    _add_filters(p)

    p = commands.add_parser("template", help=tr("leere Excel-Vorlage zum Ausfüllen schreiben"))
    p.add_argument("file", metavar="DATEI.xlsx")

    p = commands.add_parser("summary", help=tr("Auswertung „BuT bei ANNA“ anzeigen"))
    p.add_argument("--json", action="store_true", help=tr("als JSON (für andere Programme)"))
    _add_db(p)
    _add_filters(p)

    p = commands.add_parser("trend", help=tr("Verlauf: Anspruch, Nutzung und Anträge je Monat oder Quartal"))
    p.add_argument("--json", action="store_true", help=tr("als JSON (für andere Programme)"))
    p.add_argument("--by", choices=("month", "quarter"), default="month",
                   help=tr("je Monat (Standard) oder Quartal"))
    _add_db(p)
    _add_filters(p)

    p = commands.add_parser("demo", help=tr("Beispielfamilien Schmidt und Müller anlegen"))
    p.add_argument("--anna", action="store_true",
                   help=tr("stattdessen die 30 ANNA-Familien anlegen, deren Auswertung Anhang 6.6 ergibt"))
    p.add_argument("--verlauf", action="store_true",
                   help=tr("die ANNA-Familien so anlegen, wie sie im Projekt nach und nach erfasst wurden "
                           "(Verlauf ab August 2020; in eine Datenbank ohne ANNA-Familien)"))
    _add_db(p)
    _add_wait(p)

    p = commands.add_parser("backup", help=tr("Sicherungskopie der Datenbank in DATEI schreiben"))
    p.add_argument("file", metavar="DATEI.sqlite")
    _add_db(p)

    p = commands.add_parser("restore", help=tr("Datenbank aus einer Sicherungskopie wiederherstellen"))
    p.add_argument("file", metavar="DATEI.sqlite")
    _add_db(p)
    _add_wait(p)

    p = commands.add_parser("backups", help=tr("die automatischen Sicherungen der Datenbank auflisten"))
    _add_db(p)

    p = commands.add_parser("sync", help=tr("mit einer anderen Datenbank abgleichen (Datei oder Server), in beide "
                                            "Richtungen; Konflikte bleiben zur Entscheidung stehen"))
    p.add_argument("other", metavar=tr("ANDERE"), help=tr("die andere Datenbank: Pfad einer Datei oder Server-URL"))
    _add_db(p)
    _add_wait(p)

    p = commands.add_parser("conflicts", help=tr("offene Konflikte aus dem Abgleich auflisten"))
    _add_db(p)
    p.add_argument("--json", action="store_true", help=tr("als JSON (exchange-format §6)"))

    p = commands.add_parser("resolve", help=tr("einen Konflikt entscheiden: den Wert Nummer K nehmen"))
    p.add_argument("id", metavar="ID")
    p.add_argument("--take", metavar="K", type=_whole_number, required=True,
                   help=tr("Nummer des Werts (0 = der erste der Liste)"))
    _add_db(p)
    _add_wait(p)

    p = commands.add_parser("purge", help=tr("eine Familie mit allen Spuren löschen (DSGVO Art. 17), "
                                             "auch aus ihrem Verlauf und den Sicherungen; nicht rückgängig zu machen"))
    p.add_argument("family", metavar="FAMILIE")
    _add_db(p)
    _add_wait(p)

    for name, text in (
        ("encrypt", tr("die Datenbank und ihre Sicherungen verschlüsseln (SQLCipher); zeigt einmal den "
                       "Wiederherstellungsschlüssel")),
        ("decrypt", tr("die Verschlüsselung der Datenbank und ihrer Sicherungen aufheben")),
        ("passphrase", tr("die Passphrase ändern (neu aus $USERJOURNEY_NEW_PASSPHRASE oder zweimal eingegeben)")),
    ):
        p = commands.add_parser(name, help=text)
        _add_db(p)
        _add_wait(p)

    p = commands.add_parser("server", help=tr("ein Büro-Server (PostgreSQL) einrichten und Anmeldungen anlegen"))
    server = p.add_subparsers(dest="server_command", metavar="AKTION", required=True)
    q = server.add_parser("init", help=tr("Schema, Rollen und Zugriffsregeln anlegen oder aktualisieren "
                                          "(als Eigentümer der Datenbank)"))
    _add_db(q)
    q = server.add_parser("add-user", help=tr("eine Anmeldung anlegen, die nur Familien ihrer Standorte sieht"))
    q.add_argument("name", metavar="NAME")
    q.add_argument("--standort", metavar="S[,S…]", default="", help=tr("Standorte, durch Kommas getrennt"))
    q.add_argument("--all", action="store_true", help=tr("alle Familien (Teamleitung, Auswertung im Jobcenter)"))
    q.add_argument("--password-file", metavar="DATEI", required=True,
                   help=tr("Datei, deren erste Zeile das Kennwort ist"))
    _add_db(q)
    return parser


#: The longest a command waits for the window to let go of the database (an hour).
MAX_WAIT_SECONDS = 3600.0


def _seconds(text: str) -> float:
    """``--wait``: a number of seconds from 0 to an hour (not "nan", not "inf", not negative)."""
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(tr("„{text}“ ist keine Zahl von Sekunden").format(text=text)) from None
    if not math.isfinite(value) or not 0 <= value <= MAX_WAIT_SECONDS:
        raise argparse.ArgumentTypeError(
            tr("„{text}“: erwartet werden 0 bis {limit:g} Sekunden").format(text=text, limit=MAX_WAIT_SECONDS))
    return value


def _add_wait(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--wait", metavar="SEKUNDEN", type=_seconds, default=10.0,
        help=tr("so lange warten, wenn userjourney die Datenbank gerade geöffnet hat (Standard: 10)"),
    )


# --------------------------------------------------------------------------- commands


def _open_for_reading(args, *, create: bool = True):
    """The database for a command that only reads; says on stderr if it is read specially
    (a read-only medium, a full disk). ``create=False``: a missing database is an error."""
    from userjourney.core.storage.database import open_for_reading

    database = open_for_reading(args.db, create=create)
    if database.read_only_note:
        print(f"userjourney: {tr('Hinweis')}: {database.read_only_note}", file=sys.stderr)
    return database


def _xlsx_target(name: str):
    """A file to write: it must be called ….xlsx, or Excel will not open it by double-click."""
    from pathlib import Path

    path = Path(name)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError(tr("„{name}“: der Dateiname muss auf .xlsx enden.").format(name=name))
    return path


def _say_waiting(args) -> Callable[[dict | None], None]:
    """What a writing command prints once while it waits for the window to let go."""
    from userjourney.core.storage.locking import describe_holder

    def waiting(holder: dict | None) -> None:
        print(tr("userjourney: Die Datenbank wird gerade von {who} benutzt; warte bis zu {seconds} s …").format(
            who=describe_holder(holder), seconds=f"{args.wait:g}"), file=sys.stderr, flush=True)

    return waiting


@contextmanager
def _open_for_writing(args):
    """The database with the writer's lock (waiting ``--wait`` seconds for a window to let go)."""
    from userjourney.core.settings import load_settings
    from userjourney.core.storage.writing import open_for_writing

    with open_for_writing(args.db, program=f"userjourney {args.command}", wait=args.wait, on_wait=_say_waiting(args),
                          backups_to_keep=load_settings().backups_to_keep) as writer:
        yield writer.database


def cmd_import(args) -> int:
    from userjourney.core.excel import apply_import, check_file, compare
    from userjourney.core.storage.backups import backup_before_import

    # The file is checked before the database is opened: a bad file leaves no trace at all.
    plan = check_file(args.file)
    if not plan.ok:
        raise plan.refusal()
    with _open_for_writing(args) as db:
        with db.session() as session:
            compare(plan, session)
        if plan.has_changes:
            backup_before_import(db.path, db.backups_to_keep)
        result = apply_import(db, plan)
    print(tr("Import von {path} in {db}:").format(path=args.file, db=db.describe()))
    for line in result.describe():
        print(f"  {line}")
    for line in plan.warning_lines(limit=20):
        print(f"  {tr('Hinweis')}: {line}")
    return ExitStatus.OK


def cmd_export(args) -> int:
    from userjourney.core.excel.export import write_export

    target = _xlsx_target(args.file)
    filters = _filters(args)  # checks the period before the database is touched
    with _open_for_reading(args) as db:
        result = write_export(db, target, filters)
    for line in result.describe():
        print(line)
    return ExitStatus.OK


def cmd_report(args) -> int:
    """The report for the Jobcenter (exchange-format §4)."""
    from userjourney.core.excel.jobcenter_report import check_min_cell, write_report

    target = _xlsx_target(args.file)
    filters = _filters(args)
    check_min_cell(args.min_cell)  # before the database is touched
    with _open_for_reading(args) as db:
        result = write_report(db, target, filters, args.min_cell)
    for line in result.describe():
        print(line)
    return ExitStatus.OK


def cmd_template(args) -> int:
    from userjourney.core.excel import write_template

    path = write_template(_xlsx_target(args.file))
    print(tr("Vorlage geschrieben: {path}").format(path=path))
    return ExitStatus.OK


def cmd_summary(args) -> int:
    """The summary of exchange-format §3: JSON with ``--json``, else German tables."""
    from userjourney.core.summary.counting import summarize
    from userjourney.core.summary.reading import reading_session

    filters = _filters(args)  # checks the period before the database is touched
    with _open_for_reading(args) as db, reading_session(db, filters, free_text=False) as session:
        summary = summarize(session, filters)
    if args.json:
        _print_json(summary.to_json())
    else:
        from userjourney.core.summary.text import format_summary

        print(format_summary(summary))
    return ExitStatus.OK


def cmd_trend(args) -> int:
    """The trend of exchange-format §5: per month or quarter, JSON with ``--json``."""
    from userjourney.core.summary.trend import format_trend, trend

    filters = _filters(args)
    with _open_for_reading(args) as db:
        result = trend(db, filters, by=args.by)
    if args.json:
        _print_json(result.to_json())
    else:
        print(format_trend(result))
    return ExitStatus.OK


def _print_json(data) -> None:
    """UTF-8 JSON on stdout whatever the console's code page."""
    import json

    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


def cmd_demo(args) -> int:
    if args.anna or args.verlauf:
        return _demo_anna(args)
    from userjourney.core.demo.schmidt_mueller import DEMO_FAMILIES, store_demo

    with _open_for_writing(args) as db, db.transaction() as session:
        created = store_demo(session)
    for spec in DEMO_FAMILIES:
        state = tr("angelegt") if spec["code"] in created else tr("schon vorhanden, unverändert")
        print(tr("Familie {code}: {state}").format(code=spec["code"], state=state))
    print(tr("Datenbank: {path}").format(path=db.describe()))
    return ExitStatus.OK


def _demo_anna(args) -> int:

    if args.verlauf:
        from userjourney.core.demo.anna_over_time import store_anna_over_time

        with _open_for_writing(args) as db:
            created = store_anna_over_time(db)
    else:
        with _open_for_writing(args) as db, db.transaction() as session:
            created = store_anna(session)
    kept = len(family_codes()) - len(created)
    print(tr("ANNA-Familien: {created} angelegt, {kept} schon vorhanden (unverändert)").format(
        created=len(created), kept=kept))
    where = f" --db {_quoted(args.db)}" if getattr(args, "db", None) else ""
    print(tr("Auswertung wie Anhang 6.6: userjourney summary --from {start} --to {end}").format(
        start=PROJECT_START.isoformat(), end=STAND.isoformat()) + where)
    print(tr("Datenbank: {path}").format(path=db.describe()))
    return ExitStatus.OK


def _quoted(text: str) -> str:
    """A path as it can be pasted into a shell again (a server URL without its password)."""
    import shlex

    from userjourney.core.storage.target import resolve_target

    target = resolve_target(text)
    return shlex.quote(str(target.path) if target.is_sqlite else target.describe())


def cmd_backup(args) -> int:
    """A copy of the database at FILE, made with SQLite's online backup (safe while in use)."""
    from pathlib import Path

    from userjourney.core.errors import DatabaseError
    from userjourney.core.storage.backups import family_count, save_copy

    destination = Path(args.file).expanduser().resolve()
    with _open_for_reading(args, create=False) as db:
        if db.path is None:  # a server: a copy of what this login may see
            from userjourney.core.storage.server import copy_to_file

            if destination.exists():
                raise UserError(tr("„{path}“ gibt es schon; bitte einen neuen Dateinamen wählen.").format(
                    path=destination))
            n = copy_to_file(db, destination)
            print(tr("Kopie geschrieben: {path} ({n} Familien, die diese Anmeldung sieht)").format(
                path=destination, n=n))
            return ExitStatus.OK
        if destination == db.path:
            raise DatabaseError(tr("Die Sicherung kann nicht die Datenbank selbst sein."))
        if destination.exists():
            raise UserError(tr("„{path}“ gibt es schon; bitte einen neuen Dateinamen wählen.").format(path=destination))
        if not destination.parent.is_dir():
            raise UserError(tr("Der Ordner „{folder}“ existiert nicht.").format(folder=destination.parent))
        save_copy(db.path, destination)
    print(tr("Sicherung geschrieben: {path} ({n} Familien)").format(path=destination, n=family_count(destination)))
    return ExitStatus.OK


def cmd_restore(args) -> int:
    """Replace the database by a backup, recorded in the history; the state before is kept in
    backups/ first. Works on a damaged database too (that is what a restore is for): only the
    writer's lock is taken, the file itself is not opened first."""
    from pathlib import Path

    from userjourney.core.history.restoring import restore_and_record
    from userjourney.core.settings import load_settings
    from userjourney.core.storage.backups import check_backup

    source = Path(args.file).expanduser().resolve()
    check_backup(source)  # refuse a bad file before anything is locked or copied
    path, lock = _locked_file(args, tr("Eine Server-Datenbank stellt deren Verwaltung wieder her."))
    try:
        restored = restore_and_record(path, source, keep=load_settings().backups_to_keep)
    finally:
        lock.release()
    families = "?" if restored.families is None else restored.families
    print(tr("Wiederhergestellt aus {source} ({n} Familien).").format(source=source, n=families))
    if restored.kept_aside is not None:
        print(tr("Der vorige Stand liegt in {path}.").format(path=restored.kept_aside))
    return ExitStatus.OK


def cmd_backups(args) -> int:
    """The automatic backups beside the database, newest first."""
    from userjourney.core.storage.backups import list_backups

    with _open_for_reading(args, create=False) as db:
        if db.path is None:
            raise NotAvailable(tr("Sicherungen macht für eine Server-Datenbank deren Verwaltung."))
        found = list_backups(db.path)
    if not found:
        print(tr("Es gibt noch keine automatischen Sicherungen."))
    for backup in found:
        families = "?" if backup.families is None else str(backup.families)
        print(f"{backup.made_at:%d.%m.%Y %H:%M:%S}  {families:>6} {tr('Familien')}  "
              f"{backup.describe_reason():<40}  {backup.path}")
    return ExitStatus.OK


def cmd_gui(args) -> int:
    from userjourney.gui.app import run

    return run(args.db)


def cmd_purge(args) -> int:
    """Erase a family and every trace of it (exchange-format §7)."""
    from userjourney.core.history.purging import purge_everywhere

    with _open_for_writing(args) as db:
        result = purge_everywhere(db, args.family)
    print(tr("Familie „{code}“ gelöscht, mit {n} Zeilen ihres Verlaufs; es bleibt nur ein Eintrag, dass eine "
             "Familie gelöscht wurde.").format(code=result.code, n=result.history_rows))
    print(tr("Sicherungen bereinigt: {n}").format(n=len(result.copies)))
    for path in result.unreadable:
        print(tr("Nicht lesbar, bitte von Hand löschen: {path}").format(path=path), file=sys.stderr)
    return ExitStatus.OK if not result.unreadable else ExitStatus.DATABASE


def cmd_sync(args) -> int:
    """Merge this database and OTHER both ways (exchange-format §6)."""
    from userjourney.core.storage.target import resolve_target
    from userjourney.core.storage.writing import open_for_writing
    from userjourney.core.sync.synchronising import synchronise

    other = resolve_target(args.other)
    if other.is_sqlite and not other.file.exists():
        raise ValidationError(tr("Die Datenbank {path} gibt es nicht; nichts abgeglichen.").format(path=args.other))
    with _open_for_writing(args) as db:
        with open_for_writing(args.other, program=f"userjourney {args.command}", wait=args.wait,
                              on_wait=_say_waiting(args)) as writer:
            result = synchronise(db, writer.database)
    if not result.changed:
        print(tr("Beide Datenbanken waren schon auf demselben Stand; nichts geändert."))
    for line in result.describe():
        print(line)
    return ExitStatus.OK


def cmd_conflicts(args) -> int:
    from userjourney.core.sync.conflicts import open_conflicts

    with _open_for_reading(args, create=False) as db, db.session() as session:
        found = open_conflicts(session)
    if args.json:
        _print_json({"conflicts": [c.as_json() for c in found]})
        return ExitStatus.OK
    if not found:
        print(tr("Keine offenen Konflikte."))
    for conflict in found:
        print(f"{conflict.id}  {tr('Familie')} {conflict.family} · {conflict.what}")
        for number, value in enumerate(conflict.values):
            shown = tr("(leer oder gelöscht)") if value["value"] is None else value["value"]
            print(f"    {number}: {shown}  — {value['by']}, {value['at']}")
    return ExitStatus.OK


def cmd_resolve(args) -> int:
    from userjourney.core.sync.conflicts import resolve

    with _open_for_writing(args) as db:
        conflict = resolve(db, args.id, args.take)
    print(tr("Konflikt {id} entschieden: {what} = {value}").format(
        id=conflict.id, what=conflict.what, value=conflict.values[args.take]["value"]))
    return ExitStatus.OK


def _encryption_on_a_server() -> str:
    return tr("Eine Server-Datenbank verschlüsselt deren Verwaltung (verschlüsselte Datenträger und Verbindungen "
              "des Servers).")


def _locked_file(args, not_on_a_server: str):
    """The SQLite file of ``--db`` with the writer's lock taken (restoring and encrypting need
    it alone); a server URL is refused with ``not_on_a_server``."""
    from userjourney.core.storage.locking import DatabaseLock
    from userjourney.core.storage.sqlite_file import check_folder
    from userjourney.core.storage.target import resolve_target

    target = resolve_target(args.db)
    if not target.is_sqlite:
        raise NotAvailable(not_on_a_server)
    check_folder(target, read_only=False)
    lock = DatabaseLock(target.file, program=f"userjourney {args.command}")
    lock.acquire(wait=args.wait, on_wait=_say_waiting(args))
    return target.file, lock


def _new_passphrase(variable: str) -> str:
    """A new passphrase: from ``variable``, else typed twice on the terminal."""
    from getpass import getpass

    from userjourney.core.storage.keys import PassphraseError, check_passphrase

    given = os.environ.get(variable)
    if given:
        check_passphrase(given)
        return given
    if not sys.stdin.isatty():
        raise PassphraseError(tr("Keine neue Passphrase: bitte in {variable} angeben oder im Terminal "
                                 "eingeben.").format(variable=variable))
    first = getpass(tr("Neue Passphrase (mindestens 8 Zeichen): "))
    check_passphrase(first)
    if getpass(tr("Neue Passphrase wiederholen: ")) != first:
        raise UserError(tr("Die beiden Eingaben der Passphrase sind verschieden; nichts geändert."))
    return first


def _ask_on_terminal(path, wrong: bool) -> str | None:
    """The passphrase of an encrypted database, asked on the terminal (``keys.ask``)."""
    from getpass import getpass

    if wrong:
        print(tr("Die Passphrase passt nicht."), file=sys.stderr)
    try:
        return getpass(tr("Passphrase (oder Wiederherstellungsschlüssel) für „{path}“: ").format(path=path))
    except EOFError:
        return None


def cmd_encrypt(args) -> int:
    """Encrypt the database and its backups (exchange-format §7)."""
    from userjourney.core.storage.encrypting import encrypt_database
    from userjourney.core.storage.keys import PASSPHRASE_VARIABLE, keys_path

    path, lock = _locked_file(args, _encryption_on_a_server())
    try:
        result = encrypt_database(path, _new_passphrase(PASSPHRASE_VARIABLE))
    finally:
        lock.release()
    print(tr("Verschlüsselt (SQLCipher 4): {path}, dazu {n} Sicherungen.").format(
        path=path, n=max(0, len(result.files) - (path in result.files))))
    if result.recovery_key:
        print(tr("Wiederherstellungsschlüssel – wird nur jetzt angezeigt; bitte ausdrucken oder bei der IT "
                 "hinterlegen:"))
        print(f"  {result.recovery_key}")
        print(tr("Die Schlüsseldatei {keys} gehört zur Datenbank: immer mit ihr sichern und kopieren.").format(
            keys=keys_path(path)))
    return ExitStatus.OK


def cmd_decrypt(args) -> int:
    from userjourney.core.storage.encrypting import decrypt_database
    from userjourney.core.storage.encryption import is_encrypted

    path, lock = _locked_file(args, _encryption_on_a_server())
    try:
        if not is_encrypted(path):
            raise UserError(tr("„{path}“ ist nicht verschlüsselt.").format(path=path))
        result = decrypt_database(path)
    finally:
        lock.release()
    print(tr("Entschlüsselt: {path}, dazu {n} Sicherungen.").format(
        path=path, n=max(0, len(result.files) - (path in result.files))))
    return ExitStatus.OK


def cmd_passphrase(args) -> int:
    from userjourney.core.storage.encrypting import change_passphrase
    from userjourney.core.storage.encryption import is_encrypted, unlock
    from userjourney.core.storage.keys import NEW_PASSPHRASE_VARIABLE

    path, lock = _locked_file(args, _encryption_on_a_server())
    try:
        if not is_encrypted(path):
            raise UserError(tr("„{path}“ ist nicht verschlüsselt; verschlüsseln mit „userjourney encrypt“.").format(
                path=path))
        unlock(path)  # the current one first: a wrong one ends here, before a new one is asked for
        change_passphrase(path, _new_passphrase(NEW_PASSPHRASE_VARIABLE))
    finally:
        lock.release()
    print(tr("Passphrase geändert für {path}; der Wiederherstellungsschlüssel gilt weiter.").format(path=path))
    return ExitStatus.OK


def cmd_server(args) -> int:
    """``server init`` and ``server add-user`` (exchange-format §8)."""
    from pathlib import Path

    from userjourney.core.errors import os_error_text
    from userjourney.core.storage import server

    db = getattr(args, "db", None)
    if args.server_command == "init":
        server.run_on_server(db, server.init_server)
        print(tr("Server eingerichtet: Schema, Rolle {role} und Zugriffsregeln je Standort.").format(
            role=server.COACH_ROLE))
        return ExitStatus.OK
    try:
        lines = Path(args.password_file).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ValidationError(tr("Die Kennwortdatei „{path}“ kann nicht gelesen werden: {error}").format(
            path=args.password_file, error=os_error_text(exc))) from None
    locations = tuple(args.standort.split(",")) if args.standort else ()
    login = server.run_on_server(db, server.add_user, args.name, lines[0] if lines else "",
                                 locations=locations, all_locations=args.all)
    where = tr("alle Standorte") if login.all_locations else ", ".join(login.locations)
    print(tr("Anmeldung {name}: {where}").format(name=login.name, where=where))
    return ExitStatus.OK


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_gui,
    "import": cmd_import,
    "export": cmd_export,
    "report": cmd_report,
    "template": cmd_template,
    "summary": cmd_summary,
    "demo": cmd_demo,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "backups": cmd_backups,
    "server": cmd_server,
    "purge": cmd_purge,
    "encrypt": cmd_encrypt,
    "decrypt": cmd_decrypt,
    "passphrase": cmd_passphrase,
    "trend": cmd_trend,
    "sync": cmd_sync,
    "conflicts": cmd_conflicts,
    "resolve": cmd_resolve,
}


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    restrict_umask()  # every file written from here on is for the user only
    args = build_parser().parse_args(argv)
    remove_scratch_leftovers()  # raw data a killed export left behind
    if args.command is not None and sys.stdin is not None and sys.stdin.isatty():
        from userjourney.core.storage import keys

        keys.ask = _ask_on_terminal  # the window asks in a dialog of its own
    try:
        return COMMANDS[args.command](args)
    except UserError as exc:
        print(f"userjourney: {exc.message}", file=sys.stderr)
        for line in exc.details:
            print(f"  {line}", file=sys.stderr)
        return exc.exit_status
    except BrokenPipeError:
        # The reader stopped reading (`userjourney summary | head`): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return ExitStatus.OK
    except KeyboardInterrupt:
        print(f"userjourney: {tr('abgebrochen')}", file=sys.stderr)
        return ExitStatus.INTERRUPTED
    except Exception as exc:  # the user gets one line, the log the traceback
        log = log_unexpected(f"userjourney {__version__}: {args.command or 'gui'} failed")
        print(
            "userjourney: "
            + tr("Unerwarteter Fehler ({kind}). Einzelheiten stehen in {log}.").format(kind=type(exc).__name__, log=log),
            file=sys.stderr,
        )
        return ExitStatus.INTERNAL


if __name__ == "__main__":
    raise SystemExit(main())

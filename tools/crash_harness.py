"""Kill the app's write paths with SIGKILL at random moments and check what survived.

    python -m tools.crash_harness --kills 200            # the documented run (writes docs/reliability.md)
    python -m tools.crash_harness --kills 12 --no-report # the short run the test suite does

Each round starts a *worker* in a child process on a copy of a prepared database, waits a
random time while the worker saves edits, kills it with SIGKILL (no clean-up, no atexit, no
flush of anything not already on its way to the disk), then checks the database:

* ``PRAGMA integrity_check`` is ``ok`` and ``PRAGMA foreign_key_check`` finds nothing;
* the database opens through the program (schema check, migrations) as usual;
* every edit the worker had *acknowledged* — ``setData`` returned, i.e. the coach saw it
  saved — is there: a note at least as new as the acknowledged one (a later edit may have
  been committed in the instant before the kill), a created family present;
* every saved note has its history row (the history is written in the same transaction);
* an import is all or nothing: the database holds either none or all of the file's families.

Workers: ``grid`` drives the BuT grid model (the GUI's write path: validation, one
transaction with history, a durable commit, then the acknowledgement) offscreen; the others
run a command as a coach would on the command line, killed anywhere from its start to just
after its end:

* ``import`` — all or nothing;
* ``restore`` (of a backup, with its history row) — the database is either the state before
  (no restore row) or the backup's state ending with the restore row;
* ``backup FILE`` — the copy is either absent or a complete, intact database;
* ``export FILE`` — the workbook is either absent or complete; its scratch files never in the
  system temp folder, and the next start removes what the killed one left;
* ``first-open`` (``demo`` on a new file: created, migrated, filled) — the file opens and a
  second run completes it.

What SIGKILL does not simulate is a power cut: the operating system still writes out what
the process had handed to it. That is :mod:`tools.power_cut`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from userjourney.core.demo.schmidt_mueller import store_demo

REPO = Path(__file__).resolve().parent.parent
REPORT = REPO / "docs" / "reliability.md"
BEGIN, END = "<!-- crash-harness:begin -->", "<!-- crash-harness:end -->"


# --------------------------------------------------------------------------- workers (child side)


def worker_grid(db_path: str, seed: int) -> None:
    """Edit notes and create families through the grid model, printing an ack after each save."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from userjourney.core.editing.family_list import load_rows
    from userjourney.core.editing.workspace import FamilyWorkspace, create_family
    from userjourney.core.history.undo import UndoStack, committer
    from userjourney.core.storage.database import open_database
    from userjourney.gui.family.but_model import ButGridModel

    app = QApplication.instance() or QApplication([])  # noqa: F841 - the model's fonts need it
    rng = random.Random(seed)
    db = open_database(db_path, actor="crash-harness")
    family_ids = [r.id for r in load_rows(db)]
    model = ButGridModel()
    model.confirm = lambda title, question: True
    commit = committer(db, UndoStack())
    print("ready", flush=True)
    counter = 0
    while True:
        counter += 1
        if counter % 7 == 0:
            code = f"K-{seed}-{counter}"
            create_family(commit, code)
            print(json.dumps({"ack": "family", "code": code}), flush=True)
            continue
        family_id = rng.choice(family_ids)
        if model.workspace is None or model.workspace.family_id != family_id:
            model.set_workspace(FamilyWorkspace(db, family_id, commit))
        if model.rowCount() == 0:
            continue
        row = rng.randrange(model.rowCount())
        child_id, area = model.row_key(row)
        text = f"edit-{counter}"
        if model.setData(model.index(row, model.column_index("note")), text):
            print(json.dumps({"ack": "note", "child": str(child_id), "area": area, "n": counter}), flush=True)


def worker_cli(args: list[str]) -> None:
    """``userjourney ARGS`` in this process (the same code path as the command line)."""
    from userjourney.cli import main

    print("ready", flush=True)
    sys.exit(main(args))


# --------------------------------------------------------------------------- checks (parent side)


@dataclass
class Round:
    kind: str
    delay: float
    acked: int
    problems: list[str] = field(default_factory=list)
    #: For a command: "none" (killed before it took effect) or "all" (after it).
    outcome: str = ""


def check_database(path: Path) -> list[str]:
    """Integrity, foreign keys, and that the program opens it; returns what is wrong."""
    problems = []
    conn = sqlite3.connect(path)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            problems.append(f"integrity_check: {integrity}")
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append(f"foreign_key_check: {fk[:3]}")
    finally:
        conn.close()
    from userjourney.core.storage.database import open_database

    try:
        open_database(path).close()
    except Exception as exc:
        problems.append(f"does not open: {exc}")
    return problems


def check_grid_acks(path: Path, acks: list[dict]) -> list[str]:
    problems = []
    conn = sqlite3.connect(path)
    try:
        latest: dict[tuple[str, str], int] = {}
        for ack in acks:
            if ack["ack"] == "note":
                key = (ack["child"], ack["area"])
                latest[key] = max(latest.get(key, 0), ack["n"])
            elif ack["ack"] == "family" and not conn.execute(
                    "SELECT 1 FROM family WHERE code = ?", (ack["code"],)).fetchone():
                    problems.append(f"acknowledged family {ack['code']} is missing")
        for (child, area), n in latest.items():
            row = conn.execute(
                "SELECT note FROM but_entry WHERE child_id = ? AND area = ?", (child.replace("-", ""), area)
            ).fetchone()
            stored = int(row[0].split("-")[1]) if row and row[0] and row[0].startswith("edit-") else 0
            if stored < n:
                problems.append(f"note of {child}/{area}: acknowledged edit-{n}, found {row[0] if row else None}")
        notes = conn.execute("SELECT note, id FROM but_entry WHERE note LIKE 'edit-%'").fetchall()
        for note, entry_id in notes:
            logged = conn.execute(  # an update of the note, or the insert of an entry made with it
                "SELECT 1 FROM change WHERE record_id = ? AND ((field = 'note' AND new_value = ?)"
                " OR (action = 'insert' AND json_extract(new_value, '$.note') = ?))",
                (entry_id, json.dumps(note), note),
            ).fetchone()
            if not logged:
                problems.append(f"note {note} has no history row")
    finally:
        conn.close()
    return problems


def family_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM family").fetchone()[0]
    finally:
        conn.close()


# --------------------------------------------------------------------------- rounds


def prepare(folder: Path, families: int) -> Path:
    """A base database: the demo families plus synthetic ones, with history."""
    from bench.synthetic import generate
    from userjourney.core.storage.database import open_database

    base = folder / "base.sqlite"
    db = open_database(base, actor="crash-harness")
    with db.transaction() as session:
        store_demo(session)
    generate(db, families, seed=3)
    db.close()
    return base


def fresh(base: Path, folder: Path, name: str) -> Path:
    from userjourney.core.storage.backups import copy_database

    target = folder / name
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    copy_database(base, target)
    return target


#: The command rounds, after ``grid``: what each runs (see the module docstring).
COMMAND_KINDS = ("import", "restore", "backup", "export", "first-open")


@dataclass
class Setup:
    """What the rounds share: the base database, its backup, the import file, the timings."""

    folder: Path
    base: Path
    backup: Path
    xlsx: Path | None
    expected_new: int
    env: dict
    seconds: dict[str, float] = field(default_factory=dict)


def command_for(kind: str, path: Path, setup: Setup) -> list[str]:
    out = setup.folder / "out"
    return {
        "import": ["import", str(setup.xlsx), "--db", str(path)],
        "restore": ["restore", str(setup.backup), "--db", str(path)],
        "backup": ["backup", str(out / "kopie.sqlite"), "--db", str(path)],
        "export": ["export", str(out / "export.xlsx"), "--db", str(path)],
        "first-open": ["demo", "--db", str(path)],
    }[kind]


def database_for(kind: str, setup: Setup) -> Path:
    """A fresh database for a round: for ``restore`` one edit after the backup, for
    ``first-open`` none at all."""
    shutil.rmtree(setup.folder / "out", ignore_errors=True)
    (setup.folder / "out").mkdir()
    if kind == "first-open":
        path = setup.folder / "neu.sqlite"
        for leftover in setup.folder.glob("neu.sqlite*"):
            leftover.unlink()
        return path
    path = fresh(setup.base, setup.folder, f"{kind}.sqlite")
    if kind == "restore":
        from userjourney.core.editing.edits import create_family
        from userjourney.core.storage.database import open_database

        with open_database(path, actor="crash-harness") as db, db.transaction() as session:
            create_family(session, "NACH-DER-SICHERUNG")
    return path


def run_round(kind: str, setup: Setup, rng: random.Random) -> Round:
    path = database_for(kind, setup)
    before = family_count(path) if path.exists() else 0
    if kind == "grid":
        args = [sys.executable, "-m", "tools.crash_harness", "--worker", "grid", str(path), str(rng.randrange(10**6))]
    else:
        args = [sys.executable, "-m", "tools.crash_harness", "--worker", "cli", *command_for(kind, path, setup)]
    proc = subprocess.Popen(args, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=setup.env)
    assert proc.stdout.readline().strip() == "ready"
    # Commands are killed anywhere from their start to just after their end.
    seconds = setup.seconds.get(kind, 1.0)
    delay = rng.uniform(0.05, 2.5) if kind == "grid" else rng.uniform(0.0, 1.05 * seconds)
    acks: list[dict] = []
    deadline = time.monotonic() + delay
    os.set_blocking(proc.stdout.fileno(), False)
    while time.monotonic() < deadline and proc.poll() is None:
        _read_acks(proc, acks)
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    _read_acks(proc, acks)  # what was printed before the kill was acknowledged before it
    result = Round(kind, delay, len(acks))
    if kind == "first-open":
        result.problems, result.outcome = check_first_open(path, setup)
        return result
    result.problems = check_database(path)
    if kind == "grid":
        result.problems += check_grid_acks(path, acks)
    elif kind == "import":
        after = family_count(path)
        result.outcome = {before: "none", before + setup.expected_new: "all"}.get(after, "")
        if not result.outcome:
            result.problems.append(f"import half done: {after - before} of {setup.expected_new} families")
    elif kind == "restore":
        result.outcome, problems = check_restore(path, before)
        result.problems += problems
    elif kind == "backup":
        result.outcome, problems = check_copy(setup.folder / "out" / "kopie.sqlite", before)
        result.problems += problems
    elif kind == "export":
        result.outcome, problems = check_export(setup.folder / "out" / "export.xlsx", setup, proc.pid)
        result.problems += problems
    return result


def check_restore(path: Path, before: int) -> tuple[str, list[str]]:
    conn = sqlite3.connect(path)
    try:
        last = conn.execute("SELECT record_type, action FROM change ORDER BY id DESC LIMIT 1").fetchone()
        extra = conn.execute("SELECT 1 FROM family WHERE code = 'NACH-DER-SICHERUNG'").fetchone()
    finally:
        conn.close()
    restored = tuple(last or ()) == ("database", "restore")
    if extra and not restored and family_count(path) == before:
        return "none", []
    if not extra and restored and family_count(path) == before - 1:
        return "all", []
    return "", [f"restore half done: extra family {bool(extra)}, restore row {restored}"]


def check_copy(copy: Path, families: int) -> tuple[str, list[str]]:
    if not copy.exists():
        return "none", []
    problems = check_database(copy)
    if not problems and family_count(copy) != families:
        problems.append(f"backup copy holds {family_count(copy)} of {families} families")
    return "all", problems


def check_export(workbook: Path, setup: Setup, pid: int) -> tuple[str, list[str]]:
    import zipfile

    problems = []
    if leftovers := [p.name for p in Path(setup.env["TMPDIR"]).iterdir()]:
        problems.append(f"raw data in the system temp folder: {leftovers[:3]}")
    scratch = Path(setup.env["XDG_DATA_HOME"]) / "userjourney" / "tmp" / str(pid)
    subprocess.run([sys.executable, "-m", "userjourney", "backups", "--db", str(setup.base)], cwd=REPO,
                   env=setup.env, capture_output=True)  # the next start
    if scratch.exists():
        problems.append("the next start left the killed export's scratch files")
    if not workbook.exists():
        return "none", problems
    try:
        with zipfile.ZipFile(workbook) as archive:
            bad = archive.testzip()
        if bad:
            problems.append(f"export damaged in {bad}")
    except zipfile.BadZipFile as exc:
        problems.append(f"export is no workbook: {exc}")
    return "all", problems


def check_first_open(path: Path, setup: Setup) -> tuple[list[str], str]:
    """A killed first start: the file opens (or is not there yet) and a second run completes it."""
    outcome = "all" if path.exists() and path.stat().st_size and family_count_safe(path) == 2 else "none"
    again = subprocess.run([sys.executable, "-m", "userjourney", "demo", "--db", str(path)], cwd=REPO,
                           env=setup.env, capture_output=True, text=True)
    problems = [] if again.returncode == 0 else [f"second run fails: {again.stderr.strip()[:200]}"]
    problems += check_database(path) if path.exists() else ["no database after the second run"]
    return problems, outcome


def family_count_safe(path: Path) -> int:
    try:
        return family_count(path)
    except sqlite3.Error:
        return -1


def time_command(kind: str, setup: Setup) -> float:
    """How long one uninterrupted run takes after its worker said "ready" (to spread the kills
    over all of it)."""
    path = database_for(kind, setup)
    proc = subprocess.Popen([sys.executable, "-m", "tools.crash_harness", "--worker", "cli",
                             *command_for(kind, path, setup)], cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=setup.env)
    assert proc.stdout.readline().strip() == "ready"
    start = time.monotonic()
    if proc.wait() != 0:
        raise SystemExit(f"{kind} fails without a kill")
    return time.monotonic() - start


def _read_acks(proc: subprocess.Popen, acks: list[dict]) -> None:
    try:
        chunk = proc.stdout.read()
    except (BlockingIOError, TypeError):
        return
    for line in (chunk or "").splitlines():
        if line.startswith("{"):
            acks.append(json.loads(line))


def import_file(folder: Path, families: int) -> tuple[Path | None, int]:
    """An Excel file of ``families`` new families (exported from a synthetic database)."""
    try:
        from userjourney.core.excel import export as excel_export  # noqa: F401 - available once merged
    except ImportError:
        return None, 0
    from bench.synthetic import generate
    from userjourney.cli import main
    from userjourney.core.storage.database import open_database

    source = folder / "source.sqlite"
    db = open_database(source)
    generate(db, families, seed=11, first=50_000)
    db.close()
    xlsx = folder / "import.xlsx"
    import contextlib
    import io

    with contextlib.redirect_stdout(io.StringIO()):
        status = main(["export", str(xlsx), "--db", str(source)])
    if status != 0:
        raise SystemExit("could not write the import file")
    return xlsx, families


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.crash_harness", description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20261125)
    parser.add_argument("--families", type=int, default=200, help="synthetic families in the base database")
    parser.add_argument("--import-families", type=int, default=1500, help="families in the import file")
    parser.add_argument("--no-report", action="store_true", help="do not rewrite docs/reliability.md")
    parser.add_argument("--worker", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        kind, *rest = args.worker
        (worker_grid(rest[0], int(rest[1])) if kind == "grid" else worker_cli(rest))
        return 0

    rng = random.Random(args.seed)
    results: list[Round] = []
    with tempfile.TemporaryDirectory(prefix="uj-crash-") as tmp:
        folder = Path(tmp)
        for name in ("home", "systemtemp"):
            (folder / name).mkdir()
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO), XDG_DATA_HOME=str(folder / "home"),
                   XDG_CONFIG_HOME=str(folder / "home"), TMPDIR=str(folder / "systemtemp"))
        base = prepare(folder, args.families)
        from userjourney.core.storage.backups import copy_database

        backup = copy_database(base, folder / "sicherung.sqlite")
        xlsx, expected = import_file(folder, args.import_families)
        setup = Setup(folder, base, backup, xlsx, expected, env)
        kinds = ["grid", *(k for k in COMMAND_KINDS if xlsx or k != "import")]
        for kind in kinds[1:]:
            setup.seconds[kind] = time_command(kind, setup)
        for number in range(args.kills):
            kind = kinds[number % len(kinds)]
            outcome = run_round(kind, setup, rng)
            results.append(outcome)
            status = "ok" if not outcome.problems else "; ".join(outcome.problems)
            if outcome.outcome:
                status += f" ({'nothing done' if outcome.outcome == 'none' else 'complete'})"
            print(f"{number + 1:4d} {kind:10s} killed after {outcome.delay:4.2f} s, {outcome.acked:4d} acks: {status}",
                  flush=True)
    failed = [r for r in results if r.problems]
    if not args.no_report:
        write_report(results, args)
    print(f"{len(results)} kills, {len(failed)} with problems")
    return 1 if failed else 0


LABELS = {
    "grid": "SIGKILL while saving BuT grid edits (notes, new families)",
    "import": "SIGKILL during `userjourney import` of {n} families",
    "restore": "SIGKILL during `userjourney restore` (with its history row)",
    "backup": "SIGKILL during `userjourney backup FILE`",
    "export": "SIGKILL during `userjourney export FILE` (then the next start)",
    "first-open": "SIGKILL during the first start on a new file (`demo`: create, migrate, fill)",
}


def write_report(results: list[Round], args) -> None:
    lines = [BEGIN, "", f"Last run: {datetime.now():%Y-%m-%d %H:%M}, `python -m tools.crash_harness --kills {args.kills}` "
             f"(seed {args.seed}, base database of {args.families} synthetic families + the demo).", "",
             "| Fault | Kills | Acknowledged edits checked | Integrity ok | Edits lost | Not yet done / complete / with a problem |",
             "| --- | --- | --- | --- | --- | --- |"]
    for kind, label in LABELS.items():
        rounds = [r for r in results if r.kind == kind]
        if not rounds:
            continue
        label = label.format(n=f"{args.import_families:,}")
        integrity = sum(1 for r in rounds if not any(p.startswith(("integrity", "foreign", "does not")) for p in r.problems))
        lost = sum(1 for r in rounds for p in r.problems if "acknowledged" in p or "history" in p)
        half = sum(1 for r in rounds if r.problems and kind != "grid")
        acked = sum(r.acked for r in rounds) if kind == "grid" else "–"
        nothing = sum(1 for r in rounds if r.outcome == "none")
        complete = sum(1 for r in rounds if r.outcome == "all")
        outcomes = f"{nothing} / {complete} / {half}" if kind != "grid" else "–"
        lines.append(f"| {label} | {len(rounds)} | {acked} | {integrity} of {len(rounds)} | {lost} | {outcomes} |")
    lines += ["", END]
    text = REPORT.read_text(encoding="utf-8") if REPORT.exists() else f"# Reliability\n\n{BEGIN}\n{END}\n"
    start, end = text.index(BEGIN), text.index(END) + len(END)
    REPORT.write_text(text[:start] + "\n".join(lines) + text[end:], encoding="utf-8")
    print(f"wrote {REPORT.relative_to(REPO)}")


if __name__ == "__main__":
    sys.exit(main())

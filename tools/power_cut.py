"""Simulate power cuts faithfully: record every write and fsync the program makes, then rebuild
the disk as a power cut at any moment could have left it, and reopen.

    python -m tools.power_cut --commits 40 --states 600     # the documented run (docs/reliability.md)

A SIGKILL is not a power cut: the kernel still writes out what the process handed it. A power
cut loses everything not yet *fsynced*, and what was not fsynced may reach the disk in any
order, or half (a torn write). So:

1. A *workload* runs the program's own write path (:func:`workload`: ``open_database``, a
   transaction per edit through the change history, as the window and the import do) under
   ``strace``, which records every ``pwrite64``/``write`` with its bytes, every ``ftruncate``,
   ``fsync``/``fdatasync``, ``unlink`` and ``rename`` on the database's files — and the
   acknowledgement the workload prints after each commit returned (a ``write`` to stdout, so
   it is ordered with the file operations).
2. For a *crash point* (any position in that trace) each file is rebuilt as it was at its last
   fsync before that point, plus a random choice of the writes made since: none, all, a random
   subset in order (the page cache flushes in any order), or a subset whose last write is torn
   at a 512-byte boundary. The ``-shm`` index is dropped (it is shared memory; SQLite rebuilds
   it from the ``-wal`` on the first open after a crash).
3. The rebuilt folder is opened as after a reboot: ``PRAGMA integrity_check`` must be ``ok``,
   the program must open it (:func:`userjourney.core.storage.database.open_database`), and
   every commit acknowledged before the crash point must be there — the families present are
   exactly the first *m* commits, with *m* at least the number acknowledged.

Simplifications, stated: file creation, unlink and rename count as durable the moment they
happen (a journaling file system orders metadata; SQLite fsyncs the folder after creating a
journal besides); the workload lowers ``wal_autocheckpoint`` to 50 pages, so the checkpoint
path (the write-ahead log copied into the database file, fsynced, the log restarted) runs many
times in a short trace. ``--unsafe`` runs the same workload with ``synchronous=OFF`` — the
check must then find lost commits, which shows the simulation can see a loss at all.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
REPORT = REPO / "docs" / "reliability.md"
BEGIN, END = "<!-- power-cut:begin -->", "<!-- power-cut:end -->"
SECTOR = 512


# --------------------------------------------------------------------------- the workload (traced)


def workload(db_path: str, commits: int, unsafe: bool) -> None:
    """Create one family per commit through the program's write path; acknowledge each."""
    import sqlalchemy as sa

    import userjourney.core.history  # noqa: F401 - the change history records every write
    from userjourney.core.editing.edits import add_child, create_family
    from userjourney.core.storage.database import open_database

    db = open_database(db_path, actor="power-cut")

    @sa.event.listens_for(db.engine, "connect")
    def _often(dbapi_connection, _record):
        dbapi_connection.execute("PRAGMA wal_autocheckpoint=50")
        if unsafe:
            dbapi_connection.execute("PRAGMA synchronous=OFF")

    db.engine.dispose()
    for k in range(commits):
        with db.transaction() as session:
            family = create_family(session, f"PC-{k:03}", location="Strom", coach="Test")
            for child in range(1 + k % 4):
                add_child(session, family, f"Kind {child}", 5 + child)
        os.write(1, f"ACK {k}\n".encode())
    db.close()
    os.write(1, b"DONE\n")


# --------------------------------------------------------------------------- the trace


@dataclass
class Event:
    kind: str  # write, truncate, sync, unlink, rename, ack
    path: str = ""
    offset: int = 0
    data: bytes = b""
    size: int = 0
    target: str = ""
    ack: int = -1


_CALL = re.compile(r"^(?:\[pid\s+\d+\]\s+|\d+\s+)?(\w+)\((.*)\)\s+=\s+(-?\d+)")
_FD = re.compile(r"^(\d+)<([^>]*)>")


def _string(text: str) -> bytes:
    """A string argument of strace ``-xx`` output: "\\x41\\x42" → b"AB"."""
    return ast.literal_eval("b" + text)


def _split(args: str) -> list[str]:
    """The top-level arguments of a call (strings may contain commas)."""
    parts, depth, current, quoted, escaped = [], 0, [], False, False
    for char in args:
        if quoted:
            current.append(char)
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                quoted = False
            continue
        if char == '"':
            quoted = True
        elif char in "[{(":
            depth += 1
        elif char in "]})":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append("".join(current).strip())
            current = []
            continue
        current.append(char)
    parts.append("".join(current).strip())
    return parts


def parse_trace(text: str, folder: Path) -> list[Event]:
    """The file operations on ``folder``'s files and the acknowledgements, in order."""
    inside = str(folder) + os.sep
    offsets: dict[str, int] = {}
    events: list[Event] = []
    for line in text.splitlines():
        match = _CALL.match(line)
        if not match:
            continue
        name, args, result = match.group(1), _split(match.group(2)), int(match.group(3))
        if result < 0:
            continue
        fd = _FD.match(args[0]) if args else None
        path = _string(f'"{fd.group(2)}"').decode("utf-8", "replace") if fd else ""
        if name == "write" and fd and fd.group(1) == "1":  # the workload's stdout: acknowledgements
            for ack in re.findall(rb"ACK (\d+)\n", _string(args[1])):
                events.append(Event("ack", ack=int(ack)))
            continue
        if name == "pwrite64" and path.startswith(inside):
            events.append(Event("write", path, int(args[3]), _string(args[1])[:result]))
        elif name == "write" and path.startswith(inside):
            data = _string(args[1])[:result]
            offset = offsets.get(path, 0)
            events.append(Event("write", path, offset, data))
            offsets[path] = offset + len(data)
        elif name == "lseek" and path.startswith(inside):
            offsets[path] = result
        elif name == "ftruncate" and path.startswith(inside):
            events.append(Event("truncate", path, size=int(args[1])))
        elif name in ("fsync", "fdatasync") and path.startswith(inside):
            events.append(Event("sync", path))
        elif name in ("unlink", "unlinkat"):
            target = _string(args[-2] if name == "unlinkat" else args[0]).decode()
            if target.startswith(inside):
                events.append(Event("unlink", target))
        elif name in ("rename", "renameat", "renameat2"):
            strings = [a for a in args if a.startswith('"')]
            source, target = (_string(s).decode() for s in strings[:2])
            if target.startswith(inside):
                events.append(Event("rename", source, target=target))
    return events


def record(folder: Path, db_name: str, commits: int, unsafe: bool) -> list[Event]:
    """Run the workload under strace on ``folder/db_name``; returns its events."""
    trace = folder.parent / "trace.txt"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run(
        ["strace", "-f", "-qq", "-y", "-xx", "-s", "200000", "-o", str(trace),
         "-e", "trace=write,pwrite64,lseek,ftruncate,fsync,fdatasync,unlink,unlinkat,rename,renameat,renameat2",
         sys.executable, "-m", "tools.power_cut", "--workload", str(folder / db_name), str(commits),
         "unsafe" if unsafe else "safe"],
        check=True, cwd=REPO, env=env, stdout=subprocess.DEVNULL,
    )
    return parse_trace(trace.read_text(encoding="latin-1"), folder)


# --------------------------------------------------------------------------- crash states


@dataclass
class Outcome:
    point: int
    mode: str
    acked: int
    present: int
    problems: list[str] = field(default_factory=list)


def _apply(content: bytearray, event: Event) -> None:
    if event.kind == "write":
        end = event.offset + len(event.data)
        if len(content) < end:
            content.extend(b"\x00" * (end - len(content)))
        content[event.offset:end] = event.data
    elif event.kind == "truncate":
        del content[event.size:]
        if len(content) < event.size:
            content.extend(b"\x00" * (event.size - len(content)))


def crash_state(initial: dict[str, bytes], events: list[Event], point: int, mode: str,
                rng: random.Random) -> dict[str, bytes]:
    """The files as a power cut after ``events[:point]`` leaves them (see the module docstring)."""
    durable = {path: bytearray(data) for path, data in initial.items()}  # what reached the platter
    volatile = {path: bytearray(data) for path, data in initial.items()}  # what the programs saw
    pending: dict[str, list[Event]] = {}
    for event in events[:point]:
        if event.kind in ("write", "truncate"):
            volatile.setdefault(event.path, bytearray())
            durable.setdefault(event.path, bytearray())
            _apply(volatile[event.path], event)
            pending.setdefault(event.path, []).append(event)
        elif event.kind == "sync" and event.path in volatile:
            durable[event.path] = bytearray(volatile[event.path])
            pending[event.path] = []
        elif event.kind == "unlink":
            for state in (durable, volatile, pending):
                state.pop(event.path, None)
        elif event.kind == "rename":
            for state in (durable, volatile, pending):
                if event.path in state:
                    state[event.target] = state.pop(event.path)  # type: ignore[assignment]
    files = {}
    for path, content in durable.items():
        unsynced = pending.get(path, [])
        if mode == "all":
            chosen = unsynced
        elif mode == "none":
            chosen = []
        else:
            chosen = [e for e in unsynced if rng.random() < 0.5]
        result = bytearray(content)
        for index, event in enumerate(chosen):
            if mode == "torn" and index == len(chosen) - 1 and event.kind == "write" and len(event.data) > SECTOR:
                cut = rng.randrange(1, len(event.data) // SECTOR + 1) * SECTOR
                event = Event("write", event.path, event.offset, event.data[:cut])
            _apply(result, event)
        files[path] = bytes(result)
    return files


def check_state(files: dict[str, bytes], folder: Path, db_name: str, acked: int) -> tuple[int, list[str]]:
    """Write the state into ``folder``, open it as after a reboot; returns (commits present, problems)."""
    from userjourney.core.storage.database import open_database

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for path, data in files.items():
        name = Path(path).name
        if name.endswith("-shm"):
            continue  # shared memory: gone with the power
        (folder / name).write_bytes(data)
    problems: list[str] = []
    db_path = folder / db_name
    present = -1
    try:
        conn = sqlite3.connect(db_path)
        try:
            integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if integrity != "ok":
                problems.append(f"integrity_check: {integrity}")
            codes = [r[0] for r in conn.execute("SELECT code FROM family WHERE code LIKE 'PC-%' ORDER BY code")]
        finally:
            conn.close()
        present = len(codes)
        if codes != [f"PC-{k:03}" for k in range(present)]:
            problems.append(f"not a prefix of the commits: {codes[:5]}…")
        if present < acked:
            problems.append(f"{acked} commits acknowledged, {present} present")
        open_database(db_path).close()
    except Exception as exc:  # any failure to open is a finding
        problems.append(f"{type(exc).__name__}: {exc}")
    return present, problems


MODES = ("none", "all", "subset", "torn")


def simulate(commits: int, states: int, seed: int, unsafe: bool = False, work: Path | None = None) -> list[Outcome]:
    from userjourney.core.storage.database import open_database

    rng = random.Random(seed)
    own = work is None
    work = Path(tempfile.mkdtemp(prefix="uj-power-")) if work is None else work
    try:
        folder = work / "disk"
        folder.mkdir(parents=True, exist_ok=True)
        db_name = "strom.sqlite"
        open_database(folder / db_name).close()  # an existing database, as after the first start
        initial = {str(folder / p.name): p.read_bytes() for p in folder.iterdir() if not p.name.endswith("-shm")}
        events = record(folder, db_name, commits, unsafe)
        ack_at = [i for i, e in enumerate(events) if e.kind == "ack"]
        if len(ack_at) != commits:
            raise RuntimeError(f"the trace holds {len(ack_at)} acknowledgements, expected {commits}")
        points = sorted(rng.randrange(len(events) + 1) for _ in range(states - 2)) + [0, len(events)]
        outcomes = []
        for n, point in enumerate(points):
            mode = MODES[n % len(MODES)]
            acked = sum(1 for i in ack_at if i < point)
            files = crash_state(initial, events, point, mode, rng)
            present, problems = check_state(files, work / "after", db_name, acked)
            outcomes.append(Outcome(point, mode, acked, present, problems))
        return outcomes
    finally:
        if own:
            shutil.rmtree(work, ignore_errors=True)


# --------------------------------------------------------------------------- command line


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.power_cut", description=__doc__.split("\n")[0])
    parser.add_argument("--commits", type=int, default=40)
    parser.add_argument("--states", type=int, default=600)
    parser.add_argument("--seed", type=int, default=20261206)
    parser.add_argument("--unsafe", action="store_true", help="synchronous=OFF: the check must find losses")
    parser.add_argument("--no-report", action="store_true")
    parser.add_argument("--workload", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.workload:
        workload(args.workload[0], int(args.workload[1]), args.workload[2] == "unsafe")
        return 0
    outcomes = simulate(args.commits, args.states, args.seed, args.unsafe)
    bad = [o for o in outcomes if o.problems]
    summary = {
        "states": len(outcomes), "commits": args.commits, "unsafe": args.unsafe,
        "with_problems": len(bad), "lost_acknowledged": sum(1 for o in outcomes if o.present < o.acked),
        "in_flight_commit_present": sum(1 for o in outcomes if o.present > o.acked),
        "by_mode": {m: sum(1 for o in outcomes if o.mode == m) for m in MODES},
        "examples": [{"point": o.point, "mode": o.mode, "problems": o.problems[:2]} for o in bad[:5]],
    }
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    if not args.no_report and not args.unsafe:
        write_report(summary, args)
    return 1 if bad and not args.unsafe else 0


def write_report(summary: dict, args) -> None:
    from datetime import datetime

    lines = [
        BEGIN,
        f"Last run: {datetime.now():%Y-%m-%d %H:%M}, `python -m tools.power_cut --commits {args.commits} "
        f"--states {args.states}` (seed {args.seed}).",
        "",
        "| crash states | none / all / subset / torn | acknowledged commits lost | in-flight commit kept |"
        " states with any problem |",
        "|---:|---|---:|---:|---:|",
        f"| {summary['states']} | {' / '.join(str(summary['by_mode'][m]) for m in MODES)} | "
        f"{summary['lost_acknowledged']} | {summary['in_flight_commit_present']} | {summary['with_problems']} |",
        END,
    ]
    text = REPORT.read_text(encoding="utf-8")
    if BEGIN in text:
        head, rest = text.split(BEGIN, 1)
        text = head + "\n".join(lines) + rest.split(END, 1)[1]
    else:
        text += "\n" + "\n".join(lines) + "\n"
    REPORT.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())

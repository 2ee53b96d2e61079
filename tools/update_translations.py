"""Collect every translatable string into ``resources/translations/*.ts`` — the one command.

    python -m tools.update_translations           # after adding or changing UI texts
    python -m tools.update_translations --check   # exit 1 if a .ts file lacks a current string

German is the source language. ``pyside6-lupdate`` reads the Designer forms (``ui/*.ui``) and
the Python sources: ``self.tr(…)`` in widgets (context: the class name) and the core's plain
``tr(…)`` from :mod:`userjourney.core.i18n` (the empty context, which the GUI routes the core
through). Translators open the ``.ts`` file in Qt Linguist (``pyside6-linguist``). The same
command compiles each ``.ts`` into the ``userjourney_<lang>.qm`` the app loads when that language
is chosen in the settings (``pyside6-lrelease``; generated, committed like the forms, and
``--check`` fails when it is out of date).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TS_DIR = REPO / "resources" / "translations"
LANGUAGES = ("en",)


def _tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (pip install PySide6-Essentials)")
    return found


def sources() -> list[Path]:
    """The files lupdate reads: forms, and the package without the generated form code."""
    python = [p for p in sorted((REPO / "userjourney").rglob("*.py")) if "forms" not in p.parts]
    return sorted((REPO / "ui").glob("*.ui")) + python


def run_lupdate(ts_file: Path) -> None:
    files = [str(p.relative_to(REPO)) for p in sources()]
    subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "relative", *files, "-ts", str(ts_file)],
                   cwd=REPO, check=True, capture_output=True, text=True)


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
                   cwd=REPO, check=True, capture_output=True, text=True)


def source_texts(ts_file: Path) -> set[tuple[str, str]]:
    """(context, source) pairs of a .ts file."""
    text = ts_file.read_text(encoding="utf-8")
    pairs = set()
    for context in re.finditer(r"<context>\s*<name>(.*?)</name>(.*?)</context>", text, re.S):
        for source in re.finditer(r"<source>(.*?)</source>", context.group(2), re.S):
            pairs.add((context.group(1), source.group(1)))
    return pairs


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.update_translations", description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    TS_DIR.mkdir(parents=True, exist_ok=True)
    status = 0
    for language in LANGUAGES:
        target = TS_DIR / f"userjourney_{language}.ts"
        if args.check:
            with tempfile.TemporaryDirectory() as folder:
                fresh = Path(folder) / target.name
                run_lupdate(fresh)
                missing = source_texts(fresh) - (source_texts(target) if target.exists() else set())
                compiled = Path(folder) / target.with_suffix(".qm").name
                run_lrelease(target, compiled)
                stale = compiled.read_bytes() != (qm.read_bytes() if (qm := target.with_suffix(".qm")).exists() else b"")
            for context, source in sorted(missing):
                print(f"{target.name}: missing [{context}] {source}")
            if stale:
                print(f"{qm.name} is not compiled from {target.name}: python -m tools.update_translations")
            status |= bool(missing) or stale
        else:
            run_lupdate(target)
            run_lrelease(target, target.with_suffix(".qm"))
            print(f"wrote {target.relative_to(REPO)} ({len(source_texts(target))} texts) and its .qm")
    return status


if __name__ == "__main__":
    sys.exit(main())

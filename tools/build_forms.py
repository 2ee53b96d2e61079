"""Compile the Qt Designer forms in ``ui/`` into ``userjourney/gui/forms/`` — the one command.

    python -m tools.build_forms          # after editing a .ui file in Qt Designer
    python -m tools.build_forms --check  # exit 1 if a generated file is out of date (tests use it)

Each ``ui/<name>.ui`` becomes ``userjourney/gui/forms/ui_<name>.py`` via ``pyside6-uic``. The
generated files are committed (the app then needs no build step and a frozen bundle needs no
uic), carry a do-not-edit header, and leave out uic's version line so that the same form gives
the same file whatever PySide6 version compiled it.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
UI_DIR = REPO / "ui"
FORMS_DIR = REPO / "userjourney" / "gui" / "forms"
HEADER = "# Generated from ui/{name} by `python -m tools.build_forms` — do not edit; edit the .ui file.\n"


def _uic() -> str:
    local = Path(sys.executable).with_name("pyside6-uic")
    found = str(local) if local.exists() else shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic not found (pip install PySide6-Essentials)")
    return found


def compile_form(ui_file: Path) -> str:
    """The Python source for one form, as committed."""
    result = subprocess.run([_uic(), "-g", "python", str(ui_file)],
                            capture_output=True, text=True, check=True)
    lines = [line for line in result.stdout.splitlines(keepends=True)
             if not line.startswith("## Created by:")]
    return HEADER.format(name=ui_file.name) + "".join(lines)


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.build_forms", description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only check that the generated files are current")
    args = parser.parse_args(argv)
    stale = []
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    init = FORMS_DIR / "__init__.py"
    if not init.exists() and not args.check:
        init.write_text('"""Python code generated from ui/*.ui by `python -m tools.build_forms` — do not edit."""\n')
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        source = compile_form(ui_file)
        target = target_for(ui_file)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current != source:
            stale.append(target.relative_to(REPO))
            if not args.check:
                target.write_text(source, encoding="utf-8")
    if args.check:
        for path in stale:
            print(f"out of date: {path}")
        return 1 if stale else 0
    for path in stale:
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

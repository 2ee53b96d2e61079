"""The core must not depend on Qt: the CLI, the benchmarks and a server use it without one."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests.support import REPO

CORE = REPO / "userjourney" / "core"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "qtpy")


def test_core_source_has_no_qt_import():
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.relative_to(REPO)}: {n}" for n in names if n.split(".")[0] in QT_MODULES]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt():
    code = f"""
import importlib, pkgutil, sys
import userjourney.core as core
for info in pkgutil.walk_packages(core.__path__, "userjourney.core."):
    if info.name.startswith("userjourney.core.storage.migrations"):
        continue
    importlib.import_module(info.name)
import userjourney.cli
loaded = sorted(m for m in sys.modules if m.split(".")[0] in {QT_MODULES!r})
print(loaded)
sys.exit(1 if loaded else 0)
"""
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_no_engine_at_import_time():
    code = """
import gc, sqlalchemy
import userjourney.core.storage.database, userjourney.core.storage.models, userjourney.cli
engines = [o for o in gc.get_objects() if isinstance(o, sqlalchemy.engine.Engine)]
raise SystemExit(len(engines))
"""
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr

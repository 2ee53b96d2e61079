"""Packaging: the bundle's unpacked size and the frozen program's start-up (issue 8).

Needs a bundle built by ``python packaging/build.py`` (``packaging/dist/userjourney``, or the
folder named by ``$USERJOURNEY_BUNDLE``); without one the section says so and measures nothing.

Start-up is the time from launching the process until the main window is up and grabbed: the
GUI runs offscreen with ``USERJOURNEY_SCREENSHOT`` set, saves its 1500×860 window as a PNG and
prints a line — the clock stops at that line. The baseline, measured the same way in the same
run, is a bare PySide6 window (a QMainWindow with one label, same size, same grab) frozen by
PyInstaller with its defaults (one folder, stripped); it is built once into ``.bench-cache/``.
Both run in a clean environment (temporary home, no venv on the path).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.harness import CACHE, REPO, Context, Row, Section

BUNDLE = REPO / "packaging" / "dist" / "userjourney"
SIZE_TARGET_MB = 150
STARTUP_TARGET_RATIO = 1.5
IS_WIN = sys.platform == "win32"

BARE_WINDOW = '''\
import json, os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.setCentralWidget(QLabel("Bitte links eine Familie wählen"))
window.resize(1500, 860)
window.show()


def grab():
    app.processEvents()
    path = os.environ["USERJOURNEY_SCREENSHOT"]
    saved = window.grab().save(path, "PNG")
    print(json.dumps({"screenshot": path if saved else None}), flush=True)
    app.exit(0 if saved else 1)


QTimer.singleShot(0, grab)
sys.exit(app.exec())
'''


def bundle_folder() -> Path:
    return Path(os.environ.get("USERJOURNEY_BUNDLE") or BUNDLE)


def executable(folder: Path, name: str = "userjourney") -> Path:
    return folder / (name + ".exe" if IS_WIN else name)


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) unpacked — the build script's own count, so both report the same size."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("_packaging_build", REPO / "packaging" / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    return build.bundle_size(folder)


def clean_env(home: Path) -> dict[str, str]:
    for sub in ("data", "config", "cache", "runtime", "Local", "Roaming"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    env = {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "LANG": "de_DE.UTF-8"}
    if IS_WIN:
        root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env.update(SYSTEMROOT=root, PATH=rf"{root}\System32;{root}", USERPROFILE=str(home),
                   LOCALAPPDATA=str(home / "Local"), APPDATA=str(home / "Roaming"),
                   WIN_PD_OVERRIDE_LOCAL_APPDATA=str(home / "Local"), WIN_PD_OVERRIDE_APPDATA=str(home / "Roaming"))
    else:
        (home / "runtime").chmod(0o700)
        env.update(PATH="/usr/bin:/bin", XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
                   XDG_CACHE_HOME=str(home / "cache"), XDG_RUNTIME_DIR=str(home / "runtime"))
    return env


def time_to_window(command: list[str], env: dict[str, str], cwd: Path, shot: Path) -> float:
    """Seconds from launch until the program printed its screenshot line (then it quits)."""
    shot.unlink(missing_ok=True)
    env = dict(env, USERJOURNEY_SCREENSHOT=str(shot))
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    took = None
    for line in proc.stdout:
        if line.startswith(b"{"):
            took = time.perf_counter() - start
            break
    proc.stdout.read()
    proc.wait(timeout=60)
    if took is None or proc.returncode != 0 or not shot.is_file():
        raise RuntimeError(f"{command[0]} did not show its window (exit status {proc.returncode})")
    return took


def median_startup(command, env, cwd, shot, runs: int) -> tuple[float, float]:
    time_to_window(command, env, cwd, shot)  # warm the page cache
    samples = sorted(time_to_window(command, env, cwd, shot) for _ in range(runs))
    return statistics.median(samples), samples[-1]


def _import_time(code: str, runs: int) -> float:
    """Median seconds of ``python -c CODE`` from source, as a whole process."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    samples = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples[1:])


def bare_window_bundle() -> Path:
    """A bare PySide6 window frozen with PyInstaller's defaults, built once per toolchain."""
    import PyInstaller
    import PySide6

    key = hashlib.sha256(
        f"{BARE_WINDOW}{PySide6.__version__}{PyInstaller.__version__}{sys.version}".encode()
    ).hexdigest()[:12]
    root = CACHE / f"bare-window-{key}"
    folder = root / "dist" / "bare_window"
    if executable(folder, "bare_window").exists():
        return folder
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    script = root / "bare_window.py"
    script.write_text(BARE_WINDOW, encoding="utf-8")
    print("  freezing a bare PySide6 window (once) …", flush=True)
    command = [sys.executable, "-m", "PyInstaller", str(script), "--onedir", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(root / "dist"), "--workpath", str(root / "work"), "--specpath", str(root)]
    if sys.platform.startswith("linux"):
        command.append("--strip")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        print(result.stdout[-3000:], result.stderr[-3000:], sep="\n")
        raise RuntimeError("PyInstaller failed on the bare window")
    return folder


def run(ctx: Context) -> Section:
    folder = bundle_folder()
    section = Section(
        "Packaging (issue 8)",
        "The one-folder bundle from `python packaging/build.py`, run from a clean environment "
        "(`bench/bench_bundle.py`).",
    )
    exe = executable(folder)
    if not exe.exists():
        section.rows.append(Row("Bundle", "not built", target=f"≤ {SIZE_TARGET_MB} MB"))
        section.notes.append(f"No bundle at `{folder}`: run `python packaging/build.py` first, then the benchmark.")
        return section

    size, files = folder_size(folder)
    runs = 3 if ctx.quick else 10
    work = Path(tempfile.mkdtemp(prefix="uj-bench-bundle-"))
    try:
        env = clean_env(work / "home")
        db = work / "demo.sqlite"
        subprocess.run([str(exe), "demo", "--db", str(db)], env=env, cwd=work, check=True, capture_output=True)
        shot = work / "shot.png"
        ours, ours_max = median_startup([str(exe), "--db", str(db)], env, work, shot, runs)

        try:
            bare = bare_window_bundle()
        except (RuntimeError, ImportError) as exc:
            bare = None
            section.notes.append(f"The bare PySide6 window could not be frozen ({exc}); no baseline.")
        bare_size = None
        if bare is not None:
            bare_size, _ = folder_size(bare)
            base, base_max = median_startup([str(executable(bare, "bare_window"))], env, work, shot, runs)

        section.rows.append(Row(
            f"Bundle size, unpacked ({sys.platform}, {files} files)",
            f"{size / 1e6:.1f} MB",
            f"{bare_size / 1e6:.1f} MB (bare PySide6 window, PyInstaller defaults)" if bare_size else "–",
            f"≤ {SIZE_TARGET_MB} MB", size / 1e6 <= SIZE_TARGET_MB,
        ))
        if bare is not None:
            ratio = ours / base
            section.rows.append(Row(
                "Frozen start-up: launch → main window up and grabbed (demo database, offscreen)",
                f"{ours:.2f} s", f"{base:.2f} s (bare PySide6 window, frozen, same grab)",
                f"≤ {STARTUP_TARGET_RATIO} ×", ratio <= STARTUP_TARGET_RATIO,
            ))
            section.notes.append(f"Start-up ratio: {ratio:.2f} × the bare window; slowest of {runs} runs: "
                                 f"{ours_max:.2f} s (bare {base_max:.2f} s).")

        source = [sys.executable, "-m", "userjourney", "--db", str(db)]
        source_env = dict(env, PYTHONPATH=str(REPO))
        from_source, _ = median_startup(source, source_env, work, shot, runs)
        section.rows.append(Row("Start-up from source (`python -m userjourney`, same measurement)",
                                f"{from_source:.2f} s", f"{ours:.2f} s (the frozen bundle)"))
        stack = _import_time("import userjourney.core.storage.database, userjourney.core.storage.models", runs)
        bare_python = _import_time("pass", runs)
        section.rows.append(Row("Importing the data stack from source (storage, models: SQLAlchemy, SQLModel, Alembic)",
                                f"{stack:.2f} s", f"{bare_python:.2f} s (`python -c pass`)"))
        version = subprocess.run([str(exe), "--version"], env=env, cwd=work, capture_output=True, text=True)
        section.notes.append(f"Measured bundle: `{version.stdout.strip()}`, {runs} runs each (median).")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return section

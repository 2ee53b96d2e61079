"""Smoke-test the frozen program: ``python packaging/smoke_test.py [BUNDLE]``.

``BUNDLE`` is the folder ``python packaging/build.py`` made (default
``packaging/dist/userjourney``). Every run of the frozen program gets an environment that
has no virtual environment and no project on its path — only ``PATH=/usr/bin:/bin`` (Windows:
the system folders), a temporary home with its own data and config folders, and
``QT_QPA_PLATFORM=offscreen`` — and runs in a temporary working folder outside the repository.
It checks:

1. ``--version`` prints ``userjourney VERSION``;
2. ``demo --db tmp.sqlite`` stores the demo families (schema created by the bundled Alembic
   migrations) in the working folder;
3. ``summary --json --db tmp.sqlite`` prints JSON with the two families; ``USERJOURNEY_DB``
   selects the same file; ``demo`` without ``--db`` writes into the per-user data folder (not
   on Windows, where that folder comes from the shell and might be the real profile's);
   a ``--db`` in a missing folder is refused with exit status 4;
4. the GUI starts offscreen and saves a screenshot of its main window
   (``USERJOURNEY_SCREENSHOT``), with its resources and Qt's translations read from the bundle;
5. nothing was written into the bundle's folder;
6. (Linux) every Qt library a bundled binary links is in the bundle (``ldd``).

``--keep-screenshot PATH`` copies the screenshot out (look at it: its text must be legible).
Exit status 0 when everything passed. Needs only the standard library.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_BUNDLE = HERE / "dist" / "userjourney"
IS_WIN = sys.platform == "win32"
TIMEOUT_S = 120


class SmokeFailure(AssertionError):
    pass


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def app_version() -> str:
    for line in (REPO / "userjourney" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise SmokeFailure("no __version__ in userjourney/__init__.py")


def executable(bundle: Path) -> Path:
    return bundle / ("userjourney.exe" if IS_WIN else "userjourney")


def clean_environment(home: Path) -> dict[str, str]:
    """Like ``env -i`` plus a private home: no venv, no PYTHONPATH, no project folder."""
    for sub in ("data", "config", "cache", "runtime", "AppData/Local", "AppData/Roaming", "Temp"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    env = {
        "HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "de_DE.UTF-8",  # Qt's own strings (qtbase_de.qm) must come from the bundle
    }
    if IS_WIN:
        system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env.update({
            "SYSTEMROOT": system_root,
            "WINDIR": system_root,
            "PATH": rf"{system_root}\System32;{system_root}",
            "USERPROFILE": str(home),
            "LOCALAPPDATA": str(home / "AppData" / "Local"),
            "APPDATA": str(home / "AppData" / "Roaming"),
            # platformdirs asks the Windows shell, not these variables; recent versions honour:
            "WIN_PD_OVERRIDE_LOCAL_APPDATA": str(home / "AppData" / "Local"),
            "WIN_PD_OVERRIDE_APPDATA": str(home / "AppData" / "Roaming"),
            "TEMP": str(home / "Temp"),
            "TMP": str(home / "Temp"),
        })
    else:
        (home / "runtime").chmod(0o700)
        env.update({
            "PATH": "/usr/bin:/bin",
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_RUNTIME_DIR": str(home / "runtime"),
        })
    return env


def default_data_dir(home: Path) -> Path:
    """Where platformdirs puts the data in ``clean_environment`` (see userjourney/paths.py)."""
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "userjourney"
    return home / "data" / "userjourney"


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every path below ``folder`` with its size and modification time."""
    state = {}
    for path in folder.rglob("*"):
        info = path.lstat()
        state[str(path.relative_to(folder))] = (info.st_size, info.st_mtime_ns)
    return state


class Runner:
    def __init__(self, exe: Path, env: dict[str, str], cwd: Path) -> None:
        self.exe, self.env, self.cwd = exe, env, cwd

    def __call__(self, *args: str, extra_env: dict[str, str] | None = None, expect: int = 0):
        env = dict(self.env, **(extra_env or {}))
        start = time.perf_counter()
        proc = subprocess.run([str(self.exe), *args], env=env, cwd=self.cwd, capture_output=True,
                              timeout=TIMEOUT_S)
        took = time.perf_counter() - start
        stdout = proc.stdout.decode("utf-8", "replace")
        stderr = proc.stderr.decode("utf-8", "replace")
        shown = " ".join(args) or "(GUI)"
        check(proc.returncode == expect,
              f"`userjourney {shown}` exited with {proc.returncode}, expected {expect}\n"
              f"stdout:\n{stdout}\nstderr:\n{stderr}")
        print(f"ok  userjourney {shown}  ({took:.2f} s)", flush=True)
        return stdout, stderr


def missing_qt_libraries(bundle: Path) -> tuple[list[str], set[str]]:
    """(Linux) Qt/Python libraries a bundled binary links but the bundle lacks; other missing libraries."""
    internal = bundle / "_internal"
    search = os.pathsep.join(str(p) for p in (internal, internal / "PySide6" / "Qt" / "lib"))
    problems, others = [], set()
    for path in sorted(internal.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True,
                                env={"LD_LIBRARY_PATH": search, "PATH": "/usr/bin:/bin"})
        for line in result.stdout.splitlines():
            if "not found" in line:
                name = line.split("=>")[0].strip()
                if name.startswith(("libQt", "libpyside", "libshiboken", "libpython", "libicu")):
                    problems.append(f"{path.relative_to(bundle)} needs {name}")
                else:
                    others.add(name)
    return problems, others


def _test_server() -> str | None:
    """An empty database on the tests' PostgreSQL (tests/support/postgres.py), if there is one."""
    sys.path.insert(0, str(REPO))
    try:
        from tests.support import postgres

        server = postgres.server_url()
        return postgres.fresh_database(server, empty=True) if server else None
    except Exception as exc:  # no PostgreSQL binaries, or the server cannot start here
        print(f"--  no test PostgreSQL ({exc})", flush=True)
        return None


def smoke_test(bundle: Path, keep_screenshot: Path | None = None) -> None:
    bundle = bundle.resolve()
    exe = executable(bundle)
    check(exe.is_file(), f"{exe} not found: build it with `python packaging/build.py`")
    before = snapshot(bundle)
    version = app_version()

    with tempfile.TemporaryDirectory(prefix="uj-smoke-") as folder:
        home, work = Path(folder) / "home", Path(folder) / "work"
        work.mkdir()
        env = clean_environment(home)
        check(REPO not in work.parents and bundle not in work.parents, "working folder inside the project")
        run = Runner(exe, env, work)

        stdout, _ = run("--version")
        check(stdout.strip() == f"userjourney {version}", f"--version printed {stdout!r}, expected {version}")

        stdout, _ = run("demo", "--db", "tmp.sqlite")
        check((work / "tmp.sqlite").is_file(), "demo --db tmp.sqlite did not create tmp.sqlite in the working folder")
        check("Schmidt" in stdout and "Müller" in stdout, f"demo printed {stdout!r}")

        stdout, _ = run("summary", "--json", "--db", "tmp.sqlite")
        summary = json.loads(stdout)
        check(summary["families"] == 2 and summary["children"] == 2, f"summary: {summary}")

        stdout, _ = run("summary", "--json", extra_env={"USERJOURNEY_DB": str(work / "tmp.sqlite")})
        check(json.loads(stdout)["families"] == 2, "USERJOURNEY_DB did not select tmp.sqlite")

        # encryption at rest: SQLCipher (sqlcipher3 with its OpenSSL) and scrypt travel in the bundle
        secret = {"USERJOURNEY_PASSPHRASE": "smoke-test-passphrase"}
        run("demo", "--db", "secret.sqlite")
        stdout, _ = run("encrypt", "--db", "secret.sqlite", extra_env=secret)
        check("Wiederherstellungsschlüssel" in stdout, f"encrypt printed {stdout!r}")
        check(b"Schmidt" not in (work / "secret.sqlite").read_bytes(), "encrypt left a family name readable")
        stdout, _ = run("summary", "--json", "--db", "secret.sqlite", extra_env=secret)
        check(json.loads(stdout)["families"] == 2, "the bundle did not read the encrypted database")
        run("summary", "--db", "secret.sqlite", extra_env={"USERJOURNEY_PASSPHRASE": "wrong-passphrase"}, expect=4)

        server = _test_server()
        if server is not None:  # the bundle reaches an office server (psycopg and its libpq inside)
            run("server", "init", "--db", server)
            run("demo", "--anna", "--db", server)
            stdout, _ = run("summary", "--json", "--db", server)
            check(json.loads(stdout)["families"] == 30, "the bundle did not read the ANNA families on the server")
        else:
            print("--  no PostgreSQL here: the server part of the smoke test is left out", flush=True)

        if IS_WIN:
            # The shell's %LOCALAPPDATA% cannot be redirected for certain: no demo data into a real profile.
            print("--  demo without --db: skipped on Windows")
        else:
            run("demo")
            default_db = default_data_dir(home) / "userjourney.sqlite"
            check(default_db.is_file(), f"demo without --db did not write {default_db}")

        stdout, _ = run("summary", "--db", str(work / "missing" / "x.sqlite"), expect=4)

        shot = work / "main-window.png"
        stdout, stderr = run("--db", "tmp.sqlite", extra_env={"USERJOURNEY_SCREENSHOT": str(shot)})
        lines = [line for line in stdout.splitlines() if line.startswith("{")]
        check(len(lines) == 1, f"the GUI printed no screenshot line\nstdout:\n{stdout}\nstderr:\n{stderr}")
        info = json.loads(lines[0])
        check(shot.is_file() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", "no PNG screenshot written")
        check(info["width"] >= 800 and info["height"] >= 500, f"main window too small: {info}")
        check(shot.stat().st_size > 20_000, f"screenshot suspiciously small ({shot.stat().st_size} bytes): blank?")
        check(Path(info["resources"]).resolve().is_relative_to(bundle),
              f"resources read from {info['resources']}, not from the bundle")
        for translation in info["translations"]:
            check(Path(translation).resolve().is_relative_to(bundle), f"translation {translation} outside the bundle")
        if not IS_WIN:  # Windows takes the language from its settings, not from LANG
            check(any(Path(t).name == "qtbase_de.qm" for t in info["translations"]),
                  f"Qt's German translation not loaded: {info['translations']}")
        print(f"ok  screenshot {info['width']}×{info['height']}, title {info['title']!r}, "
              f"translations {[Path(t).name for t in info['translations']]}")
        if keep_screenshot:
            keep_screenshot.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(shot, keep_screenshot)
            print(f"    copied to {keep_screenshot}")

    after = snapshot(bundle)
    changed = sorted(set(before.items()) ^ set(after.items()))
    check(not changed, "the program wrote into its own folder: " + ", ".join(sorted({p for p, _ in changed})[:10]))
    print("ok  nothing written into the bundle")

    if sys.platform.startswith("linux") and shutil.which("ldd"):
        problems, others = missing_qt_libraries(bundle)
        check(not problems, "libraries missing from the bundle:\n  " + "\n  ".join(problems))
        note = f" (system libraries not on this machine: {', '.join(sorted(others))})" if others else ""
        print(f"ok  every Qt library the bundle links is inside it{note}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python packaging/smoke_test.py", description=__doc__.split("\n")[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=DEFAULT_BUNDLE)
    parser.add_argument("--keep-screenshot", type=Path, metavar="PATH", help="copy the GUI's screenshot here")
    args = parser.parse_args(argv)
    try:
        smoke_test(args.bundle, args.keep_screenshot)
    except (SmokeFailure, subprocess.TimeoutExpired, json.JSONDecodeError, KeyError) as exc:
        print(f"FAILED: {exc}", file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

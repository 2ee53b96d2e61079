"""Helpers the tests share, as a package (never ``from tests.support import``).

* this module — :data:`REPO` and :func:`run_cli` (the program as a separate process);
* :mod:`.db` — :func:`~.db.dump`, every row of a database (to show nothing changed);
* :mod:`.gui` — driving the window by keyboard; :mod:`.excel` — workbooks as coaches write them;
* :mod:`.anhang66` — the figures of Anhang 6.6; :mod:`.media` — read-only and full media.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def run_cli(*args: str, env: dict | None = None, preexec_fn=None, cwd: Path | None = None,
            prefix: tuple[str, ...] = ()) -> Result:
    """Run ``python -m userjourney ARGS`` as a separate process, as a user would (``prefix``: a
    command that runs it, e.g. in a mount namespace — :mod:`.media`)."""
    full_env = dict(os.environ)
    full_env["PYTHONPATH"] = str(REPO) + os.pathsep + full_env.get("PYTHONPATH", "")
    full_env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if env:
        full_env.update(env)
    proc = subprocess.run(
        [*prefix, sys.executable, "-m", "userjourney", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd or REPO,
        preexec_fn=preexec_fn,
        timeout=120,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)


def examples(n: int) -> int:
    """Hypothesis examples for a property test: ``n``, or a fifth of them (at least 5) under
    ``make test-fast`` (``UJ_FAST=1``); ``make test`` and CI run them all."""
    import os

    return max(5, n // 5) if os.environ.get("UJ_FAST") else n

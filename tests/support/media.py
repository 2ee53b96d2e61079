"""Read-only and full media for one command, without privileges: a private mount namespace.

``unshare --map-root-user --mount`` gives the command its own view of the mounts, in which a
folder can be bind-mounted read-only (a write-protected share, a DVD) or a tiny tmpfs mounted
and filled (a full disk) — as an ordinary user, and without touching the machine's mounts.
"""

from __future__ import annotations

import functools
import shlex
import shutil
import subprocess
from pathlib import Path


@functools.cache
def namespaces_work() -> bool:
    if shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode == 0


def read_only(folder: Path) -> tuple[str, ...]:
    """A :func:`tests.support.run_cli` prefix: ``folder`` is read-only for the command."""
    where = shlex.quote(str(folder))
    script = f"mount --bind {where} {where} && mount -o remount,bind,ro {where} {where} && exec \"$@\""
    return ("unshare", "-rm", "sh", "-c", script, "sh")


def full_disk(folder: Path, files: list[Path], size_kb: int = 4096) -> tuple[str, ...]:
    """A prefix: the (empty) ``folder`` becomes a ``size_kb`` tmpfs holding copies of ``files``
    (from elsewhere), then filled up to the last byte."""
    where = shlex.quote(str(folder))
    copies = " && ".join(f"cp -p {shlex.quote(str(f))} {where}/" for f in files)
    script = (f"mount -t tmpfs -o size={size_kb}k tmpfs {where} && {copies} && "
              f"(dd if=/dev/zero of={where}/fill bs=4k 2>/dev/null; true) && exec \"$@\"")
    return ("unshare", "-rm", "sh", "-c", script, "sh")

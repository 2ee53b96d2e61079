"""A real PostgreSQL for the tests: the server of ``$USERJOURNEY_TEST_POSTGRES``, else a private
one started from the installed binaries (Debian's ``postgresql`` package) — in a temporary folder,
on 127.0.0.1 and a free port, passwords checked over TCP, without fsync (a test server need not survive a power cut), as the
``postgres`` user when the tests run as root (``initdb`` refuses root). Each test gets a fresh
database of its own, dropped afterwards.

Without PostgreSQL installed and without the variable, the PostgreSQL variants of the tests are
skipped with the reason; ``.ci/run`` installs the package, so CI always runs them.
"""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

ENV_VAR = "USERJOURNEY_TEST_POSTGRES"
SUPERUSER_PASSWORD = "uj-test"
_server: dict[str, str | None] = {}


def _binaries() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def _start_private() -> str | None:
    binaries = _binaries()
    if binaries is None:
        return None
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            return None
    folder = Path(tempfile.mkdtemp(prefix="uj-postgres-"))
    data = folder / "data"
    if os.geteuid() == 0:
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    os.chmod(folder, 0o700)
    port = _free_port()
    run: dict = {"check": True, "capture_output": True, "text": True}
    secret = folder / "pw"
    secret.write_text(SUPERUSER_PASSWORD + "\n")
    if os.geteuid() == 0:
        os.chown(secret, owner.pw_uid, owner.pw_gid)
    # passwords are checked over TCP, as on an office server (a wrong one must be refused)
    subprocess.run(_as_server_user([str(binaries / "initdb"), "-D", str(data), "-U", "postgres",
                                    "--auth-local=trust", "--auth-host=scram-sha-256", f"--pwfile={secret}",
                                    "-E", "UTF8", "--locale=C.UTF-8"]), **run)
    options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
               "-c full_page_writes=off -c max_connections=200")
    subprocess.run(_as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-w", "-l",
                                    str(folder / "log"), "start"]), **run)

    def stop() -> None:
        subprocess.run(_as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)

    atexit.register(stop)
    return f"postgresql+psycopg://postgres:{SUPERUSER_PASSWORD}@127.0.0.1:{port}/postgres"


def server_url() -> str | None:
    """The URL of the server's maintenance database, or ``None`` (no PostgreSQL here)."""
    if "url" not in _server:
        _server["url"] = os.environ.get(ENV_VAR) or _start_private()
    return _server["url"]


def _admin(url: str, statement: str) -> None:
    import sqlalchemy as sa

    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql(statement)
    finally:
        engine.dispose()


def fresh_database(url: str, *, empty: bool = False) -> str:
    """A new database on the server, set up as ``server init`` does (a copy of a template made
    once per test process: fast), or ``empty``; returns its URL."""
    import sqlalchemy as sa

    name = f"uj_test_{uuid.uuid4().hex[:12]}"
    template = "" if empty else f' TEMPLATE "{_template(url)}"'
    _admin(url, f'CREATE DATABASE "{name}"{template}')
    return sa.make_url(url).set(database=name).render_as_string(hide_password=False)


def _template(url: str) -> str:
    if "template" not in _server:
        import sqlalchemy as sa

        from userjourney.core.storage.server import init_database

        name = f"uj_template_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        _admin(url, f'CREATE DATABASE "{name}"')
        init_database(sa.make_url(url).set(database=name).render_as_string(hide_password=False))
        _server["template"] = name
        atexit.register(lambda: _admin(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    return str(_server["template"])


def drop_database(url: str, database_url: str) -> None:
    import sqlalchemy as sa

    name = sa.make_url(database_url).database
    _admin(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

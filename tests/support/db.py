"""Reading a database the way a test checks it: every row of every table."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def dump(db_path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, sorted: equal dumps = an untouched database (read-only open)."""
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        result = {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    conn.close()
    return result

"""Where the data live and how they are kept: the lowest layer above the vocabulary.

* :mod:`.models` — the tables (SQLModel); :mod:`.migrations` — Alembic revisions; :mod:`.schema` —
  the revisions this program knows and how to migrate.
* :mod:`.target` — a path or URL resolved; :mod:`.sqlite_file` — a SQLite file checked without
  writing; :mod:`.engine` — connection settings; :mod:`.database` — :class:`~.database.Database`
  and :func:`~.database.open_database`; :mod:`.writing` — opening to write, with the lock.
* :mod:`.commits` — what a commit changed, and the hook the change history plugs into.
* :mod:`.catalogue` — the shipped reasons seeded on open; :mod:`.bulk` — fast inserts.
* :mod:`.backups` — copies, restore; :mod:`.locking` — one writer per file.
"""

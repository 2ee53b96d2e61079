"""Alembic environment: always driven by :func:`userjourney.core.storage.migrate`.

The caller hands in an open connection (``config.attributes["connection"]``), so there is no
``alembic.ini`` and no URL here. Batch mode is on because SQLite can only alter tables by
copying them; the caller has switched foreign keys off for that (a table copy would otherwise
cascade-delete child rows).
"""

from alembic import context
from sqlmodel import SQLModel

import userjourney.core.storage.models  # noqa: F401  (registers the tables on SQLModel.metadata)

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()

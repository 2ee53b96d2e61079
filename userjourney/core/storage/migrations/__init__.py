"""Alembic migrations of the userjourney schema (run by :mod:`userjourney.core.storage.schema`)."""

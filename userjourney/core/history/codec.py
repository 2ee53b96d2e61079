"""How values are written into the change history and read back: JSON, one format everywhere.

A history row stores a field's old and new value, or a whole record (an insert or delete), as
JSON text: UUIDs and dates as strings, everything else as JSON knows it. :func:`decode` and
:func:`restore` turn them back into the column's Python types with the model's own column
types, so a record restored by undo is the record that was deleted. The ORM listeners and the
bulk writer both encode here, so a record means the same whichever way it was written.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from userjourney.core.storage.models import RecordId


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def encode(value: Any) -> str | None:
    """A column value as stored in ``old_value``/``new_value`` (JSON; ``None`` stays NULL)."""
    if value is None:
        return None
    return json.dumps(_plain(value), ensure_ascii=False)


def _column_type(model: type, name: str) -> sa.types.TypeEngine:
    return sa.inspect(model).columns[name].type


def decode(model: type, name: str, text: str | None) -> Any:
    """Turn a stored history value back into the column's Python type."""
    if text is None:
        return None
    return _from_plain(_column_type(model, name), json.loads(text))


def _from_plain(column_type: sa.types.TypeEngine, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column_type, sa.TypeDecorator):
        column_type = column_type.impl_instance
    if isinstance(column_type, sa.Uuid):
        return uuid.UUID(value)
    if isinstance(column_type, sa.DateTime):
        return datetime.fromisoformat(value)  # stored with its offset, so aware again
    if isinstance(column_type, sa.Date):
        return date.fromisoformat(value)
    return value


def snapshot(obj: Any) -> dict[str, Any]:
    """The column values of a record, JSON-ready; empty (NULL) columns are left out."""
    mapper = sa.inspect(type(obj))
    values = ((attr.key, getattr(obj, attr.key)) for attr in mapper.column_attrs)
    return {key: _plain(value) for key, value in values if value is not None}


_COLUMN_KEYS: dict[type, tuple[str, ...]] = {}
_UUID = uuid.UUID
_RECORD_ID = RecordId


def snapshot_values(model: type, values: Mapping[str, Any]) -> dict[str, Any]:
    """:func:`snapshot` of a record given as a mapping of its column values (SQL Core writes).

    Same keys in the same order as :func:`snapshot` of the ORM object, so the JSON of a
    record written in bulk is exactly the JSON the listeners write.
    """
    keys = _COLUMN_KEYS.get(model)
    if keys is None:
        mapper: sa.orm.Mapper[Any] = sa.inspect(model)
        keys = _COLUMN_KEYS[model] = tuple(attr.key for attr in mapper.column_attrs)
    result = {}
    get = values.get
    for key in keys:  # _plain inlined by exact class: the bulk writer calls this per record
        value = get(key)
        if value is None:
            continue
        kind = value.__class__
        if kind is _UUID or kind is _RECORD_ID:
            value = str(value)
        elif kind is date or kind is datetime:
            value = value.isoformat()
        elif kind is not str and kind is not int and kind is not bool and kind is not float:
            value = _plain(value)
        result[key] = value
    return result


#: ``json.dumps(…, ensure_ascii=False)`` without building an encoder per call (same output).
encode_json = json.JSONEncoder(ensure_ascii=False).encode
_encode_text = json.encoder.encode_basestring  # the JSON of a str, as json.dumps writes it (ensure_ascii=False)
_JSON_KEYS: dict[type, tuple[tuple[str, str], ...]] = {}



def snapshot_json(model: type, values: Mapping[str, Any]) -> str:
    """``encode_json(snapshot_values(model, values))``, written directly — the same text.

    The bulk writer encodes one record per row of an import (100,000 and more); building the
    dict and handing it to the encoder cost more than the database's own work. Every value
    type a column holds is written here as ``json.dumps`` writes it; any other falls back to
    the encoder. ``tests/core/test_history.py`` checks both ways give the same text.
    """
    keys = _JSON_KEYS.get(model)
    if keys is None:
        mapper: sa.orm.Mapper[Any] = sa.inspect(model)
        keys = _JSON_KEYS[model] = tuple((attr.key, encode_json(attr.key) + ": ") for attr in mapper.column_attrs)
    parts = []
    get = values.get
    for key, prefix in keys:
        value = get(key)
        if value is None:
            continue
        kind = value.__class__
        if kind is _RECORD_ID or kind is _UUID:
            parts.append(f'{prefix}"{value}"')
        elif kind is str:
            parts.append(prefix + _encode_text(value))
        elif kind is int:
            parts.append(prefix + int.__repr__(value))
        elif kind is bool:
            parts.append(prefix + ("true" if value else "false"))
        elif kind is date or kind is datetime:
            parts.append(f'{prefix}"{value.isoformat()}"')
        else:
            parts.append(prefix + encode_json(_plain(value)))
    return "{" + ", ".join(parts) + "}"


def restore(model: type, data: dict[str, Any]) -> Any:
    """A new instance of ``model`` from a :func:`snapshot` (absent columns are NULL)."""
    mapper: sa.orm.Mapper[Any] = sa.inspect(model)
    values = {
        attr.key: _from_plain(mapper.columns[attr.key].type, data.get(attr.key))
        for attr in mapper.column_attrs
    }
    return model(**values)

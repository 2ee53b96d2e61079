"""Synchronising two databases without losing an edit (exchange-format §6, docs/sync.md).

* :mod:`.units` — what merges as one: fields, fields valid only together, a record's existence;
* :mod:`.reading` — one database's history, records and open heads, in plain values;
* :mod:`.matching` — records created on both sides, matched by their human keys;
* :mod:`.merging` — the merge of one family from the two histories (multi-value registers);
* :mod:`.applying` — writing the merge into one database;
* :mod:`.synchronising` — ``sync``: the steps, one transaction per database;
* :mod:`.conflicts` — ``conflicts`` and ``resolve``.
"""

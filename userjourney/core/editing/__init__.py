"""Changing the data as a coach does: validated edits and what the grids need around them.

* :mod:`.edits` — every change a coach or an import can make, validated, as functions on a session.
* :mod:`.workspace` — one family loaded for the grids, changed one edit (one transaction) at a time.
* :mod:`.reasons` — the reason catalogue a coach picks from and adds to.
* :mod:`.family_list` — the rows of the family list, completeness counted in SQL.
"""

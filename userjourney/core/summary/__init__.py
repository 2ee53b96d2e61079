"""The summary "BuT bei ANNA" (Anhang 6.6) and the Minijob figures, counted in SQL.

* :mod:`.filters` — :class:`~.filters.SummaryFilter`; :mod:`.model` — the result values and JSON.
* :mod:`.sql` — which rows count for which figure, written once; :mod:`.counting` —
  :func:`~.counting.summarize`; :mod:`.drilldown` — the people behind a number.
* :mod:`.update` — a summary kept current by the shares of changed families; :mod:`.text` — as
  German text tables.
"""

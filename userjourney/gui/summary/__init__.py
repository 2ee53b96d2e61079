"""The tab "Auswertung": Anhang 6.6 live, with filters, charts and drill-down.

* :mod:`.view` — the tab; :mod:`.area_page` — one Bereich; :mod:`.models` — its table models;
  :mod:`.charts` — bars and cards; :mod:`.refresh` — counting off the UI thread after each change.
"""

"""The tab "Familien": the family list, one family's header and its two journey grids.

* :mod:`.list_model` — the family list and its filter; :mod:`.view` — one family on screen.
* :mod:`.grid_model` — what both grids share (columns, cells, the one edit path);
  :mod:`.but_model` and :mod:`.minijob_model` — the grids of Anhang 6.5 and 6.7.
* :mod:`.grid_view` — the keyboard-first table view; :mod:`.delegates` — the cell editors.
"""

"""Small widgets used in several places: the date field (:mod:`.date_edit`) and the message at
a cell (:mod:`.cell_message`)."""

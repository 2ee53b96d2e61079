"""Small widgets used in several places: the date field (:mod:`.date_edit`) and the message at
a cell (:mod:`.cell_message`), the choices of the family filters (:mod:`.filter_choices`)."""

"""A cell edited in the window after someone else changed its record: the window refuses it
at the cell, naming who and when, and the cell then shows the value saved by the other."""

from __future__ import annotations

from userjourney.core.editing import edits
from userjourney.core.editing.workspace import FamilyWorkspace
from userjourney.core.storage.database import open_database
from userjourney.core.vocab import Area


def test_the_grid_refuses_an_edit_of_a_changed_entry_and_shows_the_current_value(qtbot, main_window, db_path):
    with main_window.database.transaction() as session:
        family = edits.create_family(session, "F-1", location="Ahlen")
        child = edits.add_child(session, family, "Ada", 7)
        edits.entry_for(session, child, Area.LUNCH).entitled = True
        family_id, child_id = family.id, child.id
    main_window.open_family(family_id)
    model = main_window.family_view.but_model
    row = next(r for r in range(model.rowCount()) if model.row_key(r)[1] == Area.LUNCH.value)
    note = model.index(row, model.column_index("note"))

    with open_database(db_path, actor="Anna") as other:  # another program on the same data
        FamilyWorkspace(other, family_id).set_note(child_id, Area.LUNCH, "von Anna")
    refused = []
    model.refused.connect(lambda index, message: refused.append((index.row(), message)))
    assert not model.setData(note, "aus dem Fenster")
    assert refused and refused[0][0] == row
    assert refused[0][1].startswith("Nicht gespeichert: Anna hat diesen Eintrag am ")
    assert model.index(row, model.column_index("note")).data() == "von Anna"
    assert model.setData(model.index(row, model.column_index("note")), "aus dem Fenster")  # now on what is shown
    assert model.index(row, model.column_index("note")).data() == "aus dem Fenster"

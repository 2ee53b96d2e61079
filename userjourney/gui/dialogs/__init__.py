"""Dialogs: new family and member (:mod:`.members`), Excel import and export (:mod:`.excel`),
a family's history (:mod:`.history`), choosing a backup (:mod:`.restore`)."""

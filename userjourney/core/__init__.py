"""The Qt-free core: vocabulary and rules, storage, history, editing, summary, Excel, sync.

Nothing in this package may import Qt (a test enforces it), so the command line, the
benchmarks and a server use it without a display. Layers, lowest first — each imports only
from the ones below it (``tests/system/test_architecture.py``):

1. :mod:`.i18n`, :mod:`.errors`, :mod:`.vocab`, :mod:`.values`, :mod:`.journeys`,
   :mod:`.minijobs`, :mod:`.settings`, :mod:`.log` — words, values and rules of the forms;
2. :mod:`.storage` — tables, opening, migrations, backups, locks;
3. :mod:`.history` — the change history and what is built on it (undo, audit);
4. :mod:`.editing`, :mod:`.summary`, :mod:`.excel`, :mod:`.demo`, :mod:`.sync` — the program's work.
"""

"""One coach in the many-at-once test: ``python -m tests.support.concurrent_editor URL FAMILY
CHILD ACTOR N START`` waits for the file START, then makes N edits of one note as the window
does (a workspace loaded once; after a refusal it holds the current state) and prints one JSON
line per edit: ``["saved", shown_before, new]`` or ``["refused", message]``."""

from __future__ import annotations

import json
import sys
import time
import uuid
from pathlib import Path

from userjourney.core.editing.workspace import EditConflict, FamilyWorkspace, find_entry
from userjourney.core.storage.database import open_database
from userjourney.core.vocab import Area


def main(url: str, family: str, child: str, actor: str, edits: int, start: str) -> None:
    database = open_database(url, actor=actor)
    workspace = FamilyWorkspace(database, uuid.UUID(family))
    child_id = uuid.UUID(child)
    while not Path(start).exists():
        time.sleep(0.005)
    workspace.reload()
    for number in range(edits):
        entry = find_entry(workspace.family, child_id, Area.LUNCH)
        shown = entry.note if entry else None
        new = f"{actor}-{number}"
        try:
            workspace.set_note(child_id, Area.LUNCH, new)
        except EditConflict as exc:
            print(json.dumps(["refused", exc.message]), flush=True)
        else:
            print(json.dumps(["saved", shown, new]), flush=True)
    database.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), sys.argv[6])

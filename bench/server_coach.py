"""One simulated coach of ``bench/bench_server.py``, in a process of its own.

``python -m bench.server_coach URL SECONDS PACE START`` waits for the file START, then works for
SECONDS: opens a family of its Standort (the login sees no other), makes five edits in it as the
window does (a note or a step, through the workspace: row lock, check, transaction with history,
reload), and moves on. PACE: seconds between edits (0: as fast as it can). Prints one JSON object:
the latency of every edit in seconds and the refusals (someone else changed the record).
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

import sqlalchemy as sa


def main(url: str, seconds: float, pace: float, start: str) -> None:
    from userjourney.core.editing.workspace import EditConflict, FamilyWorkspace
    from userjourney.core.storage.database import open_database
    from userjourney.core.storage.models import Family
    from userjourney.core.vocab import AREAS

    database = open_database(url, actor="Bench")
    with database.session() as session:
        families = list(session.scalars(sa.select(Family.id)))
    rng = random.Random(url)
    while not Path(start).exists():
        time.sleep(0.005)
    latencies: list[float] = []
    refused = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        workspace = FamilyWorkspace(database, rng.choice(families))
        if not workspace.family.children:
            continue
        for number in range(5):
            child = rng.choice(workspace.family.children)
            area = rng.choice(AREAS)
            began = time.perf_counter()
            try:
                if number % 2:
                    workspace.set_note(child.id, area, f"Notiz {rng.random():.6f}")
                else:
                    workspace.set_step(child.id, area, 0, rng.choice([True, False, None]))
            except EditConflict:
                refused += 1
            latencies.append(time.perf_counter() - began)
            if pace:
                time.sleep(max(0.0, pace - (time.perf_counter() - began)))
            if time.monotonic() >= deadline:
                break
    print(json.dumps({"latencies": latencies, "refused": refused, "families": len(families)}))
    database.close()


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4])

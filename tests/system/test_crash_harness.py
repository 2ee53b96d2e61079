"""The crash harness, short: SIGKILL at random moments loses no acknowledged edit (CI run).

Two kills of each kind: grid edits, import, restore, backup, export, first start. The
documented long run is `python -m tools.crash_harness --kills 200` (docs/reliability.md).
"""

from __future__ import annotations

import pytest

from tools import crash_harness


@pytest.mark.slow
def test_a_short_run_of_kills_finds_no_problem(capsys):
    status = crash_harness.main(["--kills", "12", "--families", "30", "--import-families", "300", "--no-report"])
    out = capsys.readouterr().out
    assert status == 0, out
    assert "12 kills, 0 with problems" in out
    for kind in ("grid", "import", "restore", "backup", "export", "first-open"):
        assert out.count(f" {kind} ") == 2, kind

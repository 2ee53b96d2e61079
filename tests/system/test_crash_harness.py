"""The crash harness, short: SIGKILL at random moments loses no acknowledged edit (CI run).

The documented long run is `python -m tools.crash_harness --kills 200` (docs/reliability.md).
"""

from __future__ import annotations

import pytest

from tools import crash_harness


@pytest.mark.slow
def test_a_short_run_of_kills_finds_no_problem(capsys):
    status = crash_harness.main(["--kills", "8", "--families", "30", "--import-families", "300", "--no-report"])
    out = capsys.readouterr().out
    assert status == 0, out
    assert "8 kills, 0 with problems" in out

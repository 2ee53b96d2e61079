"""Power cuts, simulated at the level of the disk (tools/power_cut.py; issue 13, fault 10).

The program's write path runs under strace; crash states are rebuilt from what was fsynced
plus any subset (or a torn part) of what was not, then opened as after a reboot. The
documented run is `python -m tools.power_cut --commits 40 --states 600` (docs/reliability.md).
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tools import power_cut


def _strace_works() -> bool:
    return shutil.which("strace") is not None and subprocess.run(
        ["strace", "-o", "/dev/null", "true"], capture_output=True).returncode == 0


pytestmark = pytest.mark.skipif(not _strace_works(), reason="strace cannot trace here (.ci/run installs it)")


def test_fault_10_no_acknowledged_commit_is_lost_in_any_simulated_power_cut(tmp_path):
    outcomes = power_cut.simulate(commits=15, states=160, seed=7, work=tmp_path)
    assert [o for o in outcomes if o.problems] == []
    assert {o.mode for o in outcomes} == set(power_cut.MODES)
    assert max(o.acked for o in outcomes) == 15  # the last state: everything acknowledged, and there
    assert sum(1 for o in outcomes if 0 < o.acked < 15) > 100  # crash points spread over the run


def test_the_simulation_sees_a_loss_when_commits_are_not_synced(tmp_path):
    """Without fsync (synchronous=OFF) acknowledged commits vanish: the check can fail."""
    outcomes = power_cut.simulate(commits=15, states=80, seed=7, unsafe=True, work=tmp_path)
    assert any(o.present < o.acked for o in outcomes)


def test_a_crash_state_keeps_what_was_synced_and_chooses_among_the_rest():
    import random

    events = [
        power_cut.Event("write", "/d/x", 0, b"A" * 1024),
        power_cut.Event("sync", "/d/x"),
        power_cut.Event("write", "/d/x", 1024, b"B" * 1024),
        power_cut.Event("write", "/d/x", 0, b"C" * 1024),
    ]
    rng = random.Random(1)
    assert power_cut.crash_state({}, events, 4, "none", rng)["/d/x"] == b"A" * 1024
    assert power_cut.crash_state({}, events, 4, "all", rng)["/d/x"] == b"C" * 1024 + b"B" * 1024
    assert power_cut.crash_state({}, events, 2, "all", rng)["/d/x"] == b"A" * 1024
    torn = power_cut.crash_state({}, [*events[:2], power_cut.Event("write", "/d/x", 0, b"D" * 1024)], 3, "torn",
                                 random.Random(3))["/d/x"]
    assert torn in (b"A" * 1024, b"D" * 512 + b"A" * 512, b"D" * 1024)

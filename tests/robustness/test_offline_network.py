"""An offline `make run` opens no connection beyond loopback (issue 13,
finding 8: dagster-dbt's `dbt --version` used to ask PyPI on every run).

Every Python process of the run (the refresh, dbt, the workers) starts with
a guard on its path that refuses and records any connection or name lookup
beyond loopback; the refresh must succeed and the record stay empty."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parents[2]
GUARD = Path(__file__).with_name("network_guard")


def test_the_guard_refuses_and_records_a_connection(tmp_path):
    log = tmp_path / "network.log"
    probe = "import urllib.request; urllib.request.urlopen('https://pypi.org/pypi/dbt-core/json', timeout=5)"
    run = subprocess.run([str(REPO_ROOT / ".venv" / "bin" / "python"), "-c", probe], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(GUARD), "NETWORK_GUARD_LOG": str(log)})
    assert run.returncode != 0 and "network guard" in run.stderr
    assert "pypi.org" in log.read_text()


def test_an_offline_make_run_contacts_nothing(tmp_path):
    log = tmp_path / "network.log"
    env = {k: v for k, v in os.environ.items() if k not in ("DAGSTER_HOME", "MAKEFLAGS", "MAKELEVEL")}
    env.update(REFORM_HOME=str(tmp_path / "home"), PYTHONPATH=str(GUARD), NETWORK_GUARD_LOG=str(log))
    run = subprocess.run(["make", "run"], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-3000:]
    assert "succeeded" in run.stdout
    assert not log.exists(), log.read_text()[:3000]

"""SIGTERM and SIGINT stop `reform run` within seconds at any step (issue 13,
finding 6): inside a check, inside `dbt build`, and while blocked on the
pool. The run is marked failed, no process of it is left, and the lock is
free for the next run."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import dagster as dg
import pytest

from pipelines.lock import refresh_lock

pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("signalled_refresh.py")
STOP_WITHIN_SECONDS = 10


def processes_of(home: Path) -> list[int]:
    """Processes whose environment names this REFORM_HOME (the run, dbt, workers)."""
    needle = f"REFORM_HOME={home}".encode()
    found = []
    for environ in Path("/proc").glob("[0-9]*/environ"):
        try:
            if needle in environ.read_bytes().split(b"\0"):
                found.append(int(environ.parent.name))
        except OSError:
            continue
    return found


def hold_the_pool(instance: dg.DagsterInstance) -> str:
    """A live run (this test process) holding the `duckdb` pool's only slot."""
    from dagster._core.events import DagsterEvent

    run = instance.add_run(dg.DagsterRun(job_name="nightly_refresh", status=dg.DagsterRunStatus.STARTED))
    instance.report_dagster_event(DagsterEvent(event_type_value=dg.DagsterEventType.RUN_START.value,
                                               job_name="nightly_refresh", pid=os.getpid()), run.run_id)
    instance.event_log_storage.initialize_concurrency_limit_to_default("duckdb")
    assert instance.event_log_storage.claim_concurrency_slot("duckdb", run.run_id, "raw__pages").is_claimed
    return run.run_id


@pytest.mark.parametrize(("point", "signum"), [("check", signal.SIGTERM), ("dbt", signal.SIGINT),
                                               ("blocked", signal.SIGTERM)])
def test_a_signal_stops_the_run_within_seconds(point, signum, refreshed_home, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(refreshed_home, home)
    dagster_home = tmp_path / "dagster"
    dagster_home.mkdir()
    shutil.copy(REPO_ROOT / "dagster.yaml", dagster_home / "dagster.yaml")
    instance = dg.DagsterInstance.from_config(str(dagster_home))
    holder = hold_the_pool(instance) if point == "blocked" else None
    env = {**os.environ, "REFORM_HOME": str(home), "DAGSTER_HOME": str(dagster_home), "REFORM_WORKERS": "1",
           "REFORM_TEST_PAUSE_AT": point}
    env.pop("REFORM_PUBLICATIONS", None)
    child = subprocess.Popen([sys.executable, str(CHILD)], cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        if point == "blocked":
            deadline = time.monotonic() + 180
            while time.monotonic() < deadline and not [
                    r for r in instance.get_runs(filters=dg.RunsFilter(statuses=[dg.DagsterRunStatus.STARTED]))
                    if r.run_id != holder]:
                time.sleep(1)
            time.sleep(5)       # well into waiting for the slot
        else:
            # dbt's own output comes first on the same stdout.
            for line in child.stdout:
                if line.strip() == "PAUSED":
                    break
            else:
                pytest.fail(f"never paused at {point}: {child.stderr.read()[-3000:]}")
        assert child.poll() is None
        sent = time.monotonic()
        os.kill(child.pid, signum)
        child.wait(timeout=STOP_WITHIN_SECONDS)
        took = time.monotonic() - sent
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
    stderr = child.stderr.read()
    assert took < STOP_WITHIN_SECONDS and child.returncode == 128 + signum, (took, child.returncode, stderr[-1500:])
    assert f"{signal.Signals(signum).name} received" in stderr
    [run] = [r for r in instance.get_runs() if r.run_id != holder]
    assert run.status == dg.DagsterRunStatus.FAILURE
    assert run.run_id not in instance.event_log_storage.get_concurrency_run_ids()
    time.sleep(1)
    assert processes_of(home) == []
    with refresh_lock(home, wait=0):
        pass

"""SIGKILL the nightly refresh mid-crawl, mid-load, mid-dbt and mid-publish,
then run it again: nothing lost or duplicated, the archive intact, the
published file always a whole version. Each kill is compared with one
uninterrupted reference run (about 4 minutes in all, hence slow)."""
from __future__ import annotations

import secrets
import shutil
import signal
from dataclasses import replace

import dagster as dg
import duckdb
import pytest
from refresh_state import REPO_ROOT, archive_problems, refresh, snapshot

pytestmark = pytest.mark.slow

KILL_POINTS = ("crawl", "torn-manifest", "parse", "extract", "dbt", "publish", "publish-parquet")
# Killed while publishing, a refresh must leave the previous night's file: these start from one.
NEEDS_PREVIOUS = {"publish", "publish-parquet"}


@pytest.fixture(scope="module")
def publications(shared_dir):
    return shared_dir / "publications"


# A webhook with a token in it, set for the reference run: it must surface nowhere.
WEBHOOK = f"https://alerts.invalid/{secrets.token_hex(16)}"


@pytest.fixture(scope="module")
def reference(tmp_path_factory, publications):
    home = tmp_path_factory.mktemp("reference")
    run = refresh(home, publications, extra_env={"REFORM_ALERT_WEBHOOK": WEBHOOK})
    assert run.returncode == 0, run.stderr[-3000:]
    return home, snapshot(home), run.stdout + run.stderr


def test_the_webhook_url_appears_in_no_log_and_no_published_file(reference):
    home, _, output = reference
    assert "STEP_SUCCESS" in output        # the run did log, so there was something to leak into
    secret = WEBHOOK.rsplit("/", 1)[1]
    assert secret not in output
    published = [home / "reform.duckdb", *(home / "parquet").glob("*.parquet")]
    assert len(published) > 10
    for path in published + list((home / "work").glob("*.duckdb")):
        assert secret.encode() not in path.read_bytes(), path


def same_rows(a, b) -> bool:
    return replace(a, published_at=None) == replace(b, published_at=None)


@pytest.mark.parametrize("point", KILL_POINTS)
def test_a_killed_refresh_loses_nothing_and_the_next_one_completes(point, reference, publications, tmp_path):
    _, expected, _ = reference
    home = tmp_path / "home"
    previous = None
    if point in NEEDS_PREVIOUS:
        assert refresh(home, publications).returncode == 0
        previous = snapshot(home)

    killed = refresh(home, publications, kill_at=point,
                     extra_env={"REFORM_TEST_FORCE": "1"} if point in NEEDS_PREVIOUS else None)
    assert killed.returncode == -signal.SIGKILL, f"not killed at {point}: {killed.stderr[-2000:]}"

    torn, unreadable = archive_problems(home)
    assert unreadable == []
    assert len(torn) == (1 if point == "torn-manifest" else 0)
    published = home / "reform.duckdb"
    if previous is not None:
        # The old version, whole: same stamp, same rows, and it opens read-only.
        assert snapshot(home).published_at == previous.published_at
        assert snapshot(home).marts == previous.marts
    else:
        assert not published.exists()

    rerun = refresh(home, publications)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    after = snapshot(home)
    assert same_rows(after, expected), point
    assert len(after.fact_ids) == len(expected.fact_ids) > 0
    with duckdb.connect(str(published), read_only=True) as con:
        for table, rows in after.marts.items():
            parquet = home / "parquet" / f"{table}.parquet"
            assert con.execute(f"select count(*) from '{parquet}'").fetchall() == [(rows,)], table
    assert not list(home.glob(".reform.duckdb.*")) and not list(home.glob(".parquet.*"))


def test_the_same_night_twice_and_an_overlapping_backfill_leave_the_same_rows(reference, publications):
    home, expected, _ = reference
    assert refresh(home, publications).returncode == 0
    assert same_rows(snapshot(home), expected)
    assert refresh(home, publications, since="2000-01-01").returncode == 0
    assert same_rows(snapshot(home), expected)


def test_a_kill_during_dbt_build_recorded_in_an_instance_does_not_block_the_next_run(publications, tmp_path):
    """Issue 13, finding 1: killed inside `dbt build`, the run stayed STARTED
    holding the `duckdb` pool slot, and the next run waited on "Step blocked
    by limit for pool duckdb" for ever. Now it finds the dead run, marks it
    failed, frees the slot and completes."""
    home, dagster_home = tmp_path / "home", tmp_path / "dagster"
    dagster_home.mkdir()
    shutil.copy(REPO_ROOT / "dagster.yaml", dagster_home / "dagster.yaml")
    instance_env = {"DAGSTER_HOME": str(dagster_home)}
    killed = refresh(home, publications, kill_at="dbt", extra_env=instance_env)
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    rerun = refresh(home, publications, extra_env=instance_env, timeout=400)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    instance = dg.DagsterInstance.from_config(str(dagster_home))
    statuses = [r.status for r in reversed(instance.get_runs())]
    assert statuses == [dg.DagsterRunStatus.FAILURE, dg.DagsterRunStatus.SUCCESS]
    assert instance.event_log_storage.get_concurrency_run_ids() == set()

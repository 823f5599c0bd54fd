"""What a publish killed outright leaves behind is cleaned up by the next one."""
import os
import subprocess
import sys

import duckdb
import pytest

from scrapers.warehouse.publish import publish


def work_db(path, rows: int):
    with duckdb.connect(str(path)) as con:
        con.execute("create schema marts")
        con.execute(f"create table marts.dim_thing as select range as id from range({rows})")
    return path


def dead_pid() -> int:
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(child.stdout)


def test_temporaries_of_dead_runs_are_removed_and_live_ones_kept(tmp_path):
    target, parquet = tmp_path / "reform.duckdb", tmp_path / "parquet"
    gone = dead_pid()
    leftovers = [tmp_path / f".reform.duckdb.{gone}.tmp", tmp_path / f".reform.duckdb.{gone}.tmp.wal"]
    for path in leftovers:
        path.write_bytes(b"half a database")
    (tmp_path / f".parquet.{gone}.tmp").mkdir()
    running = tmp_path / f".reform.duckdb.{os.getppid()}.tmp"   # the test runner's parent is alive
    running.write_bytes(b"someone else's publish in progress")
    publish(work_db(tmp_path / "work.duckdb", 3), target, parquet)
    assert not any(p.exists() for p in leftovers)
    assert not (tmp_path / f".parquet.{gone}.tmp").exists()
    assert running.exists()


def test_parquet_moved_aside_by_a_kill_is_put_back_before_anything_else(tmp_path):
    target, parquet = tmp_path / "reform.duckdb", tmp_path / "parquet"
    publish(work_db(tmp_path / "work.duckdb", 3), target, parquet)
    os.replace(parquet, tmp_path / ".parquet.old")        # the state a kill between the two renames leaves
    broken = tmp_path / "broken.duckdb"
    duckdb.connect(str(broken)).close()
    with pytest.raises(RuntimeError, match="no mart tables"):
        publish(broken, target, parquet)                   # fails, yet the last good Parquet is back
    assert (parquet / "dim_thing.parquet").exists()
    assert duckdb.sql(f"select count(*) from '{parquet / 'dim_thing.parquet'}'").fetchall() == [(3,)]

"""A temporary warehouse for the suites: the raw DDL and the reference seeds."""
from __future__ import annotations

from collections.abc import Iterator

import duckdb
import pytest

from scrapers import settings
from scrapers.raw.schema import DDL


@pytest.fixture
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    connection = duckdb.connect()
    connection.execute(DDL)
    connection.execute("create schema reference")
    for seed in ("metric_vocabulary", "provinces_63", "provinces_34"):
        connection.execute(f"create table reference.{seed} as select * from read_csv(?, all_varchar = true)",
                           [str(settings.SEEDS_DIR / f"{seed}.csv")])
    yield connection
    connection.close()

"""A temporary warehouse for the suites: the raw DDL, the reference seeds and
small mart tables."""
from __future__ import annotations

from collections.abc import Iterator

import duckdb
import pytest

from expectations.datasets import (
    DIM_ROW_COUNTS,
    MART_GRAINS,
    MARTS_WITH_METRIC,
    MARTS_WITH_PROVINCE,
)
from scrapers import settings
from scrapers.raw.schema import DDL

SEEDS = settings.DBT_PROJECT_DIR / "seeds"


@pytest.fixture
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    connection = duckdb.connect()
    connection.execute(DDL)
    connection.execute("create schema reference")
    for seed in ("metric_vocabulary", "provinces_63", "provinces_34"):
        connection.execute(f"create table reference.{seed} as select * from read_csv(?, all_varchar = true)",
                           [str(SEEDS / f"{seed}.csv")])
    yield connection
    connection.close()


@pytest.fixture
def marts_con(con) -> duckdb.DuckDBPyConnection:
    """Mart tables with the columns the `marts` suite reads, one good row in each."""
    con.execute("create schema marts")
    con.execute("create table marts.dim_province as select code as province_code, name as province_name "
                "from reference.provinces_63")
    con.execute("create table marts.dim_admin_unit_2025 as select code as unit_2025_code from reference.provinces_34")
    con.execute("create table marts.dim_metric as select metric from reference.metric_vocabulary")
    for table in sorted({*MART_GRAINS, *MARTS_WITH_PROVINCE, *MARTS_WITH_METRIC} - set(DIM_ROW_COUNTS)):
        values = {column: "x1" for column in (*MART_GRAINS.get(table, ()), "source_id", "article_id")}
        if table in MARTS_WITH_PROVINCE:
            values["province_code"] = "26"
        if table in MARTS_WITH_METRIC:
            values["metric"] = "online_services"
        con.execute(f"create table marts.{table} ({', '.join(f'{c} varchar' for c in values)})")
        con.execute(f"insert into marts.{table} values ({', '.join('?' for _ in values)})", list(values.values()))
    return con

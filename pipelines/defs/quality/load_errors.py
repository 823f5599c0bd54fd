"""`raw/load_errors`: the record of what failed to load, complete once every
step that writes it has run."""
import dagster as dg

from pipelines.resources import WarehouseResource
from scrapers.raw.schema import SCHEMA

# Every step that records failures in raw.load_errors.
WRITERS = [dg.AssetKey(["raw", "archive"]), dg.AssetKey(["raw", "pages"]), dg.AssetKey(["raw", "articles"]),
           dg.AssetKey(["raw", "facts"]), dg.AssetKey(["raw", "index_scores"])]


@dg.asset(
    key=["raw", "load_errors"],
    group_name="quality",
    deps=WRITERS,
    pool="duckdb",
    description="Every page, article or publication that failed to load, with its stage, subject and reason. "
                "Materialised after every step that records failures, with the counts by stage.",
)
def raw_load_errors(warehouse: WarehouseResource) -> dg.MaterializeResult:
    with warehouse.connect(read_only=True) as con:
        by_stage = dict(con.execute(f"select stage, count(*) from {SCHEMA}.load_errors group by stage "
                                    "order by stage").fetchall())
    return dg.MaterializeResult(metadata={
        "load_errors": sum(by_stage.values()),
        **{f"load_errors_{stage}": n for stage, n in by_stage.items()},
    })

"""The published, read-only warehouse file for BI, after the blocking checks pass."""
import dagster as dg

from pipelines.defs.warehouse.assets import MART_KEYS
from pipelines.disk import ensure_room_to_publish
from pipelines.lib.build_stamp import current_build_stamp
from pipelines.resources import WarehouseResource
from scrapers.warehouse.publish import publish


@dg.asset(
    key=["published", "warehouse"],
    group_name="publish",
    deps=MART_KEYS,
    pool="duckdb",
    description="The marts copied into $REFORM_HOME/reform.duckdb and Parquet under $REFORM_HOME/parquet, "
                "swapped in atomically: BI readers see the old or the new snapshot, never half of one. "
                "Runs only when every blocking check upstream has passed.",
)
def published_warehouse(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    ensure_room_to_publish(warehouse.work_db, warehouse.published_db, warehouse.parquet_dir)
    result = publish(warehouse.work_db, warehouse.published_db, warehouse.parquet_dir,
                     build_stamp=current_build_stamp(warehouse))
    context.log.info(f"published {result.path} ({sum(result.row_counts.values())} rows in "
                     f"{len(result.row_counts)} tables)")
    return dg.MaterializeResult(metadata={
        "path": dg.MetadataValue.path(str(result.path)),
        "published_at": result.published_at,
        **{f"rows_{name}": n for name, n in result.row_counts.items()},
    })

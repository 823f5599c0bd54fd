"""The published, read-only warehouse file for BI, after the blocking checks pass."""
import dagster as dg

from pipelines.defs.warehouse import current_build_stamp
from pipelines.resources import WarehouseResource
from scrapers import settings
from scrapers.publish import publish

MARTS = [
    "fct_procedures_published", "fct_dossiers_on_time", "fct_online_services", "fct_index_scores",
    "fct_index_components", "fct_index_conflicts", "fct_fact_evidence", "fct_fact_conflicts",
    "fct_reform_targets", "dim_province", "dim_admin_unit_2025", "dim_metric", "dim_source",
    "dim_article", "dim_date",
]


@dg.asset(
    group_name="publish",
    deps=[dg.AssetKey(["marts", name]) for name in MARTS],
    pool="duckdb",
    description="The marts copied into $REFORM_HOME/reform.duckdb and Parquet under $REFORM_HOME/parquet, "
                "swapped in atomically: BI readers see the old or the new snapshot, never half of one. "
                "Runs only when every blocking check upstream has passed.",
)
def published_warehouse(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    result = publish(settings.work_db(), settings.published_db(), settings.parquet_dir(),
                     build_stamp=current_build_stamp(warehouse))
    context.log.info(f"published {result.path} ({sum(result.row_counts.values())} rows in "
                     f"{len(result.row_counts)} tables)")
    return dg.MaterializeResult(metadata={
        "path": dg.MetadataValue.path(str(result.path)),
        "published_at": result.published_at,
        **{f"rows_{name}": n for name, n in result.row_counts.items()},
    })

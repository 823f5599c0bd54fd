"""The static report site, rebuilt from each newly published warehouse."""
import dagster as dg

from pipelines.lib.build_stamp import report_dir, stamp_report
from pipelines.resources import WarehouseResource
from report import build_report
from scrapers.warehouse.publish import published_stamp


@dg.asset(
    key=["published", "report"],
    group_name="publish",
    deps=[dg.AssetKey(["published", "warehouse"])],
    description="Static HTML report under $REFORM_HOME/report: the national page (latest ranking of each index, "
                "on-time rates, sources) and a page per province and per 2025 unit, charts drawn to inline SVG.",
)
def report_site(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    published_at = published_stamp(warehouse.published_db)[0]
    result = build_report(warehouse.published_db, report_dir(warehouse))
    # Last: a run stopped before this line leaves a report the next night rebuilds.
    stamp_report(result.out_dir, published_at)
    context.log.info(f"report: {len(result.pages)} pages, {result.n_charts} charts in {result.seconds:.1f} s "
                     f"at {result.out_dir}")
    return dg.MaterializeResult(metadata={
        "path": dg.MetadataValue.path(str(result.out_dir / "index.html")),
        "pages": len(result.pages),
        "charts": result.n_charts,
        "seconds": round(result.seconds, 2),
    })

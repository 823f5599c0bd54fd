"""Published index tables (PCI and PAPI workbooks, ranking tables, the 766 index) → raw index scores."""
import dagster as dg

from pipelines.resources import WarehouseResource
from scrapers import settings
from scrapers.publications import load_publications
from scrapers.raw import index_scores
from scrapers.raw.schema import row_count


@dg.asset(
    key=["raw", "index_scores"],
    group_name="publications",
    pool="duckdb",
    description="Province-year rows of every publication under REFORM_PUBLICATIONS. A malformed file is "
                "recorded with file, sheet and cell in raw.load_errors; the others still load.",
)
def raw_index_scores(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    root = settings.publications_dir()
    if root is None:
        context.log.info("REFORM_PUBLICATIONS is not set: no publications to ingest")
        return dg.MaterializeResult(metadata={"rows": 0, "files": 0})
    if not root.is_dir():
        raise dg.Failure(f"REFORM_PUBLICATIONS={root} is not a directory")
    digest = index_scores.publications_digest(root)
    with warehouse.connect() as con:
        if index_scores.publications_unchanged(con, root, digest):
            context.log.info(f"no publication under {root} changed since its last load")
            return dg.MaterializeResult(metadata={"rows_loaded": 0, "rows": row_count(con, "raw.index_scores"),
                                                  "unchanged": True})
    publications = load_publications(root)
    with warehouse.connect() as con:
        stats = index_scores.load_index_scores(con, publications)
        index_scores.record_publications_load(con, root, digest)
        total = row_count(con, "raw.index_scores")
    for error in stats.errors:
        context.log.warning(f"publication not loaded: {error}")
    return dg.MaterializeResult(metadata={
        "rows_loaded": stats.new, "rows": total, "files": stats.details["files"], "errors": stats.failed})

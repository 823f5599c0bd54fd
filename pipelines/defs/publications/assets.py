"""Published index tables (PCI and PAPI workbooks, ranking tables, the 766 index) → raw index scores."""
from datetime import date

import dagster as dg

from pipelines.resources import CrawlSettings, WarehouseResource
from scrapers import settings
from scrapers.crawl.archive import Archive
from scrapers.crawl.http import ClientSettings, PoliteClient
from scrapers.crawl.transport import LiveTransport
from scrapers.publications import load_publications, portal_766
from scrapers.raw import index_scores
from scrapers.raw.schema import row_count


@dg.asset(
    key=["raw", "index_766"],
    group_name="publications",
    pool="crawl",
    description="The 766 index from the national public-service portal: live (`reform run --live`), one polite "
                "POST per view (the year, quarter and month in course), each answer archived; then every "
                "archived answer read as a snapshot of its period, so offline runs replay them.",
)
def raw_index_766(context: dg.AssetExecutionContext, warehouse: WarehouseResource,
                  crawl_settings: CrawlSettings) -> dg.MaterializeResult:
    archive = Archive(warehouse.archive_dir)
    failures = []
    if crawl_settings.live:
        host = portal_766.HOST
        try:
            user_agent = settings.user_agent()
        except settings.MissingContact as exc:
            raise dg.Failure(str(exc)) from None
        client = PoliteClient(LiveTransport(), allowed_hosts=[host],
                              rate_limits={host: portal_766.RATE_LIMIT_SECONDS}, archive=archive,
                              settings=ClientSettings(user_agent=user_agent))
        failures = portal_766.fetch_views(client, portal_766.nightly_views(date.today()))
    for failure in failures:
        context.log.warning(failure)
    snapshots = portal_766.load_snapshots(archive)
    with warehouse.connect() as con:
        stats = index_scores.load_index_scores(con, snapshots)
    return dg.MaterializeResult(metadata={
        "mode": "live" if crawl_settings.live else "replay", "failed_views": len(failures),
        "snapshots": stats.details["files"], "rows": stats.new, "errors": stats.failed})


@dg.asset(
    key=["raw", "index_scores"],
    group_name="publications",
    pool="duckdb",
    deps=[raw_index_766],
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

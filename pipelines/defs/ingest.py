"""Sources → raw archive → raw pages."""
from contextlib import nullcontext

import dagster as dg

from pipelines.resources import CrawlSettings, WarehouseResource
from scrapers import load, settings
from scrapers.raw_store import row_count
from scrapers.archive import Archive
from scrapers.crawl import crawl, known_urls_in
from scrapers.http import PoliteClient
from scrapers.transport import LiveTransport, ReplayTransport


@dg.asset(
    group_name="ingest",
    pool="duckdb",
    description="The source registry (scrapers/sources.yaml) as a table.",
)
def raw_sources(warehouse: WarehouseResource, crawl_settings: CrawlSettings) -> dg.MaterializeResult:
    with warehouse.connect() as con:
        stats = load.load_sources(con, crawl_settings.registry())
    return dg.MaterializeResult(metadata={"sources": stats.new})


@dg.asset(
    group_name="ingest",
    retry_policy=dg.RetryPolicy(max_retries=2, delay=30, backoff=dg.Backoff.EXPONENTIAL),
    description="Every response of the crawl kept in the raw archive ($REFORM_HOME/archive): listing pages, "
                "new articles, robots.txt and failures. Replays the bundled archive by default; live with "
                "`reform run --live`. A failing source is recorded and the others go on.",
)
def archived_pages(context: dg.AssetExecutionContext, crawl_settings: CrawlSettings) -> dg.MaterializeResult:
    archive = Archive(settings.archive_dir())
    sources = crawl_settings.selected_sources()
    if crawl_settings.live:
        client = PoliteClient.for_sources(LiveTransport(), sources, archive=archive)
    else:
        # Replayed pages need no politeness delay: nothing leaves the machine.
        hosts = [h for s in sources for h in s.hosts]
        client = PoliteClient(ReplayTransport(Archive(settings.replay_archive())), allowed_hosts=hosts,
                              archive=archive)
    # A replayed exchange can be had again, so replay archives in batches (one
    # durability point per batch, bodies still before their manifest lines).
    with nullcontext() if crawl_settings.live else archive.batch():
        report = crawl(sources, client, archive, known_urls=known_urls_in(archive),
                       max_pages=crawl_settings.max_pages, progress=lambda p: context.log.info(p.line()))
    for line in report.summary_lines():
        context.log.info(line)
    failed = [s.source_id for s in report.sources.values() if s.failed]
    return dg.MaterializeResult(metadata={
        "mode": "live" if crawl_settings.live else "replay",
        "sources": len(report.sources),
        "failed_sources": ", ".join(failed) or "none",
        "new_articles": len(report.new_urls),
        "errors": len(report.errors),
    })


@dg.asset(
    group_name="ingest",
    deps=[archived_pages],
    pool="duckdb",
    description="One row per archived URL and content hash, with fetch metadata.",
)
def raw_pages(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    with warehouse.connect() as con:
        stats = load.load_pages(con, Archive(settings.archive_dir()))
        total = row_count(con, "raw.pages")
    for error in stats.errors:
        context.log.warning(error)
    return dg.MaterializeResult(metadata={"new_pages": stats.new, "pages": total})

"""The registry → `raw/sources`; the crawl → `raw/archive`; the archive → `raw/pages`."""
from contextlib import nullcontext
from datetime import date

import dagster as dg

from pipelines.defs.ingest.partitions import source_partitions
from pipelines.resources import CrawlSettings, WarehouseResource
from scrapers import settings
from scrapers.crawl.archive import Archive
from scrapers.crawl.crawler import CrawlProgress, crawl, known_urls_in
from scrapers.crawl.http import ClientSettings, PoliteClient
from scrapers.crawl.outcomes import last_outcomes, record_outcomes
from scrapers.crawl.transport import LiveTransport, ReplayTransport
from scrapers.raw import pages as pages_step
from scrapers.raw import sources as sources_step
from scrapers.raw.schema import row_count


@dg.asset(
    key=["raw", "sources"],
    group_name="ingest",
    # After the night's crawl, so each source's last outcome is tonight's.
    deps=[dg.AssetKey(["raw", "pages"])],
    pool="duckdb",
    description="The source registry (scrapers/sources/sources.yaml) as a table, with each source's 2025 unit, "
                "evidence status and last crawl outcome.",
)
def raw_sources(warehouse: WarehouseResource, crawl_settings: CrawlSettings) -> dg.MaterializeResult:
    with warehouse.connect() as con:
        stats = sources_step.load_sources(con, crawl_settings.registry(), last_outcomes(warehouse.crawl_outcomes))
    return dg.MaterializeResult(metadata={"sources": stats.new})


@dg.asset(
    key=["raw", "archive"],
    group_name="ingest",
    partitions_def=source_partitions,
    backfill_policy=dg.BackfillPolicy.single_run(),
    # One crawl at a time on this instance, so no host ever sees two crawlers.
    pool="crawl",
    retry_policy=dg.RetryPolicy(max_retries=2, delay=30, backoff=dg.Backoff.EXPONENTIAL),
    description="Every response of the crawl kept in the raw archive ($REFORM_HOME/archive): listing pages, "
                "new articles, robots.txt and failures. Replays the bundled archive by default; live with "
                "`reform run --live`. A failing source is recorded and the others go on; the step fails only "
                "when every source failed.",
)
def raw_archive(context: dg.AssetExecutionContext, warehouse: WarehouseResource,
                crawl_settings: CrawlSettings) -> dg.MaterializeResult:
    archive = Archive(warehouse.archive_dir)
    sources = crawl_settings.sources_for(context.partition_keys)
    if crawl_settings.live:
        try:
            user_agent = settings.user_agent()
        except settings.MissingContact as exc:
            raise dg.Failure(str(exc)) from None
        transport = LiveTransport(tls={h: s.tls for s in sources if s.tls for h in s.hosts})
        client = PoliteClient.for_sources(transport, sources, archive=archive,
                                          settings=ClientSettings(user_agent=user_agent))
    else:
        # Replayed pages need no politeness delay: nothing leaves the machine.
        hosts = [h for s in sources for h in s.hosts]
        client = PoliteClient(ReplayTransport(Archive(settings.replay_archive())), allowed_hosts=hosts,
                              archive=archive)
    # Replay fetches thousands of articles a second, and a Dagster log event per
    # article (~0.6 ms) would be most of the step: replay logs listings, stops
    # and errors; the summary below counts the articles.
    quiet = set() if crawl_settings.live else {"article"}

    def log_progress(progress: CrawlProgress) -> None:
        if progress.event not in quiet:
            context.log.info(progress.line())

    # A replayed exchange can be had again, so replay archives in batches (one
    # durability point per batch, bodies still before their manifest lines).
    try:
        with nullcontext() if crawl_settings.live else archive.batch():
            report = crawl(sources, client, archive, known_urls=known_urls_in(archive),
                           since=date.fromisoformat(crawl_settings.since) if crawl_settings.since else None,
                           max_pages=crawl_settings.max_pages, progress=log_progress)
    except Exception as exc:
        # The crawl records each source's network failures itself: what escapes
        # it is a bug or bad data, which fails the same way on every retry.
        raise dg.Failure(f"the crawl stopped: {type(exc).__name__}: {exc}", allow_retries=False) from exc
    if archive.torn_report:
        context.log.warning(archive.torn_report)
    record_outcomes(report, warehouse.crawl_outcomes, mode="live" if crawl_settings.live else "replay")
    for line in report.summary_lines():
        context.log.info(line)
    failed = [s.source_id for s in report.sources.values() if s.failed]
    if report.sources and len(failed) == len(report.sources):
        # Only a live crawl can fail for a passing reason (the network); a replay would fail again.
        raise dg.Failure(f"every source failed: {'; '.join(report.summary_lines())}",
                         allow_retries=crawl_settings.live)
    return dg.MaterializeResult(metadata={
        "mode": "live" if crawl_settings.live else "replay",
        "sources": len(report.sources),
        "failed_sources": ", ".join(failed) or "none",
        "new_articles": len(report.new_urls),
        "errors": len(report.errors),
    })


@dg.asset(
    key=["raw", "pages"],
    group_name="ingest",
    deps=[raw_archive],
    pool="duckdb",
    description="One row per archived URL and content hash, with fetch metadata.",
)
def raw_pages(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    with warehouse.connect() as con:
        stats = pages_step.load_pages(con, Archive(warehouse.archive_dir))
        total = row_count(con, "raw.pages")
    for error in stats.errors:
        context.log.warning(error)
    return dg.MaterializeResult(metadata={"new_pages": stats.new, "pages": total})

"""Archived pages → articles → facts."""
import dagster as dg

from pipelines.resources import CrawlSettings, WarehouseResource
from scrapers import settings
from scrapers.crawl.archive import Archive
from scrapers.raw import articles as articles_step
from scrapers.raw import facts as facts_step
from scrapers.raw.schema import row_count


@dg.asset(
    group_name="extract",
    deps=["raw_pages"],
    pool="duckdb",
    description="Articles parsed from every new page content (title, publication date, NFC body); "
                "a page that fails to parse is recorded with its reason in raw.load_errors and the run goes on.",
)
def raw_articles(context: dg.AssetExecutionContext, warehouse: WarehouseResource,
                 crawl_settings: CrawlSettings) -> dg.MaterializeResult:
    with warehouse.connect() as con:
        stats = articles_step.parse_pages(con, Archive(settings.archive_dir()), crawl_settings.registry(),
                                 progress=context.log.info)
        total = row_count(con, "raw.articles")
    for error in stats.errors[:20]:
        context.log.warning(f"page not parsed: {error}")
    return dg.MaterializeResult(metadata={
        "new_articles": stats.new, "articles": total, "parse_failures": stats.failed, **stats.details})


@dg.asset(
    group_name="extract",
    deps=[raw_articles],
    pool="duckdb",
    description="Facts in the shape of FACTS.md read from every article whose text or extractor version "
                "is new, each with its evidence sentence and offsets.",
)
def raw_facts(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    with warehouse.connect() as con:
        stats = facts_step.extract_new_facts(con, progress=context.log.info)
        total = row_count(con, "raw.facts")
        preview = con.execute("""
            select metric, value, unit, province, evidence from raw.facts order by extracted_at desc, fact_id limit 10
        """).df()
    return dg.MaterializeResult(metadata={
        "new_facts": stats.new, "facts": total, **stats.details,
        "preview": dg.MetadataValue.md(preview.to_markdown(index=False) if not preview.empty else "(none)"),
    })

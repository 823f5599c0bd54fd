"""`raw/pages` → `raw/articles`: every new page content, and every page parsed with another
parser version, read as an article."""
import dagster as dg

from pipelines.resources import CrawlSettings, WarehouseResource
from scrapers.crawl.archive import Archive
from scrapers.raw import articles as articles_step
from scrapers.raw.schema import row_count


@dg.asset(
    key=["raw", "articles"],
    group_name="parse",
    deps=[dg.AssetKey(["raw", "pages"])],
    pool="duckdb",
    description="Articles parsed from every new page content, and from every archived page parsed with "
                "another parser version (title, publication date, NFC body); a page that fails to parse is "
                "recorded with its reason in raw.load_errors and the run goes on.",
)
def raw_articles(context: dg.AssetExecutionContext, warehouse: WarehouseResource,
                 crawl_settings: CrawlSettings) -> dg.MaterializeResult:
    with warehouse.connect() as con:
        stats = articles_step.parse_pages(con, Archive(warehouse.archive_dir), crawl_settings.registry(),
                                          progress=context.log.info)
        total = row_count(con, "raw.articles")
    for error in stats.errors[:20]:
        context.log.warning(f"page not parsed: {error}")
    return dg.MaterializeResult(metadata={
        "new_articles": stats.new, "articles": total, "parse_failures": stats.failed, **stats.details})

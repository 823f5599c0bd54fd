"""`raw/articles` → `raw/facts`: facts read from every new article text."""
import dagster as dg

from pipelines.resources import WarehouseResource
from scrapers.raw import facts as facts_step
from scrapers.raw.extractor_versions import articles_behind_extractor
from scrapers.raw.schema import row_count


@dg.asset(
    key=["raw", "facts"],
    group_name="extract",
    deps=[dg.AssetKey(["raw", "articles"])],
    pool="duckdb",
    description="Facts in the shape of FACTS.md read from every article whose text or extractor version "
                "is new, each with its evidence sentence and offsets.",
)
def raw_facts(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    from scrapers.facts.extract import EXTRACTOR_VERSION  # read at run time, as the extraction step reads it

    with warehouse.connect() as con:
        behind = articles_behind_extractor(con, EXTRACTOR_VERSION)
        stats = facts_step.extract_new_facts(con, progress=context.log.info)
        # Those read again because the extractor is new; any it failed on are still behind.
        reextracted = behind - articles_behind_extractor(con, EXTRACTOR_VERSION)
        total = row_count(con, "raw.facts")
        preview = con.execute("""
            select metric, value, unit, province, evidence from raw.facts order by extracted_at desc, fact_id limit 10
        """).df()
    return dg.MaterializeResult(metadata={
        "new_facts": stats.new, "facts": total, **stats.details,
        "reextracted_for_extractor_version": reextracted,
        "preview": dg.MetadataValue.md(preview.to_markdown(index=False) if not preview.empty else "(none)"),
    })

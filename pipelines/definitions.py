"""The code location: every module under `pipelines/defs/` plus the resources."""
import dagster as dg

import pipelines.defs
from pipelines.defs.warehouse import dbt_resource
from pipelines.resources import CrawlSettings, WarehouseResource


@dg.definitions
def defs() -> dg.Definitions:
    return dg.Definitions.merge(
        dg.load_defs(defs_root=pipelines.defs),
        dg.Definitions(resources={
            "warehouse": WarehouseResource(),
            "crawl_settings": CrawlSettings(),
            "dbt": dbt_resource,
        }),
    )

"""The code location: every module under `pipelines/defs/` plus the resources.

The source registry is read first: a malformed entry fails the loading of the
definitions (naming the file, the source and the field), not the night's run."""
import dagster as dg

import pipelines.defs
from pipelines.resources import resources
from scrapers.sources.registry import load_registry


@dg.definitions
def defs() -> dg.Definitions:
    load_registry()
    return dg.Definitions.merge(
        dg.load_defs(defs_root=pipelines.defs),
        dg.Definitions(resources=resources()),
    )

"""The code location: every module under `pipelines/defs/` plus the resources."""
import dagster as dg

import pipelines.defs
from pipelines.resources import resources


@dg.definitions
def defs() -> dg.Definitions:
    return dg.Definitions.merge(
        dg.load_defs(defs_root=pipelines.defs),
        dg.Definitions(resources=resources()),
    )

"""How dbt nodes appear in Dagster: every model and seed of the project belongs
to the `warehouse` group, tagged with its layer, and the raw sources keep the
asset keys of the Python assets that write them (`meta.dagster.asset_key` in
the sources yml).

Source tests stay inside `dbt build` rather than becoming checks on the raw
assets: as blocking checks they would have to run between the Python steps and
split the dbt build into several invocations. The raw tables are guarded by
the Great Expectations checks instead (pipelines/defs/quality/checks.py).
"""
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtProject

# Refreshed nightly: a mart older than a day and a bit means a night was missed;
# older than a day and a half, two.
MARTS_FRESHNESS = dg.FreshnessPolicy.time_window(warn_window=timedelta(hours=26), fail_window=timedelta(hours=36))


class WarehouseTranslator(DagsterDbtTranslator):
    def __init__(self) -> None:
        # index_scores and index_components are written by one asset (likewise articles and page_parses).
        super().__init__(settings=DagsterDbtTranslatorSettings(enable_duplicate_source_asset_keys=True))

    def get_asset_spec(self, manifest: Mapping[str, Any], unique_id: str,
                       project: DbtProject | None) -> dg.AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        if unique_id.startswith("source."):
            return spec
        layer = manifest["nodes"][unique_id]["fqn"][1] if unique_id.startswith("model.") else "reference"
        spec = spec.replace_attributes(group_name="warehouse", tags={**spec.tags, "layer": layer})
        if layer == "marts":
            spec = spec.replace_attributes(freshness_policy=MARTS_FRESHNESS)
        return spec

"""The dbt project as assets: staging → intermediate → marts, with dbt tests as
blocking asset checks."""
import dagster as dg
from dagster_dbt import DbtCliResource, dbt_assets

from pipelines.disk import ensure_room_to_build
from pipelines.lib.build_stamp import published_build_is_current
from pipelines.lib.dbt_translator import WarehouseTranslator
from pipelines.resources import WarehouseResource, dbt_project


@dbt_assets(manifest=dbt_project.manifest_path, project=dbt_project,
            dagster_dbt_translator=WarehouseTranslator(), pool="duckdb")
def warehouse_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource):
    """`dbt build`: models, seeds and their tests, in dependency order.

    A night that brought nothing new skips the build: no mart is materialised,
    and the checks, publish and report steps after it are skipped too (the
    published file is already current). A subset chosen in the UI, or the run
    tag `reform/force_build=true`, always builds.
    """
    forced = context.run.tags.get("reform/force_build") == "true"
    if not context.is_subset and not forced and (published_at := published_build_is_current(warehouse)):
        context.log.info(f"nothing new since the warehouse published at {published_at}: dbt build skipped")
        return
    ensure_room_to_build(warehouse.work_db)
    yield from dbt.cli(["build"], context=context).stream()


# The marts as the manifest lists them: publish follows any model added under
# models/marts without a list to keep in step.
MART_KEYS = sorted((key for key in warehouse_models.keys if key.path[0] == "marts"), key=lambda k: k.path)

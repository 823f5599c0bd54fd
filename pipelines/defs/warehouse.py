"""The dbt project as assets: staging → intermediate → marts, with dbt tests as
blocking asset checks."""
import dagster as dg
from dagster_dbt import DbtCliResource, DbtProject, dbt_assets

from pipelines.lib.dbt_manifest import (
    dbt_executable,
    ensure_manifest,
    project_fingerprint,
)
from pipelines.lib.dbt_translator import WarehouseTranslator
from pipelines.resources import WarehouseResource
from scrapers import settings
from scrapers.raw.schema import raw_fingerprint
from scrapers.warehouse.publish import published_stamp, recover

dbt_project = DbtProject(project_dir=settings.DBT_PROJECT_DIR, profiles_dir=settings.DBT_PROJECT_DIR)
ensure_manifest(dbt_project)


def current_build_stamp(warehouse: WarehouseResource) -> str:
    """What a build now would be made from: the raw tables dbt reads and the dbt project's files."""
    with warehouse.connect(read_only=True) as con:
        raw = raw_fingerprint(con)
    return f"{raw};dbt_project={project_fingerprint(settings.DBT_PROJECT_DIR)}"


@dbt_assets(manifest=dbt_project.manifest_path, project=dbt_project,
            dagster_dbt_translator=WarehouseTranslator(), pool="duckdb")
def warehouse_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource):
    """`dbt build`: models, seeds and their tests, in dependency order.

    A night that brought nothing new skips the build: when the raw tables and
    the dbt project are what the published warehouse was built from, no mart
    is materialised, and the checks, publish and report steps after it are
    skipped too (the published file is already current). A subset chosen in
    the UI, or the run tag `reform/force_build=true`, always builds.
    """
    stamp = current_build_stamp(warehouse)
    published = published_stamp(settings.published_db())
    forced = context.run.tags.get("reform/force_build") == "true"
    recover(settings.published_db(), settings.parquet_dir())
    complete = settings.parquet_dir().is_dir()
    if published is not None and published[1] == stamp and complete and not context.is_subset and not forced:
        context.log.info(f"nothing new since the warehouse published at {published[0]}: dbt build skipped")
        return
    warehouse.export_env_for_dbt()
    yield from dbt.cli(["build"], context=context).stream()


# The marts as the manifest lists them: publish and the marts checks follow any
# model added under models/marts without a list to keep in step.
MART_KEYS = sorted((key for key in warehouse_models.keys if key.path[0] == "marts"), key=lambda k: k.path)

dbt_resource = DbtCliResource(project_dir=dbt_project, profiles_dir=settings.DBT_PROJECT_DIR,
                              dbt_executable=dbt_executable())

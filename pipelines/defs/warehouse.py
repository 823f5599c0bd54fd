"""The dbt project as assets: staging → intermediate → marts, with dbt tests as
blocking asset checks."""
import dagster as dg
from dagster_dbt import DbtCliResource, DbtProject, dbt_assets

from pipelines.lib.dbt_translator import WarehouseTranslator
from pipelines.lib.dbt_manifest import dbt_executable, ensure_manifest
from pipelines.resources import WarehouseResource
from scrapers import settings

dbt_project = DbtProject(project_dir=settings.DBT_PROJECT_DIR, profiles_dir=settings.DBT_PROJECT_DIR)
ensure_manifest(dbt_project)


@dbt_assets(manifest=dbt_project.manifest_path, project=dbt_project,
            dagster_dbt_translator=WarehouseTranslator(), pool="duckdb")
def warehouse_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource):
    """`dbt build`: models, seeds and their tests, in dependency order."""
    warehouse.export_env_for_dbt()
    yield from dbt.cli(["build"], context=context).stream()


dbt_resource = DbtCliResource(project_dir=dbt_project, profiles_dir=settings.DBT_PROJECT_DIR,
                              dbt_executable=dbt_executable())

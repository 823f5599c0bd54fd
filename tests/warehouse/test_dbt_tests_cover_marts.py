"""Every mart carries the dbt tests that guard its grain and its keys into the
dimensions. The lists come from the manifest, so a mart added later is held to
the same rule without a list to keep in step."""
import json

import pytest

from scrapers import settings

DIMENSION_OF = {"province_code": "dim_province", "metric": "dim_metric", "article_id": "dim_article"}


MARTS = sorted(p.stem for p in (settings.DBT_PROJECT_DIR / "models" / "marts").glob("*.sql"))


@pytest.fixture(scope="module")
def manifest(dbt_manifest) -> dict:
    return json.loads(dbt_manifest.read_text(encoding="utf-8"))


def _marts(manifest: dict) -> dict[str, dict]:
    return {n["name"]: n for n in manifest["nodes"].values()
            if n["resource_type"] == "model" and n["fqn"][1] == "marts"}


def _tests_on(manifest: dict, model_id: str) -> list[dict]:
    return [n for n in manifest["nodes"].values()
            if n["resource_type"] == "test" and n.get("attached_node") == model_id and n.get("test_metadata")]


def test_every_mart_model_is_in_the_manifest(manifest):
    assert sorted(_marts(manifest)) == MARTS


@pytest.mark.parametrize("mart", MARTS)
def test_mart_has_a_grain_test(manifest, mart):
    node = _marts(manifest)[mart]
    kinds = {t["test_metadata"]["name"] for t in _tests_on(manifest, node["unique_id"])}
    assert kinds & {"unique", "unique_combination_of_columns"}, f"{mart} has no uniqueness test on its grain"


@pytest.mark.parametrize("mart", MARTS)
def test_mart_keys_point_into_their_dimensions(manifest, mart):
    node = _marts(manifest)[mart]
    tested = {(t["column_name"], t["test_metadata"]["kwargs"].get("to"))
              for t in _tests_on(manifest, node["unique_id"]) if t["test_metadata"]["name"] == "relationships"}
    for column, dimension in DIMENSION_OF.items():
        if column in node["columns"] and mart != dimension and not (column == "article_id" and mart.startswith("dim_")):
            assert (column, f"ref('{dimension}')") in tested, \
                f"{mart}.{column} has no relationships test to {dimension}"

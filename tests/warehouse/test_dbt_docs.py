"""`dbt docs generate` works on the built warehouse and documents every mart column."""
import json
import os
import subprocess

from pipelines.lib.dbt_manifest import dbt_executable
from scrapers import settings


def test_docs_generate_documents_the_marts(refreshed_home, tmp_path):
    env = {**os.environ, "REFORM_HOME": str(refreshed_home), "DO_NOT_TRACK": "1"}
    result = subprocess.run(
        [dbt_executable(), "docs", "generate", "--project-dir", str(settings.DBT_PROJECT_DIR),
         "--profiles-dir", str(settings.DBT_PROJECT_DIR), "--target-path", str(tmp_path)],
        capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    catalog = json.loads((tmp_path / "catalog.json").read_text())
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    marts = {k: v for k, v in manifest["nodes"].items() if k.startswith("model.") and v["fqn"][1] == "marts"}
    assert len(marts) >= 15
    for unique_id, node in marts.items():
        built = catalog["nodes"][unique_id]["columns"]
        undocumented = [c for c in built if not node["columns"].get(c, {}).get("description")]
        assert not undocumented, f"{node['name']}: columns without a description: {undocumented}"

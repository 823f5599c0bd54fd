"""Keep dbt's manifest in step with the project's files.

Dagster reads the manifest when the definitions load, so it is built ahead of
them: by `make manifest`, by `reform run` before it loads the definitions, and
by `DbtProject.prepare_if_dev()` under `dagster dev`. Parsing costs a few
seconds, so `ensure_manifest` parses only when a model, macro, seed or yml is
newer than the manifest (a fresh clone, or an edit).
"""
import hashlib
import os
import subprocess
import sys
from pathlib import Path

from scrapers import settings

WATCHED = ("models", "macros", "seeds", "tests", "dbt_project.yml", "profiles.yml")


def _project_files(project_dir: Path) -> list[Path]:
    files: list[Path] = []
    for name in WATCHED:
        path = project_dir / name
        files.extend(sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path])
    return files


def _newest_source_mtime(project_dir: Path) -> float:
    return max((p.stat().st_mtime for p in _project_files(project_dir)), default=0.0)


def project_fingerprint(project_dir: Path) -> str:
    """A hash of the dbt project's own files: the models, tests and seeds a
    build would use."""
    digest = hashlib.sha256()
    for path in _project_files(project_dir):
        digest.update(str(path.relative_to(project_dir)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def dbt_executable() -> str:
    """The dbt installed beside this Python, whether or not the venv is activated."""
    return str(Path(sys.executable).with_name("dbt"))


def ensure_manifest(project_dir: Path = settings.DBT_PROJECT_DIR) -> Path:
    manifest = project_dir / "target" / "manifest.json"
    if manifest.exists() and manifest.stat().st_mtime >= _newest_source_mtime(project_dir):
        return manifest
    env = {**os.environ, "DO_NOT_TRACK": "1"}
    result = subprocess.run(
        [dbt_executable(), "parse", "--quiet", "--project-dir", str(project_dir), "--profiles-dir", str(project_dir)],
        capture_output=True, text=True, env=env,
    )
    if result.returncode != 0:
        raise RuntimeError(f"dbt parse failed in {project_dir}:\n{result.stdout}{result.stderr}")
    return manifest

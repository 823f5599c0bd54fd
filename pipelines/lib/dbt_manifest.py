"""Keep dbt's manifest in step with the project's files.

Dagster reads the manifest when the definitions load. Parsing costs a few
seconds, so it runs only when a model, macro, seed or yml is newer than the
manifest (a fresh clone, or an edit), never on every import.
"""
import hashlib
import os
import subprocess
import sys
from pathlib import Path

from dagster_dbt import DbtProject

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


def ensure_manifest(project: DbtProject) -> Path:
    manifest = Path(project.manifest_path)
    if manifest.exists() and manifest.stat().st_mtime >= _newest_source_mtime(Path(project.project_dir)):
        return manifest
    env = {**os.environ, "DO_NOT_TRACK": "1"}
    result = subprocess.run(
        [dbt_executable(), "parse", "--quiet", "--project-dir", str(project.project_dir),
         "--profiles-dir", str(project.profiles_dir)],
        capture_output=True, text=True, env=env,
    )
    if result.returncode != 0:
        raise RuntimeError(f"dbt parse failed in {project.project_dir}:\n{result.stdout}{result.stderr}")
    return manifest

import atexit
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = (REPO_ROOT / ".." / "shared").resolve()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared material beside the project (corpus, reference, publications)."""
    if not SHARED.is_dir():
        pytest.fail(f"shared material not found at {SHARED}: clone the project beside ../shared")
    return SHARED


@pytest.fixture(scope="session", autouse=True)
def dbt_manifest() -> Path:
    """The dbt manifest the Dagster definitions read, built ahead of them as
    `make manifest` and `reform run` do."""
    from pipelines.lib.dbt_manifest import ensure_manifest

    return ensure_manifest()


@pytest.fixture(scope="session", autouse=True)
def isolated_reform_home(tmp_path_factory) -> Path:
    """No test writes into the repository's data/: REFORM_HOME points at a
    temporary folder for the whole session, and publications are off unless a
    test turns them on."""
    home = tmp_path_factory.mktemp("reform_home")
    patch = pytest.MonkeyPatch()
    patch.setenv("REFORM_HOME", str(home))
    patch.delenv("REFORM_PUBLICATIONS", raising=False)
    patch.delenv("DAGSTER_HOME", raising=False)
    patch.setenv("DO_NOT_TRACK", "1")
    # Live fetches (only ever to local test servers) name a contact, as live crawls must.
    patch.setenv("REFORM_CONTACT_EMAIL", "crawler@example.org")
    patch.setenv("REFORM_PROJECT_URL", "https://example.org/reform")
    yield home
    patch.undo()


@dataclass
class RefreshRun:
    home: Path
    terminal: str    # what `reform run` printed on the terminal
    exit_code: int


@pytest.fixture(scope="session")
def refresh_run(tmp_path_factory, shared_dir) -> RefreshRun:
    """One full nightly refresh through `reform run`, offline, from the bundled
    archive and the shared publications, with what it printed on the terminal
    (about a minute, shared by every test that reads the warehouse)."""
    from pipelines.cli import main

    home = tmp_path_factory.mktemp("refreshed")
    terminal = home.parent / f"{home.name}-terminal.txt"
    patch = pytest.MonkeyPatch()
    patch.setenv("REFORM_HOME", str(home))
    patch.setenv("REFORM_PUBLICATIONS", str(shared_dir / "publications"))
    with open(terminal, "w+", encoding="utf-8") as out:
        sys.stdout.flush()
        saved = os.dup(1)
        os.dup2(out.fileno(), 1)
        try:
            code = main(["run"])
        finally:
            sys.stdout.flush()
            os.dup2(saved, 1)
            os.close(saved)
    patch.undo()
    return RefreshRun(home, terminal.read_text(encoding="utf-8"), code)


@pytest.fixture(scope="session")
def refreshed_home(refresh_run) -> Path:
    """A REFORM_HOME after one full nightly refresh."""
    assert refresh_run.exit_code == 0, f"the nightly refresh failed:\n{refresh_run.terminal}"
    return refresh_run.home


# Drops nanobind's report of objects alive at interpreter exit; passes every other line.
_LEAK_NOTE_FILTER = """
import sys
for line in sys.stdin:
    if not line.startswith(("nanobind: ", " - leaked ", " - ... skipped remainder", "See https://nanobind")):
        sys.stdout.write(line)
        sys.stdout.flush()
"""


def _filter_leak_notes() -> None:
    leak_filter = subprocess.Popen([sys.executable, "-c", _LEAK_NOTE_FILTER], stdin=subprocess.PIPE,
                                   stdout=os.dup(2), close_fds=True)
    sys.stderr.flush()
    os.dup2(leak_filter.stdin.fileno(), 2)


def pytest_configure(config):
    """Keep pytest's summary the last line of the run. In a whole-suite
    session DuckDB's type constants (`duckdb.sqltypes`, 27 of them) are still
    alive when the interpreter tears down DuckDB's nanobind bindings, which
    then print a leak report of about 100 lines after the summary (no subset
    of the suite shows it, and closing every open connection at the end does
    not prevent it). Once pytest is done (atexit: after its own capture has
    given stderr back), stderr goes through a filter that drops that report
    and passes anything else."""
    atexit.register(_filter_leak_notes)

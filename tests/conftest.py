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


@pytest.fixture(scope="session")
def refreshed_home(tmp_path_factory, shared_dir) -> Path:
    """A REFORM_HOME after one full nightly refresh, offline, from the bundled
    archive and the shared publications (about 15 s, shared by every test that
    reads the warehouse)."""
    import dagster as dg

    from pipelines.run import run_nightly

    home = tmp_path_factory.mktemp("refreshed")
    patch = pytest.MonkeyPatch()
    patch.setenv("REFORM_HOME", str(home))
    patch.setenv("REFORM_PUBLICATIONS", str(shared_dir / "publications"))
    result = run_nightly(instance=dg.DagsterInstance.ephemeral())
    patch.undo()
    assert result.success, "the nightly refresh failed; see the Dagster output above"
    return home

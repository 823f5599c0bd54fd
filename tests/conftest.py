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

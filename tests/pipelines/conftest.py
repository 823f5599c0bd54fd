"""Fixtures of the pipeline tests."""
from __future__ import annotations

import shutil

import pytest


@pytest.fixture
def home(refreshed_home, tmp_path, monkeypatch):
    """A copy of the session's refreshed REFORM_HOME, for a test to spoil."""
    copy = tmp_path / "home"
    shutil.copytree(refreshed_home, copy)
    monkeypatch.setenv("REFORM_HOME", str(copy))
    monkeypatch.delenv("REFORM_PUBLICATIONS", raising=False)
    return copy

"""Headless Chromium driven from the command line, with every flag that keeps
it off the network: the pages are read through file:// URLs only."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync")


def chromium() -> str:
    """The browser's path; skipped only on a developer machine without it, a
    failure in CI (where .ci/run installs it)."""
    path = shutil.which("chromium")
    if path:
        return path
    if os.environ.get("CI"):
        pytest.fail("chromium is missing in CI: .ci/run should have installed it (apt-get install chromium)")
    pytest.skip("chromium is not installed (apt-get install chromium)")


def _run(page: Path, *extra: str) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        return subprocess.run([chromium(), *FLAGS, f"--user-data-dir={profile}", *extra, page.resolve().as_uri()],
                              capture_output=True, text=True, timeout=60, check=True)


def rendered_dom(page: Path) -> str:
    """The DOM after the page's scripts ran, serialised by the browser."""
    return _run(page, "--dump-dom", "--virtual-time-budget=2000").stdout


def screenshot(page: Path, png: Path, size: str = "1280,2000") -> Path:
    png.parent.mkdir(parents=True, exist_ok=True)
    _run(page, f"--screenshot={png.resolve()}", f"--window-size={size}", "--hide-scrollbars")
    if not png.is_file() or png.stat().st_size == 0:
        raise AssertionError(f"chromium wrote no screenshot of {page} to {png}")
    return png

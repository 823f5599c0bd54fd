"""`make ui` as an operator uses it: it serves the graph, changes nothing on
its own (the publication sensor's first tick launches no run, so nothing is
republished), and Ctrl-C stops it. Slow: the UI takes 20-40 s to come up."""
import os
import signal
import socket
import subprocess
import time
import urllib.request

import pytest

from scrapers.settings import REPO_ROOT

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serving(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/server_info", timeout=2) as answer:
            return answer.status == 200
    except OSError:
        return False


def test_make_ui_has_no_side_effects_and_stops_on_ctrl_c(tmp_path, shared_dir):
    home, port = tmp_path / "home", _free_port()
    env = {**os.environ, "REFORM_HOME": str(home), "UI_PORT": str(port),
           "REFORM_PUBLICATIONS": str(shared_dir / "publications")}
    env.pop("DAGSTER_HOME", None)   # the Makefile sets it under REFORM_HOME
    # A terminal's Ctrl-C reaches the whole foreground process group as SIGINT.
    ui = subprocess.Popen(["make", "-s", "ui"], cwd=REPO_ROOT, env=env, start_new_session=True,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                          preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 180
        while not _serving(port):
            assert ui.poll() is None, "make ui exited before serving"
            assert time.monotonic() < deadline, "the UI did not come up within 180 s"
            time.sleep(2)
        time.sleep(15)   # the sensors' first ticks
        os.killpg(ui.pid, signal.SIGINT)
        stopped = time.monotonic()
        ui.wait(timeout=30)
        assert time.monotonic() - stopped < 30
    finally:
        if ui.poll() is None:
            os.killpg(ui.pid, signal.SIGKILL)
    assert not (home / "reform.duckdb").exists(), "starting the UI published the warehouse"
    runs = home / "dagster" / "history" / "runs"
    assert not runs.is_dir() or not [p for p in runs.iterdir() if p.suffix == ".db" and p.stem != "index"], \
        "starting the UI launched a run"

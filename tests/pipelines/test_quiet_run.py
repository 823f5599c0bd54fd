"""What `reform run` prints: a line per step and a summary, the rest in a log file."""
import re
from pathlib import Path

from pipelines.progress import RunLog


def test_a_good_night_prints_at_most_50_lines(refresh_run):
    lines = refresh_run.terminal.splitlines()
    assert refresh_run.exit_code == 0
    assert 10 <= len(lines) <= 50, refresh_run.terminal
    assert not any(" - dagster - " in line or "START sql" in line for line in lines)


def test_each_step_has_a_line_with_its_time(refresh_run):
    steps = [line for line in refresh_run.terminal.splitlines() if re.match(r"  (ok|FAILED|skipped) ", line)]
    names = " ".join(steps)
    for step in ("raw/archive", "raw/facts", "warehouse_models", "published/warehouse", "published/report"):
        assert step in names
    assert all(re.search(r"\d+\.\d s", line) for line in steps if line.startswith("  ok"))
    facts = next(line for line in steps if " raw/facts " in line)
    assert re.search(r"facts \d+", facts)


def test_the_full_log_is_a_file_whose_path_is_printed(refresh_run):
    path = Path(re.search(r"full log: (\S+)", refresh_run.terminal).group(1))
    assert path.parent == refresh_run.home / "logs"
    log = path.read_text(encoding="utf-8")
    assert "STEP_SUCCESS" in log and "dbt build" in log


def test_the_summary_names_warned_checks_with_rows_and_counts_load_errors(refresh_run):
    text = refresh_run.terminal
    warned = re.findall(r"^    warned: (\S+): .*×(\d+)", text, flags=re.M)
    counts = re.search(r"checks: \d+ passed, \d+ failed, (\d+) warned", text)
    assert counts and len(warned) == int(counts.group(1))
    assert re.search(r"^  load errors: \d+", text, flags=re.M)


def test_verbose_echoes_the_log_to_the_terminal(tmp_path, capfd):
    with RunLog(verbose=True, home=tmp_path) as log:
        print("a line for the log", flush=True)
        print("a line for the terminal", file=log.terminal, flush=True)
    with RunLog(verbose=False, home=tmp_path) as quiet:
        print("only in the log", flush=True)
    out = capfd.readouterr().out
    assert "a line for the log" in out and "a line for the terminal" in out and "only in the log" not in out
    assert "only in the log" in quiet.path.read_text()
    assert "a line for the terminal" not in log.path.read_text()

"""The `reform` command as a user meets it: every command and option
described, bad input refused at once with one line naming it (exit 2)."""
import argparse
import os
import resource
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from pipelines.cli import main, register
from report import cli as report_cli
from scrapers.cli import build_parser

REFORM = Path(sys.executable).with_name("reform")


def subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_every_command_and_option_is_described():
    parser = build_parser(register, report_cli.register)
    commands = subparsers(parser)
    assert {"crawl", "fetch", "parse", "extract", "eval", "publications", "run", "report"} <= set(commands)
    undescribed = [f"{name} {action.dest}" for name, sub in commands.items() for action in sub._actions
                   if not action.help or not action.help.strip()]
    assert undescribed == []
    choices = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))._choices_actions
    assert all(c.help for c in choices)


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("reform ")


def timed(args: list[str], **kwargs) -> tuple[subprocess.CompletedProcess, float]:
    """Run a command; return its result and the processor time it took
    (user + system, the child's own: wall time on a machine shared with
    other work measures the other work). Wall time is capped at 10 s."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run(args, capture_output=True, text=True, timeout=30, check=False, **kwargs)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert wall < 10, f"{args}: {wall:.1f} s"
    return out, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


@pytest.mark.parametrize(("args", "named"), [
    (["run", "--since", "2024-13-45"], "'2024-13-45' is not a date"),
    (["run", "--max-pages", "0"], "--max-pages"),
    (["run", "--source", "no-such-source"], "no-such-source"),
    (["crawl", "--since", "yesterday"], "'yesterday'"),
    (["report", "--out", str(Path(__file__))], "is a file"),
    (["fetch", "file:///etc/passwd"], "file:///etc/passwd"),
])
def test_bad_arguments_fail_at_once_with_one_line(args, named):
    out, seconds = timed([str(REFORM), *args])
    assert out.returncode == 2, out.stderr
    assert out.stderr.count("\n") == 1 and named in out.stderr and out.stderr.startswith(f"reform {args[0]}: ")
    assert out.stdout == ""
    assert seconds < 2.0, f"{args}: {seconds:.2f} s"


def test_a_malformed_registry_fails_run_at_once_with_one_line(tmp_path):
    registry = tmp_path / "sources.yaml"
    registry.write_text("sources:\n  - id: broken\n    hosts: [a\n", encoding="utf-8")
    # The registry path is a module default: point it at the broken file in a child process.
    program = textwrap.dedent(f"""
        import sys
        from scrapers.sources import registry
        registry.load_registry.__defaults__ = ({str(registry)!r},)
        from pipelines.cli import main
        sys.exit(main(["run"]))
    """)
    out, seconds = timed([sys.executable, "-c", program])
    assert out.returncode == 2, out.stderr
    assert out.stderr.count("\n") == 1 and str(registry) in out.stderr, out.stderr
    assert seconds < 2.0


def test_a_missing_publications_folder_is_named(tmp_path):
    missing = tmp_path / "nowhere"
    out, seconds = timed([str(REFORM), "run"], env={**os.environ, "REFORM_PUBLICATIONS": str(missing)})
    assert out.returncode == 2 and str(missing) in out.stderr and out.stderr.count("\n") == 1
    assert seconds < 2.0

"""`reform publications [DIR]`: read the index publications in DIR (default
$REFORM_PUBLICATIONS) and print one line per file with what it gave, then
every error and skipped row with its place. Exit status 1 if anything failed
to load, so a pipeline step can stop on it.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict
from pathlib import Path

from scrapers.arguments import existing_dir


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("publications", help="parse index publications (PCI, PAPI, rankings, 766)",
                                   description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directory", nargs="?", type=existing_dir, metavar="DIR",
                        help="directory of publications (default: $REFORM_PUBLICATIONS)")
    parser.set_defaults(func=run)


def _summary(scores) -> str:
    years = sorted({s.year for s in scores})
    indices = "/".join(sorted({s.index_name for s in scores}))
    span = f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
    provinces = len({s.province_code for s in scores})
    return f"{indices} {span}: {len(scores)} scores, {provinces} provinces"


def run(args: argparse.Namespace) -> int:
    # Here, not at the top: pandas and the workbook readers would slow every `reform` command by half a second.
    from scrapers.publications import load_publications

    from_env = os.environ.get("REFORM_PUBLICATIONS")
    directory = args.directory or (Path(from_env) if from_env else None)
    if directory is None:
        print("reform publications: give DIR or set REFORM_PUBLICATIONS", file=sys.stderr)
        return 2
    load = load_publications(directory)
    by_file = defaultdict(list)
    for score in load.scores:
        by_file[score.source_file].append(score)
    problems = defaultdict(lambda: [0, 0])
    for error in load.errors:
        problems[error.file][0] += 1
    for skipped in load.skipped:
        problems[skipped.file][1] += 1
    for file in sorted(set(by_file) | set(problems)):
        errors, skipped = problems.get(file, (0, 0))
        line = _summary(by_file[file]) if by_file[file] else "no scores"
        print(f"{file}: {line}; {errors} error(s), {skipped} skipped")
    for error in load.errors:
        print(f"error: {error}", file=sys.stderr)
    for skipped in load.skipped:
        print(f"skipped: {skipped}")
    print(f"total: {len(load.scores)} scores from {len(by_file)} file(s); {len(load.errors)} error(s), "
          f"{len(load.skipped)} skipped")
    return 1 if load.errors else 0

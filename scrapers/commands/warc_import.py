"""`reform import FILE.warc[.gz]...`: pages captured by any standard crawler
(wget --warc-file, Browsertrix, Common Crawl's news crawl) into the raw archive.

Each response is attributed to the registered source of its URL and parsed
and extracted by the next `reform run`, like a crawled page. Pages of hosts no
source claims are listed (here and in $REFORM_HOME/import_skipped.jsonl) and
skipped. Exit 1 when a file could not be read.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from scrapers import settings
from scrapers.arguments import registry as load_sources
from scrapers.crawl.archive import Archive
from scrapers.crawl.warc import import_warc


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("import", help="import WARC files into the raw archive",
                                   description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE.warc[.gz]", help="WARC files to import")
    parser.add_argument("--archive", type=Path, metavar="DIR", help="archive to write (default $REFORM_HOME/archive)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    missing = [str(f) for f in args.files if not f.is_file()]
    if missing:
        print(f"reform import: no such file: {', '.join(missing)}", file=sys.stderr)
        return 2
    registry = load_sources()
    archive = Archive(args.archive or settings.archive_dir())
    report = import_warc(args.files, archive, registry)
    for line in report.lines():
        print(line)
    if report.imported:
        print("the next `reform run` parses them and extracts their facts")
    if report.unclaimed:
        skipped = settings.reform_home() / "import_skipped.jsonl"
        skipped.parent.mkdir(parents=True, exist_ok=True)
        at = datetime.now(UTC).isoformat(timespec="seconds")
        with open(skipped, "a", encoding="utf-8") as fh:
            for host, urls in sorted(report.unclaimed.items()):
                for url in urls:
                    fh.write(json.dumps({"at": at, "host": host, "url": url, "reason": "no source claims the host",
                                         "files": [str(f) for f in args.files]}, ensure_ascii=False) + "\n")
    return 1 if report.broken else 0

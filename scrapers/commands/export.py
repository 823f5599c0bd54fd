"""`reform export --warc FILE`: the raw archive's real pages as a WARC file
(gzip when FILE ends in .gz), readable by any WARC tool; `reform import FILE`
gives the same raw pages back."""
from __future__ import annotations

import argparse
from pathlib import Path

from scrapers import settings
from scrapers.crawl.archive import Archive
from scrapers.crawl.warc import export_warc


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("export", help="export the raw archive (as WARC)",
                                   description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--warc", type=Path, required=True, metavar="FILE",
                        help="WARC file to write (.warc or .warc.gz)")
    parser.add_argument("--archive", type=Path, metavar="DIR", help="archive to read (default $REFORM_HOME/archive)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    archive = Archive(args.archive or settings.archive_dir())
    written = export_warc(archive, args.warc)
    print(f"{written} pages written to {args.warc}")
    if archive.torn_report:
        print(f"warning: {archive.torn_report}")
    return 0

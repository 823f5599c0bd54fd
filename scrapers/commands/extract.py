"""`reform extract`: print the reform facts of text or HTML files as JSON lines.

The article id is the file stem. A corpus file's first line, when it is a URL,
is skipped and `evidence_start`/`evidence_end` index the text after it.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from scrapers.facts.corpus import ArticleMeta, facts_of_file, load_meta
from scrapers.facts.extract import ExtractionError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("extract", help="extract reform facts from article files (JSON lines)",
                                   description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument("--meta", type=Path, metavar="META.jsonl",
                        help="publication date and province per article (format of shared/corpus/meta.jsonl)")
    parser.add_argument("--published", type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help="publication date for files without a meta line")
    parser.add_argument("--province", metavar="CODE", help="GSO code of the source's province (default province)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        metas = load_meta(args.meta) if args.meta else {}
    except (OSError, ValueError) as exc:
        print(f"reform extract: {exc}", file=sys.stderr)
        return 2
    fallback = ArticleMeta(args.published, args.province)
    status = 0
    for path in args.files:
        try:
            rows = facts_of_file(path, metas.get(path.stem, fallback))
        except OSError as exc:
            print(f"reform extract: cannot read {path}: {exc}", file=sys.stderr)
            status = 1
            continue
        except ExtractionError as exc:
            print(f"reform extract: {path}: {exc}", file=sys.stderr)
            status = 1
            continue
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
    return status

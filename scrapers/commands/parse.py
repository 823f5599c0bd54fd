"""`reform parse [--url URL] FILE...`: parse saved pages, one JSON line each."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from scrapers.arguments import http_url
from scrapers.parse.article import PageParseError, parse_page
from scrapers.parse.encoding import decode_html


def register(subparsers) -> None:
    parser = subparsers.add_parser("parse", help="parse saved HTML pages into articles or listing links (JSON lines)")
    parser.add_argument("--url", type=http_url, metavar="URL",
                        help="the pages' URL (default: recognised from each page's canonical link)")
    parser.add_argument("files", nargs="+", metavar="FILE", help="saved HTML pages")
    parser.set_defaults(func=run)


def run(args) -> int:
    failed = 0
    for name in args.files:
        line: dict = {"file": name}
        try:
            page = parse_page(decode_html(Path(name).read_bytes()), args.url)
        except (OSError, PageParseError) as exc:
            failed += 1
            line["error"] = f"{name}: {exc}" if isinstance(exc, PageParseError) else str(exc)
        else:
            line.update(page.as_record())
        print(json.dumps(line, ensure_ascii=False), flush=True)
    if failed:
        print(f"reform parse: {failed} of {len(args.files)} file(s) failed", file=sys.stderr)
    return 1 if failed else 0

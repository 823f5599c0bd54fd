"""`reform fetch URL`: one page through the polite client, parsed as `reform parse` prints it.

The same client as a crawl (robots.txt, retries, timeouts, size cap, redirect
checks, the operator's contact in the User-Agent: REFORM_CONTACT_EMAIL and
REFORM_PROJECT_URL) with the URL's own host as the whole allow-list; the exchange is kept
in the archive like any other. Exit 0 with one JSON line on success, 1 with a
one-line reason when the fetch is refused or fails or the page does not parse.
"""
from __future__ import annotations

import argparse
import json
import sys

from scrapers import settings
from scrapers.arguments import http_url, writable_dir
from scrapers.arguments import registry as load_sources
from scrapers.crawl.archive import Archive
from scrapers.crawl.http import ClientSettings, FetchError, PoliteClient, response_text
from scrapers.crawl.transport import LiveTransport
from scrapers.parse.article import PageParseError, parse_page
from scrapers.sources.registry import source_for_url
from scrapers.urls import canonicalize, host_of


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("fetch", help="fetch one page politely and print it parsed (JSON line)",
                                   description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("url", metavar="URL", type=http_url, help="the page to fetch (http or https)")
    parser.add_argument("--archive", type=writable_dir, metavar="DIR",
                        help="archive to write (default $REFORM_HOME/archive)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    url = canonicalize(args.url)
    source = source_for_url(url, load_sources())
    try:
        user_agent = settings.user_agent()
    except settings.MissingContact as exc:
        print(f"reform fetch: {exc}", file=sys.stderr)
        return 2
    host = host_of(url)
    client = PoliteClient(
        LiveTransport(tls=dict.fromkeys(source.hosts, source.tls) if source and source.tls else None),
        allowed_hosts=[host], rate_limits={host: source.rate_limit_seconds} if source else None,
        archive=Archive(args.archive or settings.archive_dir()), settings=ClientSettings(user_agent=user_agent),
    )
    try:
        response = client.fetch(url, source_id=source.id if source else None)
        page = parse_page(response_text(response), response.final_url, source)
    except (FetchError, PageParseError) as exc:
        print(f"reform fetch: {exc}", file=sys.stderr)
        return 1
    line = {**page.as_record(), "url": page.url or response.final_url, "status": response.status,
            "source": source.id if source else None}
    print(json.dumps(line, ensure_ascii=False), flush=True)
    return 0

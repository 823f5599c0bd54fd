"""Many hosts at once, each politely: `python -m benchmarks.bench_hosts`.

Serves H loopback hosts (127.0.0.2, 127.0.0.3, …, one HTTP server each), each
with a listing of P-1 articles, so a crawl fetches P pages per host (plus its
robots.txt). Every host asks for its own delay: the registry's 1 s, raised by
a robots.txt Crawl-delay of 1.5 s on every tenth host. The crawl
(`scrapers.crawl.crawler.crawl`, live transport, one archive) runs the hosts
`--workers` at a time. Printed, and recorded in benchmarks/README.md by hand:

- the wall time, beside the sequential time the delays alone impose
  (the sum over hosts of (requests - 1) × delay);
- the smallest spacing any host saw between two of its requests (server
  clock), and its margin over that host's delay (must never be negative);
- the largest number of requests any host had in flight at once (must be 1).

    python -m benchmarks.bench_hosts [--hosts 100] [--pages 20] [--delay 1.0] [--workers 100]
"""
from __future__ import annotations

import argparse
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from scrapers.crawl.archive import Archive
from scrapers.crawl.crawler import crawl
from scrapers.crawl.http import ClientSettings, PoliteClient
from scrapers.crawl.transport import LiveTransport
from scrapers.sources.registry import ListingConfig, SourceConfig

SLOW_EVERY = 10          # every tenth host asks for a longer Crawl-delay
SLOW_DELAY = 1.5


class HostLog:
    """Arrival times and concurrency of one host's requests, on the server's clock."""

    def __init__(self):
        self.lock = threading.Lock()
        self.arrivals: list[float] = []
        self.in_flight = 0
        self.most_in_flight = 0


def _handler(pages: int, crawl_delay: float | None, log: HostLog):
    article = ("<html><head><meta charset='utf-8'><title>Bài {n}</title>"
               "<meta property='article:published_time' content='2026-11-{day:02d}T08:00:00+07:00'></head>"
               "<body><h1>Bài {n}: cải cách hành chính</h1><div class='detail-content'>"
               + "<p>Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%, toàn tỉnh tiếp nhận 12.345 hồ sơ trực tuyến.</p>" * 3
               + "</div></body></html>")
    listing = ("<html><body><ul>" + "".join(f"<li><a href='/tin-tuc/bai-viet-so-{n}-a{1000 + n}.html'>{n}</a></li>"
                                            for n in range(1, pages)) + "</ul></body></html>").encode()
    robots = ("User-agent: *\nDisallow: /private/\n"
              + (f"Crawl-delay: {crawl_delay}\n" if crawl_delay else "")).encode()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            with log.lock:
                log.arrivals.append(time.monotonic())
                log.in_flight += 1
                log.most_in_flight = max(log.most_in_flight, log.in_flight)
            try:
                if self.path == "/robots.txt":
                    body, kind = robots, "text/plain"
                elif self.path == "/tin-tuc":
                    body, kind = listing, "text/html; charset=utf-8"
                else:
                    n = int(self.path.rsplit("-a", 1)[1].split(".")[0]) - 1000
                    body, kind = article.format(n=n, day=1 + n % 28).encode(), "text/html; charset=utf-8"
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            finally:
                with log.lock:
                    log.in_flight -= 1

    return Handler


def run(hosts: int, pages: int, delay: float, workers: int) -> dict:
    servers, sources, logs, delays = [], [], {}, {}
    for i in range(hosts):
        address = f"127.0.0.{2 + i}"
        crawl_delay = SLOW_DELAY if i % SLOW_EVERY == SLOW_EVERY - 1 else None
        logs[address] = HostLog()
        delays[address] = max(delay, crawl_delay or 0)
        httpd = ThreadingHTTPServer((address, 0), _handler(pages, crawl_delay, logs[address]))
        httpd.daemon_threads = True
        threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        servers.append(httpd)
        base = f"http://{address}:{httpd.server_address[1]}"
        sources.append(SourceConfig(
            id=f"host{i:03d}", name=address, family="generic", province=None, hosts=(address,),
            listing=ListingConfig(kind="html", urls=(f"{base}/tin-tuc",), max_pages=1,
                                  link_pattern=r"/tin-tuc/[^/]+-a\d+\.html$"),
            rate_limit_seconds=delay, discover=False, status="unverified"))
    try:
        with tempfile.TemporaryDirectory() as folder:
            archive = Archive(folder)
            client = PoliteClient.for_sources(LiveTransport(), sources, archive=archive,
                                              settings=ClientSettings(default_rate_limit=delay))
            started = time.monotonic()
            report = crawl(sources, client, archive, known_urls=set(), workers=workers)
            wall = time.monotonic() - started
    finally:
        for httpd in servers:
            httpd.shutdown()
            httpd.server_close()
    requests = {a: len(log.arrivals) for a, log in logs.items()}
    sequential = sum((requests[a] - 1) * delays[a] for a in logs)
    spacings = {a: min(later - earlier for earlier, later in zip(log.arrivals, log.arrivals[1:], strict=False))
                for a, log in logs.items()}
    closest = min(spacings, key=lambda a: spacings[a] - delays[a])
    return {
        "hosts": hosts, "pages_per_host": pages, "delay_s": delay, "workers": workers,
        "articles": len(report.new_urls), "errors": len(report.errors),
        "requests": sum(requests.values()),
        "wall_s": round(wall, 2),
        "sequential_by_delays_s": round(sequential, 1),
        "speed_up": round(sequential / wall, 1),
        "min_spacing_s": round(min(spacings.values()), 3),
        "min_margin_over_delay_s": round(spacings[closest] - delays[closest], 3),
        "closest_host": f"{closest} (delay {delays[closest]} s)",
        "most_in_flight_per_host": max(log.most_in_flight for log in logs.values()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hosts", type=int, default=100)
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--delay", type=float, default=1.0)
    parser.add_argument("--workers", type=int, default=100)
    args = parser.parse_args()
    figures = run(args.hosts, args.pages, args.delay, args.workers)
    for name, value in figures.items():
        print(f"{name:>26}: {value}")


if __name__ == "__main__":
    main()

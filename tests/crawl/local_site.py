"""A small provincial portal served on 127.0.0.1, with the faults of the real web.

Everything is generated here: an HTML listing paginated by `?page=N`, a JSON
list API answering POSTs (SharePoint style), an RSS feed, article pages with
Vietnamese text, and fault pages (a 500 that recovers, a 429 with
Retry-After, a read that hangs, a body cut short, mislabelled charsets, NFD
text, hostile redirects, a robots.txt section, an endless 50 MB body). Every
request is logged so tests can say exactly what the crawler fetched.
"""
from __future__ import annotations

import json
import threading
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

from scrapers.crawl.http import ClientSettings
from scrapers.crawl.transport import Limits
from scrapers.sources.registry import ArticleSelectors, ListingConfig, SourceConfig

PAGE_SIZE = 3
ROBOTS = "User-agent: *\nDisallow: /private/\nCrawl-delay: 0.01\n"
PARAGRAPHS = (
    "Năm {year}, tỉnh tiếp tục đẩy mạnh cải cách hành chính, tập trung vào cải cách thủ tục hành chính "
    "và chuyển đổi số trong giải quyết hồ sơ cho người dân, doanh nghiệp.",
    "Tỷ lệ hồ sơ giải quyết đúng hạn đạt {rate}%, chỉ số hài lòng của người dân đạt {satisfaction}%; "
    "toàn tỉnh đã tiếp nhận {files} hồ sơ trực tuyến toàn trình.",
    "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành khắc phục hạn chế, nâng cao chất lượng phục vụ.",
)
TITLE = "Bài {n}: Kết quả cải cách hành chính quý {quarter} năm {year}"


@dataclass(frozen=True)
class SiteArticle:
    n: int
    published: date

    @property
    def path(self) -> str:
        return f"/tin-tuc/cai-cach-hanh-chinh-bai-{self.n}-a{1000 + self.n}.html"

    @property
    def title(self) -> str:
        return TITLE.format(n=self.n, quarter=(self.published.month - 1) // 3 + 1, year=self.published.year)

    @property
    def paragraphs(self) -> list[str]:
        values = {"year": self.published.year, "rate": 90 + self.n % 10, "satisfaction": 80 + self.n % 7,
                  "files": 1000 + 37 * self.n}
        return [p.format(**values) for p in PARAGRAPHS]

    def html(self, *, nfd: bool = False) -> str:
        paragraphs = "".join(f"<p>{p}</p>" for p in self.paragraphs)
        page = (
            "<!DOCTYPE html><html><head><meta charset='utf-8'>"
            f"<title>{self.title}</title>"
            f"<meta property='article:published_time' content='{self.published.isoformat()}T08:00:00+07:00'>"
            "</head><body><header><a href='/'>Trang chủ</a></header>"
            f"<h1 class='detail-title'>{self.title}</h1>"
            f"<div class='publishDate'>{self.published:%d/%m/%Y} 08:00</div>"
            f"<div class='detail-content'>{paragraphs}</div>"
            "<div class='related'><a href='/tin-tuc/khac-a1.html'>Tin khác</a></div></body></html>"
        )
        return unicodedata.normalize("NFD", page) if nfd else page


@dataclass
class LocalSite:
    """The site's content; `add_articles` publishes newer ones (page 1 shifts)."""

    articles: list[SiteArticle] = field(default_factory=list)      # newest first
    log: list[tuple[str, str, dict]] = field(default_factory=list)  # (method, path+query, headers)
    hits: Counter = field(default_factory=Counter)
    host: str = "127.0.0.1"
    port: int = 0
    etag_version: int = 0

    @classmethod
    def with_articles(cls, count: int, newest: date = date(2025, 6, 30)) -> LocalSite:
        site = cls()
        site.articles = [SiteArticle(count - i, newest - timedelta(days=10 * i)) for i in range(count)]
        return site

    def add_articles(self, count: int) -> list[SiteArticle]:
        top = self.articles[0]
        new = [SiteArticle(top.n + count - i, top.published + timedelta(days=count - i)) for i in range(count)]
        self.articles[:0] = new
        self.etag_version += 1
        return new

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    # -- sources for the registry ---------------------------------------
    def source(self, kind: str = "html", source_id: str = "local", max_pages: int = 5) -> SourceConfig:
        selectors = ArticleSelectors(title=("h1.detail-title",), date=(".publishDate",),
                                     body=(".detail-content",), drop=(".related",))
        listing = {
            "html": ListingConfig(kind="html", urls=(self.url("/tin-tuc"),), page_url="{url}?page={page}",
                                  max_pages=max_pages, link_pattern=r"/tin-tuc/[^/]+-a\d+\.html$"),
            "rss": ListingConfig(kind="rss", urls=(self.url("/rss.xml"),), max_pages=max_pages),
            "json_api": ListingConfig(
                kind="json_api", urls=(self.url("/api/list"),), max_pages=max_pages,
                link_pattern=r"ItemID=\d+",
                api={"method": "POST", "form": {"do": "QUERYDATA"}, "start_field": "start",
                     "length_field": "length", "page_size": PAGE_SIZE, "items": "data",
                     "url_template": self.base + "/View_Detail.aspx?ItemID={ID}"},
            ),
        }[kind]
        return SourceConfig(id=source_id, name="Cổng thử nghiệm", family="test", province="26",
                            hosts=(self.host,), listing=listing, article=selectors, rate_limit_seconds=0.0)

    # -- pages ------------------------------------------------------------
    def by_n(self, n: int) -> SiteArticle | None:
        return next((a for a in self.articles if a.n == n), None)

    def listing_page(self, page: int) -> str:
        chunk = self.articles[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
        items = "".join(f"<li><a href='{a.path}?utm_source=home'>{a.title}</a> <span>{a.published:%d/%m/%Y}</span></li>"
                        for a in chunk)
        return (f"<html><head><meta charset='utf-8'><title>Tin tức</title></head><body>"
                f"<ul class='list-news'>{items}</ul><a href='/tin-tuc?page={page + 1}'>Trang sau</a></body></html>")

    def api_answer(self, form: dict[str, str]) -> bytes:
        start, length = int(form.get("start", 0)), int(form.get("length", PAGE_SIZE))
        data = [{"ID": a.n, "Title": a.title, "CreatedDate": f"{a.published.isoformat()}T08:00:00"}
                for a in self.articles[start:start + length]]
        return json.dumps({"data": data, "recordsTotal": len(self.articles)}, ensure_ascii=False).encode()

    def feed(self) -> bytes:
        items = "".join(f"<item><title>{a.title}</title><link>{self.url(a.path)}</link>"
                        f"<pubDate>{a.published:%a, %d %b %Y} 08:00:00 +0700</pubDate></item>"
                        for a in self.articles[:PAGE_SIZE * 2])
        return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Tin</title>"
                f"{items}</channel></rss>").encode()


def to_cp1258(text: str) -> bytes:
    """Vietnamese text in windows-1258, which spells most letters as base + combining tone mark."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", char)
        # Compose the base with the one mark cp1258 has a letter for (ê, ô, ơ, ă …), the rest stay combining.
        for i, mark in enumerate(marks):
            letter = unicodedata.normalize("NFC", base + mark)
            if len(letter) == 1 and _encodable(letter):
                out += (letter + "".join(marks[:i] + marks[i + 1:])).encode("cp1258")
                break
        else:
            out += (base + "".join(marks)).encode("cp1258")
    return bytes(out)


def _encodable(char: str) -> bool:
    try:
        char.encode("cp1258")
    except UnicodeEncodeError:
        return False
    return True


class _Handler(BaseHTTPRequestHandler):
    site: LocalSite
    protocol_version = "HTTP/1.0"

    def log_message(self, *args) -> None:   # keep test output clean
        pass

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def _dispatch(self) -> None:
        site = self.site
        parts = urlsplit(self.path)
        query = dict(parse_qsl(parts.query))
        body = b""
        if self.command == "POST":
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        site.log.append((self.command, self.path, dict(self.headers)))
        site.hits[parts.path] += 1
        path = parts.path
        if path == "/robots.txt":
            return self._send(200, ROBOTS.encode(), "text/plain")
        if path == "/tin-tuc":
            page = int(query.get("page", 1))
            etag = f'"list-{page}-v{site.etag_version}"'
            if self.headers.get("If-None-Match") == etag:
                return self._send(304, b"", None, {"ETag": etag})
            return self._send(200, site.listing_page(page).encode(), "text/html; charset=utf-8", {"ETag": etag})
        if path == "/api/list" and self.command == "POST":
            return self._send(200, site.api_answer(dict(parse_qsl(body.decode()))), "application/json")
        if path == "/rss.xml":
            return self._send(200, site.feed(), "application/rss+xml")
        if path.startswith("/tin-tuc/") or path == "/View_Detail.aspx":
            number = int(query["ItemID"]) if "ItemID" in query else int(path.rsplit("-a", 1)[1].split(".")[0]) - 1000
            article = site.by_n(number)
            if article is None:
                return self._send(404, b"<html>Not found</html>", "text/html")
            return self._send(200, article.html().encode(), "text/html; charset=utf-8")
        fault = getattr(self, "_fault_" + path.strip("/").replace("-", "_").replace("/", "_"), None)
        if fault is None:
            return self._send(404, b"<html>Not found</html>", "text/html")
        fault(site.hits[path])

    def _send(self, status: int, body: bytes, content_type: str | None, headers: dict | None = None) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    # -- faults (argument: how many times this path was requested) ---------
    def _fault_flaky(self, hit: int) -> None:
        if hit == 1:
            return self._send(500, b"<html>Internal error</html>", "text/html")
        self._send(200, self.site.articles[0].html().encode(), "text/html; charset=utf-8")

    def _fault_busy(self, hit: int) -> None:
        if hit == 1:
            return self._send(429, b"slow down", "text/plain", {"Retry-After": "7"})
        self._send(200, self.site.articles[0].html().encode(), "text/html; charset=utf-8")

    def _fault_always_500(self, hit: int) -> None:
        self._send(503, b"down", "text/plain")

    def _fault_hang(self, hit: int) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "100")
        self.end_headers()
        self.wfile.flush()
        time.sleep(1.5)            # far past the test's read timeout

    def _fault_trickle(self, hit: int) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(40):    # never silent for long, never done quickly
                self.wfile.write(b"<p>.</p>")
                self.wfile.flush()
                time.sleep(0.03)
        except OSError:
            pass

    def _fault_truncated(self, hit: int) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "5000")
        self.end_headers()
        self.wfile.write(b"<html><body>cut")   # then the connection closes

    def _fault_mislabelled_1258(self, hit: int) -> None:
        self._send(200, to_cp1258(self.site.articles[0].html()), "text/html; charset=utf-8")

    def _fault_mislabelled_1252(self, hit: int) -> None:
        page = "<html><body><h1>Café crème brûlée – “déjà vu”</h1></body></html>"
        self._send(200, page.encode("cp1252"), "text/html; charset=utf-8")

    def _fault_nfd(self, hit: int) -> None:
        self._send(200, self.site.articles[0].html(nfd=True).encode(), "text/html; charset=utf-8")

    def _fault_to_foreign(self, hit: int) -> None:
        self._send(302, b"", None, {"Location": "http://evil.example/phish"})

    def _fault_to_file(self, hit: int) -> None:
        self._send(302, b"", None, {"Location": "file:///etc/passwd"})

    def _fault_to_ftp(self, hit: int) -> None:
        self._send(301, b"", None, {"Location": f"ftp://{self.site.host}:{self.site.port}/x"})

    def _fault_to_localhost(self, hit: int) -> None:
        self._send(302, b"", None, {"Location": f"http://localhost:{self.site.port}/private/admin"})

    def _fault_moved(self, hit: int) -> None:
        self._send(301, b"", None, {"Location": self.site.articles[0].path})

    def _fault_private_admin(self, hit: int) -> None:
        self._send(200, b"<html>secret</html>", "text/html")

    def _fault_huge(self, hit: int) -> None:
        """50 MB streamed from a generator, never held in memory."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        block = b"<p>" + b"x" * 65530 + b"</p>"
        try:
            for _ in range(50 * 1024 * 1024 // len(block)):
                self.wfile.write(block)
        except OSError:
            pass                   # the client hung up, as it should

    def _fault_huge_declared(self, hit: int) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(50 * 1024 * 1024))
        self.end_headers()


class SiteServer:
    """Serve a LocalSite on an ephemeral 127.0.0.1 port for the life of a `with` block."""

    def __init__(self, site: LocalSite):
        self.site = site
        handler = type("Handler", (_Handler,), {"site": site})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        site.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    def __enter__(self) -> LocalSite:
        self.thread.start()
        return self.site

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


# Tiny waits so fault tests run in milliseconds; the policies are the same.
FAST = ClientSettings(
    limits=Limits(connect_timeout=1.0, read_timeout=0.3, deadline=0.6, max_bytes=1024 * 1024),
    max_attempts=3, backoff_base=0.001, backoff_cap=0.01, retry_after_cap=0.02, default_rate_limit=0.0,
)


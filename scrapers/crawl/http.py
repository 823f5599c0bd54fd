"""The one polite HTTP client every fetch goes through.

Politeness and safety live here, above the transport, so a replayed crawl
walks the same path as a live one:

- a User-Agent naming the project and where to reach its operator (project
  URL and email from the settings, `scrapers.settings.user_agent`);
- robots.txt, fetched once per origin per run through the same transport
  (4xx: everything allowed; 5xx or no answer: nothing allowed, reason kept in
  `robots_failures`), and its Crawl-delay raising the per-host rate limit;
- retries with capped exponential backoff on broken connections, 429 and 5xx,
  waiting what Retry-After asks (seconds or an HTTP date), also capped;
- redirects followed by hand, each hop checked: http(s) only, https never
  downgraded, the host on the allow-list, and no hop to a loopback, private or
  link-local address unless that address is itself allow-listed (tests);
- conditional requests for listings and feeds (ETag / Last-Modified of the
  archive's last page; a 304 gives back the archived page);
- a per-URL deadline: retries, backoff and slow reads of one URL together
  cost at most `url_deadline` seconds, however the server hangs;
- a per-host breaker: after `breaker_threshold` URLs of one host failed in a
  row the host is skipped for the rest of the run (`tripped_hosts` says why);
- POST forms sent with their Content-Type;
- every exchange kept in the archive, failures included, so nothing is lost.

Failures are typed: `FetchRefused` when policy said no, `FetchFailed` when the
server or network did not deliver; both carry a one-line reason naming the URL.
"""
from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from protego import Protego

from scrapers.crawl.archive import Archive, encode_form, request_key
from scrapers.crawl.transport import (
    BodyTooLarge,
    Limits,
    Request,
    Transport,
    TransportError,
    TransportResponse,
)
from scrapers.models import FetchedResponse
from scrapers.parse.encoding import decode_html
from scrapers.sources.registry import SourceConfig
from scrapers.urls import canonicalize, host_of

# Without a configured contact (tests, replay); live crawls use `scrapers.settings.user_agent()`.
USER_AGENT = "reform-warehouse/0.1"
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded; charset=UTF-8"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


class FetchError(Exception):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class FetchRefused(FetchError):
    """Policy forbade the fetch: robots.txt, allow-list, redirect rules, size cap."""


class FetchFailed(FetchError):
    """The fetch was tried and did not deliver a page: network, HTTP error status."""


class NotArchived(FetchFailed):
    """Replay only: the archive holds no copy of the page (where a replayed listing ends)."""


@dataclass(frozen=True)
class ClientSettings:
    user_agent: str = USER_AGENT
    limits: Limits = Limits()
    max_attempts: int = 4                      # first try included
    backoff_base: float = 1.0                  # seconds; doubles per retry
    backoff_cap: float = 60.0
    retry_after_cap: float = 300.0             # a server asking for longer still gets only this
    max_redirects: int = 5
    default_rate_limit: float = 1.0            # seconds between requests to one host
    url_deadline: float = 60.0                 # one URL, all attempts and waits included
    breaker_threshold: int = 5                 # consecutive failed URLs before a host is skipped


def response_text(response: FetchedResponse) -> str:
    """The body as NFC text, charset settled by `decode_html`."""
    return decode_html(response.body, header(response.headers, "content-type"))


def header(headers: dict[str, str], name: str) -> str | None:
    name = name.lower()
    return next((value for key, value in headers.items() if key.lower() == name), None)


def _resolve(host: str) -> list[str]:
    try:
        return [info[4][0] for info in socket.getaddrinfo(host, None)]
    except OSError:
        return []          # unresolvable: the transport reports the failure


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class PoliteClient:
    def __init__(
        self,
        transport: Transport,
        *,
        allowed_hosts: Iterable[str],
        rate_limits: dict[str, float] | None = None,
        settings: ClientSettings = ClientSettings(),
        archive: Archive | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        resolve: Callable[[str], list[str]] = _resolve,
    ):
        self.transport = transport
        self.allowed_hosts = {h.lower().removeprefix("www.") for h in allowed_hosts}
        self.rate_limits = {h.lower().removeprefix("www."): s for h, s in (rate_limits or {}).items()}
        self.settings = settings
        self.archive = archive
        self.sleep = sleep
        self.clock = clock
        self.resolve = resolve
        self.robots_failures: dict[str, str] = {}      # origin -> why it is treated as disallowed
        self._robots: dict[str, Protego | None] = {}   # origin -> rules; None = disallow all
        self._next_request_at: dict[str, float] = {}
        self._address_ok: dict[str, str | None] = {}   # host -> refusal reason, None when fine
        self._failures_in_row: dict[str, int] = {}     # host -> consecutive failed URLs
        self.tripped_hosts: dict[str, str] = {}         # host -> why it is skipped for the rest of the run
        # Hosts are crawled from several threads: shared state changes under this lock,
        # each origin's robots.txt is fetched once under its own.
        self._lock = threading.RLock()
        self._archive_lock = threading.Lock()    # appends (fsynced) never hold up booking a host's slot
        self._origin_locks: dict[str, threading.Lock] = {}

    @classmethod
    def for_sources(cls, transport: Transport, sources: Iterable[SourceConfig], **kwargs) -> PoliteClient:
        """A client whose allow-list and rate limits are the sources' hosts and settings."""
        sources = list(sources)
        rate_limits = {host: s.rate_limit_seconds for s in sources for host in s.hosts}
        return cls(transport, allowed_hosts=rate_limits, rate_limits=rate_limits, **kwargs)

    # -- public ----------------------------------------------------------
    def fetch(self, url: str, *, method: str = "GET", data: dict | str | None = None,
              source_id: str | None = None, conditional: bool = False,
              headers: dict[str, str] | None = None) -> FetchedResponse:
        """One page, after every check; raises FetchRefused or FetchFailed.
        A POST form goes as application/x-www-form-urlencoded (UTF-8);
        `headers` add to the request's (an API's Referer, X-Requested-With)."""
        url = canonicalize(url)
        form = encode_form(data)
        self._check_target(url)
        self._check_breaker(url)
        self._check_robots(url)
        headers = {**(headers or {}), "User-Agent": self.settings.user_agent}
        if form is not None and method.upper() == "POST":
            headers["Content-Type"] = FORM_CONTENT_TYPE
        previous = self._previous_page(url, method, form) if conditional else None
        if previous is not None:
            headers.update(_validators(previous))
        try:
            response, final_url = self._follow(url, method, form, headers, source_id, check_robots=True,
                                               give_up_at=self.clock() + self.settings.url_deadline)
            if response.archived and (response.status >= 500 or response.status == 429):
                raise FetchFailed(f"{url}: HTTP {response.status}" + (f" at {final_url}" if final_url != url else ""))
        except FetchFailed as exc:
            self._count_failure(url, exc.reason)
            raise
        self._failures_in_row.pop(_host_key(url), None)
        if not response.archived:
            raise NotArchived(f"{final_url}: not in the archive")
        if response.status == 304 and previous is not None:
            return self.archive.response(previous)
        if not 200 <= response.status < 300:
            raise FetchFailed(f"{url}: HTTP {response.status}" + (f" at {final_url}" if final_url != url else ""))
        return self._as_fetched(url, final_url, method, form, response, source_id)

    def sitemaps(self, url: str) -> list[str]:
        """The Sitemap URLs robots.txt of the URL's origin names (robots is fetched if needed)."""
        self._check_target(url)
        self._check_robots(url)
        rules = self._robots.get(_origin(url))
        return [canonicalize(s, base=url) for s in (rules.sitemaps if rules is not None else ())]

    def host_skipped(self, url: str) -> str | None:
        """Why the URL's host is skipped for the rest of the run, or None."""
        return self.tripped_hosts.get(_host_key(url))

    def crawl_delay(self, url: str) -> float:
        """Seconds between requests to the URL's host: registry rate limit raised by Crawl-delay."""
        host = _host_key(url)
        delay = self.rate_limits.get(host, self.settings.default_rate_limit)
        rules = self._robots.get(_origin(url))
        robots_delay = rules.crawl_delay(self.settings.user_agent) if rules is not None else None
        return max(delay, float(robots_delay or 0))

    # -- policy ----------------------------------------------------------
    def _host_allowed(self, host: str) -> bool:
        host = host.removeprefix("www.")
        return any(host == h or host.endswith("." + h) for h in self.allowed_hosts)

    def _check_target(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise FetchRefused(f"{url}: scheme {parts.scheme or '(none)'!r} is not fetched")
        host = (parts.hostname or "").lower()
        if not self._host_allowed(host):
            raise FetchRefused(f"{url}: host {host!r} is not on the allow-list")
        if self.transport.live and (reason := self._address_refusal(host)):
            raise FetchRefused(f"{url}: {reason}")

    def _address_refusal(self, host: str) -> str | None:
        """Why a host may not be contacted (it points inside the network), or None.

        An address literal on the allow-list was put there on purpose (tests
        serve from 127.0.0.1); a name must resolve to public addresses only,
        so a public source cannot steer the crawler at internal services."""
        if host in self.allowed_hosts and _is_address(host):
            return None
        if host not in self._address_ok:
            internal = [a for a in self.resolve(host) if not ipaddress.ip_address(a.split("%")[0]).is_global]
            self._address_ok[host] = f"host {host!r} resolves to internal address {internal[0]}" if internal else None
        return self._address_ok[host]

    def _check_redirect(self, current: str, target: str) -> None:
        here, there = urlsplit(current), urlsplit(target)
        if there.scheme not in ("http", "https"):
            raise FetchRefused(f"{current}: redirect to {target} (scheme {there.scheme!r}) refused")
        if there.scheme != here.scheme and not (
            here.scheme == "http" and there.scheme == "https" and here.hostname == there.hostname
        ):
            raise FetchRefused(f"{current}: redirect to {target} changes scheme {here.scheme}->{there.scheme}; refused")
        try:
            self._check_target(target)
        except FetchRefused as exc:
            raise FetchRefused(f"{current}: redirect refused: {exc.reason}") from None

    def _check_breaker(self, url: str) -> None:
        if reason := self.host_skipped(url):
            raise FetchRefused(f"{url}: host skipped for the rest of the run ({reason})")

    def _count_failure(self, url: str, reason: str) -> None:
        """A URL of the host failed; past the threshold in a row the host is skipped."""
        host = _host_key(url)
        with self._lock:
            count = self._failures_in_row[host] = self._failures_in_row.get(host, 0) + 1
            if count >= self.settings.breaker_threshold and host not in self.tripped_hosts:
                self.tripped_hosts[host] = f"{count} URLs failed in a row, the last: {reason}"

    def _check_robots(self, url: str) -> None:
        origin = _origin(url)
        if origin not in self._robots:
            with self._lock:
                origin_lock = self._origin_locks.setdefault(origin, threading.Lock())
            with origin_lock:
                if origin not in self._robots:
                    self._robots[origin] = self._load_robots(origin)
                    self._done(url)     # its Crawl-delay counts from the robots.txt exchange already
        rules = self._robots[origin]
        if rules is None:
            raise FetchRefused(f"{url}: robots.txt of {origin} unavailable ({self.robots_failures[origin]}); "
                               "not crawling")
        if not rules.can_fetch(url, self.settings.user_agent):
            raise FetchRefused(f"{url}: disallowed by {origin}/robots.txt")

    def _load_robots(self, origin: str) -> Protego | None:
        url = f"{origin}/robots.txt"
        headers = {"User-Agent": self.settings.user_agent}
        try:
            response, _ = self._follow(url, "GET", None, headers, None, check_robots=False,
                                       give_up_at=self.clock() + self.settings.url_deadline)
        except FetchError as exc:
            self.robots_failures[origin] = exc.reason
            return None
        if response.status >= 500:
            self.robots_failures[origin] = f"{url}: HTTP {response.status}"
            return None
        if response.status >= 400:
            return Protego.parse("")          # no robots.txt: everything allowed
        return Protego.parse(decode_html(response.body, response.headers.get("content-type")))

    def _previous_page(self, url: str, method: str, form: str | None) -> dict | None:
        if self.archive is None:
            return None
        record = self.archive.latest_response(request_key(url, method, form))
        return record if record is not None and record["status"] == 200 and _validators(record) else None

    # -- exchange --------------------------------------------------------
    def _follow(self, url: str, method: str, form: str | None, headers: dict[str, str],
                source_id: str | None, *, check_robots: bool, give_up_at: float) -> tuple[TransportResponse, str]:
        """Send, retrying and following redirects; every exchange is archived under `url`."""
        current = url
        for _ in range(self.settings.max_redirects + 1):
            response = self._send_with_retries(url, Request(current, method, form, headers), source_id, give_up_at)
            location = response.headers.get("location")
            if response.status not in REDIRECT_STATUSES or not location:
                return response, current
            target = canonicalize(location, base=current)
            self._check_redirect(current, target)
            if check_robots:
                self._check_robots(target)
            if response.status == 303 or (response.status in (301, 302) and method == "POST"):
                method, form = "GET", None
                headers = {k: v for k, v in headers.items() if k != "Content-Type"}
            current = target
        raise FetchRefused(f"{url}: more than {self.settings.max_redirects} redirects")

    def _send_with_retries(self, key_url: str, request: Request, source_id: str | None,
                           give_up_at: float) -> TransportResponse:
        settings = self.settings
        for attempt in range(1, settings.max_attempts + 1):
            give_up_at += self._wait_turn(request.url)     # waiting our turn is politeness, not the server's cost
            left = give_up_at - self.clock()
            if self.transport.live and left <= 0:
                raise FetchFailed(f"{request.url}: gave up after the {settings.url_deadline:g} s per-URL deadline "
                                  f"({attempt - 1} attempts)")
            try:
                try:
                    response = self.transport.send(request, _within(settings.limits, left) if self.transport.live
                                                   else settings.limits)
                finally:
                    self._done(request.url)
            except BodyTooLarge as exc:
                self._keep_failure(key_url, request, source_id, exc.status, exc.headers, str(exc))
                raise FetchRefused(str(exc)) from None
            except TransportError as exc:
                self._keep_failure(key_url, request, source_id, 0, {}, str(exc))
                wait = self._backoff(attempt)
                if attempt == settings.max_attempts or self._past_deadline(wait, give_up_at):
                    raise FetchFailed(f"{exc} (after {attempt} attempts)") from None
                self.sleep(wait)
                continue
            if not response.archived:
                return response   # replay has no copy: a 404 that is not archived again
            if self.archive is not None:
                with self._archive_lock:
                    self.archive.append(self._as_fetched(key_url, response.final_url, request.method,
                                                         request.data, response, source_id))
            retryable = response.status == 429 or response.status >= 500
            wait = self._retry_wait(attempt, response.headers.get("retry-after")) if retryable else 0.0
            if not retryable or attempt == settings.max_attempts or self._past_deadline(wait, give_up_at):
                return response
            self.sleep(wait)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _past_deadline(self, wait: float, give_up_at: float) -> bool:
        """Whether waiting `wait` seconds would leave no time for another attempt."""
        return self.transport.live and self.clock() + wait >= give_up_at

    def _backoff(self, attempt: int) -> float:
        return min(self.settings.backoff_base * 2 ** (attempt - 1), self.settings.backoff_cap)

    def _retry_wait(self, attempt: int, retry_after: str | None) -> float:
        asked = _retry_after_seconds(retry_after)
        if asked is None:
            return self._backoff(attempt)
        return min(max(asked, 0.0), self.settings.retry_after_cap)

    def _wait_turn(self, url: str) -> float:
        """Keep the per-host interval (replay has no server to spare); returns the seconds waited."""
        if not self.transport.live:
            return 0.0
        host = _host_key(url)
        delay = self.crawl_delay(url)
        with self._lock:     # book the slot, then wait for it outside the lock
            now = self.clock()
            due = max(now, self._next_request_at.get(host, now))
            self._next_request_at[host] = due + delay
        if due > now:
            self.sleep(due - now)
        return max(due - now, 0.0)

    def _done(self, url: str) -> None:
        """The next request to the host waits the delay from the end of this
        exchange too, so the server never sees two requests closer than the
        delay, however long this one took to arrive."""
        if not self.transport.live:
            return
        host = _host_key(url)
        delay = self.crawl_delay(url)
        with self._lock:
            self._next_request_at[host] = max(self._next_request_at.get(host, 0.0), self.clock() + delay)

    def _keep_failure(self, key_url: str, request: Request, source_id: str | None,
                      status: int, headers: dict[str, str], reason: str) -> None:
        if self.archive is None:
            return
        with self._archive_lock:
            self.archive.append(FetchedResponse(
                url=key_url, final_url=request.url, status=status, headers=headers, body=b"",
                fetched_at=_now(), source_id=source_id, method=request.method, request_data=request.data,
                error=reason,
            ))

    @staticmethod
    def _as_fetched(url: str, final_url: str, method: str, form: str | None,
                    response: TransportResponse, source_id: str | None) -> FetchedResponse:
        return FetchedResponse(
            url=url, final_url=final_url, status=response.status, headers=response.headers,
            body=response.body, fetched_at=response.fetched_at or _now(), source_id=source_id,
            reconstructed=response.reconstructed, method=method, request_data=form,
        )


def _host_key(url: str) -> str:
    """One host for politeness and the breaker: `www.` and the bare name alike."""
    return host_of(url).removeprefix("www.")


def _within(limits: Limits, seconds_left: float) -> Limits:
    """The exchange's limits shortened to what is left of the URL's deadline."""
    left = max(seconds_left, 0.001)
    return replace(limits, connect_timeout=min(limits.connect_timeout, left),
                   read_timeout=min(limits.read_timeout, left), deadline=min(limits.deadline, left))


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return host == "localhost"
    return True


def _validators(record: dict) -> dict[str, str]:
    headers = record.get("headers") or {}
    found = {}
    if etag := header(headers, "etag"):
        found["If-None-Match"] = etag
    if modified := header(headers, "last-modified"):
        found["If-Modified-Since"] = modified
    return found


def _retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (when - datetime.now(UTC)).total_seconds()

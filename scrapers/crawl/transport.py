"""How a request reaches a server, or the archive standing in for one.

The polite client (`scrapers.crawl.http`) and the crawler speak to one interface,
`Transport.send(request, limits)`, so replaying the archive exercises the same
code path as a live crawl: robots, redirect policy, retries and archiving all
sit above this line. `LiveTransport` talks HTTP with requests and enforces the
byte limits while streaming (a 50 MB body is abandoned after `max_bytes`, a
trickling body after `deadline`) and each host's TLS options from the registry
(a legacy cipher level, certificate checks off where a portal's chain is
broken); `ReplayTransport` answers from an `Archive`.
Transports never follow redirects: the client checks every hop itself.
"""
from __future__ import annotations

import contextlib
import socket
import ssl
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

import requests
import urllib3
from requests.adapters import HTTPAdapter

from scrapers.crawl.archive import Archive, request_key
from scrapers.sources.registry import TlsOptions


@dataclass(frozen=True)
class Request:
    url: str                                   # canonical URL of this hop
    method: str = "GET"
    data: str | None = None                    # urlencoded form of a POST, sorted keys
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return request_key(self.url, self.method, self.data)


@dataclass(frozen=True)
class Limits:
    """Bounds on one exchange, so no server can hang or flood a crawl."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0                 # longest silence between two reads
    deadline: float = 60.0                     # whole response, however steadily it trickles
    max_bytes: int = 10 * 1024 * 1024          # decoded body


@dataclass(frozen=True)
class TransportResponse:
    status: int
    headers: dict[str, str]                    # names lower-cased
    body: bytes
    final_url: str                             # what answered (an archived copy may hold a followed redirect)
    fetched_at: str | None = None              # replay: when the archived copy was fetched
    reconstructed: bool = False
    archived: bool = True                      # replay: False when the archive holds no copy


class TransportError(Exception):
    """The exchange broke (connection, timeout, truncated body): worth retrying."""


class BodyTooLarge(Exception):
    """The body passed `Limits.max_bytes`; reading stopped there."""

    def __init__(self, url: str, status: int, headers: dict[str, str], limit: int):
        super().__init__(f"{url}: body larger than {limit} bytes, abandoned")
        self.status = status
        self.headers = headers
        self.limit = limit


class Transport(Protocol):
    live: bool                                 # True: rate limits and address checks apply

    def send(self, request: Request, limits: Limits) -> TransportResponse: ...


class _TlsAdapter(HTTPAdapter):
    """An adapter whose connections use one host's SSL context."""

    def __init__(self, context: ssl.SSLContext):
        self.context = context
        super().__init__()

    def init_poolmanager(self, *args, **kwargs):
        kwargs["ssl_context"] = self.context
        return super().init_poolmanager(*args, **kwargs)


def ssl_context(options: TlsOptions) -> ssl.SSLContext:
    """The SSL context a host's registry TLS options ask for."""
    context = ssl.create_default_context()
    if options.ciphers:
        context.set_ciphers(options.ciphers)
    if not options.verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


class LiveTransport:
    live = True

    def __init__(self, session: requests.Session | None = None, *, chunk_size: int = 65536,
                 tls: Mapping[str, TlsOptions] | None = None):
        """`tls`: per-host options (`www.` and the bare host alike); other hosts get the defaults."""
        self.session = session or requests.Session()
        self.chunk_size = chunk_size
        self.unverified_hosts: set[str] = set()
        for host, options in (tls or {}).items():
            adapter = _TlsAdapter(ssl_context(options))
            for name in (host, "www." + host):
                self.session.mount(f"https://{name}/", adapter)
                self.session.mount(f"https://{name}:", adapter)
                if not options.verify:
                    self.unverified_hosts.add(name)

    def send(self, request: Request, limits: Limits) -> TransportResponse:
        started = time.monotonic()
        host = (urllib3.util.parse_url(request.url).host or "").lower()
        try:
            response = self.session.request(
                request.method, request.url, data=request.data, headers=request.headers,
                stream=True, allow_redirects=False, timeout=(limits.connect_timeout, limits.read_timeout),
                verify=host not in self.unverified_hosts,
            )
        except requests.RequestException as exc:
            raise TransportError(f"{request.url}: {_one_line(exc)}") from None
        # A body that keeps trickling just inside the read timeout would pass the
        # deadline by up to one read; cutting the socket at the deadline stops the read itself.
        watchdog = threading.Timer(max(limits.deadline - (time.monotonic() - started), 0.0), _cut, (response,))
        watchdog.daemon = True
        watchdog.start()
        try:
            headers = {name.lower(): value for name, value in response.headers.items()}
            body = self._read(request.url, response, headers, limits, started)
        finally:
            watchdog.cancel()
            response.close()
        return TransportResponse(status=response.status_code, headers=headers, body=body, final_url=request.url)

    def _read(self, url: str, response: requests.Response, headers: dict[str, str],
              limits: Limits, started: float) -> bytes:
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limits.max_bytes:
            raise BodyTooLarge(url, response.status_code, headers, limits.max_bytes)
        chunks: list[bytes] = []
        size = 0
        try:
            # read1 returns what has arrived instead of waiting for a full chunk,
            # so the deadline is checked while a body trickles in.
            while chunk := response.raw.read1(self.chunk_size, decode_content=True):
                size += len(chunk)
                if size > limits.max_bytes:
                    raise BodyTooLarge(url, response.status_code, headers, limits.max_bytes)
                if time.monotonic() - started > limits.deadline:
                    raise TransportError(f"{url}: response not complete after {limits.deadline:.3g} s deadline")
                chunks.append(chunk)
        except (urllib3.exceptions.HTTPError, requests.RequestException, OSError, ValueError) as exc:
            if time.monotonic() - started >= limits.deadline:
                raise TransportError(f"{url}: response not complete after {limits.deadline:.3g} s deadline") from None
            raise TransportError(f"{url}: body broken off after {size} bytes ({_one_line(exc)})") from None
        return b"".join(chunks)


class ReplayTransport:
    """Serves the archive's last real page for each request key."""

    live = False

    def __init__(self, archive: Archive):
        self.archive = archive

    def send(self, request: Request, limits: Limits) -> TransportResponse:
        record = self.archive.latest_response(request.key)
        if record is None:
            return TransportResponse(status=404, headers={}, body=b"", final_url=request.url, archived=False)
        response = self.archive.response(record)
        return TransportResponse(
            status=response.status,
            headers={name.lower(): value for name, value in response.headers.items()},
            body=response.body,
            final_url=response.final_url,
            fetched_at=response.fetched_at,
            reconstructed=response.reconstructed,
        )


def _cut(response: requests.Response) -> None:
    """Shut the response's socket, so a read blocked in another thread returns now."""
    connection = getattr(response.raw, "connection", None) or getattr(response.raw, "_connection", None)
    sock = getattr(connection, "sock", None)
    if sock is not None:
        with contextlib.suppress(OSError):      # already closed: the read has ended anyway
            sock.shutdown(socket.SHUT_RDWR)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."

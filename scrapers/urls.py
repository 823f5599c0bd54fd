"""Canonical URLs, so one page has one key in the archive and the warehouse."""
from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that track the visitor and never change the page.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "msclkid", "zarsrc", "zalo_source", "_hsenc", "_hsmi",
    "mc_cid", "mc_eid", "igshid", "ref", "ref_src", "cmpid",
})
DEFAULT_PORTS = {"http": 80, "https": 443}
# A POST is archived under its URL, this marker and its form, so each request has one key.
POST_MARKER = "#POST?"


def canonicalize(url: str, base: str | None = None) -> str:
    """Absolute URL with lower-case scheme and host, no fragment, no default
    port and no tracking parameters; the order of the remaining query
    parameters is kept because some portals depend on it."""
    if base is not None:
        url = urljoin(base, url.strip())
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port is None or DEFAULT_PORTS.get(scheme) == port else f"{host}:{port}"
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMS and not k.lower().startswith("utm_")
    ]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query, doseq=True), ""))


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()

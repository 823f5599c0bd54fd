"""Bytes of an HTML response → NFC text.

Vietnamese sites mislabel their encoding often enough that the declared
charset cannot be trusted blindly: a page declared UTF-8 but written in
windows-1258 or cp1252 must not come out as mojibake. The order is
BOM → Content-Type header → <meta charset>/http-equiv → detection, and a
declared charset only wins if the body decodes under it without errors.

A page cannot name just any Python codec: labels whose decoding changes plain
ASCII (UTF-7, which smuggles markup past filters, `unicode_escape`, EBCDIC…)
are ignored, and a <meta> naming UTF-16/32 means UTF-8, as browsers read it
(WHATWG): the <meta> itself was readable as ASCII, so the page is not UTF-16.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
# <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
# Only the head is searched for <meta>; browsers look at the first 1024 bytes,
# HTTrack and CMS banners push it further, so allow more.
_META_WINDOW = 4096
# What Vietnamese sites actually send when the label lies: detection is
# restricted to these, since an open guess picks e.g. mac_roman for short pages.
_CANDIDATES = ("utf_8", "cp1258", "cp1252")
# Markup and entity characters every HTML-capable charset decodes as ASCII does.
_ASCII_PROBE = rb"<meta charset='x'> +-\\ &#;"


def _codec(name: str | None, *, in_meta: bool = False) -> str | None:
    """A Python codec name for a declared charset, or None if unknown or not
    one a web page may use (see module docstring)."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None
    # Browsers treat ISO-8859-1 / ASCII labels as windows-1252 (WHATWG).
    if codec in {"latin-1", "iso8859-1", "ascii"}:
        return "cp1252"
    if codec.startswith(("utf-16", "utf-32")):
        return "utf-8" if in_meta else codec
    return codec if _keeps_ascii(codec) else None


def _keeps_ascii(codec: str) -> bool:
    try:
        return _ASCII_PROBE.decode(codec) == _ASCII_PROBE.decode("ascii")
    except (UnicodeDecodeError, LookupError):
        return False


def declared_charset(body: bytes, content_type: str | None = None) -> str | None:
    """The charset the response claims: header first, then <meta>."""
    if content_type:
        match = _HEADER_CHARSET.search(content_type)
        if match and (codec := _codec(match.group(1))):
            return codec
    match = _META_CHARSET.search(body[:_META_WINDOW])
    if match:
        return _codec(match.group(1).decode("ascii", "ignore"), in_meta=True)
    return None


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """Decode an HTML body to NFC text (see module docstring for the order)."""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return unicodedata.normalize("NFC", body[len(bom):].decode(codec, errors="replace"))
    declared = declared_charset(body, content_type)
    text = _strict(body, declared)
    if text is None:
        text = _detected(body, exclude=declared)
    return unicodedata.normalize("NFC", text)


def _strict(body: bytes, codec: str | None) -> str | None:
    if codec is None:
        return None
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


# Share of a page's non-ASCII bytes that may be invalid UTF-8 for the page to
# still count as UTF-8 with stray bytes. A legacy code page fails on almost
# every accented letter, so its share is near 1; a UTF-8 page with a few
# corrupted bytes is near 0, and decoding it as cp1258 would garble every word.
_STRAY_BYTES_SHARE = 0.02
_ASCII_BYTES = bytes(range(128))


def _utf8_with_stray_bytes(body: bytes) -> str | None:
    non_ascii = len(body) - len(body.translate(None, _ASCII_BYTES))
    if not non_ascii:
        return None
    text = body.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - body.count("\ufffd".encode())
    return text if invalid <= _STRAY_BYTES_SHARE * non_ascii else None


def _detected(body: bytes, exclude: str | None) -> str:
    """The declared charset failed (or there was none): UTF-8 if it is clean
    or nearly so (a few stray bytes), else charset-normalizer's best guess among the Vietnamese code pages,
    else the first code page that decodes, else UTF-8 with replacements."""
    if exclude != "utf-8" and (text := _strict(body, "utf-8")) is not None:
        return text
    if (text := _utf8_with_stray_bytes(body)) is not None:
        return text
    best = from_bytes(body[:200_000], cp_isolation=list(_CANDIDATES)).best()
    if best is not None and best.encoding and (text := _strict(body, best.encoding)) is not None:
        return text
    for codec in ("cp1258", "cp1252"):
        if (text := _strict(body, codec)) is not None:
            return text
    return body.decode("utf-8", errors="replace")

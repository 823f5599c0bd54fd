"""How figures and links read on the pages (Jinja filters).

Numbers follow Vietnamese usage (1.995 for a count, 98,17 for a rate) because
that is how the evidence sentences beside them write them.
"""
from __future__ import annotations

from urllib.parse import quote

QUALIFIER_VI = {"over": "trên", "at_least": "tối thiểu", "at_most": "tối đa", "under": "dưới",
                "about": "khoảng", "exact": ""}
UNIT_SUFFIX = {"percent": "%", "days": " ngày", "count": "", "score": "", "rank": ""}


def vi_number(value: float | int | None, decimals: int = 2) -> str:
    """1995 → '1.995', 98.17 → '98,17', None → '–'."""
    if value is None:
        return "–"
    text = f"{value:,.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{value:,.0f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def figure(value: float | None, unit: str | None, qualifier: str | None = None) -> str:
    """A fact's value as a reader says it: 'trên 85%', '1.995', '4.998 ngày'."""
    prefix = QUALIFIER_VI.get(qualifier or "exact", qualifier or "")
    text = vi_number(value) + UNIT_SUFFIX.get(unit or "", f" {unit}" if unit else "")
    return f"{prefix} {text}".strip()


def evidence_link(source_url: str | None, evidence: str | None) -> str | None:
    """The source article's URL with a text fragment that scrolls a browser
    to the evidence sentence and highlights it (plain URL where a browser
    ignores fragments)."""
    if not source_url:
        return None
    if not evidence:
        return source_url
    return f"{source_url.split('#', 1)[0]}#:~:text={quote(evidence, safe='')}"

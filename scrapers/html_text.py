"""An HTML subtree → plain-text paragraphs.

Sites separate paragraphs with <p>, with <div>s, or with runs of <br>; the
warehouse wants paragraphs separated by blank lines, each one line of
NFC text with collapsed whitespace. Nothing here knows about any site.
"""
from __future__ import annotations

import re
import unicodedata

from selectolax.lexbor import LexborNode

# Elements whose boundaries end a paragraph.
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre",
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "td", "th",
    "figure", "figcaption", "br", "hr", "center", "address",
})
# Elements that never carry article text.
SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "video", "audio",
    "button", "select", "option", "input", "textarea", "form", "head", "-comment",
})
_SPACE = re.compile(r"\s+")


def clean_line(text: str) -> str:
    """One paragraph: NFC, non-breaking and zero-width spaces gone, spaces collapsed."""
    text = text.replace("\u200b", "").replace("\ufeff", "")
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def paragraphs(node: LexborNode) -> list[str]:
    """The non-empty paragraphs under `node`, in document order."""
    chunks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            line = clean_line("".join(current))
            if line:
                chunks.append(line)
            current.clear()

    def walk(parent: LexborNode) -> None:
        for child in parent.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                current.append(child.text_content or "")
            elif tag in SKIP_TAGS:
                continue
            elif tag in BLOCK_TAGS:
                flush()
                walk(child)
                flush()
            else:
                walk(child)

    walk(node)
    flush()
    return chunks

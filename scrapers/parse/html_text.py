"""An HTML subtree → plain-text paragraphs.

Sites separate paragraphs with <p>, with <div>s, or with runs of <br>; the
warehouse wants paragraphs separated by blank lines, each one line of
NFC text with collapsed whitespace. Nothing here knows about any site.

The walk is iterative and `nesting_depth` bounds how deep markup may go
before it is parsed at all: a hostile page of 100,000 nested <div>s would
otherwise overflow Python's stack here and, before that, keep the HTML5 tree
builder busy for half a minute (its scope checks walk the open elements, so
cost grows with the square of the depth).
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
# Invisible characters CMS editors paste into text: zero-width space, non-joiner
# and joiner, word joiner, soft hyphen, BOM. Inside a figure ("98\u200b,5") they
# would hide it from the fact extractor; in Vietnamese they never carry meaning.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")

# Elements that never nest (no end tag) or whose end tag pages routinely omit:
# counting them would take a page of unclosed <p>s for deep markup.
_NOT_NESTING = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "colgroup",
    "rb", "rt", "rp", "html", "head", "body",
})
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(/?)>")


def clean_line(text: str) -> str:
    """One paragraph: NFC, invisible characters gone, whitespace (non-breaking too) collapsed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", _INVISIBLE.sub("", text))).strip()


def nesting_depth(html: str, limit: int) -> int:
    """How deep the page's elements nest, counted from its tags, up to `limit`
    (the count stops there: a caller only needs to know it was reached).
    Self-closed and end-tag-optional elements are not counted, so broken
    but ordinary pages stay far below any sensible limit."""
    depth = deepest = 0
    for match in _TAG.finditer(html):
        closing, name, self_closed = match.groups()
        if self_closed or name.lower() in _NOT_NESTING:
            continue
        if closing:
            depth = max(depth - 1, 0)
            continue
        depth += 1
        if depth > deepest:
            deepest = depth
            if deepest >= limit:
                break
    return deepest


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

    # An explicit stack of child iterators instead of recursion, so depth costs
    # memory, not Python frames. A block element flushes on entry and on exit.
    stack = [(node.iter(include_text=True), False)]
    while stack:
        children, is_block = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if is_block:
                flush()
            continue
        tag = child.tag
        if tag == "-text":
            current.append(child.text_content or "")
        elif tag in SKIP_TAGS:
            continue
        elif tag in BLOCK_TAGS:
            flush()
            stack.append((child.iter(include_text=True), True))
        else:
            stack.append((child.iter(include_text=True), False))
    flush()
    return chunks

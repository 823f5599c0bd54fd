"""Property-based fuzzing of everything that reads outside text: the charset
decoder and page parser on random bytes and random HTML-ish markup, the number
parser and period resolver on arbitrary text, and the fact extractor on
hostile Unicode (tests/facts/test_fuzz.py covers plain words and symbols)."""
from __future__ import annotations

import math
import unicodedata
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scrapers.facts.extract import extract_facts
from scrapers.facts.numbers import find_numbers, parse_number
from scrapers.facts.periods import find_periods, resolve_period
from scrapers.parse.article import PageParseError, parse_page
from scrapers.parse.encoding import decode_html

FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"

CHARSETS = st.sampled_from(["utf-8", "UTF8", "windows-1258", "cp1252", "iso-8859-1", "utf-16", "utf-7",
                            "unicode_escape", "rot13", "x-user-defined", "bogus", "", "utf-8; q=\"", "koi8-r"])
content_types = st.one_of(st.none(), CHARSETS.map(lambda c: f"text/html; charset={c}"))
VIET_WORDS = ["Tỷ lệ", "hồ sơ", "đúng hạn", "đạt", "98,5%", "1.995", "thủ tục", "năm 2024", "quý III/2023",
              "xếp thứ 3/63", "999.999.999.999%", "1" + "0" * 50, "Hòa Bình", "UBND", "&amp;", "&#x1F600;",
              "&#0;", "&#xD800;", "<!--", "-->", "<![CDATA[", "]]>", "\x00", "\r\n", "\u202e"]
TAGS = ["div", "p", "span", "h1", "article", "script", "style", "a", "br", "table", "td", "time", "meta",
        "title", "section", "svg", "template", "iframe", "noscript", "form", "textarea", "li"]
ATTRS = ["class='detail-content'", "class='publishDate'", "href='file:///etc/passwd'", "href='//evil.example/'",
         "property='og:type' content='article'", "property='article:published_time' content='2024-02-30'",
         "datetime='9999-99-99'", "charset='utf-7'", "hidden", "style='text-align:center'", "onload=alert(1)"]


@st.composite
def htmlish(draw) -> str:
    """Markup soup: open and close tags in any order, attributes, words, entities."""
    parts = draw(st.lists(st.one_of(
        st.builds(lambda t, a: f"<{t} {a}>", st.sampled_from(TAGS), st.sampled_from(ATTRS + [""])),
        st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
        st.sampled_from(VIET_WORDS),
        st.text(max_size=20),
    ), max_size=80))
    text = " ".join(parts)
    return unicodedata.normalize("NFD", text) if draw(st.booleans()) else text


@FUZZ
@given(st.binary(max_size=3000), content_types)
def test_decode_html_takes_any_bytes_to_nfc_text(body, content_type):
    text = decode_html(body, content_type)
    assert isinstance(text, str)
    assert unicodedata.is_normalized("NFC", text)


@FUZZ
@given(htmlish(), st.sampled_from(["windows-1258", "utf-8", "cp1252"]))
def test_decode_then_parse_any_markup_gives_a_page_or_a_named_rejection(html, charset):
    body = html.encode(charset, errors="replace")
    url = "https://baothaibinh.com.vn/tin-tuc/1/12345/bai-viet"
    try:
        page = parse_page(decode_html(body, f"text/html; charset={charset}"), url=url)
    except PageParseError as exc:
        assert url in str(exc)
        return
    assert page.kind in ("article", "listing")
    if page.kind == "article":
        assert page.title and page.body and page.published
        assert unicodedata.is_normalized("NFC", page.body)
        assert not any(ch in page.body for ch in INVISIBLE)
        date.fromisoformat(page.published)
    else:
        assert all(link.startswith(("http://", "https://")) for link in page.links)


@FUZZ
@given(htmlish())
def test_parse_page_without_a_url_or_source(html):
    try:
        parse_page(html)
    except PageParseError as exc:
        assert str(exc)


@FUZZ
@given(st.one_of(st.text(max_size=60), st.from_regex(r"[\d.,]{1,40}%?( ?(nghìn|triệu|tỷ))?", fullmatch=True)))
def test_parse_number_is_none_or_finite(text):
    value = parse_number(text)
    assert value is None or math.isfinite(value)


@FUZZ
@given(st.text(alphabet=st.sampled_from("0123456789.,/% nghìntriệutỷ\u200b"), max_size=400))
def test_find_numbers_spans_lie_inside_the_text_and_values_are_finite(text):
    for token in find_numbers(text):
        assert 0 <= token.start < token.end <= len(text)
        assert math.isfinite(token.value)


@FUZZ
@given(st.text(max_size=200), st.one_of(st.none(), st.dates()), st.one_of(st.none(), st.integers(-10**6, 10**6)))
def test_resolve_period_with_any_reference_gives_real_dates_at_their_offsets(text, published, context_year):
    mention = resolve_period(text, published, context_year)
    for found in [m for m in [mention] + find_periods(text, published, context_year) if m is not None]:
        assert text[found.start:found.end].strip() == found.text
        for iso in (found.period_start, found.period_end):
            assert iso is None or date.fromisoformat(iso)


@FUZZ
@given(st.lists(st.sampled_from(VIET_WORDS + list(INVISIBLE) + ["\u0301", "\u0323", "٣", "１２", "Ⅻ"]),
                max_size=80).map(" ".join),
       st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))))
def test_extractor_on_hostile_unicode_never_raises_and_evidence_is_exact(text, published):
    for fact in extract_facts(text, article_id="x", published=published, province="34"):
        assert math.isfinite(fact.value)
        assert text[fact.evidence_start:fact.evidence_end] == fact.evidence

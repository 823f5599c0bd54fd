"""Hostile text at the decoding and paragraph level: charsets a page must not
pick, invisible characters inside figures, markup deeper than Python's stack."""
from selectolax.lexbor import LexborHTMLParser

from scrapers.facts.extract import extract_facts
from scrapers.parse.encoding import decode_html
from scrapers.parse.html_text import clean_line, nesting_depth, paragraphs


def test_utf7_label_is_ignored_so_no_markup_is_smuggled():
    body = b"<meta charset='utf-7'><p>+ADw-script+AD4-alert(1)+ADw-/script+AD4-</p>"
    text = decode_html(body, "text/html")
    assert "<script>" not in text and "+ADw-script" in text


def test_escape_codecs_are_not_charsets():
    assert decode_html(b"<meta charset='unicode_escape'><p>\\u003cb\\u003e</p>") == \
        "<meta charset='unicode_escape'><p>\\u003cb\\u003e</p>"


def test_meta_utf16_on_an_ascii_page_means_utf8_as_in_browsers():
    page = "<meta charset='utf-16'><p>Hòa Bình</p>"
    assert decode_html(page.encode("utf-8")) == page


def test_utf16_named_by_the_header_is_still_honoured():
    page = "<p>Sở Nội vụ tỉnh Hòa Bình</p>"
    assert decode_html(page.encode("utf-16-le"), "text/html; charset=utf-16le") == page


def test_invisible_characters_are_removed_so_figures_are_read():
    dirty = "T\u200bỷ lệ hồ sơ giải quyết đúng hạn đạt 98\u200c,5\u2060% trong n\u00adăm 2024\ufeff."
    line = clean_line(dirty)
    assert line == "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5% trong năm 2024."
    facts = extract_facts(line, article_id="x", published=None, province="01")
    assert any(f.value == 98.5 for f in facts)


def test_paragraphs_of_markup_nested_far_past_the_recursion_limit():
    depth = 20_000
    html = "<div>" + "<span>" * depth + "Sâu" + "</span>" * depth + "<p>Cuối</p></div>"
    root = LexborHTMLParser(html).css_first("div")
    assert paragraphs(root) == ["Sâu", "Cuối"]


def test_nesting_depth_counts_nesting_not_unclosed_paragraphs():
    assert nesting_depth("<p>a<p>b<br><img src=x><div><ul><li>c<li>d</ul></div>", 100) == 2
    assert nesting_depth("<div>" * 5000, 600) == 600      # stops counting at the limit

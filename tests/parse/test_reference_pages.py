"""Golden tests on real saved pages (../shared/reference/html), read in place."""
import json
import unicodedata

import pytest

from scrapers.parse.article import PageParseError, parse_page
from scrapers.parse.encoding import decode_html


def _jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def pages(shared_dir):
    root = shared_dir / "reference" / "html" / "pages"
    manifest = {m["file"]: m for m in _jsonl(root / "manifest.jsonl")}
    expected = {e["file"]: e for e in _jsonl(root / "expected.jsonl")}
    return root, manifest, expected


def _nfc(text):
    return unicodedata.normalize("NFC", text)


def _parse(root, entry):
    return parse_page(decode_html((root / entry["file"]).read_bytes()), entry["url"])


ARTICLES = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "23"]
LISTINGS = ["13", "14", "15", "16", "17", "18", "19", "20", "21", "22"]


@pytest.mark.parametrize("name", ARTICLES)
def test_article_title_date_clean_start_and_end(pages, name):
    root, manifest, expected = pages
    want = expected[f"{name}.html"]
    page = _parse(root, manifest[f"{name}.html"])
    assert page.kind == "article"
    assert page.title == _nfc(want["title"])
    assert page.published == want["date"]
    paras = page.body.split("\n\n")
    starts = tuple(_nfc(s) for s in (want["lead_first_sentence"], want["body_first_sentence"]) if s)
    assert paras[0].startswith(starts)
    # A byline may close the body when the site puts it there; nothing else may.
    byline = _nfc(want.get("byline") or "")
    end = paras[-2] if byline and paras[-1] == byline and len(paras) > 1 else paras[-1]
    assert end.endswith(_nfc(want["body_last_sentence"]))


def test_no_boilerplate_in_bodies(pages):
    root, manifest, _ = pages
    for name in ARTICLES:
        body = _parse(root, manifest[f"{name}.html"]).body
        for junk in ("Tin liên quan", "Chia sẻ", "Ảnh: Bệnh viện cung cấp", "Video: Đồn biên phòng",
                     "Pho Ban bien tap"):
            assert junk not in body, (name, junk)


@pytest.mark.parametrize("name", LISTINGS)
def test_listing_links(pages, name):
    root, manifest, _ = pages
    entry = manifest[f"{name}.html"]
    page = _parse(root, entry)
    assert page.kind == "listing"
    assert len(page.links) >= 10
    assert len(set(page.links)) == len(page.links)
    site = entry["site"].split()[0].removeprefix("m.")
    hosts = {link.split("/")[2].removeprefix("www.") for link in page.links}
    assert all(host == site or host.endswith("." + site) for host in hosts), sorted(hosts)


def test_source_recognised_from_the_page_without_url(pages):
    root, manifest, expected = pages
    page = parse_page(decode_html((root / "01.html").read_bytes()))
    assert page.url == manifest["01.html"]["url"]
    assert page.title == expected["01.html"]["title"]


def test_missing_body_names_the_url():
    with pytest.raises(PageParseError, match=r"https://vnexpress.net/x-1234567.html: no .*body"):
        parse_page("<html><h1>Tiêu đề</h1><span class='date'>01/02/2024</span></html>",
                   "https://vnexpress.net/x-1234567.html")


# Its date box is empty and no date appears anywhere but in the prose.
UNDATED_PORTAL_PAGES = {"3224693.html"}


def test_sotttt_hanoi_portal_pages(shared_dir):
    root = shared_dir / "reference" / "html" / "sotttt-hanoi"
    entries = _jsonl(root / "manifest.jsonl")
    assert len(entries) >= 150
    for entry in entries:
        html = decode_html((root / entry["file"]).read_bytes())
        if entry["file"] in UNDATED_PORTAL_PAGES:
            with pytest.raises(PageParseError, match="no date"):
                parse_page(html, entry["url"])
            continue
        page = parse_page(html, entry["url"])
        assert page.kind == "article", entry["file"]
        assert page.title and "Tin tức nổi bật" not in page.title, entry["file"]
        assert page.published and "2005-01-01" <= page.published <= "2022-12-31", entry["file"]
        assert len(page.body) > 20, entry["file"]   # some posts only point to an attached document
        assert "Pho Ban bien tap" not in page.body, entry["file"]


@pytest.mark.parametrize("text, day", [
    ("November 12, 2025 | 09:21 pm GMT+7", "2025-11-12"), ("By Staff   Nov. 3, 2024", "2024-11-03"),
    ("12 November 2025", "2025-11-12"), ("Thứ năm, 12/11/2025, 09:21", "2025-11-12"),
    ("2025-11-12T09:21:00+07:00", "2025-11-12"), ("February 30, 2025", None), ("May the fourth", None),
])
def test_dates_in_vietnamese_iso_and_english(text, day):
    from scrapers.parse.article import iso_date
    assert iso_date(text) == day


def test_each_article_says_how_its_fields_were_found(pages):
    root, manifest, _ = pages
    page = _parse(root, manifest["01.html"])        # vnexpress: the registry's own selectors
    assert page.found == {"title": "source h1.title-detail", "date": "source meta[name='pubdate']",
                          "body": "source article.fck_detail"}
    assert not page.fallbacks
    generic = parse_page(decode_html((root / "01.html").read_bytes()), "https://example.org/a-4954454.html")
    assert generic.found["title"].startswith("generic ") and generic.fallbacks

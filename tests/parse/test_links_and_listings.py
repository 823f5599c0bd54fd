"""Listing requests and link extraction for html, json_api and rss listings."""
import json
from dataclasses import replace

import pytest

from scrapers.crawl.archive import request_key
from scrapers.crawl.discover import ListingRequest, listing_requests
from scrapers.parse.links import ListingError, extract_links
from scrapers.sources.registry import load_registry


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_registry_covers_the_site_families(registry):
    assert len(registry) >= 12
    families = {s.family for s in registry.values()}
    assert {"sharepoint_json", "liferay", "drupal", "vccorp", "rss"} <= families
    provincial = [s for s in registry.values() if s.id.startswith("bao") and s.province]
    assert len({s.province for s in provincial}) >= 6
    for source in registry.values():
        assert source.listing is not None, source.id
        assert source.province is None or len(source.province) == 2, source.id


def test_html_pages_follow_the_template(registry):
    requests = list(listing_requests(registry["vnexpress"]))
    assert requests[:3] == [ListingRequest("https://vnexpress.net/thoi-su"),
                            ListingRequest("https://vnexpress.net/thoi-su-p2"),
                            ListingRequest("https://vnexpress.net/thoi-su-p3")]
    assert len(requests) == 2 * registry["vnexpress"].listing.max_pages


def test_liferay_pages_with_cur_and_delta(registry):
    requests = list(listing_requests(registry["sotttt-hanoi"]))
    assert "_101_cur=2" in requests[1].url and "_101_delta=20" in requests[1].url
    assert requests[0].url == "https://sotttt.hanoi.gov.vn/cai-cach-hanh-chinh"


def test_json_api_requests_are_post_windows(registry):
    source = registry["vinhphuc-portal"]
    requests = list(listing_requests(source))
    assert all(r.method == "POST" and r.url.endswith("/QUERYDATA") for r in requests)
    first, second = requests[0], requests[1]
    assert first.data == {"UrlList": "/ct/cms/tintuc/Lists/ThoiSuChinhTri", "ascending": "desc", "do": "QUERYDATA",
                          "fieldOrder": "CreatedDate", "length": "20", "start": "0"}
    assert second.data["start"] == "20"
    assert len(requests) == 3 * source.listing.max_pages


def test_json_api_links_from_the_archive_key(registry):
    source = registry["vinhphuc-portal"]
    request = next(listing_requests(replace(source)))
    key = request_key(request.url, request.method, request.data)
    body = json.dumps({"data": [{"ID": 7, "Title": "a"}, {"ID": 9, "Title": "b"}, {"ID": 7, "Title": "a"}]})
    assert extract_links(body, key, source) == [
        "https://vinhphuc.gov.vn/ct/cms/tintuc/Lists/ThoiSuChinhTri/View_Detail.aspx?ItemID=7",
        "https://vinhphuc.gov.vn/ct/cms/tintuc/Lists/ThoiSuChinhTri/View_Detail.aspx?ItemID=9",
    ]
    with pytest.raises(ListingError, match="QUERYDATA"):
        extract_links("<html>", key, source)


def test_rss_links(registry):
    source = registry["baothaibinh-rss"]
    feed = """<?xml version="1.0" encoding="utf-8"?><rss><channel><link>https://baothaibinh.com.vn/</link>
      <item><title>Một</title><link>https://baothaibinh.com.vn/tin-tuc/2/160245/thai-binh-cchc?utm_source=rss</link></item>
      <item><title>Hai</title><link> https://baothaibinh.com.vn/tin-tuc/2/160246/so-noi-vu </link></item>
      <item><title>Ngoài</title><link>https://example.com/tin-tuc/2/1/x</link></item>
    </channel></rss>"""
    assert extract_links(feed, source.listing.urls[0], source) == [
        "https://baothaibinh.com.vn/tin-tuc/2/160245/thai-binh-cchc",
        "https://baothaibinh.com.vn/tin-tuc/2/160246/so-noi-vu",
    ]
    assert list(listing_requests(source)) == [ListingRequest("https://baothaibinh.com.vn/rss/home.rss")]


def test_html_links_filtered_by_pattern_and_host(registry):
    source = registry["baodongthap"]
    page = """<a class="news-title" href="/chinh-tri/cai-cach-a1.html">1</a>
      <a class="news-title" href="https://baodongthap.vn/chinh-tri/cai-cach-a1.html#top">dup</a>
      <a class="news-title" href="/chinh-tri/">section</a>
      <a class="news-title" href="https://other.vn/chinh-tri/x-a2.html">elsewhere</a>
      <a class="title" href="/kinh-te/gia-lua-a3.html">3</a>"""
    assert extract_links(page, "https://baodongthap.vn/chinh-tri/", source) == [
        "https://baodongthap.vn/chinh-tri/cai-cach-a1.html", "https://baodongthap.vn/kinh-te/gia-lua-a3.html"]


def test_sitemap_index_and_news_sitemap_entries():
    from scrapers.parse.links import sitemap_entries
    index = """<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://baox.vn/sitemap-2019-01.xml</loc><lastmod>2019-01-31</lastmod></sitemap>
      <sitemap><loc>https://baox.vn/sitemap-tags.xml</loc></sitemap>
      <sitemap><loc>https://baox.vn/sitemap-2026-11.xml</loc><lastmod>2026-11-29</lastmod></sitemap>
      <sitemap><loc>https://baox.vn/sitemap-news.xml</loc><lastmod>2026-11-30</lastmod></sitemap>
      <sitemap><loc>/relative.xml</loc></sitemap>
    </sitemapindex>"""
    assert sitemap_entries(index, "https://baox.vn/sitemap.xml") == ([
        "https://baox.vn/sitemap-news.xml", "https://baox.vn/sitemap-2026-11.xml",
        "https://baox.vn/sitemap-2019-01.xml", "https://baox.vn/sitemap-tags.xml"], [])
    news = """<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>https://baox.vn/tin-mot-12345.html?utm_source=sm</loc>
        <news:news><news:publication_date>2026-11-29T08:00:00+07:00</news:publication_date></news:news></url>
      <url><loc>https://baox.vn/tin-hai-23456.html</loc><lastmod>2026-11-28</lastmod></url>
    </urlset>"""
    assert sitemap_entries(news, "https://baox.vn/sitemap-news.xml") == ([], [
        ("https://baox.vn/tin-mot-12345.html", "2026-11-29T08:00:00+07:00"),
        ("https://baox.vn/tin-hai-23456.html", "2026-11-28")])
    with pytest.raises(ListingError, match="sitemap-news.xml: sitemap is not XML"):
        sitemap_entries("", "https://baox.vn/sitemap-news.xml")

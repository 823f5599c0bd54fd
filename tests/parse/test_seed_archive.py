"""The bundled seed archive: pages parse back to the seed articles, listings
name them, and the generator is deterministic."""
import filecmp
import json

import pytest

from scrapers.crawl import seed_pages
from scrapers.crawl.archive import Archive
from scrapers.parse.article import parse_page
from scrapers.parse.encoding import decode_html
from scrapers.parse.html_text import clean_line
from scrapers.parse.links import extract_links
from scrapers.sources.registry import load_registry

KEY_SENTENCES = {
    "s000": "Chủ tịch UBND tỉnh đã ký 142 Quyết định công bố 1.995 danh mục thủ tục hành chính",
    "s002": "xếp thứ 50/63",
}
NOT_BODY = {
    "s001": ["Gửi bình luận của bạn", "Kiểm tra công tác cải cách hành chính tại Sở Tài chính"],
    "s002": ["lượt xem", "05/11/2024", "Người dân giải quyết thủ tục hành chính tại Trung tâm"],
    "s003": ["Các tin khác", "Mái ấm tình thương", "Huyện Lương sơn", "Xem các tin đã đưa ngày"],
    "s004": ["Các tin khác", "Số lượt truy cập"],
    "s000": ["z5529145230792", "HĐND tỉnh giám sát tình hình thực hiện chính sách"],
}


@pytest.fixture(scope="module")
def seed():
    archive = Archive(seed_pages.SEED_DIR)
    return archive, list(archive.records())


@pytest.fixture(scope="module")
def meta(shared_dir):
    lines = (shared_dir / "corpus" / "meta.jsonl").read_text(encoding="utf-8").splitlines()
    return {m["article"]: m for m in map(json.loads, lines)}


def _page(archive, records, url):
    record = next(r for r in records if r["url"] == url and r["method"] == "GET")
    assert record["reconstructed"] is True
    return parse_page(decode_html(archive.read_body(record["sha256"]), record["headers"]["Content-Type"]))


def test_seed_texts_are_the_shared_seed_articles(shared_dir):
    for layout in seed_pages.LAYOUTS:
        shared = (shared_dir / "corpus" / "articles" / f"{layout.article}.txt").read_bytes()
        assert (seed_pages.ARTICLES_DIR / f"{layout.article}.txt").read_bytes() == shared


@pytest.mark.parametrize("layout", seed_pages.LAYOUTS, ids=lambda layout: layout.article)
def test_seed_page_parses_back_to_the_article(seed, meta, layout):
    archive, records = seed
    page = _page(archive, records, layout.url)   # source recognised from the page's canonical link
    assert page.kind == "article"
    assert page.url == layout.url
    assert page.title == seed_pages.seed_title(layout)
    assert page.published == meta[layout.article]["published"]
    # Same paragraphs, same words; runs of spaces inside a paragraph collapse to one.
    assert page.body == "\n\n".join(clean_line(p) for p in seed_pages.body_paragraphs(layout))
    if layout.article in KEY_SENTENCES:
        assert KEY_SENTENCES[layout.article] in page.body
    for text in NOT_BODY[layout.article]:
        assert text not in page.body, text


def test_listings_and_api_name_every_seed_article(seed):
    archive, records = seed
    registry = load_registry()
    found = set()
    for record in records:
        if record["url"].endswith("/robots.txt") or record["url"] in {layout.url for layout in seed_pages.LAYOUTS}:
            continue
        text = archive.read_body(record["sha256"]).decode("utf-8")
        found.update(extract_links(text, record["key"], registry[record["source_id"]]))
    assert found == {layout.url for layout in seed_pages.LAYOUTS}


def test_every_host_has_robots(seed):
    _, records = seed
    hosts = {layout.url.split("/")[2] for layout in seed_pages.LAYOUTS}
    assert {r["url"] for r in records if r["url"].endswith("/robots.txt")} == {f"https://{h}/robots.txt" for h in hosts}


def test_generator_is_deterministic_and_matches_the_committed_archive(tmp_path):
    seed_pages.build(tmp_path / "a")
    seed_pages.build(tmp_path / "b")
    for other in (tmp_path / "b", seed_pages.SEED_DIR):
        assert (tmp_path / "a" / "manifest.jsonl").read_bytes() == (other / "manifest.jsonl").read_bytes()
        bodies = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a" / "bodies").rglob("*.gz"))
        match, mismatch, errors = filecmp.cmpfiles(tmp_path / "a", other, [str(b) for b in bodies], shallow=False)
        assert not mismatch and not errors

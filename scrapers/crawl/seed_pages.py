"""The bundled seed archive: the five seed articles rebuilt as the pages their
sites serve, so the whole pipeline (discover → parse → extract) runs offline.

The seed texts (scrapers/crawl/seed/articles/s00N.txt, the project's own captures)
are plain page text: title, date line, body, captions and page chrome in one
stream. Each seed's layout below says which lines are which, and the page is
rendered in its site's markup (the selectors of its sources.yaml entry):
captions become <figcaption>s, teasers ("Các tin khác") a related box, view
counts and comment prompts page chrome; body paragraphs keep the text exactly.
The original URLs are unknown: each page gets a URL on its site's real host
following the site's pattern. Records are `reconstructed=True` with a fixed
`fetched_at`, so regenerating gives byte-identical files.

    python -m scrapers.crawl.seed_pages [ARCHIVE_DIR]     # default: scrapers/seed
"""
from __future__ import annotations

import html
import json
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from scrapers.crawl.archive import Archive, encode_form
from scrapers.models import FetchedResponse

SEED_DIR = Path(__file__).with_name("seed")
ARTICLES_DIR = SEED_DIR / "articles"
FETCHED_AT = "2025-01-01T00:00:00+00:00"
HTML_HEADERS = {"Content-Type": "text/html; charset=utf-8"}
VINHPHUC_API = "https://vinhphuc.gov.vn/APIVP/api/DSTinTuc/QUERYDATA"
VINHPHUC_LIST = "/ct/cms/tintuc/Lists/ThoiSuChinhTri"


@dataclass(frozen=True)
class SeedLayout:
    """Where each part of a seed text sits (1-based line numbers)."""

    article: str
    source_id: str
    url: str
    published: str                         # ISO, from corpus meta.jsonl
    title_line: int | None                 # None: the capture starts at the lead
    title: str | None = None               # used when title_line is None
    date_line: int | None = None           # the date as the site printed it
    date_text: str | None = None           # when the capture has no date line
    body: tuple[int, int] = (0, 0)         # first and last body line
    captions: frozenset[int] = frozenset()  # caption lines inside the body range
    images: frozenset[int] = frozenset()    # image file-name lines inside the body range
    masthead: int | None = None            # line shown in the page header (today's date)
    views: int | None = None               # view counter, shown in the article's meta bar
    footer: tuple[int, ...] = ()           # lines shown below the article (comment prompt, counters)
    related: tuple[int, int] | None = None  # teaser lines ("Các tin khác" box), title/lead pairs


@dataclass(frozen=True)
class SiteMarkup:
    name: str
    listing_url: str
    classes: dict[str, str] = field(default_factory=dict)   # title, date, lead, body, related, views


SITES = {
    "vinhphuc-portal": SiteMarkup("Cổng thông tin điện tử tỉnh Vĩnh Phúc", VINHPHUC_API, {
        "title": "h1.vp-news-title", "date": "span.vp-news-date", "body": "div.vp-news-content",
        "related": "div.vp-related"}),
    "sokhdt-vinhphuc": SiteMarkup(
        "Sở Kế hoạch và Đầu tư tỉnh Vĩnh Phúc",
        "https://sokhdt.vinhphuc.gov.vn/ct/cms/tintuc/Lists/TinTucSuKien/View_List.aspx", {
            "title": "h1.vp-news-title", "date": "span.vp-news-date", "body": "div.vp-news-content",
            "related": "div.vp-related"}),
    "baodongthap": SiteMarkup("Báo Đồng Tháp", "https://baodongthap.vn/chinh-tri/", {
        "title": "h1.title-detail", "date": "div.date-detail", "body": "div.content-detail",
        "related": "div.related-news", "link": "a.news-title"}),
    "baothaibinh": SiteMarkup("Báo Thái Bình", "https://baothaibinh.com.vn/tin-tuc/2/chinh-tri", {
        "title": "h1.detail-title", "date": "div.detail-date", "body": "div.detail-content",
        "related": "div.box-related", "views": "span.detail-views"}),
    "baohoabinh": SiteMarkup("Báo Hòa Bình", "https://baohoabinh.com.vn/12/chinh-tri.htm", {
        "title": "h1.news-title", "date": "span.news-date", "body": "div#news-body",
        "related": "div.other-news"}),
}

LAYOUTS = (
    SeedLayout("s000", "vinhphuc-portal",
               f"https://vinhphuc.gov.vn{VINHPHUC_LIST}/View_Detail.aspx?ItemID=90211", "2024-06-11",
               title_line=1, date_text="11/06/2024", body=(3, 26),
               images=frozenset({4, 19}), captions=frozenset({5, 20})),
    SeedLayout("s001", "baodongthap",
               "https://baodongthap.vn/chinh-tri/cac-so-dia-phuong-co-nhieu-no-luc-thuc-hien-cai-cach-hanh-chinh-a110250.html",
               "2021-10-28", title_line=1, date_line=3, body=(5, 29), captions=frozenset({8, 23}), footer=(31,)),
    SeedLayout("s002", "baothaibinh",
               "https://baothaibinh.com.vn/tin-tuc/2/160245/thai-binh-quyet-tam-nang-thu-hang-chi-so-cai-cach-hanh-chinh",
               "2022-11-01", title_line=3, date_line=5, body=(7, 39), captions=frozenset({9, 21}), masthead=1, views=6),
    # The s003 capture starts at the lead; its headline was not kept, so the
    # page carries a descriptive title written for the reconstruction.
    SeedLayout("s003", "baohoabinh",
               "https://baohoabinh.com.vn/12/148850/ket-qua-cai-cach-hanh-chinh-tinh-hoa-binh-nam-2020.htm",
               "2021-01-05", title_line=None, title="Kết quả công tác cải cách hành chính tỉnh Hòa Bình năm 2020",
               date_text="05/01/2021", body=(1, 18), captions=frozenset({4}), related=(23, 41), footer=(43, 44)),
    SeedLayout("s004", "sokhdt-vinhphuc",
               "https://sokhdt.vinhphuc.gov.vn/ct/cms/tintuc/Lists/TinTucSuKien/View_Detail.aspx?ItemID=1021",
               "2021-11-10", title_line=1, date_line=3, body=(5, 23), footer=(26, 27)),
)


def seed_lines(article: str) -> list[str]:
    return (ARTICLES_DIR / f"{article}.txt").read_text(encoding="utf-8").split("\n")


def seed_title(layout: SeedLayout) -> str:
    return seed_lines(layout.article)[layout.title_line - 1] if layout.title_line else layout.title


def body_paragraphs(layout: SeedLayout) -> list[str]:
    """The seed's body paragraphs, text unchanged, captions and images left out."""
    lines = seed_lines(layout.article)
    first, last = layout.body
    return [lines[n - 1] for n in range(first, last + 1)
            if lines[n - 1].strip() and n not in layout.captions and n not in layout.images]


def _tag(selector: str, content: str, **attrs: str) -> str:
    """`div.cls` / `h1#id` → an element with that class or id around content."""
    name, _, rest = selector.partition(".")
    name, _, ident = name.partition("#")
    extra = "".join(f' {k}="{html.escape(v)}"' for k, v in attrs.items())
    cls = f' class="{rest.replace(".", " ")}"' if rest else ""
    idattr = f' id="{ident}"' if ident else ""
    return f"<{name}{idattr}{cls}{extra}>{content}</{name}>"


def _body_html(layout: SeedLayout) -> str:
    lines = seed_lines(layout.article)
    parts = []
    first, last = layout.body
    for n in range(first, last + 1):
        text = lines[n - 1]
        if not text.strip() or n in layout.images:
            continue
        if n in layout.captions:
            image = lines[n - 2] if n - 1 in layout.images else f"{layout.article}-{n}.jpg"
            parts.append(f'<figure class="image"><img src="/images/{html.escape(image)}" alt="">'
                         f"<figcaption>{html.escape(text)}</figcaption></figure>")
        else:
            parts.append(f"<p>{html.escape(text)}</p>")
    return "\n".join(parts)


def _related_html(layout: SeedLayout, site: SiteMarkup) -> str:
    if layout.related is None:
        return ""
    lines = seed_lines(layout.article)
    items = [lines[n - 1] for n in range(layout.related[0], layout.related[1] + 1) if lines[n - 1].strip()]
    teasers = "".join(f'<li><a href="/12/{148800 + i}/tin-khac-{i}.htm">{html.escape(title)}</a>'
                      f"<p>{html.escape(lead)}</p></li>"
                      for i, (title, lead) in enumerate(zip(items[::2], items[1::2], strict=True)))
    return _tag(site.classes["related"], f"<h3>Các tin khác</h3><ul>{teasers}</ul>")


def article_page(layout: SeedLayout) -> str:
    site = SITES[layout.source_id]
    lines = seed_lines(layout.article)
    date_text = lines[layout.date_line - 1] if layout.date_line else layout.date_text
    views = _tag(site.classes.get("views", "span.views"), html.escape(lines[layout.views - 1])) if layout.views else ""
    header_note = f'<div class="top-date">{html.escape(lines[layout.masthead - 1])}</div>' if layout.masthead else ""
    footer_note = "".join(f'<div class="footer-note">{html.escape(lines[n - 1])}</div>' for n in layout.footer)
    return render_article_page(site, title=seed_title(layout), url=layout.url,
                               meta_html=f"{_tag(site.classes['date'], html.escape(date_text))} {views}",
                               body_html=_body_html(layout), related_html=_related_html(layout, site),
                               header_note=header_note, footer_note=footer_note)


def render_article_page(site: SiteMarkup, *, title: str, url: str, meta_html: str, body_html: str,
                        related_html: str, header_note: str = "", footer_note: str = "") -> str:
    """An article page in its site's markup: navigation, the article's own
    boxes (title, date bar, body) and the related-news teasers around them.
    The seed archive and the benchmark corpus both render their pages here."""
    title, listing = html.escape(title), html.escape(site.listing_url)
    nav = (f'<nav class="menu"><a href="/">Trang chủ</a> <a href="{listing}">Chính trị</a> '
           '<a href="/">Kinh tế</a> <a href="/">Xã hội</a></nav>')
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{title} - {html.escape(site.name)}</title>
<link rel="canonical" href="{html.escape(url)}">
<meta property="og:title" content="{title}">
<meta property="og:type" content="article">
<meta property="og:url" content="{html.escape(url)}">
</head>
<body>
<header class="site-header">{header_note}<a class="logo" href="/">{html.escape(site.name)}</a>
{nav}
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="{html.escape(site.listing_url)}">Chính trị</a></div>
</header>
<main class="main">
{_tag(site.classes["title"], title)}
<div class="meta-bar">{meta_html}</div>
{_tag(site.classes["body"], chr(10) + body_html + chr(10))}
<div class="share-bar"><a href="#">Chia sẻ</a> <a href="#">In bài</a></div>
{related_html}
</main>
<footer class="site-footer">{footer_note}<p>© {html.escape(site.name)}</p></footer>
</body>
</html>
"""


def listing_page(source_id: str, layouts: list[SeedLayout]) -> str:
    site = SITES[source_id]
    return render_listing_page(site, site.listing_url, [(layout.url, seed_title(layout), layout.published)
                                                        for layout in layouts],
                               paging_html=f'<div class="paging"><a href="{html.escape(site.listing_url)}?page=2">'
                                           '2</a></div>')


def render_listing_page(site: SiteMarkup, url: str, items: list[tuple[str, str, object]], paging_html: str = "") -> str:
    """A section listing in its site's markup: (url, title, published) per item."""
    link_class = site.classes.get("link", "a.title").partition(".")[2]
    rows = "".join(
        f'<li class="news-item"><a class="{link_class}" href="{html.escape(link)}">'
        f"{html.escape(title)}</a><span class=\"date\">{published}</span></li>"
        for link, title, published in items)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Chính trị - {html.escape(site.name)}</title>
<link rel="canonical" href="{html.escape(url)}"></head>
<body><header><a class="logo" href="/">{html.escape(site.name)}</a></header>
<main><h1 class="cat-title">Chính trị</h1><ul class="news-list">{rows}</ul>
{paging_html}</main></body></html>
"""


def api_request_form(start: int = 0, length: int = 20) -> dict[str, str]:
    return {"UrlList": VINHPHUC_LIST, "ascending": "desc", "do": "QUERYDATA", "fieldOrder": "CreatedDate",
            "length": str(length), "start": str(start)}


def api_response(layouts: list[SeedLayout]) -> str:
    """The SharePoint list API answer naming the Vĩnh Phúc portal seed(s)."""
    data = []
    for layout in layouts:
        paragraphs = body_paragraphs(layout)
        data.append({
            "ID": int(layout.url.rsplit("=", 1)[1]),
            "Title": seed_title(layout),
            "DescriptionNews": paragraphs[0],
            "ContentNews": _body_html(layout),
            "CreatedDate": f"{layout.published}T08:00:00",
        })
    return json.dumps({"data": data, "recordsTotal": len(data)}, ensure_ascii=False, sort_keys=True)


ROBOTS = "User-agent: *\nDisallow: /_layouts/\nDisallow: /admin/\nAllow: /\n"


def responses() -> list[FetchedResponse]:
    """Every response of the seed archive, in a fixed order."""
    out: list[FetchedResponse] = []

    def add(url: str, body: str, source_id: str, headers: dict[str, str] = HTML_HEADERS,
            method: str = "GET", form: dict[str, str] | None = None) -> None:
        out.append(FetchedResponse(url=url, final_url=url, status=200, headers=dict(headers),
                                   body=body.encode("utf-8"), fetched_at=FETCHED_AT, source_id=source_id,
                                   reconstructed=True, method=method, request_data=encode_form(form)))

    hosts_done: set[str] = set()
    for source_id in SITES:
        layouts = [layout for layout in LAYOUTS if layout.source_id == source_id]
        host = layouts[0].url.split("/")[2]
        if host not in hosts_done:
            hosts_done.add(host)
            add(f"https://{host}/robots.txt", ROBOTS, source_id, {"Content-Type": "text/plain; charset=utf-8"})
        if source_id == "vinhphuc-portal":
            add(VINHPHUC_API, api_response(layouts), source_id,
                {"Content-Type": "application/json; charset=utf-8"}, method="POST", form=api_request_form())
        else:
            add(SITES[source_id].listing_url, listing_page(source_id, layouts), source_id)
        for layout in layouts:
            add(layout.url, article_page(layout), source_id)
    return out


def build(root: Path | str = SEED_DIR) -> Archive:
    """(Re)write the seed archive at `root`; the seed texts are left in place."""
    root = Path(root)
    (root / "manifest.jsonl").unlink(missing_ok=True)
    shutil.rmtree(root / "bodies", ignore_errors=True)
    archive = Archive(root)
    for response in responses():
        archive.append(response)
    return archive


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else SEED_DIR)

"""A synthetic crawl corpus: N reform articles as the seed sites serve them.

Each article is assembled from sentence shapes the fact extractor handles
(dossier counts and rates, procedures, online services, index scores and ranks,
targets), with varied periods, tiers (cấp tỉnh / cấp huyện / cấp xã / toàn
tỉnh), number formats (`1.995`, `90,88%`, `3,5 triệu`, `10,18 ngàn`) and
qualifiers (trên, hơn, gần, khoảng, xấp xỉ), mixed with noise paragraphs whose
figures are not facts. Pages use the markup of the seed sites
(`scrapers.crawl.seed_pages.SITES`), so each source's registry selectors apply;
related-news boxes carry teaser figures the parser must drop. Listing pages
(newest first) let the normal crawl replay everything.

Every fact a page states is recorded in `planted_facts.jsonl` (FACTS.md shape,
`article` = the warehouse article id), so a benchmark can check that
extraction stays correct at scale. Generation is deterministic for a seed.

    python -m benchmarks.corpus OUT_DIR N [--seed S]
"""
from __future__ import annotations

import argparse
import html
import json
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

from scrapers.crawl.archive import Archive
from scrapers.crawl.discover import listing_requests
from scrapers.crawl.seed_pages import (
    FETCHED_AT,
    HTML_HEADERS,
    ROBOTS,
    SITES,
    _tag,
    render_article_page,
    render_listing_page,
)
from scrapers.models import FetchedResponse, article_id_for
from scrapers.sources.registry import load_registry
from scrapers.urls import canonicalize

PLANTED_FACTS = "planted_facts.jsonl"
LINKS_PER_LISTING = 50

# Seed sites with HTML listings, with the URL of article number `i` on each
# (shaped to the source's link_pattern) and the province as the text names it.
SOURCES: dict[str, tuple[str, str]] = {
    "baothaibinh": ("https://baothaibinh.com.vn/tin-tuc/2/{id}/{slug}", "Thái Bình"),
    "baohoabinh": ("https://baohoabinh.com.vn/12/{id}/{slug}.htm", "Hòa Bình"),
    "baodongthap": ("https://baodongthap.vn/chinh-tri/{slug}-a{id}.html", "Đồng Tháp"),
    "sokhdt-vinhphuc": (
        "https://sokhdt.vinhphuc.gov.vn/ct/cms/tintuc/Lists/TinTucSuKien/View_Detail.aspx?ItemID={id}", "Vĩnh Phúc"),
}

LEVELS = (("cấp tỉnh", "province"), ("cấp huyện", "district"), ("cấp xã", "commune"), ("toàn tỉnh", None))


@dataclass(frozen=True)
class Period:
    phrase: str          # as written at the start of a sentence
    start: date
    end: date


@dataclass
class GeneratedArticle:
    url: str
    source_id: str
    province_name: str
    province_code: str
    title: str
    published: date
    paragraphs: list[str]
    related: list[str]
    facts: list[dict] = field(default_factory=list)

    @property
    def article_id(self) -> str:
        return article_id_for(self.url)


# -- figures as Vietnamese reports write them ---------------------------------
def vn_int(n: int) -> str:
    """12345 → "12.345"."""
    return f"{n:,}".replace(",", ".")


def vn_dec(x: float, places: int = 2) -> str:
    """98.75 → "98,75" (trailing zeros dropped)."""
    text = f"{x:.{places}f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _count(rng: random.Random, low: int, high: int) -> tuple[str, float, str]:
    """A count in one of the formats reports use: text, value, qualifier."""
    shape = rng.random()
    if shape < 0.12 and high >= 100_000:
        millions = rng.randint(11, 49) / 10                      # "3,5 triệu"
        return f"khoảng {vn_dec(millions, 1)} triệu", millions * 1_000_000, "about"
    if shape < 0.22 and high >= 10_000:
        thousands = rng.randint(1012, 9899) / 100                # "10,18 ngàn"
        return f"hơn {vn_dec(thousands)} ngàn", round(thousands * 1000), "over"
    n = rng.randint(low, high)
    qualifier = rng.choice(("exact", "exact", "exact", "over"))
    return ("hơn " if qualifier == "over" else "") + vn_int(n), n, qualifier


def _rate(rng: random.Random, low: float, high: float) -> tuple[str, float, str]:
    value = round(rng.uniform(low, high), rng.choice((1, 2)))
    word, qualifier = rng.choice((("", "exact"), ("", "exact"), ("gần ", "about"), ("xấp xỉ ", "about"),
                                   ("trên ", "over")))
    return f"{word}{vn_dec(value)}%", value, qualifier


# -- fact sentences: each returns its text and the facts it states -----------
def _fact(metric: str, value: float, unit: str, qualifier: str = "exact", **extra) -> dict:
    return {"metric": metric, "value": value, "unit": unit, "qualifier": qualifier, "kind": "actual",
            "index": None, "component": None, "rank_of": None, "level": None, **extra}


def _dossiers_received(rng, period, tier, level):
    text, value, q = _count(rng, 1200, 180_000)
    verb = rng.choice(("đã tiếp nhận", "tiếp nhận mới"))
    return f"{period.phrase}, {tier} {verb} {text} hồ sơ.", [_fact("dossiers_received", value, "count", q, level=level)]


def _dossiers_resolved(rng, period, tier, level):
    text, value, q = _count(rng, 1000, 170_000)
    return (f"{period.phrase}, {tier} đã giải quyết {text} hồ sơ.",
            [_fact("dossiers_resolved", value, "count", q, level=level)])


def _on_time_rate(rng, period, tier, level):
    text, value, q = _rate(rng, 90, 99.9)
    return (f"{period.phrase}, tỷ lệ hồ sơ giải quyết đúng hạn của {tier} đạt {text}.",
            [_fact("dossiers_on_time_rate", value, "percent", q, level=level)])


def _early(rng, period, tier, level):
    n = rng.randint(500, 90_000)
    return (f"{period.phrase}, {tier} đã giải quyết trước hạn {vn_int(n)} hồ sơ.",
            [_fact("dossiers_early", n, "count", level=level)])


def _late(rng, period, tier, level):
    n = rng.randint(3, 900)
    rate = round(rng.uniform(0.05, 2.5), 2)
    return (f"{period.phrase}, {tier} có {vn_int(n)} hồ sơ giải quyết quá hạn, chiếm tỷ lệ {vn_dec(rate)}%.",
            [_fact("dossiers_late", n, "count", level=level),
             _fact("dossiers_late_rate", rate, "percent", level=level)])


def _pending(rng, period, tier, level):
    n = rng.randint(20, 9000)
    return (f"{period.phrase}, {tier} còn {vn_int(n)} hồ sơ đang giải quyết.",
            [_fact("dossiers_pending", n, "count", level=level)])


def _online_dossiers(rng, period, tier, level):
    n = rng.randint(800, 120_000)
    return (f"{period.phrase}, {tier} tiếp nhận {vn_int(n)} hồ sơ trực tuyến.",
            [_fact("online_dossiers", n, "count", level=level)])


def _postal(rng, period, tier, level):
    n = rng.randint(50, 6000)
    return (f"{period.phrase}, {tier} tiếp nhận {vn_int(n)} hồ sơ qua dịch vụ bưu chính công ích.",
            [_fact("postal_dossiers", n, "count", level=level)])


def _digitisation(rng, period, tier, level):
    text, value, q = _rate(rng, 40, 98)
    return f"{period.phrase}, tỷ lệ số hóa hồ sơ đạt {text}.", [_fact("digitisation_rate", value, "percent", q)]


def _satisfaction(rng, period, tier, level):
    text, value, q = _rate(rng, 85, 99.5)
    return (f"{period.phrase}, mức độ hài lòng của người dân, doanh nghiệp đạt {text}.",
            [_fact("satisfaction_rate", value, "percent", q)])


def _simplified(rng, period, tier, level):
    n = rng.randint(5, 400)
    return (f"{period.phrase}, {tier} đã cắt giảm thời gian giải quyết {vn_int(n)} thủ tục hành chính.",
            [_fact("procedures_simplified", n, "count", level=level)])


def _services_full(rng, period, tier, level):
    n = rng.randint(120, 1900)
    return (f"{period.phrase}, tỉnh đã cung cấp {vn_int(n)} dịch vụ công trực tuyến toàn trình.",
            [_fact("online_services_full", n, "count")])


def _decisions(rng, period, tier, level):
    decisions, procedures = rng.randint(3, 60), rng.randint(40, 900)
    return (f"{period.phrase}, UBND tỉnh ban hành {decisions} quyết định công bố {vn_int(procedures)} "
            "thủ tục hành chính.",
            [_fact("procedure_decisions", decisions, "count"), _fact("procedures_published", procedures, "count")])


def _par_index(rng, period, tier, level):
    score, rank = round(rng.uniform(75, 92), 2), rng.randint(1, 63)
    return (f"{period.phrase}, chỉ số cải cách hành chính (PAR INDEX) của tỉnh đạt {vn_dec(score)} điểm, "
            f"xếp thứ {rank}/63 tỉnh, thành phố.",
            [_fact("index_score", score, "score", index="PAR"),
             _fact("index_rank", rank, "rank", index="PAR", rank_of=63)])


def _papi(rng, period, tier, level):
    score, rank = round(rng.uniform(38, 48), 2), rng.randint(1, 63)
    return (f"{period.phrase}, chỉ số PAPI của tỉnh đạt {vn_dec(score)} điểm, xếp thứ {rank}/63 tỉnh, thành phố.",
            [_fact("index_score", score, "score", index="PAPI"),
             _fact("index_rank", rank, "rank", index="PAPI", rank_of=63)])


def _sipas(rng, period, tier, level):
    score = round(rng.uniform(78, 92), 2)
    return (f"{period.phrase}, chỉ số hài lòng về sự phục vụ hành chính (SIPAS) của tỉnh đạt {vn_dec(score)}%.",
            [_fact("index_score", score, "percent", index="SIPAS")])


TIERED = (_dossiers_received, _dossiers_resolved, _on_time_rate, _early, _late, _pending, _online_dossiers,
          _postal, _simplified)
UNTIERED = (_digitisation, _satisfaction, _services_full, _decisions)
INDEX = (_par_index, _papi, _sipas)


def _target(rng, year: int) -> tuple[str, list[dict]]:
    value = rng.choice((95, 97, 98, 99))
    period = Period(f"năm {year}", date(year, 1, 1), date(year, 12, 31))
    return (f"Phấn đấu năm {year} tỷ lệ hồ sơ giải quyết đúng hạn đạt trên {value}%.",
            [{**_fact("dossiers_on_time_rate", value, "percent", "over"), "kind": "target", **_period_fields(period)}])


NOISE = (
    "Tiếp tục rà soát, đơn giản hóa thủ tục hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp.",
    "Hội nghị có sự tham gia của {n} đại biểu đến từ {m} cơ quan, đơn vị.",
    "Các sở, ngành, địa phương tăng cường kỷ luật, kỷ cương hành chính, đề cao trách nhiệm người đứng đầu.",
    "Đoàn kiểm tra đã làm việc tại {m} xã, phường, thị trấn về công tác cải cách hành chính.",
    "Công tác tuyên truyền được đẩy mạnh với {n} tin, bài trên báo, đài và cổng thông tin điện tử.",
    "Đồng chí Phó Chủ tịch UBND tỉnh đề nghị các đơn vị khắc phục những tồn tại, hạn chế đã chỉ ra.",
    "Tỉnh đã đầu tư {m} tỷ đồng cho hạ tầng công nghệ thông tin phục vụ chính quyền số.",
)

TITLES = (
    "{province}: đẩy mạnh cải cách hành chính {year}",
    "Kết quả công tác cải cách hành chính tỉnh {province} {period}",
    "{province} nâng cao chất lượng giải quyết thủ tục hành chính",
    "Sơ kết công tác cải cách hành chính {period} tại {province}",
    "Chuyển biến tích cực trong cải cách hành chính ở {province}",
)

RELATED = (
    "{province} giải quyết {n} hồ sơ trước hạn trong tháng",
    "Tỷ lệ hồ sơ đúng hạn đạt {r}% tại Bộ phận một cửa",
    "Hội nghị triển khai nhiệm vụ năm {year}",
)


def _period_fields(period: Period) -> dict:
    return {"period": period.phrase, "period_start": period.start.isoformat(), "period_end": period.end.isoformat()}


def _period(rng: random.Random, published: date) -> Period:
    """A period the article reports on, ended by the day it was published."""
    year = published.year
    options = [Period(f"{rng.choice(('Năm', 'Trong năm'))} {year - 1}", date(year - 1, 1, 1), date(year - 1, 12, 31)),
               Period("Từ đầu năm đến nay", date(year, 1, 1), published)]
    if published.month >= 7:
        options.append(Period(f"Trong 6 tháng đầu năm {year}", date(year, 1, 1), date(year, 6, 30)))
    if published.month >= 4:
        options.append(Period(f"Trong quý I/{year}", date(year, 1, 1), date(year, 3, 31)))
    return rng.choice(options)


def _slug(i: int, rng: random.Random) -> str:
    return rng.choice(("cai-cach-hanh-chinh", "giai-quyet-thu-tuc-hanh-chinh", "chinh-quyen-so",
                       "phuc-vu-nguoi-dan")) + f"-{i}"


def generate_articles(n: int, seed: int = 0) -> Iterator[GeneratedArticle]:
    """`n` articles spread over the seed sites, deterministic for `seed`."""
    rng = random.Random(seed)
    registry = load_registry()
    source_ids = list(SOURCES)
    first_day = date(2020, 1, 1)
    for i in range(n):
        source_id = source_ids[i % len(source_ids)]
        template, province = SOURCES[source_id]
        published = first_day + timedelta(days=rng.randrange(6 * 365))
        article_number = 500_000 + i
        url = canonicalize(template.format(id=article_number, slug=_slug(article_number, rng)))
        period = _period(rng, published)
        paragraphs, facts = [], []
        lead = (f"Thời gian qua, tỉnh {province} tiếp tục đẩy mạnh cải cách hành chính, lấy người dân, "
                f"doanh nghiệp làm trung tâm phục vụ.")
        paragraphs.append(lead)
        shapes = rng.sample(TIERED, rng.randint(2, 5)) + rng.sample(UNTIERED, rng.randint(0, 2))
        if rng.random() < 0.4:
            shapes.append(rng.choice(INDEX))
        rng.shuffle(shapes)
        for shape in shapes:
            tier, level = rng.choice(LEVELS)
            text, stated = shape(rng, period, tier, level)
            paragraphs.append(text)
            facts.extend({**f, **_period_fields(period)} for f in stated)
            if rng.random() < 0.5:
                paragraphs.append(rng.choice(NOISE).format(n=rng.randint(40, 400), m=rng.randint(3, 60)))
        if rng.random() < 0.3:
            text, stated = _target(rng, period.end.year + 1)
            paragraphs.append(text)
            facts.extend(stated)
        source = registry[source_id]
        article = GeneratedArticle(
            url=url, source_id=source_id, province_name=province, province_code=source.province,
            title=rng.choice(TITLES).format(province=province, year=period.end.year,
                                           period=period.phrase.removeprefix("Trong ").lower()),
            published=published, paragraphs=paragraphs,
            related=[r.format(province=province, n=vn_int(rng.randint(100, 9000)),
                              r=vn_dec(rng.uniform(95, 99.9)), year=published.year) for r in RELATED])
        article.facts = [{"article": article.article_id, "province": source.province, **f} for f in facts]
        yield article


# -- pages ---------------------------------------------------------------------
def article_page(article: GeneratedArticle) -> str:
    site = SITES[article.source_id]
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in article.paragraphs)
    figure = (f'<figure class="image"><img src="/images/{article.article_id}.jpg" alt="">'
              f"<figcaption>Quang cảnh hội nghị tại tỉnh {html.escape(article.province_name)}</figcaption></figure>")
    teasers = "".join(f'<li><a href="/tin-khac/{n}.htm">{html.escape(t)}</a></li>'
                      for n, t in enumerate(article.related))
    when = f"{article.published:%d/%m/%Y} 08:30"
    return render_article_page(site, title=article.title, url=article.url,
                               meta_html=_tag(site.classes["date"], when), body_html=f"{body}\n{figure}",
                               related_html=_tag(site.classes.get("related", "div.related"),
                                                 f"<h3>Các tin khác</h3><ul>{teasers}</ul>"))


def listing_page(source_id: str, url: str, articles: list[GeneratedArticle]) -> str:
    return render_listing_page(SITES[source_id], url, [(a.url, a.title, a.published) for a in articles])


@dataclass(frozen=True)
class GeneratedCorpus:
    archive_dir: Path
    facts_path: Path
    articles: int
    facts: int
    listing_pages: int
    max_pages: int           # listing pages per source: the crawl's --max-pages to reach every article


def write_corpus(root: Path | str, n: int, seed: int = 0,
                 links_per_listing: int = LINKS_PER_LISTING) -> GeneratedCorpus:
    """Write `n` articles, their listings and robots.txt as an archive under
    `root/archive`, and the facts they state to `root/planted_facts.jsonl`."""
    root = Path(root)
    archive_dir = root / "archive"
    if (archive_dir / "manifest.jsonl").exists():
        raise FileExistsError(f"{archive_dir}: an archive is already there; write the corpus to an empty folder")
    archive = Archive(archive_dir)
    registry = load_registry()
    by_source: dict[str, list[GeneratedArticle]] = {s: [] for s in SOURCES}
    n_facts = 0
    root.mkdir(parents=True, exist_ok=True)
    with open(root / PLANTED_FACTS, "w", encoding="utf-8") as facts_out, archive.batch():
        for article in generate_articles(n, seed):
            by_source[article.source_id].append(article)
            archive.append(_response(article.url, article_page(article), article.source_id))
            for fact in article.facts:
                facts_out.write(json.dumps(fact, ensure_ascii=False) + "\n")
            n_facts += len(article.facts)
        pages_per_source = max(1, math.ceil(max(len(a) for a in by_source.values()) / links_per_listing))
        n_listings = 0
        for source_id, articles in by_source.items():
            source = registry[source_id]
            host_url = f"https://{source.hosts[0]}/robots.txt"
            archive.append(_response(host_url, ROBOTS, source_id, {"Content-Type": "text/plain; charset=utf-8"}))
            newest_first = sorted(articles, key=lambda a: (a.published, a.url), reverse=True)
            walk = replace(source, listing=replace(source.listing, max_pages=pages_per_source))
            for page, request in enumerate(listing_requests(walk)):
                chunk = newest_first[page * links_per_listing:(page + 1) * links_per_listing]
                if not chunk:
                    break
                url = canonicalize(request.url)
                archive.append(_response(url, listing_page(source_id, url, chunk), source_id))
                n_listings += 1
    return GeneratedCorpus(archive_dir, root / PLANTED_FACTS, n, n_facts, n_listings, pages_per_source)


def _response(url: str, body: str, source_id: str, headers: dict[str, str] = HTML_HEADERS) -> FetchedResponse:
    return FetchedResponse(url=url, final_url=url, status=200, headers=dict(headers), body=body.encode("utf-8"),
                           fetched_at=FETCHED_AT, source_id=source_id, reconstructed=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    corpus = write_corpus(args.out_dir, args.n, args.seed)
    print(f"{corpus.articles} articles, {corpus.facts} planted facts, {corpus.listing_pages} listing pages "
          f"in {corpus.archive_dir}")


if __name__ == "__main__":
    main()

"""Scraped text is shown as text: a title or an evidence sentence carrying
markup must not become markup in the page."""
import duckdb
from report_browser import rendered_dom
from selectolax.lexbor import LexborHTMLParser

from report import build_report

HOSTILE_TITLE = '<script>document.body.setAttribute("data-pwned", "title")</script><b id="bold">Tiêu đề</b>'
HOSTILE_EVIDENCE = 'công bố <img id="injected" src="x" onerror="document.body.dataset.pwned=1"> 777 thủ tục'


def test_hostile_title_and_evidence_render_as_text(small_home, tmp_path):
    db = small_home / "reform.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("insert into dim_article (article_id, source_id, source_url, province_code, title, published_on, "
                    "n_facts) values ('hostile', 'vinhphuc-portal', 'https://vinhphuc.gov.vn/x?a=1&b=\"2\"', '26', ?, "
                    "date '2024-06-11', 1)", [HOSTILE_TITLE])
        con.execute("insert into fct_procedures_published select * replace ('hostile-fact' as fact_id, "
                    "'hostile' as article_id, 777.0 as value, ? as evidence, "
                    "'https://vinhphuc.gov.vn/x?a=1&b=\"2\"' as source_url) "
                    "from fct_procedures_published where metric = 'procedures_published' and province_code = '26'",
                    [HOSTILE_EVIDENCE])
    out = tmp_path / "site"
    build_report(db, out)
    for page in (out / "province" / "26.html", out / "province" / "2025-25.html"):
        tree = LexborHTMLParser(rendered_dom(page))
        row = tree.css_first("tr.fact[data-fact='hostile-fact']")
        assert row.css_first("q.evidence").text() == HOSTILE_EVIDENCE
        assert row.css_first("a.evidence-link").text() == HOSTILE_TITLE
        assert tree.css_first("#injected") is None and tree.css_first("#bold") is None
        assert "data-pwned" not in tree.body.attributes
        # The page's own sorting script is its only script.
        assert len(tree.css("script")) == 1

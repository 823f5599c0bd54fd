import json

from scrapers.cli import main
from scrapers.crawl.seed_pages import LAYOUTS, article_page


def test_parse_prints_one_line_per_file_and_fails_at_the_end(tmp_path, capsys):
    good = tmp_path / "s002.html"
    good.write_text(article_page(LAYOUTS[2]), encoding="utf-8")
    bad = tmp_path / "empty.html"
    bad.write_text("<html><body><p>nothing</p></body></html>", encoding="utf-8")
    code = main(["parse", "--url", "https://vnexpress.net/x-4954454.html", str(bad)])
    assert code == 1
    line = json.loads(capsys.readouterr().out)
    assert "error" in line and "https://vnexpress.net/x-4954454.html" in line["error"]

    code = main(["parse", str(good), str(bad)])
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert code == 1 and len(lines) == 2
    assert lines[0]["kind"] == "article" and lines[0]["url"] == LAYOUTS[2].url
    assert lines[0]["published"] == "2022-11-01" and "xếp thứ 50/63" in lines[0]["body"]
    assert lines[1]["file"] == str(bad) and "error" in lines[1]

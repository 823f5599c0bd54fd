"""Tables of an index's parts, written as text: a header line naming the columns, then one line per part.

    TT Nhóm chỉ số Điểm tối đa Điểm trung bình chung cả nước Điểm đạt được Ghi chú (điểm so với cùng kỳ: tăng +; giảm -)
    1 Công khai, minh bạch 18 10,6 10,2 -1,2
    Tổng cộng 100 71,8 72,6 +8,5

A page's table loses its cells when it is copied as text, so no sentence rule reads its rows: a row's figures mean
what the header's columns say, in order. The header names the columns (`lexicon.TABLE_COLUMNS`); each row then gives
the part's score, the country's mean (no province's), its change (signed), and the scale's maximum (no fact). The
total row is the index's own. A line that is not a row of as many figures as the header has columns ends the table.
"""
from __future__ import annotations

from scrapers.facts import lexicon as lx
from scrapers.facts.attributes import attach
from scrapers.facts.figure import ArticleContext, Figure, Sentence, make_fact
from scrapers.facts.numbers import NumberToken, parse_digits
from scrapers.models import Fact


def table_columns(text: str) -> tuple[str, ...] | None:
    """The columns a header line names, left to right (`max`, `mean`, `score`, `change`), or None when the line is
    no header of a table of an index's parts (it names the parts' column and a score column)."""
    if not lx.TABLE_PARTS_HEADER.search(text):
        return None
    found = sorted((m.start(), name) for name, rx in lx.TABLE_COLUMNS for m in [rx.search(text)] if m)
    columns = tuple(name for _, name in found)
    return columns if "score" in columns else None


def table_row_facts(sent: Sentence, ctx: ArticleContext, columns: tuple[str, ...]) -> list[Fact] | None:
    """The facts of a row of the table whose header named `columns`; None when the sentence is no such row."""
    row = lx.TABLE_ROW.match(sent.text)
    if row is None or ctx.index is None:
        return None
    figures = list(lx.TABLE_FIGURE.finditer(sent.text, row.start("figures")))
    values = [parse_digits(m.group("digits")) for m in figures]
    if len(figures) != len(columns) or None in values:
        return None
    name = row.group("name").strip()
    total = bool(lx.TABLE_TOTAL_ROW.match(name))
    facts = []
    for column, m, value in zip(columns, figures, values, strict=True):
        if column == "max":
            continue
        tok = NumberToken(m.start("digits"), m.end(), value, False, False)
        if column == "change":
            metric, value = "index_score_change", -value if m.group("sign") else value
        else:
            metric = "index_score" if total else "index_component_score"
        fact = make_fact(sent.text, metric, value, "score", 0, len(sent.text), index=ctx.index,
                         component=None if total else name)
        attach(fact, Figure(sent, tok, ctx))
        if column == "mean":
            fact.province = None          # the country's mean
        facts.append(fact)
    return facts

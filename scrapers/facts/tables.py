"""Tables of an index's parts, written as text: a header line naming the columns, then one line per part.

    TT Nhóm chỉ số Điểm tối đa Điểm trung bình chung cả nước Điểm đạt được Ghi chú (điểm so với cùng kỳ: tăng +; giảm -)
    1 Công khai, minh bạch 18 10,6 10,2 -1,2
    Tổng cộng 100 71,8 72,6 +8,5

A page's table loses its cells when it is copied as text, so no sentence rule reads its rows: a row's figures mean
what the header's columns say, in order. The header names the columns (`lexicon.TABLE_COLUMNS`); each row then gives
the part's score, the country's mean (no province's), its change (signed), and the scale's maximum (no fact). The
total row is the index's own. A line that is not a row of as many figures as the header has columns ends the table.

A province's profile gives its index by year the same way (`pcivietnam.vn/ho-so-tinh/...`):

    Năm 2022 2021 2020
    Gia nhập thị trường 6.65 6.76 N/A
    PCI 72.80 64.74 63.98
    Xếp hạng 2 31 27

The header names only years: each row is a part's score in each year, the index's own (its name, `Tổng điểm`) or
its rank (`Xếp hạng`); an empty cell (`N/A`, `-`) is no figure. A second header line may split each year into a
score and a place (`Điểm số Thứ hạng Điểm số Thứ hạng ...`): a part's place is no fact, and a row with fewer cells
than the columns cannot be aligned with its years, so it gives none (the table goes on).

A table copied with its cells between bars may give the years down its rows instead, one row a year:

    Năm | Điểm số | Kết quả xếp hạng so với cả nước | Nhóm điều hành | Kết quả xếp hạng so với khu vực |
    2018 | 61,73 | 49 | Trung bình | 13/13 |

The columns headed by a score or a rank give the index's (a class or a region's place gives none).

A ranking copied as text gives the provinces down its rows, with their parts, score, place and class across:

    Tỉnh Gia nhập thị trường Tiếp cận đất đai ... Điểm số PCI Bảng xếp hạng Xếp loại PCI
    Quảng Ninh 7.98 7.39 ... 73.02 1 Rất tốt

The header names the columns by their words only (the parts by their names, `lexicon.PART_NAME`); each row
opens with a province's name and gives one figure a column but the class. The caption (the line before the header)
may give the year (`TOP 10 BẢNG XẾP HẠNG PCI NĂM 2022`).
"""
from __future__ import annotations

from scrapers.facts import lexicon as lx
from scrapers.facts.attributes import attach, tier_of
from scrapers.facts.figure import ArticleContext, Figure, Sentence, make_fact
from scrapers.facts.index import component_name, indices_in
from scrapers.facts.numbers import NumberToken, parse_digits
from scrapers.models import Fact


def table_columns(text: str, caption: str = "") -> tuple | None:
    """The columns a header line names, left to right (`max`, `mean`, `score`, `share`, `change`), after `body` for
    a table of a province's own bodies, or the years of a table by year (`2022`, `2021`), or (`PROVINCE_ROWS`, the
    index, the year, then each column) for a ranking of provinces; None when the line is no header of a table of an
    index's parts or of bodies (it names the parts' or bodies' column and a score column), nor of a table by year,
    nor of a ranking. `caption` is the line before the header."""
    ranking = _ranking_columns(text, caption)
    if ranking:
        return ranking
    if lx.YEAR_TABLE_HEADER.fullmatch(text):
        return tuple(lx.YEAR_LIKE.findall(text))
    cells = _bar_cells(text)
    if len(cells) >= 2 and lx.YEAR_ROWS_HEAD.fullmatch(cells[0]):
        columns = tuple(_year_rows_column(cell) for cell in cells[1:])
        return (YEAR_ROWS, *columns) if any(columns) else None
    bodies = lx.TABLE_BODIES_HEADER.search(text)
    if not (bodies or lx.TABLE_PARTS_HEADER.search(text)):
        return None
    found = sorted((m.start(), name) for name, rx in lx.TABLE_COLUMNS for m in [rx.search(text)] if m)
    columns = tuple(name for _, name in found)
    if "score" not in columns:
        return None
    return ("body", *columns) if bodies else columns


def row_figure(sent: Sentence, tok: NumberToken, ctx: ArticleContext, year: int | None = None) -> Figure:
    """A figure of a table's row: of its caption's province, and of its column's or row's year when it has one."""
    return Figure(sent, tok, ctx, province=ctx.table_holder, year=year)


YEAR_ROWS = "years down the rows"        # the first of the columns of a table with a year a row
PROVINCE_ROWS = "provinces down the rows"   # ... of a ranking of provinces
PLACE = "place"                          # a column of a table by year giving a part's place in its year


def _ranking_columns(text: str, caption: str) -> tuple | None:
    """(`PROVINCE_ROWS`, index, year, columns...) of a ranking's header (`Tỉnh Gia nhập thị trường ... Điểm số PCI
    Bảng xếp hạng Xếp loại PCI`): each column `class`, `score`, `rank` or the name of a part (`lexicon.PART_NAME`);
    None for another line."""
    head = lx.PROVINCES_TABLE_HEAD.match(text)
    if head is None or lx.HAS_DIGIT.search(text):
        return None
    spans = [(m.start(), m.end(), m.group()) for m in lx.PART_NAME.finditer(text, head.end())]
    for name, rx in lx.PROVINCES_TABLE_COLUMNS:
        spans += [(m.start(), m.end(), name) for m in rx.finditer(text, head.end())
                  if not any(s < m.end() and m.start() < e for s, e, _ in spans)]
    columns = tuple(name for _, _, name in sorted(spans))
    if not ({"score", "rank"} & set(columns)) or sum(1 for c in columns if c != "class") < 2:
        return None
    named = [code for _, code in indices_in(text) + indices_in(caption) if code]
    year = lx.YEAR_LIKE.search(caption)
    return (PROVINCE_ROWS, named[0] if named else None, int(year.group()) if year else None, *columns)


def _bar_cells(text: str) -> list[str]:
    """The cells of a line copied from a table with bars between them (`2018 | 61,73 | 49 |`), or [] for another."""
    if "|" not in text:
        return []
    cells = [cell.strip() for cell in text.split("|")]
    return cells[:-1] if cells[-1] == "" else cells


def _year_rows_column(head: str) -> str:
    """What a column of a table by year down its rows holds: `rank`, `score`, or "" (a class, a region's place)."""
    if lx.YEAR_ROWS_OTHER_COLUMN.search(head):
        return ""
    if lx.YEAR_ROWS_RANK_COLUMN.search(head):
        return "rank"
    return "score" if lx.YEAR_ROWS_SCORE_COLUMN.search(head) else ""


def table_row_facts(sent: Sentence, ctx: ArticleContext, columns: tuple[str, ...]) -> list[Fact] | None:
    """The facts of a row of the table whose header named `columns`; None when the sentence is no such row (a
    group's line of a bodies' table gives no fact and ends nothing: `I Các sở, ban, ngành tỉnh`)."""
    if columns[0] == YEAR_ROWS:
        return _facts_of_a_years_row(sent, ctx, columns[1:])
    if columns[0] == PROVINCE_ROWS:
        return _facts_of_a_provinces_row(sent, ctx, *columns[1:])
    if columns[0].isdigit() and lx.SCORE_AND_PLACE_HEADS.fullmatch(sent.text):
        ctx.table_columns = tuple(cell for year in columns for cell in (year, PLACE))
        return []
    if columns[0].isdigit():
        return _year_row_facts(sent, ctx, columns)
    bodies = columns[0] == "body"
    if bodies:
        if lx.TABLE_GROUP_ROW.match(sent.text):   # ... whose tier the rows after it hold
            tiers = {m.lastgroup for m in lx.BODY_TIERS.finditer(sent.text)}
            ctx.bodies_tier = tiers.pop() if len(tiers) == 1 else None
            return []
        columns = columns[1:]
    row = lx.TABLE_ROW.match(sent.text)
    if row is None or ctx.index is None:
        return None
    figures = list(lx.TABLE_FIGURE.finditer(sent.text, row.start("figures"), row.end("figures")))
    values = [parse_digits(m.group("digits")) for m in figures]
    if len(figures) != len(columns) or None in values:
        return None
    if bodies:
        return _body_row_facts(sent, ctx, row.group("name").strip(), columns, figures, values)
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
        attach(fact, row_figure(sent, tok, ctx))
        if column == "mean":
            fact.province = None          # the country's mean
        facts.append(fact)
    return facts


def _body_row_facts(sent: Sentence, ctx: ArticleContext, name: str, columns, figures, values) -> list[Fact]:
    """A body's row: its result, as its share of the points when the table gives one (bodies are scored out of
    maxima of their own), else its score; at the body's tier. Its rank (the row's number) is no province's."""
    column = "share" if "share" in columns else "score"
    i = columns.index(column)
    m, value = figures[i], values[i]
    percent = sent.text.startswith("%", m.end()) or column == "share"
    tok = NumberToken(m.start("digits"), m.end(), value, percent, False)
    fact = make_fact(sent.text, "index_score", value, "percent" if percent else "score", 0, len(sent.text),
                     index=ctx.index)
    attach(fact, row_figure(sent, tok, ctx))
    fact.level = tier_of(name) or ctx.bodies_tier   # (`Thanh tra tỉnh` under `I Các sở, ban, ngành tỉnh`)
    return [fact]


def _year_row_facts(sent: Sentence, ctx: ArticleContext, years: tuple[str, ...]) -> list[Fact] | None:
    """The facts of a row of a table by year: one a filled cell, of its column's year; None when the sentence is no
    such row (it has another number of cells, or the table's index is not known)."""
    row = lx.YEAR_TABLE_ROW.fullmatch(sent.text)
    if row is None:
        return None
    cells = list(lx.YEAR_TABLE_CELL.finditer(sent.text, row.start("cells"), row.end("cells")))
    name = row.group("name").strip()
    named = [code for _, code in indices_in(name) if code]
    index = named[0] if named else ctx.index
    if len(cells) != len(years) or index is None:
        return [] if PLACE in years and index is not None else None   # (a row that cannot be aligned with the years)
    if lx.YEAR_TABLE_RANK_ROW.fullmatch(name):
        metric, component = "index_rank", None
    elif lx.YEAR_TABLE_INDEX_ROW.fullmatch(name):
        metric, component = "index_score", None
    else:
        metric, component = "index_component_score", component_name(name)
    facts = []
    for year, m in zip(years, cells, strict=True):
        if year == PLACE:
            continue
        value = parse_digits(m.group("digits")) if m.group("digits") else None
        if value is None or metric == "index_rank" and not value.is_integer():
            continue
        percent = bool(m.group("percent"))
        tok = NumberToken(m.start("digits"), m.end(), value, percent, False)
        unit = "rank" if metric == "index_rank" else "percent" if percent else "score"
        fact = make_fact(sent.text, metric, -value if m.group("sign") else value, unit, 0, len(sent.text),
                         index=index, component=component)
        attach(fact, row_figure(sent, tok, ctx, int(year)))
        facts.append(fact)
    return facts


def _facts_of_a_years_row(sent: Sentence, ctx: ArticleContext, columns: tuple[str, ...]) -> list[Fact] | None:
    """The index's score and rank in the year a row opens with; None when the line is no such row (the table ends)."""
    cells = _bar_cells(sent.text)
    if not cells or not lx.YEAR_LIKE.fullmatch(cells[0]) or ctx.index is None:
        return None
    facts = []
    start = 0
    for n, cell in enumerate(cells):
        start = sent.text.index(cell, start) if cell else start
        column = columns[n - 1] if 0 < n <= len(columns) else ""
        value = parse_digits(cell) if column else None
        if value is None or column == "rank" and not value.is_integer():
            continue
        metric, unit = ("index_rank", "rank") if column == "rank" else ("index_score", "score")
        tok = NumberToken(start, start + len(cell), value, False, False)
        fact = make_fact(sent.text, metric, value, unit, 0, len(sent.text), index=ctx.index)
        attach(fact, row_figure(sent, tok, ctx, int(cells[0])))
        facts.append(fact)
    return facts


def _facts_of_a_provinces_row(sent: Sentence, ctx: ArticleContext, index: str | None, year: int | None,
                              *columns: str) -> list[Fact] | None:
    """A province's row of a ranking: its parts' scores, its score and its place (its class gives none); None when the
    line is no such row (it opens with no province, or gives another number of figures): the table ends."""
    index = index or ctx.index
    mentions = sent.provinces
    if index is None or not mentions or mentions[0].start > 0:
        return None
    figures = list(lx.TABLE_FIGURE.finditer(sent.text, mentions[0].end))
    numeric = [column for column in columns if column != "class"]
    if len(figures) != len(numeric):
        return None
    facts = []
    for column, m in zip(numeric, figures, strict=True):
        value = parse_digits(m.group("digits"))
        if value is None or column == "rank" and not value.is_integer():
            continue
        metric, unit, part = ("index_rank", "rank", None) if column == "rank" else \
            ("index_score", "score", None) if column == "score" else \
            ("index_component_score", "score", component_name(column))
        tok = NumberToken(m.start("digits"), m.end(), value, False, False)
        fact = make_fact(sent.text, metric, value, unit, 0, len(sent.text), index=index, component=part)
        attach(fact, Figure(sent, tok, ctx, province=mentions[0].code, year=year))
        facts.append(fact)
    return facts

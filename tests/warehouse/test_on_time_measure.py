"""The share of dossiers resolved by the deadline: comparable across
provinces whichever way the text states it, beside the figures as stated."""
import duckdb


def rates(home) -> dict[tuple[str, str, str], tuple]:
    with duckdb.connect(str(home / "reform.duckdb"), read_only=True) as con:
        rows = con.execute("""
            select province_code, metric, level, value, qualifier, on_time_definition, evidence
            from fct_dossiers_on_time where metric in ('dossiers_on_time_rate', 'dossiers_by_deadline_rate')
        """).fetchall()
    return {(p, m, lv): tuple(rest) for p, m, lv, *rest in rows}


def test_thai_binh_early_and_on_time_stated_apart_are_added(refreshed_home):
    """"trước hạn đạt trên 85%, đúng hạn đạt trên 14%": 14 % as stated, 99 % by the deadline."""
    found = rates(refreshed_home)
    assert found[("34", "dossiers_on_time_rate", "province")][:3] == (14.0, "over", "on_time_only")
    value, qualifier, definition, evidence = found[("34", "dossiers_by_deadline_rate", "province")]
    assert (value, qualifier, definition) == (99.0, "over", "early_plus_on_time")
    assert "trước hạn đạt trên 85%" in evidence and "đúng hạn đạt trên 14%" in evidence


def test_a_rate_stated_for_early_and_on_time_together_is_taken_as_written(refreshed_home):
    found = rates(refreshed_home)
    # Đồng Tháp: "100% hồ sơ được giải quyết đúng hạn và trước hạn".
    assert found[("87", "dossiers_on_time_rate", "department")][:3] == (100.0, "exact", "early_and_on_time")
    assert found[("87", "dossiers_by_deadline_rate", "department")][:3] == (100.0, "exact", "early_and_on_time")
    # Vĩnh Phúc: "tỷ lệ hồ sơ được giải quyết trước và đúng hạn ... đạt 90,88%" (the phrase precedes the figure).
    assert found[("26", "dossiers_by_deadline_rate", "department")][:3] == (90.88, "exact", "early_and_on_time")


def test_every_on_time_rate_has_one_comparable_share_whose_evidence_is_in_its_article(refreshed_home):
    with duckdb.connect(str(refreshed_home / "reform.duckdb"), read_only=True) as con:
        stated, derived, misquoted = con.execute("""
            select count(*) filter (where metric = 'dossiers_on_time_rate'),
                   count(*) filter (where metric = 'dossiers_by_deadline_rate'),
                   count(*) filter (where metric = 'dossiers_by_deadline_rate' and
                       substr(a.article_text, f.evidence_start + 1, f.evidence_end - f.evidence_start) <> f.evidence)
            from fct_dossiers_on_time f join dim_article a using (article_id)
        """).fetchall()[0]
    assert stated == derived > 0 and misquoted == 0

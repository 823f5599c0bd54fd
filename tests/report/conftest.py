from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def report_dir(refreshed_home) -> Path:
    """The site the nightly refresh built (asset `published/report`, i.e.
    `build_report` on the published warehouse) in the session's REFORM_HOME."""
    site = refreshed_home / "report"
    assert (site / "index.html").is_file(), f"the nightly refresh wrote no report under {site}"
    return site


KEPT_PROVINCES = ("17", "25", "26", "34")


@pytest.fixture
def small_home(refreshed_home, tmp_path) -> Path:
    """A REFORM_HOME whose published warehouse is a copy of the session's,
    cut to four provinces (Hòa Bình, Phú Thọ, Vĩnh Phúc, Thái Bình) so a
    build takes about a second; tests may write into the copy."""
    import duckdb

    home = tmp_path / "home"
    home.mkdir()
    with duckdb.connect(str(refreshed_home / "reform.duckdb"), read_only=True) as source:
        tables = [r[0] for r in source.execute(
            "select table_name from duckdb_tables() where schema_name = 'main'").fetchall()]
    with duckdb.connect(str(home / "reform.duckdb")) as con:
        con.execute(f"attach '{refreshed_home / 'reform.duckdb'}' as src (read_only)")
        kept = ", ".join(f"'{code}'" for code in KEPT_PROVINCES)
        for table in tables:
            columns = [r[0] for r in con.execute(f'describe src.main."{table}"').fetchall()]
            where = f" where province_code in ({kept})" if "province_code" in columns and table != "dim_source" else ""
            con.execute(f'create table main."{table}" as select * from src.main."{table}"{where}')
        con.execute("create schema meta")
        con.execute("create table meta.published as select * from src.meta.published")
        con.execute("detach src")
    return home

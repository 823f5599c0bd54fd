"""The published file as a BI tool meets it: readable by DuckDB 1.x, every
table and column described, keys declared, metadata out of the way."""
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from scrapers.warehouse.publish import publish

# The oldest and newest DuckDB 1.x the published file is promised to (README).
READER_VERSIONS = ("1.1.3", "1.5.6")


def reader_python(version: str) -> Path:
    """A Python with duckdb==`version` from PyPI, in a virtual environment kept
    under the user's cache so reruns reuse it."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    venv = cache / "reform-warehouse" / "duckdb-readers" / version
    python = venv / "bin" / "python"
    probe = [str(python), "-c", f"import duckdb; assert duckdb.__version__ == '{version}'"]
    if python.exists() and subprocess.run(probe, capture_output=True, check=False).returncode == 0:
        return python
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", f"duckdb=={version}"], check=True)
    return python


READ = textwrap.dedent("""
    import sys, duckdb
    con = duckdb.connect(sys.argv[1], read_only=True)
    def one(sql):
        return con.execute(sql).fetchall()[0][0]
    tables = one("select count(*) from duckdb_tables() where schema_name = 'main'")
    rows = one("select count(*) from fct_index_scores")
    comments = one("select count(comment) from duckdb_columns() where table_name = 'dim_province'")
    keys = one("select count(*) from duckdb_constraints() where constraint_type = 'FOREIGN KEY'")
    print(duckdb.__version__, tables, rows, comments, keys)
""")


@pytest.mark.parametrize("version", READER_VERSIONS)
def test_duckdb_1x_opens_the_published_file(refreshed_home, version):
    out = subprocess.run([str(reader_python(version)), "-c", READ, str(refreshed_home / "reform.duckdb")],
                         capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stderr
    seen, tables, rows, comments, keys = out.stdout.split()
    assert seen == version
    with duckdb.connect(str(refreshed_home / "reform.duckdb"), read_only=True) as con:
        expected = con.execute("select count(*) from fct_index_scores").fetchall()[0][0]
    assert int(tables) >= 15 and int(rows) == expected > 0 and int(comments) > 0 and int(keys) > 0


def test_the_native_format_is_a_setting(refreshed_home, tmp_path, monkeypatch):
    """`REFORM_PUBLISHED_STORAGE=latest` writes DuckDB 2's own format, which 1.x refuses."""
    monkeypatch.setenv("REFORM_PUBLISHED_STORAGE", "latest")
    target = tmp_path / "reform.duckdb"
    publish(refreshed_home / "work" / "warehouse.duckdb", target, tmp_path / "parquet")
    out = subprocess.run([str(reader_python(READER_VERSIONS[-1])), "-c", READ, str(target)],
                         capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode != 0 and "version number" in out.stderr


def published(home):
    return duckdb.connect(str(home / "reform.duckdb"), read_only=True)


def test_every_mart_table_and_column_carries_its_dbt_description(refreshed_home):
    with published(refreshed_home) as con:
        undescribed_tables = con.execute(
            "select table_name from duckdb_tables() where schema_name = 'main' and comment is null").fetchall()
        columns, undescribed = con.execute("""
            select count(*),
                   coalesce(list(table_name || '.' || column_name) filter (where coalesce(comment, '') = ''), [])
            from duckdb_columns() where schema_name = 'main' and not internal
        """).fetchall()[0]
        thai_binh = con.execute("select comment from duckdb_columns() "
                                "where table_name = 'fct_dossiers_on_time' and column_name = 'evidence'").fetchall()
    assert undescribed_tables == [] and undescribed == [] and columns > 150
    assert "sentence" in thai_binh[0][0]


def test_primary_and_foreign_keys_follow_the_dbt_tests(refreshed_home):
    with published(refreshed_home) as con:
        keys = {(table, kind, tuple(columns), referenced) for table, kind, columns, referenced in con.execute("""
            select table_name, constraint_type, constraint_column_names, referenced_table
            from duckdb_constraints() where constraint_type in ('PRIMARY KEY', 'FOREIGN KEY', 'UNIQUE')
        """).fetchall()}
    assert ("dim_province", "PRIMARY KEY", ("province_code",), None) in keys
    assert ("fct_dossiers_on_time", "PRIMARY KEY", ("fact_id",), None) in keys
    assert ("fct_dossiers_on_time", "FOREIGN KEY", ("province_code",), "dim_province") in keys
    assert ("fct_index_scores", "FOREIGN KEY", ("article_id",), "dim_article") in keys
    # unique_combination_of_columns: the columns as the mart's yml lists them.
    assert any(table == "fct_index_components" and kind == "UNIQUE"
               and {"index_name", "year", "component"} <= set(cols) for table, kind, cols, _ in keys)


def test_metadata_lives_outside_the_main_schema(refreshed_home):
    with published(refreshed_home) as con:
        main = [r[0] for r in con.execute(
            "select table_name from duckdb_tables() where schema_name = 'main'").fetchall()]
        stamp = con.execute("select published_at, build_stamp from meta.published").fetchall()
    assert main and all(name.startswith(("dim_", "fct_")) for name in main)
    assert len(stamp) == 1

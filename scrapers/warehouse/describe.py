"""What a BI tool needs to understand the published marts, read from dbt's
manifest: each table's and column's description (as COMMENT ON, which
`duckdb_tables()`, `duckdb_columns()` and most SQL clients show), and the keys
that dbt's tests prove (a column tested `unique` and `not_null` is a primary
key, `unique` alone or a combination of columns a unique key, `relationships`
a foreign key), declared when each table is created so clients can draw joins.

Only tests that stop a build (severity error, no `where` filter) become keys:
the publish runs after them, so the data cannot break a declared key.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from scrapers import settings
from scrapers.raw.schema import row_count

MANIFEST = settings.DBT_PROJECT_DIR / "target" / "manifest.json"
# Where metadata about a publish lives, apart from the marts BI tools list.
META_SCHEMA = "meta"


@dataclass
class TableDescription:
    name: str
    description: str = ""
    columns: dict[str, str] = field(default_factory=dict)
    primary_key: tuple[str, ...] = ()
    unique_keys: list[tuple[str, ...]] = field(default_factory=list)
    # (column, referenced table, referenced column)
    foreign_keys: list[tuple[str, str, str]] = field(default_factory=list)


def mart_descriptions(manifest: Path = MANIFEST, schema: str = "marts") -> dict[str, TableDescription]:
    """Descriptions and keys of the models dbt builds into `schema`, by table name."""
    nodes = json.loads(manifest.read_text(encoding="utf-8"))["nodes"]
    models = {uid: node for uid, node in nodes.items()
              if node["resource_type"] == "model" and node["schema"] == schema}
    tables = {uid: TableDescription(
        name=node["alias"] or node["name"], description=node.get("description") or "",
        columns={name: col.get("description") or "" for name, col in node["columns"].items()})
        for uid, node in models.items()}
    single: dict[str, dict[str, set[str]]] = {uid: {} for uid in models}
    for test in nodes.values():
        meta, uid = test.get("test_metadata"), test.get("attached_node")
        if test["resource_type"] != "test" or not meta or uid not in models:
            continue
        if str(test["config"].get("severity", "")).lower() != "error" or test["config"].get("where"):
            continue
        kwargs, column = meta.get("kwargs", {}), test.get("column_name")
        if meta["name"] in ("unique", "not_null") and column:
            single[uid].setdefault(column, set()).add(meta["name"])
        elif meta["name"] == "unique_combination_of_columns":
            tables[uid].unique_keys.append(tuple(kwargs["combination_of_columns"]))
        elif meta["name"] == "relationships" and column:
            target = next((n for n in test["depends_on"]["nodes"] if n != uid and n in models), None)
            if target is not None:
                tables[uid].foreign_keys.append((column, tables[target].name, kwargs["field"]))
    for uid, table in tables.items():
        proven = single[uid]
        keys = sorted(c for c, tests in proven.items() if tests == {"unique", "not_null"})
        if keys:
            table.primary_key = (keys[0],)
        table.unique_keys[:0] = [(c,) for c, tests in sorted(proven.items())
                                 if "unique" in tests and (c,) != table.primary_key]
    by_name = {t.name: t for t in tables.values()}
    for table in by_name.values():   # a foreign key needs a key on the other side
        table.foreign_keys = [fk for fk in table.foreign_keys
                              if (fk[2],) in _keys(by_name[fk[1]]) and fk[1] != table.name]
    return by_name


def _keys(table: TableDescription) -> list[tuple[str, ...]]:
    return ([table.primary_key] if table.primary_key else []) + table.unique_keys


def creation_order(names: list[str], descriptions: dict[str, TableDescription]) -> list[str]:
    """`names` with every referenced table before the tables that reference it."""
    ordered: list[str] = []

    def visit(name: str, path: tuple[str, ...]) -> None:
        if name in ordered or name in path:
            return
        for _, target, _ in descriptions.get(name, TableDescription(name)).foreign_keys:
            if target in names:
                visit(target, path + (name,))
        ordered.append(name)

    for name in names:
        visit(name, ())
    return ordered


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def copy_described(con: duckdb.DuckDBPyConnection, source: str, names: list[str],
                   descriptions: dict[str, TableDescription]) -> dict[str, int]:
    """Create each table of `names` in `main` with its columns' types, keys and
    comments, and fill it from `<source>.<table>`; returns rows per table."""
    counts: dict[str, int] = {}
    created: set[str] = set()
    # One transaction: each statement on its own would commit (and write the catalog) once per comment.
    con.execute("begin transaction")
    for name in creation_order(names, descriptions):
        table = descriptions.get(name, TableDescription(name))
        columns = con.execute(
            "select column_name, data_type from duckdb_columns() where database_name = ? and schema_name = ? "
            "and table_name = ? order by column_index", [*source.split("."), name]).fetchall()
        present = {c for c, _ in columns}
        parts = [f"{_ident(c)} {t}" for c, t in columns]
        for key in _keys(table):
            if set(key) <= present:
                kind = "primary key" if key == table.primary_key else "unique"
                parts.append(f"{kind} ({', '.join(map(_ident, key))})")
        for column, target, target_column in table.foreign_keys:
            if column in present and target in created:
                parts.append(f"foreign key ({_ident(column)}) references {_ident(target)} ({_ident(target_column)})")
        con.execute(f"create table main.{_ident(name)} ({', '.join(parts)})")
        con.execute(f"insert into main.{_ident(name)} select * from {source}.{_ident(name)}")
        created.add(name)
        if table.description:
            con.execute(f"comment on table main.{_ident(name)} is {_literal(table.description)}")
        for column, description in table.columns.items():
            if column in present and description:
                con.execute(f"comment on column main.{_ident(name)}.{_ident(column)} is {_literal(description)}")
        counts[name] = row_count(con, f"main.{_ident(name)}")
    con.execute("commit")
    return counts


def write_publish_record(con: duckdb.DuckDBPyConnection, published_at: str, build_stamp: str) -> None:
    """When and from what the file was published, in its own schema so BI
    tools list only the marts in `main`."""
    con.execute(f"create schema {META_SCHEMA}")
    con.execute(f"create table {META_SCHEMA}.published as "
                "select ?::timestamptz as published_at, ? as build_stamp", [published_at, build_stamp])
    con.execute(f"comment on table {META_SCHEMA}.published is "
                "'When this file was published, and the stamp of the raw data and dbt project it was built from.'")

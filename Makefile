# One command to run the warehouse, one to test it; both build the virtual
# environment first when it is missing or out of date.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

export REFORM_HOME ?= $(CURDIR)/data
export DAGSTER_HOME := $(REFORM_HOME)/dagster
export DO_NOT_TRACK := 1
# The venv's tools first: dagster-dbt looks dbt up on PATH when it prepares the project under `dagster dev`.
export PATH := $(CURDIR)/$(BIN):$(PATH)
# Index publications ingested by `make run`: the shared folder beside the repo when present.
export REFORM_PUBLICATIONS ?= $(wildcard $(CURDIR)/../shared/publications)

.PHONY: install run run-live test test-all ui manifest check lint clean bench

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

$(DAGSTER_HOME)/dagster.yaml: dagster.yaml
	@mkdir -p $(DAGSTER_HOME)
	@ln -sf $(CURDIR)/dagster.yaml $(DAGSTER_HOME)/dagster.yaml

## The nightly refresh, offline, from the archive bundled in the repository.
run: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/reform run

## The same against the real portals (needs internet).
run-live: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/reform run --live

## The test suite (slow tests excluded).
test: $(STAMP)
	$(BIN)/pytest

## Every test, slow ones included.
test-all: $(STAMP)
	$(BIN)/pytest -m ''

## The Dagster UI with the whole graph, its groups and checks.
UI_PORT ?= 3000
ui: $(MANIFEST) $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/dagster dev -m pipelines.definitions -h 127.0.0.1 -p $(UI_PORT)

## Cost of a nightly refresh at N = 1,000 and 10,000 generated articles (BENCH_LARGE=1 adds
## 100,000), beside trafilatura; writes benchmarks/results.json and the table in benchmarks/README.md.
BENCH_STAMP := $(VENV)/.installed-bench
$(BENCH_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev,bench]'
	@touch $(BENCH_STAMP)

bench: $(STAMP) $(BENCH_STAMP)
	$(BIN)/python -m benchmarks.run

## dbt's manifest, which the Dagster definitions read: re-parsed when a dbt file is newer.
MANIFEST := dbt_project/target/manifest.json
$(MANIFEST): $(STAMP) $(shell find dbt_project/models dbt_project/macros dbt_project/seeds dbt_project/tests -type f) dbt_project/dbt_project.yml dbt_project/profiles.yml
	$(BIN)/dbt parse --quiet --project-dir dbt_project --profiles-dir dbt_project

manifest: $(MANIFEST)

## Python (ruff: errors, import order, bugbear) and the dbt SQL (sqlfluff, DuckDB dialect).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/sqlfluff lint dbt_project/models dbt_project/tests

## The code location loads cleanly (dg check defs).
# dg warns on every run when the active virtual environment is not the project's; make runs the project's own.
check: export VIRTUAL_ENV := $(CURDIR)/$(VENV)
check: $(MANIFEST) $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/dg check defs

clean:
	rm -rf $(VENV) dbt_project/target dbt_project/logs

"""`reform eval`: run the fact extractor over a corpus and print the scores of
`shared/tools/score_facts.py` against the corpus's gold facts."""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from scrapers.facts.corpus import ArticleMeta, facts_of_file, load_meta
from scrapers.facts.extract import ExtractionError

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("eval", help="score the fact extractor on a corpus with gold facts",
                                   description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, metavar="DIR",
                        help="a directory with articles/, meta.jsonl and gold.jsonl (default ../shared/corpus)")
    parser.add_argument("--misses", type=int, default=0, metavar="N", help="list up to N missed and N spurious facts")
    parser.add_argument("--json", action="store_true", help="print the scorer's summary as JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    corpus = args.corpus.resolve()
    scorer = corpus.parent / "tools" / "score_facts.py"
    for needed in (corpus / "articles", corpus / "meta.jsonl", corpus / "gold.jsonl", scorer):
        if not needed.exists():
            print(f"reform eval: missing {needed}", file=sys.stderr)
            return 2
    metas = load_meta(corpus / "meta.jsonl")
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as out:
        for path in sorted((corpus / "articles").glob("*.txt")):
            try:
                rows = facts_of_file(path, metas.get(path.stem, ArticleMeta(None, None)))
            except ExtractionError as exc:
                # Scored as an article with no facts, so the fault costs recall and shows.
                print(f"reform eval: {path}: {exc}", file=sys.stderr)
                continue
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    cmd = [sys.executable, str(scorer), "--gold", str(corpus / "gold.jsonl"), "--pred", out.name,
           "--misses", str(args.misses)] + (["--json"] if args.json else [])
    try:
        return subprocess.run(cmd, check=False).returncode
    finally:
        Path(out.name).unlink(missing_ok=True)

"""Articles per second and MB per second of `extract_facts` on the development corpus's real articles, one core.

The 50 articles of ../shared/corpus (read from there, never copied) are extracted in rounds until at least
`--articles` have been read, after one warm-up round; MB/s counts the text's UTF-8 bytes. Rates are given per
second of this process's CPU time (what one core does, whatever else the machine runs), for the best round (the
least disturbed by other work on a shared machine) and per wall second.
usage: python -m benchmarks.bench_extract_corpus [--articles N] [--corpus DIR]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from scrapers.facts.corpus import article_text, load_meta
from scrapers.facts.extract import extract_facts

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"


def load_articles(corpus: Path) -> list[tuple[str, str, object, str | None]]:
    """(id, text, published, province) of every article of the corpus."""
    metas = load_meta(corpus / "meta.jsonl")
    return [(path.stem, article_text(path), metas[path.stem].published, metas[path.stem].province)
            for path in sorted((corpus / "articles").glob("*.txt"))]


def measure(articles: list, n_articles: int) -> dict:
    """`extract_facts` over the articles in this process (one core), in rounds, after a warm-up round."""
    for article_id, text, published, province in articles:
        extract_facts(text, article_id=article_id, published=published, province=province)
    rounds = max(1, -(-n_articles // len(articles)))
    n_bytes = sum(len(text.encode("utf-8")) for _, text, _, _ in articles) * rounds
    n_facts = 0
    best_round = float("inf")             # the least disturbed round: what one core does when nothing else runs
    wall0, cpu0 = time.perf_counter(), time.process_time()
    for _ in range(rounds):
        round0 = time.process_time()
        for article_id, text, published, province in articles:
            n_facts += len(extract_facts(text, article_id=article_id, published=published, province=province))
        best_round = min(best_round, time.process_time() - round0)
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    n = rounds * len(articles)
    return {"articles": n, "facts": n_facts, "cpu_seconds": round(cpu, 3), "wall_seconds": round(wall, 3),
            "articles_per_s": round(n / cpu, 1), "mb_per_s": round(n_bytes / cpu / 1e6, 3),
            "best_round_articles_per_s": round(len(articles) / best_round, 1),
            "articles_per_wall_s": round(n / wall, 1), "mean_bytes": round(n_bytes / n)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    r = measure(load_articles(args.corpus), args.articles)
    print(f"{r['articles']} corpus articles (mean {r['mean_bytes']} bytes), {r['facts']} facts in "
          f"{r['cpu_seconds']:.2f} CPU s: {r['articles_per_s']:.0f} articles/s, {r['mb_per_s']:.2f} MB/s (one core); "
          f"best round {r['best_round_articles_per_s']:.0f} articles/s; {r['articles_per_wall_s']:.0f} articles per "
          f"wall second")


if __name__ == "__main__":
    main()

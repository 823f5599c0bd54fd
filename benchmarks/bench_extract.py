"""Articles per second of `extract_facts` on one core, for ~2,000-character articles.

The articles are made by repeating and shuffling the sentences of the seed
articles (s000-s004, which the project may ship) into 2,000-character texts.
usage: python benchmarks/bench_extract.py [--articles N]
"""
from __future__ import annotations

import argparse
import random
import re
import time
from datetime import date
from pathlib import Path

from scrapers.facts.extract import extract_facts

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "articles"


def make_articles(n: int, size: int = 2000, seed: int = 7) -> list[str]:
    sentences = []
    for path in sorted(SHARED.glob("s00*.txt")):
        sentences += [s for s in re.split(r"(?<=\.)\s+", path.read_text(encoding="utf-8")) if len(s) > 40]
    rng = random.Random(seed)
    articles = []
    for _ in range(n):
        parts, length = [], 0
        while length < size:
            s = rng.choice(sentences)[:600]
            parts.append(s)
            length += len(s) + 1
        articles.append(" ".join(parts)[:size])
    return articles


def articles_per_second(articles: list[str], published: date = date(2024, 1, 1), province: str = "26") -> dict:
    """`extract_facts` over the texts in this process (one core), after one warm-up call."""
    extract_facts(articles[0], article_id="warm", published=published, province=province)
    t0 = time.perf_counter()
    n_facts = sum(len(extract_facts(a, article_id=str(i), published=published, province=province))
                  for i, a in enumerate(articles))
    dt = time.perf_counter() - t0
    return {"articles": len(articles), "facts": n_facts, "seconds": round(dt, 3),
            "articles_per_s": round(len(articles) / dt, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=1000)
    args = ap.parse_args()
    r = articles_per_second(make_articles(args.articles))
    print(f"{r['articles']} articles of ~2,000 chars, {r['facts']} facts in {r['seconds']:.2f} s: "
          f"{r['articles_per_s']:.0f} articles/s")


if __name__ == "__main__":
    main()

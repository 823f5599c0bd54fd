"""What a nightly refresh costs and how the cost grows: `make bench`.

For N = 1,000 and 10,000 generated articles (100,000 with `--large` or
BENCH_LARGE=1) it writes a corpus (benchmarks/corpus.py) and measures, each
refresh in a child process (benchmarks/refresh.py):

- a full refresh (replay crawl → parse → extract → dbt → publish) with
  REFORM_HOME in a temporary folder and REFORM_REPLAY_ARCHIVE at the corpus:
  wall time, peak memory of the process tree, step times (dbt build included),
  and precision/recall of the extracted facts against the planted ones;
- a no-op refresh right after it (nothing new): wall time;
- one-core rates in this process: parse pages/s and extraction articles/s on
  the generated pages, and on the real pages / seed sentences of the two
  older scripts (bench_parse.py, bench_extract.py);
- our HTML → article step beside trafilatura (benchmarks/side_by_side.py).

Results go to benchmarks/results.json; the table is printed and written into
benchmarks/README.md between its `results` markers.

    python -m benchmarks.run [--large] [--sizes 1000 10000] [--keep DIR]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from benchmarks.bench_extract import articles_per_second, make_articles
from benchmarks.bench_parse import REFERENCE, load_pages
from benchmarks.corpus import write_corpus
from benchmarks.refresh import measure_refresh
from benchmarks.side_by_side import (
    compare,
    corpus_article_pages,
    ours,
    pages_per_second,
)

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.json"
README = HERE / "README.md"
MARKERS = ("<!-- results -->", "<!-- /results -->")
SAMPLE = 1000          # pages / articles timed on one core per corpus size
DEFAULT_SIZES = (1_000, 10_000)
LARGE = 100_000


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in _lines("/proc/cpuinfo") if line.startswith("model name")),
               platform.processor() or "unknown")
    mem_kb = next((int(line.split()[1]) for line in _lines("/proc/meminfo") if line.startswith("MemTotal")), 0)
    return {"nproc": len(os.sched_getaffinity(0)), "cpu": cpu, "ram_gb": round(mem_kb / 2**20, 1),
            "python": platform.python_version(), "load_average_at_start": [round(x, 2) for x in os.getloadavg()]}


def _lines(path: str) -> list[str]:
    try:
        return Path(path).read_text().splitlines()
    except OSError:
        return []


def one_core_rates(archive_dir: Path) -> dict:
    """Parse and extraction rates in this process on a sample of generated pages."""
    from scrapers.parse.article import parse_page

    pages = corpus_article_pages(archive_dir, SAMPLE)
    parsed = [parse_page(html, url) for html, url in pages]
    texts = [f"{p.title}\n\n{p.body}" for p in parsed]
    published = date.fromisoformat(parsed[0].published)
    return {"parse": pages_per_second(ours, pages), "extract": articles_per_second(texts, published)}


def bench_size(n: int, work: Path) -> dict:
    started = time.perf_counter()
    corpus = write_corpus(work / f"corpus-{n}", n)
    generated_s = time.perf_counter() - started
    print(f"N={n:,}: corpus of {corpus.facts:,} planted facts written in {generated_s:.1f} s", flush=True)
    home = work / f"home-{n}"
    env = {"REFORM_HOME": str(home), "REFORM_REPLAY_ARCHIVE": str(corpus.archive_dir)}
    if (publications := REFERENCE.parents[1] / "publications").is_dir():
        env["REFORM_PUBLICATIONS"] = str(publications)   # as `make run` does
    full = measure_refresh(env, max_pages=corpus.max_pages, planted=corpus.facts_path, log=work / f"full-{n}.log")
    print(f"N={n:,}: full refresh {full['wall_s']} s, peak {full['peak_memory_mb']} MB", flush=True)
    noop = measure_refresh(env, max_pages=corpus.max_pages, log=work / f"noop-{n}.log")
    print(f"N={n:,}: no-op refresh {noop['wall_s']} s", flush=True)
    return {"articles": n, "planted_facts": corpus.facts, "generate_s": round(generated_s, 2),
            "full": full, "noop": noop, "one_core": one_core_rates(corpus.archive_dir)}


def run(sizes: list[int], work: Path) -> dict:
    results = {"when": datetime.now(UTC).isoformat(timespec="seconds"), "machine": machine(), "sizes": {}}
    for n in sizes:
        results["sizes"][str(n)] = bench_size(n, work)
    smallest = work / f"corpus-{min(sizes)}" / "archive"
    results["reference_pages"] = {"parse_one_core": pages_per_second(ours, load_pages())}
    results["seed_sentences"] = {"extract_one_core": articles_per_second(make_articles(SAMPLE))}
    results["side_by_side"] = compare(smallest, SAMPLE)
    return results


# -- the table -------------------------------------------------------------------
def _step(run: dict, name: str) -> float | None:
    return run["steps_s"].get(name)


def _work(run: dict, asset: str, key: str):
    return run.get("work", {}).get(asset, {}).get(key)


def table(results: dict) -> str:
    sizes = list(results["sizes"].values())
    m = results["machine"]
    lines = [f"Machine: {m['nproc']} CPUs ({m['cpu']}), {m['ram_gb']} GB RAM, Python {m['python']}; "
             f"load average at start {m['load_average_at_start']} ({results['when']}).", ""]
    header = "| | " + " | ".join(f"N = {s['articles']:,}" for s in sizes) + " | target |"
    lines += [header, "|---" * (len(sizes) + 2) + "|"]

    def row(label: str, values: list, target: str = "") -> None:
        lines.append(f"| {label} | " + " | ".join("–" if v is None else str(v) for v in values) + f" | {target} |")

    def per_s(count: int, seconds: float | None) -> int | None:
        return round(count / seconds) if seconds else None

    row("full refresh, wall s", [s["full"]["wall_s"] for s in sizes], "≤ 90 s at 10,000")
    row("full refresh, ms per article", [round(1000 * s["full"]["wall_s"] / s["articles"], 2) for s in sizes],
        "100k within 1.3× of 10k")
    row("peak memory (process tree PSS), MB", [s["full"]["peak_memory_mb"] for s in sizes], "≤ 1,500 at 100,000")
    row("no-op refresh, wall s", [s["noop"]["wall_s"] for s in sizes], "≤ 20 s")
    row("no-op: new articles / articles re-read",
        [f"{_work(s['noop'], 'raw/archive', 'new_articles')} / {_work(s['noop'], 'raw/facts', 'articles_read')}"
         for s in sizes], "0 / 0")
    row("dbt build (full / no-op), s",
        [f"{_step(s['full'], 'warehouse_models')} / {_step(s['noop'], 'warehouse_models')}"
                                        for s in sizes])
    row("crawl replay step, s", [_step(s["full"], "raw__archive") for s in sizes])
    row("parse step, pages/s (all cores)", [per_s(s["articles"], _step(s["full"], "raw__articles")) for s in sizes])
    row("extract step, articles/s (all cores)", [per_s(s["articles"], _step(s["full"], "raw__facts")) for s in sizes])
    row("parse, pages/s (one core, generated)", [s["one_core"]["parse"]["pages_per_s"] for s in sizes])
    row("extraction, articles/s (one core, generated)", [s["one_core"]["extract"]["articles_per_s"] for s in sizes],
        "≥ 500")
    row("extraction precision / recall vs planted",
        [f"{s['full']['accuracy']['precision']} / {s['full']['accuracy']['recall']}" for s in sizes])
    row("level agreement on matched facts",
        [s["full"]["accuracy"]["attributes"].get("level", {}).get("agree") for s in sizes])
    ref = results["reference_pages"]["parse_one_core"]["pages_per_s"]
    seed = results["seed_sentences"]["extract_one_core"]["articles_per_s"]
    lines += ["", f"One core: parse_page on the real reference pages {ref} pages/s (target ≥ 500); "
              f"extract_facts on seed-sentence articles (bench_extract.py) {seed} articles/s (target ≥ 500).", ""]
    lines += ["| HTML → article | real pages, pages/s | generated pages, pages/s | title | date | body start "
              "| body end |",
              "|---|---|---|---|---|---|---|"]
    for name, r in results["side_by_side"].items():
        a = r["accuracy"]
        lines.append(f"| {name} | {r['reference']['pages_per_s']} | {r.get('generated', {}).get('pages_per_s', '–')} | "
                     f"{a['title']} | {a['date']} | {a['body_start']} | {a['body_end']} |")
    lines.append(f"\nAccuracy: share of the {a['pages']} reference pages with known answers "
                 f"(../shared/reference/html/pages/expected.jsonl) where the field is right.")
    return "\n".join(lines)


def write_readme_table(text: str) -> None:
    if not README.exists():
        return
    readme = README.read_text(encoding="utf-8")
    start, end = MARKERS
    pattern = re.compile(re.escape(start) + ".*?" + re.escape(end), re.S)
    if pattern.search(readme):
        README.write_text(pattern.sub(lambda _: f"{start}\n{text}\n{end}", readme), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--large", action="store_true", default=os.environ.get("BENCH_LARGE") == "1",
                        help=f"add N = {LARGE:,} (also BENCH_LARGE=1)")
    parser.add_argument("--sizes", type=int, nargs="+", help="corpus sizes instead of the defaults")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (corpora, homes, logs)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    sizes = args.sizes or [*DEFAULT_SIZES, *([LARGE] if args.large else [])]
    work = args.keep or Path(tempfile.mkdtemp(prefix="reform-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        results = run(sizes, work)
    except BaseException:
        print(f"benchmark failed; corpora, homes and logs kept in {work}")
        raise
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    text = table(results)
    print(text)
    if args.out == RESULTS:
        write_readme_table(text)


if __name__ == "__main__":
    main()

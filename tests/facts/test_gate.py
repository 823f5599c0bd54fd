"""Quality gate on the development corpus (read from ../shared, never copied).

The gate is a ratchet: scrapers/facts/eval_floor.json holds the scores last
measured, and every change must keep them. Raise the floor with each
improvement; never lower it."""
import json
import subprocess
import sys
from pathlib import Path

import scrapers.facts
from scrapers.facts.corpus import facts_of_file, load_meta

FLOOR = json.loads((Path(scrapers.facts.__file__).parent / "eval_floor.json").read_text())["development"]


def test_development_scores_hold_the_ratchet(shared_dir, tmp_path):
    corpus = shared_dir / "corpus"
    metas = load_meta(corpus / "meta.jsonl")
    pred = tmp_path / "pred.jsonl"
    with open(pred, "w", encoding="utf-8") as out:
        for path in sorted((corpus / "articles").glob("*.txt")):
            for row in facts_of_file(path, metas[path.stem]):
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    res = subprocess.run([sys.executable, str(shared_dir / "tools" / "score_facts.py"), "--gold",
                          str(corpus / "gold.jsonl"), "--pred", str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    score = json.loads(res.stdout)
    for measure, floor in FLOOR.items():
        assert score[measure] >= floor, f"{measure} {score[measure]:.3f} fell below the ratchet {floor}: {score}"

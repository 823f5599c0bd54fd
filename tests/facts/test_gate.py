"""Quality gate on the development corpus (read from ../shared, never copied)."""
import json
import subprocess
import sys

from scrapers.facts.corpus import facts_of_file, load_meta


def test_development_f1_at_least_0_90(shared_dir, tmp_path):
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
    assert score["f1"] >= 0.90, score

"""No credential in the repository, webhook URLs only from the environment,
and every reader of the published warehouse opens it read-only."""
from __future__ import annotations

import re
import subprocess

import pytest
from refresh_state import REPO_ROOT

TOKEN_PATTERNS = {
    "private key": r"-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP )?PRIVATE KEY",
    "AWS access key": r"\bAKIA[0-9A-Z]{16}\b",
    "GitHub token": r"\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{40,})",
    "Slack token or webhook": r"\bxox[abprs]-[A-Za-z0-9-]{10,}|hooks\.slack\.com/services/T[A-Z0-9]+",
    "Google API key": r"\bAIza[0-9A-Za-z_-]{35}\b",
    "password in a URL": r"\b[a-z][a-z0-9+.-]*://[^/\s:@'\"]+:[^/\s@'\"]{3,}@",
    "assigned secret": r"(?i)\b(?:api[_-]?key|secret|token|passw(?:or)?d|webhook)\b\s*[:=]\s*['\"][^'\"\s]{12,}['\"]",
    "bearer header": r"(?i)authorization['\"]?\s*[:=]\s*['\"](?:bearer|token|basic) [A-Za-z0-9._~+/=-]{12,}",
}


def tracked_text_files() -> dict[str, str]:
    names = subprocess.run(["git", "ls-files", "-z"], cwd=REPO_ROOT, capture_output=True, check=True).stdout
    texts = {}
    for name in filter(None, names.decode().split("\0")):
        path = REPO_ROOT / name
        if not path.is_file() or path.suffix in {".gz", ".png", ".xlsx", ".xls", ".duckdb", ".parquet"}:
            continue
        data = path.read_bytes()
        if b"\0" not in data:
            texts[name] = data.decode("utf-8", errors="replace")
    return texts


def test_the_scanner_finds_what_it_looks_for():
    # Assembled at run time, so this file itself holds nothing the scan would find.
    planted = {"assigned secret": "API_KEY = '" + "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc'",
               "password in a URL": "postgresql://reform:" + "hunter2hunter2@db.example/warehouse",
               "Slack token or webhook": "https://hooks.slack" + ".com/services/T0001/B0001/XXXXXXXX",
               "GitHub token": "ghp_" + "a" * 36}
    for kind, text in planted.items():
        assert re.search(TOKEN_PATTERNS[kind], text), kind


def test_no_credential_in_tracked_files():
    texts = tracked_text_files()
    assert len(texts) > 50
    found = [f"{name}: {kind}: {match.group(0)[:40]}" for name, text in texts.items()
             for kind, pattern in TOKEN_PATTERNS.items() for match in re.finditer(pattern, text)]
    assert found == []


def test_the_alert_webhook_comes_from_the_environment_only():
    code = {name: text for name, text in tracked_text_files().items()
            if name.endswith((".py", ".yaml", ".yml", ".toml")) and not name.startswith("tests/")}
    readers = [name for name, text in code.items() if "REFORM_ALERT_WEBHOOK" in text]
    assert readers == ["pipelines/defs/automation/schedules.py"]
    assert 'os.environ.get("REFORM_ALERT_WEBHOOK")' in code["pipelines/defs/automation/schedules.py"]
    assert not [name for name, text in code.items() if re.search(r"https?://[^\s'\"]*(?:hook|webhook)", text, re.I)]


_OPENERS = re.compile(r"duckdb\.connect\(|create_engine\(|^duckdb ", re.M)
# Every file that may open the published warehouse: the README's examples and the report.
_READER_FILES = sorted(name for name in ["README.md", *(str(p.relative_to(REPO_ROOT))
                                                      for p in (REPO_ROOT / "report").rglob("*.py"))]
                       if _OPENERS.search((REPO_ROOT / name).read_text(encoding="utf-8")))


def test_the_readers_scanned_are_the_ones_that_open_the_warehouse():
    assert {"README.md", "report/warehouse.py"} <= set(_READER_FILES)


@pytest.mark.parametrize("name", _READER_FILES)
def test_readers_of_the_published_warehouse_open_it_read_only(name):
    text = (REPO_ROOT / name).read_text(encoding="utf-8")
    for call in re.findall(r"duckdb\.connect\([^\n]*", text):
        assert "read_only=True" in call, f"{name}: {call}"
    for call in re.findall(r"create_engine\([^\n]*", text):
        assert '"read_only": True' in call, f"{name}: {call}"
    for line in re.findall(r"^duckdb .*$", text, flags=re.M):
        assert "-readonly" in line, f"{name}: {line}"

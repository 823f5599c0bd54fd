"""`benchmarks` is a folder of scripts at the repository root, not an installed
package; pytest puts tests/ on sys.path, where tests/benchmarks would shadow it
as a namespace package, so the repository root goes first."""
import sys
from pathlib import Path

REPO_ROOT = str(Path(__file__).resolve().parents[2])
if REPO_ROOT not in sys.path[:1]:
    sys.path.insert(0, REPO_ROOT)

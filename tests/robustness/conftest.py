import sys
from pathlib import Path

# The fault site of the crawl tests is reused here, not copied.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "crawl"))

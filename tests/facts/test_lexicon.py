"""Every cue of the lexicon has an example of the text it reads, and reads it."""
import re

import pytest

from scrapers.facts import lexicon as lx
from scrapers.facts.cue import Cue
from scrapers.facts.english import lexicon as en


def _cues():
    for module, prefix in ((lx, ""), (en, "english.")):
        for name, value in vars(module).items():
            if isinstance(value, (re.Pattern, Cue)):
                yield prefix + name, value
            elif isinstance(value, list) and value and isinstance(value[0], tuple):
                yield from ((f"{prefix}{name}[{key}]", rx) for key, rx in value if isinstance(rx, (re.Pattern, Cue)))


CUES = dict(_cues())


def test_the_lexicon_has_its_cues():
    assert len(CUES) > 100


@pytest.mark.parametrize("name", sorted(CUES))
def test_each_cue_reads_its_example(name):
    rx = CUES[name]
    assert rx in lx.EXAMPLES, f"{name} has no example: write it with lexicon.cue(pattern, example)"
    assert rx.search(lx.EXAMPLES[rx]), f"{name} does not read its example {lx.EXAMPLES[rx]!r}"


def test_no_rule_module_compiles_a_cue_of_its_own():
    """Rules read cues from the lexicon only, so a newcomer finds every cue in one place."""
    from pathlib import Path
    facts = Path(lx.__file__).parent
    rule_modules = ["extract.py", "figure.py", "metric.py", "index.py", "dossiers.py", "procedures.py", "online.py",
                    "attributes.py", "language.py"] + \
        [f"english/{module}" for module in ("read.py", "metric.py", "index.py", "dossiers.py", "procedures.py",
                                             "online.py", "attributes.py", "numbers.py", "periods.py")]
    for module in rule_modules:
        source = (facts / module).read_text(encoding="utf-8")
        inline = re.findall(r"re\.(?:compile|search|match|fullmatch|finditer|findall|split|sub)\(", source)
        assert not inline, f"{module} compiles cues inline: move them to lexicon.py"

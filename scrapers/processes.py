"""Whether a process still runs: how leftovers of killed runs are told from a live run's files."""
from __future__ import annotations

import os


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:   # alive, but someone else's
        return True
    return True

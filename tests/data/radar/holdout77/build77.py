"""Write ip_rights.csv and listings.csv of the seventy-seventh held-out corpus (deterministic).

    python tests/data/radar/holdout77/build77.py

The rows and the checks are ../holdout_build.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for folder in (HERE, HERE.parent):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import listings_src77 as listings  # noqa: E402
from holdout_build import HeldOutCorpus  # noqa: E402
from rights77 import RIGHTS  # noqa: E402

CORPUS = HeldOutCorpus(number=77, seed=2026120577, rights=RIGHTS, listings=listings)


def write(folder: Path = HERE) -> None:
    CORPUS.write(folder)


if __name__ == "__main__":
    write()

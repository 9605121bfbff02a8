"""Write ip_rights.csv and listings.csv of the eighty-ninth held-out corpus (deterministic).

    python tests/data/radar/holdout89/build89.py

The rows and the checks are ../holdout_build.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for folder in (HERE, HERE.parent):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import listings_src89 as listings  # noqa: E402
from holdout_build import HeldOutCorpus  # noqa: E402
from rights89 import RIGHTS  # noqa: E402

CORPUS = HeldOutCorpus(number=89, seed=2026120589, rights=RIGHTS, listings=listings)


def write(folder: Path = HERE) -> None:
    CORPUS.write(folder)


if __name__ == "__main__":
    write()

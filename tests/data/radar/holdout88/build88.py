"""Write ip_rights.csv and listings.csv of the eighty-eighth held-out corpus (deterministic).

    python tests/data/radar/holdout88/build88.py

The rows and the checks are ../holdout_build.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for folder in (HERE, HERE.parent):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import listings_src88 as listings  # noqa: E402
from holdout_build import HeldOutCorpus  # noqa: E402
from rights88 import RIGHTS  # noqa: E402

CORPUS = HeldOutCorpus(number=88, seed=2026120588, rights=RIGHTS, listings=listings)


def write(folder: Path = HERE) -> None:
    CORPUS.write(folder)


if __name__ == "__main__":
    write()

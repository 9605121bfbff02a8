"""The contract import: load the data-contract tables of a folder into the store.

Example: ``import_directory(engine, Path("feed"), zone=ZoneInfo("Asia/Shanghai"))``
returns the rows inserted, updated and unchanged per table, or raises
:class:`ImportRejected` listing every problem (and writes nothing). See docs/import.md.
"""

from __future__ import annotations

from sellerstar.ingest.contract.importer import ImportResult, Progress, import_directory
from sellerstar.ingest.contract.problems import SHOWN_PROBLEMS, ImportRejected, Problem
from sellerstar.ingest.contract.writer import TableCounts

__all__ = [
    "SHOWN_PROBLEMS",
    "ImportRejected",
    "ImportResult",
    "Problem",
    "Progress",
    "TableCounts",
    "import_directory",
]

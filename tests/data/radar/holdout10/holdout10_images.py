"""The pictures of the tenth held-out corpus, drawn by the first corpus's generator.

``write_images(folder)`` has the contract of ``../images.py``: it writes every image that
ip_rights.csv and listings.csv next to this file name (references, sellers' copies of
them for ``image`` listings, look-alikes for near-misses, unrelated product pictures).
The drawing is the same; only the CSVs differ, and all seeds follow from this corpus's own
right and product ids.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
LISTING_FILES = ("listings.csv",)


def _generator() -> ModuleType:
    name = "radar_corpus_images_generator"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, HERE.parent / "images.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def write_images(
    folder: Path, source: Path = HERE, listing_files: tuple[str, ...] = LISTING_FILES
) -> None:
    """Write every image the CSVs in ``source`` name, under ``folder``."""
    _generator().write_images(folder, source, listing_files)


if __name__ == "__main__":
    write_images(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "generated")

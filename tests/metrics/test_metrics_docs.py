"""The examples in the metric engine's docstrings run and hold."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "sellerstar.engines",
    "sellerstar.cli.metrics",
    "sellerstar.jobs.metrics",
    *(
        f"sellerstar.metrics.{name}"
        for name in (
            "dates",
            "guaranteed_delivery",
            "lake",
            "on_time_shipment",
            "output",
            "registry",
            "runner",
            "sources",
            "span",
            "summary",
            "tables",
            "tracking_visibility",
        )
    ),
]


@pytest.mark.parametrize("module", MODULES)
def test_docstring_examples(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module))
    assert result.failed == 0

"""The metric backend setting: SELLERSTAR_BACKEND, and its former name SELLERSTAR_ENGINE."""

from __future__ import annotations

import pytest

from sellerstar.config import Settings


def test_the_backend_is_read_from_its_name_and_its_former_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SELLERSTAR_BACKEND", raising=False)
    monkeypatch.delenv("SELLERSTAR_ENGINE", raising=False)
    assert Settings().backend == "duckdb"
    monkeypatch.setenv("SELLERSTAR_ENGINE", "spark")
    assert Settings().backend == "spark"
    monkeypatch.setenv("SELLERSTAR_BACKEND", "duckdb")
    assert Settings().backend == "duckdb"  # the new name wins over the former one

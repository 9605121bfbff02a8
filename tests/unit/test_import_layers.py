"""Imports point down the layers: the contract in pyproject.toml holds, and it would catch
an import that runs up a layer (checked on a probe package laid out like sellerstar)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[2]


def _contract() -> dict[str, Any]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (contract,) = config["tool"]["importlinter"]["contracts"]
    return dict(contract)


def test_sellerstar_imports_point_down(capsys: pytest.CaptureFixture[str]) -> None:
    assert lint_imports(str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True) == 0, (
        capsys.readouterr().out
    )


def _probe(tmp_path: Path, name: str, imports: dict[str, str], extra: tuple[str, ...] = ()) -> str:
    """A package ``name`` with one module per layer of the contract (plus ``extra``), where
    ``imports`` maps a module to the sibling it imports; returns the path of its config."""
    package = tmp_path / name
    package.mkdir()
    (package / "__init__.py").write_text("")
    contract = _contract()
    tails = [
        tail.strip() for layer in contract["layers"] for tail in layer.replace(":", "|").split("|")
    ]
    for tail in [*tails, *extra]:
        body = f"from {name} import {imports[tail]}\n" if tail in imports else ""
        (package / f"{tail}.py").write_text(body)
    layers = "".join(f"\n    {layer}" for layer in contract["layers"])
    config = tmp_path / "contract.ini"
    config.write_text(
        f"[importlinter]\nroot_package = {name}\n\n"
        f"[importlinter:contract:layers]\nname = {contract['name']}\ntype = layers\n"
        f"containers = {name}\nexhaustive = {contract['exhaustive']}\nlayers ={layers}\n"
    )
    return str(config)


@pytest.mark.parametrize(
    ("importer", "imported", "allowed"),
    [
        ("domain", "web", False),
        ("domain", "store", False),
        ("store", "services", False),
        ("rules", "store", False),  # siblings in one layer: independent
        ("stars", "services", False),
        ("queries", "services", False),
        ("services", "queries", False),
        ("store", "domain", True),
        ("services", "store", True),
        ("web", "services", True),
        ("cli", "demo", True),
        ("metrics", "engines", True),
    ],
)
def test_the_contract_refuses_imports_up_a_layer(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    importer: str,
    imported: str,
    allowed: bool,
) -> None:
    name = f"probe_{importer}_{imported}"
    config = _probe(tmp_path, name, {importer: imported})
    monkeypatch.syspath_prepend(str(tmp_path))
    result = lint_imports(config, no_cache=True, no_logo=True)
    out = capsys.readouterr().out
    assert result == (0 if allowed else 1), out
    assert (f"- {name}.{importer} -> {name}.{imported}" in out) is not allowed


def test_a_package_outside_every_layer_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _probe(tmp_path, "probe_unplaced", {}, extra=("newcomer",))
    monkeypatch.syspath_prepend(str(tmp_path))
    assert lint_imports(config, no_cache=True, no_logo=True) == 1
    assert "probe_unplaced.newcomer" in capsys.readouterr().out

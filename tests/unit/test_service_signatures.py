"""One way to call a service: a ``Connection`` (docs/architecture.md). The few units of work
that span several transactions, with slow outside work between them, take the engine and
are listed here and in the architecture page; a new service taking an engine or a URL fails."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import sellerstar.services

ROOT = Path(__file__).resolve().parents[2]

# Each writes files or calls a tracking source between its transactions (see the page).
TAKES_THE_ENGINE = {
    "sellerstar.services.appeals.file_appeal",
    "sellerstar.services.appeal_supplements.supply_material",
    "sellerstar.services.appeals.preview_precheck",
    "sellerstar.services.tracking.register",
    "sellerstar.services.tracking.refetch",
}


def _modules(package: ModuleType) -> Iterator[ModuleType]:
    for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        yield importlib.import_module(info.name)


def _public_functions(module: ModuleType) -> Iterator[tuple[str, Callable[..., object]]]:
    for name, value in vars(module).items():
        public = inspect.isfunction(value) and not name.startswith("_")
        if public and value.__module__ == module.__name__:
            yield f"{module.__name__}.{name}", value


def _takes(function: Callable[..., object]) -> set[str]:
    """What a function is handed to reach the store: engine, url or connection."""
    found = set()
    for parameter in inspect.signature(function).parameters.values():
        annotation = str(parameter.annotation)
        if "Engine" in annotation:
            found.add("engine")
        if "Connection" in annotation:
            found.add("connection")
        if parameter.name in {"url", "database_url", "engine"}:
            found.add("engine" if parameter.name == "engine" else "url")
    return found


def _service_access() -> dict[str, set[str]]:
    return {
        name: taken
        for module in _modules(sellerstar.services)
        for name, function in _public_functions(module)
        if (taken := _takes(function))
    }


def test_services_take_a_connection_except_the_listed_units_of_work() -> None:
    access = _service_access()
    not_a_connection = {name for name, taken in access.items() if taken != {"connection"}}
    assert not_a_connection == TAKES_THE_ENGINE
    assert all(access[name] == {"engine"} for name in TAKES_THE_ENGINE)


def test_the_check_sees_an_engine_or_a_url_when_given_one() -> None:
    import sqlalchemy as sa

    def by_engine(engine: sa.Engine) -> None: ...
    def by_url(url: str) -> None: ...
    def by_connection(connection: sa.Connection, note: str) -> None: ...

    assert (_takes(by_engine), _takes(by_url), _takes(by_connection)) == (
        {"engine"},
        {"url"},
        {"connection"},
    )


def test_the_architecture_page_names_every_unit_of_work_that_takes_the_engine() -> None:
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    for name in TAKES_THE_ENGINE:
        module, function = name.rsplit(".", 1)
        assert f"{module.removeprefix('sellerstar.')}.{function}" in page, name

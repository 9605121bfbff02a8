"""How the routes are laid out: a merchant page is one handler served at ``/m/...`` and at
``/ops/merchants/{merchant_id}/...``, and route modules share code only through the web
package (``deps``, ``words``, the shared view modules), never by importing each other."""

from __future__ import annotations

import ast
import importlib
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from sellerstar.web import app as web_app
from sellerstar.web.deps import MERCHANT_PREFIX, OPERATOR_PREFIX

ROUTES_DIR = Path(web_app.__file__).parent / "routes"


def _get_routes() -> dict[str, APIRoute]:
    found: dict[str, APIRoute] = {}
    for module in web_app._ROUTERS:
        for route in importlib.import_module(module).router.routes:
            if isinstance(route, APIRoute) and "GET" in route.methods:
                found[route.path] = route
    return found


def test_each_merchant_page_is_one_handler_at_both_paths() -> None:
    routes = _get_routes()
    operator_pages = {
        path.removeprefix(OPERATOR_PREFIX): route
        for path, route in routes.items()
        if path.startswith(OPERATOR_PREFIX + "/")
    }
    assert set(operator_pages) >= {
        "/stars",
        "/logistics",
        "/logistics/orders.csv",
        "/logistics/orders/{order_id}",
        "/guaranteed-delivery",
        "/guarantee-service",
    }
    for tail, route in operator_pages.items():
        twin = routes.get(MERCHANT_PREFIX + tail)
        assert twin is not None, f"{OPERATOR_PREFIX}{tail} has no page under /m"
        assert twin.endpoint is route.endpoint, f"{tail}: two handlers for one page"


def test_route_modules_do_not_import_each_other() -> None:
    imports = []
    for path in sorted(ROUTES_DIR.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [f"{node.module}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            imports += [
                f"{path.name}: {name}"
                for name in names
                if name.startswith("sellerstar.web.routes.")
            ]
    assert imports == []


@pytest.mark.parametrize(
    ("merchant", "status"),
    [("M1", 422), ("NOPE", 404)],
)
@pytest.mark.parametrize(
    "tail", ["/logistics?page=0", "/stars?track=x", "/logistics/orders.csv?stat_date=zz"]
)
def test_an_operator_page_names_a_merchant_before_its_query_is_checked(
    signed_in: Callable[[str], TestClient], merchant: str, status: int, tail: str
) -> None:
    """The scope is a dependency: a merchant that does not exist is 404 whatever the query
    string; a malformed query of a merchant that does is 422."""
    client = signed_in("ops")
    assert client.get(f"/ops/merchants/{merchant}{tail}").status_code == status

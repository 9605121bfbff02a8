"""Error pages escape their message: only a catalogue text is trusted as markup, so a
message that carries user input (a refusal naming a value, a validation message echoing
it) is shown as text, never run as HTML (issue 12 item 6)."""

from __future__ import annotations

from typing import Annotated

import pytest
from fastapi import Query
from fastapi.testclient import TestClient
from pydantic import AfterValidator
from web_support import sign_in

from sellerstar.errors import InputError
from sellerstar.web.i18n import template_gettext

SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
ATTACK = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


def _echoing(value: str) -> str:
    if not value.isdigit():
        raise ValueError(f"{value} is not a number")
    return value


def _routes(client: TestClient) -> None:
    app = client.app

    @app.get("/probe/refusal")  # type: ignore[attr-defined, untyped-decorator]
    def refusal(name: str) -> None:
        raise InputError(f"no merchant named {name}")

    @app.get("/probe/invalid")  # type: ignore[attr-defined, untyped-decorator]
    def invalid(page: Annotated[str, Query(), AfterValidator(_echoing)]) -> None:
        return None


@SQLITE
def test_a_refusal_naming_user_input_is_escaped_on_the_page(app_client: TestClient) -> None:
    _routes(app_client)
    answer = app_client.get("/probe/refusal", params={"name": ATTACK})
    assert answer.status_code == 409
    assert ATTACK not in answer.text
    assert f"no merchant named {ESCAPED}" in answer.text


@SQLITE
def test_a_validation_message_echoing_input_is_escaped_on_the_page(
    app_client: TestClient,
) -> None:
    _routes(app_client)
    answer = app_client.get("/probe/invalid", params={"page": ATTACK})
    assert answer.status_code == 422
    assert ATTACK not in answer.text
    assert f"{ESCAPED} is not a number" in answer.text


@SQLITE
def test_a_catalogue_message_is_still_translated_on_the_page(app_client: TestClient) -> None:
    sign_in(app_client, "m1-main")
    answer = app_client.get("/m/appeals/NOPE")
    assert answer.status_code == 404
    assert str(template_gettext("zh")("not found, or not yours to see")) in answer.text
    assert "not found, or not yours to see" not in answer.text


def test_the_templates_gettext_escapes_what_is_not_a_msgid() -> None:
    say = template_gettext("zh")
    assert say(ATTACK) == ESCAPED
    assert say("Sign in") == "登录"
    assert say(ATTACK + " %(x)s", x="<b>") == ESCAPED + " &lt;b&gt;"
    # A catalogue text's parameters are escaped as before.
    assert "&lt;1&gt;" in template_gettext("en")("Page %(page)s of %(pages)s", page="<1>", pages=2)

"""Error pages speak the page's language (the language cookie; Chinese by default) even
where the code gave only a bare status; the JSON API and webhooks keep JSON errors."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


def _page(client: TestClient, method: str, path: str, language: str | None) -> tuple[int, str]:
    if language:
        client.cookies.set("sellerstar_lang", language)
    answer = client.request(method, path)
    return answer.status_code, answer.text


@pytest.mark.parametrize(
    ("method", "path", "status", "zh", "en"),
    [
        ("GET", "/no/such/page", 404, "此地址没有内容，或您无权查看。",
         "There is nothing at this address, or it is not yours to see."),
        ("DELETE", "/login", 405, "此地址不接受这种请求。",
         "This address does not take this kind of request."),
    ],
)  # fmt: skip
def test_a_bare_status_is_said_in_the_pages_language(
    app_client: TestClient, method: str, path: str, status: int, zh: str, en: str
) -> None:
    code, page = _page(app_client, method, path, None)
    assert code == status and f'<p role="alert">{zh}</p>' in page
    assert '<html lang="zh-CN">' in page
    code, page = _page(app_client, method, path, "en")
    assert code == status and f'<p role="alert">{en}</p>' in page
    assert '<html lang="en">' in page and "Not Found" not in page


def test_a_sentence_of_the_code_is_kept(app_client: TestClient) -> None:
    code, page = _page(app_client, "GET", "/lang/xx", None)
    assert code == 404 and '<p role="alert">不支持该语言</p>' in page


def test_the_api_keeps_json_errors(app_client: TestClient) -> None:
    for language in ("zh", "en"):
        app_client.cookies.set("sellerstar_lang", language)
        answer = app_client.get("/api/v1/no-such-thing")
        assert answer.status_code == 404
        assert answer.headers["content-type"] == "application/json"
        assert answer.json() == {"detail": "Not Found"}

"""How errors reach people: a page in their language, or JSON for the API; never a trace."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from sqlalchemy.exc import DataError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException

from sellerstar.domain.access import OutOfScope
from sellerstar.errors import SellerstarError
from sellerstar.web.auth import SignInRequired
from sellerstar.web.i18n import N_
from sellerstar.web.templating import render
from sellerstar.web.words.site import STATUS_MESSAGES

_LOG = logging.getLogger("sellerstar.web")
BUSY_RETRY_SECONDS = 5


class BodyTooLarge(HTTPException):
    """A request body over the limit of its path (``web.body_limits``)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, N_("the request body is too large"))
        self.limit = limit


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith(("/api/", "/webhooks/"))


def _answer(request: Request, status: int, message: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": message}, status_code=status)
    shown = _in_words(status, message)
    return render(request, "error.html", {"status": status, "message": shown}, status)


def _in_words(status: int, message: str) -> str:
    """The page's sentence: ``message``, unless it is only Starlette's English status
    phrase (``HTTPException(404)``, an unknown address), which has no translation.

    >>> _in_words(404, "Not Found")
    'There is nothing at this address, or it is not yours to see.'
    >>> _in_words(404, "no such user")
    'no such user'
    """
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        return message
    if message != phrase:
        return message
    return STATUS_MESSAGES.get(status, STATUS_MESSAGES[500] if status >= 500 else message)


def too_large(request: Request, limit: int) -> Response:
    """The 413 answer; JSON says the limit. The connection closes: the rest of the body
    is not read."""
    message = N_("the request body is too large")
    response: Response
    if _wants_json(request):
        response = JSONResponse({"detail": message, "max_bytes": limit}, status_code=413)
    else:
        response = render(request, "error.html", {"status": 413, "message": message}, 413)
    response.headers["Connection"] = "close"
    return response


async def _too_large(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, BodyTooLarge)
    return too_large(request, exc.limit)


async def _sign_in(request: Request, _exc: Exception) -> Response:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/login?next={quote(target)}", status_code=303)


async def _http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    detail = str(exc.detail)
    if isinstance(exc.__cause__, RecursionError):
        # FastAPI's 400 "error parsing the body" of a JSON body nested past the stack.
        detail = N_("the JSON body is nested too deeply")
    response = _answer(request, exc.status_code, detail)
    for key, value in (exc.headers or {}).items():
        response.headers[key] = value
    return response


async def _invalid(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    problems = "; ".join(
        f"{'.'.join(str(part) for part in error['loc'])}: {error['msg']}" for error in exc.errors()
    )
    return _answer(request, 422, problems)


async def _out_of_scope(request: Request, _exc: Exception) -> Response:
    # "Not found" whether it does not exist or belongs to someone else: no probing.
    return _answer(request, 404, N_("not found, or not yours to see"))


async def _refused(request: Request, exc: Exception) -> Response:
    return _answer(request, 409, str(exc))


async def _unstorable(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, DataError)
    # PostgreSQL text cannot hold NUL; SQLite can. Whatever field it came in (path, query,
    # form or JSON), it is the input that is wrong.
    if "NUL (0x00)" in str(exc.orig):
        return _answer(request, 422, N_("text must not contain the NUL character (0x00)"))
    return await _unexpected(request, exc)


async def _busy(request: Request, exc: Exception) -> Response:
    # SQLite's write lock held longer than the web waits (a big import on SQLite), or every
    # pooled connection taken: nothing was written, and the same request can be repeated.
    locked = isinstance(exc, OperationalError) and "database is locked" in str(exc.orig)
    if not (locked or isinstance(exc, PoolTimeout)):
        return await _unexpected(request, exc)
    _LOG.warning("store busy on %s %s: %s", request.method, request.url.path, exc)
    response = _answer(request, 503, N_("the store is busy; try again in a few seconds"))
    response.headers["Retry-After"] = str(BUSY_RETRY_SECONDS)
    return response


async def _unexpected(request: Request, exc: Exception) -> Response:
    _LOG.exception("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return _answer(request, 500, N_("something went wrong on our side; it has been logged"))


def _documented(app: FastAPI) -> None:
    # FastAPI documents its own 422 body (a list of errors); _invalid answers one string.
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        document = generate()
        schemas = document.get("components", {}).get("schemas", {})
        if "HTTPValidationError" in schemas:
            schemas["HTTPValidationError"] = {
                "title": "HTTPValidationError",
                "type": "object",
                "properties": {"detail": {"type": "string", "description": "What to correct."}},
                "required": ["detail"],
            }
        return document

    app.openapi = openapi  # type: ignore[method-assign]


def install(app: FastAPI) -> None:
    """Register the handlers on ``app`` and document its error bodies."""
    _documented(app)
    app.add_exception_handler(SignInRequired, _sign_in)
    app.add_exception_handler(HTTPException, _http)
    app.add_exception_handler(BodyTooLarge, _too_large)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(OutOfScope, _out_of_scope)
    app.add_exception_handler(SellerstarError, _refused)
    app.add_exception_handler(DataError, _unstorable)
    app.add_exception_handler(OperationalError, _busy)
    app.add_exception_handler(PoolTimeout, _busy)
    app.add_exception_handler(Exception, _unexpected)

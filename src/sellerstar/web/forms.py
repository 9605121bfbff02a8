"""Forms with files, parsed only once the caller is known to be allowed to send them.

FastAPI reads a route's ``Form`` and ``File`` parameters before it runs any dependency, so
a stranger's upload would be spooled to disk before the sign-in check. An upload route
takes its form from :func:`form_after` instead: the role check, then the parse (within
the body limit of ``web.body_limits``), then the CSRF check on the parsed form; and its
fields from :func:`fields`, validated as FastAPI would (422 naming the field).
"""

# No `from __future__ import annotations`: FastAPI must see the closure's `gate` itself.

import typing
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ValidationError
from starlette.datastructures import FormData

from sellerstar.web.auth import Auth, verify_csrf

Fields = TypeVar("Fields", bound=BaseModel)


def form_after(
    gate: Callable[..., Awaitable[Auth]],
) -> Callable[..., AsyncIterator[FormData]]:
    """Dependency: the request's form, read after ``gate`` (``page_user``/``api_user``)
    let the caller in; its files are closed after the request."""

    async def dependency(
        request: Request, auth: Annotated[Auth, Depends(gate)]
    ) -> AsyncIterator[FormData]:
        # One file more than allowed is parsed, so the filing refuses it in words.
        most = request.app.state.settings.evidence_max_files + 1
        async with request.form(max_files=most, max_fields=50) as form:
            await verify_csrf(request, auth)  # reads the form parsed above
            yield form

    return dependency


def fields(form: FormData, model: type[Fields]) -> Fields:
    """The form's values as ``model`` (a list field takes every value of its name)."""
    values: dict[str, Any] = {}
    for name, field in model.model_fields.items():
        if name in form:
            many = typing.get_origin(field.annotation) is list
            values[name] = form.getlist(name) if many else form[name]
    try:
        return model.model_validate(values)
    except ValidationError as exc:
        errors = [{**error, "loc": ("body", *error["loc"])} for error in exc.errors()]
        raise RequestValidationError(errors) from None


def multipart_body(model: type[BaseModel]) -> dict[str, Any]:
    """``openapi_extra`` of a route that reads ``model`` with :func:`fields`."""
    schema = model.model_json_schema()
    return {
        "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": schema}}}
    }

"""Health (the process answers) and readiness (the store is reachable and migrated)."""

from __future__ import annotations

import sqlalchemy as sa
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from sellerstar.errors import SellerstarError
from sellerstar.store import migrate

router = APIRouter(tags=["system"])


@router.get("/healthz")
def health() -> dict[str, str]:
    """The process is up."""
    return {"status": "ok"}


@router.get("/readyz", response_model=None)
def ready(request: Request) -> JSONResponse:
    """The store answers and its schema is at the newest migration."""
    try:
        migrate.require_head(request.app.state.engine)
    except SellerstarError as exc:
        return JSONResponse({"status": "not ready", "detail": str(exc)}, status_code=503)
    except sa.exc.OperationalError:
        return JSONResponse(
            {"status": "not ready", "detail": "the database does not answer"}, status_code=503
        )
    return JSONResponse({"status": "ready"})

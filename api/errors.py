"""One error shape for every failure: ``{"error": {"code": "...", "message": "..."}}``, mapped here once."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from second_chance.errors import RateLimited, SecondChanceError

log = logging.getLogger("second_chance.api")

_CODES = {
    400: "bad_request",
    401: "unauthenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    429: "rate_limited",
    500: "internal_error",
    502: "upstream_error",
    503: "unavailable",
}


class ErrorDetail(BaseModel):
    code: str = Field(description="Stable, machine-readable: e.g. reauthenticate, insufficient_scope, rate_limited")
    message: str = Field(description="For people; may change")


class ErrorBody(BaseModel):
    error: ErrorDetail


# What /v1 routes may answer besides success, all in the one shape (documented in OpenAPI; this also replaces
# FastAPI's own 422 schema, which is not what we send).
API_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": description}
    for status, description in {
        401: "Missing, invalid or expired Google access token (code `unauthenticated` or `reauthenticate`)",
        403: "The token lacks the Gmail scopes (code `insufficient_scope`)",
        404: "No such message in this mailbox",
        413: "Request body too large",
        422: "The request is not valid",
        429: "Too many requests; see Retry-After",
        502: "Gmail or Google's token check failed",
    }.items()
}


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


async def _ours(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, SecondChanceError)
    headers = {"WWW-Authenticate": "Bearer"} if exc.status_code == 401 else {}
    if isinstance(exc, RateLimited) and exc.retry_after is not None:
        headers["Retry-After"] = str(max(1, round(exc.retry_after)))
    return error_response(exc.status_code, exc.code, exc.message, headers)


async def _http(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(status).phrase
    return error_response(status, _CODES.get(status, "error"), message, dict(exc.headers or {}))


async def _validation(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for error in exc.errors()[:10]:
        where = ".".join(str(part) for part in error.get("loc", ()) if part not in ("body",))
        problems.append(f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg", "invalid")))
    return error_response(422, "invalid_request", "; ".join(problems) or "invalid request")


class Unexpected:
    """The last resort, as a middleware inside CORS: Starlette's own 500 page sits outside every middleware,
    so the extension would see a CORS failure instead of our error."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking)
        except Exception:
            # The traceback goes to our log (which never holds tokens or mail), never to the caller.
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise  # too late for a clean answer; the server closes the connection
            await error_response(500, "internal_error", "something went wrong on our side")(scope, receive, send)


def install(app: FastAPI) -> None:
    app.add_exception_handler(SecondChanceError, _ours)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_middleware(Unexpected)  # added first, so innermost: CORS and the body limit wrap it

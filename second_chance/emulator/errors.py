"""Google's error JSON, as Gmail returns it, and the exception the handlers raise to produce it."""

from __future__ import annotations

from typing import Any

STATUS_NAMES: dict[int, str] = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    409: "ABORTED",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    501: "UNIMPLEMENTED",
    502: "UNAVAILABLE",
    503: "UNAVAILABLE",
    504: "DEADLINE_EXCEEDED",
}

REASON_PHRASES: dict[int, str] = {
    200: "OK",
    204: "No Content",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    429: "Too Many Requests",
    500: "Internal Server Error",
    501: "Not Implemented",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}

AUTH_REALM = 'Bearer realm="https://accounts.google.com/"'
UNAUTHENTICATED_MESSAGE = (
    "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid "
    "authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project."
)
MISSING_CREDENTIAL_MESSAGE = (
    "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other "
    "valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project."
)


class ApiError(Exception):
    """An error response in Google's JSON format. ``detail`` is the per-error message in ``errors[]``, which
    Google sometimes words differently from the top-level message."""

    def __init__(
        self,
        code: int,
        message: str,
        reason: str,
        *,
        detail: str | None = None,
        domain: str = "global",
        location: str | None = None,
        location_type: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{code} {reason}: {message}")
        self.code = code
        self.message = message
        self.reason = reason
        self.detail = detail if detail is not None else message
        self.domain = domain
        self.location = location
        self.location_type = location_type
        self.headers = dict(headers or {})

    def body(self) -> dict[str, Any]:
        item: dict[str, Any] = {"message": self.detail, "domain": self.domain, "reason": self.reason}
        if self.location is not None:
            item["location"] = self.location
            item["locationType"] = self.location_type or "parameter"
        return {
            "error": {
                "code": self.code,
                "message": self.message,
                "errors": [item],
                "status": STATUS_NAMES.get(self.code, "UNKNOWN"),
            }
        }


def invalid_argument(message: str, *, location: str | None = None) -> ApiError:
    return ApiError(400, message, "invalidArgument", location=location)


def not_found() -> ApiError:
    return ApiError(404, "Requested entity was not found.", "notFound")


def method_not_found() -> ApiError:
    return ApiError(404, "Method not found.", "notFound")


def unauthenticated(*, missing: bool) -> ApiError:
    if missing:
        return ApiError(
            401,
            MISSING_CREDENTIAL_MESSAGE,
            "required",
            detail="Login Required.",
            location="Authorization",
            location_type="header",
            headers={"WWW-Authenticate": AUTH_REALM},
        )
    return ApiError(
        401,
        UNAUTHENTICATED_MESSAGE,
        "authError",
        detail="Invalid Credentials",
        location="Authorization",
        location_type="header",
        headers={"WWW-Authenticate": AUTH_REALM},
    )


def insufficient_scopes(required: tuple[str, ...]) -> ApiError:
    return ApiError(
        403,
        "Request had insufficient authentication scopes.",
        "insufficientPermissions",
        detail="Insufficient Permission",
        headers={
            "WWW-Authenticate": f'{AUTH_REALM}, error="insufficient_scope", scope="{" ".join(required)}"',
        },
    )


def forbidden(message: str) -> ApiError:
    return ApiError(403, message, "forbidden")


def rate_limited(retry_after: int, *, retry_at: str) -> ApiError:
    message = f"User-rate limit exceeded.  Retry after {retry_at}"
    return ApiError(
        429,
        message,
        "rateLimitExceeded",
        domain="usageLimits",
        headers={"Retry-After": str(max(0, int(retry_after)))},
    )


def server_error(code: int, *, retry_after: int | None = None) -> ApiError:
    """An injected failure: 429 looks like Gmail's rate limiting, 5xx like its backend errors."""
    headers = {"Retry-After": str(retry_after)} if retry_after is not None and code in (429, 503) else {}
    if code == 429:
        return ApiError(
            429,
            "Too many concurrent requests for user.",
            "rateLimitExceeded",
            domain="usageLimits",
            headers=headers,
        )
    if code == 500:
        return ApiError(500, "Internal error encountered.", "backendError", headers=headers)
    if code == 504:
        return ApiError(504, "The request timed out. Please try again.", "backendError", headers=headers)
    if code >= 500:
        return ApiError(code, "The service is currently unavailable.", "backendError", headers=headers)
    return ApiError(code, "Request failed.", "failedPrecondition", headers=headers)

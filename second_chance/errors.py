"""The one error type of the project.

Every failure a user can cause or meet is a ``SecondChanceError`` carrying an HTTP-like status and a stable
machine-readable code; the HTTP edge maps it to a response once, the CLI prints its message.
"""

from __future__ import annotations


class SecondChanceError(Exception):
    status_code: int = 500
    code: str = "internal_error"

    def __init__(self, message: str, *, code: str | None = None, status_code: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        if status_code is not None:
            self.status_code = status_code


class UnreadableEmail(SecondChanceError):
    """A message that cannot be turned into an ``Email`` (binary, truncated, unknown charset, too large)."""

    status_code = 422
    code = "unreadable_email"


class TemplateError(SecondChanceError):
    status_code = 422
    code = "invalid_template"


class InvalidInput(SecondChanceError):
    status_code = 422
    code = "invalid_input"


class NotFound(SecondChanceError):
    status_code = 404
    code = "not_found"


class Unauthenticated(SecondChanceError):
    status_code = 401
    code = "unauthenticated"


class Forbidden(SecondChanceError):
    status_code = 403
    code = "forbidden"


class Conflict(SecondChanceError):
    status_code = 409
    code = "conflict"


class PayloadTooLarge(SecondChanceError):
    status_code = 413
    code = "payload_too_large"


class RateLimited(SecondChanceError):
    status_code = 429
    code = "rate_limited"

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class UpstreamError(SecondChanceError):
    status_code = 502
    code = "upstream_error"

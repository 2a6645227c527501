"""Errors the service layer raises; pages, API and CLI turn them into 4xx answers or messages."""
from __future__ import annotations


class ServiceError(Exception):
    status = 400

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


class InvalidParameter(ServiceError):
    """A query parameter (page, size, filter) a client sent is not acceptable."""
    status = 400


class ValidationError(ServiceError):
    """Submitted data breaks a rule; ``errors`` lists every (field, message) found."""
    status = 422

    def __init__(self, errors: list[tuple[str, str]]):
        self.errors = errors
        field, message = errors[0]
        super().__init__("; ".join(f"{f}: {m}" for f, m in errors), field)


class NotFound(ServiceError):
    status = 404


class PermissionDenied(ServiceError):
    status = 403


class Unavailable(ServiceError):
    """A service we depend on (the search engine) cannot answer now; the message is safe to show."""
    status = 503

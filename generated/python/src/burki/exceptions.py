"""The errors the SDK raises. ``BurkiError`` is the base of all of them."""

from ._runtime.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    SDKError,
    ServerError,
    ValidationError,
    WebhookParseError,
    WebSocketError,
)

BurkiError = SDKError

__all__ = [
    "BurkiError",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "ConflictError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "ValidationError",
    "WebhookParseError",
    "WebSocketError",
]

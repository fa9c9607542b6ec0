"""The Burki API SDK."""

from ._client import BurkiClient, AsyncBurkiClient
from ._runtime._types import NOT_GIVEN, FileInput, NotGiven, RequestOptions
from ._runtime.pagination import AsyncPage, AsyncPageRequest, SyncPage
from ._runtime.raw import RawResponse
from .exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BurkiError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    ValidationError,
    WebhookParseError,
    WebSocketError,
)

__version__ = "1.0.0"

__all__ = [
    "BurkiClient",
    "AsyncBurkiClient",
    "NOT_GIVEN",
    "NotGiven",
    "FileInput",
    "RequestOptions",
    "SyncPage",
    "AsyncPage",
    "AsyncPageRequest",
    "RawResponse",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BurkiError",
    "ConflictError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "ValidationError",
    "WebhookParseError",
    "WebSocketError",
]

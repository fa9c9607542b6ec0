"""The Burki API SDK."""

from typing import TYPE_CHECKING, Any, Mapping, Union

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

if TYPE_CHECKING:
    from .webhooks import WebhookEvent


def parse_webhook(body: Union[str, bytes, bytearray, Mapping[str, Any]]) -> "WebhookEvent":
    """The typed payload of a webhook body (str, bytes or a decoded dict); see ``burki.webhooks``."""
    from .webhooks import parse_webhook as parse

    return parse(body)

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
    "parse_webhook",
]

"""The error classes. ``SDKError`` is the base of all of them (the package exports it under the API's name)."""

from __future__ import annotations

import email.utils
import json
import time
from typing import Any, List, Mapping, Optional

import httpx


class SDKError(Exception):
    """Base of every error the SDK raises. ``message`` is the text of the error."""

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class APIConnectionError(SDKError):
    """The request did not get a response: DNS, refused connection, TLS, a dropped connection."""

    def __init__(self, message: str = "Connection error.", *, request: Optional[httpx.Request] = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """An attempt took longer than the timeout (in seconds)."""

    def __init__(self, message: str = "Request timed out.", *, request: Optional[httpx.Request] = None) -> None:
        super().__init__(message, request=request)


class WebhookParseError(SDKError):
    """A webhook body that is not JSON, or not an object."""


class WebSocketError(SDKError):
    """A realtime stream failed to open, or closed with an error code."""

    def __init__(self, message: str, *, code: Optional[int] = None) -> None:
        super().__init__(message)
        self.code = code


class APIStatusError(SDKError):
    """The API answered with a status code of 4xx or 5xx."""

    status_code: int
    body: object
    """The decoded JSON body, else the text, else ``None``."""
    headers: httpx.Headers
    request_id: Optional[str]
    response: httpx.Response

    def __init__(self, message: str, *, response: httpx.Response, body: object) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body
        self.request_id = response.headers.get("x-request-id")


class ValidationError(APIStatusError):
    """400 or 422: the request was rejected. ``errors`` is the API's list of problems (FastAPI's ``detail``)."""

    @property
    def errors(self) -> List[Any]:
        detail = self.body.get("detail") if isinstance(self.body, dict) else None
        if isinstance(detail, list):
            return detail
        return [detail] if detail is not None else []


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or expired."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's state."""


class RateLimitError(APIStatusError):
    """429: too many requests. ``retry_after`` is the seconds the API asked to wait, or ``None``."""

    @property
    def retry_after(self) -> Optional[float]:
        return retry_after_seconds(self.headers)


class ServerError(APIStatusError):
    """5xx: the API failed."""


def retry_after_seconds(headers: Mapping[str, str], now: Optional[float] = None) -> Optional[float]:
    """``retry-after-ms``, else ``Retry-After`` as seconds or as an HTTP date; ``None`` when absent or unreadable."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return max(0.0, float(millis) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    parsed = email.utils.parsedate_tz(value)
    if parsed is None:
        return None
    return max(0.0, email.utils.mktime_tz(parsed) - (time.time() if now is None else now))


def _detail_text(body: object) -> Optional[str]:
    if isinstance(body, dict):
        for key in ("detail", "message", "error"):
            value = body.get(key)
            if isinstance(value, str):
                return value
            if isinstance(value, list) and value:
                parts = [item.get("msg", "") if isinstance(item, dict) else str(item) for item in value]
                return "; ".join(part for part in parts if part)
            if isinstance(value, dict) and isinstance(value.get("message"), str):
                return str(value["message"])
    if isinstance(body, str) and body.strip():
        return body.strip()[:500]
    return None


def decode_error_body(response: httpx.Response) -> object:
    """The body of an error response: JSON when it parses, else the text, else ``None``."""
    text = response.text
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def status_error(response: httpx.Response, route: str) -> APIStatusError:
    """The error class for a response's status; the message names the route and the API's detail, never the key."""
    body = decode_error_body(response)
    status = response.status_code
    detail = _detail_text(body)
    message = f"{route} returned {status}" + (f": {detail}" if detail else "")
    cls: type[APIStatusError]
    if status in (400, 422):
        cls = ValidationError
    elif status == 401:
        cls = AuthenticationError
    elif status == 403:
        cls = PermissionDeniedError
    elif status == 404:
        cls = NotFoundError
    elif status == 409:
        cls = ConflictError
    elif status == 429:
        cls = RateLimitError
    elif status >= 500:
        cls = ServerError
    else:
        cls = APIStatusError
    error = cls(message, response=response, body=body)
    if detail:
        error.message = detail
    return error

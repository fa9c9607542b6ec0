"""``with_raw_response``: the same methods, returning the HTTP response beside the parsed result."""

from __future__ import annotations

import functools
from contextvars import ContextVar
from typing import Any, Awaitable, Callable, Generic, TypeVar, cast

import httpx
from typing_extensions import ParamSpec

P = ParamSpec("P")
R = TypeVar("R")

_raw: ContextVar[bool] = ContextVar("raw_response", default=False)


class RawResponse(Generic[R]):
    """The response of a call: status, headers and body as sent, and ``parse()`` for the usual result."""

    def __init__(self, response: httpx.Response, parse: Callable[[], R]) -> None:
        self.http_response = response
        self._parse = parse

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def parse(self) -> R:
        return self._parse()

    def __repr__(self) -> str:
        return f"<RawResponse {self.http_response.request.method} {self.http_response.url.path} {self.status_code}>"


def wrap_if_raw(response: httpx.Response, parse: Callable[[], R]) -> R:
    """The parsed result, or (inside a ``with_raw_response`` call) the ``RawResponse`` carrying it."""
    if _raw.get():
        return cast(R, RawResponse(response, parse))
    return parse()


def to_raw_response(method: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        token = _raw.set(True)
        try:
            return cast(Any, method(*args, **kwargs))  # type: ignore[no-any-return]
        finally:
            _raw.reset(token)

    return wrapped


def async_to_raw_response(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[RawResponse[R]]]:
    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        token = _raw.set(True)
        try:
            return cast(Any, await method(*args, **kwargs))  # type: ignore[no-any-return]
        finally:
            _raw.reset(token)

    return wrapped

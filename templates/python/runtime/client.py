"""The client core behind the generated client classes (sync and ``Async``): configuration, credentials,
request building, retries, timeouts, logging and decoding. One core serves blocking calls (``httpx.Client``) and
``async`` calls (``httpx.AsyncClient``), each made on first use."""

from __future__ import annotations

import base64
import json
import logging
import os
import time
import typing
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Dict, Mapping, Optional, Tuple, TypeVar, Union

import httpx
import pydantic

from ._types import NOT_GIVEN, NotGiven, RequestOptions
from .encoding import encode, scalar_text
from .errors import APIConnectionError, APITimeoutError, SDKError, status_error
from .operation import Operation
from .retry import jitter, retry_delay, should_retry_status

if TYPE_CHECKING:
    import asyncio

R = TypeVar("R")

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2

log = logging.getLogger(__name__.split(".")[0])


async def _async_sleep(seconds: float) -> None:
    # asyncio is imported on the first async call: a blocking program never loads it (import time).
    import asyncio

    await asyncio.sleep(seconds)


@dataclass(frozen=True)
class ClientConfig:
    """What the generated client class says about its API (never set by users)."""

    client_name: str
    default_base_url: str
    user_agent: str
    api_key_env_var: Optional[str] = None
    credential: Optional[Tuple[str, ...]] = None
    """``None``: a bearer token; ``("header", name)``, ``("query", name)`` or ``("basic",)`` otherwise."""


_adapters: Dict[Any, "pydantic.TypeAdapter[Any]"] = {}


def validate(tp: Any, data: Any) -> Any:
    """``data`` (parsed JSON) as ``tp``: a model class, ``List[Model]``, a union, ...; ``None`` passes it through.

    A body that does not match its schema (a field the spec calls required is missing, a new kind of value) is not
    an error: it is logged as a warning and kept without validation, so a call against a slightly different
    server still returns its data."""
    if tp is None:
        return data
    try:
        if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel):
            return tp.model_validate(data)
        adapter = _adapters.get(tp)
        if adapter is None:
            adapter = _adapters[tp] = pydantic.TypeAdapter(tp)
        return adapter.validate_python(data)
    except pydantic.ValidationError as error:
        log.warning("A response did not match its schema (%d problems); kept without validation.", error.error_count())
        return _construct(tp, data)


def _construct(tp: Any, data: Any) -> Any:
    """Models built without validation (aliases and extra keys kept, nested values left as parsed)."""
    if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel) and isinstance(data, dict):
        return tp.model_construct(**data)
    if typing.get_origin(tp) is list and isinstance(data, list):
        (item,) = typing.get_args(tp) or (None,)
        return [_construct(item, value) for value in data]
    return data


def parse_json(response: httpx.Response, route: str) -> Any:
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except ValueError:
        raise SDKError(f"{route}: the response is not JSON (status {response.status_code}).") from None


def decode(op: Operation[R], response: httpx.Response) -> R:
    """The result of a successful call: the validated JSON, the text, the bytes, or ``None``."""
    result: Any
    if op.result == "empty":
        result = None
    elif op.result == "binary":
        result = response.content
    elif op.result == "text":
        result = response.text
    else:
        result = validate(op.returns, parse_json(response, op.route))
    return result  # type: ignore[no-any-return]


class BaseClient:
    """Configuration and the request loop. Subclassed by the generated clients."""

    _config: ClientConfig

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        base_url: Optional[str] = None,
        timeout: Optional[float] = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        http_client: Optional[httpx.Client] = None,
        async_http_client: Optional[httpx.AsyncClient] = None,
    ) -> None:
        config = self._config
        if api_key is None and config.api_key_env_var:
            api_key = os.environ.get(config.api_key_env_var) or None
        self.__api_key = api_key
        self.base_url = (base_url or config.default_base_url).rstrip("/")
        self.timeout = timeout
        self.max_retries = max_retries
        self.default_headers: Dict[str, str] = dict(default_headers or {})
        self._http = http_client
        self._async_http = async_http_client
        self._async_loop: Optional[asyncio.AbstractEventLoop] = None
        self._owns_http = http_client is None
        self._owns_async_http = async_http_client is None
        # Replaceable in tests, so that retries never wait.
        self._sleep: Callable[[float], None] = time.sleep
        self._async_sleep: Callable[[float], Any] = _async_sleep
        self._random: Callable[[], float] = jitter

    def __repr__(self) -> str:
        # Never the key.
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    @property
    def has_api_key(self) -> bool:
        return bool(self.__api_key)

    def _api_key_for(self, purpose: str) -> str:
        if not self.__api_key:
            where = f" or set {self._config.api_key_env_var}" if self._config.api_key_env_var else ""
            raise SDKError(f"{self._config.client_name} has no API key for {purpose}: pass api_key={where}.")
        return self.__api_key

    # -- request building --------------------------------------------------------------------------------------------

    def _build(self, op: Operation[Any], args: Mapping[str, Any], options: RequestOptions) -> httpx.Request:
        encoded = encode(op, args, options.get("extra_body"))
        query = list(encoded.query)
        headers: Dict[str, str] = {"User-Agent": self._config.user_agent}
        if op.result == "json":
            headers["Accept"] = "application/json"
        if op.auth:
            self._add_credentials(headers, query, self._api_key_for(op.route))
        headers.update(self.default_headers)
        headers.update(encoded.headers)
        if "idempotency_key" in options:
            headers["Idempotency-Key"] = options["idempotency_key"]
        for name, value in (options.get("extra_headers") or {}).items():
            for existing in [key for key in headers if key.lower() == name.lower()]:
                del headers[existing]
            if value is not None:
                headers[name] = value
        query.extend((key, scalar_text(value)) for key, value in (options.get("extra_query") or {}).items())
        timeout = options["timeout"] if "timeout" in options else self.timeout
        return httpx.Request(
            op.method,
            self.base_url + encoded.path,
            params=tuple(query),
            headers=headers,
            content=encoded.content,
            data=encoded.data,
            files=encoded.files,
            extensions={"timeout": httpx.Timeout(timeout).as_dict()},
        )

    def _url(self, op: Operation[Any], args: Mapping[str, Any]) -> str:
        """The URL a call with these arguments requests, built without a request (and without the key)."""
        encoded = encode(op, args)
        return str(httpx.URL(self.base_url + encoded.path, params=tuple(encoded.query)))

    def _add_credentials(self, headers: Dict[str, str], query: list[Tuple[str, str]], key: str) -> None:
        credential = self._config.credential
        if credential is None:
            headers["Authorization"] = f"Bearer {key}"
        elif credential[0] == "header":
            headers[credential[1]] = key
        elif credential[0] == "query":
            query.append((credential[1], key))
        else:
            headers["Authorization"] = "Basic " + base64.b64encode(key.encode("utf-8")).decode("ascii")

    def _retries(self, op: Operation[Any], options: RequestOptions) -> int:
        if not (op.idempotent or "idempotency_key" in options):
            return 0
        return max(0, options.get("max_retries", self.max_retries))

    def _log(self, op: Operation[Any], attempt: int, started: float, outcome: Union[int, str]) -> None:
        # Plain data only: never headers, bodies or the key.
        if log.isEnabledFor(logging.DEBUG):
            elapsed = (time.monotonic() - started) * 1000
            log.debug("%s %s -> %s (attempt %d, %.0f ms)", op.method, op.path, outcome, attempt, elapsed)

    # -- blocking ----------------------------------------------------------------------------------------------------

    def _http_client(self) -> httpx.Client:
        if self._http is None:
            self._http = httpx.Client(follow_redirects=True)
        return self._http

    def _send(self, op: Operation[Any], args: Mapping[str, Any], options: RequestOptions) -> httpx.Response:
        retries = self._retries(op, options)
        http = self._http_client()
        for attempt in range(retries + 1):
            request = self._build(op, args, options)
            started = time.monotonic()
            try:
                response = http.send(request)
            except httpx.TimeoutException:
                self._log(op, attempt + 1, started, "timeout")
                if attempt < retries:
                    self._sleep(retry_delay(attempt, None, self._random()))
                    continue
                raise APITimeoutError(f"{op.route} timed out.", request=request) from None
            except httpx.TransportError as error:
                self._log(op, attempt + 1, started, "connection error")
                if attempt < retries:
                    self._sleep(retry_delay(attempt, None, self._random()))
                    continue
                raise APIConnectionError(f"{op.route}: {type(error).__name__}.", request=request) from None
            self._log(op, attempt + 1, started, response.status_code)
            if response.status_code < 400:
                return response
            if attempt < retries and should_retry_status(response.status_code, response.headers):
                self._sleep(retry_delay(attempt, response.headers, self._random()))
                continue
            raise status_error(response, op.route)
        raise AssertionError("unreachable")

    def _call(self, op: Operation[R], args: Mapping[str, Any], options: RequestOptions) -> R:
        from .raw import wrap_if_raw

        response = self._send(op, args, options)
        return wrap_if_raw(response, lambda: decode(op, response))

    def close(self) -> None:
        """Closes the connections the client opened (not a client passed as ``http_client``)."""
        if self._http is not None and self._owns_http:
            self._http.close()

    # -- async -------------------------------------------------------------------------------------------------------

    def _async_http_client(self) -> httpx.AsyncClient:
        # An AsyncClient's connections belong to one event loop: a new loop (another asyncio.run) gets a new client.
        import asyncio

        loop = asyncio.get_running_loop()
        if self._async_http is None or (self._owns_async_http and self._async_loop is not loop):
            self._async_http = httpx.AsyncClient(follow_redirects=True)
            self._async_loop = loop
        return self._async_http

    async def _send_async(self, op: Operation[Any], args: Mapping[str, Any], options: RequestOptions) -> httpx.Response:
        retries = self._retries(op, options)
        http = self._async_http_client()
        for attempt in range(retries + 1):
            request = self._build(op, args, options)
            started = time.monotonic()
            try:
                response = await http.send(request)
            except httpx.TimeoutException:
                self._log(op, attempt + 1, started, "timeout")
                if attempt < retries:
                    await self._async_sleep(retry_delay(attempt, None, self._random()))
                    continue
                raise APITimeoutError(f"{op.route} timed out.", request=request) from None
            except httpx.TransportError as error:
                self._log(op, attempt + 1, started, "connection error")
                if attempt < retries:
                    await self._async_sleep(retry_delay(attempt, None, self._random()))
                    continue
                raise APIConnectionError(f"{op.route}: {type(error).__name__}.", request=request) from None
            self._log(op, attempt + 1, started, response.status_code)
            if response.status_code < 400:
                return response
            if attempt < retries and should_retry_status(response.status_code, response.headers):
                await self._async_sleep(retry_delay(attempt, response.headers, self._random()))
                continue
            raise status_error(response, op.route)
        raise AssertionError("unreachable")

    async def _call_async(self, op: Operation[R], args: Mapping[str, Any], options: RequestOptions) -> R:
        from .raw import wrap_if_raw

        response = await self._send_async(op, args, options)
        return wrap_if_raw(response, lambda: decode(op, response))

    async def aclose(self) -> None:
        """Closes the async connections (and the blocking ones) the client opened."""
        if self._async_http is not None and self._owns_async_http:
            await self._async_http.aclose()
        self.close()


def given(value: Any) -> bool:
    return not isinstance(value, NotGiven)


__all__ = ["BaseClient", "ClientConfig", "NOT_GIVEN", "decode", "validate", "given"]

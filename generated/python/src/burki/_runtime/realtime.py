"""Realtime streams over WebSocket (the ``websockets`` package): ``async with`` opens the socket, ``async for``
yields typed events picked by their ``type``; an unknown type passes through as ``UnknownStreamEvent``. The API
key travels as the ``token`` query parameter and never appears in a message or ``repr``."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, AsyncIterator, Generic, Mapping, Optional, Tuple, TypeVar
from urllib.parse import quote

from .errors import WebSocketError
from .models import Model

if TYPE_CHECKING:
    from .client import BaseClient

E = TypeVar("E")


class UnknownStreamEvent(Model):
    """A message of a type this SDK version does not know; every property is kept."""

    type: Optional[str] = None


def socket_url(base_url: str, path: str) -> str:
    """``https://host/base`` + ``/ws/x`` → ``wss://host/base/ws/x``."""
    if base_url.startswith("https://"):
        base = "wss://" + base_url[len("https://") :]
    elif base_url.startswith("http://"):
        base = "ws://" + base_url[len("http://") :]
    else:
        base = base_url
    return base.rstrip("/") + path


class RealtimeStream(Generic[E]):
    """One stream: ``async with client.realtime.live_transcript(call_sid) as stream: async for event in stream``."""

    def __init__(
        self,
        client: "BaseClient",
        path: str,
        events: Mapping[str, Any],
        ping: Optional[str] = None,
        status: Optional[str] = None,
    ) -> None:
        self._client = client
        self.url = socket_url(client.base_url, path)
        """The socket URL without the token (safe to log)."""
        self._events = events
        self._ping = ping
        self._status = status
        self._socket: Any = None

    def __repr__(self) -> str:
        return f"<RealtimeStream {self.url}>"

    async def __aenter__(self) -> "RealtimeStream[E]":
        from websockets.asyncio.client import connect

        key = self._client._api_key_for(self.url)
        target = f"{self.url}{'&' if '?' in self.url else '?'}token={quote(key, safe='')}"
        try:
            self._socket = await connect(target, open_timeout=self._client.timeout)
        except Exception as error:
            raise WebSocketError(f"Could not connect to {self.url}: {type(error).__name__}.") from None
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()

    async def close(self) -> None:
        if self._socket is not None:
            await self._socket.close()
            self._socket = None

    def _open(self) -> Any:
        if self._socket is None:
            raise WebSocketError(f"{self.url} is not open: use `async with`.")
        return self._socket

    async def send(self, message: Mapping[str, Any]) -> None:
        """Sends one JSON message (``{"type": ..., ...}``)."""
        await self._open().send(json.dumps(dict(message)))

    async def send_ping(self) -> None:
        """Keepalive: the server answers with a ``pong`` event."""
        await self.send({"type": self._ping or "ping"})

    async def request_status(self) -> None:
        """Asks the server for the current status (its answer arrives as an event)."""
        if self._status is None:
            raise WebSocketError(f"{self.url} has no status message.")
        await self.send({"type": self._status})

    def parse(self, text: str) -> E:
        from .client import validate

        data = json.loads(text)
        kind = data.get("type") if isinstance(data, dict) else None
        event_type = self._events.get(kind) if isinstance(kind, str) else None
        if event_type is None:
            unknown = UnknownStreamEvent.model_validate(data if isinstance(data, dict) else {"data": data})
            return unknown  # type: ignore[return-value]
        return validate(event_type, data)  # type: ignore[no-any-return]

    async def __aiter__(self) -> AsyncIterator[E]:
        from websockets.exceptions import ConnectionClosedError, ConnectionClosedOK

        socket = self._open()
        try:
            async for message in socket:
                yield self.parse(message if isinstance(message, str) else message.decode("utf-8"))
        except ConnectionClosedOK:
            return
        except ConnectionClosedError as error:
            code = error.rcvd.code if error.rcvd is not None else None
            raise WebSocketError(f"{self.url} closed with code {code}.", code=code) from None


def fill_path(template: str, values: Tuple[Tuple[str, object], ...]) -> str:
    path = template
    for name, value in values:
        path = path.replace("{" + name + "}", quote(str(value), safe=""))
    return path

# Generated from the Burki API 1.0.0 spec; do not edit.
"""WebSocket streams."""

from __future__ import annotations

from functools import cached_property
from typing import Any, Dict, List, Mapping, Optional, Sequence, Union

from typing_extensions import Literal, Unpack

from .. import _operations as _ops
from .._runtime._types import NOT_GIVEN, FileInput, NotGiven, RequestOptions
from .._runtime.pagination import AsyncPageRequest, SyncPage
from .._runtime.raw import async_to_raw_response, to_raw_response
from .._runtime.realtime import RealtimeStream, UnknownStreamEvent, fill_path
from .._runtime.resource import Resource
from ..types import (
    CallStatusEvent,
    CampaignConnectionAckEvent,
    CampaignMetricsHistoryEvent,
    CampaignProgressEvent,
    ConnectionEstablishedEvent,
    PongEvent,
    StreamErrorEvent,
    TranscriptEvent,
)


LiveTranscriptStreamEvent = Union[
    ConnectionEstablishedEvent,
    CallStatusEvent,
    TranscriptEvent,
    StreamErrorEvent,
    PongEvent,
    UnknownStreamEvent
]
"""The events of ``live_transcript()``, by their ``type``."""

_LIVE_TRANSCRIPT_EVENTS: Dict[str, Any] = {
    "connection_established": ConnectionEstablishedEvent,
    "call_status": CallStatusEvent,
    "transcript": TranscriptEvent,
    "error": StreamErrorEvent,
    "pong": PongEvent,
}

CampaignProgressStreamEvent = Union[
    CampaignConnectionAckEvent,
    CampaignProgressEvent,
    CampaignMetricsHistoryEvent,
    PongEvent,
    UnknownStreamEvent
]
"""The events of ``campaign_progress()``, by their ``type``."""

_CAMPAIGN_PROGRESS_EVENTS: Dict[str, Any] = {
    "connection_ack": CampaignConnectionAckEvent,
    "initial_progress": CampaignProgressEvent,
    "progress_update": CampaignProgressEvent,
    "metrics_history": CampaignMetricsHistoryEvent,
    "pong": PongEvent,
}


class Realtime(Resource):
    """WebSocket streams."""

    @cached_property
    def with_raw_response(self) -> RealtimeWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return RealtimeWithRawResponse(self)

    def live_transcript(self, call_sid: str) -> RealtimeStream[LiveTranscriptStreamEvent]:
        """Live transcript of a call

        Streams a call's transcript and status as JSON text frames. On connect the server sends
        `connection_established`, then one `call_status` with the stored state, then every stored utterance as
        `transcript` events, then live events until the call ends. The caller's organization must own the call's
        assistant. The server accepts the connection first and checks afterwards: a bad credential or a foreign
        call gets an `error` event (`authentication_failed` or `access_denied`) and close code 1008. The docs say
        JWT access tokens work; the 2025 source accepts API keys only. Messages of a `type` not listed here may
        appear later; pass them through.

        Use as ``async with``; iterate with ``async for``. WebSocket ``/live-transcript/{call_sid}``.
        """
        return RealtimeStream(
            self._client,
            fill_path("/live-transcript/{call_sid}", (("call_sid", call_sid),)),
            _LIVE_TRANSCRIPT_EVENTS,
            ping="ping",
            status="request_status",
        )

    def campaign_progress(self, campaign_id: int) -> RealtimeStream[CampaignProgressStreamEvent]:
        """Live progress of a campaign

        Streams a campaign's progress as JSON text frames: `connection_ack`, then `initial_progress`, then
        `progress_update` whenever a contact is processed. Send `ping` about every 30 seconds to keep the
        connection alive. This follows the API reference; the SDK pages describe another protocol for the same
        stream (`connection_established`, `progress`, `contact_completed`, `campaign_completed`, `error`), which
        nothing else confirms. Messages of a `type` not listed here may appear; pass them through.

        Use as ``async with``; iterate with ``async for``. WebSocket ``/ws/campaigns/{campaign_id}/progress``.
        """
        return RealtimeStream(
            self._client,
            fill_path("/ws/campaigns/{campaign_id}/progress", (("campaign_id", campaign_id),)),
            _CAMPAIGN_PROGRESS_EVENTS,
            ping="ping",
            status="request_update",
        )


class AsyncRealtime(Resource):
    """WebSocket streams.

    The async form of ``Realtime``.
    """

    @cached_property
    def with_raw_response(self) -> AsyncRealtimeWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return AsyncRealtimeWithRawResponse(self)

    def live_transcript(self, call_sid: str) -> RealtimeStream[LiveTranscriptStreamEvent]:
        """Live transcript of a call

        Streams a call's transcript and status as JSON text frames. On connect the server sends
        `connection_established`, then one `call_status` with the stored state, then every stored utterance as
        `transcript` events, then live events until the call ends. The caller's organization must own the call's
        assistant. The server accepts the connection first and checks afterwards: a bad credential or a foreign
        call gets an `error` event (`authentication_failed` or `access_denied`) and close code 1008. The docs say
        JWT access tokens work; the 2025 source accepts API keys only. Messages of a `type` not listed here may
        appear later; pass them through.

        Use as ``async with``; iterate with ``async for``. WebSocket ``/live-transcript/{call_sid}``.
        """
        return RealtimeStream(
            self._client,
            fill_path("/live-transcript/{call_sid}", (("call_sid", call_sid),)),
            _LIVE_TRANSCRIPT_EVENTS,
            ping="ping",
            status="request_status",
        )

    def campaign_progress(self, campaign_id: int) -> RealtimeStream[CampaignProgressStreamEvent]:
        """Live progress of a campaign

        Streams a campaign's progress as JSON text frames: `connection_ack`, then `initial_progress`, then
        `progress_update` whenever a contact is processed. Send `ping` about every 30 seconds to keep the
        connection alive. This follows the API reference; the SDK pages describe another protocol for the same
        stream (`connection_established`, `progress`, `contact_completed`, `campaign_completed`, `error`), which
        nothing else confirms. Messages of a `type` not listed here may appear; pass them through.

        Use as ``async with``; iterate with ``async for``. WebSocket ``/ws/campaigns/{campaign_id}/progress``.
        """
        return RealtimeStream(
            self._client,
            fill_path("/ws/campaigns/{campaign_id}/progress", (("campaign_id", campaign_id),)),
            _CAMPAIGN_PROGRESS_EVENTS,
            ping="ping",
            status="request_update",
        )


class RealtimeWithRawResponse:
    def __init__(self, resource: Realtime) -> None:
        self._resource = resource


class AsyncRealtimeWithRawResponse:
    def __init__(self, resource: AsyncRealtime) -> None:
        self._resource = resource

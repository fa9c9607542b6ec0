# Generated from the Burki API 1.0.0 spec; do not edit.
"""Start and end calls, list and find them, and read call statistics."""

from __future__ import annotations

from functools import cached_property
from typing import Any, Dict, List, Mapping, Optional, Sequence, Union

from typing_extensions import Literal, Unpack

from .. import _operations as _ops
from .._runtime._types import NOT_GIVEN, FileInput, NotGiven, RequestOptions
from .._runtime.pagination import AsyncPageRequest, SyncPage
from .._runtime.raw import async_to_raw_response, to_raw_response
from .._runtime.resource import Resource
from ..types import (
    ApiResponse,
    Call,
    CallAnalytics,
    CallMetrics,
    CallPage,
    CallStats,
    ChatMessage,
    Count,
    InitiateCallResponse,
    Recording,
    Transcript,
    WebhookLog,
)



class Calls(Resource):
    """Start and end calls, list and find them, and read call statistics."""

    @cached_property
    def with_raw_response(self) -> CallsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return CallsWithRawResponse(self)

    def initiate(
        self,
        *,
        to_phone_number: str,
        from_phone_number: Union[Optional[str], NotGiven] = NOT_GIVEN,
        assistant_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        welcome_message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        agenda: Union[Optional[str], NotGiven] = NOT_GIVEN,
        variables: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> InitiateCallResponse:
        """Start an outbound call

        Places a call from one of the organization's numbers to `to_phone_number` and lets an assistant run it.
        The provider (Twilio, Telnyx, Vonage or a SIP trunk) follows from the caller number. The path has no
        `/api/v1` prefix. Answers as soon as the provider accepted the call; follow it with `getCallBySid`.

        Args:
            to_phone_number: The number to call (E.164).
            from_phone_number: The organization's number to call from (E.164). It must be assigned to an
                assistant or a conversation flow. The docs call it required; the server does not.
            assistant_id: The assistant that handles the call, instead of the one assigned to
                `from_phone_number`.
            welcome_message: The first sentence for this call only; may use `{{variable}}` placeholders.
            agenda: The goal of the call for the assistant; may use `{{variable}}` placeholders.
            variables: Values for the `{{variable}}` placeholders. The keys are user data.

        ``POST /calls/initiate``
        """
        return self._call(
            _ops.CALLS_INITIATE,
            {
                "to_phone_number": to_phone_number,
                "from_phone_number": from_phone_number,
                "assistant_id": assistant_id,
                "welcome_message": welcome_message,
                "agenda": agenda,
                "variables": variables,
            },
            options,
        )

    async def initiate_async(
        self,
        *,
        to_phone_number: str,
        from_phone_number: Union[Optional[str], NotGiven] = NOT_GIVEN,
        assistant_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        welcome_message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        agenda: Union[Optional[str], NotGiven] = NOT_GIVEN,
        variables: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> InitiateCallResponse:
        """Start an outbound call

        Places a call from one of the organization's numbers to `to_phone_number` and lets an assistant run it.
        The provider (Twilio, Telnyx, Vonage or a SIP trunk) follows from the caller number. The path has no
        `/api/v1` prefix. Answers as soon as the provider accepted the call; follow it with `getCallBySid`.

        Args:
            to_phone_number: The number to call (E.164).
            from_phone_number: The organization's number to call from (E.164). It must be assigned to an
                assistant or a conversation flow. The docs call it required; the server does not.
            assistant_id: The assistant that handles the call, instead of the one assigned to
                `from_phone_number`.
            welcome_message: The first sentence for this call only; may use `{{variable}}` placeholders.
            agenda: The goal of the call for the assistant; may use `{{variable}}` placeholders.
            variables: Values for the `{{variable}}` placeholders. The keys are user data.

        ``POST /calls/initiate``
        """
        return await self._call_async(
            _ops.CALLS_INITIATE,
            {
                "to_phone_number": to_phone_number,
                "from_phone_number": from_phone_number,
                "assistant_id": assistant_id,
                "welcome_message": welcome_message,
                "agenda": agenda,
                "variables": variables,
            },
            options,
        )

    def list(
        self,
        *,
        skip: Union[int, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        status: Union[Union[Literal["ongoing", "completed", "failed"], str], NotGiven] = NOT_GIVEN,
        assistant_id: Union[int, NotGiven] = NOT_GIVEN,
        customer_phone: Union[str, NotGiven] = NOT_GIVEN,
        call_sid: Union[str, NotGiven] = NOT_GIVEN,
        assistant_name: Union[str, NotGiven] = NOT_GIVEN,
        date_from: Union[str, NotGiven] = NOT_GIVEN,
        date_to: Union[str, NotGiven] = NOT_GIVEN,
        min_duration: Union[int, NotGiven] = NOT_GIVEN,
        max_duration: Union[int, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Call]:
        """List calls

        Returns one page of the organization's calls, newest first, with the total number of matches. All filters
        are optional. The text filters `customer_phone`, `call_sid` and `assistant_name` are substring searches;
        send at most one of them. This is also how to search calls (the SDK has no separate `search` method). The
        path ends in a slash; FastAPI answers the slash-less form with a redirect.

        Args:
            skip: How many records to skip before the first one returned.
            limit: Largest number of records to return.
            status: Only calls in this state.
            assistant_id: Only calls handled by this assistant. An assistant outside the organization gives
                404.
            customer_phone: Only calls whose customer number contains this text (case-insensitive
                substring). Send at most one of `customer_phone`, `call_sid` and `assistant_name`.
            call_sid: Only calls whose SID contains this text (case-insensitive substring). Send at most one
                of `customer_phone`, `call_sid` and `assistant_name`.
            assistant_name: Only calls whose assistant name contains this text (case-insensitive substring).
                Send at most one of `customer_phone`, `call_sid` and `assistant_name`.
            date_from: Only calls that started at or after this instant (ISO 8601).
            date_to: Only calls that started at or before this instant (ISO 8601).
            min_duration: Only calls at least this many seconds long.
            max_duration: Only calls at most this many seconds long.

        ``GET /api/v1/calls/``
        """
        return self._list(
            _ops.CALLS_LIST,
            {
                "skip": skip,
                "limit": limit,
                "status": status,
                "assistant_id": assistant_id,
                "customer_phone": customer_phone,
                "call_sid": call_sid,
                "assistant_name": assistant_name,
                "date_from": date_from,
                "date_to": date_to,
                "min_duration": min_duration,
                "max_duration": max_duration,
            },
            options,
        )

    def list_async(
        self,
        *,
        skip: Union[int, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        status: Union[Union[Literal["ongoing", "completed", "failed"], str], NotGiven] = NOT_GIVEN,
        assistant_id: Union[int, NotGiven] = NOT_GIVEN,
        customer_phone: Union[str, NotGiven] = NOT_GIVEN,
        call_sid: Union[str, NotGiven] = NOT_GIVEN,
        assistant_name: Union[str, NotGiven] = NOT_GIVEN,
        date_from: Union[str, NotGiven] = NOT_GIVEN,
        date_to: Union[str, NotGiven] = NOT_GIVEN,
        min_duration: Union[int, NotGiven] = NOT_GIVEN,
        max_duration: Union[int, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageRequest[Call]:
        """List calls

        Returns one page of the organization's calls, newest first, with the total number of matches. All filters
        are optional. The text filters `customer_phone`, `call_sid` and `assistant_name` are substring searches;
        send at most one of them. This is also how to search calls (the SDK has no separate `search` method). The
        path ends in a slash; FastAPI answers the slash-less form with a redirect.

        Args:
            skip: How many records to skip before the first one returned.
            limit: Largest number of records to return.
            status: Only calls in this state.
            assistant_id: Only calls handled by this assistant. An assistant outside the organization gives
                404.
            customer_phone: Only calls whose customer number contains this text (case-insensitive
                substring). Send at most one of `customer_phone`, `call_sid` and `assistant_name`.
            call_sid: Only calls whose SID contains this text (case-insensitive substring). Send at most one
                of `customer_phone`, `call_sid` and `assistant_name`.
            assistant_name: Only calls whose assistant name contains this text (case-insensitive substring).
                Send at most one of `customer_phone`, `call_sid` and `assistant_name`.
            date_from: Only calls that started at or after this instant (ISO 8601).
            date_to: Only calls that started at or before this instant (ISO 8601).
            min_duration: Only calls at least this many seconds long.
            max_duration: Only calls at most this many seconds long.

        ``GET /api/v1/calls/``
        """
        return self._list_async(
            _ops.CALLS_LIST,
            {
                "skip": skip,
                "limit": limit,
                "status": status,
                "assistant_id": assistant_id,
                "customer_phone": customer_phone,
                "call_sid": call_sid,
                "assistant_name": assistant_name,
                "date_from": date_from,
                "date_to": date_to,
                "min_duration": min_duration,
                "max_duration": max_duration,
            },
            options,
        )

    def get_count(
        self,
        *,
        status: Union[Union[Literal["ongoing", "completed", "failed"], str], NotGiven] = NOT_GIVEN,
        assistant_id: Union[int, NotGiven] = NOT_GIVEN,
        date_from: Union[str, NotGiven] = NOT_GIVEN,
        date_to: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Count:
        """Count calls

        Returns how many of the organization's calls match the filters.

        Args:
            status: Only calls in this state.
            assistant_id: Only calls handled by this assistant. An assistant outside the organization gives
                404.
            date_from: Only calls that started at or after this instant (ISO 8601).
            date_to: Only calls that started at or before this instant (ISO 8601).

        ``GET /api/v1/calls/count``
        """
        return self._call(
            _ops.CALLS_GET_COUNT,
            {
                "status": status,
                "assistant_id": assistant_id,
                "date_from": date_from,
                "date_to": date_to,
            },
            options,
        )

    async def get_count_async(
        self,
        *,
        status: Union[Union[Literal["ongoing", "completed", "failed"], str], NotGiven] = NOT_GIVEN,
        assistant_id: Union[int, NotGiven] = NOT_GIVEN,
        date_from: Union[str, NotGiven] = NOT_GIVEN,
        date_to: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Count:
        """Count calls

        Returns how many of the organization's calls match the filters.

        Args:
            status: Only calls in this state.
            assistant_id: Only calls handled by this assistant. An assistant outside the organization gives
                404.
            date_from: Only calls that started at or after this instant (ISO 8601).
            date_to: Only calls that started at or before this instant (ISO 8601).

        ``GET /api/v1/calls/count``
        """
        return await self._call_async(
            _ops.CALLS_GET_COUNT,
            {
                "status": status,
                "assistant_id": assistant_id,
                "date_from": date_from,
                "date_to": date_to,
            },
            options,
        )

    def get_analytics(
        self,
        period: Union[Literal["1d", "7d", "30d", "90d"], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CallAnalytics:
        """Get call analytics

        Returns call outcomes, daily volume and the busiest assistants over the last 1, 7, 30 or 90 days.

        Args:
            period: How far back to look.

        ``GET /api/v1/calls/analytics``
        """
        return self._call(_ops.CALLS_GET_ANALYTICS, {"period": period}, options)

    async def get_analytics_async(
        self,
        period: Union[Literal["1d", "7d", "30d", "90d"], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CallAnalytics:
        """Get call analytics

        Returns call outcomes, daily volume and the busiest assistants over the last 1, 7, 30 or 90 days.

        Args:
            period: How far back to look.

        ``GET /api/v1/calls/analytics``
        """
        return await self._call_async(_ops.CALLS_GET_ANALYTICS, {"period": period}, options)

    def get_stats(self, **options: Unpack[RequestOptions]) -> CallStats:
        """Get call statistics

        Returns all-time call totals for the organization.

        Route-order caveat: the server registers this route after `GET /api/v1/calls/{call_id}`, so the server may
        match `stats` as a call id and answer 422. The operation stays in the spec as documented; verify it
        against the live server.

        ``GET /api/v1/calls/stats``
        """
        return self._call(_ops.CALLS_GET_STATS, {}, options)

    async def get_stats_async(self, **options: Unpack[RequestOptions]) -> CallStats:
        """Get call statistics

        Returns all-time call totals for the organization.

        Route-order caveat: the server registers this route after `GET /api/v1/calls/{call_id}`, so the server may
        match `stats` as a call id and answer 422. The operation stays in the spec as documented; verify it
        against the live server.

        ``GET /api/v1/calls/stats``
        """
        return await self._call_async(_ops.CALLS_GET_STATS, {}, options)

    def export(
        self,
        *,
        format: Union[Literal["csv", "json"], NotGiven] = NOT_GIVEN,
        status: Union[Union[Literal["ongoing", "completed", "failed"], str], NotGiven] = NOT_GIVEN,
        assistant_id: Union[int, NotGiven] = NOT_GIVEN,
        customer_phone: Union[str, NotGiven] = NOT_GIVEN,
        call_sid: Union[str, NotGiven] = NOT_GIVEN,
        assistant_name: Union[str, NotGiven] = NOT_GIVEN,
        date_from: Union[str, NotGiven] = NOT_GIVEN,
        date_to: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Export calls

        Downloads the organization's calls that match the filters as a CSV or JSON file (all matches, not
        paginated), newest first. The filters are those of `listCalls` without the duration bounds.

        Args:
            format: File format.
            status: Only calls in this state.
            assistant_id: Only calls handled by this assistant. An assistant outside the organization gives
                404.
            customer_phone: Only calls whose customer number contains this text (case-insensitive
                substring). Send at most one of `customer_phone`, `call_sid` and `assistant_name`.
            call_sid: Only calls whose SID contains this text (case-insensitive substring). Send at most one
                of `customer_phone`, `call_sid` and `assistant_name`.
            assistant_name: Only calls whose assistant name contains this text (case-insensitive substring).
                Send at most one of `customer_phone`, `call_sid` and `assistant_name`.
            date_from: Only calls that started at or after this instant (ISO 8601).
            date_to: Only calls that started at or before this instant (ISO 8601).

        ``GET /api/v1/calls/export``
        """
        return self._call(
            _ops.CALLS_EXPORT,
            {
                "format": format,
                "status": status,
                "assistant_id": assistant_id,
                "customer_phone": customer_phone,
                "call_sid": call_sid,
                "assistant_name": assistant_name,
                "date_from": date_from,
                "date_to": date_to,
            },
            options,
        )

    async def export_async(
        self,
        *,
        format: Union[Literal["csv", "json"], NotGiven] = NOT_GIVEN,
        status: Union[Union[Literal["ongoing", "completed", "failed"], str], NotGiven] = NOT_GIVEN,
        assistant_id: Union[int, NotGiven] = NOT_GIVEN,
        customer_phone: Union[str, NotGiven] = NOT_GIVEN,
        call_sid: Union[str, NotGiven] = NOT_GIVEN,
        assistant_name: Union[str, NotGiven] = NOT_GIVEN,
        date_from: Union[str, NotGiven] = NOT_GIVEN,
        date_to: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Export calls

        Downloads the organization's calls that match the filters as a CSV or JSON file (all matches, not
        paginated), newest first. The filters are those of `listCalls` without the duration bounds.

        Args:
            format: File format.
            status: Only calls in this state.
            assistant_id: Only calls handled by this assistant. An assistant outside the organization gives
                404.
            customer_phone: Only calls whose customer number contains this text (case-insensitive
                substring). Send at most one of `customer_phone`, `call_sid` and `assistant_name`.
            call_sid: Only calls whose SID contains this text (case-insensitive substring). Send at most one
                of `customer_phone`, `call_sid` and `assistant_name`.
            assistant_name: Only calls whose assistant name contains this text (case-insensitive substring).
                Send at most one of `customer_phone`, `call_sid` and `assistant_name`.
            date_from: Only calls that started at or after this instant (ISO 8601).
            date_to: Only calls that started at or before this instant (ISO 8601).

        ``GET /api/v1/calls/export``
        """
        return await self._call_async(
            _ops.CALLS_EXPORT,
            {
                "format": format,
                "status": status,
                "assistant_id": assistant_id,
                "customer_phone": customer_phone,
                "call_sid": call_sid,
                "assistant_name": assistant_name,
                "date_from": date_from,
                "date_to": date_to,
            },
            options,
        )

    def get(self, call_id: int, **options: Unpack[RequestOptions]) -> Call:
        """Get a call

        Returns one call of the organization by its integer id.

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.

        ``GET /api/v1/calls/{call_id}``
        """
        return self._call(_ops.CALLS_GET, {"call_id": call_id}, options)

    async def get_async(self, call_id: int, **options: Unpack[RequestOptions]) -> Call:
        """Get a call

        Returns one call of the organization by its integer id.

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.

        ``GET /api/v1/calls/{call_id}``
        """
        return await self._call_async(_ops.CALLS_GET, {"call_id": call_id}, options)

    def get_by_sid(self, call_sid: str, **options: Unpack[RequestOptions]) -> Call:
        """Get a call by SID

        Returns one call of the organization by the telephony provider's id.

        Args:
            call_sid: The telephony provider's id for the call (for example a Twilio `CA...` SID).

        ``GET /api/v1/calls/sid/{call_sid}``
        """
        return self._call(_ops.CALLS_GET_BY_SID, {"call_sid": call_sid}, options)

    async def get_by_sid_async(self, call_sid: str, **options: Unpack[RequestOptions]) -> Call:
        """Get a call by SID

        Returns one call of the organization by the telephony provider's id.

        Args:
            call_sid: The telephony provider's id for the call (for example a Twilio `CA...` SID).

        ``GET /api/v1/calls/sid/{call_sid}``
        """
        return await self._call_async(_ops.CALLS_GET_BY_SID, {"call_sid": call_sid}, options)

    def terminate(self, call_sid: str, **options: Unpack[RequestOptions]) -> ApiResponse:
        """Hang up a call

        Ends an `ongoing` call through its telephony provider. Note the path parameter: this route takes the
        provider's call SID (a string) where its sibling routes take the integer call id. Requires a verified
        user. The request has no body.

        Args:
            call_sid: The telephony provider's id for the call (for example a Twilio `CA...` SID).

        ``POST /api/v1/calls/{call_sid}/terminate``
        """
        return self._call(_ops.CALLS_TERMINATE, {"call_sid": call_sid}, options)

    async def terminate_async(self, call_sid: str, **options: Unpack[RequestOptions]) -> ApiResponse:
        """Hang up a call

        Ends an `ongoing` call through its telephony provider. Note the path parameter: this route takes the
        provider's call SID (a string) where its sibling routes take the integer call id. Requires a verified
        user. The request has no body.

        Args:
            call_sid: The telephony provider's id for the call (for example a Twilio `CA...` SID).

        ``POST /api/v1/calls/{call_sid}/terminate``
        """
        return await self._call_async(_ops.CALLS_TERMINATE, {"call_sid": call_sid}, options)

    def get_transcripts(
        self,
        call_id: int,
        *,
        speaker: Union[Union[Literal["user", "assistant"], str], NotGiven] = NOT_GIVEN,
        include_interim: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[Transcript]:
        """List a call's transcripts

        Returns the call's utterances in order (final ones only unless `include_interim` is set). Not paginated.

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.
            speaker: Only utterances by this speaker.
            include_interim: Also return interim (non-final) results.

        ``GET /api/v1/calls/{call_id}/transcripts``
        """
        return self._call(
            _ops.CALLS_GET_TRANSCRIPTS,
            {
                "call_id": call_id,
                "speaker": speaker,
                "include_interim": include_interim,
            },
            options,
        )

    async def get_transcripts_async(
        self,
        call_id: int,
        *,
        speaker: Union[Union[Literal["user", "assistant"], str], NotGiven] = NOT_GIVEN,
        include_interim: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[Transcript]:
        """List a call's transcripts

        Returns the call's utterances in order (final ones only unless `include_interim` is set). Not paginated.

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.
            speaker: Only utterances by this speaker.
            include_interim: Also return interim (non-final) results.

        ``GET /api/v1/calls/{call_id}/transcripts``
        """
        return await self._call_async(
            _ops.CALLS_GET_TRANSCRIPTS,
            {
                "call_id": call_id,
                "speaker": speaker,
                "include_interim": include_interim,
            },
            options,
        )

    def get_transcripts_by_sid(
        self,
        call_sid: str,
        *,
        speaker: Union[Union[Literal["user", "assistant"], str], NotGiven] = NOT_GIVEN,
        include_interim: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[Transcript]:
        """List a call's transcripts by SID

        Same as `listCallTranscripts`, addressing the call by the provider's id. Not paginated.

        Args:
            call_sid: The telephony provider's id for the call (for example a Twilio `CA...` SID).
            speaker: Only utterances by this speaker.
            include_interim: Also return interim (non-final) results.

        ``GET /api/v1/calls/sid/{call_sid}/transcripts``
        """
        return self._call(
            _ops.CALLS_GET_TRANSCRIPTS_BY_SID,
            {
                "call_sid": call_sid,
                "speaker": speaker,
                "include_interim": include_interim,
            },
            options,
        )

    async def get_transcripts_by_sid_async(
        self,
        call_sid: str,
        *,
        speaker: Union[Union[Literal["user", "assistant"], str], NotGiven] = NOT_GIVEN,
        include_interim: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[Transcript]:
        """List a call's transcripts by SID

        Same as `listCallTranscripts`, addressing the call by the provider's id. Not paginated.

        Args:
            call_sid: The telephony provider's id for the call (for example a Twilio `CA...` SID).
            speaker: Only utterances by this speaker.
            include_interim: Also return interim (non-final) results.

        ``GET /api/v1/calls/sid/{call_sid}/transcripts``
        """
        return await self._call_async(
            _ops.CALLS_GET_TRANSCRIPTS_BY_SID,
            {
                "call_sid": call_sid,
                "speaker": speaker,
                "include_interim": include_interim,
            },
            options,
        )

    def export_transcripts(
        self,
        call_id: int,
        *,
        format: Union[Literal["txt", "json", "csv"], NotGiven] = NOT_GIVEN,
        speaker: Union[Union[Literal["user", "assistant"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Export a call's transcript

        Downloads the call's final utterances as plain text, CSV or JSON, in a file named
        `call_<id>_transcript.<txt|csv|json>`.

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.
            format: File format.
            speaker: Only utterances by this speaker.

        ``GET /api/v1/calls/{call_id}/transcripts/export``
        """
        return self._call(
            _ops.CALLS_EXPORT_TRANSCRIPTS,
            {
                "call_id": call_id,
                "format": format,
                "speaker": speaker,
            },
            options,
        )

    async def export_transcripts_async(
        self,
        call_id: int,
        *,
        format: Union[Literal["txt", "json", "csv"], NotGiven] = NOT_GIVEN,
        speaker: Union[Union[Literal["user", "assistant"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Export a call's transcript

        Downloads the call's final utterances as plain text, CSV or JSON, in a file named
        `call_<id>_transcript.<txt|csv|json>`.

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.
            format: File format.
            speaker: Only utterances by this speaker.

        ``GET /api/v1/calls/{call_id}/transcripts/export``
        """
        return await self._call_async(
            _ops.CALLS_EXPORT_TRANSCRIPTS,
            {
                "call_id": call_id,
                "format": format,
                "speaker": speaker,
            },
            options,
        )

    def get_recordings(
        self,
        call_id: int,
        *,
        recording_type: Union[Union[Literal["full", "mixed", "user", "assistant"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[Recording]:
        """List a call's recordings

        Returns the call's recordings, oldest first. Not paginated. Play one with `playCallRecording`.

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.
            recording_type: Only recordings of this type.

        ``GET /api/v1/calls/{call_id}/recordings``
        """
        return self._call(_ops.CALLS_GET_RECORDINGS, {"call_id": call_id, "recording_type": recording_type}, options)

    async def get_recordings_async(
        self,
        call_id: int,
        *,
        recording_type: Union[Union[Literal["full", "mixed", "user", "assistant"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[Recording]:
        """List a call's recordings

        Returns the call's recordings, oldest first. Not paginated. Play one with `playCallRecording`.

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.
            recording_type: Only recordings of this type.

        ``GET /api/v1/calls/{call_id}/recordings``
        """
        return await self._call_async(
            _ops.CALLS_GET_RECORDINGS,
            {
                "call_id": call_id,
                "recording_type": recording_type,
            },
            options,
        )

    def get_recordings_by_sid(
        self,
        call_sid: str,
        *,
        recording_type: Union[Union[Literal["full", "mixed", "user", "assistant"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[Recording]:
        """List a call's recordings by SID

        Same as `listCallRecordings`, addressing the call by the provider's id. Not paginated.

        Args:
            call_sid: The telephony provider's id for the call (for example a Twilio `CA...` SID).
            recording_type: Only recordings of this type.

        ``GET /api/v1/calls/sid/{call_sid}/recordings``
        """
        return self._call(
            _ops.CALLS_GET_RECORDINGS_BY_SID,
            {
                "call_sid": call_sid,
                "recording_type": recording_type,
            },
            options,
        )

    async def get_recordings_by_sid_async(
        self,
        call_sid: str,
        *,
        recording_type: Union[Union[Literal["full", "mixed", "user", "assistant"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[Recording]:
        """List a call's recordings by SID

        Same as `listCallRecordings`, addressing the call by the provider's id. Not paginated.

        Args:
            call_sid: The telephony provider's id for the call (for example a Twilio `CA...` SID).
            recording_type: Only recordings of this type.

        ``GET /api/v1/calls/sid/{call_sid}/recordings``
        """
        return await self._call_async(
            _ops.CALLS_GET_RECORDINGS_BY_SID,
            {
                "call_sid": call_sid,
                "recording_type": recording_type,
            },
            options,
        )

    def play_recording(self, call_id: int, recording_id: int, **options: Unpack[RequestOptions]) -> bytes:
        """Download a recording's audio

        Streams the recording's audio with bearer authentication, as MP3 or WAV depending on how it was recorded.
        While the file is still being processed the server answers 202 with a JSON body and `Retry-After`; ask
        again after that many seconds. The path segment is `recording` (singular).

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.
            recording_id: Recording id, as listed by `listCallRecordings`.

        ``GET /api/v1/calls/{call_id}/recording/{recording_id}/play``
        """
        return self._call(_ops.CALLS_PLAY_RECORDING, {"call_id": call_id, "recording_id": recording_id}, options)

    async def play_recording_async(self, call_id: int, recording_id: int, **options: Unpack[RequestOptions]) -> bytes:
        """Download a recording's audio

        Streams the recording's audio with bearer authentication, as MP3 or WAV depending on how it was recorded.
        While the file is still being processed the server answers 202 with a JSON body and `Retry-After`; ask
        again after that many seconds. The path segment is `recording` (singular).

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.
            recording_id: Recording id, as listed by `listCallRecordings`.

        ``GET /api/v1/calls/{call_id}/recording/{recording_id}/play``
        """
        return await self._call_async(
            _ops.CALLS_PLAY_RECORDING,
            {
                "call_id": call_id,
                "recording_id": recording_id,
            },
            options,
        )

    def get_recording_url(self, call_id: int, recording_id: int) -> str:
        """The URL of ``play_recording()`` with these arguments, built without a request."""
        return self._url(_ops.CALLS_PLAY_RECORDING, {"call_id": call_id, "recording_id": recording_id})

    def get_metrics(self, call_id: int, **options: Unpack[RequestOptions]) -> CallMetrics:
        """Get a call's metrics

        Returns the call's conversation analytics. They are computed on the first request when they do not exist
        yet, so this call can be slow once.

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.

        ``GET /api/v1/calls/{call_id}/metrics``
        """
        return self._call(_ops.CALLS_GET_METRICS, {"call_id": call_id}, options)

    async def get_metrics_async(self, call_id: int, **options: Unpack[RequestOptions]) -> CallMetrics:
        """Get a call's metrics

        Returns the call's conversation analytics. They are computed on the first request when they do not exist
        yet, so this call can be slow once.

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.

        ``GET /api/v1/calls/{call_id}/metrics``
        """
        return await self._call_async(_ops.CALLS_GET_METRICS, {"call_id": call_id}, options)

    def recalculate_metrics(self, call_id: int, **options: Unpack[RequestOptions]) -> CallMetrics:
        """Recalculate a call's metrics

        Computes all metrics again (rule-based and model-estimated) and overwrites the stored ones, for example
        after fixing a language-model key. The request has no body. Burki says this endpoint may be removed.

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.

        ``PATCH /api/v1/calls/{call_id}/metrics``
        """
        return self._call(_ops.CALLS_RECALCULATE_METRICS, {"call_id": call_id}, options)

    async def recalculate_metrics_async(self, call_id: int, **options: Unpack[RequestOptions]) -> CallMetrics:
        """Recalculate a call's metrics

        Computes all metrics again (rule-based and model-estimated) and overwrites the stored ones, for example
        after fixing a language-model key. The request has no body. Burki says this endpoint may be removed.

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.

        ``PATCH /api/v1/calls/{call_id}/metrics``
        """
        return await self._call_async(_ops.CALLS_RECALCULATE_METRICS, {"call_id": call_id}, options)

    def get_messages(
        self,
        call_id: int,
        *,
        role: Union[Union[Literal["system", "user", "assistant"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[ChatMessage]:
        """List a call's chat messages

        Returns the conversation as the language model saw it (system prompt, caller turns, assistant replies)
        with token usage, in order. Not paginated.

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.
            role: Only messages with this role.

        ``GET /api/v1/calls/{call_id}/messages``
        """
        return self._call(_ops.CALLS_GET_MESSAGES, {"call_id": call_id, "role": role}, options)

    async def get_messages_async(
        self,
        call_id: int,
        *,
        role: Union[Union[Literal["system", "user", "assistant"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[ChatMessage]:
        """List a call's chat messages

        Returns the conversation as the language model saw it (system prompt, caller turns, assistant replies)
        with token usage, in order. Not paginated.

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.
            role: Only messages with this role.

        ``GET /api/v1/calls/{call_id}/messages``
        """
        return await self._call_async(_ops.CALLS_GET_MESSAGES, {"call_id": call_id, "role": role}, options)

    def get_webhook_logs(
        self,
        call_id: int,
        *,
        webhook_type: Union[Union[Literal["status-update", "end-of-call-report"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[WebhookLog]:
        """List a call's webhook deliveries

        Returns every attempt to post this call's voice events to the assistant's `webhook_url`, with the
        receiver's answer. Burki makes one attempt per event and does not retry. Not paginated.

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.
            webhook_type: Only deliveries of this event type.

        ``GET /api/v1/calls/{call_id}/webhook-logs``
        """
        return self._call(_ops.CALLS_GET_WEBHOOK_LOGS, {"call_id": call_id, "webhook_type": webhook_type}, options)

    async def get_webhook_logs_async(
        self,
        call_id: int,
        *,
        webhook_type: Union[Union[Literal["status-update", "end-of-call-report"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[WebhookLog]:
        """List a call's webhook deliveries

        Returns every attempt to post this call's voice events to the assistant's `webhook_url`, with the
        receiver's answer. Burki makes one attempt per event and does not retry. Not paginated.

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.
            webhook_type: Only deliveries of this event type.

        ``GET /api/v1/calls/{call_id}/webhook-logs``
        """
        return await self._call_async(
            _ops.CALLS_GET_WEBHOOK_LOGS,
            {
                "call_id": call_id,
                "webhook_type": webhook_type,
            },
            options,
        )

    def update_metadata(self, call_id: int, metadata: Mapping[str, Any], **options: Unpack[RequestOptions]) -> Call:
        """Update a call's metadata

        Stores your own data on a call. The keys sent are merged into the call's `call_meta`: top-level keys
        replace stored keys of the same name, other stored keys stay. Returns the updated call.

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.
            metadata: Top-level keys replace the stored keys of the same name; other stored keys stay. The
                keys are user data.

        ``PATCH /api/v1/calls/{call_id}/metadata``
        """
        return self._call(_ops.CALLS_UPDATE_METADATA, {"call_id": call_id, "metadata": metadata}, options)

    async def update_metadata_async(
        self,
        call_id: int,
        metadata: Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> Call:
        """Update a call's metadata

        Stores your own data on a call. The keys sent are merged into the call's `call_meta`: top-level keys
        replace stored keys of the same name, other stored keys stay. Returns the updated call.

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.
            metadata: Top-level keys replace the stored keys of the same name; other stored keys stay. The
                keys are user data.

        ``PATCH /api/v1/calls/{call_id}/metadata``
        """
        return await self._call_async(_ops.CALLS_UPDATE_METADATA, {"call_id": call_id, "metadata": metadata}, options)


class AsyncCalls(Resource):
    """Start and end calls, list and find them, and read call statistics.

    The async form of ``Calls``.
    """

    @cached_property
    def with_raw_response(self) -> AsyncCallsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return AsyncCallsWithRawResponse(self)

    async def initiate(
        self,
        *,
        to_phone_number: str,
        from_phone_number: Union[Optional[str], NotGiven] = NOT_GIVEN,
        assistant_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        welcome_message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        agenda: Union[Optional[str], NotGiven] = NOT_GIVEN,
        variables: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> InitiateCallResponse:
        """Start an outbound call

        Places a call from one of the organization's numbers to `to_phone_number` and lets an assistant run it.
        The provider (Twilio, Telnyx, Vonage or a SIP trunk) follows from the caller number. The path has no
        `/api/v1` prefix. Answers as soon as the provider accepted the call; follow it with `getCallBySid`.

        Args:
            to_phone_number: The number to call (E.164).
            from_phone_number: The organization's number to call from (E.164). It must be assigned to an
                assistant or a conversation flow. The docs call it required; the server does not.
            assistant_id: The assistant that handles the call, instead of the one assigned to
                `from_phone_number`.
            welcome_message: The first sentence for this call only; may use `{{variable}}` placeholders.
            agenda: The goal of the call for the assistant; may use `{{variable}}` placeholders.
            variables: Values for the `{{variable}}` placeholders. The keys are user data.

        ``POST /calls/initiate``
        """
        return await self._call_async(
            _ops.CALLS_INITIATE,
            {
                "to_phone_number": to_phone_number,
                "from_phone_number": from_phone_number,
                "assistant_id": assistant_id,
                "welcome_message": welcome_message,
                "agenda": agenda,
                "variables": variables,
            },
            options,
        )

    def list(
        self,
        *,
        skip: Union[int, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        status: Union[Union[Literal["ongoing", "completed", "failed"], str], NotGiven] = NOT_GIVEN,
        assistant_id: Union[int, NotGiven] = NOT_GIVEN,
        customer_phone: Union[str, NotGiven] = NOT_GIVEN,
        call_sid: Union[str, NotGiven] = NOT_GIVEN,
        assistant_name: Union[str, NotGiven] = NOT_GIVEN,
        date_from: Union[str, NotGiven] = NOT_GIVEN,
        date_to: Union[str, NotGiven] = NOT_GIVEN,
        min_duration: Union[int, NotGiven] = NOT_GIVEN,
        max_duration: Union[int, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageRequest[Call]:
        """List calls

        Returns one page of the organization's calls, newest first, with the total number of matches. All filters
        are optional. The text filters `customer_phone`, `call_sid` and `assistant_name` are substring searches;
        send at most one of them. This is also how to search calls (the SDK has no separate `search` method). The
        path ends in a slash; FastAPI answers the slash-less form with a redirect.

        Args:
            skip: How many records to skip before the first one returned.
            limit: Largest number of records to return.
            status: Only calls in this state.
            assistant_id: Only calls handled by this assistant. An assistant outside the organization gives
                404.
            customer_phone: Only calls whose customer number contains this text (case-insensitive
                substring). Send at most one of `customer_phone`, `call_sid` and `assistant_name`.
            call_sid: Only calls whose SID contains this text (case-insensitive substring). Send at most one
                of `customer_phone`, `call_sid` and `assistant_name`.
            assistant_name: Only calls whose assistant name contains this text (case-insensitive substring).
                Send at most one of `customer_phone`, `call_sid` and `assistant_name`.
            date_from: Only calls that started at or after this instant (ISO 8601).
            date_to: Only calls that started at or before this instant (ISO 8601).
            min_duration: Only calls at least this many seconds long.
            max_duration: Only calls at most this many seconds long.

        ``GET /api/v1/calls/``
        """
        return self._list_async(
            _ops.CALLS_LIST,
            {
                "skip": skip,
                "limit": limit,
                "status": status,
                "assistant_id": assistant_id,
                "customer_phone": customer_phone,
                "call_sid": call_sid,
                "assistant_name": assistant_name,
                "date_from": date_from,
                "date_to": date_to,
                "min_duration": min_duration,
                "max_duration": max_duration,
            },
            options,
        )

    async def get_count(
        self,
        *,
        status: Union[Union[Literal["ongoing", "completed", "failed"], str], NotGiven] = NOT_GIVEN,
        assistant_id: Union[int, NotGiven] = NOT_GIVEN,
        date_from: Union[str, NotGiven] = NOT_GIVEN,
        date_to: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Count:
        """Count calls

        Returns how many of the organization's calls match the filters.

        Args:
            status: Only calls in this state.
            assistant_id: Only calls handled by this assistant. An assistant outside the organization gives
                404.
            date_from: Only calls that started at or after this instant (ISO 8601).
            date_to: Only calls that started at or before this instant (ISO 8601).

        ``GET /api/v1/calls/count``
        """
        return await self._call_async(
            _ops.CALLS_GET_COUNT,
            {
                "status": status,
                "assistant_id": assistant_id,
                "date_from": date_from,
                "date_to": date_to,
            },
            options,
        )

    async def get_analytics(
        self,
        period: Union[Literal["1d", "7d", "30d", "90d"], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CallAnalytics:
        """Get call analytics

        Returns call outcomes, daily volume and the busiest assistants over the last 1, 7, 30 or 90 days.

        Args:
            period: How far back to look.

        ``GET /api/v1/calls/analytics``
        """
        return await self._call_async(_ops.CALLS_GET_ANALYTICS, {"period": period}, options)

    async def get_stats(self, **options: Unpack[RequestOptions]) -> CallStats:
        """Get call statistics

        Returns all-time call totals for the organization.

        Route-order caveat: the server registers this route after `GET /api/v1/calls/{call_id}`, so the server may
        match `stats` as a call id and answer 422. The operation stays in the spec as documented; verify it
        against the live server.

        ``GET /api/v1/calls/stats``
        """
        return await self._call_async(_ops.CALLS_GET_STATS, {}, options)

    async def export(
        self,
        *,
        format: Union[Literal["csv", "json"], NotGiven] = NOT_GIVEN,
        status: Union[Union[Literal["ongoing", "completed", "failed"], str], NotGiven] = NOT_GIVEN,
        assistant_id: Union[int, NotGiven] = NOT_GIVEN,
        customer_phone: Union[str, NotGiven] = NOT_GIVEN,
        call_sid: Union[str, NotGiven] = NOT_GIVEN,
        assistant_name: Union[str, NotGiven] = NOT_GIVEN,
        date_from: Union[str, NotGiven] = NOT_GIVEN,
        date_to: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Export calls

        Downloads the organization's calls that match the filters as a CSV or JSON file (all matches, not
        paginated), newest first. The filters are those of `listCalls` without the duration bounds.

        Args:
            format: File format.
            status: Only calls in this state.
            assistant_id: Only calls handled by this assistant. An assistant outside the organization gives
                404.
            customer_phone: Only calls whose customer number contains this text (case-insensitive
                substring). Send at most one of `customer_phone`, `call_sid` and `assistant_name`.
            call_sid: Only calls whose SID contains this text (case-insensitive substring). Send at most one
                of `customer_phone`, `call_sid` and `assistant_name`.
            assistant_name: Only calls whose assistant name contains this text (case-insensitive substring).
                Send at most one of `customer_phone`, `call_sid` and `assistant_name`.
            date_from: Only calls that started at or after this instant (ISO 8601).
            date_to: Only calls that started at or before this instant (ISO 8601).

        ``GET /api/v1/calls/export``
        """
        return await self._call_async(
            _ops.CALLS_EXPORT,
            {
                "format": format,
                "status": status,
                "assistant_id": assistant_id,
                "customer_phone": customer_phone,
                "call_sid": call_sid,
                "assistant_name": assistant_name,
                "date_from": date_from,
                "date_to": date_to,
            },
            options,
        )

    async def get(self, call_id: int, **options: Unpack[RequestOptions]) -> Call:
        """Get a call

        Returns one call of the organization by its integer id.

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.

        ``GET /api/v1/calls/{call_id}``
        """
        return await self._call_async(_ops.CALLS_GET, {"call_id": call_id}, options)

    async def get_by_sid(self, call_sid: str, **options: Unpack[RequestOptions]) -> Call:
        """Get a call by SID

        Returns one call of the organization by the telephony provider's id.

        Args:
            call_sid: The telephony provider's id for the call (for example a Twilio `CA...` SID).

        ``GET /api/v1/calls/sid/{call_sid}``
        """
        return await self._call_async(_ops.CALLS_GET_BY_SID, {"call_sid": call_sid}, options)

    async def terminate(self, call_sid: str, **options: Unpack[RequestOptions]) -> ApiResponse:
        """Hang up a call

        Ends an `ongoing` call through its telephony provider. Note the path parameter: this route takes the
        provider's call SID (a string) where its sibling routes take the integer call id. Requires a verified
        user. The request has no body.

        Args:
            call_sid: The telephony provider's id for the call (for example a Twilio `CA...` SID).

        ``POST /api/v1/calls/{call_sid}/terminate``
        """
        return await self._call_async(_ops.CALLS_TERMINATE, {"call_sid": call_sid}, options)

    async def get_transcripts(
        self,
        call_id: int,
        *,
        speaker: Union[Union[Literal["user", "assistant"], str], NotGiven] = NOT_GIVEN,
        include_interim: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[Transcript]:
        """List a call's transcripts

        Returns the call's utterances in order (final ones only unless `include_interim` is set). Not paginated.

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.
            speaker: Only utterances by this speaker.
            include_interim: Also return interim (non-final) results.

        ``GET /api/v1/calls/{call_id}/transcripts``
        """
        return await self._call_async(
            _ops.CALLS_GET_TRANSCRIPTS,
            {
                "call_id": call_id,
                "speaker": speaker,
                "include_interim": include_interim,
            },
            options,
        )

    async def get_transcripts_by_sid(
        self,
        call_sid: str,
        *,
        speaker: Union[Union[Literal["user", "assistant"], str], NotGiven] = NOT_GIVEN,
        include_interim: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[Transcript]:
        """List a call's transcripts by SID

        Same as `listCallTranscripts`, addressing the call by the provider's id. Not paginated.

        Args:
            call_sid: The telephony provider's id for the call (for example a Twilio `CA...` SID).
            speaker: Only utterances by this speaker.
            include_interim: Also return interim (non-final) results.

        ``GET /api/v1/calls/sid/{call_sid}/transcripts``
        """
        return await self._call_async(
            _ops.CALLS_GET_TRANSCRIPTS_BY_SID,
            {
                "call_sid": call_sid,
                "speaker": speaker,
                "include_interim": include_interim,
            },
            options,
        )

    async def export_transcripts(
        self,
        call_id: int,
        *,
        format: Union[Literal["txt", "json", "csv"], NotGiven] = NOT_GIVEN,
        speaker: Union[Union[Literal["user", "assistant"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Export a call's transcript

        Downloads the call's final utterances as plain text, CSV or JSON, in a file named
        `call_<id>_transcript.<txt|csv|json>`.

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.
            format: File format.
            speaker: Only utterances by this speaker.

        ``GET /api/v1/calls/{call_id}/transcripts/export``
        """
        return await self._call_async(
            _ops.CALLS_EXPORT_TRANSCRIPTS,
            {
                "call_id": call_id,
                "format": format,
                "speaker": speaker,
            },
            options,
        )

    async def get_recordings(
        self,
        call_id: int,
        *,
        recording_type: Union[Union[Literal["full", "mixed", "user", "assistant"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[Recording]:
        """List a call's recordings

        Returns the call's recordings, oldest first. Not paginated. Play one with `playCallRecording`.

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.
            recording_type: Only recordings of this type.

        ``GET /api/v1/calls/{call_id}/recordings``
        """
        return await self._call_async(
            _ops.CALLS_GET_RECORDINGS,
            {
                "call_id": call_id,
                "recording_type": recording_type,
            },
            options,
        )

    async def get_recordings_by_sid(
        self,
        call_sid: str,
        *,
        recording_type: Union[Union[Literal["full", "mixed", "user", "assistant"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[Recording]:
        """List a call's recordings by SID

        Same as `listCallRecordings`, addressing the call by the provider's id. Not paginated.

        Args:
            call_sid: The telephony provider's id for the call (for example a Twilio `CA...` SID).
            recording_type: Only recordings of this type.

        ``GET /api/v1/calls/sid/{call_sid}/recordings``
        """
        return await self._call_async(
            _ops.CALLS_GET_RECORDINGS_BY_SID,
            {
                "call_sid": call_sid,
                "recording_type": recording_type,
            },
            options,
        )

    async def play_recording(self, call_id: int, recording_id: int, **options: Unpack[RequestOptions]) -> bytes:
        """Download a recording's audio

        Streams the recording's audio with bearer authentication, as MP3 or WAV depending on how it was recorded.
        While the file is still being processed the server answers 202 with a JSON body and `Retry-After`; ask
        again after that many seconds. The path segment is `recording` (singular).

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.
            recording_id: Recording id, as listed by `listCallRecordings`.

        ``GET /api/v1/calls/{call_id}/recording/{recording_id}/play``
        """
        return await self._call_async(
            _ops.CALLS_PLAY_RECORDING,
            {
                "call_id": call_id,
                "recording_id": recording_id,
            },
            options,
        )

    def get_recording_url(self, call_id: int, recording_id: int) -> str:
        """The URL of ``play_recording()`` with these arguments, built without a request."""
        return self._url(_ops.CALLS_PLAY_RECORDING, {"call_id": call_id, "recording_id": recording_id})

    async def get_metrics(self, call_id: int, **options: Unpack[RequestOptions]) -> CallMetrics:
        """Get a call's metrics

        Returns the call's conversation analytics. They are computed on the first request when they do not exist
        yet, so this call can be slow once.

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.

        ``GET /api/v1/calls/{call_id}/metrics``
        """
        return await self._call_async(_ops.CALLS_GET_METRICS, {"call_id": call_id}, options)

    async def recalculate_metrics(self, call_id: int, **options: Unpack[RequestOptions]) -> CallMetrics:
        """Recalculate a call's metrics

        Computes all metrics again (rule-based and model-estimated) and overwrites the stored ones, for example
        after fixing a language-model key. The request has no body. Burki says this endpoint may be removed.

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.

        ``PATCH /api/v1/calls/{call_id}/metrics``
        """
        return await self._call_async(_ops.CALLS_RECALCULATE_METRICS, {"call_id": call_id}, options)

    async def get_messages(
        self,
        call_id: int,
        *,
        role: Union[Union[Literal["system", "user", "assistant"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[ChatMessage]:
        """List a call's chat messages

        Returns the conversation as the language model saw it (system prompt, caller turns, assistant replies)
        with token usage, in order. Not paginated.

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.
            role: Only messages with this role.

        ``GET /api/v1/calls/{call_id}/messages``
        """
        return await self._call_async(_ops.CALLS_GET_MESSAGES, {"call_id": call_id, "role": role}, options)

    async def get_webhook_logs(
        self,
        call_id: int,
        *,
        webhook_type: Union[Union[Literal["status-update", "end-of-call-report"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[WebhookLog]:
        """List a call's webhook deliveries

        Returns every attempt to post this call's voice events to the assistant's `webhook_url`, with the
        receiver's answer. Burki makes one attempt per event and does not retry. Not paginated.

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.
            webhook_type: Only deliveries of this event type.

        ``GET /api/v1/calls/{call_id}/webhook-logs``
        """
        return await self._call_async(
            _ops.CALLS_GET_WEBHOOK_LOGS,
            {
                "call_id": call_id,
                "webhook_type": webhook_type,
            },
            options,
        )

    async def update_metadata(
        self,
        call_id: int,
        metadata: Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> Call:
        """Update a call's metadata

        Stores your own data on a call. The keys sent are merged into the call's `call_meta`: top-level keys
        replace stored keys of the same name, other stored keys stay. Returns the updated call.

        Args:
            call_id: Call id (an integer). To address a call by the provider's SID, use the `sid` endpoints.
            metadata: Top-level keys replace the stored keys of the same name; other stored keys stay. The
                keys are user data.

        ``PATCH /api/v1/calls/{call_id}/metadata``
        """
        return await self._call_async(_ops.CALLS_UPDATE_METADATA, {"call_id": call_id, "metadata": metadata}, options)


class CallsWithRawResponse:
    def __init__(self, resource: Calls) -> None:
        self.initiate = to_raw_response(resource.initiate)
        self.initiate_async = async_to_raw_response(resource.initiate_async)
        self.get_count = to_raw_response(resource.get_count)
        self.get_count_async = async_to_raw_response(resource.get_count_async)
        self.get_analytics = to_raw_response(resource.get_analytics)
        self.get_analytics_async = async_to_raw_response(resource.get_analytics_async)
        self.get_stats = to_raw_response(resource.get_stats)
        self.get_stats_async = async_to_raw_response(resource.get_stats_async)
        self.export = to_raw_response(resource.export)
        self.export_async = async_to_raw_response(resource.export_async)
        self.get = to_raw_response(resource.get)
        self.get_async = async_to_raw_response(resource.get_async)
        self.get_by_sid = to_raw_response(resource.get_by_sid)
        self.get_by_sid_async = async_to_raw_response(resource.get_by_sid_async)
        self.terminate = to_raw_response(resource.terminate)
        self.terminate_async = async_to_raw_response(resource.terminate_async)
        self.get_transcripts = to_raw_response(resource.get_transcripts)
        self.get_transcripts_async = async_to_raw_response(resource.get_transcripts_async)
        self.get_transcripts_by_sid = to_raw_response(resource.get_transcripts_by_sid)
        self.get_transcripts_by_sid_async = async_to_raw_response(resource.get_transcripts_by_sid_async)
        self.export_transcripts = to_raw_response(resource.export_transcripts)
        self.export_transcripts_async = async_to_raw_response(resource.export_transcripts_async)
        self.get_recordings = to_raw_response(resource.get_recordings)
        self.get_recordings_async = async_to_raw_response(resource.get_recordings_async)
        self.get_recordings_by_sid = to_raw_response(resource.get_recordings_by_sid)
        self.get_recordings_by_sid_async = async_to_raw_response(resource.get_recordings_by_sid_async)
        self.play_recording = to_raw_response(resource.play_recording)
        self.play_recording_async = async_to_raw_response(resource.play_recording_async)
        self.get_metrics = to_raw_response(resource.get_metrics)
        self.get_metrics_async = async_to_raw_response(resource.get_metrics_async)
        self.recalculate_metrics = to_raw_response(resource.recalculate_metrics)
        self.recalculate_metrics_async = async_to_raw_response(resource.recalculate_metrics_async)
        self.get_messages = to_raw_response(resource.get_messages)
        self.get_messages_async = async_to_raw_response(resource.get_messages_async)
        self.get_webhook_logs = to_raw_response(resource.get_webhook_logs)
        self.get_webhook_logs_async = async_to_raw_response(resource.get_webhook_logs_async)
        self.update_metadata = to_raw_response(resource.update_metadata)
        self.update_metadata_async = async_to_raw_response(resource.update_metadata_async)


class AsyncCallsWithRawResponse:
    def __init__(self, resource: AsyncCalls) -> None:
        self.initiate = async_to_raw_response(resource.initiate)
        self.get_count = async_to_raw_response(resource.get_count)
        self.get_analytics = async_to_raw_response(resource.get_analytics)
        self.get_stats = async_to_raw_response(resource.get_stats)
        self.export = async_to_raw_response(resource.export)
        self.get = async_to_raw_response(resource.get)
        self.get_by_sid = async_to_raw_response(resource.get_by_sid)
        self.terminate = async_to_raw_response(resource.terminate)
        self.get_transcripts = async_to_raw_response(resource.get_transcripts)
        self.get_transcripts_by_sid = async_to_raw_response(resource.get_transcripts_by_sid)
        self.export_transcripts = async_to_raw_response(resource.export_transcripts)
        self.get_recordings = async_to_raw_response(resource.get_recordings)
        self.get_recordings_by_sid = async_to_raw_response(resource.get_recordings_by_sid)
        self.play_recording = async_to_raw_response(resource.play_recording)
        self.get_metrics = async_to_raw_response(resource.get_metrics)
        self.recalculate_metrics = async_to_raw_response(resource.recalculate_metrics)
        self.get_messages = async_to_raw_response(resource.get_messages)
        self.get_webhook_logs = async_to_raw_response(resource.get_webhook_logs)
        self.update_metadata = async_to_raw_response(resource.update_metadata)

# Generated from the Burki API 1.0.0 spec; do not edit.
"""Provider-level SMS delivery logs, their statistics, and the debug timeline of one SMS conversation."""

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
    SmsAuditTimeline,
    SmsLog,
    SmsLogPage,
    SmsLogStats,
)



class SmsLogs(Resource):
    """Provider-level SMS delivery logs, their statistics, and the debug timeline of one SMS conversation."""

    @cached_property
    def with_raw_response(self) -> SmsLogsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return SmsLogsWithRawResponse(self)

    def list(
        self,
        *,
        skip: Union[int, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        provider: Union[Union[Literal["twilio", "telnyx", "vonage"], str], NotGiven] = NOT_GIVEN,
        direction: Union[Union[Literal["inbound", "outbound"], str], NotGiven] = NOT_GIVEN,
        status: Union[str, NotGiven] = NOT_GIVEN,
        from_number: Union[str, NotGiven] = NOT_GIVEN,
        to_number: Union[str, NotGiven] = NOT_GIVEN,
        assistant_id: Union[int, NotGiven] = NOT_GIVEN,
        date_from: Union[str, NotGiven] = NOT_GIVEN,
        date_to: Union[str, NotGiven] = NOT_GIVEN,
        search: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[SmsLog]:
        """List SMS log entries

        Returns one page of the organization's SMS and MMS, inbound and outbound, with provider and delivery
        details, newest first, plus the total number of matches and `has_more`. All filters are optional. The path
        ends in a slash; FastAPI answers the slash-less form with a redirect.

        Args:
            skip: How many records to skip before the first one returned.
            limit: Largest number of entries to return.
            provider: Only messages carried by this provider.
            direction: Only inbound or only outbound messages.
            status: Only messages with this unified status (for example `failed`).
            from_number: Only messages from this number.
            to_number: Only messages to this number.
            assistant_id: Only messages of this assistant's number.
            date_from: Lower bound (inclusive) in ISO 8601: a date such as `2025-03-01` or a full timestamp.
                The server takes a plain string.
            date_to: Upper bound in ISO 8601: a date such as `2025-03-31` or a full timestamp. The server
                takes a plain string.
            search: Only messages whose text contains this.

        ``GET /api/v1/sms-logs/``
        """
        return self._list(
            _ops.SMS_LOGS_LIST,
            {
                "skip": skip,
                "limit": limit,
                "provider": provider,
                "direction": direction,
                "status": status,
                "from_number": from_number,
                "to_number": to_number,
                "assistant_id": assistant_id,
                "date_from": date_from,
                "date_to": date_to,
                "search": search,
            },
            options,
        )

    def list_async(
        self,
        *,
        skip: Union[int, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        provider: Union[Union[Literal["twilio", "telnyx", "vonage"], str], NotGiven] = NOT_GIVEN,
        direction: Union[Union[Literal["inbound", "outbound"], str], NotGiven] = NOT_GIVEN,
        status: Union[str, NotGiven] = NOT_GIVEN,
        from_number: Union[str, NotGiven] = NOT_GIVEN,
        to_number: Union[str, NotGiven] = NOT_GIVEN,
        assistant_id: Union[int, NotGiven] = NOT_GIVEN,
        date_from: Union[str, NotGiven] = NOT_GIVEN,
        date_to: Union[str, NotGiven] = NOT_GIVEN,
        search: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageRequest[SmsLog]:
        """List SMS log entries

        Returns one page of the organization's SMS and MMS, inbound and outbound, with provider and delivery
        details, newest first, plus the total number of matches and `has_more`. All filters are optional. The path
        ends in a slash; FastAPI answers the slash-less form with a redirect.

        Args:
            skip: How many records to skip before the first one returned.
            limit: Largest number of entries to return.
            provider: Only messages carried by this provider.
            direction: Only inbound or only outbound messages.
            status: Only messages with this unified status (for example `failed`).
            from_number: Only messages from this number.
            to_number: Only messages to this number.
            assistant_id: Only messages of this assistant's number.
            date_from: Lower bound (inclusive) in ISO 8601: a date such as `2025-03-01` or a full timestamp.
                The server takes a plain string.
            date_to: Upper bound in ISO 8601: a date such as `2025-03-31` or a full timestamp. The server
                takes a plain string.
            search: Only messages whose text contains this.

        ``GET /api/v1/sms-logs/``
        """
        return self._list_async(
            _ops.SMS_LOGS_LIST,
            {
                "skip": skip,
                "limit": limit,
                "provider": provider,
                "direction": direction,
                "status": status,
                "from_number": from_number,
                "to_number": to_number,
                "assistant_id": assistant_id,
                "date_from": date_from,
                "date_to": date_to,
                "search": search,
            },
            options,
        )

    def get_stats(
        self,
        *,
        date_from: Union[str, NotGiven] = NOT_GIVEN,
        date_to: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SmsLogStats:
        """Get SMS log statistics

        Counts the organization's SMS log entries by direction, status and provider, with the number that failed
        and the success rate, optionally within a date range.

        Args:
            date_from: Lower bound (inclusive) in ISO 8601: a date such as `2025-03-01` or a full timestamp.
                The server takes a plain string.
            date_to: Upper bound in ISO 8601: a date such as `2025-03-31` or a full timestamp. The server
                takes a plain string.

        ``GET /api/v1/sms-logs/stats``
        """
        return self._call(_ops.SMS_LOGS_GET_STATS, {"date_from": date_from, "date_to": date_to}, options)

    async def get_stats_async(
        self,
        *,
        date_from: Union[str, NotGiven] = NOT_GIVEN,
        date_to: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SmsLogStats:
        """Get SMS log statistics

        Counts the organization's SMS log entries by direction, status and provider, with the number that failed
        and the success rate, optionally within a date range.

        Args:
            date_from: Lower bound (inclusive) in ISO 8601: a date such as `2025-03-01` or a full timestamp.
                The server takes a plain string.
            date_to: Upper bound in ISO 8601: a date such as `2025-03-31` or a full timestamp. The server
                takes a plain string.

        ``GET /api/v1/sms-logs/stats``
        """
        return await self._call_async(_ops.SMS_LOGS_GET_STATS, {"date_from": date_from, "date_to": date_to}, options)

    def get(self, log_id: int, **options: Unpack[RequestOptions]) -> SmsLog:
        """Get an SMS log entry

        Returns one SMS log entry with everything `listSmsLogs` shows plus the organization and the provider's raw
        payload, for debugging a delivery.

        Args:
            log_id: SMS log entry id, as returned in `id` by `listSmsLogs`.

        ``GET /api/v1/sms-logs/{log_id}``
        """
        return self._call(_ops.SMS_LOGS_GET, {"log_id": log_id}, options)

    async def get_async(self, log_id: int, **options: Unpack[RequestOptions]) -> SmsLog:
        """Get an SMS log entry

        Returns one SMS log entry with everything `listSmsLogs` shows plus the organization and the provider's raw
        payload, for debugging a delivery.

        Args:
            log_id: SMS log entry id, as returned in `id` by `listSmsLogs`.

        ``GET /api/v1/sms-logs/{log_id}``
        """
        return await self._call_async(_ops.SMS_LOGS_GET, {"log_id": log_id}, options)

    def get_timeline(self, call_id: int, **options: Unpack[RequestOptions]) -> SmsAuditTimeline:
        """Get the debug timeline of an SMS conversation

        Returns one SMS conversation's merged debug timeline: Burki's processing events (webhook received,
        language-model calls, session handling) and the delivery events of its messages (queued, sent, delivered,
        failed), in time order. Note the path: `/api/v1/sms/...`, not the root `/sms/...` of sending. A
        conversation of another organization answers 403.

        Args:
            call_id: The SMS conversation's call record id: the digits of the conversation's `id`, as an
                integer.

        ``GET /api/v1/sms/{call_id}/logs``
        """
        return self._call(_ops.SMS_LOGS_GET_TIMELINE, {"call_id": call_id}, options)

    async def get_timeline_async(self, call_id: int, **options: Unpack[RequestOptions]) -> SmsAuditTimeline:
        """Get the debug timeline of an SMS conversation

        Returns one SMS conversation's merged debug timeline: Burki's processing events (webhook received,
        language-model calls, session handling) and the delivery events of its messages (queued, sent, delivered,
        failed), in time order. Note the path: `/api/v1/sms/...`, not the root `/sms/...` of sending. A
        conversation of another organization answers 403.

        Args:
            call_id: The SMS conversation's call record id: the digits of the conversation's `id`, as an
                integer.

        ``GET /api/v1/sms/{call_id}/logs``
        """
        return await self._call_async(_ops.SMS_LOGS_GET_TIMELINE, {"call_id": call_id}, options)


class AsyncSmsLogs(Resource):
    """Provider-level SMS delivery logs, their statistics, and the debug timeline of one SMS conversation.

    The async form of ``SmsLogs``.
    """

    @cached_property
    def with_raw_response(self) -> AsyncSmsLogsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return AsyncSmsLogsWithRawResponse(self)

    def list(
        self,
        *,
        skip: Union[int, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        provider: Union[Union[Literal["twilio", "telnyx", "vonage"], str], NotGiven] = NOT_GIVEN,
        direction: Union[Union[Literal["inbound", "outbound"], str], NotGiven] = NOT_GIVEN,
        status: Union[str, NotGiven] = NOT_GIVEN,
        from_number: Union[str, NotGiven] = NOT_GIVEN,
        to_number: Union[str, NotGiven] = NOT_GIVEN,
        assistant_id: Union[int, NotGiven] = NOT_GIVEN,
        date_from: Union[str, NotGiven] = NOT_GIVEN,
        date_to: Union[str, NotGiven] = NOT_GIVEN,
        search: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageRequest[SmsLog]:
        """List SMS log entries

        Returns one page of the organization's SMS and MMS, inbound and outbound, with provider and delivery
        details, newest first, plus the total number of matches and `has_more`. All filters are optional. The path
        ends in a slash; FastAPI answers the slash-less form with a redirect.

        Args:
            skip: How many records to skip before the first one returned.
            limit: Largest number of entries to return.
            provider: Only messages carried by this provider.
            direction: Only inbound or only outbound messages.
            status: Only messages with this unified status (for example `failed`).
            from_number: Only messages from this number.
            to_number: Only messages to this number.
            assistant_id: Only messages of this assistant's number.
            date_from: Lower bound (inclusive) in ISO 8601: a date such as `2025-03-01` or a full timestamp.
                The server takes a plain string.
            date_to: Upper bound in ISO 8601: a date such as `2025-03-31` or a full timestamp. The server
                takes a plain string.
            search: Only messages whose text contains this.

        ``GET /api/v1/sms-logs/``
        """
        return self._list_async(
            _ops.SMS_LOGS_LIST,
            {
                "skip": skip,
                "limit": limit,
                "provider": provider,
                "direction": direction,
                "status": status,
                "from_number": from_number,
                "to_number": to_number,
                "assistant_id": assistant_id,
                "date_from": date_from,
                "date_to": date_to,
                "search": search,
            },
            options,
        )

    async def get_stats(
        self,
        *,
        date_from: Union[str, NotGiven] = NOT_GIVEN,
        date_to: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SmsLogStats:
        """Get SMS log statistics

        Counts the organization's SMS log entries by direction, status and provider, with the number that failed
        and the success rate, optionally within a date range.

        Args:
            date_from: Lower bound (inclusive) in ISO 8601: a date such as `2025-03-01` or a full timestamp.
                The server takes a plain string.
            date_to: Upper bound in ISO 8601: a date such as `2025-03-31` or a full timestamp. The server
                takes a plain string.

        ``GET /api/v1/sms-logs/stats``
        """
        return await self._call_async(_ops.SMS_LOGS_GET_STATS, {"date_from": date_from, "date_to": date_to}, options)

    async def get(self, log_id: int, **options: Unpack[RequestOptions]) -> SmsLog:
        """Get an SMS log entry

        Returns one SMS log entry with everything `listSmsLogs` shows plus the organization and the provider's raw
        payload, for debugging a delivery.

        Args:
            log_id: SMS log entry id, as returned in `id` by `listSmsLogs`.

        ``GET /api/v1/sms-logs/{log_id}``
        """
        return await self._call_async(_ops.SMS_LOGS_GET, {"log_id": log_id}, options)

    async def get_timeline(self, call_id: int, **options: Unpack[RequestOptions]) -> SmsAuditTimeline:
        """Get the debug timeline of an SMS conversation

        Returns one SMS conversation's merged debug timeline: Burki's processing events (webhook received,
        language-model calls, session handling) and the delivery events of its messages (queued, sent, delivered,
        failed), in time order. Note the path: `/api/v1/sms/...`, not the root `/sms/...` of sending. A
        conversation of another organization answers 403.

        Args:
            call_id: The SMS conversation's call record id: the digits of the conversation's `id`, as an
                integer.

        ``GET /api/v1/sms/{call_id}/logs``
        """
        return await self._call_async(_ops.SMS_LOGS_GET_TIMELINE, {"call_id": call_id}, options)


class SmsLogsWithRawResponse:
    def __init__(self, resource: SmsLogs) -> None:
        self.get_stats = to_raw_response(resource.get_stats)
        self.get_stats_async = async_to_raw_response(resource.get_stats_async)
        self.get = to_raw_response(resource.get)
        self.get_async = async_to_raw_response(resource.get_async)
        self.get_timeline = to_raw_response(resource.get_timeline)
        self.get_timeline_async = async_to_raw_response(resource.get_timeline_async)


class AsyncSmsLogsWithRawResponse:
    def __init__(self, resource: AsyncSmsLogs) -> None:
        self.get_stats = async_to_raw_response(resource.get_stats)
        self.get = async_to_raw_response(resource.get)
        self.get_timeline = async_to_raw_response(resource.get_timeline)

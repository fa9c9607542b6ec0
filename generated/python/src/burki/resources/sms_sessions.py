# Generated from the Burki API 1.0.0 spec; do not edit.
"""Burki's SMS session store, which ties a customer number to an assistant so replies continue the same conversation.
Operational routes for monitoring and clearing sessions.
"""

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
    SmsSessionClearResult,
    SmsSessionInfo,
)



class SmsSessions(Resource):
    """Burki's SMS session store, which ties a customer number to an assistant so replies continue the same
    conversation. Operational routes for monitoring and clearing sessions.
    """

    @cached_property
    def with_raw_response(self) -> SmsSessionsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return SmsSessionsWithRawResponse(self)

    def get_info(self, **options: Unpack[RequestOptions]) -> SmsSessionInfo:
        """Get SMS session information

        Returns the state of Burki's SMS session store: how many SMS sessions are open and how long an idle one
        lives. A session ties a customer number to an assistant number so that replies continue the same
        conversation. Operational: meant for monitoring, not for building an inbox (use `listSmsConversations`).
        The path ends in a slash.

        ``GET /api/v1/sms-sessions/``
        """
        return self._call(_ops.SMS_SESSIONS_GET_INFO, {}, options)

    async def get_info_async(self, **options: Unpack[RequestOptions]) -> SmsSessionInfo:
        """Get SMS session information

        Returns the state of Burki's SMS session store: how many SMS sessions are open and how long an idle one
        lives. A session ties a customer number to an assistant number so that replies continue the same
        conversation. Operational: meant for monitoring, not for building an inbox (use `listSmsConversations`).
        The path ends in a slash.

        ``GET /api/v1/sms-sessions/``
        """
        return await self._call_async(_ops.SMS_SESSIONS_GET_INFO, {}, options)

    def clear_all(self, **options: Unpack[RequestOptions]) -> SmsSessionClearResult:
        """Clear all SMS sessions

        Removes every SMS session from Burki's session store, so the next message on every number starts a new
        session. Conversations and messages are kept. Operational and broad: the server describes it as clearing
        all sessions and does not say it is limited to the caller's organization, so use it with care;
        `clearSmsSession` clears one. The path ends in a slash.

        ``DELETE /api/v1/sms-sessions/``
        """
        return self._call(_ops.SMS_SESSIONS_CLEAR_ALL, {}, options)

    async def clear_all_async(self, **options: Unpack[RequestOptions]) -> SmsSessionClearResult:
        """Clear all SMS sessions

        Removes every SMS session from Burki's session store, so the next message on every number starts a new
        session. Conversations and messages are kept. Operational and broad: the server describes it as clearing
        all sessions and does not say it is limited to the caller's organization, so use it with care;
        `clearSmsSession` clears one. The path ends in a slash.

        ``DELETE /api/v1/sms-sessions/``
        """
        return await self._call_async(_ops.SMS_SESSIONS_CLEAR_ALL, {}, options)

    def cleanup_expired(self, **options: Unpack[RequestOptions]) -> SmsSessionClearResult:
        """Remove expired SMS sessions

        Removes the SMS sessions whose time to live has run out now instead of waiting for the store's own expiry.
        Open sessions are kept. Operational. The request has no body.

        ``POST /api/v1/sms-sessions/cleanup``
        """
        return self._call(_ops.SMS_SESSIONS_CLEANUP_EXPIRED, {}, options)

    async def cleanup_expired_async(self, **options: Unpack[RequestOptions]) -> SmsSessionClearResult:
        """Remove expired SMS sessions

        Removes the SMS sessions whose time to live has run out now instead of waiting for the store's own expiry.
        Open sessions are kept. Operational. The request has no body.

        ``POST /api/v1/sms-sessions/cleanup``
        """
        return await self._call_async(_ops.SMS_SESSIONS_CLEANUP_EXPIRED, {}, options)

    def clear(self, phone_number: str, assistant_id: int, **options: Unpack[RequestOptions]) -> SmsSessionClearResult:
        """Clear one SMS session

        Removes the SMS session between a customer number (`phone_number`, E.164 with `+` sent as `%2B`) and an
        assistant, so the customer's next message starts a new session. The conversation and its messages are
        kept.

        Args:
            phone_number: A phone number in E.164 format. Percent-encode the leading `+` as `%2B`; a literal
                `+` in a URL path can reach the server as a space.
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``DELETE /api/v1/sms-sessions/{phone_number}/{assistant_id}``
        """
        return self._call(
            _ops.SMS_SESSIONS_CLEAR,
            {
                "phone_number": phone_number,
                "assistant_id": assistant_id,
            },
            options,
        )

    async def clear_async(
        self,
        phone_number: str,
        assistant_id: int,
        **options: Unpack[RequestOptions],
    ) -> SmsSessionClearResult:
        """Clear one SMS session

        Removes the SMS session between a customer number (`phone_number`, E.164 with `+` sent as `%2B`) and an
        assistant, so the customer's next message starts a new session. The conversation and its messages are
        kept.

        Args:
            phone_number: A phone number in E.164 format. Percent-encode the leading `+` as `%2B`; a literal
                `+` in a URL path can reach the server as a space.
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``DELETE /api/v1/sms-sessions/{phone_number}/{assistant_id}``
        """
        return await self._call_async(
            _ops.SMS_SESSIONS_CLEAR,
            {
                "phone_number": phone_number,
                "assistant_id": assistant_id,
            },
            options,
        )


class AsyncSmsSessions(Resource):
    """Burki's SMS session store, which ties a customer number to an assistant so replies continue the same
    conversation. Operational routes for monitoring and clearing sessions.

    The async form of ``SmsSessions``.
    """

    @cached_property
    def with_raw_response(self) -> AsyncSmsSessionsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return AsyncSmsSessionsWithRawResponse(self)

    async def get_info(self, **options: Unpack[RequestOptions]) -> SmsSessionInfo:
        """Get SMS session information

        Returns the state of Burki's SMS session store: how many SMS sessions are open and how long an idle one
        lives. A session ties a customer number to an assistant number so that replies continue the same
        conversation. Operational: meant for monitoring, not for building an inbox (use `listSmsConversations`).
        The path ends in a slash.

        ``GET /api/v1/sms-sessions/``
        """
        return await self._call_async(_ops.SMS_SESSIONS_GET_INFO, {}, options)

    async def clear_all(self, **options: Unpack[RequestOptions]) -> SmsSessionClearResult:
        """Clear all SMS sessions

        Removes every SMS session from Burki's session store, so the next message on every number starts a new
        session. Conversations and messages are kept. Operational and broad: the server describes it as clearing
        all sessions and does not say it is limited to the caller's organization, so use it with care;
        `clearSmsSession` clears one. The path ends in a slash.

        ``DELETE /api/v1/sms-sessions/``
        """
        return await self._call_async(_ops.SMS_SESSIONS_CLEAR_ALL, {}, options)

    async def cleanup_expired(self, **options: Unpack[RequestOptions]) -> SmsSessionClearResult:
        """Remove expired SMS sessions

        Removes the SMS sessions whose time to live has run out now instead of waiting for the store's own expiry.
        Open sessions are kept. Operational. The request has no body.

        ``POST /api/v1/sms-sessions/cleanup``
        """
        return await self._call_async(_ops.SMS_SESSIONS_CLEANUP_EXPIRED, {}, options)

    async def clear(
        self,
        phone_number: str,
        assistant_id: int,
        **options: Unpack[RequestOptions],
    ) -> SmsSessionClearResult:
        """Clear one SMS session

        Removes the SMS session between a customer number (`phone_number`, E.164 with `+` sent as `%2B`) and an
        assistant, so the customer's next message starts a new session. The conversation and its messages are
        kept.

        Args:
            phone_number: A phone number in E.164 format. Percent-encode the leading `+` as `%2B`; a literal
                `+` in a URL path can reach the server as a space.
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``DELETE /api/v1/sms-sessions/{phone_number}/{assistant_id}``
        """
        return await self._call_async(
            _ops.SMS_SESSIONS_CLEAR,
            {
                "phone_number": phone_number,
                "assistant_id": assistant_id,
            },
            options,
        )


class SmsSessionsWithRawResponse:
    def __init__(self, resource: SmsSessions) -> None:
        self.get_info = to_raw_response(resource.get_info)
        self.get_info_async = async_to_raw_response(resource.get_info_async)
        self.clear_all = to_raw_response(resource.clear_all)
        self.clear_all_async = async_to_raw_response(resource.clear_all_async)
        self.cleanup_expired = to_raw_response(resource.cleanup_expired)
        self.cleanup_expired_async = async_to_raw_response(resource.cleanup_expired_async)
        self.clear = to_raw_response(resource.clear)
        self.clear_async = async_to_raw_response(resource.clear_async)


class AsyncSmsSessionsWithRawResponse:
    def __init__(self, resource: AsyncSmsSessions) -> None:
        self.get_info = async_to_raw_response(resource.get_info)
        self.clear_all = async_to_raw_response(resource.clear_all)
        self.cleanup_expired = async_to_raw_response(resource.cleanup_expired)
        self.clear = async_to_raw_response(resource.clear)

# Generated from the Burki API 1.0.0 spec; do not edit.
"""Send SMS and MMS from the organization's numbers through Burki's per-provider queue, follow a queued message and
cancel it.
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
    ApiResponse,
    RelatedConversation,
    SendSmsResponse,
    SmsCancelResult,
    SmsConversation,
    SmsMessage,
    SmsQueueStats,
    SmsStatus,
)



class Sms(Resource):
    """Send SMS and MMS from the organization's numbers through Burki's per-provider queue, follow a queued message
    and cancel it.
    """

    @cached_property
    def with_raw_response(self) -> SmsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return SmsWithRawResponse(self)

    def send(
        self,
        *,
        from_phone_number: str,
        to_phone_number: str,
        message: str,
        media_urls: Union[Optional[Sequence[str]], NotGiven] = NOT_GIVEN,
        queue: Union[bool, NotGiven] = NOT_GIVEN,
        idempotency_key_: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SendSmsResponse:
        """Send an SMS

        Sends an SMS (or, with `media_urls`, an MMS) from one of the organization's numbers. Burki finds the
        assistant that owns `from_phone_number` and sends through that assistant's provider (Twilio, Telnyx or
        Vonage), and stores the message in the SMS conversation between the two numbers.

        By default (`queue: true`) the message joins Burki's per-provider queue and the response carries Burki's
        message id with `status: queued`; poll it with `getSmsStatus` or cancel it with `cancelSms`. With `queue:
        false` the message is sent at once and the id is the provider's.

        Retrying safely: send an `Idempotency-Key` header (or the body's `idempotency_key`; the header wins). A
        repeated request with the same key is not sent or stored twice, so a client may retry a send that timed
        out. The path is at the root, not under `/api/v1`.

        Args:
            from_phone_number: Sending number in E.164 format. It must be assigned to one of the
                organization's assistants; that assistant's telephony provider (Twilio, Telnyx or Vonage) sends
                the message.
            to_phone_number: Recipient in E.164 format (`+` and country code, no spaces or punctuation).
            message: The text. An empty text is refused with 400.
            media_urls: Public URLs of images or documents to attach; any entry turns the message into an
                MMS.
            queue: `true` hands the message to Burki's per-provider queue, which paces sends to the
                provider's rate limits; the response then carries a Burki message id to poll with
                `getSmsStatus`. `false` sends at once and may run into carrier limits.
            idempotency_key_: Deduplicates retried sends: a second request with the same key neither sends
                nor stores the message again. The `Idempotency-Key` header does the same and wins when both are
                present; the SDK sends its `idempotencyKey` as that header.

        ``POST /sms/send``
        """
        return self._call(
            _ops.SMS_SEND,
            {
                "from_phone_number": from_phone_number,
                "to_phone_number": to_phone_number,
                "message": message,
                "media_urls": media_urls,
                "queue": queue,
                "idempotency_key_": idempotency_key_,
            },
            options,
        )

    async def send_async(
        self,
        *,
        from_phone_number: str,
        to_phone_number: str,
        message: str,
        media_urls: Union[Optional[Sequence[str]], NotGiven] = NOT_GIVEN,
        queue: Union[bool, NotGiven] = NOT_GIVEN,
        idempotency_key_: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SendSmsResponse:
        """Send an SMS

        Sends an SMS (or, with `media_urls`, an MMS) from one of the organization's numbers. Burki finds the
        assistant that owns `from_phone_number` and sends through that assistant's provider (Twilio, Telnyx or
        Vonage), and stores the message in the SMS conversation between the two numbers.

        By default (`queue: true`) the message joins Burki's per-provider queue and the response carries Burki's
        message id with `status: queued`; poll it with `getSmsStatus` or cancel it with `cancelSms`. With `queue:
        false` the message is sent at once and the id is the provider's.

        Retrying safely: send an `Idempotency-Key` header (or the body's `idempotency_key`; the header wins). A
        repeated request with the same key is not sent or stored twice, so a client may retry a send that timed
        out. The path is at the root, not under `/api/v1`.

        Args:
            from_phone_number: Sending number in E.164 format. It must be assigned to one of the
                organization's assistants; that assistant's telephony provider (Twilio, Telnyx or Vonage) sends
                the message.
            to_phone_number: Recipient in E.164 format (`+` and country code, no spaces or punctuation).
            message: The text. An empty text is refused with 400.
            media_urls: Public URLs of images or documents to attach; any entry turns the message into an
                MMS.
            queue: `true` hands the message to Burki's per-provider queue, which paces sends to the
                provider's rate limits; the response then carries a Burki message id to poll with
                `getSmsStatus`. `false` sends at once and may run into carrier limits.
            idempotency_key_: Deduplicates retried sends: a second request with the same key neither sends
                nor stores the message again. The `Idempotency-Key` header does the same and wins when both are
                present; the SDK sends its `idempotencyKey` as that header.

        ``POST /sms/send``
        """
        return await self._call_async(
            _ops.SMS_SEND,
            {
                "from_phone_number": from_phone_number,
                "to_phone_number": to_phone_number,
                "message": message,
                "media_urls": media_urls,
                "queue": queue,
                "idempotency_key_": idempotency_key_,
            },
            options,
        )

    def cancel(self, message_id: str, **options: Unpack[RequestOptions]) -> SmsCancelResult:
        """Cancel a queued SMS

        Cancels a message that is still `queued`. A message that is already sending, sent, failed or cancelled
        cannot be cancelled, and that is not an HTTP error: the server answers 200 with `success: false`, a
        `message` saying why, and the status the message had in `previous_status`. Always check `success`. The SDK
        returns the body as is; it does not throw for `success: false`.

        Args:
            message_id: Burki's id for a queued message (a UUID), as returned in `message_id` by `sendSms`
                with `queue: true`.

        ``DELETE /sms/{message_id}``
        """
        return self._call(_ops.SMS_CANCEL, {"message_id": message_id}, options)

    async def cancel_async(self, message_id: str, **options: Unpack[RequestOptions]) -> SmsCancelResult:
        """Cancel a queued SMS

        Cancels a message that is still `queued`. A message that is already sending, sent, failed or cancelled
        cannot be cancelled, and that is not an HTTP error: the server answers 200 with `success: false`, a
        `message` saying why, and the status the message had in `previous_status`. Always check `success`. The SDK
        returns the body as is; it does not throw for `success: false`.

        Args:
            message_id: Burki's id for a queued message (a UUID), as returned in `message_id` by `sendSms`
                with `queue: true`.

        ``DELETE /sms/{message_id}``
        """
        return await self._call_async(_ops.SMS_CANCEL, {"message_id": message_id}, options)

    def get_status(self, message_id: str, **options: Unpack[RequestOptions]) -> SmsStatus:
        """Get the status of a queued SMS

        Returns where a message sent with `queue: true` is: still queued, being sent, sent (with the provider's
        message id), failed (with the error) or cancelled. Messages sent with `queue: false` have no Burki id to
        look up.

        Args:
            message_id: Burki's id for a queued message (a UUID), as returned in `message_id` by `sendSms`
                with `queue: true`.

        ``GET /sms/{message_id}/status``
        """
        return self._call(_ops.SMS_GET_STATUS, {"message_id": message_id}, options)

    async def get_status_async(self, message_id: str, **options: Unpack[RequestOptions]) -> SmsStatus:
        """Get the status of a queued SMS

        Returns where a message sent with `queue: true` is: still queued, being sent, sent (with the provider's
        message id), failed (with the error) or cancelled. Messages sent with `queue: false` have no Burki id to
        look up.

        Args:
            message_id: Burki's id for a queued message (a UUID), as returned in `message_id` by `sendSms`
                with `queue: true`.

        ``GET /sms/{message_id}/status``
        """
        return await self._call_async(_ops.SMS_GET_STATUS, {"message_id": message_id}, options)

    def get_queue_stats(
        self,
        *,
        provider: Union[Union[Literal["twilio", "telnyx", "vonage"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SmsQueueStats:
        """Get SMS queue statistics

        Returns the counters of Burki's per-provider SMS queues (messages pending, being sent and failed), for
        monitoring how quickly queued sends drain. `provider` narrows the answer to one queue.

        Args:
            provider: Only this provider's queue.

        ``GET /sms/queue/stats``
        """
        return self._call(_ops.SMS_GET_QUEUE_STATS, {"provider": provider}, options)

    async def get_queue_stats_async(
        self,
        *,
        provider: Union[Union[Literal["twilio", "telnyx", "vonage"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SmsQueueStats:
        """Get SMS queue statistics

        Returns the counters of Burki's per-provider SMS queues (messages pending, being sent and failed), for
        monitoring how quickly queued sends drain. `provider` narrows the answer to one queue.

        Args:
            provider: Only this provider's queue.

        ``GET /sms/queue/stats``
        """
        return await self._call_async(_ops.SMS_GET_QUEUE_STATS, {"provider": provider}, options)

    def list_conversations(
        self,
        *,
        skip: Union[int, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        status: Union[Union[Literal["active", "completed"], str], NotGiven] = NOT_GIVEN,
        assistant_id: Union[int, NotGiven] = NOT_GIVEN,
        customer_phone: Union[str, NotGiven] = NOT_GIVEN,
        date_from: Union[str, NotGiven] = NOT_GIVEN,
        date_to: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[SmsConversation]:
        """List SMS conversations

        Returns the organization's SMS threads as a plain array, newest activity first. Archived threads (see
        `deleteSmsConversation`) are left out. Page with `skip` and `limit` (default 50); the response carries no
        total, so keep requesting until a page is shorter than `limit`. The path ends in a slash; FastAPI answers
        the slash-less form with a redirect.

        Args:
            skip: How many records to skip before the first one returned.
            limit: Largest number of conversations to return.
            status: Only conversations with this status.
            assistant_id: Only conversations answered by this assistant.
            customer_phone: Only conversations with this customer number.
            date_from: Lower bound (inclusive) in ISO 8601: a date such as `2025-03-01` or a full timestamp.
                The server takes a plain string.
            date_to: Upper bound in ISO 8601: a date such as `2025-03-31` or a full timestamp. The server
                takes a plain string.

        ``GET /api/v1/sms-conversations/``
        """
        return self._list(
            _ops.SMS_LIST_CONVERSATIONS,
            {
                "skip": skip,
                "limit": limit,
                "status": status,
                "assistant_id": assistant_id,
                "customer_phone": customer_phone,
                "date_from": date_from,
                "date_to": date_to,
            },
            options,
        )

    def list_conversations_async(
        self,
        *,
        skip: Union[int, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        status: Union[Union[Literal["active", "completed"], str], NotGiven] = NOT_GIVEN,
        assistant_id: Union[int, NotGiven] = NOT_GIVEN,
        customer_phone: Union[str, NotGiven] = NOT_GIVEN,
        date_from: Union[str, NotGiven] = NOT_GIVEN,
        date_to: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageRequest[SmsConversation]:
        """List SMS conversations

        Returns the organization's SMS threads as a plain array, newest activity first. Archived threads (see
        `deleteSmsConversation`) are left out. Page with `skip` and `limit` (default 50); the response carries no
        total, so keep requesting until a page is shorter than `limit`. The path ends in a slash; FastAPI answers
        the slash-less form with a redirect.

        Args:
            skip: How many records to skip before the first one returned.
            limit: Largest number of conversations to return.
            status: Only conversations with this status.
            assistant_id: Only conversations answered by this assistant.
            customer_phone: Only conversations with this customer number.
            date_from: Lower bound (inclusive) in ISO 8601: a date such as `2025-03-01` or a full timestamp.
                The server takes a plain string.
            date_to: Upper bound in ISO 8601: a date such as `2025-03-31` or a full timestamp. The server
                takes a plain string.

        ``GET /api/v1/sms-conversations/``
        """
        return self._list_async(
            _ops.SMS_LIST_CONVERSATIONS,
            {
                "skip": skip,
                "limit": limit,
                "status": status,
                "assistant_id": assistant_id,
                "customer_phone": customer_phone,
                "date_from": date_from,
                "date_to": date_to,
            },
            options,
        )

    def get_conversation(self, conversation_id: str, **options: Unpack[RequestOptions]) -> SmsConversation:
        """Get an SMS conversation

        Returns one SMS thread of the organization. An archived thread answers 404.

        Args:
            conversation_id: SMS conversation id, as returned in `id` by `listSmsConversations`. The server
                types it as a string; it holds the digits of the SMS call record's id.

        ``GET /api/v1/sms-conversations/{conversation_id}``
        """
        return self._call(_ops.SMS_GET_CONVERSATION, {"conversation_id": conversation_id}, options)

    async def get_conversation_async(self, conversation_id: str, **options: Unpack[RequestOptions]) -> SmsConversation:
        """Get an SMS conversation

        Returns one SMS thread of the organization. An archived thread answers 404.

        Args:
            conversation_id: SMS conversation id, as returned in `id` by `listSmsConversations`. The server
                types it as a string; it holds the digits of the SMS call record's id.

        ``GET /api/v1/sms-conversations/{conversation_id}``
        """
        return await self._call_async(_ops.SMS_GET_CONVERSATION, {"conversation_id": conversation_id}, options)

    def delete_conversation(self, conversation_id: str, **options: Unpack[RequestOptions]) -> ApiResponse:
        """Archive an SMS conversation

        Archives a thread and purges its data: its messages, its SMS debug and delivery logs, and its session, so
        the next message between the same two numbers starts a fresh conversation. The underlying call record is
        kept (marked archived) for call logs. This cannot be undone.

        Args:
            conversation_id: SMS conversation id, as returned in `id` by `listSmsConversations`. The server
                types it as a string; it holds the digits of the SMS call record's id.

        ``DELETE /api/v1/sms-conversations/{conversation_id}``
        """
        return self._call(_ops.SMS_DELETE_CONVERSATION, {"conversation_id": conversation_id}, options)

    async def delete_conversation_async(self, conversation_id: str, **options: Unpack[RequestOptions]) -> ApiResponse:
        """Archive an SMS conversation

        Archives a thread and purges its data: its messages, its SMS debug and delivery logs, and its session, so
        the next message between the same two numbers starts a fresh conversation. The underlying call record is
        kept (marked archived) for call logs. This cannot be undone.

        Args:
            conversation_id: SMS conversation id, as returned in `id` by `listSmsConversations`. The server
                types it as a string; it holds the digits of the SMS call record's id.

        ``DELETE /api/v1/sms-conversations/{conversation_id}``
        """
        return await self._call_async(_ops.SMS_DELETE_CONVERSATION, {"conversation_id": conversation_id}, options)

    def get_messages(self, conversation_id: str, **options: Unpack[RequestOptions]) -> List[SmsMessage]:
        """List the messages of an SMS conversation

        Returns every message of the thread in order, the customer's (`user`) and the assistant's. Not paginated.
        An archived thread answers 404.

        Args:
            conversation_id: SMS conversation id, as returned in `id` by `listSmsConversations`. The server
                types it as a string; it holds the digits of the SMS call record's id.

        ``GET /api/v1/sms-conversations/{conversation_id}/messages``
        """
        return self._call(_ops.SMS_GET_MESSAGES, {"conversation_id": conversation_id}, options)

    async def get_messages_async(self, conversation_id: str, **options: Unpack[RequestOptions]) -> List[SmsMessage]:
        """List the messages of an SMS conversation

        Returns every message of the thread in order, the customer's (`user`) and the assistant's. Not paginated.
        An archived thread answers 404.

        Args:
            conversation_id: SMS conversation id, as returned in `id` by `listSmsConversations`. The server
                types it as a string; it holds the digits of the SMS call record's id.

        ``GET /api/v1/sms-conversations/{conversation_id}/messages``
        """
        return await self._call_async(_ops.SMS_GET_MESSAGES, {"conversation_id": conversation_id}, options)

    def get_related_conversations(
        self,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> List[RelatedConversation]:
        """List the calls and threads related to an SMS conversation

        Returns the voice calls and SMS threads that share a unified session with this thread (the same customer
        and assistant), including the thread itself (`is_current`), for a cross-channel history. Not paginated. An
        archived thread answers 404.

        Args:
            conversation_id: SMS conversation id, as returned in `id` by `listSmsConversations`. The server
                types it as a string; it holds the digits of the SMS call record's id.

        ``GET /api/v1/sms-conversations/{conversation_id}/related``
        """
        return self._call(_ops.SMS_GET_RELATED_CONVERSATIONS, {"conversation_id": conversation_id}, options)

    async def get_related_conversations_async(
        self,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> List[RelatedConversation]:
        """List the calls and threads related to an SMS conversation

        Returns the voice calls and SMS threads that share a unified session with this thread (the same customer
        and assistant), including the thread itself (`is_current`), for a cross-channel history. Not paginated. An
        archived thread answers 404.

        Args:
            conversation_id: SMS conversation id, as returned in `id` by `listSmsConversations`. The server
                types it as a string; it holds the digits of the SMS call record's id.

        ``GET /api/v1/sms-conversations/{conversation_id}/related``
        """
        return await self._call_async(_ops.SMS_GET_RELATED_CONVERSATIONS, {"conversation_id": conversation_id}, options)

    def export_conversation(
        self,
        conversation_id: str,
        *,
        format: Union[Literal["txt", "csv", "json"], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Export an SMS conversation

        Downloads the thread as a file (with `Content-Disposition`): plain text by default, or CSV or JSON. The
        body is the file itself, not a JSON wrapper, so the SDK returns it as text whatever the format. The server
        does not publish the columns of the CSV or the keys of the JSON; the examples show the kind of content to
        expect.

        Args:
            conversation_id: SMS conversation id, as returned in `id` by `listSmsConversations`. The server
                types it as a string; it holds the digits of the SMS call record's id.
            format: File format.

        ``GET /api/v1/sms-conversations/{conversation_id}/export``
        """
        return self._call(_ops.SMS_EXPORT_CONVERSATION, {"conversation_id": conversation_id, "format": format}, options)

    async def export_conversation_async(
        self,
        conversation_id: str,
        *,
        format: Union[Literal["txt", "csv", "json"], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Export an SMS conversation

        Downloads the thread as a file (with `Content-Disposition`): plain text by default, or CSV or JSON. The
        body is the file itself, not a JSON wrapper, so the SDK returns it as text whatever the format. The server
        does not publish the columns of the CSV or the keys of the JSON; the examples show the kind of content to
        expect.

        Args:
            conversation_id: SMS conversation id, as returned in `id` by `listSmsConversations`. The server
                types it as a string; it holds the digits of the SMS call record's id.
            format: File format.

        ``GET /api/v1/sms-conversations/{conversation_id}/export``
        """
        return await self._call_async(
            _ops.SMS_EXPORT_CONVERSATION,
            {
                "conversation_id": conversation_id,
                "format": format,
            },
            options,
        )


class AsyncSms(Resource):
    """Send SMS and MMS from the organization's numbers through Burki's per-provider queue, follow a queued message
    and cancel it.

    The async form of ``Sms``.
    """

    @cached_property
    def with_raw_response(self) -> AsyncSmsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return AsyncSmsWithRawResponse(self)

    async def send(
        self,
        *,
        from_phone_number: str,
        to_phone_number: str,
        message: str,
        media_urls: Union[Optional[Sequence[str]], NotGiven] = NOT_GIVEN,
        queue: Union[bool, NotGiven] = NOT_GIVEN,
        idempotency_key_: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SendSmsResponse:
        """Send an SMS

        Sends an SMS (or, with `media_urls`, an MMS) from one of the organization's numbers. Burki finds the
        assistant that owns `from_phone_number` and sends through that assistant's provider (Twilio, Telnyx or
        Vonage), and stores the message in the SMS conversation between the two numbers.

        By default (`queue: true`) the message joins Burki's per-provider queue and the response carries Burki's
        message id with `status: queued`; poll it with `getSmsStatus` or cancel it with `cancelSms`. With `queue:
        false` the message is sent at once and the id is the provider's.

        Retrying safely: send an `Idempotency-Key` header (or the body's `idempotency_key`; the header wins). A
        repeated request with the same key is not sent or stored twice, so a client may retry a send that timed
        out. The path is at the root, not under `/api/v1`.

        Args:
            from_phone_number: Sending number in E.164 format. It must be assigned to one of the
                organization's assistants; that assistant's telephony provider (Twilio, Telnyx or Vonage) sends
                the message.
            to_phone_number: Recipient in E.164 format (`+` and country code, no spaces or punctuation).
            message: The text. An empty text is refused with 400.
            media_urls: Public URLs of images or documents to attach; any entry turns the message into an
                MMS.
            queue: `true` hands the message to Burki's per-provider queue, which paces sends to the
                provider's rate limits; the response then carries a Burki message id to poll with
                `getSmsStatus`. `false` sends at once and may run into carrier limits.
            idempotency_key_: Deduplicates retried sends: a second request with the same key neither sends
                nor stores the message again. The `Idempotency-Key` header does the same and wins when both are
                present; the SDK sends its `idempotencyKey` as that header.

        ``POST /sms/send``
        """
        return await self._call_async(
            _ops.SMS_SEND,
            {
                "from_phone_number": from_phone_number,
                "to_phone_number": to_phone_number,
                "message": message,
                "media_urls": media_urls,
                "queue": queue,
                "idempotency_key_": idempotency_key_,
            },
            options,
        )

    async def cancel(self, message_id: str, **options: Unpack[RequestOptions]) -> SmsCancelResult:
        """Cancel a queued SMS

        Cancels a message that is still `queued`. A message that is already sending, sent, failed or cancelled
        cannot be cancelled, and that is not an HTTP error: the server answers 200 with `success: false`, a
        `message` saying why, and the status the message had in `previous_status`. Always check `success`. The SDK
        returns the body as is; it does not throw for `success: false`.

        Args:
            message_id: Burki's id for a queued message (a UUID), as returned in `message_id` by `sendSms`
                with `queue: true`.

        ``DELETE /sms/{message_id}``
        """
        return await self._call_async(_ops.SMS_CANCEL, {"message_id": message_id}, options)

    async def get_status(self, message_id: str, **options: Unpack[RequestOptions]) -> SmsStatus:
        """Get the status of a queued SMS

        Returns where a message sent with `queue: true` is: still queued, being sent, sent (with the provider's
        message id), failed (with the error) or cancelled. Messages sent with `queue: false` have no Burki id to
        look up.

        Args:
            message_id: Burki's id for a queued message (a UUID), as returned in `message_id` by `sendSms`
                with `queue: true`.

        ``GET /sms/{message_id}/status``
        """
        return await self._call_async(_ops.SMS_GET_STATUS, {"message_id": message_id}, options)

    async def get_queue_stats(
        self,
        *,
        provider: Union[Union[Literal["twilio", "telnyx", "vonage"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SmsQueueStats:
        """Get SMS queue statistics

        Returns the counters of Burki's per-provider SMS queues (messages pending, being sent and failed), for
        monitoring how quickly queued sends drain. `provider` narrows the answer to one queue.

        Args:
            provider: Only this provider's queue.

        ``GET /sms/queue/stats``
        """
        return await self._call_async(_ops.SMS_GET_QUEUE_STATS, {"provider": provider}, options)

    def list_conversations(
        self,
        *,
        skip: Union[int, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        status: Union[Union[Literal["active", "completed"], str], NotGiven] = NOT_GIVEN,
        assistant_id: Union[int, NotGiven] = NOT_GIVEN,
        customer_phone: Union[str, NotGiven] = NOT_GIVEN,
        date_from: Union[str, NotGiven] = NOT_GIVEN,
        date_to: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageRequest[SmsConversation]:
        """List SMS conversations

        Returns the organization's SMS threads as a plain array, newest activity first. Archived threads (see
        `deleteSmsConversation`) are left out. Page with `skip` and `limit` (default 50); the response carries no
        total, so keep requesting until a page is shorter than `limit`. The path ends in a slash; FastAPI answers
        the slash-less form with a redirect.

        Args:
            skip: How many records to skip before the first one returned.
            limit: Largest number of conversations to return.
            status: Only conversations with this status.
            assistant_id: Only conversations answered by this assistant.
            customer_phone: Only conversations with this customer number.
            date_from: Lower bound (inclusive) in ISO 8601: a date such as `2025-03-01` or a full timestamp.
                The server takes a plain string.
            date_to: Upper bound in ISO 8601: a date such as `2025-03-31` or a full timestamp. The server
                takes a plain string.

        ``GET /api/v1/sms-conversations/``
        """
        return self._list_async(
            _ops.SMS_LIST_CONVERSATIONS,
            {
                "skip": skip,
                "limit": limit,
                "status": status,
                "assistant_id": assistant_id,
                "customer_phone": customer_phone,
                "date_from": date_from,
                "date_to": date_to,
            },
            options,
        )

    async def get_conversation(self, conversation_id: str, **options: Unpack[RequestOptions]) -> SmsConversation:
        """Get an SMS conversation

        Returns one SMS thread of the organization. An archived thread answers 404.

        Args:
            conversation_id: SMS conversation id, as returned in `id` by `listSmsConversations`. The server
                types it as a string; it holds the digits of the SMS call record's id.

        ``GET /api/v1/sms-conversations/{conversation_id}``
        """
        return await self._call_async(_ops.SMS_GET_CONVERSATION, {"conversation_id": conversation_id}, options)

    async def delete_conversation(self, conversation_id: str, **options: Unpack[RequestOptions]) -> ApiResponse:
        """Archive an SMS conversation

        Archives a thread and purges its data: its messages, its SMS debug and delivery logs, and its session, so
        the next message between the same two numbers starts a fresh conversation. The underlying call record is
        kept (marked archived) for call logs. This cannot be undone.

        Args:
            conversation_id: SMS conversation id, as returned in `id` by `listSmsConversations`. The server
                types it as a string; it holds the digits of the SMS call record's id.

        ``DELETE /api/v1/sms-conversations/{conversation_id}``
        """
        return await self._call_async(_ops.SMS_DELETE_CONVERSATION, {"conversation_id": conversation_id}, options)

    async def get_messages(self, conversation_id: str, **options: Unpack[RequestOptions]) -> List[SmsMessage]:
        """List the messages of an SMS conversation

        Returns every message of the thread in order, the customer's (`user`) and the assistant's. Not paginated.
        An archived thread answers 404.

        Args:
            conversation_id: SMS conversation id, as returned in `id` by `listSmsConversations`. The server
                types it as a string; it holds the digits of the SMS call record's id.

        ``GET /api/v1/sms-conversations/{conversation_id}/messages``
        """
        return await self._call_async(_ops.SMS_GET_MESSAGES, {"conversation_id": conversation_id}, options)

    async def get_related_conversations(
        self,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> List[RelatedConversation]:
        """List the calls and threads related to an SMS conversation

        Returns the voice calls and SMS threads that share a unified session with this thread (the same customer
        and assistant), including the thread itself (`is_current`), for a cross-channel history. Not paginated. An
        archived thread answers 404.

        Args:
            conversation_id: SMS conversation id, as returned in `id` by `listSmsConversations`. The server
                types it as a string; it holds the digits of the SMS call record's id.

        ``GET /api/v1/sms-conversations/{conversation_id}/related``
        """
        return await self._call_async(_ops.SMS_GET_RELATED_CONVERSATIONS, {"conversation_id": conversation_id}, options)

    async def export_conversation(
        self,
        conversation_id: str,
        *,
        format: Union[Literal["txt", "csv", "json"], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Export an SMS conversation

        Downloads the thread as a file (with `Content-Disposition`): plain text by default, or CSV or JSON. The
        body is the file itself, not a JSON wrapper, so the SDK returns it as text whatever the format. The server
        does not publish the columns of the CSV or the keys of the JSON; the examples show the kind of content to
        expect.

        Args:
            conversation_id: SMS conversation id, as returned in `id` by `listSmsConversations`. The server
                types it as a string; it holds the digits of the SMS call record's id.
            format: File format.

        ``GET /api/v1/sms-conversations/{conversation_id}/export``
        """
        return await self._call_async(
            _ops.SMS_EXPORT_CONVERSATION,
            {
                "conversation_id": conversation_id,
                "format": format,
            },
            options,
        )


class SmsWithRawResponse:
    def __init__(self, resource: Sms) -> None:
        self.send = to_raw_response(resource.send)
        self.send_async = async_to_raw_response(resource.send_async)
        self.cancel = to_raw_response(resource.cancel)
        self.cancel_async = async_to_raw_response(resource.cancel_async)
        self.get_status = to_raw_response(resource.get_status)
        self.get_status_async = async_to_raw_response(resource.get_status_async)
        self.get_queue_stats = to_raw_response(resource.get_queue_stats)
        self.get_queue_stats_async = async_to_raw_response(resource.get_queue_stats_async)
        self.get_conversation = to_raw_response(resource.get_conversation)
        self.get_conversation_async = async_to_raw_response(resource.get_conversation_async)
        self.delete_conversation = to_raw_response(resource.delete_conversation)
        self.delete_conversation_async = async_to_raw_response(resource.delete_conversation_async)
        self.get_messages = to_raw_response(resource.get_messages)
        self.get_messages_async = async_to_raw_response(resource.get_messages_async)
        self.get_related_conversations = to_raw_response(resource.get_related_conversations)
        self.get_related_conversations_async = async_to_raw_response(resource.get_related_conversations_async)
        self.export_conversation = to_raw_response(resource.export_conversation)
        self.export_conversation_async = async_to_raw_response(resource.export_conversation_async)


class AsyncSmsWithRawResponse:
    def __init__(self, resource: AsyncSms) -> None:
        self.send = async_to_raw_response(resource.send)
        self.cancel = async_to_raw_response(resource.cancel)
        self.get_status = async_to_raw_response(resource.get_status)
        self.get_queue_stats = async_to_raw_response(resource.get_queue_stats)
        self.get_conversation = async_to_raw_response(resource.get_conversation)
        self.delete_conversation = async_to_raw_response(resource.delete_conversation)
        self.get_messages = async_to_raw_response(resource.get_messages)
        self.get_related_conversations = async_to_raw_response(resource.get_related_conversations)
        self.export_conversation = async_to_raw_response(resource.export_conversation)

# Generated from the Burki API 1.0.0 spec; do not edit.
"""Verification that enables outbound SMS on a number: submit it, follow its status, check whether a number may send.
These routes accept only a JWT access token, not an API key.
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
    SmsCanSend,
    SmsComplianceStatus,
    SmsComplianceSubmitResult,
    SmsComplianceSummary,
)



class SmsCompliance(Resource):
    """Verification that enables outbound SMS on a number: submit it, follow its status, check whether a number may
    send. These routes accept only a JWT access token, not an API key.
    """

    @cached_property
    def with_raw_response(self) -> SmsComplianceWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return SmsComplianceWithRawResponse(self)

    def get_status(self, phone_number_id: int, **options: Unpack[RequestOptions]) -> SmsComplianceStatus:
        """Get a number's SMS compliance status

        Returns where a number's SMS verification is and whether outbound SMS are enabled for it. A number with no
        submission answers 200 with `found: false`. JWT only: send a JWT access token from the login endpoint; API
        keys are rejected with 401. With the SDK, construct a client whose `apiKey` is the JWT. Note the prefix:
        `/v1/...`, not `/api/v1/...`.

        Args:
            phone_number_id: Id of one of the organization's phone numbers (the integer id of phone number
                listings, not the E.164 number).

        ``GET /v1/sms-compliance/status/{phone_number_id}``
        """
        return self._call(_ops.SMS_COMPLIANCE_GET_STATUS, {"phone_number_id": phone_number_id}, options)

    async def get_status_async(self, phone_number_id: int, **options: Unpack[RequestOptions]) -> SmsComplianceStatus:
        """Get a number's SMS compliance status

        Returns where a number's SMS verification is and whether outbound SMS are enabled for it. A number with no
        submission answers 200 with `found: false`. JWT only: send a JWT access token from the login endpoint; API
        keys are rejected with 401. With the SDK, construct a client whose `apiKey` is the JWT. Note the prefix:
        `/v1/...`, not `/api/v1/...`.

        Args:
            phone_number_id: Id of one of the organization's phone numbers (the integer id of phone number
                listings, not the E.164 number).

        ``GET /v1/sms-compliance/status/{phone_number_id}``
        """
        return await self._call_async(_ops.SMS_COMPLIANCE_GET_STATUS, {"phone_number_id": phone_number_id}, options)

    def submit(
        self,
        *,
        phone_number_id: int,
        use_case: Union[
            Literal[
                "customer_support",
                "appointment_reminders",
                "order_notifications",
                "two_factor_auth",
                "marketing",
                "other"
            ],
            str
        ],
        business_name: str,
        business_description: str,
        sample_messages: Sequence[str],
        website_url: Union[Optional[str], NotGiven] = NOT_GIVEN,
        contact_email: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SmsComplianceSubmitResult:
        """Submit a number for SMS verification

        Starts the verification that enables outbound SMS on a number (toll-free verification for toll-free
        numbers, which typically takes one to three business days). Follow it with `getSmsComplianceStatus`.

        A submission the server cannot file is a soft failure: it answers 200 with `success: false`, the reason in
        `error` and what to fix in `next_steps`. Check `success`; the SDK does not throw for it. JWT only: send a
        JWT access token from the login endpoint; API keys are rejected with 401. With the SDK, construct a client
        whose `apiKey` is the JWT.

        Args:
            phone_number_id: Id of the organization's number to verify.
            business_name: The business that sends the messages.
            business_description: What the business does and why it texts its customers.
            sample_messages: One to three examples of messages the number will send, each 10 to 320
                characters (the item length is the docs' rule; the server checks the count). Include opt-out
                wording.
            website_url: The business's website.
            contact_email: Who the carrier may contact about the submission.

        ``POST /v1/sms-compliance/submit``
        """
        return self._call(
            _ops.SMS_COMPLIANCE_SUBMIT,
            {
                "phone_number_id": phone_number_id,
                "use_case": use_case,
                "business_name": business_name,
                "business_description": business_description,
                "sample_messages": sample_messages,
                "website_url": website_url,
                "contact_email": contact_email,
            },
            options,
        )

    async def submit_async(
        self,
        *,
        phone_number_id: int,
        use_case: Union[
            Literal[
                "customer_support",
                "appointment_reminders",
                "order_notifications",
                "two_factor_auth",
                "marketing",
                "other"
            ],
            str
        ],
        business_name: str,
        business_description: str,
        sample_messages: Sequence[str],
        website_url: Union[Optional[str], NotGiven] = NOT_GIVEN,
        contact_email: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SmsComplianceSubmitResult:
        """Submit a number for SMS verification

        Starts the verification that enables outbound SMS on a number (toll-free verification for toll-free
        numbers, which typically takes one to three business days). Follow it with `getSmsComplianceStatus`.

        A submission the server cannot file is a soft failure: it answers 200 with `success: false`, the reason in
        `error` and what to fix in `next_steps`. Check `success`; the SDK does not throw for it. JWT only: send a
        JWT access token from the login endpoint; API keys are rejected with 401. With the SDK, construct a client
        whose `apiKey` is the JWT.

        Args:
            phone_number_id: Id of the organization's number to verify.
            business_name: The business that sends the messages.
            business_description: What the business does and why it texts its customers.
            sample_messages: One to three examples of messages the number will send, each 10 to 320
                characters (the item length is the docs' rule; the server checks the count). Include opt-out
                wording.
            website_url: The business's website.
            contact_email: Who the carrier may contact about the submission.

        ``POST /v1/sms-compliance/submit``
        """
        return await self._call_async(
            _ops.SMS_COMPLIANCE_SUBMIT,
            {
                "phone_number_id": phone_number_id,
                "use_case": use_case,
                "business_name": business_name,
                "business_description": business_description,
                "sample_messages": sample_messages,
                "website_url": website_url,
                "contact_email": contact_email,
            },
            options,
        )

    def can_send(self, phone_number_id: int, **options: Unpack[RequestOptions]) -> SmsCanSend:
        """Check whether a number may send SMS

        A quick check, before sending, of whether outbound SMS are allowed on a number, with the reason and
        whether the organization must act first. JWT only: send a JWT access token from the login endpoint; API
        keys are rejected with 401. With the SDK, construct a client whose `apiKey` is the JWT.

        Args:
            phone_number_id: Id of one of the organization's phone numbers (the integer id of phone number
                listings, not the E.164 number).

        ``GET /v1/sms-compliance/can-send/{phone_number_id}``
        """
        return self._call(_ops.SMS_COMPLIANCE_CAN_SEND, {"phone_number_id": phone_number_id}, options)

    async def can_send_async(self, phone_number_id: int, **options: Unpack[RequestOptions]) -> SmsCanSend:
        """Check whether a number may send SMS

        A quick check, before sending, of whether outbound SMS are allowed on a number, with the reason and
        whether the organization must act first. JWT only: send a JWT access token from the login endpoint; API
        keys are rejected with 401. With the SDK, construct a client whose `apiKey` is the JWT.

        Args:
            phone_number_id: Id of one of the organization's phone numbers (the integer id of phone number
                listings, not the E.164 number).

        ``GET /v1/sms-compliance/can-send/{phone_number_id}``
        """
        return await self._call_async(_ops.SMS_COMPLIANCE_CAN_SEND, {"phone_number_id": phone_number_id}, options)

    def get_summary(self, **options: Unpack[RequestOptions]) -> SmsComplianceSummary:
        """Summarize SMS compliance across the organization

        Counts the organization's numbers that may send outbound SMS, that are pending verification and that still
        need it, and lists every number with its state. The fields are the server's; the docs' example
        (`approved`, `pending`, `rejected` counts) is outdated. JWT only: send a JWT access token from the login
        endpoint; API keys are rejected with 401. With the SDK, construct a client whose `apiKey` is the JWT.

        ``GET /v1/sms-compliance/summary``
        """
        return self._call(_ops.SMS_COMPLIANCE_GET_SUMMARY, {}, options)

    async def get_summary_async(self, **options: Unpack[RequestOptions]) -> SmsComplianceSummary:
        """Summarize SMS compliance across the organization

        Counts the organization's numbers that may send outbound SMS, that are pending verification and that still
        need it, and lists every number with its state. The fields are the server's; the docs' example
        (`approved`, `pending`, `rejected` counts) is outdated. JWT only: send a JWT access token from the login
        endpoint; API keys are rejected with 401. With the SDK, construct a client whose `apiKey` is the JWT.

        ``GET /v1/sms-compliance/summary``
        """
        return await self._call_async(_ops.SMS_COMPLIANCE_GET_SUMMARY, {}, options)


class AsyncSmsCompliance(Resource):
    """Verification that enables outbound SMS on a number: submit it, follow its status, check whether a number may
    send. These routes accept only a JWT access token, not an API key.

    The async form of ``SmsCompliance``.
    """

    @cached_property
    def with_raw_response(self) -> AsyncSmsComplianceWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return AsyncSmsComplianceWithRawResponse(self)

    async def get_status(self, phone_number_id: int, **options: Unpack[RequestOptions]) -> SmsComplianceStatus:
        """Get a number's SMS compliance status

        Returns where a number's SMS verification is and whether outbound SMS are enabled for it. A number with no
        submission answers 200 with `found: false`. JWT only: send a JWT access token from the login endpoint; API
        keys are rejected with 401. With the SDK, construct a client whose `apiKey` is the JWT. Note the prefix:
        `/v1/...`, not `/api/v1/...`.

        Args:
            phone_number_id: Id of one of the organization's phone numbers (the integer id of phone number
                listings, not the E.164 number).

        ``GET /v1/sms-compliance/status/{phone_number_id}``
        """
        return await self._call_async(_ops.SMS_COMPLIANCE_GET_STATUS, {"phone_number_id": phone_number_id}, options)

    async def submit(
        self,
        *,
        phone_number_id: int,
        use_case: Union[
            Literal[
                "customer_support",
                "appointment_reminders",
                "order_notifications",
                "two_factor_auth",
                "marketing",
                "other"
            ],
            str
        ],
        business_name: str,
        business_description: str,
        sample_messages: Sequence[str],
        website_url: Union[Optional[str], NotGiven] = NOT_GIVEN,
        contact_email: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SmsComplianceSubmitResult:
        """Submit a number for SMS verification

        Starts the verification that enables outbound SMS on a number (toll-free verification for toll-free
        numbers, which typically takes one to three business days). Follow it with `getSmsComplianceStatus`.

        A submission the server cannot file is a soft failure: it answers 200 with `success: false`, the reason in
        `error` and what to fix in `next_steps`. Check `success`; the SDK does not throw for it. JWT only: send a
        JWT access token from the login endpoint; API keys are rejected with 401. With the SDK, construct a client
        whose `apiKey` is the JWT.

        Args:
            phone_number_id: Id of the organization's number to verify.
            business_name: The business that sends the messages.
            business_description: What the business does and why it texts its customers.
            sample_messages: One to three examples of messages the number will send, each 10 to 320
                characters (the item length is the docs' rule; the server checks the count). Include opt-out
                wording.
            website_url: The business's website.
            contact_email: Who the carrier may contact about the submission.

        ``POST /v1/sms-compliance/submit``
        """
        return await self._call_async(
            _ops.SMS_COMPLIANCE_SUBMIT,
            {
                "phone_number_id": phone_number_id,
                "use_case": use_case,
                "business_name": business_name,
                "business_description": business_description,
                "sample_messages": sample_messages,
                "website_url": website_url,
                "contact_email": contact_email,
            },
            options,
        )

    async def can_send(self, phone_number_id: int, **options: Unpack[RequestOptions]) -> SmsCanSend:
        """Check whether a number may send SMS

        A quick check, before sending, of whether outbound SMS are allowed on a number, with the reason and
        whether the organization must act first. JWT only: send a JWT access token from the login endpoint; API
        keys are rejected with 401. With the SDK, construct a client whose `apiKey` is the JWT.

        Args:
            phone_number_id: Id of one of the organization's phone numbers (the integer id of phone number
                listings, not the E.164 number).

        ``GET /v1/sms-compliance/can-send/{phone_number_id}``
        """
        return await self._call_async(_ops.SMS_COMPLIANCE_CAN_SEND, {"phone_number_id": phone_number_id}, options)

    async def get_summary(self, **options: Unpack[RequestOptions]) -> SmsComplianceSummary:
        """Summarize SMS compliance across the organization

        Counts the organization's numbers that may send outbound SMS, that are pending verification and that still
        need it, and lists every number with its state. The fields are the server's; the docs' example
        (`approved`, `pending`, `rejected` counts) is outdated. JWT only: send a JWT access token from the login
        endpoint; API keys are rejected with 401. With the SDK, construct a client whose `apiKey` is the JWT.

        ``GET /v1/sms-compliance/summary``
        """
        return await self._call_async(_ops.SMS_COMPLIANCE_GET_SUMMARY, {}, options)


class SmsComplianceWithRawResponse:
    def __init__(self, resource: SmsCompliance) -> None:
        self.get_status = to_raw_response(resource.get_status)
        self.get_status_async = async_to_raw_response(resource.get_status_async)
        self.submit = to_raw_response(resource.submit)
        self.submit_async = async_to_raw_response(resource.submit_async)
        self.can_send = to_raw_response(resource.can_send)
        self.can_send_async = async_to_raw_response(resource.can_send_async)
        self.get_summary = to_raw_response(resource.get_summary)
        self.get_summary_async = async_to_raw_response(resource.get_summary_async)


class AsyncSmsComplianceWithRawResponse:
    def __init__(self, resource: AsyncSmsCompliance) -> None:
        self.get_status = async_to_raw_response(resource.get_status)
        self.submit = async_to_raw_response(resource.submit)
        self.can_send = async_to_raw_response(resource.can_send)
        self.get_summary = async_to_raw_response(resource.get_summary)

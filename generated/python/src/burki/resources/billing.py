# Generated from the Burki API 1.0.0 spec; do not edit.
"""The prepaid wallet and its Stripe top-ups, the transaction ledger, usage, monthly charges and statements, and
which services use Burki's managed credentials. Amounts are in US cents; dates are plain `YYYY-MM-DD` strings.
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
    BillingStatement,
    BillingStatementDetail,
    BillingStatementList,
    ChargesSummary,
    LedgerEntry,
    LedgerPage,
    ManagedServices,
    UsageSummary,
    Wallet,
    WalletTopup,
)



class Billing(Resource):
    """The prepaid wallet and its Stripe top-ups, the transaction ledger, usage, monthly charges and statements, and
    which services use Burki's managed credentials. Amounts are in US cents; dates are plain `YYYY-MM-DD` strings.
    """

    @cached_property
    def with_raw_response(self) -> BillingWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return BillingWithRawResponse(self)

    def get_wallet(self, **options: Unpack[RequestOptions]) -> Wallet:
        """Get the wallet balance

        Returns the organization's prepaid balance, the part reserved by calls in progress, auto top-up settings,
        trial state and current prices. Amounts are in US cents.

        ``GET /v1/billing/wallet``
        """
        return self._call(_ops.BILLING_GET_WALLET, {}, options)

    async def get_wallet_async(self, **options: Unpack[RequestOptions]) -> Wallet:
        """Get the wallet balance

        Returns the organization's prepaid balance, the part reserved by calls in progress, auto top-up settings,
        trial state and current prices. Amounts are in US cents.

        ``GET /v1/billing/wallet``
        """
        return await self._call_async(_ops.BILLING_GET_WALLET, {}, options)

    def create_topup(self, amount_cents: int, **options: Unpack[RequestOptions]) -> WalletTopup:
        """Start a wallet top-up

        Verified users only: a user whose email address is not verified gets `403`. Creates a Stripe PaymentIntent
        for adding `amount_cents` (at least $1.00) to the wallet; the browser completes the payment with Stripe.js
        and the returned `client_secret`. A refusal is not an HTTP error: the server answers `200` with `success:
        false` and the reason in `error`, so check `success`.

        Args:
            amount_cents: Amount in US cents; at least 100 ($1.00).

        ``POST /v1/billing/wallet/topup``
        """
        return self._call(_ops.BILLING_CREATE_TOPUP, {"amount_cents": amount_cents}, options)

    async def create_topup_async(self, amount_cents: int, **options: Unpack[RequestOptions]) -> WalletTopup:
        """Start a wallet top-up

        Verified users only: a user whose email address is not verified gets `403`. Creates a Stripe PaymentIntent
        for adding `amount_cents` (at least $1.00) to the wallet; the browser completes the payment with Stripe.js
        and the returned `client_secret`. A refusal is not an HTTP error: the server answers `200` with `success:
        false` and the reason in `error`, so check `success`.

        Args:
            amount_cents: Amount in US cents; at least 100 ($1.00).

        ``POST /v1/billing/wallet/topup``
        """
        return await self._call_async(_ops.BILLING_CREATE_TOPUP, {"amount_cents": amount_cents}, options)

    def configure_auto_topup(
        self,
        *,
        enabled: bool,
        threshold_cents: Union[Optional[int], NotGiven] = NOT_GIVEN,
        amount_cents: Union[Optional[int], NotGiven] = NOT_GIVEN,
        payment_method_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse:
        """Configure automatic top-up

        Verified users only: a user whose email address is not verified gets `403`. Turns automatic top-up on
        (charge the saved payment method `amount_cents` whenever the balance falls below `threshold_cents`) or off
        (`enabled: false`). The server does not declare the response body; the docs show `{success, message}`.

        Args:
            enabled: Whether to top up automatically.
            threshold_cents: Top up when the balance falls below this many cents (at least 100).
            amount_cents: Cents to add each time (at least 100).
            payment_method_id: The saved Stripe payment method to charge (`pm_...`).

        ``POST /v1/billing/wallet/auto-topup``
        """
        return self._call(
            _ops.BILLING_CONFIGURE_AUTO_TOPUP,
            {
                "enabled": enabled,
                "threshold_cents": threshold_cents,
                "amount_cents": amount_cents,
                "payment_method_id": payment_method_id,
            },
            options,
        )

    async def configure_auto_topup_async(
        self,
        *,
        enabled: bool,
        threshold_cents: Union[Optional[int], NotGiven] = NOT_GIVEN,
        amount_cents: Union[Optional[int], NotGiven] = NOT_GIVEN,
        payment_method_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse:
        """Configure automatic top-up

        Verified users only: a user whose email address is not verified gets `403`. Turns automatic top-up on
        (charge the saved payment method `amount_cents` whenever the balance falls below `threshold_cents`) or off
        (`enabled: false`). The server does not declare the response body; the docs show `{success, message}`.

        Args:
            enabled: Whether to top up automatically.
            threshold_cents: Top up when the balance falls below this many cents (at least 100).
            amount_cents: Cents to add each time (at least 100).
            payment_method_id: The saved Stripe payment method to charge (`pm_...`).

        ``POST /v1/billing/wallet/auto-topup``
        """
        return await self._call_async(
            _ops.BILLING_CONFIGURE_AUTO_TOPUP,
            {
                "enabled": enabled,
                "threshold_cents": threshold_cents,
                "amount_cents": amount_cents,
                "payment_method_id": payment_method_id,
            },
            options,
        )

    def list_ledger_entries(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        offset: Union[int, NotGiven] = NOT_GIVEN,
        type: Union[Union[Literal["topup", "charge", "refund", "adjustment", "grant"], str], NotGiven] = NOT_GIVEN,
        from_date: Union[str, NotGiven] = NOT_GIVEN,
        to_date: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[LedgerEntry]:
        """List wallet transactions

        Returns one page of the wallet's transactions (top-ups, charges, refunds, adjustments, credit grants) with
        the total number of matches. Page with `limit` and `offset`.

        Args:
            limit: Largest number of transactions to return.
            offset: How many transactions to skip before the first one returned.
            type: Only transactions of this kind.
            from_date: Only count from this day on (a plain `YYYY-MM-DD` date, no time).
            to_date: Only count up to this day (a plain `YYYY-MM-DD` date, no time).

        ``GET /v1/billing/ledger``
        """
        return self._list(
            _ops.BILLING_LIST_LEDGER_ENTRIES,
            {
                "limit": limit,
                "offset": offset,
                "type": type,
                "from_date": from_date,
                "to_date": to_date,
            },
            options,
        )

    def list_ledger_entries_async(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        offset: Union[int, NotGiven] = NOT_GIVEN,
        type: Union[Union[Literal["topup", "charge", "refund", "adjustment", "grant"], str], NotGiven] = NOT_GIVEN,
        from_date: Union[str, NotGiven] = NOT_GIVEN,
        to_date: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageRequest[LedgerEntry]:
        """List wallet transactions

        Returns one page of the wallet's transactions (top-ups, charges, refunds, adjustments, credit grants) with
        the total number of matches. Page with `limit` and `offset`.

        Args:
            limit: Largest number of transactions to return.
            offset: How many transactions to skip before the first one returned.
            type: Only transactions of this kind.
            from_date: Only count from this day on (a plain `YYYY-MM-DD` date, no time).
            to_date: Only count up to this day (a plain `YYYY-MM-DD` date, no time).

        ``GET /v1/billing/ledger``
        """
        return self._list_async(
            _ops.BILLING_LIST_LEDGER_ENTRIES,
            {
                "limit": limit,
                "offset": offset,
                "type": type,
                "from_date": from_date,
                "to_date": to_date,
            },
            options,
        )

    def get_usage_summary(
        self,
        *,
        from_date: Union[str, NotGiven] = NOT_GIVEN,
        to_date: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> UsageSummary:
        """Summarize usage

        Returns the voice minutes, SMS segments and billable events of the organization in a period.

        Args:
            from_date: Only count from this day on (a plain `YYYY-MM-DD` date, no time).
            to_date: Only count up to this day (a plain `YYYY-MM-DD` date, no time).

        ``GET /v1/billing/usage/summary``
        """
        return self._call(_ops.BILLING_GET_USAGE_SUMMARY, {"from_date": from_date, "to_date": to_date}, options)

    async def get_usage_summary_async(
        self,
        *,
        from_date: Union[str, NotGiven] = NOT_GIVEN,
        to_date: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> UsageSummary:
        """Summarize usage

        Returns the voice minutes, SMS segments and billable events of the organization in a period.

        Args:
            from_date: Only count from this day on (a plain `YYYY-MM-DD` date, no time).
            to_date: Only count up to this day (a plain `YYYY-MM-DD` date, no time).

        ``GET /v1/billing/usage/summary``
        """
        return await self._call_async(
            _ops.BILLING_GET_USAGE_SUMMARY,
            {
                "from_date": from_date,
                "to_date": to_date,
            },
            options,
        )

    def get_charges_summary(
        self,
        month: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ChargesSummary:
        """Summarize a month's charges

        Returns the total charges of one month and their breakdown per category.

        Args:
            month: The month as its first day, a plain `YYYY-MM-01` date; leave it out for the current
                month.

        ``GET /v1/billing/charges``
        """
        return self._call(_ops.BILLING_GET_CHARGES_SUMMARY, {"month": month}, options)

    async def get_charges_summary_async(
        self,
        month: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ChargesSummary:
        """Summarize a month's charges

        Returns the total charges of one month and their breakdown per category.

        Args:
            month: The month as its first day, a plain `YYYY-MM-01` date; leave it out for the current
                month.

        ``GET /v1/billing/charges``
        """
        return await self._call_async(_ops.BILLING_GET_CHARGES_SUMMARY, {"month": month}, options)

    def list_statements(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[BillingStatement]:
        """List monthly statements

        Returns the statements of the last `limit` months (one page only; there is no offset). The server does not
        declare the body; it follows the docs.

        Args:
            limit: How many months to return, newest first.

        ``GET /v1/billing/statements``
        """
        return self._list(_ops.BILLING_LIST_STATEMENTS, {"limit": limit}, options)

    def list_statements_async(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageRequest[BillingStatement]:
        """List monthly statements

        Returns the statements of the last `limit` months (one page only; there is no offset). The server does not
        declare the body; it follows the docs.

        Args:
            limit: How many months to return, newest first.

        ``GET /v1/billing/statements``
        """
        return self._list_async(_ops.BILLING_LIST_STATEMENTS, {"limit": limit}, options)

    def get_statement(self, month: str, **options: Unpack[RequestOptions]) -> BillingStatementDetail:
        """Get a monthly statement

        Returns the statement of one month, generating it if it does not exist yet, with the charges per category.
        The server does not declare the body; it follows the docs.

        Args:
            month: The month, as a plain `YYYY-MM-DD` date; any day of the month works, Burki uses the
                first.

        ``GET /v1/billing/statements/{month}``
        """
        return self._call(_ops.BILLING_GET_STATEMENT, {"month": month}, options)

    async def get_statement_async(self, month: str, **options: Unpack[RequestOptions]) -> BillingStatementDetail:
        """Get a monthly statement

        Returns the statement of one month, generating it if it does not exist yet, with the charges per category.
        The server does not declare the body; it follows the docs.

        Args:
            month: The month, as a plain `YYYY-MM-DD` date; any day of the month works, Burki uses the
                first.

        ``GET /v1/billing/statements/{month}``
        """
        return await self._call_async(_ops.BILLING_GET_STATEMENT, {"month": month}, options)

    def get_managed_services(self, **options: Unpack[RequestOptions]) -> ManagedServices:
        """Get which services use Burki's credentials

        Returns, per service (language model, text-to-speech, speech-to-text, carrier), whether Burki's managed
        credentials are used or the organization's own keys.

        ``GET /v1/billing/managed-services``
        """
        return self._call(_ops.BILLING_GET_MANAGED_SERVICES, {}, options)

    async def get_managed_services_async(self, **options: Unpack[RequestOptions]) -> ManagedServices:
        """Get which services use Burki's credentials

        Returns, per service (language model, text-to-speech, speech-to-text, carrier), whether Burki's managed
        credentials are used or the organization's own keys.

        ``GET /v1/billing/managed-services``
        """
        return await self._call_async(_ops.BILLING_GET_MANAGED_SERVICES, {}, options)

    def update_managed_services(
        self,
        *,
        llm: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        tts: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        stt: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        carrier: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ManagedServices:
        """Switch services between managed and own credentials

        Switches the services sent and leaves the others alone (\"hybrid mode\"). A service set to `false` uses
        the organization's own key, which must already be stored; Burki's platform fee applies either way, and
        provider costs are passed through only for managed services.

        Args:
            llm: Use Burki's language-model keys.
            tts: Use Burki's text-to-speech keys.
            stt: Use Burki's speech-to-text keys.
            carrier: Use Burki's telephony account.

        ``PATCH /v1/billing/managed-services``
        """
        return self._call(
            _ops.BILLING_UPDATE_MANAGED_SERVICES,
            {
                "llm": llm,
                "tts": tts,
                "stt": stt,
                "carrier": carrier,
            },
            options,
        )

    async def update_managed_services_async(
        self,
        *,
        llm: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        tts: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        stt: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        carrier: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ManagedServices:
        """Switch services between managed and own credentials

        Switches the services sent and leaves the others alone (\"hybrid mode\"). A service set to `false` uses
        the organization's own key, which must already be stored; Burki's platform fee applies either way, and
        provider costs are passed through only for managed services.

        Args:
            llm: Use Burki's language-model keys.
            tts: Use Burki's text-to-speech keys.
            stt: Use Burki's speech-to-text keys.
            carrier: Use Burki's telephony account.

        ``PATCH /v1/billing/managed-services``
        """
        return await self._call_async(
            _ops.BILLING_UPDATE_MANAGED_SERVICES,
            {
                "llm": llm,
                "tts": tts,
                "stt": stt,
                "carrier": carrier,
            },
            options,
        )


class AsyncBilling(Resource):
    """The prepaid wallet and its Stripe top-ups, the transaction ledger, usage, monthly charges and statements, and
    which services use Burki's managed credentials. Amounts are in US cents; dates are plain `YYYY-MM-DD` strings.

    The async form of ``Billing``.
    """

    @cached_property
    def with_raw_response(self) -> AsyncBillingWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return AsyncBillingWithRawResponse(self)

    async def get_wallet(self, **options: Unpack[RequestOptions]) -> Wallet:
        """Get the wallet balance

        Returns the organization's prepaid balance, the part reserved by calls in progress, auto top-up settings,
        trial state and current prices. Amounts are in US cents.

        ``GET /v1/billing/wallet``
        """
        return await self._call_async(_ops.BILLING_GET_WALLET, {}, options)

    async def create_topup(self, amount_cents: int, **options: Unpack[RequestOptions]) -> WalletTopup:
        """Start a wallet top-up

        Verified users only: a user whose email address is not verified gets `403`. Creates a Stripe PaymentIntent
        for adding `amount_cents` (at least $1.00) to the wallet; the browser completes the payment with Stripe.js
        and the returned `client_secret`. A refusal is not an HTTP error: the server answers `200` with `success:
        false` and the reason in `error`, so check `success`.

        Args:
            amount_cents: Amount in US cents; at least 100 ($1.00).

        ``POST /v1/billing/wallet/topup``
        """
        return await self._call_async(_ops.BILLING_CREATE_TOPUP, {"amount_cents": amount_cents}, options)

    async def configure_auto_topup(
        self,
        *,
        enabled: bool,
        threshold_cents: Union[Optional[int], NotGiven] = NOT_GIVEN,
        amount_cents: Union[Optional[int], NotGiven] = NOT_GIVEN,
        payment_method_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse:
        """Configure automatic top-up

        Verified users only: a user whose email address is not verified gets `403`. Turns automatic top-up on
        (charge the saved payment method `amount_cents` whenever the balance falls below `threshold_cents`) or off
        (`enabled: false`). The server does not declare the response body; the docs show `{success, message}`.

        Args:
            enabled: Whether to top up automatically.
            threshold_cents: Top up when the balance falls below this many cents (at least 100).
            amount_cents: Cents to add each time (at least 100).
            payment_method_id: The saved Stripe payment method to charge (`pm_...`).

        ``POST /v1/billing/wallet/auto-topup``
        """
        return await self._call_async(
            _ops.BILLING_CONFIGURE_AUTO_TOPUP,
            {
                "enabled": enabled,
                "threshold_cents": threshold_cents,
                "amount_cents": amount_cents,
                "payment_method_id": payment_method_id,
            },
            options,
        )

    def list_ledger_entries(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        offset: Union[int, NotGiven] = NOT_GIVEN,
        type: Union[Union[Literal["topup", "charge", "refund", "adjustment", "grant"], str], NotGiven] = NOT_GIVEN,
        from_date: Union[str, NotGiven] = NOT_GIVEN,
        to_date: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageRequest[LedgerEntry]:
        """List wallet transactions

        Returns one page of the wallet's transactions (top-ups, charges, refunds, adjustments, credit grants) with
        the total number of matches. Page with `limit` and `offset`.

        Args:
            limit: Largest number of transactions to return.
            offset: How many transactions to skip before the first one returned.
            type: Only transactions of this kind.
            from_date: Only count from this day on (a plain `YYYY-MM-DD` date, no time).
            to_date: Only count up to this day (a plain `YYYY-MM-DD` date, no time).

        ``GET /v1/billing/ledger``
        """
        return self._list_async(
            _ops.BILLING_LIST_LEDGER_ENTRIES,
            {
                "limit": limit,
                "offset": offset,
                "type": type,
                "from_date": from_date,
                "to_date": to_date,
            },
            options,
        )

    async def get_usage_summary(
        self,
        *,
        from_date: Union[str, NotGiven] = NOT_GIVEN,
        to_date: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> UsageSummary:
        """Summarize usage

        Returns the voice minutes, SMS segments and billable events of the organization in a period.

        Args:
            from_date: Only count from this day on (a plain `YYYY-MM-DD` date, no time).
            to_date: Only count up to this day (a plain `YYYY-MM-DD` date, no time).

        ``GET /v1/billing/usage/summary``
        """
        return await self._call_async(
            _ops.BILLING_GET_USAGE_SUMMARY,
            {
                "from_date": from_date,
                "to_date": to_date,
            },
            options,
        )

    async def get_charges_summary(
        self,
        month: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ChargesSummary:
        """Summarize a month's charges

        Returns the total charges of one month and their breakdown per category.

        Args:
            month: The month as its first day, a plain `YYYY-MM-01` date; leave it out for the current
                month.

        ``GET /v1/billing/charges``
        """
        return await self._call_async(_ops.BILLING_GET_CHARGES_SUMMARY, {"month": month}, options)

    def list_statements(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageRequest[BillingStatement]:
        """List monthly statements

        Returns the statements of the last `limit` months (one page only; there is no offset). The server does not
        declare the body; it follows the docs.

        Args:
            limit: How many months to return, newest first.

        ``GET /v1/billing/statements``
        """
        return self._list_async(_ops.BILLING_LIST_STATEMENTS, {"limit": limit}, options)

    async def get_statement(self, month: str, **options: Unpack[RequestOptions]) -> BillingStatementDetail:
        """Get a monthly statement

        Returns the statement of one month, generating it if it does not exist yet, with the charges per category.
        The server does not declare the body; it follows the docs.

        Args:
            month: The month, as a plain `YYYY-MM-DD` date; any day of the month works, Burki uses the
                first.

        ``GET /v1/billing/statements/{month}``
        """
        return await self._call_async(_ops.BILLING_GET_STATEMENT, {"month": month}, options)

    async def get_managed_services(self, **options: Unpack[RequestOptions]) -> ManagedServices:
        """Get which services use Burki's credentials

        Returns, per service (language model, text-to-speech, speech-to-text, carrier), whether Burki's managed
        credentials are used or the organization's own keys.

        ``GET /v1/billing/managed-services``
        """
        return await self._call_async(_ops.BILLING_GET_MANAGED_SERVICES, {}, options)

    async def update_managed_services(
        self,
        *,
        llm: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        tts: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        stt: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        carrier: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ManagedServices:
        """Switch services between managed and own credentials

        Switches the services sent and leaves the others alone (\"hybrid mode\"). A service set to `false` uses
        the organization's own key, which must already be stored; Burki's platform fee applies either way, and
        provider costs are passed through only for managed services.

        Args:
            llm: Use Burki's language-model keys.
            tts: Use Burki's text-to-speech keys.
            stt: Use Burki's speech-to-text keys.
            carrier: Use Burki's telephony account.

        ``PATCH /v1/billing/managed-services``
        """
        return await self._call_async(
            _ops.BILLING_UPDATE_MANAGED_SERVICES,
            {
                "llm": llm,
                "tts": tts,
                "stt": stt,
                "carrier": carrier,
            },
            options,
        )


class BillingWithRawResponse:
    def __init__(self, resource: Billing) -> None:
        self.get_wallet = to_raw_response(resource.get_wallet)
        self.get_wallet_async = async_to_raw_response(resource.get_wallet_async)
        self.create_topup = to_raw_response(resource.create_topup)
        self.create_topup_async = async_to_raw_response(resource.create_topup_async)
        self.configure_auto_topup = to_raw_response(resource.configure_auto_topup)
        self.configure_auto_topup_async = async_to_raw_response(resource.configure_auto_topup_async)
        self.get_usage_summary = to_raw_response(resource.get_usage_summary)
        self.get_usage_summary_async = async_to_raw_response(resource.get_usage_summary_async)
        self.get_charges_summary = to_raw_response(resource.get_charges_summary)
        self.get_charges_summary_async = async_to_raw_response(resource.get_charges_summary_async)
        self.get_statement = to_raw_response(resource.get_statement)
        self.get_statement_async = async_to_raw_response(resource.get_statement_async)
        self.get_managed_services = to_raw_response(resource.get_managed_services)
        self.get_managed_services_async = async_to_raw_response(resource.get_managed_services_async)
        self.update_managed_services = to_raw_response(resource.update_managed_services)
        self.update_managed_services_async = async_to_raw_response(resource.update_managed_services_async)


class AsyncBillingWithRawResponse:
    def __init__(self, resource: AsyncBilling) -> None:
        self.get_wallet = async_to_raw_response(resource.get_wallet)
        self.create_topup = async_to_raw_response(resource.create_topup)
        self.configure_auto_topup = async_to_raw_response(resource.configure_auto_topup)
        self.get_usage_summary = async_to_raw_response(resource.get_usage_summary)
        self.get_charges_summary = async_to_raw_response(resource.get_charges_summary)
        self.get_statement = async_to_raw_response(resource.get_statement)
        self.get_managed_services = async_to_raw_response(resource.get_managed_services)
        self.update_managed_services = async_to_raw_response(resource.update_managed_services)

# Generated from the Burki API 1.0.0 spec; do not edit.
"""Find, buy and release phone numbers, route them to assistants, flows and SIP trunks, and manage their carrier
webhooks and verified caller ids.
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
    AssistantPhoneNumber,
    OrganizationPhoneNumber,
    PhoneNumber,
    PhoneNumberBulkAssignResult,
    PhoneNumberCountries,
    PhoneNumberDiagnosis,
    PhoneNumberPurchaseResult,
    PhoneNumberReleaseResult,
    PhoneNumberSearchResult,
    PhoneNumberSyncResult,
    PhoneNumberUpdateResult,
    PhoneNumberWebhooks,
    PhoneNumberWebhooksUpdateResult,
)



class PhoneNumbers(Resource):
    """Find, buy and release phone numbers, route them to assistants, flows and SIP trunks, and manage their carrier
    webhooks and verified caller ids.
    """

    @cached_property
    def with_raw_response(self) -> PhoneNumbersWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return PhoneNumbersWithRawResponse(self)

    def list(
        self,
        *,
        include_assigned: Union[bool, NotGiven] = NOT_GIVEN,
        include_unassigned: Union[bool, NotGiven] = NOT_GIVEN,
        include_inactive: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[PhoneNumber]:
        """List the organization's phone numbers

        Returns every phone number of the organization as a plain array (not paginated), with the assistant or
        flow each one is routed to. Inactive numbers are left out unless `include_inactive` is `true`. The route
        sits under `/api/v1/assistants/organization/` for historical reasons; the docs list it with the
        organization pages.

        Args:
            include_assigned: Include numbers routed to an assistant.
            include_unassigned: Include numbers routed to nothing.
            include_inactive: Include numbers that are no longer in service.

        ``GET /api/v1/assistants/organization/phone-numbers``
        """
        return self._call(
            _ops.PHONE_NUMBERS_LIST,
            {
                "include_assigned": include_assigned,
                "include_unassigned": include_unassigned,
                "include_inactive": include_inactive,
            },
            options,
        )

    async def list_async(
        self,
        *,
        include_assigned: Union[bool, NotGiven] = NOT_GIVEN,
        include_unassigned: Union[bool, NotGiven] = NOT_GIVEN,
        include_inactive: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[PhoneNumber]:
        """List the organization's phone numbers

        Returns every phone number of the organization as a plain array (not paginated), with the assistant or
        flow each one is routed to. Inactive numbers are left out unless `include_inactive` is `true`. The route
        sits under `/api/v1/assistants/organization/` for historical reasons; the docs list it with the
        organization pages.

        Args:
            include_assigned: Include numbers routed to an assistant.
            include_unassigned: Include numbers routed to nothing.
            include_inactive: Include numbers that are no longer in service.

        ``GET /api/v1/assistants/organization/phone-numbers``
        """
        return await self._call_async(
            _ops.PHONE_NUMBERS_LIST,
            {
                "include_assigned": include_assigned,
                "include_unassigned": include_unassigned,
                "include_inactive": include_inactive,
            },
            options,
        )

    def list_unassigned(self, **options: Unpack[RequestOptions]) -> List[OrganizationPhoneNumber]:
        """List the phone numbers free for assignment

        Returns the organization's numbers that no assistant uses, as a plain array, not paginated. (This lists
        numbers the organization already has; buying new ones is a different family.)

        ``GET /api/v1/assistants/organization/phone-numbers/available``
        """
        return self._call(_ops.PHONE_NUMBERS_LIST_UNASSIGNED, {}, options)

    async def list_unassigned_async(self, **options: Unpack[RequestOptions]) -> List[OrganizationPhoneNumber]:
        """List the phone numbers free for assignment

        Returns the organization's numbers that no assistant uses, as a plain array, not paginated. (This lists
        numbers the organization already has; buying new ones is a different family.)

        ``GET /api/v1/assistants/organization/phone-numbers/available``
        """
        return await self._call_async(_ops.PHONE_NUMBERS_LIST_UNASSIGNED, {}, options)

    def sync(self, **options: Unpack[RequestOptions]) -> PhoneNumberSyncResult:
        """Import phone numbers from the carriers

        Imports the numbers of the organization's Twilio, Telnyx and Vonage accounts that Burki does not know yet.
        Takes no body; numbers already known are left as they are.

        ``POST /api/v1/assistants/organization/phone-numbers/sync``
        """
        return self._call(_ops.PHONE_NUMBERS_SYNC, {}, options)

    async def sync_async(self, **options: Unpack[RequestOptions]) -> PhoneNumberSyncResult:
        """Import phone numbers from the carriers

        Imports the numbers of the organization's Twilio, Telnyx and Vonage accounts that Burki does not know yet.
        Takes no body; numbers already known are left as they are.

        ``POST /api/v1/assistants/organization/phone-numbers/sync``
        """
        return await self._call_async(_ops.PHONE_NUMBERS_SYNC, {}, options)

    def assign(
        self,
        phone_number_id: int,
        *,
        friendly_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        assistant_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        flow_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        sip_trunk_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        allowed_country_codes: Union[Optional[Sequence[str]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PhoneNumberUpdateResult:
        """Assign or update a phone number

        Routes a phone number to an assistant or a conversation flow, sends its calls through a SIP trunk, renames
        it or limits the countries that may call it. Only the fields sent change. A number routes to an assistant
        or to a flow, never both. To take a number away from its assistant send `assistant_id: null`; to clear its
        SIP trunk send `sip_trunk_id: \"\"`. In the SDK this is `phoneNumbers.assign(phoneNumberId, { assistantId
        })`, the call the SDK docs show.

        Args:
            phone_number_id: Phone number id (an integer, the `id` of `PhoneNumber`), not the number itself.
            friendly_name: New display name.
            assistant_id: Assistant to route the number to. `null` unassigns it; the server's own text also
                accepts `0` for that.
            flow_id: Conversation flow to route the number to; `null` (or `0`) unassigns it.
            sip_trunk_id: UUID of the SIP trunk to send the number's calls through; an empty string clears
                it.
            allowed_country_codes: ISO 3166 alpha-2 codes of the countries allowed to call the number (for
                example `[US, CA]`); `null` or an empty list allows every country.

        ``PATCH /api/v1/assistants/organization/phone-numbers/{phone_number_id}``
        """
        return self._call(
            _ops.PHONE_NUMBERS_ASSIGN,
            {
                "phone_number_id": phone_number_id,
                "friendly_name": friendly_name,
                "assistant_id": assistant_id,
                "flow_id": flow_id,
                "sip_trunk_id": sip_trunk_id,
                "allowed_country_codes": allowed_country_codes,
            },
            options,
        )

    async def assign_async(
        self,
        phone_number_id: int,
        *,
        friendly_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        assistant_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        flow_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        sip_trunk_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        allowed_country_codes: Union[Optional[Sequence[str]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PhoneNumberUpdateResult:
        """Assign or update a phone number

        Routes a phone number to an assistant or a conversation flow, sends its calls through a SIP trunk, renames
        it or limits the countries that may call it. Only the fields sent change. A number routes to an assistant
        or to a flow, never both. To take a number away from its assistant send `assistant_id: null`; to clear its
        SIP trunk send `sip_trunk_id: \"\"`. In the SDK this is `phoneNumbers.assign(phoneNumberId, { assistantId
        })`, the call the SDK docs show.

        Args:
            phone_number_id: Phone number id (an integer, the `id` of `PhoneNumber`), not the number itself.
            friendly_name: New display name.
            assistant_id: Assistant to route the number to. `null` unassigns it; the server's own text also
                accepts `0` for that.
            flow_id: Conversation flow to route the number to; `null` (or `0`) unassigns it.
            sip_trunk_id: UUID of the SIP trunk to send the number's calls through; an empty string clears
                it.
            allowed_country_codes: ISO 3166 alpha-2 codes of the countries allowed to call the number (for
                example `[US, CA]`); `null` or an empty list allows every country.

        ``PATCH /api/v1/assistants/organization/phone-numbers/{phone_number_id}``
        """
        return await self._call_async(
            _ops.PHONE_NUMBERS_ASSIGN,
            {
                "phone_number_id": phone_number_id,
                "friendly_name": friendly_name,
                "assistant_id": assistant_id,
                "flow_id": flow_id,
                "sip_trunk_id": sip_trunk_id,
                "allowed_country_codes": allowed_country_codes,
            },
            options,
        )

    def search(
        self,
        *,
        country_code: Union[str, NotGiven] = NOT_GIVEN,
        area_code: Union[Optional[str], NotGiven] = NOT_GIVEN,
        contains: Union[Optional[str], NotGiven] = NOT_GIVEN,
        locality: Union[Optional[str], NotGiven] = NOT_GIVEN,
        region: Union[Optional[str], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        provider: Union[Union[Literal["twilio", "telnyx", "vonage", "byo-sip-trunk"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PhoneNumberSearchResult:
        """Search numbers to buy

        Asks a carrier which numbers it sells that match the criteria (country, area code, locality, region or
        digits). The criteria travel in a JSON body although nothing is created. Telnyx results carry prices;
        Twilio results do not. Pass a result's `phone_number` to `purchasePhoneNumber`.

        Args:
            country_code: ISO 3166 alpha-2 country to search in.
            area_code: Area code the number should have.
            contains: Digits (or letters, as on a keypad) the number should contain.
            locality: City or locality to search in.
            region: State or region to search in.
            limit: Largest number of results.
            provider: Carrier to search. The documented carriers are `twilio` and `telnyx` (the server's own
                text also names `byo-sip-trunk`); an unsupported one is refused with 400.

        ``POST /api/v1/phone-numbers/search``
        """
        return self._call(
            _ops.PHONE_NUMBERS_SEARCH,
            {
                "country_code": country_code,
                "area_code": area_code,
                "contains": contains,
                "locality": locality,
                "region": region,
                "limit": limit,
                "provider": provider,
            },
            options,
        )

    async def search_async(
        self,
        *,
        country_code: Union[str, NotGiven] = NOT_GIVEN,
        area_code: Union[Optional[str], NotGiven] = NOT_GIVEN,
        contains: Union[Optional[str], NotGiven] = NOT_GIVEN,
        locality: Union[Optional[str], NotGiven] = NOT_GIVEN,
        region: Union[Optional[str], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        provider: Union[Union[Literal["twilio", "telnyx", "vonage", "byo-sip-trunk"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PhoneNumberSearchResult:
        """Search numbers to buy

        Asks a carrier which numbers it sells that match the criteria (country, area code, locality, region or
        digits). The criteria travel in a JSON body although nothing is created. Telnyx results carry prices;
        Twilio results do not. Pass a result's `phone_number` to `purchasePhoneNumber`.

        Args:
            country_code: ISO 3166 alpha-2 country to search in.
            area_code: Area code the number should have.
            contains: Digits (or letters, as on a keypad) the number should contain.
            locality: City or locality to search in.
            region: State or region to search in.
            limit: Largest number of results.
            provider: Carrier to search. The documented carriers are `twilio` and `telnyx` (the server's own
                text also names `byo-sip-trunk`); an unsupported one is refused with 400.

        ``POST /api/v1/phone-numbers/search``
        """
        return await self._call_async(
            _ops.PHONE_NUMBERS_SEARCH,
            {
                "country_code": country_code,
                "area_code": area_code,
                "contains": contains,
                "locality": locality,
                "region": region,
                "limit": limit,
                "provider": provider,
            },
            options,
        )

    def purchase(
        self,
        *,
        phone_number: str,
        provider: Union[Literal["twilio", "telnyx", "vonage", "byo-sip-trunk"], str],
        country_code: Union[Optional[str], NotGiven] = NOT_GIVEN,
        assistant_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        friendly_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        messaging_profile_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PhoneNumberPurchaseResult:
        """Buy a phone number

        Buys a number from a carrier, points the carrier's webhooks at Burki and adds the number to the
        organization's inventory, routed to `assistant_id` when one is given. The carrier charges the
        organization's carrier account at once. A number someone else bought in the meantime fails with 500.

        Args:
            phone_number: The number in E.164 format, as returned by `searchPhoneNumbers`.
            country_code: ISO 3166 alpha-2 country of the number; derived from the number when not sent.
            assistant_id: Assistant to route the new number to.
            friendly_name: Display name; defaults to the number itself.
            messaging_profile_id: Telnyx messaging profile to attach the number to (Telnyx only).

        ``POST /api/v1/phone-numbers/purchase``
        """
        return self._call(
            _ops.PHONE_NUMBERS_PURCHASE,
            {
                "phone_number": phone_number,
                "provider": provider,
                "country_code": country_code,
                "assistant_id": assistant_id,
                "friendly_name": friendly_name,
                "messaging_profile_id": messaging_profile_id,
            },
            options,
        )

    async def purchase_async(
        self,
        *,
        phone_number: str,
        provider: Union[Literal["twilio", "telnyx", "vonage", "byo-sip-trunk"], str],
        country_code: Union[Optional[str], NotGiven] = NOT_GIVEN,
        assistant_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        friendly_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        messaging_profile_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PhoneNumberPurchaseResult:
        """Buy a phone number

        Buys a number from a carrier, points the carrier's webhooks at Burki and adds the number to the
        organization's inventory, routed to `assistant_id` when one is given. The carrier charges the
        organization's carrier account at once. A number someone else bought in the meantime fails with 500.

        Args:
            phone_number: The number in E.164 format, as returned by `searchPhoneNumbers`.
            country_code: ISO 3166 alpha-2 country of the number; derived from the number when not sent.
            assistant_id: Assistant to route the new number to.
            friendly_name: Display name; defaults to the number itself.
            messaging_profile_id: Telnyx messaging profile to attach the number to (Telnyx only).

        ``POST /api/v1/phone-numbers/purchase``
        """
        return await self._call_async(
            _ops.PHONE_NUMBERS_PURCHASE,
            {
                "phone_number": phone_number,
                "provider": provider,
                "country_code": country_code,
                "assistant_id": assistant_id,
                "friendly_name": friendly_name,
                "messaging_profile_id": messaging_profile_id,
            },
            options,
        )

    def release(
        self,
        phone_number: str,
        *,
        provider: Union[
            Optional[Union[Literal["twilio", "telnyx", "vonage", "byo-sip-trunk"], str]],
            NotGiven
        ] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PhoneNumberReleaseResult:
        """Release a phone number

        Gives a number back to its carrier and removes it from the organization's inventory. The method is POST
        with the number in the body, not DELETE. The carrier is looked up when `provider` is not sent. The number
        must belong to the caller's organization (403 otherwise).

        Args:
            phone_number: The number in E.164 format.
            provider: The number's carrier; looked up from the organization's inventory when not sent.

        ``POST /api/v1/phone-numbers/release``
        """
        return self._call(_ops.PHONE_NUMBERS_RELEASE, {"phone_number": phone_number, "provider": provider}, options)

    async def release_async(
        self,
        phone_number: str,
        *,
        provider: Union[
            Optional[Union[Literal["twilio", "telnyx", "vonage", "byo-sip-trunk"], str]],
            NotGiven
        ] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PhoneNumberReleaseResult:
        """Release a phone number

        Gives a number back to its carrier and removes it from the organization's inventory. The method is POST
        with the number in the body, not DELETE. The carrier is looked up when `provider` is not sent. The number
        must belong to the caller's organization (403 otherwise).

        Args:
            phone_number: The number in E.164 format.
            provider: The number's carrier; looked up from the organization's inventory when not sent.

        ``POST /api/v1/phone-numbers/release``
        """
        return await self._call_async(
            _ops.PHONE_NUMBERS_RELEASE,
            {
                "phone_number": phone_number,
                "provider": provider,
            },
            options,
        )

    def get_countries(
        self,
        provider: Union[Union[Literal["twilio", "telnyx", "vonage", "byo-sip-trunk"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PhoneNumberCountries:
        """List the countries a carrier sells numbers in

        Returns the ISO country codes in which the carrier offers numbers, to fill the `country_code` of a search.

        Args:
            provider: Carrier to ask (`twilio` or `telnyx`).

        ``GET /api/v1/phone-numbers/countries``
        """
        return self._call(_ops.PHONE_NUMBERS_GET_COUNTRIES, {"provider": provider}, options)

    async def get_countries_async(
        self,
        provider: Union[Union[Literal["twilio", "telnyx", "vonage", "byo-sip-trunk"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PhoneNumberCountries:
        """List the countries a carrier sells numbers in

        Returns the ISO country codes in which the carrier offers numbers, to fill the `country_code` of a search.

        Args:
            provider: Carrier to ask (`twilio` or `telnyx`).

        ``GET /api/v1/phone-numbers/countries``
        """
        return await self._call_async(_ops.PHONE_NUMBERS_GET_COUNTRIES, {"provider": provider}, options)

    def update_webhooks(
        self,
        *,
        phone_number: str,
        voice_webhook_url: Union[Optional[str], NotGiven] = NOT_GIVEN,
        disable_sms: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        enable_sms: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        provider: Union[
            Optional[Union[Literal["twilio", "telnyx", "vonage", "byo-sip-trunk"], str]],
            NotGiven
        ] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PhoneNumberWebhooksUpdateResult:
        """Update a number's carrier webhooks

        Changes the carrier's voice webhook URL for a number, or switches its SMS handling off (`disable_sms`) and
        back on (`enable_sms`). The number travels in the body, not the path. The SMS URL itself cannot be set
        here: Burki derives it from the assistant the number is assigned to. The docs' SDK example passes a
        `statusCallbackUrl`; the server has no such field.

        Args:
            phone_number: The number in E.164 format.
            voice_webhook_url: New URL for the carrier's voice webhooks.
            disable_sms: `true` stops SMS handling for the number (Twilio gets a placeholder URL, Telnyx an
                empty one).
            enable_sms: `true` points the carrier's SMS webhook back at Burki; the number must be assigned
                to an assistant that has an `sms_webhook_url`.
            provider: The number's carrier (`twilio` or `telnyx`); detected when not sent.

        ``PUT /api/v1/phone-numbers/webhooks``
        """
        return self._call(
            _ops.PHONE_NUMBERS_UPDATE_WEBHOOKS,
            {
                "phone_number": phone_number,
                "voice_webhook_url": voice_webhook_url,
                "disable_sms": disable_sms,
                "enable_sms": enable_sms,
                "provider": provider,
            },
            options,
        )

    async def update_webhooks_async(
        self,
        *,
        phone_number: str,
        voice_webhook_url: Union[Optional[str], NotGiven] = NOT_GIVEN,
        disable_sms: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        enable_sms: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        provider: Union[
            Optional[Union[Literal["twilio", "telnyx", "vonage", "byo-sip-trunk"], str]],
            NotGiven
        ] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PhoneNumberWebhooksUpdateResult:
        """Update a number's carrier webhooks

        Changes the carrier's voice webhook URL for a number, or switches its SMS handling off (`disable_sms`) and
        back on (`enable_sms`). The number travels in the body, not the path. The SMS URL itself cannot be set
        here: Burki derives it from the assistant the number is assigned to. The docs' SDK example passes a
        `statusCallbackUrl`; the server has no such field.

        Args:
            phone_number: The number in E.164 format.
            voice_webhook_url: New URL for the carrier's voice webhooks.
            disable_sms: `true` stops SMS handling for the number (Twilio gets a placeholder URL, Telnyx an
                empty one).
            enable_sms: `true` points the carrier's SMS webhook back at Burki; the number must be assigned
                to an assistant that has an `sms_webhook_url`.
            provider: The number's carrier (`twilio` or `telnyx`); detected when not sent.

        ``PUT /api/v1/phone-numbers/webhooks``
        """
        return await self._call_async(
            _ops.PHONE_NUMBERS_UPDATE_WEBHOOKS,
            {
                "phone_number": phone_number,
                "voice_webhook_url": voice_webhook_url,
                "disable_sms": disable_sms,
                "enable_sms": enable_sms,
                "provider": provider,
            },
            options,
        )

    def get_webhooks(
        self,
        phone_number: str,
        *,
        provider: Union[Union[Literal["twilio", "telnyx", "vonage", "byo-sip-trunk"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PhoneNumberWebhooks:
        """Get a number's carrier webhooks

        Reads, live from the carrier, where it sends the number's call and SMS events. Telnyx configures webhooks
        per connection, so for Telnyx numbers the two URLs say `Configured at Connection level` and
        `configuration` carries the connection.

        Args:
            phone_number: A phone number in E.164 format. Percent-encode the leading `+` as `%2B`; a literal
                `+` in a URL path can reach the server as a space.
            provider: The number's carrier (`twilio` or `telnyx`); detected when not sent.

        ``GET /api/v1/phone-numbers/{phone_number}/webhooks``
        """
        return self._call(
            _ops.PHONE_NUMBERS_GET_WEBHOOKS,
            {
                "phone_number": phone_number,
                "provider": provider,
            },
            options,
        )

    async def get_webhooks_async(
        self,
        phone_number: str,
        *,
        provider: Union[Union[Literal["twilio", "telnyx", "vonage", "byo-sip-trunk"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PhoneNumberWebhooks:
        """Get a number's carrier webhooks

        Reads, live from the carrier, where it sends the number's call and SMS events. Telnyx configures webhooks
        per connection, so for Telnyx numbers the two URLs say `Configured at Connection level` and
        `configuration` carries the connection.

        Args:
            phone_number: A phone number in E.164 format. Percent-encode the leading `+` as `%2B`; a literal
                `+` in a URL path can reach the server as a space.
            provider: The number's carrier (`twilio` or `telnyx`); detected when not sent.

        ``GET /api/v1/phone-numbers/{phone_number}/webhooks``
        """
        return await self._call_async(
            _ops.PHONE_NUMBERS_GET_WEBHOOKS,
            {
                "phone_number": phone_number,
                "provider": provider,
            },
            options,
        )

    def diagnose(self, phone_number: str, **options: Unpack[RequestOptions]) -> PhoneNumberDiagnosis:
        """Diagnose a Telnyx number

        Reports how a Telnyx number is wired at Telnyx (its connection and Call Control application), to find out
        why calls do not reach the assistant. The number must belong to the caller's organization. Not in the API
        reference; the SDK names it.

        Args:
            phone_number: A phone number in E.164 format. Percent-encode the leading `+` as `%2B`; a literal
                `+` in a URL path can reach the server as a space.

        ``GET /api/v1/phone-numbers/{phone_number}/diagnose``
        """
        return self._call(_ops.PHONE_NUMBERS_DIAGNOSE, {"phone_number": phone_number}, options)

    async def diagnose_async(self, phone_number: str, **options: Unpack[RequestOptions]) -> PhoneNumberDiagnosis:
        """Diagnose a Telnyx number

        Reports how a Telnyx number is wired at Telnyx (its connection and Call Control application), to find out
        why calls do not reach the assistant. The number must belong to the caller's organization. Not in the API
        reference; the SDK names it.

        Args:
            phone_number: A phone number in E.164 format. Percent-encode the leading `+` as `%2B`; a literal
                `+` in a URL path can reach the server as a space.

        ``GET /api/v1/phone-numbers/{phone_number}/diagnose``
        """
        return await self._call_async(_ops.PHONE_NUMBERS_DIAGNOSE, {"phone_number": phone_number}, options)

    def sync_verified_caller_ids(self, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """Import verified caller ids from Twilio

        Copies the outbound caller ids verified in the organization's Twilio account into Burki, so they can be
        used as `from_phone_number`. No body. Neither the docs nor the server describe the response; it is an
        object passed through unchanged, and the example is illustrative.

        ``POST /api/v1/phone-numbers/organization/sync-verified-caller-ids``
        """
        return self._call(_ops.PHONE_NUMBERS_SYNC_VERIFIED_CALLER_IDS, {}, options)

    async def sync_verified_caller_ids_async(self, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """Import verified caller ids from Twilio

        Copies the outbound caller ids verified in the organization's Twilio account into Burki, so they can be
        used as `from_phone_number`. No body. Neither the docs nor the server describe the response; it is an
        object passed through unchanged, and the example is illustrative.

        ``POST /api/v1/phone-numbers/organization/sync-verified-caller-ids``
        """
        return await self._call_async(_ops.PHONE_NUMBERS_SYNC_VERIFIED_CALLER_IDS, {}, options)

    def add_verified_caller_id(
        self,
        *,
        phone_number: str,
        friendly_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Dict[str, Any]:
        """Verify a number as an outbound caller id

        Starts Twilio's caller-id verification for a number the organization does not own, so outbound calls may
        show it. The body is form-encoded (`application/x-www-form-urlencoded`), not JSON. Twilio then calls the
        number and asks for a code. The response is not described by the docs or the server; it is an object
        passed through unchanged, and the example is illustrative.

        Args:
            phone_number: The number in E.164 format.
            friendly_name: Display name for the caller id.

        ``POST /api/v1/phone-numbers/organization/add-verified-caller-id``
        """
        return self._call(
            _ops.PHONE_NUMBERS_ADD_VERIFIED_CALLER_ID,
            {
                "phone_number": phone_number,
                "friendly_name": friendly_name,
            },
            options,
        )

    async def add_verified_caller_id_async(
        self,
        *,
        phone_number: str,
        friendly_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Dict[str, Any]:
        """Verify a number as an outbound caller id

        Starts Twilio's caller-id verification for a number the organization does not own, so outbound calls may
        show it. The body is form-encoded (`application/x-www-form-urlencoded`), not JSON. Twilio then calls the
        number and asks for a code. The response is not described by the docs or the server; it is an object
        passed through unchanged, and the example is illustrative.

        Args:
            phone_number: The number in E.164 format.
            friendly_name: Display name for the caller id.

        ``POST /api/v1/phone-numbers/organization/add-verified-caller-id``
        """
        return await self._call_async(
            _ops.PHONE_NUMBERS_ADD_VERIFIED_CALLER_ID,
            {
                "phone_number": phone_number,
                "friendly_name": friendly_name,
            },
            options,
        )

    def list_for_assistant(self, assistant_id: int, **options: Unpack[RequestOptions]) -> List[AssistantPhoneNumber]:
        """List an assistant's phone numbers

        Returns the numbers routed to the assistant, as a plain array (not paginated).

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``GET /api/v1/assistants/{assistant_id}/phone-numbers``
        """
        return self._call(_ops.PHONE_NUMBERS_LIST_FOR_ASSISTANT, {"assistant_id": assistant_id}, options)

    async def list_for_assistant_async(
        self,
        assistant_id: int,
        **options: Unpack[RequestOptions],
    ) -> List[AssistantPhoneNumber]:
        """List an assistant's phone numbers

        Returns the numbers routed to the assistant, as a plain array (not paginated).

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``GET /api/v1/assistants/{assistant_id}/phone-numbers``
        """
        return await self._call_async(_ops.PHONE_NUMBERS_LIST_FOR_ASSISTANT, {"assistant_id": assistant_id}, options)

    def list_available_for_assistant(
        self,
        assistant_id: int,
        **options: Unpack[RequestOptions],
    ) -> List[AssistantPhoneNumber]:
        """List numbers an assistant could take

        Returns the organization's numbers that are routed to no assistant, as a plain array (not paginated). The
        assistant in the path is only checked for existence; the list is the same for every assistant of the
        organization.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``GET /api/v1/assistants/{assistant_id}/available-phone-numbers``
        """
        return self._call(_ops.PHONE_NUMBERS_LIST_AVAILABLE_FOR_ASSISTANT, {"assistant_id": assistant_id}, options)

    async def list_available_for_assistant_async(
        self,
        assistant_id: int,
        **options: Unpack[RequestOptions],
    ) -> List[AssistantPhoneNumber]:
        """List numbers an assistant could take

        Returns the organization's numbers that are routed to no assistant, as a plain array (not paginated). The
        assistant in the path is only checked for existence; the list is the same for every assistant of the
        organization.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``GET /api/v1/assistants/{assistant_id}/available-phone-numbers``
        """
        return await self._call_async(
            _ops.PHONE_NUMBERS_LIST_AVAILABLE_FOR_ASSISTANT,
            {
                "assistant_id": assistant_id,
            },
            options,
        )

    def assign_by_number(
        self,
        assistant_id: int,
        phone_number: str,
        *,
        friendly_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        auto_sync: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse:
        """Assign a number to an assistant by its digits

        Routes a number to the assistant, naming it by its E.164 digits instead of its id. With `auto_sync` (the
        default) a number bought directly at Twilio that Burki does not know yet is imported first. The server
        answers with an `ApiResponse` acknowledgement, not with the phone number the docs show.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            phone_number: The number in E.164 format.
            friendly_name: Display name to store with the number.
            auto_sync: When the number is not in the organization's inventory yet, import it from the
                organization's Twilio account first. This is the usual way to assign a number bought directly at
                Twilio.

        ``POST /api/v1/assistants/{assistant_id}/phone-numbers/assign-by-number``
        """
        return self._call(
            _ops.PHONE_NUMBERS_ASSIGN_BY_NUMBER,
            {
                "assistant_id": assistant_id,
                "phone_number": phone_number,
                "friendly_name": friendly_name,
                "auto_sync": auto_sync,
            },
            options,
        )

    async def assign_by_number_async(
        self,
        assistant_id: int,
        phone_number: str,
        *,
        friendly_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        auto_sync: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse:
        """Assign a number to an assistant by its digits

        Routes a number to the assistant, naming it by its E.164 digits instead of its id. With `auto_sync` (the
        default) a number bought directly at Twilio that Burki does not know yet is imported first. The server
        answers with an `ApiResponse` acknowledgement, not with the phone number the docs show.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            phone_number: The number in E.164 format.
            friendly_name: Display name to store with the number.
            auto_sync: When the number is not in the organization's inventory yet, import it from the
                organization's Twilio account first. This is the usual way to assign a number bought directly at
                Twilio.

        ``POST /api/v1/assistants/{assistant_id}/phone-numbers/assign-by-number``
        """
        return await self._call_async(
            _ops.PHONE_NUMBERS_ASSIGN_BY_NUMBER,
            {
                "assistant_id": assistant_id,
                "phone_number": phone_number,
                "friendly_name": friendly_name,
                "auto_sync": auto_sync,
            },
            options,
        )

    def bulk_assign(
        self,
        assistant_id: int,
        body: Sequence[int],
        **options: Unpack[RequestOptions],
    ) -> PhoneNumberBulkAssignResult:
        """Assign several numbers to an assistant

        Routes several numbers, named by id, to the assistant. The body is a bare JSON array of ids, not an
        object. Each number is assigned on its own: the response says which succeeded and which failed, and
        `success` is `true` when at least one did. An empty array is refused with 400.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            body: Ids of the numbers to assign.

        ``POST /api/v1/assistants/{assistant_id}/phone-numbers/bulk-assign``
        """
        return self._call(_ops.PHONE_NUMBERS_BULK_ASSIGN, {"assistant_id": assistant_id, "body": body}, options)

    async def bulk_assign_async(
        self,
        assistant_id: int,
        body: Sequence[int],
        **options: Unpack[RequestOptions],
    ) -> PhoneNumberBulkAssignResult:
        """Assign several numbers to an assistant

        Routes several numbers, named by id, to the assistant. The body is a bare JSON array of ids, not an
        object. Each number is assigned on its own: the response says which succeeded and which failed, and
        `success` is `true` when at least one did. An empty array is refused with 400.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            body: Ids of the numbers to assign.

        ``POST /api/v1/assistants/{assistant_id}/phone-numbers/bulk-assign``
        """
        return await self._call_async(
            _ops.PHONE_NUMBERS_BULK_ASSIGN,
            {
                "assistant_id": assistant_id,
                "body": body,
            },
            options,
        )

    def unassign_by_number(
        self,
        assistant_id: int,
        phone_number: str,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse:
        """Unassign a number from an assistant by its digits

        Takes a number, named by its E.164 digits, away from the assistant; the number stays in the organization.
        The server answers with an `ApiResponse` acknowledgement, not with the phone number the docs show.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            phone_number: The number in E.164 format.

        ``POST /api/v1/assistants/{assistant_id}/phone-numbers/unassign-by-number``
        """
        return self._call(
            _ops.PHONE_NUMBERS_UNASSIGN_BY_NUMBER,
            {
                "assistant_id": assistant_id,
                "phone_number": phone_number,
            },
            options,
        )

    async def unassign_by_number_async(
        self,
        assistant_id: int,
        phone_number: str,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse:
        """Unassign a number from an assistant by its digits

        Takes a number, named by its E.164 digits, away from the assistant; the number stays in the organization.
        The server answers with an `ApiResponse` acknowledgement, not with the phone number the docs show.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            phone_number: The number in E.164 format.

        ``POST /api/v1/assistants/{assistant_id}/phone-numbers/unassign-by-number``
        """
        return await self._call_async(
            _ops.PHONE_NUMBERS_UNASSIGN_BY_NUMBER,
            {
                "assistant_id": assistant_id,
                "phone_number": phone_number,
            },
            options,
        )

    def unassign(self, assistant_id: int, phone_number_id: int, **options: Unpack[RequestOptions]) -> ApiResponse:
        """Unassign a number from an assistant

        Takes a number, named by id, away from the assistant; the number stays in the organization and routes to
        nothing. No body. The SDK docs show `phoneNumbers.unassign(id)` with the number only; the server also
        needs the assistant, so the SDK method is `unassign(assistantId, phoneNumberId)`. Without the assistant
        id, use `phoneNumbers.assign(phoneNumberId, { assistantId: null })`.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            phone_number_id: Phone number id (an integer, the `id` of `PhoneNumber`), not the number itself.

        ``POST /api/v1/assistants/{assistant_id}/phone-numbers/{phone_number_id}/unassign``
        """
        return self._call(
            _ops.PHONE_NUMBERS_UNASSIGN,
            {
                "assistant_id": assistant_id,
                "phone_number_id": phone_number_id,
            },
            options,
        )

    async def unassign_async(
        self,
        assistant_id: int,
        phone_number_id: int,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse:
        """Unassign a number from an assistant

        Takes a number, named by id, away from the assistant; the number stays in the organization and routes to
        nothing. No body. The SDK docs show `phoneNumbers.unassign(id)` with the number only; the server also
        needs the assistant, so the SDK method is `unassign(assistantId, phoneNumberId)`. Without the assistant
        id, use `phoneNumbers.assign(phoneNumberId, { assistantId: null })`.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            phone_number_id: Phone number id (an integer, the `id` of `PhoneNumber`), not the number itself.

        ``POST /api/v1/assistants/{assistant_id}/phone-numbers/{phone_number_id}/unassign``
        """
        return await self._call_async(
            _ops.PHONE_NUMBERS_UNASSIGN,
            {
                "assistant_id": assistant_id,
                "phone_number_id": phone_number_id,
            },
            options,
        )


class AsyncPhoneNumbers(Resource):
    """Find, buy and release phone numbers, route them to assistants, flows and SIP trunks, and manage their carrier
    webhooks and verified caller ids.

    The async form of ``PhoneNumbers``.
    """

    @cached_property
    def with_raw_response(self) -> AsyncPhoneNumbersWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return AsyncPhoneNumbersWithRawResponse(self)

    async def list(
        self,
        *,
        include_assigned: Union[bool, NotGiven] = NOT_GIVEN,
        include_unassigned: Union[bool, NotGiven] = NOT_GIVEN,
        include_inactive: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[PhoneNumber]:
        """List the organization's phone numbers

        Returns every phone number of the organization as a plain array (not paginated), with the assistant or
        flow each one is routed to. Inactive numbers are left out unless `include_inactive` is `true`. The route
        sits under `/api/v1/assistants/organization/` for historical reasons; the docs list it with the
        organization pages.

        Args:
            include_assigned: Include numbers routed to an assistant.
            include_unassigned: Include numbers routed to nothing.
            include_inactive: Include numbers that are no longer in service.

        ``GET /api/v1/assistants/organization/phone-numbers``
        """
        return await self._call_async(
            _ops.PHONE_NUMBERS_LIST,
            {
                "include_assigned": include_assigned,
                "include_unassigned": include_unassigned,
                "include_inactive": include_inactive,
            },
            options,
        )

    async def list_unassigned(self, **options: Unpack[RequestOptions]) -> List[OrganizationPhoneNumber]:
        """List the phone numbers free for assignment

        Returns the organization's numbers that no assistant uses, as a plain array, not paginated. (This lists
        numbers the organization already has; buying new ones is a different family.)

        ``GET /api/v1/assistants/organization/phone-numbers/available``
        """
        return await self._call_async(_ops.PHONE_NUMBERS_LIST_UNASSIGNED, {}, options)

    async def sync(self, **options: Unpack[RequestOptions]) -> PhoneNumberSyncResult:
        """Import phone numbers from the carriers

        Imports the numbers of the organization's Twilio, Telnyx and Vonage accounts that Burki does not know yet.
        Takes no body; numbers already known are left as they are.

        ``POST /api/v1/assistants/organization/phone-numbers/sync``
        """
        return await self._call_async(_ops.PHONE_NUMBERS_SYNC, {}, options)

    async def assign(
        self,
        phone_number_id: int,
        *,
        friendly_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        assistant_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        flow_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        sip_trunk_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        allowed_country_codes: Union[Optional[Sequence[str]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PhoneNumberUpdateResult:
        """Assign or update a phone number

        Routes a phone number to an assistant or a conversation flow, sends its calls through a SIP trunk, renames
        it or limits the countries that may call it. Only the fields sent change. A number routes to an assistant
        or to a flow, never both. To take a number away from its assistant send `assistant_id: null`; to clear its
        SIP trunk send `sip_trunk_id: \"\"`. In the SDK this is `phoneNumbers.assign(phoneNumberId, { assistantId
        })`, the call the SDK docs show.

        Args:
            phone_number_id: Phone number id (an integer, the `id` of `PhoneNumber`), not the number itself.
            friendly_name: New display name.
            assistant_id: Assistant to route the number to. `null` unassigns it; the server's own text also
                accepts `0` for that.
            flow_id: Conversation flow to route the number to; `null` (or `0`) unassigns it.
            sip_trunk_id: UUID of the SIP trunk to send the number's calls through; an empty string clears
                it.
            allowed_country_codes: ISO 3166 alpha-2 codes of the countries allowed to call the number (for
                example `[US, CA]`); `null` or an empty list allows every country.

        ``PATCH /api/v1/assistants/organization/phone-numbers/{phone_number_id}``
        """
        return await self._call_async(
            _ops.PHONE_NUMBERS_ASSIGN,
            {
                "phone_number_id": phone_number_id,
                "friendly_name": friendly_name,
                "assistant_id": assistant_id,
                "flow_id": flow_id,
                "sip_trunk_id": sip_trunk_id,
                "allowed_country_codes": allowed_country_codes,
            },
            options,
        )

    async def search(
        self,
        *,
        country_code: Union[str, NotGiven] = NOT_GIVEN,
        area_code: Union[Optional[str], NotGiven] = NOT_GIVEN,
        contains: Union[Optional[str], NotGiven] = NOT_GIVEN,
        locality: Union[Optional[str], NotGiven] = NOT_GIVEN,
        region: Union[Optional[str], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        provider: Union[Union[Literal["twilio", "telnyx", "vonage", "byo-sip-trunk"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PhoneNumberSearchResult:
        """Search numbers to buy

        Asks a carrier which numbers it sells that match the criteria (country, area code, locality, region or
        digits). The criteria travel in a JSON body although nothing is created. Telnyx results carry prices;
        Twilio results do not. Pass a result's `phone_number` to `purchasePhoneNumber`.

        Args:
            country_code: ISO 3166 alpha-2 country to search in.
            area_code: Area code the number should have.
            contains: Digits (or letters, as on a keypad) the number should contain.
            locality: City or locality to search in.
            region: State or region to search in.
            limit: Largest number of results.
            provider: Carrier to search. The documented carriers are `twilio` and `telnyx` (the server's own
                text also names `byo-sip-trunk`); an unsupported one is refused with 400.

        ``POST /api/v1/phone-numbers/search``
        """
        return await self._call_async(
            _ops.PHONE_NUMBERS_SEARCH,
            {
                "country_code": country_code,
                "area_code": area_code,
                "contains": contains,
                "locality": locality,
                "region": region,
                "limit": limit,
                "provider": provider,
            },
            options,
        )

    async def purchase(
        self,
        *,
        phone_number: str,
        provider: Union[Literal["twilio", "telnyx", "vonage", "byo-sip-trunk"], str],
        country_code: Union[Optional[str], NotGiven] = NOT_GIVEN,
        assistant_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        friendly_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        messaging_profile_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PhoneNumberPurchaseResult:
        """Buy a phone number

        Buys a number from a carrier, points the carrier's webhooks at Burki and adds the number to the
        organization's inventory, routed to `assistant_id` when one is given. The carrier charges the
        organization's carrier account at once. A number someone else bought in the meantime fails with 500.

        Args:
            phone_number: The number in E.164 format, as returned by `searchPhoneNumbers`.
            country_code: ISO 3166 alpha-2 country of the number; derived from the number when not sent.
            assistant_id: Assistant to route the new number to.
            friendly_name: Display name; defaults to the number itself.
            messaging_profile_id: Telnyx messaging profile to attach the number to (Telnyx only).

        ``POST /api/v1/phone-numbers/purchase``
        """
        return await self._call_async(
            _ops.PHONE_NUMBERS_PURCHASE,
            {
                "phone_number": phone_number,
                "provider": provider,
                "country_code": country_code,
                "assistant_id": assistant_id,
                "friendly_name": friendly_name,
                "messaging_profile_id": messaging_profile_id,
            },
            options,
        )

    async def release(
        self,
        phone_number: str,
        *,
        provider: Union[
            Optional[Union[Literal["twilio", "telnyx", "vonage", "byo-sip-trunk"], str]],
            NotGiven
        ] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PhoneNumberReleaseResult:
        """Release a phone number

        Gives a number back to its carrier and removes it from the organization's inventory. The method is POST
        with the number in the body, not DELETE. The carrier is looked up when `provider` is not sent. The number
        must belong to the caller's organization (403 otherwise).

        Args:
            phone_number: The number in E.164 format.
            provider: The number's carrier; looked up from the organization's inventory when not sent.

        ``POST /api/v1/phone-numbers/release``
        """
        return await self._call_async(
            _ops.PHONE_NUMBERS_RELEASE,
            {
                "phone_number": phone_number,
                "provider": provider,
            },
            options,
        )

    async def get_countries(
        self,
        provider: Union[Union[Literal["twilio", "telnyx", "vonage", "byo-sip-trunk"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PhoneNumberCountries:
        """List the countries a carrier sells numbers in

        Returns the ISO country codes in which the carrier offers numbers, to fill the `country_code` of a search.

        Args:
            provider: Carrier to ask (`twilio` or `telnyx`).

        ``GET /api/v1/phone-numbers/countries``
        """
        return await self._call_async(_ops.PHONE_NUMBERS_GET_COUNTRIES, {"provider": provider}, options)

    async def update_webhooks(
        self,
        *,
        phone_number: str,
        voice_webhook_url: Union[Optional[str], NotGiven] = NOT_GIVEN,
        disable_sms: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        enable_sms: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        provider: Union[
            Optional[Union[Literal["twilio", "telnyx", "vonage", "byo-sip-trunk"], str]],
            NotGiven
        ] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PhoneNumberWebhooksUpdateResult:
        """Update a number's carrier webhooks

        Changes the carrier's voice webhook URL for a number, or switches its SMS handling off (`disable_sms`) and
        back on (`enable_sms`). The number travels in the body, not the path. The SMS URL itself cannot be set
        here: Burki derives it from the assistant the number is assigned to. The docs' SDK example passes a
        `statusCallbackUrl`; the server has no such field.

        Args:
            phone_number: The number in E.164 format.
            voice_webhook_url: New URL for the carrier's voice webhooks.
            disable_sms: `true` stops SMS handling for the number (Twilio gets a placeholder URL, Telnyx an
                empty one).
            enable_sms: `true` points the carrier's SMS webhook back at Burki; the number must be assigned
                to an assistant that has an `sms_webhook_url`.
            provider: The number's carrier (`twilio` or `telnyx`); detected when not sent.

        ``PUT /api/v1/phone-numbers/webhooks``
        """
        return await self._call_async(
            _ops.PHONE_NUMBERS_UPDATE_WEBHOOKS,
            {
                "phone_number": phone_number,
                "voice_webhook_url": voice_webhook_url,
                "disable_sms": disable_sms,
                "enable_sms": enable_sms,
                "provider": provider,
            },
            options,
        )

    async def get_webhooks(
        self,
        phone_number: str,
        *,
        provider: Union[Union[Literal["twilio", "telnyx", "vonage", "byo-sip-trunk"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PhoneNumberWebhooks:
        """Get a number's carrier webhooks

        Reads, live from the carrier, where it sends the number's call and SMS events. Telnyx configures webhooks
        per connection, so for Telnyx numbers the two URLs say `Configured at Connection level` and
        `configuration` carries the connection.

        Args:
            phone_number: A phone number in E.164 format. Percent-encode the leading `+` as `%2B`; a literal
                `+` in a URL path can reach the server as a space.
            provider: The number's carrier (`twilio` or `telnyx`); detected when not sent.

        ``GET /api/v1/phone-numbers/{phone_number}/webhooks``
        """
        return await self._call_async(
            _ops.PHONE_NUMBERS_GET_WEBHOOKS,
            {
                "phone_number": phone_number,
                "provider": provider,
            },
            options,
        )

    async def diagnose(self, phone_number: str, **options: Unpack[RequestOptions]) -> PhoneNumberDiagnosis:
        """Diagnose a Telnyx number

        Reports how a Telnyx number is wired at Telnyx (its connection and Call Control application), to find out
        why calls do not reach the assistant. The number must belong to the caller's organization. Not in the API
        reference; the SDK names it.

        Args:
            phone_number: A phone number in E.164 format. Percent-encode the leading `+` as `%2B`; a literal
                `+` in a URL path can reach the server as a space.

        ``GET /api/v1/phone-numbers/{phone_number}/diagnose``
        """
        return await self._call_async(_ops.PHONE_NUMBERS_DIAGNOSE, {"phone_number": phone_number}, options)

    async def sync_verified_caller_ids(self, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """Import verified caller ids from Twilio

        Copies the outbound caller ids verified in the organization's Twilio account into Burki, so they can be
        used as `from_phone_number`. No body. Neither the docs nor the server describe the response; it is an
        object passed through unchanged, and the example is illustrative.

        ``POST /api/v1/phone-numbers/organization/sync-verified-caller-ids``
        """
        return await self._call_async(_ops.PHONE_NUMBERS_SYNC_VERIFIED_CALLER_IDS, {}, options)

    async def add_verified_caller_id(
        self,
        *,
        phone_number: str,
        friendly_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Dict[str, Any]:
        """Verify a number as an outbound caller id

        Starts Twilio's caller-id verification for a number the organization does not own, so outbound calls may
        show it. The body is form-encoded (`application/x-www-form-urlencoded`), not JSON. Twilio then calls the
        number and asks for a code. The response is not described by the docs or the server; it is an object
        passed through unchanged, and the example is illustrative.

        Args:
            phone_number: The number in E.164 format.
            friendly_name: Display name for the caller id.

        ``POST /api/v1/phone-numbers/organization/add-verified-caller-id``
        """
        return await self._call_async(
            _ops.PHONE_NUMBERS_ADD_VERIFIED_CALLER_ID,
            {
                "phone_number": phone_number,
                "friendly_name": friendly_name,
            },
            options,
        )

    async def list_for_assistant(
        self,
        assistant_id: int,
        **options: Unpack[RequestOptions],
    ) -> List[AssistantPhoneNumber]:
        """List an assistant's phone numbers

        Returns the numbers routed to the assistant, as a plain array (not paginated).

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``GET /api/v1/assistants/{assistant_id}/phone-numbers``
        """
        return await self._call_async(_ops.PHONE_NUMBERS_LIST_FOR_ASSISTANT, {"assistant_id": assistant_id}, options)

    async def list_available_for_assistant(
        self,
        assistant_id: int,
        **options: Unpack[RequestOptions],
    ) -> List[AssistantPhoneNumber]:
        """List numbers an assistant could take

        Returns the organization's numbers that are routed to no assistant, as a plain array (not paginated). The
        assistant in the path is only checked for existence; the list is the same for every assistant of the
        organization.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``GET /api/v1/assistants/{assistant_id}/available-phone-numbers``
        """
        return await self._call_async(
            _ops.PHONE_NUMBERS_LIST_AVAILABLE_FOR_ASSISTANT,
            {
                "assistant_id": assistant_id,
            },
            options,
        )

    async def assign_by_number(
        self,
        assistant_id: int,
        phone_number: str,
        *,
        friendly_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        auto_sync: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse:
        """Assign a number to an assistant by its digits

        Routes a number to the assistant, naming it by its E.164 digits instead of its id. With `auto_sync` (the
        default) a number bought directly at Twilio that Burki does not know yet is imported first. The server
        answers with an `ApiResponse` acknowledgement, not with the phone number the docs show.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            phone_number: The number in E.164 format.
            friendly_name: Display name to store with the number.
            auto_sync: When the number is not in the organization's inventory yet, import it from the
                organization's Twilio account first. This is the usual way to assign a number bought directly at
                Twilio.

        ``POST /api/v1/assistants/{assistant_id}/phone-numbers/assign-by-number``
        """
        return await self._call_async(
            _ops.PHONE_NUMBERS_ASSIGN_BY_NUMBER,
            {
                "assistant_id": assistant_id,
                "phone_number": phone_number,
                "friendly_name": friendly_name,
                "auto_sync": auto_sync,
            },
            options,
        )

    async def bulk_assign(
        self,
        assistant_id: int,
        body: Sequence[int],
        **options: Unpack[RequestOptions],
    ) -> PhoneNumberBulkAssignResult:
        """Assign several numbers to an assistant

        Routes several numbers, named by id, to the assistant. The body is a bare JSON array of ids, not an
        object. Each number is assigned on its own: the response says which succeeded and which failed, and
        `success` is `true` when at least one did. An empty array is refused with 400.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            body: Ids of the numbers to assign.

        ``POST /api/v1/assistants/{assistant_id}/phone-numbers/bulk-assign``
        """
        return await self._call_async(
            _ops.PHONE_NUMBERS_BULK_ASSIGN,
            {
                "assistant_id": assistant_id,
                "body": body,
            },
            options,
        )

    async def unassign_by_number(
        self,
        assistant_id: int,
        phone_number: str,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse:
        """Unassign a number from an assistant by its digits

        Takes a number, named by its E.164 digits, away from the assistant; the number stays in the organization.
        The server answers with an `ApiResponse` acknowledgement, not with the phone number the docs show.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            phone_number: The number in E.164 format.

        ``POST /api/v1/assistants/{assistant_id}/phone-numbers/unassign-by-number``
        """
        return await self._call_async(
            _ops.PHONE_NUMBERS_UNASSIGN_BY_NUMBER,
            {
                "assistant_id": assistant_id,
                "phone_number": phone_number,
            },
            options,
        )

    async def unassign(self, assistant_id: int, phone_number_id: int, **options: Unpack[RequestOptions]) -> ApiResponse:
        """Unassign a number from an assistant

        Takes a number, named by id, away from the assistant; the number stays in the organization and routes to
        nothing. No body. The SDK docs show `phoneNumbers.unassign(id)` with the number only; the server also
        needs the assistant, so the SDK method is `unassign(assistantId, phoneNumberId)`. Without the assistant
        id, use `phoneNumbers.assign(phoneNumberId, { assistantId: null })`.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            phone_number_id: Phone number id (an integer, the `id` of `PhoneNumber`), not the number itself.

        ``POST /api/v1/assistants/{assistant_id}/phone-numbers/{phone_number_id}/unassign``
        """
        return await self._call_async(
            _ops.PHONE_NUMBERS_UNASSIGN,
            {
                "assistant_id": assistant_id,
                "phone_number_id": phone_number_id,
            },
            options,
        )


class PhoneNumbersWithRawResponse:
    def __init__(self, resource: PhoneNumbers) -> None:
        self.list = to_raw_response(resource.list)
        self.list_async = async_to_raw_response(resource.list_async)
        self.list_unassigned = to_raw_response(resource.list_unassigned)
        self.list_unassigned_async = async_to_raw_response(resource.list_unassigned_async)
        self.sync = to_raw_response(resource.sync)
        self.sync_async = async_to_raw_response(resource.sync_async)
        self.assign = to_raw_response(resource.assign)
        self.assign_async = async_to_raw_response(resource.assign_async)
        self.search = to_raw_response(resource.search)
        self.search_async = async_to_raw_response(resource.search_async)
        self.purchase = to_raw_response(resource.purchase)
        self.purchase_async = async_to_raw_response(resource.purchase_async)
        self.release = to_raw_response(resource.release)
        self.release_async = async_to_raw_response(resource.release_async)
        self.get_countries = to_raw_response(resource.get_countries)
        self.get_countries_async = async_to_raw_response(resource.get_countries_async)
        self.update_webhooks = to_raw_response(resource.update_webhooks)
        self.update_webhooks_async = async_to_raw_response(resource.update_webhooks_async)
        self.get_webhooks = to_raw_response(resource.get_webhooks)
        self.get_webhooks_async = async_to_raw_response(resource.get_webhooks_async)
        self.diagnose = to_raw_response(resource.diagnose)
        self.diagnose_async = async_to_raw_response(resource.diagnose_async)
        self.sync_verified_caller_ids = to_raw_response(resource.sync_verified_caller_ids)
        self.sync_verified_caller_ids_async = async_to_raw_response(resource.sync_verified_caller_ids_async)
        self.add_verified_caller_id = to_raw_response(resource.add_verified_caller_id)
        self.add_verified_caller_id_async = async_to_raw_response(resource.add_verified_caller_id_async)
        self.list_for_assistant = to_raw_response(resource.list_for_assistant)
        self.list_for_assistant_async = async_to_raw_response(resource.list_for_assistant_async)
        self.list_available_for_assistant = to_raw_response(resource.list_available_for_assistant)
        self.list_available_for_assistant_async = async_to_raw_response(resource.list_available_for_assistant_async)
        self.assign_by_number = to_raw_response(resource.assign_by_number)
        self.assign_by_number_async = async_to_raw_response(resource.assign_by_number_async)
        self.bulk_assign = to_raw_response(resource.bulk_assign)
        self.bulk_assign_async = async_to_raw_response(resource.bulk_assign_async)
        self.unassign_by_number = to_raw_response(resource.unassign_by_number)
        self.unassign_by_number_async = async_to_raw_response(resource.unassign_by_number_async)
        self.unassign = to_raw_response(resource.unassign)
        self.unassign_async = async_to_raw_response(resource.unassign_async)


class AsyncPhoneNumbersWithRawResponse:
    def __init__(self, resource: AsyncPhoneNumbers) -> None:
        self.list = async_to_raw_response(resource.list)
        self.list_unassigned = async_to_raw_response(resource.list_unassigned)
        self.sync = async_to_raw_response(resource.sync)
        self.assign = async_to_raw_response(resource.assign)
        self.search = async_to_raw_response(resource.search)
        self.purchase = async_to_raw_response(resource.purchase)
        self.release = async_to_raw_response(resource.release)
        self.get_countries = async_to_raw_response(resource.get_countries)
        self.update_webhooks = async_to_raw_response(resource.update_webhooks)
        self.get_webhooks = async_to_raw_response(resource.get_webhooks)
        self.diagnose = async_to_raw_response(resource.diagnose)
        self.sync_verified_caller_ids = async_to_raw_response(resource.sync_verified_caller_ids)
        self.add_verified_caller_id = async_to_raw_response(resource.add_verified_caller_id)
        self.list_for_assistant = async_to_raw_response(resource.list_for_assistant)
        self.list_available_for_assistant = async_to_raw_response(resource.list_available_for_assistant)
        self.assign_by_number = async_to_raw_response(resource.assign_by_number)
        self.bulk_assign = async_to_raw_response(resource.bulk_assign)
        self.unassign_by_number = async_to_raw_response(resource.unassign_by_number)
        self.unassign = async_to_raw_response(resource.unassign)

# Generated from the Burki API 1.0.0 spec; do not edit.
"""US 10DLC registration helpers for Telnyx, Twilio and Vonage: list the brands, campaigns and Messaging Services on
the organization's provider accounts, and choose the ones Burki assigns to new numbers. Each provider's routes
need that provider's credentials on the organization.
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



class TenDlc(Resource):
    """US 10DLC registration helpers for Telnyx, Twilio and Vonage: list the brands, campaigns and Messaging Services
    on the organization's provider accounts, and choose the ones Burki assigns to new numbers. Each provider's
    routes need that provider's credentials on the organization.
    """

    @cached_property
    def with_raw_response(self) -> TenDlcWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return TenDlcWithRawResponse(self)

    def list_telnyx_brands(self, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """List the organization's Telnyx 10DLC brands

        Fetches the 10DLC brands registered on the organization's Telnyx account, using the Telnyx API key stored
        on the organization. Not paginated. A missing Telnyx key answers 400.

        ``GET /api/telnyx/brands``
        """
        return self._call(_ops.TEN_DLC_LIST_TELNYX_BRANDS, {}, options)

    async def list_telnyx_brands_async(self, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """List the organization's Telnyx 10DLC brands

        Fetches the 10DLC brands registered on the organization's Telnyx account, using the Telnyx API key stored
        on the organization. Not paginated. A missing Telnyx key answers 400.

        ``GET /api/telnyx/brands``
        """
        return await self._call_async(_ops.TEN_DLC_LIST_TELNYX_BRANDS, {}, options)

    def list_telnyx_campaigns(self, brand_id: str, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """List a Telnyx brand's 10DLC campaigns

        Fetches the 10DLC campaigns of one Telnyx brand from the organization's Telnyx account. Not paginated.

        Args:
            brand_id: Telnyx brand id, from `listTelnyxBrands`.

        ``GET /api/telnyx/campaigns``
        """
        return self._call(_ops.TEN_DLC_LIST_TELNYX_CAMPAIGNS, {"brand_id": brand_id}, options)

    async def list_telnyx_campaigns_async(self, brand_id: str, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """List a Telnyx brand's 10DLC campaigns

        Fetches the 10DLC campaigns of one Telnyx brand from the organization's Telnyx account. Not paginated.

        Args:
            brand_id: Telnyx brand id, from `listTelnyxBrands`.

        ``GET /api/telnyx/campaigns``
        """
        return await self._call_async(_ops.TEN_DLC_LIST_TELNYX_CAMPAIGNS, {"brand_id": brand_id}, options)

    def select_telnyx_campaign(
        self,
        *,
        campaign_id: str,
        brand_id: str,
        **options: Unpack[RequestOptions],
    ) -> Dict[str, Any]:
        """Choose the Telnyx 10DLC campaign for new numbers

        Saves the Telnyx campaign (and its brand) that Burki assigns to the organization's new Telnyx numbers. It
        stores the choice in the organization's settings; it does not change numbers you already have.

        Args:
            campaign_id: Telnyx campaign id, from `listTelnyxCampaigns`.
            brand_id: Telnyx brand id the campaign belongs to, from `listTelnyxBrands`.

        ``POST /api/telnyx/campaign/select``
        """
        return self._call(
            _ops.TEN_DLC_SELECT_TELNYX_CAMPAIGN,
            {
                "campaign_id": campaign_id,
                "brand_id": brand_id,
            },
            options,
        )

    async def select_telnyx_campaign_async(
        self,
        *,
        campaign_id: str,
        brand_id: str,
        **options: Unpack[RequestOptions],
    ) -> Dict[str, Any]:
        """Choose the Telnyx 10DLC campaign for new numbers

        Saves the Telnyx campaign (and its brand) that Burki assigns to the organization's new Telnyx numbers. It
        stores the choice in the organization's settings; it does not change numbers you already have.

        Args:
            campaign_id: Telnyx campaign id, from `listTelnyxCampaigns`.
            brand_id: Telnyx brand id the campaign belongs to, from `listTelnyxBrands`.

        ``POST /api/telnyx/campaign/select``
        """
        return await self._call_async(
            _ops.TEN_DLC_SELECT_TELNYX_CAMPAIGN,
            {
                "campaign_id": campaign_id,
                "brand_id": brand_id,
            },
            options,
        )

    def get_selected_telnyx_campaign(self, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """Get the Telnyx 10DLC campaign chosen for new numbers

        Returns the Telnyx campaign that `selectTelnyxCampaign` saved for the organization, if any.

        ``GET /api/telnyx/campaign/selected``
        """
        return self._call(_ops.TEN_DLC_GET_SELECTED_TELNYX_CAMPAIGN, {}, options)

    async def get_selected_telnyx_campaign_async(self, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """Get the Telnyx 10DLC campaign chosen for new numbers

        Returns the Telnyx campaign that `selectTelnyxCampaign` saved for the organization, if any.

        ``GET /api/telnyx/campaign/selected``
        """
        return await self._call_async(_ops.TEN_DLC_GET_SELECTED_TELNYX_CAMPAIGN, {}, options)

    def get_telnyx_number_status(self, phone_number: str, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """Get a Telnyx number's 10DLC campaign assignment

        Returns whether a Telnyx number is assigned to a 10DLC campaign, from Telnyx; useful to find out why an
        assignment failed. The number goes in the path in E.164 with `+` sent as `%2B`.

        Args:
            phone_number: A phone number in E.164 format. Percent-encode the leading `+` as `%2B`; a literal
                `+` in a URL path can reach the server as a space.

        ``GET /api/telnyx/phone-number/{phone_number}/status``
        """
        return self._call(_ops.TEN_DLC_GET_TELNYX_NUMBER_STATUS, {"phone_number": phone_number}, options)

    async def get_telnyx_number_status_async(
        self,
        phone_number: str,
        **options: Unpack[RequestOptions],
    ) -> Dict[str, Any]:
        """Get a Telnyx number's 10DLC campaign assignment

        Returns whether a Telnyx number is assigned to a 10DLC campaign, from Telnyx; useful to find out why an
        assignment failed. The number goes in the path in E.164 with `+` sent as `%2B`.

        Args:
            phone_number: A phone number in E.164 format. Percent-encode the leading `+` as `%2B`; a literal
                `+` in a URL path can reach the server as a space.

        ``GET /api/telnyx/phone-number/{phone_number}/status``
        """
        return await self._call_async(_ops.TEN_DLC_GET_TELNYX_NUMBER_STATUS, {"phone_number": phone_number}, options)

    def list_twilio_messaging_services(self, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """List the organization's Twilio Messaging Services

        Fetches every Messaging Service of the organization's Twilio account (Burki follows Twilio's pages
        itself). Not paginated. Missing Twilio credentials answer 400.

        ``GET /api/twilio-10dlc/messaging-services``
        """
        return self._call(_ops.TEN_DLC_LIST_TWILIO_MESSAGING_SERVICES, {}, options)

    async def list_twilio_messaging_services_async(self, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """List the organization's Twilio Messaging Services

        Fetches every Messaging Service of the organization's Twilio account (Burki follows Twilio's pages
        itself). Not paginated. Missing Twilio credentials answer 400.

        ``GET /api/twilio-10dlc/messaging-services``
        """
        return await self._call_async(_ops.TEN_DLC_LIST_TWILIO_MESSAGING_SERVICES, {}, options)

    def list_twilio_campaigns(self, service_sid: str, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """List a Twilio Messaging Service's 10DLC campaigns

        Fetches the 10DLC campaigns registered on one Twilio Messaging Service. Not paginated.

        Args:
            service_sid: Twilio Messaging Service SID (`MG...`), from `listTwilioMessagingServices`.

        ``GET /api/twilio-10dlc/messaging-services/{service_sid}/campaigns``
        """
        return self._call(_ops.TEN_DLC_LIST_TWILIO_CAMPAIGNS, {"service_sid": service_sid}, options)

    async def list_twilio_campaigns_async(self, service_sid: str, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """List a Twilio Messaging Service's 10DLC campaigns

        Fetches the 10DLC campaigns registered on one Twilio Messaging Service. Not paginated.

        Args:
            service_sid: Twilio Messaging Service SID (`MG...`), from `listTwilioMessagingServices`.

        ``GET /api/twilio-10dlc/messaging-services/{service_sid}/campaigns``
        """
        return await self._call_async(_ops.TEN_DLC_LIST_TWILIO_CAMPAIGNS, {"service_sid": service_sid}, options)

    def select_twilio_messaging_service(
        self,
        messaging_service_sid: str,
        **options: Unpack[RequestOptions],
    ) -> Dict[str, Any]:
        """Choose the Twilio Messaging Service for new numbers

        Saves the Twilio Messaging Service whose sender pool Burki adds the organization's new Twilio numbers to,
        for 10DLC compliance. It stores the choice in the organization's settings; it does not change numbers you
        already have.

        Args:
            messaging_service_sid: Messaging Service SID (`MG...`), from `listTwilioMessagingServices`.

        ``POST /api/twilio-10dlc/messaging-service/select``
        """
        return self._call(
            _ops.TEN_DLC_SELECT_TWILIO_MESSAGING_SERVICE,
            {
                "messaging_service_sid": messaging_service_sid,
            },
            options,
        )

    async def select_twilio_messaging_service_async(
        self,
        messaging_service_sid: str,
        **options: Unpack[RequestOptions],
    ) -> Dict[str, Any]:
        """Choose the Twilio Messaging Service for new numbers

        Saves the Twilio Messaging Service whose sender pool Burki adds the organization's new Twilio numbers to,
        for 10DLC compliance. It stores the choice in the organization's settings; it does not change numbers you
        already have.

        Args:
            messaging_service_sid: Messaging Service SID (`MG...`), from `listTwilioMessagingServices`.

        ``POST /api/twilio-10dlc/messaging-service/select``
        """
        return await self._call_async(
            _ops.TEN_DLC_SELECT_TWILIO_MESSAGING_SERVICE,
            {
                "messaging_service_sid": messaging_service_sid,
            },
            options,
        )

    def get_selected_twilio_messaging_service(self, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """Get the Twilio Messaging Service chosen for new numbers

        Returns the Twilio Messaging Service that `selectTwilioMessagingService` saved for the organization, if
        any.

        ``GET /api/twilio-10dlc/messaging-service/selected``
        """
        return self._call(_ops.TEN_DLC_GET_SELECTED_TWILIO_MESSAGING_SERVICE, {}, options)

    async def get_selected_twilio_messaging_service_async(self, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """Get the Twilio Messaging Service chosen for new numbers

        Returns the Twilio Messaging Service that `selectTwilioMessagingService` saved for the organization, if
        any.

        ``GET /api/twilio-10dlc/messaging-service/selected``
        """
        return await self._call_async(_ops.TEN_DLC_GET_SELECTED_TWILIO_MESSAGING_SERVICE, {}, options)

    def select_twilio_campaign(
        self,
        *,
        campaign_id: str,
        messaging_service_sid: str,
        brand_sid: str,
        **options: Unpack[RequestOptions],
    ) -> Dict[str, Any]:
        """Choose the Twilio 10DLC campaign for new numbers

        Saves the Twilio campaign, with its Messaging Service and brand, that Burki uses for the organization's
        new Twilio numbers. It stores the choice in the organization's settings; it does not change numbers you
        already have.

        Args:
            campaign_id: Twilio campaign id (`QE...`), from `listTwilioCampaigns`.
            messaging_service_sid: The Messaging Service (`MG...`) the campaign is registered on.
            brand_sid: The brand registration (`BN...`) of the campaign.

        ``POST /api/twilio-10dlc/campaign/select``
        """
        return self._call(
            _ops.TEN_DLC_SELECT_TWILIO_CAMPAIGN,
            {
                "campaign_id": campaign_id,
                "messaging_service_sid": messaging_service_sid,
                "brand_sid": brand_sid,
            },
            options,
        )

    async def select_twilio_campaign_async(
        self,
        *,
        campaign_id: str,
        messaging_service_sid: str,
        brand_sid: str,
        **options: Unpack[RequestOptions],
    ) -> Dict[str, Any]:
        """Choose the Twilio 10DLC campaign for new numbers

        Saves the Twilio campaign, with its Messaging Service and brand, that Burki uses for the organization's
        new Twilio numbers. It stores the choice in the organization's settings; it does not change numbers you
        already have.

        Args:
            campaign_id: Twilio campaign id (`QE...`), from `listTwilioCampaigns`.
            messaging_service_sid: The Messaging Service (`MG...`) the campaign is registered on.
            brand_sid: The brand registration (`BN...`) of the campaign.

        ``POST /api/twilio-10dlc/campaign/select``
        """
        return await self._call_async(
            _ops.TEN_DLC_SELECT_TWILIO_CAMPAIGN,
            {
                "campaign_id": campaign_id,
                "messaging_service_sid": messaging_service_sid,
                "brand_sid": brand_sid,
            },
            options,
        )

    def get_selected_twilio_campaign(self, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """Get the Twilio 10DLC campaign chosen for new numbers

        Returns the Twilio campaign that `selectTwilioCampaign` saved for the organization, if any.

        ``GET /api/twilio-10dlc/campaign/selected``
        """
        return self._call(_ops.TEN_DLC_GET_SELECTED_TWILIO_CAMPAIGN, {}, options)

    async def get_selected_twilio_campaign_async(self, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """Get the Twilio 10DLC campaign chosen for new numbers

        Returns the Twilio campaign that `selectTwilioCampaign` saved for the organization, if any.

        ``GET /api/twilio-10dlc/campaign/selected``
        """
        return await self._call_async(_ops.TEN_DLC_GET_SELECTED_TWILIO_CAMPAIGN, {}, options)

    def list_vonage_brands(self, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """List the organization's Vonage 10DLC brands

        Fetches the 10DLC brands of the organization's Vonage account. Not paginated. Missing Vonage credentials
        answer 400.

        ``GET /api/vonage-10dlc/brands``
        """
        return self._call(_ops.TEN_DLC_LIST_VONAGE_BRANDS, {}, options)

    async def list_vonage_brands_async(self, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """List the organization's Vonage 10DLC brands

        Fetches the 10DLC brands of the organization's Vonage account. Not paginated. Missing Vonage credentials
        answer 400.

        ``GET /api/vonage-10dlc/brands``
        """
        return await self._call_async(_ops.TEN_DLC_LIST_VONAGE_BRANDS, {}, options)

    def list_vonage_campaigns(self, brand_id: str, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """List a Vonage brand's 10DLC campaigns

        Fetches the 10DLC campaigns of one Vonage brand. Not paginated.

        Args:
            brand_id: Vonage brand id, from `listVonageBrands`.

        ``GET /api/vonage-10dlc/brands/{brand_id}/campaigns``
        """
        return self._call(_ops.TEN_DLC_LIST_VONAGE_CAMPAIGNS, {"brand_id": brand_id}, options)

    async def list_vonage_campaigns_async(self, brand_id: str, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """List a Vonage brand's 10DLC campaigns

        Fetches the 10DLC campaigns of one Vonage brand. Not paginated.

        Args:
            brand_id: Vonage brand id, from `listVonageBrands`.

        ``GET /api/vonage-10dlc/brands/{brand_id}/campaigns``
        """
        return await self._call_async(_ops.TEN_DLC_LIST_VONAGE_CAMPAIGNS, {"brand_id": brand_id}, options)

    def select_vonage_campaign(
        self,
        *,
        campaign_id: str,
        brand_id: str,
        usecase: str,
        description: str,
        **options: Unpack[RequestOptions],
    ) -> Dict[str, Any]:
        """Choose the Vonage 10DLC campaign for new numbers

        Saves the Vonage campaign that Burki assigns to the organization's new Vonage numbers. All four fields are
        required. It stores the choice in the organization's settings; it does not change numbers you already
        have.

        Args:
            campaign_id: Vonage campaign id, from `listVonageCampaigns`.
            brand_id: Vonage brand id the campaign belongs to, from `listVonageBrands`.
            usecase: The campaign's use case as registered (for example `appointment_reminders`).
            description: What the campaign's messages are for.

        ``POST /api/vonage-10dlc/campaign/select``
        """
        return self._call(
            _ops.TEN_DLC_SELECT_VONAGE_CAMPAIGN,
            {
                "campaign_id": campaign_id,
                "brand_id": brand_id,
                "usecase": usecase,
                "description": description,
            },
            options,
        )

    async def select_vonage_campaign_async(
        self,
        *,
        campaign_id: str,
        brand_id: str,
        usecase: str,
        description: str,
        **options: Unpack[RequestOptions],
    ) -> Dict[str, Any]:
        """Choose the Vonage 10DLC campaign for new numbers

        Saves the Vonage campaign that Burki assigns to the organization's new Vonage numbers. All four fields are
        required. It stores the choice in the organization's settings; it does not change numbers you already
        have.

        Args:
            campaign_id: Vonage campaign id, from `listVonageCampaigns`.
            brand_id: Vonage brand id the campaign belongs to, from `listVonageBrands`.
            usecase: The campaign's use case as registered (for example `appointment_reminders`).
            description: What the campaign's messages are for.

        ``POST /api/vonage-10dlc/campaign/select``
        """
        return await self._call_async(
            _ops.TEN_DLC_SELECT_VONAGE_CAMPAIGN,
            {
                "campaign_id": campaign_id,
                "brand_id": brand_id,
                "usecase": usecase,
                "description": description,
            },
            options,
        )

    def get_selected_vonage_campaign(self, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """Get the Vonage 10DLC campaign chosen for new numbers

        Returns the Vonage campaign that `selectVonageCampaign` saved for the organization, if any.

        ``GET /api/vonage-10dlc/campaign/selected``
        """
        return self._call(_ops.TEN_DLC_GET_SELECTED_VONAGE_CAMPAIGN, {}, options)

    async def get_selected_vonage_campaign_async(self, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """Get the Vonage 10DLC campaign chosen for new numbers

        Returns the Vonage campaign that `selectVonageCampaign` saved for the organization, if any.

        ``GET /api/vonage-10dlc/campaign/selected``
        """
        return await self._call_async(_ops.TEN_DLC_GET_SELECTED_VONAGE_CAMPAIGN, {}, options)


class AsyncTenDlc(Resource):
    """US 10DLC registration helpers for Telnyx, Twilio and Vonage: list the brands, campaigns and Messaging Services
    on the organization's provider accounts, and choose the ones Burki assigns to new numbers. Each provider's
    routes need that provider's credentials on the organization.

    The async form of ``TenDlc``.
    """

    @cached_property
    def with_raw_response(self) -> AsyncTenDlcWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return AsyncTenDlcWithRawResponse(self)

    async def list_telnyx_brands(self, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """List the organization's Telnyx 10DLC brands

        Fetches the 10DLC brands registered on the organization's Telnyx account, using the Telnyx API key stored
        on the organization. Not paginated. A missing Telnyx key answers 400.

        ``GET /api/telnyx/brands``
        """
        return await self._call_async(_ops.TEN_DLC_LIST_TELNYX_BRANDS, {}, options)

    async def list_telnyx_campaigns(self, brand_id: str, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """List a Telnyx brand's 10DLC campaigns

        Fetches the 10DLC campaigns of one Telnyx brand from the organization's Telnyx account. Not paginated.

        Args:
            brand_id: Telnyx brand id, from `listTelnyxBrands`.

        ``GET /api/telnyx/campaigns``
        """
        return await self._call_async(_ops.TEN_DLC_LIST_TELNYX_CAMPAIGNS, {"brand_id": brand_id}, options)

    async def select_telnyx_campaign(
        self,
        *,
        campaign_id: str,
        brand_id: str,
        **options: Unpack[RequestOptions],
    ) -> Dict[str, Any]:
        """Choose the Telnyx 10DLC campaign for new numbers

        Saves the Telnyx campaign (and its brand) that Burki assigns to the organization's new Telnyx numbers. It
        stores the choice in the organization's settings; it does not change numbers you already have.

        Args:
            campaign_id: Telnyx campaign id, from `listTelnyxCampaigns`.
            brand_id: Telnyx brand id the campaign belongs to, from `listTelnyxBrands`.

        ``POST /api/telnyx/campaign/select``
        """
        return await self._call_async(
            _ops.TEN_DLC_SELECT_TELNYX_CAMPAIGN,
            {
                "campaign_id": campaign_id,
                "brand_id": brand_id,
            },
            options,
        )

    async def get_selected_telnyx_campaign(self, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """Get the Telnyx 10DLC campaign chosen for new numbers

        Returns the Telnyx campaign that `selectTelnyxCampaign` saved for the organization, if any.

        ``GET /api/telnyx/campaign/selected``
        """
        return await self._call_async(_ops.TEN_DLC_GET_SELECTED_TELNYX_CAMPAIGN, {}, options)

    async def get_telnyx_number_status(self, phone_number: str, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """Get a Telnyx number's 10DLC campaign assignment

        Returns whether a Telnyx number is assigned to a 10DLC campaign, from Telnyx; useful to find out why an
        assignment failed. The number goes in the path in E.164 with `+` sent as `%2B`.

        Args:
            phone_number: A phone number in E.164 format. Percent-encode the leading `+` as `%2B`; a literal
                `+` in a URL path can reach the server as a space.

        ``GET /api/telnyx/phone-number/{phone_number}/status``
        """
        return await self._call_async(_ops.TEN_DLC_GET_TELNYX_NUMBER_STATUS, {"phone_number": phone_number}, options)

    async def list_twilio_messaging_services(self, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """List the organization's Twilio Messaging Services

        Fetches every Messaging Service of the organization's Twilio account (Burki follows Twilio's pages
        itself). Not paginated. Missing Twilio credentials answer 400.

        ``GET /api/twilio-10dlc/messaging-services``
        """
        return await self._call_async(_ops.TEN_DLC_LIST_TWILIO_MESSAGING_SERVICES, {}, options)

    async def list_twilio_campaigns(self, service_sid: str, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """List a Twilio Messaging Service's 10DLC campaigns

        Fetches the 10DLC campaigns registered on one Twilio Messaging Service. Not paginated.

        Args:
            service_sid: Twilio Messaging Service SID (`MG...`), from `listTwilioMessagingServices`.

        ``GET /api/twilio-10dlc/messaging-services/{service_sid}/campaigns``
        """
        return await self._call_async(_ops.TEN_DLC_LIST_TWILIO_CAMPAIGNS, {"service_sid": service_sid}, options)

    async def select_twilio_messaging_service(
        self,
        messaging_service_sid: str,
        **options: Unpack[RequestOptions],
    ) -> Dict[str, Any]:
        """Choose the Twilio Messaging Service for new numbers

        Saves the Twilio Messaging Service whose sender pool Burki adds the organization's new Twilio numbers to,
        for 10DLC compliance. It stores the choice in the organization's settings; it does not change numbers you
        already have.

        Args:
            messaging_service_sid: Messaging Service SID (`MG...`), from `listTwilioMessagingServices`.

        ``POST /api/twilio-10dlc/messaging-service/select``
        """
        return await self._call_async(
            _ops.TEN_DLC_SELECT_TWILIO_MESSAGING_SERVICE,
            {
                "messaging_service_sid": messaging_service_sid,
            },
            options,
        )

    async def get_selected_twilio_messaging_service(self, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """Get the Twilio Messaging Service chosen for new numbers

        Returns the Twilio Messaging Service that `selectTwilioMessagingService` saved for the organization, if
        any.

        ``GET /api/twilio-10dlc/messaging-service/selected``
        """
        return await self._call_async(_ops.TEN_DLC_GET_SELECTED_TWILIO_MESSAGING_SERVICE, {}, options)

    async def select_twilio_campaign(
        self,
        *,
        campaign_id: str,
        messaging_service_sid: str,
        brand_sid: str,
        **options: Unpack[RequestOptions],
    ) -> Dict[str, Any]:
        """Choose the Twilio 10DLC campaign for new numbers

        Saves the Twilio campaign, with its Messaging Service and brand, that Burki uses for the organization's
        new Twilio numbers. It stores the choice in the organization's settings; it does not change numbers you
        already have.

        Args:
            campaign_id: Twilio campaign id (`QE...`), from `listTwilioCampaigns`.
            messaging_service_sid: The Messaging Service (`MG...`) the campaign is registered on.
            brand_sid: The brand registration (`BN...`) of the campaign.

        ``POST /api/twilio-10dlc/campaign/select``
        """
        return await self._call_async(
            _ops.TEN_DLC_SELECT_TWILIO_CAMPAIGN,
            {
                "campaign_id": campaign_id,
                "messaging_service_sid": messaging_service_sid,
                "brand_sid": brand_sid,
            },
            options,
        )

    async def get_selected_twilio_campaign(self, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """Get the Twilio 10DLC campaign chosen for new numbers

        Returns the Twilio campaign that `selectTwilioCampaign` saved for the organization, if any.

        ``GET /api/twilio-10dlc/campaign/selected``
        """
        return await self._call_async(_ops.TEN_DLC_GET_SELECTED_TWILIO_CAMPAIGN, {}, options)

    async def list_vonage_brands(self, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """List the organization's Vonage 10DLC brands

        Fetches the 10DLC brands of the organization's Vonage account. Not paginated. Missing Vonage credentials
        answer 400.

        ``GET /api/vonage-10dlc/brands``
        """
        return await self._call_async(_ops.TEN_DLC_LIST_VONAGE_BRANDS, {}, options)

    async def list_vonage_campaigns(self, brand_id: str, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """List a Vonage brand's 10DLC campaigns

        Fetches the 10DLC campaigns of one Vonage brand. Not paginated.

        Args:
            brand_id: Vonage brand id, from `listVonageBrands`.

        ``GET /api/vonage-10dlc/brands/{brand_id}/campaigns``
        """
        return await self._call_async(_ops.TEN_DLC_LIST_VONAGE_CAMPAIGNS, {"brand_id": brand_id}, options)

    async def select_vonage_campaign(
        self,
        *,
        campaign_id: str,
        brand_id: str,
        usecase: str,
        description: str,
        **options: Unpack[RequestOptions],
    ) -> Dict[str, Any]:
        """Choose the Vonage 10DLC campaign for new numbers

        Saves the Vonage campaign that Burki assigns to the organization's new Vonage numbers. All four fields are
        required. It stores the choice in the organization's settings; it does not change numbers you already
        have.

        Args:
            campaign_id: Vonage campaign id, from `listVonageCampaigns`.
            brand_id: Vonage brand id the campaign belongs to, from `listVonageBrands`.
            usecase: The campaign's use case as registered (for example `appointment_reminders`).
            description: What the campaign's messages are for.

        ``POST /api/vonage-10dlc/campaign/select``
        """
        return await self._call_async(
            _ops.TEN_DLC_SELECT_VONAGE_CAMPAIGN,
            {
                "campaign_id": campaign_id,
                "brand_id": brand_id,
                "usecase": usecase,
                "description": description,
            },
            options,
        )

    async def get_selected_vonage_campaign(self, **options: Unpack[RequestOptions]) -> Dict[str, Any]:
        """Get the Vonage 10DLC campaign chosen for new numbers

        Returns the Vonage campaign that `selectVonageCampaign` saved for the organization, if any.

        ``GET /api/vonage-10dlc/campaign/selected``
        """
        return await self._call_async(_ops.TEN_DLC_GET_SELECTED_VONAGE_CAMPAIGN, {}, options)


class TenDlcWithRawResponse:
    def __init__(self, resource: TenDlc) -> None:
        self.list_telnyx_brands = to_raw_response(resource.list_telnyx_brands)
        self.list_telnyx_brands_async = async_to_raw_response(resource.list_telnyx_brands_async)
        self.list_telnyx_campaigns = to_raw_response(resource.list_telnyx_campaigns)
        self.list_telnyx_campaigns_async = async_to_raw_response(resource.list_telnyx_campaigns_async)
        self.select_telnyx_campaign = to_raw_response(resource.select_telnyx_campaign)
        self.select_telnyx_campaign_async = async_to_raw_response(resource.select_telnyx_campaign_async)
        self.get_selected_telnyx_campaign = to_raw_response(resource.get_selected_telnyx_campaign)
        self.get_selected_telnyx_campaign_async = async_to_raw_response(resource.get_selected_telnyx_campaign_async)
        self.get_telnyx_number_status = to_raw_response(resource.get_telnyx_number_status)
        self.get_telnyx_number_status_async = async_to_raw_response(resource.get_telnyx_number_status_async)
        self.list_twilio_messaging_services = to_raw_response(resource.list_twilio_messaging_services)
        self.list_twilio_messaging_services_async = async_to_raw_response(resource.list_twilio_messaging_services_async)
        self.list_twilio_campaigns = to_raw_response(resource.list_twilio_campaigns)
        self.list_twilio_campaigns_async = async_to_raw_response(resource.list_twilio_campaigns_async)
        self.select_twilio_messaging_service = to_raw_response(resource.select_twilio_messaging_service)
        self.select_twilio_messaging_service_async = async_to_raw_response(
            resource.select_twilio_messaging_service_async,
        )
        self.get_selected_twilio_messaging_service = to_raw_response(resource.get_selected_twilio_messaging_service)
        self.get_selected_twilio_messaging_service_async = async_to_raw_response(
            resource.get_selected_twilio_messaging_service_async,
        )
        self.select_twilio_campaign = to_raw_response(resource.select_twilio_campaign)
        self.select_twilio_campaign_async = async_to_raw_response(resource.select_twilio_campaign_async)
        self.get_selected_twilio_campaign = to_raw_response(resource.get_selected_twilio_campaign)
        self.get_selected_twilio_campaign_async = async_to_raw_response(resource.get_selected_twilio_campaign_async)
        self.list_vonage_brands = to_raw_response(resource.list_vonage_brands)
        self.list_vonage_brands_async = async_to_raw_response(resource.list_vonage_brands_async)
        self.list_vonage_campaigns = to_raw_response(resource.list_vonage_campaigns)
        self.list_vonage_campaigns_async = async_to_raw_response(resource.list_vonage_campaigns_async)
        self.select_vonage_campaign = to_raw_response(resource.select_vonage_campaign)
        self.select_vonage_campaign_async = async_to_raw_response(resource.select_vonage_campaign_async)
        self.get_selected_vonage_campaign = to_raw_response(resource.get_selected_vonage_campaign)
        self.get_selected_vonage_campaign_async = async_to_raw_response(resource.get_selected_vonage_campaign_async)


class AsyncTenDlcWithRawResponse:
    def __init__(self, resource: AsyncTenDlc) -> None:
        self.list_telnyx_brands = async_to_raw_response(resource.list_telnyx_brands)
        self.list_telnyx_campaigns = async_to_raw_response(resource.list_telnyx_campaigns)
        self.select_telnyx_campaign = async_to_raw_response(resource.select_telnyx_campaign)
        self.get_selected_telnyx_campaign = async_to_raw_response(resource.get_selected_telnyx_campaign)
        self.get_telnyx_number_status = async_to_raw_response(resource.get_telnyx_number_status)
        self.list_twilio_messaging_services = async_to_raw_response(resource.list_twilio_messaging_services)
        self.list_twilio_campaigns = async_to_raw_response(resource.list_twilio_campaigns)
        self.select_twilio_messaging_service = async_to_raw_response(resource.select_twilio_messaging_service)
        self.get_selected_twilio_messaging_service = async_to_raw_response(
            resource.get_selected_twilio_messaging_service,
        )
        self.select_twilio_campaign = async_to_raw_response(resource.select_twilio_campaign)
        self.get_selected_twilio_campaign = async_to_raw_response(resource.get_selected_twilio_campaign)
        self.list_vonage_brands = async_to_raw_response(resource.list_vonage_brands)
        self.list_vonage_campaigns = async_to_raw_response(resource.list_vonage_campaigns)
        self.select_vonage_campaign = async_to_raw_response(resource.select_vonage_campaign)
        self.get_selected_vonage_campaign = async_to_raw_response(resource.get_selected_vonage_campaign)

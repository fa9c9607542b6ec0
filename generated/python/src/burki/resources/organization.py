# Generated from the Burki API 1.0.0 spec; do not edit.
"""The caller's organization: its settings and stored carrier and provider credentials, new organizations, Twilio
credential checks, the configuration checklist and speech-provider concurrency limits.
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
    ConcurrencySettings,
    Organization,
    OrganizationConfigurationStatus,
    ProviderConcurrencySettings,
    ValidateTwilioResponse,
)



class OrganizationResource(Resource):
    """The caller's organization: its settings and stored carrier and provider credentials, new organizations, Twilio
    credential checks, the configuration checklist and speech-provider concurrency limits.
    """

    @cached_property
    def with_raw_response(self) -> OrganizationResourceWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return OrganizationResourceWithRawResponse(self)

    def get(self, **options: Unpack[RequestOptions]) -> Organization:
        """Get the caller's organization

        Returns the caller's organization with its settings and stored credentials. The response contains secrets
        (carrier tokens, SIP password, provider API keys): never log it.

        ``GET /api/v1/organization``
        """
        return self._call(_ops.ORGANIZATION_GET, {}, options)

    async def get_async(self, **options: Unpack[RequestOptions]) -> Organization:
        """Get the caller's organization

        Returns the caller's organization with its settings and stored credentials. The response contains secrets
        (carrier tokens, SIP password, provider API keys): never log it.

        ``GET /api/v1/organization``
        """
        return await self._call_async(_ops.ORGANIZATION_GET, {}, options)

    def update(
        self,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        domain: Union[Optional[str], NotGiven] = NOT_GIVEN,
        settings: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        api_keys: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        twilio_account_sid: Union[Optional[str], NotGiven] = NOT_GIVEN,
        twilio_auth_token: Union[Optional[str], NotGiven] = NOT_GIVEN,
        telnyx_api_key: Union[Optional[str], NotGiven] = NOT_GIVEN,
        telnyx_connection_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        vonage_api_key: Union[Optional[str], NotGiven] = NOT_GIVEN,
        vonage_api_secret: Union[Optional[str], NotGiven] = NOT_GIVEN,
        vonage_application_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        vonage_private_key: Union[Optional[str], NotGiven] = NOT_GIVEN,
        vonage_signature_secret: Union[Optional[str], NotGiven] = NOT_GIVEN,
        vonage_api_region: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sip_gateway: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sip_username: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sip_password: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sip_trunk_config: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Organization:
        """Update the caller's organization

        Organization admins only: other users get `403`. Changes the fields sent (name, settings, provider keys,
        carrier credentials, Vonage and SIP settings) and leaves the others alone, although the method is PUT.
        `settings`, `api_keys` and `sip_trunk_config`, when sent, replace the stored objects. When HIPAA/BAA
        requirements block bring-your-own keys, the keys may be stored without being activated.

        Args:
            name: Display name.
            description: What the organization does.
            domain: The organization's email or web domain.
            settings: Organization-wide settings (for example `default_timezone`); replaces the stored
                object. The keys are user data and are never renamed by the SDK.
            api_keys: Provider credentials to store, keyed by provider. Secret.
            twilio_account_sid: Twilio Account SID (`AC...`, not an API key SID `SK...`). Check it first
                with `organization.validateTwilioCredentials`.
            twilio_auth_token: Twilio auth token. Secret.
            telnyx_api_key: Telnyx API key. Secret.
            telnyx_connection_id: Telnyx connection (application) id.
            vonage_api_key: Vonage API key.
            vonage_api_secret: Vonage API secret. Secret.
            vonage_application_id: Vonage application id.
            vonage_private_key: Vonage application private key (PEM). Secret.
            vonage_signature_secret: Secret Vonage signs its webhooks with. Secret.
            vonage_api_region: Vonage API region.
            sip_gateway: SIP gateway host for bring-your-own SIP.
            sip_username: SIP username.
            sip_password: SIP password. Secret.
            sip_trunk_config: SIP trunk settings (for example `sip_domain`, `inbound_enabled`), passed
                through unchanged; the server does not declare their keys.

        ``PUT /api/v1/organization``
        """
        return self._call(
            _ops.ORGANIZATION_UPDATE,
            {
                "name": name,
                "description": description,
                "domain": domain,
                "settings": settings,
                "api_keys": api_keys,
                "twilio_account_sid": twilio_account_sid,
                "twilio_auth_token": twilio_auth_token,
                "telnyx_api_key": telnyx_api_key,
                "telnyx_connection_id": telnyx_connection_id,
                "vonage_api_key": vonage_api_key,
                "vonage_api_secret": vonage_api_secret,
                "vonage_application_id": vonage_application_id,
                "vonage_private_key": vonage_private_key,
                "vonage_signature_secret": vonage_signature_secret,
                "vonage_api_region": vonage_api_region,
                "sip_gateway": sip_gateway,
                "sip_username": sip_username,
                "sip_password": sip_password,
                "sip_trunk_config": sip_trunk_config,
            },
            options,
        )

    async def update_async(
        self,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        domain: Union[Optional[str], NotGiven] = NOT_GIVEN,
        settings: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        api_keys: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        twilio_account_sid: Union[Optional[str], NotGiven] = NOT_GIVEN,
        twilio_auth_token: Union[Optional[str], NotGiven] = NOT_GIVEN,
        telnyx_api_key: Union[Optional[str], NotGiven] = NOT_GIVEN,
        telnyx_connection_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        vonage_api_key: Union[Optional[str], NotGiven] = NOT_GIVEN,
        vonage_api_secret: Union[Optional[str], NotGiven] = NOT_GIVEN,
        vonage_application_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        vonage_private_key: Union[Optional[str], NotGiven] = NOT_GIVEN,
        vonage_signature_secret: Union[Optional[str], NotGiven] = NOT_GIVEN,
        vonage_api_region: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sip_gateway: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sip_username: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sip_password: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sip_trunk_config: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Organization:
        """Update the caller's organization

        Organization admins only: other users get `403`. Changes the fields sent (name, settings, provider keys,
        carrier credentials, Vonage and SIP settings) and leaves the others alone, although the method is PUT.
        `settings`, `api_keys` and `sip_trunk_config`, when sent, replace the stored objects. When HIPAA/BAA
        requirements block bring-your-own keys, the keys may be stored without being activated.

        Args:
            name: Display name.
            description: What the organization does.
            domain: The organization's email or web domain.
            settings: Organization-wide settings (for example `default_timezone`); replaces the stored
                object. The keys are user data and are never renamed by the SDK.
            api_keys: Provider credentials to store, keyed by provider. Secret.
            twilio_account_sid: Twilio Account SID (`AC...`, not an API key SID `SK...`). Check it first
                with `organization.validateTwilioCredentials`.
            twilio_auth_token: Twilio auth token. Secret.
            telnyx_api_key: Telnyx API key. Secret.
            telnyx_connection_id: Telnyx connection (application) id.
            vonage_api_key: Vonage API key.
            vonage_api_secret: Vonage API secret. Secret.
            vonage_application_id: Vonage application id.
            vonage_private_key: Vonage application private key (PEM). Secret.
            vonage_signature_secret: Secret Vonage signs its webhooks with. Secret.
            vonage_api_region: Vonage API region.
            sip_gateway: SIP gateway host for bring-your-own SIP.
            sip_username: SIP username.
            sip_password: SIP password. Secret.
            sip_trunk_config: SIP trunk settings (for example `sip_domain`, `inbound_enabled`), passed
                through unchanged; the server does not declare their keys.

        ``PUT /api/v1/organization``
        """
        return await self._call_async(
            _ops.ORGANIZATION_UPDATE,
            {
                "name": name,
                "description": description,
                "domain": domain,
                "settings": settings,
                "api_keys": api_keys,
                "twilio_account_sid": twilio_account_sid,
                "twilio_auth_token": twilio_auth_token,
                "telnyx_api_key": telnyx_api_key,
                "telnyx_connection_id": telnyx_connection_id,
                "vonage_api_key": vonage_api_key,
                "vonage_api_secret": vonage_api_secret,
                "vonage_application_id": vonage_application_id,
                "vonage_private_key": vonage_private_key,
                "vonage_signature_secret": vonage_signature_secret,
                "vonage_api_region": vonage_api_region,
                "sip_gateway": sip_gateway,
                "sip_username": sip_username,
                "sip_password": sip_password,
                "sip_trunk_config": sip_trunk_config,
            },
            options,
        )

    def create(
        self,
        *,
        name: str,
        slug: Union[Optional[str], NotGiven] = NOT_GIVEN,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        domain: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Organization:
        """Create an organization

        Creates a new organization with the caller as its admin and answers 200 (not 201) with it. Trial credits
        come only with the caller's first eligible organization; later ones start without them.

        Args:
            name: Display name.
            slug: URL-safe unique name; derived from `name` when left out.
            description: What the organization does.
            domain: The organization's email or web domain.

        ``POST /api/v1/organization/create``
        """
        return self._call(
            _ops.ORGANIZATION_CREATE,
            {
                "name": name,
                "slug": slug,
                "description": description,
                "domain": domain,
            },
            options,
        )

    async def create_async(
        self,
        *,
        name: str,
        slug: Union[Optional[str], NotGiven] = NOT_GIVEN,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        domain: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Organization:
        """Create an organization

        Creates a new organization with the caller as its admin and answers 200 (not 201) with it. Trial credits
        come only with the caller's first eligible organization; later ones start without them.

        Args:
            name: Display name.
            slug: URL-safe unique name; derived from `name` when left out.
            description: What the organization does.
            domain: The organization's email or web domain.

        ``POST /api/v1/organization/create``
        """
        return await self._call_async(
            _ops.ORGANIZATION_CREATE,
            {
                "name": name,
                "slug": slug,
                "description": description,
                "domain": domain,
            },
            options,
        )

    def validate_twilio_credentials(
        self,
        *,
        account_sid: str,
        auth_token: str,
        **options: Unpack[RequestOptions],
    ) -> ValidateTwilioResponse:
        """Check Twilio credentials

        Organization admins only: other users get `403`. Asks Twilio whether an Account SID and auth token work,
        without saving them; it catches an API key SID (`SK...`) sent in place of the Account SID. Invalid
        credentials are a normal `200` answer with `valid: false`.

        Args:
            account_sid: The Twilio Account SID (`AC...`). An API key SID (`SK...`) is reported as invalid.
            auth_token: The account's auth token. Secret; it is only checked, not stored.

        ``POST /api/v1/organization/twilio/validate``
        """
        return self._call(
            _ops.ORGANIZATION_VALIDATE_TWILIO_CREDENTIALS,
            {
                "account_sid": account_sid,
                "auth_token": auth_token,
            },
            options,
        )

    async def validate_twilio_credentials_async(
        self,
        *,
        account_sid: str,
        auth_token: str,
        **options: Unpack[RequestOptions],
    ) -> ValidateTwilioResponse:
        """Check Twilio credentials

        Organization admins only: other users get `403`. Asks Twilio whether an Account SID and auth token work,
        without saving them; it catches an API key SID (`SK...`) sent in place of the Account SID. Invalid
        credentials are a normal `200` answer with `valid: false`.

        Args:
            account_sid: The Twilio Account SID (`AC...`). An API key SID (`SK...`) is reported as invalid.
            auth_token: The account's auth token. Secret; it is only checked, not stored.

        ``POST /api/v1/organization/twilio/validate``
        """
        return await self._call_async(
            _ops.ORGANIZATION_VALIDATE_TWILIO_CREDENTIALS,
            {
                "account_sid": account_sid,
                "auth_token": auth_token,
            },
            options,
        )

    def get_configuration_status(self, **options: Unpack[RequestOptions]) -> OrganizationConfigurationStatus:
        """Check what the organization still has to configure

        Returns which services the organization needs are configured and which are missing, for showing set-up
        warnings. The server types the body as a free-form object and documents none of its keys.

        ``GET /api/v1/organization/configuration-status``
        """
        return self._call(_ops.ORGANIZATION_GET_CONFIGURATION_STATUS, {}, options)

    async def get_configuration_status_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> OrganizationConfigurationStatus:
        """Check what the organization still has to configure

        Returns which services the organization needs are configured and which are missing, for showing set-up
        warnings. The server types the body as a free-form object and documents none of its keys.

        ``GET /api/v1/organization/configuration-status``
        """
        return await self._call_async(_ops.ORGANIZATION_GET_CONFIGURATION_STATUS, {}, options)

    def get_concurrency_settings(self, **options: Unpack[RequestOptions]) -> ConcurrencySettings:
        """Get the speech-provider concurrency limits

        Organization admins only: other users get `403`. Returns how many simultaneous sessions the organization
        opens with each TTS and STT provider.

        ``GET /api/v1/organization/concurrency-settings``
        """
        return self._call(_ops.ORGANIZATION_GET_CONCURRENCY_SETTINGS, {}, options)

    async def get_concurrency_settings_async(self, **options: Unpack[RequestOptions]) -> ConcurrencySettings:
        """Get the speech-provider concurrency limits

        Organization admins only: other users get `403`. Returns how many simultaneous sessions the organization
        opens with each TTS and STT provider.

        ``GET /api/v1/organization/concurrency-settings``
        """
        return await self._call_async(_ops.ORGANIZATION_GET_CONCURRENCY_SETTINGS, {}, options)

    def update_concurrency_settings(
        self,
        *,
        tts: Union[Optional[Mapping[str, Union[ProviderConcurrencySettings, Mapping[str, Any]]]], NotGiven] = NOT_GIVEN,
        stt: Union[Optional[Mapping[str, Union[ProviderConcurrencySettings, Mapping[str, Any]]]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ConcurrencySettings:
        """Change the speech-provider concurrency limits

        Organization admins only: other users get `403`. Sets the limits for the providers sent; a kind (`tts`,
        `stt`) left out keeps its limits.

        Args:
            tts: Text-to-speech limits keyed by provider (`elevenlabs`, `cartesia`, ...).
            stt: Speech-to-text limits keyed by provider (`deepgram`, ...).

        ``PUT /api/v1/organization/concurrency-settings``
        """
        return self._call(_ops.ORGANIZATION_UPDATE_CONCURRENCY_SETTINGS, {"tts": tts, "stt": stt}, options)

    async def update_concurrency_settings_async(
        self,
        *,
        tts: Union[Optional[Mapping[str, Union[ProviderConcurrencySettings, Mapping[str, Any]]]], NotGiven] = NOT_GIVEN,
        stt: Union[Optional[Mapping[str, Union[ProviderConcurrencySettings, Mapping[str, Any]]]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ConcurrencySettings:
        """Change the speech-provider concurrency limits

        Organization admins only: other users get `403`. Sets the limits for the providers sent; a kind (`tts`,
        `stt`) left out keeps its limits.

        Args:
            tts: Text-to-speech limits keyed by provider (`elevenlabs`, `cartesia`, ...).
            stt: Speech-to-text limits keyed by provider (`deepgram`, ...).

        ``PUT /api/v1/organization/concurrency-settings``
        """
        return await self._call_async(_ops.ORGANIZATION_UPDATE_CONCURRENCY_SETTINGS, {"tts": tts, "stt": stt}, options)


class AsyncOrganizationResource(Resource):
    """The caller's organization: its settings and stored carrier and provider credentials, new organizations, Twilio
    credential checks, the configuration checklist and speech-provider concurrency limits.

    The async form of ``OrganizationResource``.
    """

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationResourceWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return AsyncOrganizationResourceWithRawResponse(self)

    async def get(self, **options: Unpack[RequestOptions]) -> Organization:
        """Get the caller's organization

        Returns the caller's organization with its settings and stored credentials. The response contains secrets
        (carrier tokens, SIP password, provider API keys): never log it.

        ``GET /api/v1/organization``
        """
        return await self._call_async(_ops.ORGANIZATION_GET, {}, options)

    async def update(
        self,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        domain: Union[Optional[str], NotGiven] = NOT_GIVEN,
        settings: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        api_keys: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        twilio_account_sid: Union[Optional[str], NotGiven] = NOT_GIVEN,
        twilio_auth_token: Union[Optional[str], NotGiven] = NOT_GIVEN,
        telnyx_api_key: Union[Optional[str], NotGiven] = NOT_GIVEN,
        telnyx_connection_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        vonage_api_key: Union[Optional[str], NotGiven] = NOT_GIVEN,
        vonage_api_secret: Union[Optional[str], NotGiven] = NOT_GIVEN,
        vonage_application_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        vonage_private_key: Union[Optional[str], NotGiven] = NOT_GIVEN,
        vonage_signature_secret: Union[Optional[str], NotGiven] = NOT_GIVEN,
        vonage_api_region: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sip_gateway: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sip_username: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sip_password: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sip_trunk_config: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Organization:
        """Update the caller's organization

        Organization admins only: other users get `403`. Changes the fields sent (name, settings, provider keys,
        carrier credentials, Vonage and SIP settings) and leaves the others alone, although the method is PUT.
        `settings`, `api_keys` and `sip_trunk_config`, when sent, replace the stored objects. When HIPAA/BAA
        requirements block bring-your-own keys, the keys may be stored without being activated.

        Args:
            name: Display name.
            description: What the organization does.
            domain: The organization's email or web domain.
            settings: Organization-wide settings (for example `default_timezone`); replaces the stored
                object. The keys are user data and are never renamed by the SDK.
            api_keys: Provider credentials to store, keyed by provider. Secret.
            twilio_account_sid: Twilio Account SID (`AC...`, not an API key SID `SK...`). Check it first
                with `organization.validateTwilioCredentials`.
            twilio_auth_token: Twilio auth token. Secret.
            telnyx_api_key: Telnyx API key. Secret.
            telnyx_connection_id: Telnyx connection (application) id.
            vonage_api_key: Vonage API key.
            vonage_api_secret: Vonage API secret. Secret.
            vonage_application_id: Vonage application id.
            vonage_private_key: Vonage application private key (PEM). Secret.
            vonage_signature_secret: Secret Vonage signs its webhooks with. Secret.
            vonage_api_region: Vonage API region.
            sip_gateway: SIP gateway host for bring-your-own SIP.
            sip_username: SIP username.
            sip_password: SIP password. Secret.
            sip_trunk_config: SIP trunk settings (for example `sip_domain`, `inbound_enabled`), passed
                through unchanged; the server does not declare their keys.

        ``PUT /api/v1/organization``
        """
        return await self._call_async(
            _ops.ORGANIZATION_UPDATE,
            {
                "name": name,
                "description": description,
                "domain": domain,
                "settings": settings,
                "api_keys": api_keys,
                "twilio_account_sid": twilio_account_sid,
                "twilio_auth_token": twilio_auth_token,
                "telnyx_api_key": telnyx_api_key,
                "telnyx_connection_id": telnyx_connection_id,
                "vonage_api_key": vonage_api_key,
                "vonage_api_secret": vonage_api_secret,
                "vonage_application_id": vonage_application_id,
                "vonage_private_key": vonage_private_key,
                "vonage_signature_secret": vonage_signature_secret,
                "vonage_api_region": vonage_api_region,
                "sip_gateway": sip_gateway,
                "sip_username": sip_username,
                "sip_password": sip_password,
                "sip_trunk_config": sip_trunk_config,
            },
            options,
        )

    async def create(
        self,
        *,
        name: str,
        slug: Union[Optional[str], NotGiven] = NOT_GIVEN,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        domain: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Organization:
        """Create an organization

        Creates a new organization with the caller as its admin and answers 200 (not 201) with it. Trial credits
        come only with the caller's first eligible organization; later ones start without them.

        Args:
            name: Display name.
            slug: URL-safe unique name; derived from `name` when left out.
            description: What the organization does.
            domain: The organization's email or web domain.

        ``POST /api/v1/organization/create``
        """
        return await self._call_async(
            _ops.ORGANIZATION_CREATE,
            {
                "name": name,
                "slug": slug,
                "description": description,
                "domain": domain,
            },
            options,
        )

    async def validate_twilio_credentials(
        self,
        *,
        account_sid: str,
        auth_token: str,
        **options: Unpack[RequestOptions],
    ) -> ValidateTwilioResponse:
        """Check Twilio credentials

        Organization admins only: other users get `403`. Asks Twilio whether an Account SID and auth token work,
        without saving them; it catches an API key SID (`SK...`) sent in place of the Account SID. Invalid
        credentials are a normal `200` answer with `valid: false`.

        Args:
            account_sid: The Twilio Account SID (`AC...`). An API key SID (`SK...`) is reported as invalid.
            auth_token: The account's auth token. Secret; it is only checked, not stored.

        ``POST /api/v1/organization/twilio/validate``
        """
        return await self._call_async(
            _ops.ORGANIZATION_VALIDATE_TWILIO_CREDENTIALS,
            {
                "account_sid": account_sid,
                "auth_token": auth_token,
            },
            options,
        )

    async def get_configuration_status(self, **options: Unpack[RequestOptions]) -> OrganizationConfigurationStatus:
        """Check what the organization still has to configure

        Returns which services the organization needs are configured and which are missing, for showing set-up
        warnings. The server types the body as a free-form object and documents none of its keys.

        ``GET /api/v1/organization/configuration-status``
        """
        return await self._call_async(_ops.ORGANIZATION_GET_CONFIGURATION_STATUS, {}, options)

    async def get_concurrency_settings(self, **options: Unpack[RequestOptions]) -> ConcurrencySettings:
        """Get the speech-provider concurrency limits

        Organization admins only: other users get `403`. Returns how many simultaneous sessions the organization
        opens with each TTS and STT provider.

        ``GET /api/v1/organization/concurrency-settings``
        """
        return await self._call_async(_ops.ORGANIZATION_GET_CONCURRENCY_SETTINGS, {}, options)

    async def update_concurrency_settings(
        self,
        *,
        tts: Union[Optional[Mapping[str, Union[ProviderConcurrencySettings, Mapping[str, Any]]]], NotGiven] = NOT_GIVEN,
        stt: Union[Optional[Mapping[str, Union[ProviderConcurrencySettings, Mapping[str, Any]]]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ConcurrencySettings:
        """Change the speech-provider concurrency limits

        Organization admins only: other users get `403`. Sets the limits for the providers sent; a kind (`tts`,
        `stt`) left out keeps its limits.

        Args:
            tts: Text-to-speech limits keyed by provider (`elevenlabs`, `cartesia`, ...).
            stt: Speech-to-text limits keyed by provider (`deepgram`, ...).

        ``PUT /api/v1/organization/concurrency-settings``
        """
        return await self._call_async(_ops.ORGANIZATION_UPDATE_CONCURRENCY_SETTINGS, {"tts": tts, "stt": stt}, options)


class OrganizationResourceWithRawResponse:
    def __init__(self, resource: OrganizationResource) -> None:
        self.get = to_raw_response(resource.get)
        self.get_async = async_to_raw_response(resource.get_async)
        self.update = to_raw_response(resource.update)
        self.update_async = async_to_raw_response(resource.update_async)
        self.create = to_raw_response(resource.create)
        self.create_async = async_to_raw_response(resource.create_async)
        self.validate_twilio_credentials = to_raw_response(resource.validate_twilio_credentials)
        self.validate_twilio_credentials_async = async_to_raw_response(resource.validate_twilio_credentials_async)
        self.get_configuration_status = to_raw_response(resource.get_configuration_status)
        self.get_configuration_status_async = async_to_raw_response(resource.get_configuration_status_async)
        self.get_concurrency_settings = to_raw_response(resource.get_concurrency_settings)
        self.get_concurrency_settings_async = async_to_raw_response(resource.get_concurrency_settings_async)
        self.update_concurrency_settings = to_raw_response(resource.update_concurrency_settings)
        self.update_concurrency_settings_async = async_to_raw_response(resource.update_concurrency_settings_async)


class AsyncOrganizationResourceWithRawResponse:
    def __init__(self, resource: AsyncOrganizationResource) -> None:
        self.get = async_to_raw_response(resource.get)
        self.update = async_to_raw_response(resource.update)
        self.create = async_to_raw_response(resource.create)
        self.validate_twilio_credentials = async_to_raw_response(resource.validate_twilio_credentials)
        self.get_configuration_status = async_to_raw_response(resource.get_configuration_status)
        self.get_concurrency_settings = async_to_raw_response(resource.get_concurrency_settings)
        self.update_concurrency_settings = async_to_raw_response(resource.update_concurrency_settings)

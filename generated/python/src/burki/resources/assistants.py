# Generated from the Burki API 1.0.0 spec; do not edit.
"""Create and configure voice assistants: language model, voice, speech recognition, tools, webhooks and recording."""

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
    Assistant,
    BackchannelSettings,
    ClonedVoiceList,
    Count,
    InterruptionSettings,
    LlmFallbackSettings,
    LlmProviderCatalog,
    LlmProviderConfig,
    LlmSettings,
    OrganizationInfo,
    RagSettings,
    RecordingSettings,
    SttSettings,
    ToolsSettings,
    TtsSettings,
)



class Assistants(Resource):
    """Create and configure voice assistants: language model, voice, speech recognition, tools, webhooks and
    recording.
    """

    @cached_property
    def with_raw_response(self) -> AssistantsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return AssistantsWithRawResponse(self)

    def list(
        self,
        *,
        skip: Union[int, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        active_only: Union[bool, NotGiven] = NOT_GIVEN,
        my_assistants_only: Union[bool, NotGiven] = NOT_GIVEN,
        include_stats: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Assistant]:
        """List assistants

        Returns the organization's assistants as a plain array, newest configuration included. Page with `skip`
        and `limit`; the response carries no total, so keep requesting until a page is shorter than `limit`.

        Args:
            skip: How many records to skip before the first one returned.
            limit: Largest number of records to return.
            active_only: Only consider active assistants.
            my_assistants_only: Only return assistants created by the calling user.
            include_stats: Fill in `total_calls`, `avg_call_duration` and `success_rate` on each assistant.

        ``GET /api/v1/assistants``
        """
        return self._list(
            _ops.ASSISTANTS_LIST,
            {
                "skip": skip,
                "limit": limit,
                "active_only": active_only,
                "my_assistants_only": my_assistants_only,
                "include_stats": include_stats,
            },
            options,
        )

    def list_async(
        self,
        *,
        skip: Union[int, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        active_only: Union[bool, NotGiven] = NOT_GIVEN,
        my_assistants_only: Union[bool, NotGiven] = NOT_GIVEN,
        include_stats: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageRequest[Assistant]:
        """List assistants

        Returns the organization's assistants as a plain array, newest configuration included. Page with `skip`
        and `limit`; the response carries no total, so keep requesting until a page is shorter than `limit`.

        Args:
            skip: How many records to skip before the first one returned.
            limit: Largest number of records to return.
            active_only: Only consider active assistants.
            my_assistants_only: Only return assistants created by the calling user.
            include_stats: Fill in `total_calls`, `avg_call_duration` and `success_rate` on each assistant.

        ``GET /api/v1/assistants``
        """
        return self._list_async(
            _ops.ASSISTANTS_LIST,
            {
                "skip": skip,
                "limit": limit,
                "active_only": active_only,
                "my_assistants_only": my_assistants_only,
                "include_stats": include_stats,
            },
            options,
        )

    def create(
        self,
        *,
        name: str,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        llm_provider: Union[
            Optional[
                Union[
                    Literal[
                        "openai",
                        "azure",
                        "azure_ai_foundry",
                        "anthropic",
                        "gemini",
                        "groq",
                        "xai",
                        "custom",
                        "custom_websocket"
                    ],
                    str
                ]
            ],
            NotGiven
        ] = NOT_GIVEN,
        llm_provider_config: Union[Union[LlmProviderConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        llm_settings: Union[Union[LlmSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        webhook_url: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sms_webhook_url: Union[Optional[str], NotGiven] = NOT_GIVEN,
        messaging_service_sid: Union[Optional[str], NotGiven] = NOT_GIVEN,
        interruption_settings: Union[Union[InterruptionSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        tts_settings: Union[Union[TtsSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        stt_settings: Union[Union[SttSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        end_call_message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        transfer_call_message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        idle_message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        max_idle_messages: Union[Optional[int], NotGiven] = NOT_GIVEN,
        idle_timeout: Union[Optional[int], NotGiven] = NOT_GIVEN,
        max_call_length: Union[Optional[int], NotGiven] = NOT_GIVEN,
        conversation_continuity_enabled: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        tools_settings: Union[Union[ToolsSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        rag_settings: Union[Union[RagSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        llm_fallback_providers: Union[Union[LlmFallbackSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        bypass_numbers: Union[Optional[Sequence[str]], NotGiven] = NOT_GIVEN,
        custom_settings: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        is_active: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        backchannel_settings: Union[Optional[Union[BackchannelSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        recording_settings: Union[Optional[Union[RecordingSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        api_keys: Union[Optional[Mapping[str, Optional[str]]], NotGiven] = NOT_GIVEN,
        tts_limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        stt_limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Assistant:
        """Create an assistant

        Creates an assistant in the caller's organization and answers 201 with the stored record, including its
        id. Settings that are not sent take the server's defaults.

        Args:
            name: Display name; the docs ask for one that is unique in the organization.
            description: What the assistant is for.
            llm_provider: Language-model vendor.
            webhook_url: Where Burki posts voice events (`status-update`, `end-of-call-report`).
            sms_webhook_url: Where Burki posts inbound SMS events (`sms_received`).
            messaging_service_sid: Twilio Messaging Service SID used for SMS.
            end_call_message: What the assistant says before it hangs up.
            transfer_call_message: What the assistant says before it transfers the call.
            idle_message: What the assistant says when the caller stays silent.
            max_idle_messages: Idle messages before the call is ended.
            idle_timeout: Seconds of silence before an idle message.
            max_call_length: Longest call in seconds; the call ends when it is reached. `null` means no
                limit.
            conversation_continuity_enabled: Carry the conversation over when the same number calls again
                within 15 minutes.
            bypass_numbers: E.164 numbers that skip the assistant and go straight to the transfer number.
            custom_settings: Free-form settings, passed through unchanged (for example
                `structured_data_prompt` and `structured_data_schema` for end-of-call data extraction).
            is_active: Whether the assistant answers and places calls.
            api_keys: Assistant-level provider keys that override the organization's keys.
            tts_limit: Concurrent text-to-speech sessions; only used with the assistant's own TTS key.
            stt_limit: Concurrent speech-to-text sessions; only used with the assistant's own STT key.

        ``POST /api/v1/assistants``
        """
        return self._call(
            _ops.ASSISTANTS_CREATE,
            {
                "name": name,
                "description": description,
                "llm_provider": llm_provider,
                "llm_provider_config": llm_provider_config,
                "llm_settings": llm_settings,
                "webhook_url": webhook_url,
                "sms_webhook_url": sms_webhook_url,
                "messaging_service_sid": messaging_service_sid,
                "interruption_settings": interruption_settings,
                "tts_settings": tts_settings,
                "stt_settings": stt_settings,
                "end_call_message": end_call_message,
                "transfer_call_message": transfer_call_message,
                "idle_message": idle_message,
                "max_idle_messages": max_idle_messages,
                "idle_timeout": idle_timeout,
                "max_call_length": max_call_length,
                "conversation_continuity_enabled": conversation_continuity_enabled,
                "tools_settings": tools_settings,
                "rag_settings": rag_settings,
                "llm_fallback_providers": llm_fallback_providers,
                "bypass_numbers": bypass_numbers,
                "custom_settings": custom_settings,
                "is_active": is_active,
                "backchannel_settings": backchannel_settings,
                "recording_settings": recording_settings,
                "api_keys": api_keys,
                "tts_limit": tts_limit,
                "stt_limit": stt_limit,
            },
            options,
        )

    async def create_async(
        self,
        *,
        name: str,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        llm_provider: Union[
            Optional[
                Union[
                    Literal[
                        "openai",
                        "azure",
                        "azure_ai_foundry",
                        "anthropic",
                        "gemini",
                        "groq",
                        "xai",
                        "custom",
                        "custom_websocket"
                    ],
                    str
                ]
            ],
            NotGiven
        ] = NOT_GIVEN,
        llm_provider_config: Union[Union[LlmProviderConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        llm_settings: Union[Union[LlmSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        webhook_url: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sms_webhook_url: Union[Optional[str], NotGiven] = NOT_GIVEN,
        messaging_service_sid: Union[Optional[str], NotGiven] = NOT_GIVEN,
        interruption_settings: Union[Union[InterruptionSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        tts_settings: Union[Union[TtsSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        stt_settings: Union[Union[SttSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        end_call_message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        transfer_call_message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        idle_message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        max_idle_messages: Union[Optional[int], NotGiven] = NOT_GIVEN,
        idle_timeout: Union[Optional[int], NotGiven] = NOT_GIVEN,
        max_call_length: Union[Optional[int], NotGiven] = NOT_GIVEN,
        conversation_continuity_enabled: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        tools_settings: Union[Union[ToolsSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        rag_settings: Union[Union[RagSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        llm_fallback_providers: Union[Union[LlmFallbackSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        bypass_numbers: Union[Optional[Sequence[str]], NotGiven] = NOT_GIVEN,
        custom_settings: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        is_active: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        backchannel_settings: Union[Optional[Union[BackchannelSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        recording_settings: Union[Optional[Union[RecordingSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        api_keys: Union[Optional[Mapping[str, Optional[str]]], NotGiven] = NOT_GIVEN,
        tts_limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        stt_limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Assistant:
        """Create an assistant

        Creates an assistant in the caller's organization and answers 201 with the stored record, including its
        id. Settings that are not sent take the server's defaults.

        Args:
            name: Display name; the docs ask for one that is unique in the organization.
            description: What the assistant is for.
            llm_provider: Language-model vendor.
            webhook_url: Where Burki posts voice events (`status-update`, `end-of-call-report`).
            sms_webhook_url: Where Burki posts inbound SMS events (`sms_received`).
            messaging_service_sid: Twilio Messaging Service SID used for SMS.
            end_call_message: What the assistant says before it hangs up.
            transfer_call_message: What the assistant says before it transfers the call.
            idle_message: What the assistant says when the caller stays silent.
            max_idle_messages: Idle messages before the call is ended.
            idle_timeout: Seconds of silence before an idle message.
            max_call_length: Longest call in seconds; the call ends when it is reached. `null` means no
                limit.
            conversation_continuity_enabled: Carry the conversation over when the same number calls again
                within 15 minutes.
            bypass_numbers: E.164 numbers that skip the assistant and go straight to the transfer number.
            custom_settings: Free-form settings, passed through unchanged (for example
                `structured_data_prompt` and `structured_data_schema` for end-of-call data extraction).
            is_active: Whether the assistant answers and places calls.
            api_keys: Assistant-level provider keys that override the organization's keys.
            tts_limit: Concurrent text-to-speech sessions; only used with the assistant's own TTS key.
            stt_limit: Concurrent speech-to-text sessions; only used with the assistant's own STT key.

        ``POST /api/v1/assistants``
        """
        return await self._call_async(
            _ops.ASSISTANTS_CREATE,
            {
                "name": name,
                "description": description,
                "llm_provider": llm_provider,
                "llm_provider_config": llm_provider_config,
                "llm_settings": llm_settings,
                "webhook_url": webhook_url,
                "sms_webhook_url": sms_webhook_url,
                "messaging_service_sid": messaging_service_sid,
                "interruption_settings": interruption_settings,
                "tts_settings": tts_settings,
                "stt_settings": stt_settings,
                "end_call_message": end_call_message,
                "transfer_call_message": transfer_call_message,
                "idle_message": idle_message,
                "max_idle_messages": max_idle_messages,
                "idle_timeout": idle_timeout,
                "max_call_length": max_call_length,
                "conversation_continuity_enabled": conversation_continuity_enabled,
                "tools_settings": tools_settings,
                "rag_settings": rag_settings,
                "llm_fallback_providers": llm_fallback_providers,
                "bypass_numbers": bypass_numbers,
                "custom_settings": custom_settings,
                "is_active": is_active,
                "backchannel_settings": backchannel_settings,
                "recording_settings": recording_settings,
                "api_keys": api_keys,
                "tts_limit": tts_limit,
                "stt_limit": stt_limit,
            },
            options,
        )

    def get_count(self, active_only: Union[bool, NotGiven] = NOT_GIVEN, **options: Unpack[RequestOptions]) -> Count:
        """Count assistants

        Returns how many assistants the organization has, optionally only the active ones.

        Args:
            active_only: Only consider active assistants.

        ``GET /api/v1/assistants/count``
        """
        return self._call(_ops.ASSISTANTS_GET_COUNT, {"active_only": active_only}, options)

    async def get_count_async(
        self,
        active_only: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Count:
        """Count assistants

        Returns how many assistants the organization has, optionally only the active ones.

        Args:
            active_only: Only consider active assistants.

        ``GET /api/v1/assistants/count``
        """
        return await self._call_async(_ops.ASSISTANTS_GET_COUNT, {"active_only": active_only}, options)

    def export(
        self,
        *,
        format: Union[Literal["csv", "json"], NotGiven] = NOT_GIVEN,
        assistant_ids: Union[str, NotGiven] = NOT_GIVEN,
        search: Union[str, NotGiven] = NOT_GIVEN,
        status: Union[Literal["active", "inactive", "all"], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Export assistants

        Downloads assistants with their call statistics as a CSV or JSON file. Either name the assistants in
        `assistant_ids`, or leave it out and filter with `search` and `status`; when `assistant_ids` is present
        the filters are ignored. The file's columns are not documented by Burki, so the examples are illustrative.

        Args:
            format: File format.
            assistant_ids: Comma-separated assistant ids to export.
            search: Only export assistants whose name matches this text.
            status: Only export active or inactive assistants; `all` is the same as leaving it out.

        ``GET /api/v1/assistants/export``
        """
        return self._call(
            _ops.ASSISTANTS_EXPORT,
            {
                "format": format,
                "assistant_ids": assistant_ids,
                "search": search,
                "status": status,
            },
            options,
        )

    async def export_async(
        self,
        *,
        format: Union[Literal["csv", "json"], NotGiven] = NOT_GIVEN,
        assistant_ids: Union[str, NotGiven] = NOT_GIVEN,
        search: Union[str, NotGiven] = NOT_GIVEN,
        status: Union[Literal["active", "inactive", "all"], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Export assistants

        Downloads assistants with their call statistics as a CSV or JSON file. Either name the assistants in
        `assistant_ids`, or leave it out and filter with `search` and `status`; when `assistant_ids` is present
        the filters are ignored. The file's columns are not documented by Burki, so the examples are illustrative.

        Args:
            format: File format.
            assistant_ids: Comma-separated assistant ids to export.
            search: Only export assistants whose name matches this text.
            status: Only export active or inactive assistants; `all` is the same as leaving it out.

        ``GET /api/v1/assistants/export``
        """
        return await self._call_async(
            _ops.ASSISTANTS_EXPORT,
            {
                "format": format,
                "assistant_ids": assistant_ids,
                "search": search,
                "status": status,
            },
            options,
        )

    def get_cloned_voices(
        self,
        *,
        status: Union[Union[Literal["processing", "ready", "failed", "archived"], str], NotGiven] = NOT_GIVEN,
        provider: Union[Union[Literal["elevenlabs", "resemble", "cartesia", "inworld"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ClonedVoiceList:
        """List the organization's cloned voices

        Returns every cloned voice of the organization, not paginated. The server does not type this response; the
        shape follows the documented per-assistant listing (`success` plus `cloned_voices`).

        Args:
            status: Only return voices in this state.
            provider: Only return voices hosted by this provider.

        ``GET /api/v1/assistants/cloned-voices``
        """
        return self._call(_ops.ASSISTANTS_GET_CLONED_VOICES, {"status": status, "provider": provider}, options)

    async def get_cloned_voices_async(
        self,
        *,
        status: Union[Union[Literal["processing", "ready", "failed", "archived"], str], NotGiven] = NOT_GIVEN,
        provider: Union[Union[Literal["elevenlabs", "resemble", "cartesia", "inworld"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ClonedVoiceList:
        """List the organization's cloned voices

        Returns every cloned voice of the organization, not paginated. The server does not type this response; the
        shape follows the documented per-assistant listing (`success` plus `cloned_voices`).

        Args:
            status: Only return voices in this state.
            provider: Only return voices hosted by this provider.

        ``GET /api/v1/assistants/cloned-voices``
        """
        return await self._call_async(
            _ops.ASSISTANTS_GET_CLONED_VOICES,
            {
                "status": status,
                "provider": provider,
            },
            options,
        )

    def get_providers(self, **options: Unpack[RequestOptions]) -> LlmProviderCatalog:
        """List supported language-model providers

        Returns the language-model providers an assistant can use, with their models and default model. Needs no
        credential.

        Route-order caveat: the server registers this route after `GET /api/v1/assistants/{assistant_id}`, so the
        server may match `providers` as an assistant id and answer 422 (or 401 without a credential). The
        operation stays in the spec as documented; verify it against the live server.

        ``GET /api/v1/assistants/providers``
        """
        return self._call(_ops.ASSISTANTS_GET_PROVIDERS, {}, options)

    async def get_providers_async(self, **options: Unpack[RequestOptions]) -> LlmProviderCatalog:
        """List supported language-model providers

        Returns the language-model providers an assistant can use, with their models and default model. Needs no
        credential.

        Route-order caveat: the server registers this route after `GET /api/v1/assistants/{assistant_id}`, so the
        server may match `providers` as an assistant id and answer 422 (or 401 without a credential). The
        operation stays in the spec as documented; verify it against the live server.

        ``GET /api/v1/assistants/providers``
        """
        return await self._call_async(_ops.ASSISTANTS_GET_PROVIDERS, {}, options)

    def get_organization_info(self, **options: Unpack[RequestOptions]) -> OrganizationInfo:
        """Get the caller's organization

        Returns the organization and user the credential belongs to.

        ``GET /api/v1/assistants/me/organization``
        """
        return self._call(_ops.ASSISTANTS_GET_ORGANIZATION_INFO, {}, options)

    async def get_organization_info_async(self, **options: Unpack[RequestOptions]) -> OrganizationInfo:
        """Get the caller's organization

        Returns the organization and user the credential belongs to.

        ``GET /api/v1/assistants/me/organization``
        """
        return await self._call_async(_ops.ASSISTANTS_GET_ORGANIZATION_INFO, {}, options)

    def get_by_phone(self, phone_number: str, **options: Unpack[RequestOptions]) -> Assistant:
        """Get the assistant on a phone number

        Returns the assistant that answers the given number, if the number belongs to the caller's organization.

        Args:
            phone_number: A phone number in E.164 format. Percent-encode the leading `+` as `%2B`; a literal
                `+` in a URL path can reach the server as a space.

        ``GET /api/v1/assistants/by-phone/{phone_number}``
        """
        return self._call(_ops.ASSISTANTS_GET_BY_PHONE, {"phone_number": phone_number}, options)

    async def get_by_phone_async(self, phone_number: str, **options: Unpack[RequestOptions]) -> Assistant:
        """Get the assistant on a phone number

        Returns the assistant that answers the given number, if the number belongs to the caller's organization.

        Args:
            phone_number: A phone number in E.164 format. Percent-encode the leading `+` as `%2B`; a literal
                `+` in a URL path can reach the server as a space.

        ``GET /api/v1/assistants/by-phone/{phone_number}``
        """
        return await self._call_async(_ops.ASSISTANTS_GET_BY_PHONE, {"phone_number": phone_number}, options)

    def get(self, assistant_id: int, **options: Unpack[RequestOptions]) -> Assistant:
        """Get an assistant

        Returns one assistant of the caller's organization. The body is the assistant itself, not wrapped.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``GET /api/v1/assistants/{assistant_id}``
        """
        return self._call(_ops.ASSISTANTS_GET, {"assistant_id": assistant_id}, options)

    async def get_async(self, assistant_id: int, **options: Unpack[RequestOptions]) -> Assistant:
        """Get an assistant

        Returns one assistant of the caller's organization. The body is the assistant itself, not wrapped.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``GET /api/v1/assistants/{assistant_id}``
        """
        return await self._call_async(_ops.ASSISTANTS_GET, {"assistant_id": assistant_id}, options)

    def update(
        self,
        assistant_id: int,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        llm_provider: Union[
            Optional[
                Union[
                    Literal[
                        "openai",
                        "azure",
                        "azure_ai_foundry",
                        "anthropic",
                        "gemini",
                        "groq",
                        "xai",
                        "custom",
                        "custom_websocket"
                    ],
                    str
                ]
            ],
            NotGiven
        ] = NOT_GIVEN,
        llm_provider_config: Union[Optional[Union[LlmProviderConfig, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        llm_settings: Union[Optional[Union[LlmSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        webhook_url: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sms_webhook_url: Union[Optional[str], NotGiven] = NOT_GIVEN,
        messaging_service_sid: Union[Optional[str], NotGiven] = NOT_GIVEN,
        interruption_settings: Union[Optional[Union[InterruptionSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        tts_settings: Union[Optional[Union[TtsSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        stt_settings: Union[Optional[Union[SttSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        end_call_message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        transfer_call_message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        idle_message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        max_idle_messages: Union[Optional[int], NotGiven] = NOT_GIVEN,
        idle_timeout: Union[Optional[int], NotGiven] = NOT_GIVEN,
        max_call_length: Union[Optional[int], NotGiven] = NOT_GIVEN,
        conversation_continuity_enabled: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        tools_settings: Union[Optional[Union[ToolsSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        rag_settings: Union[Optional[Union[RagSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        llm_fallback_providers: Union[Optional[Union[LlmFallbackSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        bypass_numbers: Union[Optional[Sequence[str]], NotGiven] = NOT_GIVEN,
        custom_settings: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        is_active: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        backchannel_settings: Union[Optional[Union[BackchannelSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        recording_settings: Union[Optional[Union[RecordingSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        api_keys: Union[Optional[Mapping[str, Optional[str]]], NotGiven] = NOT_GIVEN,
        tts_limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        stt_limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        change_description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Assistant:
        """Update an assistant

        Changes the fields sent and leaves the others alone, although the method is PUT. A settings object that is
        sent (for example `llm_settings`) replaces the stored object.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            name: Display name; the docs ask for one that is unique in the organization.
            description: What the assistant is for.
            llm_provider: Language-model vendor.
            webhook_url: Where Burki posts voice events (`status-update`, `end-of-call-report`).
            sms_webhook_url: Where Burki posts inbound SMS events (`sms_received`).
            messaging_service_sid: Twilio Messaging Service SID used for SMS.
            end_call_message: What the assistant says before it hangs up.
            transfer_call_message: What the assistant says before it transfers the call.
            idle_message: What the assistant says when the caller stays silent.
            max_idle_messages: Idle messages before the call is ended.
            idle_timeout: Seconds of silence before an idle message.
            max_call_length: Longest call in seconds; the call ends when it is reached. `null` means no
                limit.
            conversation_continuity_enabled: Carry the conversation over when the same number calls again
                within 15 minutes.
            bypass_numbers: E.164 numbers that skip the assistant and go straight to the transfer number.
            custom_settings: Free-form settings, passed through unchanged (for example
                `structured_data_prompt` and `structured_data_schema` for end-of-call data extraction).
            is_active: Whether the assistant answers and places calls.
            api_keys: Assistant-level provider keys that override the organization's keys.
            tts_limit: Concurrent text-to-speech sessions; only used with the assistant's own TTS key.
            stt_limit: Concurrent speech-to-text sessions; only used with the assistant's own STT key.
            change_description: Why the settings changed; kept in the assistant's settings history.

        ``PUT /api/v1/assistants/{assistant_id}``
        """
        return self._call(
            _ops.ASSISTANTS_UPDATE,
            {
                "assistant_id": assistant_id,
                "name": name,
                "description": description,
                "llm_provider": llm_provider,
                "llm_provider_config": llm_provider_config,
                "llm_settings": llm_settings,
                "webhook_url": webhook_url,
                "sms_webhook_url": sms_webhook_url,
                "messaging_service_sid": messaging_service_sid,
                "interruption_settings": interruption_settings,
                "tts_settings": tts_settings,
                "stt_settings": stt_settings,
                "end_call_message": end_call_message,
                "transfer_call_message": transfer_call_message,
                "idle_message": idle_message,
                "max_idle_messages": max_idle_messages,
                "idle_timeout": idle_timeout,
                "max_call_length": max_call_length,
                "conversation_continuity_enabled": conversation_continuity_enabled,
                "tools_settings": tools_settings,
                "rag_settings": rag_settings,
                "llm_fallback_providers": llm_fallback_providers,
                "bypass_numbers": bypass_numbers,
                "custom_settings": custom_settings,
                "is_active": is_active,
                "backchannel_settings": backchannel_settings,
                "recording_settings": recording_settings,
                "api_keys": api_keys,
                "tts_limit": tts_limit,
                "stt_limit": stt_limit,
                "change_description": change_description,
            },
            options,
        )

    async def update_async(
        self,
        assistant_id: int,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        llm_provider: Union[
            Optional[
                Union[
                    Literal[
                        "openai",
                        "azure",
                        "azure_ai_foundry",
                        "anthropic",
                        "gemini",
                        "groq",
                        "xai",
                        "custom",
                        "custom_websocket"
                    ],
                    str
                ]
            ],
            NotGiven
        ] = NOT_GIVEN,
        llm_provider_config: Union[Optional[Union[LlmProviderConfig, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        llm_settings: Union[Optional[Union[LlmSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        webhook_url: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sms_webhook_url: Union[Optional[str], NotGiven] = NOT_GIVEN,
        messaging_service_sid: Union[Optional[str], NotGiven] = NOT_GIVEN,
        interruption_settings: Union[Optional[Union[InterruptionSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        tts_settings: Union[Optional[Union[TtsSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        stt_settings: Union[Optional[Union[SttSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        end_call_message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        transfer_call_message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        idle_message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        max_idle_messages: Union[Optional[int], NotGiven] = NOT_GIVEN,
        idle_timeout: Union[Optional[int], NotGiven] = NOT_GIVEN,
        max_call_length: Union[Optional[int], NotGiven] = NOT_GIVEN,
        conversation_continuity_enabled: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        tools_settings: Union[Optional[Union[ToolsSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        rag_settings: Union[Optional[Union[RagSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        llm_fallback_providers: Union[Optional[Union[LlmFallbackSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        bypass_numbers: Union[Optional[Sequence[str]], NotGiven] = NOT_GIVEN,
        custom_settings: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        is_active: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        backchannel_settings: Union[Optional[Union[BackchannelSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        recording_settings: Union[Optional[Union[RecordingSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        api_keys: Union[Optional[Mapping[str, Optional[str]]], NotGiven] = NOT_GIVEN,
        tts_limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        stt_limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        change_description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Assistant:
        """Update an assistant

        Changes the fields sent and leaves the others alone, although the method is PUT. A settings object that is
        sent (for example `llm_settings`) replaces the stored object.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            name: Display name; the docs ask for one that is unique in the organization.
            description: What the assistant is for.
            llm_provider: Language-model vendor.
            webhook_url: Where Burki posts voice events (`status-update`, `end-of-call-report`).
            sms_webhook_url: Where Burki posts inbound SMS events (`sms_received`).
            messaging_service_sid: Twilio Messaging Service SID used for SMS.
            end_call_message: What the assistant says before it hangs up.
            transfer_call_message: What the assistant says before it transfers the call.
            idle_message: What the assistant says when the caller stays silent.
            max_idle_messages: Idle messages before the call is ended.
            idle_timeout: Seconds of silence before an idle message.
            max_call_length: Longest call in seconds; the call ends when it is reached. `null` means no
                limit.
            conversation_continuity_enabled: Carry the conversation over when the same number calls again
                within 15 minutes.
            bypass_numbers: E.164 numbers that skip the assistant and go straight to the transfer number.
            custom_settings: Free-form settings, passed through unchanged (for example
                `structured_data_prompt` and `structured_data_schema` for end-of-call data extraction).
            is_active: Whether the assistant answers and places calls.
            api_keys: Assistant-level provider keys that override the organization's keys.
            tts_limit: Concurrent text-to-speech sessions; only used with the assistant's own TTS key.
            stt_limit: Concurrent speech-to-text sessions; only used with the assistant's own STT key.
            change_description: Why the settings changed; kept in the assistant's settings history.

        ``PUT /api/v1/assistants/{assistant_id}``
        """
        return await self._call_async(
            _ops.ASSISTANTS_UPDATE,
            {
                "assistant_id": assistant_id,
                "name": name,
                "description": description,
                "llm_provider": llm_provider,
                "llm_provider_config": llm_provider_config,
                "llm_settings": llm_settings,
                "webhook_url": webhook_url,
                "sms_webhook_url": sms_webhook_url,
                "messaging_service_sid": messaging_service_sid,
                "interruption_settings": interruption_settings,
                "tts_settings": tts_settings,
                "stt_settings": stt_settings,
                "end_call_message": end_call_message,
                "transfer_call_message": transfer_call_message,
                "idle_message": idle_message,
                "max_idle_messages": max_idle_messages,
                "idle_timeout": idle_timeout,
                "max_call_length": max_call_length,
                "conversation_continuity_enabled": conversation_continuity_enabled,
                "tools_settings": tools_settings,
                "rag_settings": rag_settings,
                "llm_fallback_providers": llm_fallback_providers,
                "bypass_numbers": bypass_numbers,
                "custom_settings": custom_settings,
                "is_active": is_active,
                "backchannel_settings": backchannel_settings,
                "recording_settings": recording_settings,
                "api_keys": api_keys,
                "tts_limit": tts_limit,
                "stt_limit": stt_limit,
                "change_description": change_description,
            },
            options,
        )

    def delete(self, assistant_id: int, **options: Unpack[RequestOptions]) -> ApiResponse:
        """Delete an assistant

        Deletes the assistant for good. The server answers with an `ApiResponse` acknowledgement (`success`,
        `message`), not with an empty body or the deleted record.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``DELETE /api/v1/assistants/{assistant_id}``
        """
        return self._call(_ops.ASSISTANTS_DELETE, {"assistant_id": assistant_id}, options)

    async def delete_async(self, assistant_id: int, **options: Unpack[RequestOptions]) -> ApiResponse:
        """Delete an assistant

        Deletes the assistant for good. The server answers with an `ApiResponse` acknowledgement (`success`,
        `message`), not with an empty body or the deleted record.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``DELETE /api/v1/assistants/{assistant_id}``
        """
        return await self._call_async(_ops.ASSISTANTS_DELETE, {"assistant_id": assistant_id}, options)

    def update_status(self, assistant_id: int, is_active: bool, **options: Unpack[RequestOptions]) -> Assistant:
        """Activate or deactivate an assistant

        Switches an assistant on or off. The flag travels in the `is_active` query parameter; the request has no
        body.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            is_active: `true` to activate the assistant, `false` to deactivate it.

        ``PATCH /api/v1/assistants/{assistant_id}/status``
        """
        return self._call(
            _ops.ASSISTANTS_UPDATE_STATUS,
            {
                "assistant_id": assistant_id,
                "is_active": is_active,
            },
            options,
        )

    async def update_status_async(
        self,
        assistant_id: int,
        is_active: bool,
        **options: Unpack[RequestOptions],
    ) -> Assistant:
        """Activate or deactivate an assistant

        Switches an assistant on or off. The flag travels in the `is_active` query parameter; the request has no
        body.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            is_active: `true` to activate the assistant, `false` to deactivate it.

        ``PATCH /api/v1/assistants/{assistant_id}/status``
        """
        return await self._call_async(
            _ops.ASSISTANTS_UPDATE_STATUS,
            {
                "assistant_id": assistant_id,
                "is_active": is_active,
            },
            options,
        )


class AsyncAssistants(Resource):
    """Create and configure voice assistants: language model, voice, speech recognition, tools, webhooks and
    recording.

    The async form of ``Assistants``.
    """

    @cached_property
    def with_raw_response(self) -> AsyncAssistantsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return AsyncAssistantsWithRawResponse(self)

    def list(
        self,
        *,
        skip: Union[int, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        active_only: Union[bool, NotGiven] = NOT_GIVEN,
        my_assistants_only: Union[bool, NotGiven] = NOT_GIVEN,
        include_stats: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageRequest[Assistant]:
        """List assistants

        Returns the organization's assistants as a plain array, newest configuration included. Page with `skip`
        and `limit`; the response carries no total, so keep requesting until a page is shorter than `limit`.

        Args:
            skip: How many records to skip before the first one returned.
            limit: Largest number of records to return.
            active_only: Only consider active assistants.
            my_assistants_only: Only return assistants created by the calling user.
            include_stats: Fill in `total_calls`, `avg_call_duration` and `success_rate` on each assistant.

        ``GET /api/v1/assistants``
        """
        return self._list_async(
            _ops.ASSISTANTS_LIST,
            {
                "skip": skip,
                "limit": limit,
                "active_only": active_only,
                "my_assistants_only": my_assistants_only,
                "include_stats": include_stats,
            },
            options,
        )

    async def create(
        self,
        *,
        name: str,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        llm_provider: Union[
            Optional[
                Union[
                    Literal[
                        "openai",
                        "azure",
                        "azure_ai_foundry",
                        "anthropic",
                        "gemini",
                        "groq",
                        "xai",
                        "custom",
                        "custom_websocket"
                    ],
                    str
                ]
            ],
            NotGiven
        ] = NOT_GIVEN,
        llm_provider_config: Union[Union[LlmProviderConfig, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        llm_settings: Union[Union[LlmSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        webhook_url: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sms_webhook_url: Union[Optional[str], NotGiven] = NOT_GIVEN,
        messaging_service_sid: Union[Optional[str], NotGiven] = NOT_GIVEN,
        interruption_settings: Union[Union[InterruptionSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        tts_settings: Union[Union[TtsSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        stt_settings: Union[Union[SttSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        end_call_message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        transfer_call_message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        idle_message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        max_idle_messages: Union[Optional[int], NotGiven] = NOT_GIVEN,
        idle_timeout: Union[Optional[int], NotGiven] = NOT_GIVEN,
        max_call_length: Union[Optional[int], NotGiven] = NOT_GIVEN,
        conversation_continuity_enabled: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        tools_settings: Union[Union[ToolsSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        rag_settings: Union[Union[RagSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        llm_fallback_providers: Union[Union[LlmFallbackSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        bypass_numbers: Union[Optional[Sequence[str]], NotGiven] = NOT_GIVEN,
        custom_settings: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        is_active: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        backchannel_settings: Union[Optional[Union[BackchannelSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        recording_settings: Union[Optional[Union[RecordingSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        api_keys: Union[Optional[Mapping[str, Optional[str]]], NotGiven] = NOT_GIVEN,
        tts_limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        stt_limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Assistant:
        """Create an assistant

        Creates an assistant in the caller's organization and answers 201 with the stored record, including its
        id. Settings that are not sent take the server's defaults.

        Args:
            name: Display name; the docs ask for one that is unique in the organization.
            description: What the assistant is for.
            llm_provider: Language-model vendor.
            webhook_url: Where Burki posts voice events (`status-update`, `end-of-call-report`).
            sms_webhook_url: Where Burki posts inbound SMS events (`sms_received`).
            messaging_service_sid: Twilio Messaging Service SID used for SMS.
            end_call_message: What the assistant says before it hangs up.
            transfer_call_message: What the assistant says before it transfers the call.
            idle_message: What the assistant says when the caller stays silent.
            max_idle_messages: Idle messages before the call is ended.
            idle_timeout: Seconds of silence before an idle message.
            max_call_length: Longest call in seconds; the call ends when it is reached. `null` means no
                limit.
            conversation_continuity_enabled: Carry the conversation over when the same number calls again
                within 15 minutes.
            bypass_numbers: E.164 numbers that skip the assistant and go straight to the transfer number.
            custom_settings: Free-form settings, passed through unchanged (for example
                `structured_data_prompt` and `structured_data_schema` for end-of-call data extraction).
            is_active: Whether the assistant answers and places calls.
            api_keys: Assistant-level provider keys that override the organization's keys.
            tts_limit: Concurrent text-to-speech sessions; only used with the assistant's own TTS key.
            stt_limit: Concurrent speech-to-text sessions; only used with the assistant's own STT key.

        ``POST /api/v1/assistants``
        """
        return await self._call_async(
            _ops.ASSISTANTS_CREATE,
            {
                "name": name,
                "description": description,
                "llm_provider": llm_provider,
                "llm_provider_config": llm_provider_config,
                "llm_settings": llm_settings,
                "webhook_url": webhook_url,
                "sms_webhook_url": sms_webhook_url,
                "messaging_service_sid": messaging_service_sid,
                "interruption_settings": interruption_settings,
                "tts_settings": tts_settings,
                "stt_settings": stt_settings,
                "end_call_message": end_call_message,
                "transfer_call_message": transfer_call_message,
                "idle_message": idle_message,
                "max_idle_messages": max_idle_messages,
                "idle_timeout": idle_timeout,
                "max_call_length": max_call_length,
                "conversation_continuity_enabled": conversation_continuity_enabled,
                "tools_settings": tools_settings,
                "rag_settings": rag_settings,
                "llm_fallback_providers": llm_fallback_providers,
                "bypass_numbers": bypass_numbers,
                "custom_settings": custom_settings,
                "is_active": is_active,
                "backchannel_settings": backchannel_settings,
                "recording_settings": recording_settings,
                "api_keys": api_keys,
                "tts_limit": tts_limit,
                "stt_limit": stt_limit,
            },
            options,
        )

    async def get_count(
        self,
        active_only: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Count:
        """Count assistants

        Returns how many assistants the organization has, optionally only the active ones.

        Args:
            active_only: Only consider active assistants.

        ``GET /api/v1/assistants/count``
        """
        return await self._call_async(_ops.ASSISTANTS_GET_COUNT, {"active_only": active_only}, options)

    async def export(
        self,
        *,
        format: Union[Literal["csv", "json"], NotGiven] = NOT_GIVEN,
        assistant_ids: Union[str, NotGiven] = NOT_GIVEN,
        search: Union[str, NotGiven] = NOT_GIVEN,
        status: Union[Literal["active", "inactive", "all"], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Export assistants

        Downloads assistants with their call statistics as a CSV or JSON file. Either name the assistants in
        `assistant_ids`, or leave it out and filter with `search` and `status`; when `assistant_ids` is present
        the filters are ignored. The file's columns are not documented by Burki, so the examples are illustrative.

        Args:
            format: File format.
            assistant_ids: Comma-separated assistant ids to export.
            search: Only export assistants whose name matches this text.
            status: Only export active or inactive assistants; `all` is the same as leaving it out.

        ``GET /api/v1/assistants/export``
        """
        return await self._call_async(
            _ops.ASSISTANTS_EXPORT,
            {
                "format": format,
                "assistant_ids": assistant_ids,
                "search": search,
                "status": status,
            },
            options,
        )

    async def get_cloned_voices(
        self,
        *,
        status: Union[Union[Literal["processing", "ready", "failed", "archived"], str], NotGiven] = NOT_GIVEN,
        provider: Union[Union[Literal["elevenlabs", "resemble", "cartesia", "inworld"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ClonedVoiceList:
        """List the organization's cloned voices

        Returns every cloned voice of the organization, not paginated. The server does not type this response; the
        shape follows the documented per-assistant listing (`success` plus `cloned_voices`).

        Args:
            status: Only return voices in this state.
            provider: Only return voices hosted by this provider.

        ``GET /api/v1/assistants/cloned-voices``
        """
        return await self._call_async(
            _ops.ASSISTANTS_GET_CLONED_VOICES,
            {
                "status": status,
                "provider": provider,
            },
            options,
        )

    async def get_providers(self, **options: Unpack[RequestOptions]) -> LlmProviderCatalog:
        """List supported language-model providers

        Returns the language-model providers an assistant can use, with their models and default model. Needs no
        credential.

        Route-order caveat: the server registers this route after `GET /api/v1/assistants/{assistant_id}`, so the
        server may match `providers` as an assistant id and answer 422 (or 401 without a credential). The
        operation stays in the spec as documented; verify it against the live server.

        ``GET /api/v1/assistants/providers``
        """
        return await self._call_async(_ops.ASSISTANTS_GET_PROVIDERS, {}, options)

    async def get_organization_info(self, **options: Unpack[RequestOptions]) -> OrganizationInfo:
        """Get the caller's organization

        Returns the organization and user the credential belongs to.

        ``GET /api/v1/assistants/me/organization``
        """
        return await self._call_async(_ops.ASSISTANTS_GET_ORGANIZATION_INFO, {}, options)

    async def get_by_phone(self, phone_number: str, **options: Unpack[RequestOptions]) -> Assistant:
        """Get the assistant on a phone number

        Returns the assistant that answers the given number, if the number belongs to the caller's organization.

        Args:
            phone_number: A phone number in E.164 format. Percent-encode the leading `+` as `%2B`; a literal
                `+` in a URL path can reach the server as a space.

        ``GET /api/v1/assistants/by-phone/{phone_number}``
        """
        return await self._call_async(_ops.ASSISTANTS_GET_BY_PHONE, {"phone_number": phone_number}, options)

    async def get(self, assistant_id: int, **options: Unpack[RequestOptions]) -> Assistant:
        """Get an assistant

        Returns one assistant of the caller's organization. The body is the assistant itself, not wrapped.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``GET /api/v1/assistants/{assistant_id}``
        """
        return await self._call_async(_ops.ASSISTANTS_GET, {"assistant_id": assistant_id}, options)

    async def update(
        self,
        assistant_id: int,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        llm_provider: Union[
            Optional[
                Union[
                    Literal[
                        "openai",
                        "azure",
                        "azure_ai_foundry",
                        "anthropic",
                        "gemini",
                        "groq",
                        "xai",
                        "custom",
                        "custom_websocket"
                    ],
                    str
                ]
            ],
            NotGiven
        ] = NOT_GIVEN,
        llm_provider_config: Union[Optional[Union[LlmProviderConfig, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        llm_settings: Union[Optional[Union[LlmSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        webhook_url: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sms_webhook_url: Union[Optional[str], NotGiven] = NOT_GIVEN,
        messaging_service_sid: Union[Optional[str], NotGiven] = NOT_GIVEN,
        interruption_settings: Union[Optional[Union[InterruptionSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        tts_settings: Union[Optional[Union[TtsSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        stt_settings: Union[Optional[Union[SttSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        end_call_message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        transfer_call_message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        idle_message: Union[Optional[str], NotGiven] = NOT_GIVEN,
        max_idle_messages: Union[Optional[int], NotGiven] = NOT_GIVEN,
        idle_timeout: Union[Optional[int], NotGiven] = NOT_GIVEN,
        max_call_length: Union[Optional[int], NotGiven] = NOT_GIVEN,
        conversation_continuity_enabled: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        tools_settings: Union[Optional[Union[ToolsSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        rag_settings: Union[Optional[Union[RagSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        llm_fallback_providers: Union[Optional[Union[LlmFallbackSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        bypass_numbers: Union[Optional[Sequence[str]], NotGiven] = NOT_GIVEN,
        custom_settings: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        is_active: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        backchannel_settings: Union[Optional[Union[BackchannelSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        recording_settings: Union[Optional[Union[RecordingSettings, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        api_keys: Union[Optional[Mapping[str, Optional[str]]], NotGiven] = NOT_GIVEN,
        tts_limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        stt_limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        change_description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Assistant:
        """Update an assistant

        Changes the fields sent and leaves the others alone, although the method is PUT. A settings object that is
        sent (for example `llm_settings`) replaces the stored object.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            name: Display name; the docs ask for one that is unique in the organization.
            description: What the assistant is for.
            llm_provider: Language-model vendor.
            webhook_url: Where Burki posts voice events (`status-update`, `end-of-call-report`).
            sms_webhook_url: Where Burki posts inbound SMS events (`sms_received`).
            messaging_service_sid: Twilio Messaging Service SID used for SMS.
            end_call_message: What the assistant says before it hangs up.
            transfer_call_message: What the assistant says before it transfers the call.
            idle_message: What the assistant says when the caller stays silent.
            max_idle_messages: Idle messages before the call is ended.
            idle_timeout: Seconds of silence before an idle message.
            max_call_length: Longest call in seconds; the call ends when it is reached. `null` means no
                limit.
            conversation_continuity_enabled: Carry the conversation over when the same number calls again
                within 15 minutes.
            bypass_numbers: E.164 numbers that skip the assistant and go straight to the transfer number.
            custom_settings: Free-form settings, passed through unchanged (for example
                `structured_data_prompt` and `structured_data_schema` for end-of-call data extraction).
            is_active: Whether the assistant answers and places calls.
            api_keys: Assistant-level provider keys that override the organization's keys.
            tts_limit: Concurrent text-to-speech sessions; only used with the assistant's own TTS key.
            stt_limit: Concurrent speech-to-text sessions; only used with the assistant's own STT key.
            change_description: Why the settings changed; kept in the assistant's settings history.

        ``PUT /api/v1/assistants/{assistant_id}``
        """
        return await self._call_async(
            _ops.ASSISTANTS_UPDATE,
            {
                "assistant_id": assistant_id,
                "name": name,
                "description": description,
                "llm_provider": llm_provider,
                "llm_provider_config": llm_provider_config,
                "llm_settings": llm_settings,
                "webhook_url": webhook_url,
                "sms_webhook_url": sms_webhook_url,
                "messaging_service_sid": messaging_service_sid,
                "interruption_settings": interruption_settings,
                "tts_settings": tts_settings,
                "stt_settings": stt_settings,
                "end_call_message": end_call_message,
                "transfer_call_message": transfer_call_message,
                "idle_message": idle_message,
                "max_idle_messages": max_idle_messages,
                "idle_timeout": idle_timeout,
                "max_call_length": max_call_length,
                "conversation_continuity_enabled": conversation_continuity_enabled,
                "tools_settings": tools_settings,
                "rag_settings": rag_settings,
                "llm_fallback_providers": llm_fallback_providers,
                "bypass_numbers": bypass_numbers,
                "custom_settings": custom_settings,
                "is_active": is_active,
                "backchannel_settings": backchannel_settings,
                "recording_settings": recording_settings,
                "api_keys": api_keys,
                "tts_limit": tts_limit,
                "stt_limit": stt_limit,
                "change_description": change_description,
            },
            options,
        )

    async def delete(self, assistant_id: int, **options: Unpack[RequestOptions]) -> ApiResponse:
        """Delete an assistant

        Deletes the assistant for good. The server answers with an `ApiResponse` acknowledgement (`success`,
        `message`), not with an empty body or the deleted record.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``DELETE /api/v1/assistants/{assistant_id}``
        """
        return await self._call_async(_ops.ASSISTANTS_DELETE, {"assistant_id": assistant_id}, options)

    async def update_status(self, assistant_id: int, is_active: bool, **options: Unpack[RequestOptions]) -> Assistant:
        """Activate or deactivate an assistant

        Switches an assistant on or off. The flag travels in the `is_active` query parameter; the request has no
        body.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            is_active: `true` to activate the assistant, `false` to deactivate it.

        ``PATCH /api/v1/assistants/{assistant_id}/status``
        """
        return await self._call_async(
            _ops.ASSISTANTS_UPDATE_STATUS,
            {
                "assistant_id": assistant_id,
                "is_active": is_active,
            },
            options,
        )


class AssistantsWithRawResponse:
    def __init__(self, resource: Assistants) -> None:
        self.create = to_raw_response(resource.create)
        self.create_async = async_to_raw_response(resource.create_async)
        self.get_count = to_raw_response(resource.get_count)
        self.get_count_async = async_to_raw_response(resource.get_count_async)
        self.export = to_raw_response(resource.export)
        self.export_async = async_to_raw_response(resource.export_async)
        self.get_cloned_voices = to_raw_response(resource.get_cloned_voices)
        self.get_cloned_voices_async = async_to_raw_response(resource.get_cloned_voices_async)
        self.get_providers = to_raw_response(resource.get_providers)
        self.get_providers_async = async_to_raw_response(resource.get_providers_async)
        self.get_organization_info = to_raw_response(resource.get_organization_info)
        self.get_organization_info_async = async_to_raw_response(resource.get_organization_info_async)
        self.get_by_phone = to_raw_response(resource.get_by_phone)
        self.get_by_phone_async = async_to_raw_response(resource.get_by_phone_async)
        self.get = to_raw_response(resource.get)
        self.get_async = async_to_raw_response(resource.get_async)
        self.update = to_raw_response(resource.update)
        self.update_async = async_to_raw_response(resource.update_async)
        self.delete = to_raw_response(resource.delete)
        self.delete_async = async_to_raw_response(resource.delete_async)
        self.update_status = to_raw_response(resource.update_status)
        self.update_status_async = async_to_raw_response(resource.update_status_async)


class AsyncAssistantsWithRawResponse:
    def __init__(self, resource: AsyncAssistants) -> None:
        self.create = async_to_raw_response(resource.create)
        self.get_count = async_to_raw_response(resource.get_count)
        self.export = async_to_raw_response(resource.export)
        self.get_cloned_voices = async_to_raw_response(resource.get_cloned_voices)
        self.get_providers = async_to_raw_response(resource.get_providers)
        self.get_organization_info = async_to_raw_response(resource.get_organization_info)
        self.get_by_phone = async_to_raw_response(resource.get_by_phone)
        self.get = async_to_raw_response(resource.get)
        self.update = async_to_raw_response(resource.update)
        self.delete = async_to_raw_response(resource.delete)
        self.update_status = async_to_raw_response(resource.update_status)

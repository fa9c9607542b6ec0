# Generated from the Burki API 1.0.0 spec; do not edit.
"""Named, reusable language-model configurations of the organization."""

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
    ActionAcknowledgement,
    LlmPreset,
)



class LlmPresets(Resource):
    """Named, reusable language-model configurations of the organization."""

    @cached_property
    def with_raw_response(self) -> LlmPresetsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return LlmPresetsWithRawResponse(self)

    def list(self, **options: Unpack[RequestOptions]) -> List[LlmPreset]:
        """List the organization's LLM presets

        Returns every LLM preset of the organization as a plain array, not paginated. Stored provider API keys are
        masked; use `llmPresets.getForApplication` to read one in full.

        ``GET /api/v1/organization/llm-presets``
        """
        return self._call(_ops.LLM_PRESETS_LIST, {}, options)

    async def list_async(self, **options: Unpack[RequestOptions]) -> List[LlmPreset]:
        """List the organization's LLM presets

        Returns every LLM preset of the organization as a plain array, not paginated. Stored provider API keys are
        masked; use `llmPresets.getForApplication` to read one in full.

        ``GET /api/v1/organization/llm-presets``
        """
        return await self._call_async(_ops.LLM_PRESETS_LIST, {}, options)

    def create(
        self,
        *,
        name: str,
        provider: Union[
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
        ],
        config: Mapping[str, Any],
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        include_api_key: Union[bool, NotGiven] = NOT_GIVEN,
        is_default: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> LlmPreset:
        """Create an LLM preset

        Organization admins only: other users get `403`. Stores a named language-model configuration and answers
        200 with it.

        Args:
            name: Display name.
            description: What the preset is for.
            include_api_key: Store a provider API key with the preset. The key is a secret; it is masked
                when presets are listed.
            is_default: Make this the organization's default preset.

        ``POST /api/v1/organization/llm-presets``
        """
        return self._call(
            _ops.LLM_PRESETS_CREATE,
            {
                "name": name,
                "description": description,
                "provider": provider,
                "config": config,
                "include_api_key": include_api_key,
                "is_default": is_default,
            },
            options,
        )

    async def create_async(
        self,
        *,
        name: str,
        provider: Union[
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
        ],
        config: Mapping[str, Any],
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        include_api_key: Union[bool, NotGiven] = NOT_GIVEN,
        is_default: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> LlmPreset:
        """Create an LLM preset

        Organization admins only: other users get `403`. Stores a named language-model configuration and answers
        200 with it.

        Args:
            name: Display name.
            description: What the preset is for.
            include_api_key: Store a provider API key with the preset. The key is a secret; it is masked
                when presets are listed.
            is_default: Make this the organization's default preset.

        ``POST /api/v1/organization/llm-presets``
        """
        return await self._call_async(
            _ops.LLM_PRESETS_CREATE,
            {
                "name": name,
                "description": description,
                "provider": provider,
                "config": config,
                "include_api_key": include_api_key,
                "is_default": is_default,
            },
            options,
        )

    def update(
        self,
        preset_id: str,
        *,
        name: str,
        provider: Union[
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
        ],
        config: Mapping[str, Any],
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        include_api_key: Union[bool, NotGiven] = NOT_GIVEN,
        is_default: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> LlmPreset:
        """Replace an LLM preset

        Organization admins only: other users get `403`. Replaces the preset with the body; `name`, `provider` and
        `config` are required, and fields left out take their defaults.

        Args:
            preset_id: LLM preset id (a string).
            name: Display name.
            description: What the preset is for.
            include_api_key: Store a provider API key with the preset. The key is a secret; it is masked
                when presets are listed.
            is_default: Make this the organization's default preset.

        ``PUT /api/v1/organization/llm-presets/{preset_id}``
        """
        return self._call(
            _ops.LLM_PRESETS_UPDATE,
            {
                "preset_id": preset_id,
                "name": name,
                "description": description,
                "provider": provider,
                "config": config,
                "include_api_key": include_api_key,
                "is_default": is_default,
            },
            options,
        )

    async def update_async(
        self,
        preset_id: str,
        *,
        name: str,
        provider: Union[
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
        ],
        config: Mapping[str, Any],
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        include_api_key: Union[bool, NotGiven] = NOT_GIVEN,
        is_default: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> LlmPreset:
        """Replace an LLM preset

        Organization admins only: other users get `403`. Replaces the preset with the body; `name`, `provider` and
        `config` are required, and fields left out take their defaults.

        Args:
            preset_id: LLM preset id (a string).
            name: Display name.
            description: What the preset is for.
            include_api_key: Store a provider API key with the preset. The key is a secret; it is masked
                when presets are listed.
            is_default: Make this the organization's default preset.

        ``PUT /api/v1/organization/llm-presets/{preset_id}``
        """
        return await self._call_async(
            _ops.LLM_PRESETS_UPDATE,
            {
                "preset_id": preset_id,
                "name": name,
                "description": description,
                "provider": provider,
                "config": config,
                "include_api_key": include_api_key,
                "is_default": is_default,
            },
            options,
        )

    def delete(self, preset_id: str, **options: Unpack[RequestOptions]) -> ActionAcknowledgement:
        """Delete an LLM preset

        Organization admins only: other users get `403`. Deletes the preset; assistants configured from it keep
        their settings. The server does not declare the response body; it is a short acknowledgement.

        Args:
            preset_id: LLM preset id (a string).

        ``DELETE /api/v1/organization/llm-presets/{preset_id}``
        """
        return self._call(_ops.LLM_PRESETS_DELETE, {"preset_id": preset_id}, options)

    async def delete_async(self, preset_id: str, **options: Unpack[RequestOptions]) -> ActionAcknowledgement:
        """Delete an LLM preset

        Organization admins only: other users get `403`. Deletes the preset; assistants configured from it keep
        their settings. The server does not declare the response body; it is a short acknowledgement.

        Args:
            preset_id: LLM preset id (a string).

        ``DELETE /api/v1/organization/llm-presets/{preset_id}``
        """
        return await self._call_async(_ops.LLM_PRESETS_DELETE, {"preset_id": preset_id}, options)

    def get_for_application(self, preset_id: str, **options: Unpack[RequestOptions]) -> LlmPreset:
        """Get an LLM preset with its API key, to apply it

        Organization admins only: other users get `403`. Returns one preset for copying onto an assistant. Unlike
        the list, a stored provider API key comes back unmasked in `config`: treat the response as a secret and
        never log it. It applies nothing by itself; send the settings with `assistants.update`.

        Args:
            preset_id: LLM preset id (a string).

        ``GET /api/v1/organization/llm-presets/{preset_id}/apply``
        """
        return self._call(_ops.LLM_PRESETS_GET_FOR_APPLICATION, {"preset_id": preset_id}, options)

    async def get_for_application_async(self, preset_id: str, **options: Unpack[RequestOptions]) -> LlmPreset:
        """Get an LLM preset with its API key, to apply it

        Organization admins only: other users get `403`. Returns one preset for copying onto an assistant. Unlike
        the list, a stored provider API key comes back unmasked in `config`: treat the response as a secret and
        never log it. It applies nothing by itself; send the settings with `assistants.update`.

        Args:
            preset_id: LLM preset id (a string).

        ``GET /api/v1/organization/llm-presets/{preset_id}/apply``
        """
        return await self._call_async(_ops.LLM_PRESETS_GET_FOR_APPLICATION, {"preset_id": preset_id}, options)


class AsyncLlmPresets(Resource):
    """Named, reusable language-model configurations of the organization.

    The async form of ``LlmPresets``.
    """

    @cached_property
    def with_raw_response(self) -> AsyncLlmPresetsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return AsyncLlmPresetsWithRawResponse(self)

    async def list(self, **options: Unpack[RequestOptions]) -> List[LlmPreset]:
        """List the organization's LLM presets

        Returns every LLM preset of the organization as a plain array, not paginated. Stored provider API keys are
        masked; use `llmPresets.getForApplication` to read one in full.

        ``GET /api/v1/organization/llm-presets``
        """
        return await self._call_async(_ops.LLM_PRESETS_LIST, {}, options)

    async def create(
        self,
        *,
        name: str,
        provider: Union[
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
        ],
        config: Mapping[str, Any],
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        include_api_key: Union[bool, NotGiven] = NOT_GIVEN,
        is_default: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> LlmPreset:
        """Create an LLM preset

        Organization admins only: other users get `403`. Stores a named language-model configuration and answers
        200 with it.

        Args:
            name: Display name.
            description: What the preset is for.
            include_api_key: Store a provider API key with the preset. The key is a secret; it is masked
                when presets are listed.
            is_default: Make this the organization's default preset.

        ``POST /api/v1/organization/llm-presets``
        """
        return await self._call_async(
            _ops.LLM_PRESETS_CREATE,
            {
                "name": name,
                "description": description,
                "provider": provider,
                "config": config,
                "include_api_key": include_api_key,
                "is_default": is_default,
            },
            options,
        )

    async def update(
        self,
        preset_id: str,
        *,
        name: str,
        provider: Union[
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
        ],
        config: Mapping[str, Any],
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        include_api_key: Union[bool, NotGiven] = NOT_GIVEN,
        is_default: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> LlmPreset:
        """Replace an LLM preset

        Organization admins only: other users get `403`. Replaces the preset with the body; `name`, `provider` and
        `config` are required, and fields left out take their defaults.

        Args:
            preset_id: LLM preset id (a string).
            name: Display name.
            description: What the preset is for.
            include_api_key: Store a provider API key with the preset. The key is a secret; it is masked
                when presets are listed.
            is_default: Make this the organization's default preset.

        ``PUT /api/v1/organization/llm-presets/{preset_id}``
        """
        return await self._call_async(
            _ops.LLM_PRESETS_UPDATE,
            {
                "preset_id": preset_id,
                "name": name,
                "description": description,
                "provider": provider,
                "config": config,
                "include_api_key": include_api_key,
                "is_default": is_default,
            },
            options,
        )

    async def delete(self, preset_id: str, **options: Unpack[RequestOptions]) -> ActionAcknowledgement:
        """Delete an LLM preset

        Organization admins only: other users get `403`. Deletes the preset; assistants configured from it keep
        their settings. The server does not declare the response body; it is a short acknowledgement.

        Args:
            preset_id: LLM preset id (a string).

        ``DELETE /api/v1/organization/llm-presets/{preset_id}``
        """
        return await self._call_async(_ops.LLM_PRESETS_DELETE, {"preset_id": preset_id}, options)

    async def get_for_application(self, preset_id: str, **options: Unpack[RequestOptions]) -> LlmPreset:
        """Get an LLM preset with its API key, to apply it

        Organization admins only: other users get `403`. Returns one preset for copying onto an assistant. Unlike
        the list, a stored provider API key comes back unmasked in `config`: treat the response as a secret and
        never log it. It applies nothing by itself; send the settings with `assistants.update`.

        Args:
            preset_id: LLM preset id (a string).

        ``GET /api/v1/organization/llm-presets/{preset_id}/apply``
        """
        return await self._call_async(_ops.LLM_PRESETS_GET_FOR_APPLICATION, {"preset_id": preset_id}, options)


class LlmPresetsWithRawResponse:
    def __init__(self, resource: LlmPresets) -> None:
        self.list = to_raw_response(resource.list)
        self.list_async = async_to_raw_response(resource.list_async)
        self.create = to_raw_response(resource.create)
        self.create_async = async_to_raw_response(resource.create_async)
        self.update = to_raw_response(resource.update)
        self.update_async = async_to_raw_response(resource.update_async)
        self.delete = to_raw_response(resource.delete)
        self.delete_async = async_to_raw_response(resource.delete_async)
        self.get_for_application = to_raw_response(resource.get_for_application)
        self.get_for_application_async = async_to_raw_response(resource.get_for_application_async)


class AsyncLlmPresetsWithRawResponse:
    def __init__(self, resource: AsyncLlmPresets) -> None:
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.update = async_to_raw_response(resource.update)
        self.delete = async_to_raw_response(resource.delete)
        self.get_for_application = async_to_raw_response(resource.get_for_application)

# Generated from the Burki API 1.0.0 spec; do not edit.
"""Spare provider API keys Burki uses when the primary key hits its limits."""

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
    FallbackKey,
    FallbackKeyList,
)



class FallbackKeys(Resource):
    """Spare provider API keys Burki uses when the primary key hits its limits."""

    @cached_property
    def with_raw_response(self) -> FallbackKeysWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return FallbackKeysWithRawResponse(self)

    def list(self, provider: str, **options: Unpack[RequestOptions]) -> FallbackKeyList:
        """List a provider's fallback keys

        Returns the metadata of the organization's fallback keys for one provider, not paginated. The keys
        themselves are never returned.

        Args:
            provider: The provider the fallback keys are for, as Burki names it (`deepgram`, `elevenlabs`,
                `cartesia`, `openai`, ...).

        ``GET /api/v1/organization/fallback-keys/{provider}``
        """
        return self._call(_ops.FALLBACK_KEYS_LIST, {"provider": provider}, options)

    async def list_async(self, provider: str, **options: Unpack[RequestOptions]) -> FallbackKeyList:
        """List a provider's fallback keys

        Returns the metadata of the organization's fallback keys for one provider, not paginated. The keys
        themselves are never returned.

        Args:
            provider: The provider the fallback keys are for, as Burki names it (`deepgram`, `elevenlabs`,
                `cartesia`, `openai`, ...).

        ``GET /api/v1/organization/fallback-keys/{provider}``
        """
        return await self._call_async(_ops.FALLBACK_KEYS_LIST, {"provider": provider}, options)

    def create(
        self,
        provider: str,
        *,
        name: str,
        api_key: str,
        enabled: Union[bool, NotGiven] = NOT_GIVEN,
        concurrent_limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> FallbackKey:
        """Add a fallback key

        Stores a spare API key for the provider, used when the primary key hits its limits. The key is write-only:
        responses carry only its metadata.

        Args:
            provider: The provider the fallback keys are for, as Burki names it (`deepgram`, `elevenlabs`,
                `cartesia`, `openai`, ...).
            name: Label.
            api_key: The provider API key. Secret and write-only; it is never returned. On an update, an
                empty string keeps the stored key.
            enabled: Whether Burki may use the key.
            concurrent_limit: Most sessions open with this key at once; `null` for no separate limit.

        ``POST /api/v1/organization/fallback-keys/{provider}``
        """
        return self._call(
            _ops.FALLBACK_KEYS_CREATE,
            {
                "provider": provider,
                "name": name,
                "api_key": api_key,
                "enabled": enabled,
                "concurrent_limit": concurrent_limit,
            },
            options,
        )

    async def create_async(
        self,
        provider: str,
        *,
        name: str,
        api_key: str,
        enabled: Union[bool, NotGiven] = NOT_GIVEN,
        concurrent_limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> FallbackKey:
        """Add a fallback key

        Stores a spare API key for the provider, used when the primary key hits its limits. The key is write-only:
        responses carry only its metadata.

        Args:
            provider: The provider the fallback keys are for, as Burki names it (`deepgram`, `elevenlabs`,
                `cartesia`, `openai`, ...).
            name: Label.
            api_key: The provider API key. Secret and write-only; it is never returned. On an update, an
                empty string keeps the stored key.
            enabled: Whether Burki may use the key.
            concurrent_limit: Most sessions open with this key at once; `null` for no separate limit.

        ``POST /api/v1/organization/fallback-keys/{provider}``
        """
        return await self._call_async(
            _ops.FALLBACK_KEYS_CREATE,
            {
                "provider": provider,
                "name": name,
                "api_key": api_key,
                "enabled": enabled,
                "concurrent_limit": concurrent_limit,
            },
            options,
        )

    def update(
        self,
        provider: str,
        key_id: str,
        *,
        name: str,
        api_key: str,
        enabled: Union[bool, NotGiven] = NOT_GIVEN,
        concurrent_limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> FallbackKey:
        """Update a fallback key

        Replaces the key's name, state and limit. The body must carry `api_key` (the server rejects a body without
        it with `422`, although the docs say it may be left out); send a new key to replace the stored one, or an
        empty string to keep it.

        Args:
            provider: The provider the fallback keys are for, as Burki names it (`deepgram`, `elevenlabs`,
                `cartesia`, `openai`, ...).
            key_id: Fallback key id (a string).
            name: Label.
            api_key: The provider API key. Secret and write-only; it is never returned. On an update, an
                empty string keeps the stored key.
            enabled: Whether Burki may use the key.
            concurrent_limit: Most sessions open with this key at once; `null` for no separate limit.

        ``PUT /api/v1/organization/fallback-keys/{provider}/{key_id}``
        """
        return self._call(
            _ops.FALLBACK_KEYS_UPDATE,
            {
                "provider": provider,
                "key_id": key_id,
                "name": name,
                "api_key": api_key,
                "enabled": enabled,
                "concurrent_limit": concurrent_limit,
            },
            options,
        )

    async def update_async(
        self,
        provider: str,
        key_id: str,
        *,
        name: str,
        api_key: str,
        enabled: Union[bool, NotGiven] = NOT_GIVEN,
        concurrent_limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> FallbackKey:
        """Update a fallback key

        Replaces the key's name, state and limit. The body must carry `api_key` (the server rejects a body without
        it with `422`, although the docs say it may be left out); send a new key to replace the stored one, or an
        empty string to keep it.

        Args:
            provider: The provider the fallback keys are for, as Burki names it (`deepgram`, `elevenlabs`,
                `cartesia`, `openai`, ...).
            key_id: Fallback key id (a string).
            name: Label.
            api_key: The provider API key. Secret and write-only; it is never returned. On an update, an
                empty string keeps the stored key.
            enabled: Whether Burki may use the key.
            concurrent_limit: Most sessions open with this key at once; `null` for no separate limit.

        ``PUT /api/v1/organization/fallback-keys/{provider}/{key_id}``
        """
        return await self._call_async(
            _ops.FALLBACK_KEYS_UPDATE,
            {
                "provider": provider,
                "key_id": key_id,
                "name": name,
                "api_key": api_key,
                "enabled": enabled,
                "concurrent_limit": concurrent_limit,
            },
            options,
        )

    def delete(self, provider: str, key_id: str, **options: Unpack[RequestOptions]) -> ActionAcknowledgement:
        """Delete a fallback key

        Removes the fallback key. The server does not declare the response body; it is a short acknowledgement.

        Args:
            provider: The provider the fallback keys are for, as Burki names it (`deepgram`, `elevenlabs`,
                `cartesia`, `openai`, ...).
            key_id: Fallback key id (a string).

        ``DELETE /api/v1/organization/fallback-keys/{provider}/{key_id}``
        """
        return self._call(_ops.FALLBACK_KEYS_DELETE, {"provider": provider, "key_id": key_id}, options)

    async def delete_async(
        self,
        provider: str,
        key_id: str,
        **options: Unpack[RequestOptions],
    ) -> ActionAcknowledgement:
        """Delete a fallback key

        Removes the fallback key. The server does not declare the response body; it is a short acknowledgement.

        Args:
            provider: The provider the fallback keys are for, as Burki names it (`deepgram`, `elevenlabs`,
                `cartesia`, `openai`, ...).
            key_id: Fallback key id (a string).

        ``DELETE /api/v1/organization/fallback-keys/{provider}/{key_id}``
        """
        return await self._call_async(_ops.FALLBACK_KEYS_DELETE, {"provider": provider, "key_id": key_id}, options)


class AsyncFallbackKeys(Resource):
    """Spare provider API keys Burki uses when the primary key hits its limits.

    The async form of ``FallbackKeys``.
    """

    @cached_property
    def with_raw_response(self) -> AsyncFallbackKeysWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return AsyncFallbackKeysWithRawResponse(self)

    async def list(self, provider: str, **options: Unpack[RequestOptions]) -> FallbackKeyList:
        """List a provider's fallback keys

        Returns the metadata of the organization's fallback keys for one provider, not paginated. The keys
        themselves are never returned.

        Args:
            provider: The provider the fallback keys are for, as Burki names it (`deepgram`, `elevenlabs`,
                `cartesia`, `openai`, ...).

        ``GET /api/v1/organization/fallback-keys/{provider}``
        """
        return await self._call_async(_ops.FALLBACK_KEYS_LIST, {"provider": provider}, options)

    async def create(
        self,
        provider: str,
        *,
        name: str,
        api_key: str,
        enabled: Union[bool, NotGiven] = NOT_GIVEN,
        concurrent_limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> FallbackKey:
        """Add a fallback key

        Stores a spare API key for the provider, used when the primary key hits its limits. The key is write-only:
        responses carry only its metadata.

        Args:
            provider: The provider the fallback keys are for, as Burki names it (`deepgram`, `elevenlabs`,
                `cartesia`, `openai`, ...).
            name: Label.
            api_key: The provider API key. Secret and write-only; it is never returned. On an update, an
                empty string keeps the stored key.
            enabled: Whether Burki may use the key.
            concurrent_limit: Most sessions open with this key at once; `null` for no separate limit.

        ``POST /api/v1/organization/fallback-keys/{provider}``
        """
        return await self._call_async(
            _ops.FALLBACK_KEYS_CREATE,
            {
                "provider": provider,
                "name": name,
                "api_key": api_key,
                "enabled": enabled,
                "concurrent_limit": concurrent_limit,
            },
            options,
        )

    async def update(
        self,
        provider: str,
        key_id: str,
        *,
        name: str,
        api_key: str,
        enabled: Union[bool, NotGiven] = NOT_GIVEN,
        concurrent_limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> FallbackKey:
        """Update a fallback key

        Replaces the key's name, state and limit. The body must carry `api_key` (the server rejects a body without
        it with `422`, although the docs say it may be left out); send a new key to replace the stored one, or an
        empty string to keep it.

        Args:
            provider: The provider the fallback keys are for, as Burki names it (`deepgram`, `elevenlabs`,
                `cartesia`, `openai`, ...).
            key_id: Fallback key id (a string).
            name: Label.
            api_key: The provider API key. Secret and write-only; it is never returned. On an update, an
                empty string keeps the stored key.
            enabled: Whether Burki may use the key.
            concurrent_limit: Most sessions open with this key at once; `null` for no separate limit.

        ``PUT /api/v1/organization/fallback-keys/{provider}/{key_id}``
        """
        return await self._call_async(
            _ops.FALLBACK_KEYS_UPDATE,
            {
                "provider": provider,
                "key_id": key_id,
                "name": name,
                "api_key": api_key,
                "enabled": enabled,
                "concurrent_limit": concurrent_limit,
            },
            options,
        )

    async def delete(self, provider: str, key_id: str, **options: Unpack[RequestOptions]) -> ActionAcknowledgement:
        """Delete a fallback key

        Removes the fallback key. The server does not declare the response body; it is a short acknowledgement.

        Args:
            provider: The provider the fallback keys are for, as Burki names it (`deepgram`, `elevenlabs`,
                `cartesia`, `openai`, ...).
            key_id: Fallback key id (a string).

        ``DELETE /api/v1/organization/fallback-keys/{provider}/{key_id}``
        """
        return await self._call_async(_ops.FALLBACK_KEYS_DELETE, {"provider": provider, "key_id": key_id}, options)


class FallbackKeysWithRawResponse:
    def __init__(self, resource: FallbackKeys) -> None:
        self.list = to_raw_response(resource.list)
        self.list_async = async_to_raw_response(resource.list_async)
        self.create = to_raw_response(resource.create)
        self.create_async = async_to_raw_response(resource.create_async)
        self.update = to_raw_response(resource.update)
        self.update_async = async_to_raw_response(resource.update_async)
        self.delete = to_raw_response(resource.delete)
        self.delete_async = async_to_raw_response(resource.delete_async)


class AsyncFallbackKeysWithRawResponse:
    def __init__(self, resource: AsyncFallbackKeys) -> None:
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.update = async_to_raw_response(resource.update)
        self.delete = async_to_raw_response(resource.delete)

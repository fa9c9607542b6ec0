# Generated from the Burki API 1.0.0 spec; do not edit.
"""The calling user's API keys: list their metadata, create a key (the secret is shown once), rename it or change its
permissions, and delete it.
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
    ActionAcknowledgement,
    ApiKey,
    ApiKeyCreated,
)



class ApiKeys(Resource):
    """The calling user's API keys: list their metadata, create a key (the secret is shown once), rename it or change
    its permissions, and delete it.
    """

    @cached_property
    def with_raw_response(self) -> ApiKeysWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return ApiKeysWithRawResponse(self)

    def list(self, **options: Unpack[RequestOptions]) -> List[ApiKey]:
        """List the calling user's API keys

        Returns the metadata of every API key of the calling user as a plain array, not paginated. The secrets
        themselves are never returned; `key_prefix` tells the keys apart.

        ``GET /api/v1/users/me/api-keys``
        """
        return self._call(_ops.API_KEYS_LIST, {}, options)

    async def list_async(self, **options: Unpack[RequestOptions]) -> List[ApiKey]:
        """List the calling user's API keys

        Returns the metadata of every API key of the calling user as a plain array, not paginated. The secrets
        themselves are never returned; `key_prefix` tells the keys apart.

        ``GET /api/v1/users/me/api-keys``
        """
        return await self._call_async(_ops.API_KEYS_LIST, {}, options)

    def create(
        self,
        *,
        name: str,
        permissions: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ApiKeyCreated:
        """Create an API key

        Verified users only: a user whose email address is not verified gets `403`. Creates an API key for the
        calling user and returns its metadata with the full secret in `key`. The secret is shown only in this
        response; store it at once and never log it.

        Args:
            name: Label for the key, for example the integration that uses it.
            permissions: What the key may do; omit it or send `null` for the server's default.

        ``POST /api/v1/users/me/api-keys``
        """
        return self._call(_ops.API_KEYS_CREATE, {"name": name, "permissions": permissions}, options)

    async def create_async(
        self,
        *,
        name: str,
        permissions: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ApiKeyCreated:
        """Create an API key

        Verified users only: a user whose email address is not verified gets `403`. Creates an API key for the
        calling user and returns its metadata with the full secret in `key`. The secret is shown only in this
        response; store it at once and never log it.

        Args:
            name: Label for the key, for example the integration that uses it.
            permissions: What the key may do; omit it or send `null` for the server's default.

        ``POST /api/v1/users/me/api-keys``
        """
        return await self._call_async(_ops.API_KEYS_CREATE, {"name": name, "permissions": permissions}, options)

    def update(
        self,
        key_id: int,
        body: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ApiKey:
        """Rename an API key or change its permissions

        Verified users only: a user whose email address is not verified gets `403`. The new name travels in the
        `name` query parameter, not in the body; the body is the new permissions object itself (not wrapped in
        `{\"permissions\": ...}`), or `null`, or absent to keep the permissions. The secret cannot be changed;
        create a new key instead.

        Args:
            key_id: API key id (the integer `id`, not the key or its prefix).
            body: The key's new permissions, sent as the whole body.
            name: New label for the key; leave it out to keep the current one.

        ``PUT /api/v1/users/me/api-keys/{key_id}``
        """
        return self._call(_ops.API_KEYS_UPDATE, {"key_id": key_id, "body": body, "name": name}, options)

    async def update_async(
        self,
        key_id: int,
        body: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ApiKey:
        """Rename an API key or change its permissions

        Verified users only: a user whose email address is not verified gets `403`. The new name travels in the
        `name` query parameter, not in the body; the body is the new permissions object itself (not wrapped in
        `{\"permissions\": ...}`), or `null`, or absent to keep the permissions. The secret cannot be changed;
        create a new key instead.

        Args:
            key_id: API key id (the integer `id`, not the key or its prefix).
            body: The key's new permissions, sent as the whole body.
            name: New label for the key; leave it out to keep the current one.

        ``PUT /api/v1/users/me/api-keys/{key_id}``
        """
        return await self._call_async(_ops.API_KEYS_UPDATE, {"key_id": key_id, "body": body, "name": name}, options)

    def delete(self, key_id: int, **options: Unpack[RequestOptions]) -> ActionAcknowledgement:
        """Delete an API key

        Verified users only: a user whose email address is not verified gets `403`. Deletes the key; requests that
        use it get `401` from then on. The server does not declare the response body; it is a short
        acknowledgement.

        Args:
            key_id: API key id (the integer `id`, not the key or its prefix).

        ``DELETE /api/v1/users/me/api-keys/{key_id}``
        """
        return self._call(_ops.API_KEYS_DELETE, {"key_id": key_id}, options)

    async def delete_async(self, key_id: int, **options: Unpack[RequestOptions]) -> ActionAcknowledgement:
        """Delete an API key

        Verified users only: a user whose email address is not verified gets `403`. Deletes the key; requests that
        use it get `401` from then on. The server does not declare the response body; it is a short
        acknowledgement.

        Args:
            key_id: API key id (the integer `id`, not the key or its prefix).

        ``DELETE /api/v1/users/me/api-keys/{key_id}``
        """
        return await self._call_async(_ops.API_KEYS_DELETE, {"key_id": key_id}, options)


class AsyncApiKeys(Resource):
    """The calling user's API keys: list their metadata, create a key (the secret is shown once), rename it or change
    its permissions, and delete it.

    The async form of ``ApiKeys``.
    """

    @cached_property
    def with_raw_response(self) -> AsyncApiKeysWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return AsyncApiKeysWithRawResponse(self)

    async def list(self, **options: Unpack[RequestOptions]) -> List[ApiKey]:
        """List the calling user's API keys

        Returns the metadata of every API key of the calling user as a plain array, not paginated. The secrets
        themselves are never returned; `key_prefix` tells the keys apart.

        ``GET /api/v1/users/me/api-keys``
        """
        return await self._call_async(_ops.API_KEYS_LIST, {}, options)

    async def create(
        self,
        *,
        name: str,
        permissions: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ApiKeyCreated:
        """Create an API key

        Verified users only: a user whose email address is not verified gets `403`. Creates an API key for the
        calling user and returns its metadata with the full secret in `key`. The secret is shown only in this
        response; store it at once and never log it.

        Args:
            name: Label for the key, for example the integration that uses it.
            permissions: What the key may do; omit it or send `null` for the server's default.

        ``POST /api/v1/users/me/api-keys``
        """
        return await self._call_async(_ops.API_KEYS_CREATE, {"name": name, "permissions": permissions}, options)

    async def update(
        self,
        key_id: int,
        body: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ApiKey:
        """Rename an API key or change its permissions

        Verified users only: a user whose email address is not verified gets `403`. The new name travels in the
        `name` query parameter, not in the body; the body is the new permissions object itself (not wrapped in
        `{\"permissions\": ...}`), or `null`, or absent to keep the permissions. The secret cannot be changed;
        create a new key instead.

        Args:
            key_id: API key id (the integer `id`, not the key or its prefix).
            body: The key's new permissions, sent as the whole body.
            name: New label for the key; leave it out to keep the current one.

        ``PUT /api/v1/users/me/api-keys/{key_id}``
        """
        return await self._call_async(_ops.API_KEYS_UPDATE, {"key_id": key_id, "body": body, "name": name}, options)

    async def delete(self, key_id: int, **options: Unpack[RequestOptions]) -> ActionAcknowledgement:
        """Delete an API key

        Verified users only: a user whose email address is not verified gets `403`. Deletes the key; requests that
        use it get `401` from then on. The server does not declare the response body; it is a short
        acknowledgement.

        Args:
            key_id: API key id (the integer `id`, not the key or its prefix).

        ``DELETE /api/v1/users/me/api-keys/{key_id}``
        """
        return await self._call_async(_ops.API_KEYS_DELETE, {"key_id": key_id}, options)


class ApiKeysWithRawResponse:
    def __init__(self, resource: ApiKeys) -> None:
        self.list = to_raw_response(resource.list)
        self.list_async = async_to_raw_response(resource.list_async)
        self.create = to_raw_response(resource.create)
        self.create_async = async_to_raw_response(resource.create_async)
        self.update = to_raw_response(resource.update)
        self.update_async = async_to_raw_response(resource.update_async)
        self.delete = to_raw_response(resource.delete)
        self.delete_async = async_to_raw_response(resource.delete_async)


class AsyncApiKeysWithRawResponse:
    def __init__(self, resource: AsyncApiKeys) -> None:
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.update = async_to_raw_response(resource.update)
        self.delete = async_to_raw_response(resource.delete)

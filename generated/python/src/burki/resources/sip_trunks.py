# Generated from the Burki API 1.0.0 spec; do not edit.
"""The organization's own SIP carriers and PBXs that Burki's SIP bridge routes calls through. Organization admins
only.
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
    SipTrunk,
    SipTrunkSyncResult,
)



class SipTrunks(Resource):
    """The organization's own SIP carriers and PBXs that Burki's SIP bridge routes calls through. Organization admins
    only.
    """

    @cached_property
    def with_raw_response(self) -> SipTrunksWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return SipTrunksWithRawResponse(self)

    def list(self, **options: Unpack[RequestOptions]) -> List[SipTrunk]:
        """List SIP trunks

        Returns the organization's SIP trunks as a plain array sorted by `priority` (not paginated). Organization
        admins only.

        ``GET /api/v1/sip-trunks``
        """
        return self._call(_ops.SIP_TRUNKS_LIST, {}, options)

    async def list_async(self, **options: Unpack[RequestOptions]) -> List[SipTrunk]:
        """List SIP trunks

        Returns the organization's SIP trunks as a plain array sorted by `priority` (not paginated). Organization
        admins only.

        ``GET /api/v1/sip-trunks``
        """
        return await self._call_async(_ops.SIP_TRUNKS_LIST, {}, options)

    def create(
        self,
        *,
        name: str,
        gateway: str,
        username: str,
        password: str,
        priority: Union[int, NotGiven] = NOT_GIVEN,
        enabled: Union[bool, NotGiven] = NOT_GIVEN,
        register: Union[bool, NotGiven] = NOT_GIVEN,
        provider: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SipTrunk:
        """Create a SIP trunk

        Adds a SIP gateway to the organization and answers 201 with the stored trunk. A name already in use is
        refused with 400. Organization admins only. Call `syncSipTrunks` (or enable the trunk) to push the
        configuration to the SIP bridge.

        Args:
            name: Name, unique within the organization.
            gateway: Host name or IP of the carrier or PBX, optionally with a port (`host:port`).
            username: SIP authentication user name.
            password: SIP authentication password. Secret.
            priority: Routing order; lower values are tried first.
            enabled: Whether the trunk is used for routing.
            register: Whether the SIP bridge registers with the gateway (`false` for IP authentication).
            provider: Free label for the carrier or PBX.

        ``POST /api/v1/sip-trunks``
        """
        return self._call(
            _ops.SIP_TRUNKS_CREATE,
            {
                "name": name,
                "gateway": gateway,
                "username": username,
                "password": password,
                "priority": priority,
                "enabled": enabled,
                "register": register,
                "provider": provider,
            },
            options,
        )

    async def create_async(
        self,
        *,
        name: str,
        gateway: str,
        username: str,
        password: str,
        priority: Union[int, NotGiven] = NOT_GIVEN,
        enabled: Union[bool, NotGiven] = NOT_GIVEN,
        register: Union[bool, NotGiven] = NOT_GIVEN,
        provider: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SipTrunk:
        """Create a SIP trunk

        Adds a SIP gateway to the organization and answers 201 with the stored trunk. A name already in use is
        refused with 400. Organization admins only. Call `syncSipTrunks` (or enable the trunk) to push the
        configuration to the SIP bridge.

        Args:
            name: Name, unique within the organization.
            gateway: Host name or IP of the carrier or PBX, optionally with a port (`host:port`).
            username: SIP authentication user name.
            password: SIP authentication password. Secret.
            priority: Routing order; lower values are tried first.
            enabled: Whether the trunk is used for routing.
            register: Whether the SIP bridge registers with the gateway (`false` for IP authentication).
            provider: Free label for the carrier or PBX.

        ``POST /api/v1/sip-trunks``
        """
        return await self._call_async(
            _ops.SIP_TRUNKS_CREATE,
            {
                "name": name,
                "gateway": gateway,
                "username": username,
                "password": password,
                "priority": priority,
                "enabled": enabled,
                "register": register,
                "provider": provider,
            },
            options,
        )

    def sync(self, **options: Unpack[RequestOptions]) -> SipTrunkSyncResult:
        """Push SIP trunks to the SIP bridge

        Sends the organization's enabled trunks to Burki's SIP bridge again, for example after a bridge restart.
        No body. A `success` answer means the push was started; failures inside the bridge are only logged by the
        server. Organization admins only.

        ``POST /api/v1/sip-trunks/sync``
        """
        return self._call(_ops.SIP_TRUNKS_SYNC, {}, options)

    async def sync_async(self, **options: Unpack[RequestOptions]) -> SipTrunkSyncResult:
        """Push SIP trunks to the SIP bridge

        Sends the organization's enabled trunks to Burki's SIP bridge again, for example after a bridge restart.
        No body. A `success` answer means the push was started; failures inside the bridge are only logged by the
        server. Organization admins only.

        ``POST /api/v1/sip-trunks/sync``
        """
        return await self._call_async(_ops.SIP_TRUNKS_SYNC, {}, options)

    def get(self, trunk_id: str, **options: Unpack[RequestOptions]) -> SipTrunk:
        """Get a SIP trunk

        Returns one SIP trunk of the organization. Organization admins only.

        Args:
            trunk_id: SIP trunk id, a UUID string (unlike most Burki ids, which are integers).

        ``GET /api/v1/sip-trunks/{trunk_id}``
        """
        return self._call(_ops.SIP_TRUNKS_GET, {"trunk_id": trunk_id}, options)

    async def get_async(self, trunk_id: str, **options: Unpack[RequestOptions]) -> SipTrunk:
        """Get a SIP trunk

        Returns one SIP trunk of the organization. Organization admins only.

        Args:
            trunk_id: SIP trunk id, a UUID string (unlike most Burki ids, which are integers).

        ``GET /api/v1/sip-trunks/{trunk_id}``
        """
        return await self._call_async(_ops.SIP_TRUNKS_GET, {"trunk_id": trunk_id}, options)

    def update(
        self,
        trunk_id: str,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        gateway: Union[Optional[str], NotGiven] = NOT_GIVEN,
        username: Union[Optional[str], NotGiven] = NOT_GIVEN,
        password: Union[Optional[str], NotGiven] = NOT_GIVEN,
        priority: Union[Optional[int], NotGiven] = NOT_GIVEN,
        enabled: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        register: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        provider: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SipTrunk:
        """Update a SIP trunk

        Changes the fields sent and leaves the others alone, although the method is PUT. Organization admins only.

        Args:
            trunk_id: SIP trunk id, a UUID string (unlike most Burki ids, which are integers).
            name: New name, unique within the organization.
            gateway: New gateway host, optionally with a port.
            username: New SIP user name.
            password: New SIP password. Secret.
            priority: New routing order.
            enabled: Use the trunk for routing or not.
            register: Register with the gateway or not.
            provider: New carrier label.

        ``PUT /api/v1/sip-trunks/{trunk_id}``
        """
        return self._call(
            _ops.SIP_TRUNKS_UPDATE,
            {
                "trunk_id": trunk_id,
                "name": name,
                "gateway": gateway,
                "username": username,
                "password": password,
                "priority": priority,
                "enabled": enabled,
                "register": register,
                "provider": provider,
            },
            options,
        )

    async def update_async(
        self,
        trunk_id: str,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        gateway: Union[Optional[str], NotGiven] = NOT_GIVEN,
        username: Union[Optional[str], NotGiven] = NOT_GIVEN,
        password: Union[Optional[str], NotGiven] = NOT_GIVEN,
        priority: Union[Optional[int], NotGiven] = NOT_GIVEN,
        enabled: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        register: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        provider: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SipTrunk:
        """Update a SIP trunk

        Changes the fields sent and leaves the others alone, although the method is PUT. Organization admins only.

        Args:
            trunk_id: SIP trunk id, a UUID string (unlike most Burki ids, which are integers).
            name: New name, unique within the organization.
            gateway: New gateway host, optionally with a port.
            username: New SIP user name.
            password: New SIP password. Secret.
            priority: New routing order.
            enabled: Use the trunk for routing or not.
            register: Register with the gateway or not.
            provider: New carrier label.

        ``PUT /api/v1/sip-trunks/{trunk_id}``
        """
        return await self._call_async(
            _ops.SIP_TRUNKS_UPDATE,
            {
                "trunk_id": trunk_id,
                "name": name,
                "gateway": gateway,
                "username": username,
                "password": password,
                "priority": priority,
                "enabled": enabled,
                "register": register,
                "provider": provider,
            },
            options,
        )

    def delete(self, trunk_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a SIP trunk

        Removes the trunk for good and answers 204 with an empty body. Organization admins only.

        Args:
            trunk_id: SIP trunk id, a UUID string (unlike most Burki ids, which are integers).

        ``DELETE /api/v1/sip-trunks/{trunk_id}``
        """
        return self._call(_ops.SIP_TRUNKS_DELETE, {"trunk_id": trunk_id}, options)

    async def delete_async(self, trunk_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a SIP trunk

        Removes the trunk for good and answers 204 with an empty body. Organization admins only.

        Args:
            trunk_id: SIP trunk id, a UUID string (unlike most Burki ids, which are integers).

        ``DELETE /api/v1/sip-trunks/{trunk_id}``
        """
        return await self._call_async(_ops.SIP_TRUNKS_DELETE, {"trunk_id": trunk_id}, options)

    def enable(self, trunk_id: str, **options: Unpack[RequestOptions]) -> SipTrunk:
        """Enable a SIP trunk

        Puts a disabled trunk back into routing and answers with the trunk. No body. Organization admins only.

        Args:
            trunk_id: SIP trunk id, a UUID string (unlike most Burki ids, which are integers).

        ``POST /api/v1/sip-trunks/{trunk_id}/enable``
        """
        return self._call(_ops.SIP_TRUNKS_ENABLE, {"trunk_id": trunk_id}, options)

    async def enable_async(self, trunk_id: str, **options: Unpack[RequestOptions]) -> SipTrunk:
        """Enable a SIP trunk

        Puts a disabled trunk back into routing and answers with the trunk. No body. Organization admins only.

        Args:
            trunk_id: SIP trunk id, a UUID string (unlike most Burki ids, which are integers).

        ``POST /api/v1/sip-trunks/{trunk_id}/enable``
        """
        return await self._call_async(_ops.SIP_TRUNKS_ENABLE, {"trunk_id": trunk_id}, options)

    def disable(self, trunk_id: str, **options: Unpack[RequestOptions]) -> SipTrunk:
        """Disable a SIP trunk

        Takes a trunk out of routing without deleting it and answers with the trunk. No body. Organization admins
        only.

        Args:
            trunk_id: SIP trunk id, a UUID string (unlike most Burki ids, which are integers).

        ``POST /api/v1/sip-trunks/{trunk_id}/disable``
        """
        return self._call(_ops.SIP_TRUNKS_DISABLE, {"trunk_id": trunk_id}, options)

    async def disable_async(self, trunk_id: str, **options: Unpack[RequestOptions]) -> SipTrunk:
        """Disable a SIP trunk

        Takes a trunk out of routing without deleting it and answers with the trunk. No body. Organization admins
        only.

        Args:
            trunk_id: SIP trunk id, a UUID string (unlike most Burki ids, which are integers).

        ``POST /api/v1/sip-trunks/{trunk_id}/disable``
        """
        return await self._call_async(_ops.SIP_TRUNKS_DISABLE, {"trunk_id": trunk_id}, options)


class AsyncSipTrunks(Resource):
    """The organization's own SIP carriers and PBXs that Burki's SIP bridge routes calls through. Organization admins
    only.

    The async form of ``SipTrunks``.
    """

    @cached_property
    def with_raw_response(self) -> AsyncSipTrunksWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return AsyncSipTrunksWithRawResponse(self)

    async def list(self, **options: Unpack[RequestOptions]) -> List[SipTrunk]:
        """List SIP trunks

        Returns the organization's SIP trunks as a plain array sorted by `priority` (not paginated). Organization
        admins only.

        ``GET /api/v1/sip-trunks``
        """
        return await self._call_async(_ops.SIP_TRUNKS_LIST, {}, options)

    async def create(
        self,
        *,
        name: str,
        gateway: str,
        username: str,
        password: str,
        priority: Union[int, NotGiven] = NOT_GIVEN,
        enabled: Union[bool, NotGiven] = NOT_GIVEN,
        register: Union[bool, NotGiven] = NOT_GIVEN,
        provider: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SipTrunk:
        """Create a SIP trunk

        Adds a SIP gateway to the organization and answers 201 with the stored trunk. A name already in use is
        refused with 400. Organization admins only. Call `syncSipTrunks` (or enable the trunk) to push the
        configuration to the SIP bridge.

        Args:
            name: Name, unique within the organization.
            gateway: Host name or IP of the carrier or PBX, optionally with a port (`host:port`).
            username: SIP authentication user name.
            password: SIP authentication password. Secret.
            priority: Routing order; lower values are tried first.
            enabled: Whether the trunk is used for routing.
            register: Whether the SIP bridge registers with the gateway (`false` for IP authentication).
            provider: Free label for the carrier or PBX.

        ``POST /api/v1/sip-trunks``
        """
        return await self._call_async(
            _ops.SIP_TRUNKS_CREATE,
            {
                "name": name,
                "gateway": gateway,
                "username": username,
                "password": password,
                "priority": priority,
                "enabled": enabled,
                "register": register,
                "provider": provider,
            },
            options,
        )

    async def sync(self, **options: Unpack[RequestOptions]) -> SipTrunkSyncResult:
        """Push SIP trunks to the SIP bridge

        Sends the organization's enabled trunks to Burki's SIP bridge again, for example after a bridge restart.
        No body. A `success` answer means the push was started; failures inside the bridge are only logged by the
        server. Organization admins only.

        ``POST /api/v1/sip-trunks/sync``
        """
        return await self._call_async(_ops.SIP_TRUNKS_SYNC, {}, options)

    async def get(self, trunk_id: str, **options: Unpack[RequestOptions]) -> SipTrunk:
        """Get a SIP trunk

        Returns one SIP trunk of the organization. Organization admins only.

        Args:
            trunk_id: SIP trunk id, a UUID string (unlike most Burki ids, which are integers).

        ``GET /api/v1/sip-trunks/{trunk_id}``
        """
        return await self._call_async(_ops.SIP_TRUNKS_GET, {"trunk_id": trunk_id}, options)

    async def update(
        self,
        trunk_id: str,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        gateway: Union[Optional[str], NotGiven] = NOT_GIVEN,
        username: Union[Optional[str], NotGiven] = NOT_GIVEN,
        password: Union[Optional[str], NotGiven] = NOT_GIVEN,
        priority: Union[Optional[int], NotGiven] = NOT_GIVEN,
        enabled: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        register: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        provider: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SipTrunk:
        """Update a SIP trunk

        Changes the fields sent and leaves the others alone, although the method is PUT. Organization admins only.

        Args:
            trunk_id: SIP trunk id, a UUID string (unlike most Burki ids, which are integers).
            name: New name, unique within the organization.
            gateway: New gateway host, optionally with a port.
            username: New SIP user name.
            password: New SIP password. Secret.
            priority: New routing order.
            enabled: Use the trunk for routing or not.
            register: Register with the gateway or not.
            provider: New carrier label.

        ``PUT /api/v1/sip-trunks/{trunk_id}``
        """
        return await self._call_async(
            _ops.SIP_TRUNKS_UPDATE,
            {
                "trunk_id": trunk_id,
                "name": name,
                "gateway": gateway,
                "username": username,
                "password": password,
                "priority": priority,
                "enabled": enabled,
                "register": register,
                "provider": provider,
            },
            options,
        )

    async def delete(self, trunk_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a SIP trunk

        Removes the trunk for good and answers 204 with an empty body. Organization admins only.

        Args:
            trunk_id: SIP trunk id, a UUID string (unlike most Burki ids, which are integers).

        ``DELETE /api/v1/sip-trunks/{trunk_id}``
        """
        return await self._call_async(_ops.SIP_TRUNKS_DELETE, {"trunk_id": trunk_id}, options)

    async def enable(self, trunk_id: str, **options: Unpack[RequestOptions]) -> SipTrunk:
        """Enable a SIP trunk

        Puts a disabled trunk back into routing and answers with the trunk. No body. Organization admins only.

        Args:
            trunk_id: SIP trunk id, a UUID string (unlike most Burki ids, which are integers).

        ``POST /api/v1/sip-trunks/{trunk_id}/enable``
        """
        return await self._call_async(_ops.SIP_TRUNKS_ENABLE, {"trunk_id": trunk_id}, options)

    async def disable(self, trunk_id: str, **options: Unpack[RequestOptions]) -> SipTrunk:
        """Disable a SIP trunk

        Takes a trunk out of routing without deleting it and answers with the trunk. No body. Organization admins
        only.

        Args:
            trunk_id: SIP trunk id, a UUID string (unlike most Burki ids, which are integers).

        ``POST /api/v1/sip-trunks/{trunk_id}/disable``
        """
        return await self._call_async(_ops.SIP_TRUNKS_DISABLE, {"trunk_id": trunk_id}, options)


class SipTrunksWithRawResponse:
    def __init__(self, resource: SipTrunks) -> None:
        self.list = to_raw_response(resource.list)
        self.list_async = async_to_raw_response(resource.list_async)
        self.create = to_raw_response(resource.create)
        self.create_async = async_to_raw_response(resource.create_async)
        self.sync = to_raw_response(resource.sync)
        self.sync_async = async_to_raw_response(resource.sync_async)
        self.get = to_raw_response(resource.get)
        self.get_async = async_to_raw_response(resource.get_async)
        self.update = to_raw_response(resource.update)
        self.update_async = async_to_raw_response(resource.update_async)
        self.delete = to_raw_response(resource.delete)
        self.delete_async = async_to_raw_response(resource.delete_async)
        self.enable = to_raw_response(resource.enable)
        self.enable_async = async_to_raw_response(resource.enable_async)
        self.disable = to_raw_response(resource.disable)
        self.disable_async = async_to_raw_response(resource.disable_async)


class AsyncSipTrunksWithRawResponse:
    def __init__(self, resource: AsyncSipTrunks) -> None:
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.sync = async_to_raw_response(resource.sync)
        self.get = async_to_raw_response(resource.get)
        self.update = async_to_raw_response(resource.update)
        self.delete = async_to_raw_response(resource.delete)
        self.enable = async_to_raw_response(resource.enable)
        self.disable = async_to_raw_response(resource.disable)

# Generated from the Burki API 1.0.0 spec; do not edit.
"""Multi-node conversation graphs that a phone number can run instead of a single assistant."""

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
    Flow,
)



class Flows(Resource):
    """Multi-node conversation graphs that a phone number can run instead of a single assistant."""

    @cached_property
    def with_raw_response(self) -> FlowsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return FlowsWithRawResponse(self)

    def list(
        self,
        *,
        skip: Union[int, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        active_only: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Flow]:
        """List conversation flows

        Returns the organization's flows as a plain array. Only active flows unless `active_only` is `false`. The
        docs mention only `active_only`; the server also pages with `skip` and `limit` and returns no total, so
        keep requesting until a page is shorter than `limit`.

        Args:
            skip: How many records to skip before the first one returned.
            limit: Largest number of flows to return.
            active_only: Only return active flows.

        ``GET /api/v1/flows``
        """
        return self._list(_ops.FLOWS_LIST, {"skip": skip, "limit": limit, "active_only": active_only}, options)

    def list_async(
        self,
        *,
        skip: Union[int, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        active_only: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageRequest[Flow]:
        """List conversation flows

        Returns the organization's flows as a plain array. Only active flows unless `active_only` is `false`. The
        docs mention only `active_only`; the server also pages with `skip` and `limit` and returns no total, so
        keep requesting until a page is shorter than `limit`.

        Args:
            skip: How many records to skip before the first one returned.
            limit: Largest number of flows to return.
            active_only: Only return active flows.

        ``GET /api/v1/flows``
        """
        return self._list_async(_ops.FLOWS_LIST, {"skip": skip, "limit": limit, "active_only": active_only}, options)

    def create(
        self,
        *,
        name: str,
        base_assistant_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        graph: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        is_active: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Flow:
        """Create a conversation flow

        Creates a flow and answers 201 with it. With only a `name`, the server also creates a paired assistant
        (returned as `base_assistant_id`) and a one-node starter graph to edit later.

        Args:
            name: Flow name.
            base_assistant_id: Assistant that supplies voice, models, tools and knowledge base; created when
                left out.
            graph: The flow definition; a one-node starter graph when left out.
            is_active: Whether the flow answers calls.

        ``POST /api/v1/flows``
        """
        return self._call(
            _ops.FLOWS_CREATE,
            {
                "name": name,
                "base_assistant_id": base_assistant_id,
                "graph": graph,
                "is_active": is_active,
            },
            options,
        )

    async def create_async(
        self,
        *,
        name: str,
        base_assistant_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        graph: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        is_active: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Flow:
        """Create a conversation flow

        Creates a flow and answers 201 with it. With only a `name`, the server also creates a paired assistant
        (returned as `base_assistant_id`) and a one-node starter graph to edit later.

        Args:
            name: Flow name.
            base_assistant_id: Assistant that supplies voice, models, tools and knowledge base; created when
                left out.
            graph: The flow definition; a one-node starter graph when left out.
            is_active: Whether the flow answers calls.

        ``POST /api/v1/flows``
        """
        return await self._call_async(
            _ops.FLOWS_CREATE,
            {
                "name": name,
                "base_assistant_id": base_assistant_id,
                "graph": graph,
                "is_active": is_active,
            },
            options,
        )

    def get(self, flow_id: int, **options: Unpack[RequestOptions]) -> Flow:
        """Get a conversation flow

        Returns one flow of the organization, with its graph.

        Args:
            flow_id: Conversation flow id (an integer).

        ``GET /api/v1/flows/{flow_id}``
        """
        return self._call(_ops.FLOWS_GET, {"flow_id": flow_id}, options)

    async def get_async(self, flow_id: int, **options: Unpack[RequestOptions]) -> Flow:
        """Get a conversation flow

        Returns one flow of the organization, with its graph.

        Args:
            flow_id: Conversation flow id (an integer).

        ``GET /api/v1/flows/{flow_id}``
        """
        return await self._call_async(_ops.FLOWS_GET, {"flow_id": flow_id}, options)

    def update(
        self,
        flow_id: int,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        base_assistant_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        graph: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        is_active: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Flow:
        """Update a conversation flow

        Changes the fields sent (any subset of `name`, `base_assistant_id`, `graph`, `is_active`) and leaves the
        others alone, although the method is PUT. A graph that is sent replaces the stored one.

        Args:
            flow_id: Conversation flow id (an integer).
            name: New name.
            base_assistant_id: New base assistant.
            graph: New flow definition; replaces the stored graph.
            is_active: Let the flow answer calls or not.

        ``PUT /api/v1/flows/{flow_id}``
        """
        return self._call(
            _ops.FLOWS_UPDATE,
            {
                "flow_id": flow_id,
                "name": name,
                "base_assistant_id": base_assistant_id,
                "graph": graph,
                "is_active": is_active,
            },
            options,
        )

    async def update_async(
        self,
        flow_id: int,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        base_assistant_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        graph: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        is_active: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Flow:
        """Update a conversation flow

        Changes the fields sent (any subset of `name`, `base_assistant_id`, `graph`, `is_active`) and leaves the
        others alone, although the method is PUT. A graph that is sent replaces the stored one.

        Args:
            flow_id: Conversation flow id (an integer).
            name: New name.
            base_assistant_id: New base assistant.
            graph: New flow definition; replaces the stored graph.
            is_active: Let the flow answer calls or not.

        ``PUT /api/v1/flows/{flow_id}``
        """
        return await self._call_async(
            _ops.FLOWS_UPDATE,
            {
                "flow_id": flow_id,
                "name": name,
                "base_assistant_id": base_assistant_id,
                "graph": graph,
                "is_active": is_active,
            },
            options,
        )

    def delete(self, flow_id: int, **options: Unpack[RequestOptions]) -> ApiResponse:
        """Delete a conversation flow

        Deletes the flow for good. Phone numbers that ran it are left routed to nothing. Answers with an
        `ApiResponse` acknowledgement.

        Args:
            flow_id: Conversation flow id (an integer).

        ``DELETE /api/v1/flows/{flow_id}``
        """
        return self._call(_ops.FLOWS_DELETE, {"flow_id": flow_id}, options)

    async def delete_async(self, flow_id: int, **options: Unpack[RequestOptions]) -> ApiResponse:
        """Delete a conversation flow

        Deletes the flow for good. Phone numbers that ran it are left routed to nothing. Answers with an
        `ApiResponse` acknowledgement.

        Args:
            flow_id: Conversation flow id (an integer).

        ``DELETE /api/v1/flows/{flow_id}``
        """
        return await self._call_async(_ops.FLOWS_DELETE, {"flow_id": flow_id}, options)

    def assign_phone_number(self, flow_id: int, phone_number_id: int, **options: Unpack[RequestOptions]) -> ApiResponse:
        """Assign a phone number to a flow

        Routes the phone number to the flow and clears any assistant the number was routed to. No body. Answers
        with an `ApiResponse` acknowledgement.

        Args:
            flow_id: Conversation flow id (an integer).
            phone_number_id: Phone number id (an integer, the `id` of `PhoneNumber`), not the number itself.

        ``POST /api/v1/flows/{flow_id}/phone-numbers/{phone_number_id}/assign``
        """
        return self._call(
            _ops.FLOWS_ASSIGN_PHONE_NUMBER,
            {
                "flow_id": flow_id,
                "phone_number_id": phone_number_id,
            },
            options,
        )

    async def assign_phone_number_async(
        self,
        flow_id: int,
        phone_number_id: int,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse:
        """Assign a phone number to a flow

        Routes the phone number to the flow and clears any assistant the number was routed to. No body. Answers
        with an `ApiResponse` acknowledgement.

        Args:
            flow_id: Conversation flow id (an integer).
            phone_number_id: Phone number id (an integer, the `id` of `PhoneNumber`), not the number itself.

        ``POST /api/v1/flows/{flow_id}/phone-numbers/{phone_number_id}/assign``
        """
        return await self._call_async(
            _ops.FLOWS_ASSIGN_PHONE_NUMBER,
            {
                "flow_id": flow_id,
                "phone_number_id": phone_number_id,
            },
            options,
        )

    def unassign_phone_number(
        self,
        flow_id: int,
        phone_number_id: int,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse:
        """Unassign a phone number from a flow

        Stops the phone number from running the flow; the number then routes to nothing. No body. Answers with an
        `ApiResponse` acknowledgement.

        Args:
            flow_id: Conversation flow id (an integer).
            phone_number_id: Phone number id (an integer, the `id` of `PhoneNumber`), not the number itself.

        ``POST /api/v1/flows/{flow_id}/phone-numbers/{phone_number_id}/unassign``
        """
        return self._call(
            _ops.FLOWS_UNASSIGN_PHONE_NUMBER,
            {
                "flow_id": flow_id,
                "phone_number_id": phone_number_id,
            },
            options,
        )

    async def unassign_phone_number_async(
        self,
        flow_id: int,
        phone_number_id: int,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse:
        """Unassign a phone number from a flow

        Stops the phone number from running the flow; the number then routes to nothing. No body. Answers with an
        `ApiResponse` acknowledgement.

        Args:
            flow_id: Conversation flow id (an integer).
            phone_number_id: Phone number id (an integer, the `id` of `PhoneNumber`), not the number itself.

        ``POST /api/v1/flows/{flow_id}/phone-numbers/{phone_number_id}/unassign``
        """
        return await self._call_async(
            _ops.FLOWS_UNASSIGN_PHONE_NUMBER,
            {
                "flow_id": flow_id,
                "phone_number_id": phone_number_id,
            },
            options,
        )


class AsyncFlows(Resource):
    """Multi-node conversation graphs that a phone number can run instead of a single assistant.

    The async form of ``Flows``.
    """

    @cached_property
    def with_raw_response(self) -> AsyncFlowsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return AsyncFlowsWithRawResponse(self)

    def list(
        self,
        *,
        skip: Union[int, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        active_only: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageRequest[Flow]:
        """List conversation flows

        Returns the organization's flows as a plain array. Only active flows unless `active_only` is `false`. The
        docs mention only `active_only`; the server also pages with `skip` and `limit` and returns no total, so
        keep requesting until a page is shorter than `limit`.

        Args:
            skip: How many records to skip before the first one returned.
            limit: Largest number of flows to return.
            active_only: Only return active flows.

        ``GET /api/v1/flows``
        """
        return self._list_async(_ops.FLOWS_LIST, {"skip": skip, "limit": limit, "active_only": active_only}, options)

    async def create(
        self,
        *,
        name: str,
        base_assistant_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        graph: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        is_active: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Flow:
        """Create a conversation flow

        Creates a flow and answers 201 with it. With only a `name`, the server also creates a paired assistant
        (returned as `base_assistant_id`) and a one-node starter graph to edit later.

        Args:
            name: Flow name.
            base_assistant_id: Assistant that supplies voice, models, tools and knowledge base; created when
                left out.
            graph: The flow definition; a one-node starter graph when left out.
            is_active: Whether the flow answers calls.

        ``POST /api/v1/flows``
        """
        return await self._call_async(
            _ops.FLOWS_CREATE,
            {
                "name": name,
                "base_assistant_id": base_assistant_id,
                "graph": graph,
                "is_active": is_active,
            },
            options,
        )

    async def get(self, flow_id: int, **options: Unpack[RequestOptions]) -> Flow:
        """Get a conversation flow

        Returns one flow of the organization, with its graph.

        Args:
            flow_id: Conversation flow id (an integer).

        ``GET /api/v1/flows/{flow_id}``
        """
        return await self._call_async(_ops.FLOWS_GET, {"flow_id": flow_id}, options)

    async def update(
        self,
        flow_id: int,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        base_assistant_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        graph: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        is_active: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Flow:
        """Update a conversation flow

        Changes the fields sent (any subset of `name`, `base_assistant_id`, `graph`, `is_active`) and leaves the
        others alone, although the method is PUT. A graph that is sent replaces the stored one.

        Args:
            flow_id: Conversation flow id (an integer).
            name: New name.
            base_assistant_id: New base assistant.
            graph: New flow definition; replaces the stored graph.
            is_active: Let the flow answer calls or not.

        ``PUT /api/v1/flows/{flow_id}``
        """
        return await self._call_async(
            _ops.FLOWS_UPDATE,
            {
                "flow_id": flow_id,
                "name": name,
                "base_assistant_id": base_assistant_id,
                "graph": graph,
                "is_active": is_active,
            },
            options,
        )

    async def delete(self, flow_id: int, **options: Unpack[RequestOptions]) -> ApiResponse:
        """Delete a conversation flow

        Deletes the flow for good. Phone numbers that ran it are left routed to nothing. Answers with an
        `ApiResponse` acknowledgement.

        Args:
            flow_id: Conversation flow id (an integer).

        ``DELETE /api/v1/flows/{flow_id}``
        """
        return await self._call_async(_ops.FLOWS_DELETE, {"flow_id": flow_id}, options)

    async def assign_phone_number(
        self,
        flow_id: int,
        phone_number_id: int,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse:
        """Assign a phone number to a flow

        Routes the phone number to the flow and clears any assistant the number was routed to. No body. Answers
        with an `ApiResponse` acknowledgement.

        Args:
            flow_id: Conversation flow id (an integer).
            phone_number_id: Phone number id (an integer, the `id` of `PhoneNumber`), not the number itself.

        ``POST /api/v1/flows/{flow_id}/phone-numbers/{phone_number_id}/assign``
        """
        return await self._call_async(
            _ops.FLOWS_ASSIGN_PHONE_NUMBER,
            {
                "flow_id": flow_id,
                "phone_number_id": phone_number_id,
            },
            options,
        )

    async def unassign_phone_number(
        self,
        flow_id: int,
        phone_number_id: int,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse:
        """Unassign a phone number from a flow

        Stops the phone number from running the flow; the number then routes to nothing. No body. Answers with an
        `ApiResponse` acknowledgement.

        Args:
            flow_id: Conversation flow id (an integer).
            phone_number_id: Phone number id (an integer, the `id` of `PhoneNumber`), not the number itself.

        ``POST /api/v1/flows/{flow_id}/phone-numbers/{phone_number_id}/unassign``
        """
        return await self._call_async(
            _ops.FLOWS_UNASSIGN_PHONE_NUMBER,
            {
                "flow_id": flow_id,
                "phone_number_id": phone_number_id,
            },
            options,
        )


class FlowsWithRawResponse:
    def __init__(self, resource: Flows) -> None:
        self.create = to_raw_response(resource.create)
        self.create_async = async_to_raw_response(resource.create_async)
        self.get = to_raw_response(resource.get)
        self.get_async = async_to_raw_response(resource.get_async)
        self.update = to_raw_response(resource.update)
        self.update_async = async_to_raw_response(resource.update_async)
        self.delete = to_raw_response(resource.delete)
        self.delete_async = async_to_raw_response(resource.delete_async)
        self.assign_phone_number = to_raw_response(resource.assign_phone_number)
        self.assign_phone_number_async = async_to_raw_response(resource.assign_phone_number_async)
        self.unassign_phone_number = to_raw_response(resource.unassign_phone_number)
        self.unassign_phone_number_async = async_to_raw_response(resource.unassign_phone_number_async)


class AsyncFlowsWithRawResponse:
    def __init__(self, resource: AsyncFlows) -> None:
        self.create = async_to_raw_response(resource.create)
        self.get = async_to_raw_response(resource.get)
        self.update = async_to_raw_response(resource.update)
        self.delete = async_to_raw_response(resource.delete)
        self.assign_phone_number = async_to_raw_response(resource.assign_phone_number)
        self.unassign_phone_number = async_to_raw_response(resource.unassign_phone_number)

# Generated from the Burki API 1.0.0 spec; do not edit.
"""Recorded call conversations that can be turned into eval cases. They hold customer conversation content."""

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
    CallTrace,
    CallTraceDetail,
)



class CallTraces(Resource):
    """Recorded call conversations that can be turned into eval cases. They hold customer conversation content."""

    @cached_property
    def with_raw_response(self) -> CallTracesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return CallTracesWithRawResponse(self)

    def list(
        self,
        *,
        assistant_id: Union[int, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        offset: Union[int, NotGiven] = NOT_GIVEN,
        min_quality_score: Union[float, NotGiven] = NOT_GIVEN,
        resolution_status: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[CallTrace]:
        """List call traces

        Returns one page of recorded call conversations that can become eval cases, with shortened caller hashes,
        as a plain array. Page with `limit` and `offset`; the response carries no total, so keep requesting until
        a page is shorter than `limit`.

        Args:
            assistant_id: Only calls of this assistant.
            limit: Largest number of records to return.
            offset: How many records to skip before the first one returned.
            min_quality_score: Only conversations scored at least this, from 0 to 1.
            resolution_status: Only conversations with this outcome (for example `resolved`).

        ``GET /api/learning/call-traces``
        """
        return self._list(
            _ops.CALL_TRACES_LIST,
            {
                "assistant_id": assistant_id,
                "limit": limit,
                "offset": offset,
                "min_quality_score": min_quality_score,
                "resolution_status": resolution_status,
            },
            options,
        )

    def list_async(
        self,
        *,
        assistant_id: Union[int, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        offset: Union[int, NotGiven] = NOT_GIVEN,
        min_quality_score: Union[float, NotGiven] = NOT_GIVEN,
        resolution_status: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageRequest[CallTrace]:
        """List call traces

        Returns one page of recorded call conversations that can become eval cases, with shortened caller hashes,
        as a plain array. Page with `limit` and `offset`; the response carries no total, so keep requesting until
        a page is shorter than `limit`.

        Args:
            assistant_id: Only calls of this assistant.
            limit: Largest number of records to return.
            offset: How many records to skip before the first one returned.
            min_quality_score: Only conversations scored at least this, from 0 to 1.
            resolution_status: Only conversations with this outcome (for example `resolved`).

        ``GET /api/learning/call-traces``
        """
        return self._list_async(
            _ops.CALL_TRACES_LIST,
            {
                "assistant_id": assistant_id,
                "limit": limit,
                "offset": offset,
                "min_quality_score": min_quality_score,
                "resolution_status": resolution_status,
            },
            options,
        )

    def get(self, trace_id: int, **options: Unpack[RequestOptions]) -> CallTraceDetail:
        """Get a call trace

        Returns one recorded call with the whole conversation and the full caller hash. It contains customer
        conversation content; treat it as sensitive. The server does not declare the body; the fields follow the
        docs.

        Args:
            trace_id: Call trace id.

        ``GET /api/learning/call-traces/{trace_id}``
        """
        return self._call(_ops.CALL_TRACES_GET, {"trace_id": trace_id}, options)

    async def get_async(self, trace_id: int, **options: Unpack[RequestOptions]) -> CallTraceDetail:
        """Get a call trace

        Returns one recorded call with the whole conversation and the full caller hash. It contains customer
        conversation content; treat it as sensitive. The server does not declare the body; the fields follow the
        docs.

        Args:
            trace_id: Call trace id.

        ``GET /api/learning/call-traces/{trace_id}``
        """
        return await self._call_async(_ops.CALL_TRACES_GET, {"trace_id": trace_id}, options)


class AsyncCallTraces(Resource):
    """Recorded call conversations that can be turned into eval cases. They hold customer conversation content.

    The async form of ``CallTraces``.
    """

    @cached_property
    def with_raw_response(self) -> AsyncCallTracesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return AsyncCallTracesWithRawResponse(self)

    def list(
        self,
        *,
        assistant_id: Union[int, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        offset: Union[int, NotGiven] = NOT_GIVEN,
        min_quality_score: Union[float, NotGiven] = NOT_GIVEN,
        resolution_status: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageRequest[CallTrace]:
        """List call traces

        Returns one page of recorded call conversations that can become eval cases, with shortened caller hashes,
        as a plain array. Page with `limit` and `offset`; the response carries no total, so keep requesting until
        a page is shorter than `limit`.

        Args:
            assistant_id: Only calls of this assistant.
            limit: Largest number of records to return.
            offset: How many records to skip before the first one returned.
            min_quality_score: Only conversations scored at least this, from 0 to 1.
            resolution_status: Only conversations with this outcome (for example `resolved`).

        ``GET /api/learning/call-traces``
        """
        return self._list_async(
            _ops.CALL_TRACES_LIST,
            {
                "assistant_id": assistant_id,
                "limit": limit,
                "offset": offset,
                "min_quality_score": min_quality_score,
                "resolution_status": resolution_status,
            },
            options,
        )

    async def get(self, trace_id: int, **options: Unpack[RequestOptions]) -> CallTraceDetail:
        """Get a call trace

        Returns one recorded call with the whole conversation and the full caller hash. It contains customer
        conversation content; treat it as sensitive. The server does not declare the body; the fields follow the
        docs.

        Args:
            trace_id: Call trace id.

        ``GET /api/learning/call-traces/{trace_id}``
        """
        return await self._call_async(_ops.CALL_TRACES_GET, {"trace_id": trace_id}, options)


class CallTracesWithRawResponse:
    def __init__(self, resource: CallTraces) -> None:
        self.get = to_raw_response(resource.get)
        self.get_async = async_to_raw_response(resource.get_async)


class AsyncCallTracesWithRawResponse:
    def __init__(self, resource: AsyncCallTraces) -> None:
        self.get = async_to_raw_response(resource.get)

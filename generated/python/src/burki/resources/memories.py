# Generated from the Burki API 1.0.0 spec; do not edit.
"""What assistants remember across calls: list, store, correct and delete memories, search them by meaning, and read
the memory graph. Memories may hold customer data.
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
    Memory,
    MemoryEdges,
    MemoryGraph,
    MemoryGraphStats,
    MemorySearchResult,
)



class Memories(Resource):
    """What assistants remember across calls: list, store, correct and delete memories, search them by meaning, and
    read the memory graph. Memories may hold customer data.
    """

    @cached_property
    def with_raw_response(self) -> MemoriesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return MemoriesWithRawResponse(self)

    def list(
        self,
        *,
        scope_type: Union[Union[Literal["caller", "assistant", "location", "organization"], str], NotGiven] = NOT_GIVEN,
        scope_id: Union[str, NotGiven] = NOT_GIVEN,
        memory_type: Union[Union[Literal["semantic", "episodic", "procedural"], str], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        offset: Union[int, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Memory]:
        """List memories

        Returns one page of the organization's memories as a plain array, optionally filtered by scope and type.
        Page with `limit` and `offset`; the response carries no total, so keep requesting until a page is shorter
        than `limit`.

        Args:
            scope_type: Only memories with this scope.
            scope_id: Only memories of this scope's subject (for example a caller hash).
            memory_type: Only memories of this type.
            limit: Largest number of records to return.
            offset: How many records to skip before the first one returned.

        ``GET /api/learning/memories``
        """
        return self._list(
            _ops.MEMORIES_LIST,
            {
                "scope_type": scope_type,
                "scope_id": scope_id,
                "memory_type": memory_type,
                "limit": limit,
                "offset": offset,
            },
            options,
        )

    def list_async(
        self,
        *,
        scope_type: Union[Union[Literal["caller", "assistant", "location", "organization"], str], NotGiven] = NOT_GIVEN,
        scope_id: Union[str, NotGiven] = NOT_GIVEN,
        memory_type: Union[Union[Literal["semantic", "episodic", "procedural"], str], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        offset: Union[int, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageRequest[Memory]:
        """List memories

        Returns one page of the organization's memories as a plain array, optionally filtered by scope and type.
        Page with `limit` and `offset`; the response carries no total, so keep requesting until a page is shorter
        than `limit`.

        Args:
            scope_type: Only memories with this scope.
            scope_id: Only memories of this scope's subject (for example a caller hash).
            memory_type: Only memories of this type.
            limit: Largest number of records to return.
            offset: How many records to skip before the first one returned.

        ``GET /api/learning/memories``
        """
        return self._list_async(
            _ops.MEMORIES_LIST,
            {
                "scope_type": scope_type,
                "scope_id": scope_id,
                "memory_type": memory_type,
                "limit": limit,
                "offset": offset,
            },
            options,
        )

    def create(
        self,
        *,
        fact: str,
        memory_type: Union[Union[Literal["semantic", "episodic", "procedural"], str], NotGiven] = NOT_GIVEN,
        memory_scope: Union[
            Union[Literal["caller", "assistant", "location", "organization"], str],
            NotGiven
        ] = NOT_GIVEN,
        subject_type: Union[str, NotGiven] = NOT_GIVEN,
        subject_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        confidence: Union[float, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Memory:
        """Store a memory by hand

        Organization admins only: other users get `403`. Stores a fact for assistants to recall; leave out
        `memory_scope` for an organization-wide memory. Answers 200 with the memory.

        Args:
            fact: The fact to remember, in plain language.
            subject_type: What the memory is about (for example `caller`).
            subject_id: Which one it is about, for example a caller hash.
            confidence: How sure the fact is, from 0 to 1.

        ``POST /api/learning/memories``
        """
        return self._call(
            _ops.MEMORIES_CREATE,
            {
                "fact": fact,
                "memory_type": memory_type,
                "memory_scope": memory_scope,
                "subject_type": subject_type,
                "subject_id": subject_id,
                "confidence": confidence,
            },
            options,
        )

    async def create_async(
        self,
        *,
        fact: str,
        memory_type: Union[Union[Literal["semantic", "episodic", "procedural"], str], NotGiven] = NOT_GIVEN,
        memory_scope: Union[
            Union[Literal["caller", "assistant", "location", "organization"], str],
            NotGiven
        ] = NOT_GIVEN,
        subject_type: Union[str, NotGiven] = NOT_GIVEN,
        subject_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        confidence: Union[float, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Memory:
        """Store a memory by hand

        Organization admins only: other users get `403`. Stores a fact for assistants to recall; leave out
        `memory_scope` for an organization-wide memory. Answers 200 with the memory.

        Args:
            fact: The fact to remember, in plain language.
            subject_type: What the memory is about (for example `caller`).
            subject_id: Which one it is about, for example a caller hash.
            confidence: How sure the fact is, from 0 to 1.

        ``POST /api/learning/memories``
        """
        return await self._call_async(
            _ops.MEMORIES_CREATE,
            {
                "fact": fact,
                "memory_type": memory_type,
                "memory_scope": memory_scope,
                "subject_type": subject_type,
                "subject_id": subject_id,
                "confidence": confidence,
            },
            options,
        )

    def get(self, memory_id: int, **options: Unpack[RequestOptions]) -> Memory:
        """Get a memory

        Returns one memory of the organization.

        Args:
            memory_id: Memory id.

        ``GET /api/learning/memories/{memory_id}``
        """
        return self._call(_ops.MEMORIES_GET, {"memory_id": memory_id}, options)

    async def get_async(self, memory_id: int, **options: Unpack[RequestOptions]) -> Memory:
        """Get a memory

        Returns one memory of the organization.

        Args:
            memory_id: Memory id.

        ``GET /api/learning/memories/{memory_id}``
        """
        return await self._call_async(_ops.MEMORIES_GET, {"memory_id": memory_id}, options)

    def update(
        self,
        memory_id: int,
        *,
        fact: Union[Optional[str], NotGiven] = NOT_GIVEN,
        memory_type: Union[Optional[Union[Literal["semantic", "episodic", "procedural"], str]], NotGiven] = NOT_GIVEN,
        memory_scope: Union[
            Optional[Union[Literal["caller", "assistant", "location", "organization"], str]],
            NotGiven
        ] = NOT_GIVEN,
        confidence: Union[Optional[float], NotGiven] = NOT_GIVEN,
        edit_reason: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Memory:
        """Correct a memory

        Organization admins only: other users get `403`. Changes the fields sent and leaves the others alone,
        although the method is PUT. A new `fact` is embedded again for search. The subject (`subject_type`,
        `subject_id`) cannot be changed, whatever the docs say; `edit_reason` is kept for the audit trail.

        Args:
            memory_id: Memory id.
            fact: The corrected fact.
            memory_type: The new kind of memory.
            memory_scope: The new scope.
            confidence: The new confidence, from 0 to 1.
            edit_reason: Why the memory was edited, kept for the audit trail.

        ``PUT /api/learning/memories/{memory_id}``
        """
        return self._call(
            _ops.MEMORIES_UPDATE,
            {
                "memory_id": memory_id,
                "fact": fact,
                "memory_type": memory_type,
                "memory_scope": memory_scope,
                "confidence": confidence,
                "edit_reason": edit_reason,
            },
            options,
        )

    async def update_async(
        self,
        memory_id: int,
        *,
        fact: Union[Optional[str], NotGiven] = NOT_GIVEN,
        memory_type: Union[Optional[Union[Literal["semantic", "episodic", "procedural"], str]], NotGiven] = NOT_GIVEN,
        memory_scope: Union[
            Optional[Union[Literal["caller", "assistant", "location", "organization"], str]],
            NotGiven
        ] = NOT_GIVEN,
        confidence: Union[Optional[float], NotGiven] = NOT_GIVEN,
        edit_reason: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Memory:
        """Correct a memory

        Organization admins only: other users get `403`. Changes the fields sent and leaves the others alone,
        although the method is PUT. A new `fact` is embedded again for search. The subject (`subject_type`,
        `subject_id`) cannot be changed, whatever the docs say; `edit_reason` is kept for the audit trail.

        Args:
            memory_id: Memory id.
            fact: The corrected fact.
            memory_type: The new kind of memory.
            memory_scope: The new scope.
            confidence: The new confidence, from 0 to 1.
            edit_reason: Why the memory was edited, kept for the audit trail.

        ``PUT /api/learning/memories/{memory_id}``
        """
        return await self._call_async(
            _ops.MEMORIES_UPDATE,
            {
                "memory_id": memory_id,
                "fact": fact,
                "memory_type": memory_type,
                "memory_scope": memory_scope,
                "confidence": confidence,
                "edit_reason": edit_reason,
            },
            options,
        )

    def delete(self, memory_id: int, **options: Unpack[RequestOptions]) -> ActionAcknowledgement:
        """Delete a memory

        Soft-deletes the memory: assistants no longer recall it. The server does not declare the response body; it
        is a short acknowledgement.

        Args:
            memory_id: Memory id.

        ``DELETE /api/learning/memories/{memory_id}``
        """
        return self._call(_ops.MEMORIES_DELETE, {"memory_id": memory_id}, options)

    async def delete_async(self, memory_id: int, **options: Unpack[RequestOptions]) -> ActionAcknowledgement:
        """Delete a memory

        Soft-deletes the memory: assistants no longer recall it. The server does not declare the response body; it
        is a short acknowledgement.

        Args:
            memory_id: Memory id.

        ``DELETE /api/learning/memories/{memory_id}``
        """
        return await self._call_async(_ops.MEMORIES_DELETE, {"memory_id": memory_id}, options)

    def search(
        self,
        *,
        query: str,
        caller_hash: Union[Optional[str], NotGiven] = NOT_GIVEN,
        assistant_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> MemorySearchResult:
        """Search memories by meaning

        Finds the memories that best answer a question, by meaning rather than keywords, widening the search along
        the memory graph. Optionally narrowed to one caller or assistant.

        Args:
            query: What to look for, in plain language; matched by meaning, not keywords.
            caller_hash: Only memories about this caller (the hash of their number).
            assistant_id: Only memories of this assistant.
            limit: Largest number of memories to return.

        ``POST /api/learning/memories/search``
        """
        return self._call(
            _ops.MEMORIES_SEARCH,
            {
                "query": query,
                "caller_hash": caller_hash,
                "assistant_id": assistant_id,
                "limit": limit,
            },
            options,
        )

    async def search_async(
        self,
        *,
        query: str,
        caller_hash: Union[Optional[str], NotGiven] = NOT_GIVEN,
        assistant_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> MemorySearchResult:
        """Search memories by meaning

        Finds the memories that best answer a question, by meaning rather than keywords, widening the search along
        the memory graph. Optionally narrowed to one caller or assistant.

        Args:
            query: What to look for, in plain language; matched by meaning, not keywords.
            caller_hash: Only memories about this caller (the hash of their number).
            assistant_id: Only memories of this assistant.
            limit: Largest number of memories to return.

        ``POST /api/learning/memories/search``
        """
        return await self._call_async(
            _ops.MEMORIES_SEARCH,
            {
                "query": query,
                "caller_hash": caller_hash,
                "assistant_id": assistant_id,
                "limit": limit,
            },
            options,
        )

    def get_edges(self, memory_id: int, **options: Unpack[RequestOptions]) -> MemoryEdges:
        """Get a memory's relationships

        Returns the memory's relationships in the memory graph. The server does not declare the body and the docs
        do not describe it.

        Args:
            memory_id: Memory id.

        ``GET /api/learning/memories/{memory_id}/edges``
        """
        return self._call(_ops.MEMORIES_GET_EDGES, {"memory_id": memory_id}, options)

    async def get_edges_async(self, memory_id: int, **options: Unpack[RequestOptions]) -> MemoryEdges:
        """Get a memory's relationships

        Returns the memory's relationships in the memory graph. The server does not declare the body and the docs
        do not describe it.

        Args:
            memory_id: Memory id.

        ``GET /api/learning/memories/{memory_id}/edges``
        """
        return await self._call_async(_ops.MEMORIES_GET_EDGES, {"memory_id": memory_id}, options)

    def get_graph_stats(self, **options: Unpack[RequestOptions]) -> MemoryGraphStats:
        """Get memory graph statistics

        Returns counts about the organization's memory graph. The server does not declare the body and the docs do
        not describe it.

        ``GET /api/learning/graph-stats``
        """
        return self._call(_ops.MEMORIES_GET_GRAPH_STATS, {}, options)

    async def get_graph_stats_async(self, **options: Unpack[RequestOptions]) -> MemoryGraphStats:
        """Get memory graph statistics

        Returns counts about the organization's memory graph. The server does not declare the body and the docs do
        not describe it.

        ``GET /api/learning/graph-stats``
        """
        return await self._call_async(_ops.MEMORIES_GET_GRAPH_STATS, {}, options)

    def get_graph(
        self,
        assistant_id: int,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        edge_types: Union[str, NotGiven] = NOT_GIVEN,
        memory_types: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> MemoryGraph:
        """Get an assistant's memory graph

        Returns the assistant's memories and their relationships laid out for drawing (React Flow nodes and edges,
        with counts). `limit` caps the number of nodes; it is not a page size, and there is no next page.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            limit: Most memories (nodes) to include.
            edge_types: Comma-separated relationship types to include (for example
                `temporal_next,relates_to`).
            memory_types: Comma-separated memory types to include (`semantic`, `episodic`, `procedural`).

        ``GET /api/learning/assistants/{assistant_id}/memory-graph``
        """
        return self._call(
            _ops.MEMORIES_GET_GRAPH,
            {
                "assistant_id": assistant_id,
                "limit": limit,
                "edge_types": edge_types,
                "memory_types": memory_types,
            },
            options,
        )

    async def get_graph_async(
        self,
        assistant_id: int,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        edge_types: Union[str, NotGiven] = NOT_GIVEN,
        memory_types: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> MemoryGraph:
        """Get an assistant's memory graph

        Returns the assistant's memories and their relationships laid out for drawing (React Flow nodes and edges,
        with counts). `limit` caps the number of nodes; it is not a page size, and there is no next page.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            limit: Most memories (nodes) to include.
            edge_types: Comma-separated relationship types to include (for example
                `temporal_next,relates_to`).
            memory_types: Comma-separated memory types to include (`semantic`, `episodic`, `procedural`).

        ``GET /api/learning/assistants/{assistant_id}/memory-graph``
        """
        return await self._call_async(
            _ops.MEMORIES_GET_GRAPH,
            {
                "assistant_id": assistant_id,
                "limit": limit,
                "edge_types": edge_types,
                "memory_types": memory_types,
            },
            options,
        )


class AsyncMemories(Resource):
    """What assistants remember across calls: list, store, correct and delete memories, search them by meaning, and
    read the memory graph. Memories may hold customer data.

    The async form of ``Memories``.
    """

    @cached_property
    def with_raw_response(self) -> AsyncMemoriesWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return AsyncMemoriesWithRawResponse(self)

    def list(
        self,
        *,
        scope_type: Union[Union[Literal["caller", "assistant", "location", "organization"], str], NotGiven] = NOT_GIVEN,
        scope_id: Union[str, NotGiven] = NOT_GIVEN,
        memory_type: Union[Union[Literal["semantic", "episodic", "procedural"], str], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        offset: Union[int, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageRequest[Memory]:
        """List memories

        Returns one page of the organization's memories as a plain array, optionally filtered by scope and type.
        Page with `limit` and `offset`; the response carries no total, so keep requesting until a page is shorter
        than `limit`.

        Args:
            scope_type: Only memories with this scope.
            scope_id: Only memories of this scope's subject (for example a caller hash).
            memory_type: Only memories of this type.
            limit: Largest number of records to return.
            offset: How many records to skip before the first one returned.

        ``GET /api/learning/memories``
        """
        return self._list_async(
            _ops.MEMORIES_LIST,
            {
                "scope_type": scope_type,
                "scope_id": scope_id,
                "memory_type": memory_type,
                "limit": limit,
                "offset": offset,
            },
            options,
        )

    async def create(
        self,
        *,
        fact: str,
        memory_type: Union[Union[Literal["semantic", "episodic", "procedural"], str], NotGiven] = NOT_GIVEN,
        memory_scope: Union[
            Union[Literal["caller", "assistant", "location", "organization"], str],
            NotGiven
        ] = NOT_GIVEN,
        subject_type: Union[str, NotGiven] = NOT_GIVEN,
        subject_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        confidence: Union[float, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Memory:
        """Store a memory by hand

        Organization admins only: other users get `403`. Stores a fact for assistants to recall; leave out
        `memory_scope` for an organization-wide memory. Answers 200 with the memory.

        Args:
            fact: The fact to remember, in plain language.
            subject_type: What the memory is about (for example `caller`).
            subject_id: Which one it is about, for example a caller hash.
            confidence: How sure the fact is, from 0 to 1.

        ``POST /api/learning/memories``
        """
        return await self._call_async(
            _ops.MEMORIES_CREATE,
            {
                "fact": fact,
                "memory_type": memory_type,
                "memory_scope": memory_scope,
                "subject_type": subject_type,
                "subject_id": subject_id,
                "confidence": confidence,
            },
            options,
        )

    async def get(self, memory_id: int, **options: Unpack[RequestOptions]) -> Memory:
        """Get a memory

        Returns one memory of the organization.

        Args:
            memory_id: Memory id.

        ``GET /api/learning/memories/{memory_id}``
        """
        return await self._call_async(_ops.MEMORIES_GET, {"memory_id": memory_id}, options)

    async def update(
        self,
        memory_id: int,
        *,
        fact: Union[Optional[str], NotGiven] = NOT_GIVEN,
        memory_type: Union[Optional[Union[Literal["semantic", "episodic", "procedural"], str]], NotGiven] = NOT_GIVEN,
        memory_scope: Union[
            Optional[Union[Literal["caller", "assistant", "location", "organization"], str]],
            NotGiven
        ] = NOT_GIVEN,
        confidence: Union[Optional[float], NotGiven] = NOT_GIVEN,
        edit_reason: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Memory:
        """Correct a memory

        Organization admins only: other users get `403`. Changes the fields sent and leaves the others alone,
        although the method is PUT. A new `fact` is embedded again for search. The subject (`subject_type`,
        `subject_id`) cannot be changed, whatever the docs say; `edit_reason` is kept for the audit trail.

        Args:
            memory_id: Memory id.
            fact: The corrected fact.
            memory_type: The new kind of memory.
            memory_scope: The new scope.
            confidence: The new confidence, from 0 to 1.
            edit_reason: Why the memory was edited, kept for the audit trail.

        ``PUT /api/learning/memories/{memory_id}``
        """
        return await self._call_async(
            _ops.MEMORIES_UPDATE,
            {
                "memory_id": memory_id,
                "fact": fact,
                "memory_type": memory_type,
                "memory_scope": memory_scope,
                "confidence": confidence,
                "edit_reason": edit_reason,
            },
            options,
        )

    async def delete(self, memory_id: int, **options: Unpack[RequestOptions]) -> ActionAcknowledgement:
        """Delete a memory

        Soft-deletes the memory: assistants no longer recall it. The server does not declare the response body; it
        is a short acknowledgement.

        Args:
            memory_id: Memory id.

        ``DELETE /api/learning/memories/{memory_id}``
        """
        return await self._call_async(_ops.MEMORIES_DELETE, {"memory_id": memory_id}, options)

    async def search(
        self,
        *,
        query: str,
        caller_hash: Union[Optional[str], NotGiven] = NOT_GIVEN,
        assistant_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> MemorySearchResult:
        """Search memories by meaning

        Finds the memories that best answer a question, by meaning rather than keywords, widening the search along
        the memory graph. Optionally narrowed to one caller or assistant.

        Args:
            query: What to look for, in plain language; matched by meaning, not keywords.
            caller_hash: Only memories about this caller (the hash of their number).
            assistant_id: Only memories of this assistant.
            limit: Largest number of memories to return.

        ``POST /api/learning/memories/search``
        """
        return await self._call_async(
            _ops.MEMORIES_SEARCH,
            {
                "query": query,
                "caller_hash": caller_hash,
                "assistant_id": assistant_id,
                "limit": limit,
            },
            options,
        )

    async def get_edges(self, memory_id: int, **options: Unpack[RequestOptions]) -> MemoryEdges:
        """Get a memory's relationships

        Returns the memory's relationships in the memory graph. The server does not declare the body and the docs
        do not describe it.

        Args:
            memory_id: Memory id.

        ``GET /api/learning/memories/{memory_id}/edges``
        """
        return await self._call_async(_ops.MEMORIES_GET_EDGES, {"memory_id": memory_id}, options)

    async def get_graph_stats(self, **options: Unpack[RequestOptions]) -> MemoryGraphStats:
        """Get memory graph statistics

        Returns counts about the organization's memory graph. The server does not declare the body and the docs do
        not describe it.

        ``GET /api/learning/graph-stats``
        """
        return await self._call_async(_ops.MEMORIES_GET_GRAPH_STATS, {}, options)

    async def get_graph(
        self,
        assistant_id: int,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        edge_types: Union[str, NotGiven] = NOT_GIVEN,
        memory_types: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> MemoryGraph:
        """Get an assistant's memory graph

        Returns the assistant's memories and their relationships laid out for drawing (React Flow nodes and edges,
        with counts). `limit` caps the number of nodes; it is not a page size, and there is no next page.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            limit: Most memories (nodes) to include.
            edge_types: Comma-separated relationship types to include (for example
                `temporal_next,relates_to`).
            memory_types: Comma-separated memory types to include (`semantic`, `episodic`, `procedural`).

        ``GET /api/learning/assistants/{assistant_id}/memory-graph``
        """
        return await self._call_async(
            _ops.MEMORIES_GET_GRAPH,
            {
                "assistant_id": assistant_id,
                "limit": limit,
                "edge_types": edge_types,
                "memory_types": memory_types,
            },
            options,
        )


class MemoriesWithRawResponse:
    def __init__(self, resource: Memories) -> None:
        self.create = to_raw_response(resource.create)
        self.create_async = async_to_raw_response(resource.create_async)
        self.get = to_raw_response(resource.get)
        self.get_async = async_to_raw_response(resource.get_async)
        self.update = to_raw_response(resource.update)
        self.update_async = async_to_raw_response(resource.update_async)
        self.delete = to_raw_response(resource.delete)
        self.delete_async = async_to_raw_response(resource.delete_async)
        self.search = to_raw_response(resource.search)
        self.search_async = async_to_raw_response(resource.search_async)
        self.get_edges = to_raw_response(resource.get_edges)
        self.get_edges_async = async_to_raw_response(resource.get_edges_async)
        self.get_graph_stats = to_raw_response(resource.get_graph_stats)
        self.get_graph_stats_async = async_to_raw_response(resource.get_graph_stats_async)
        self.get_graph = to_raw_response(resource.get_graph)
        self.get_graph_async = async_to_raw_response(resource.get_graph_async)


class AsyncMemoriesWithRawResponse:
    def __init__(self, resource: AsyncMemories) -> None:
        self.create = async_to_raw_response(resource.create)
        self.get = async_to_raw_response(resource.get)
        self.update = async_to_raw_response(resource.update)
        self.delete = async_to_raw_response(resource.delete)
        self.search = async_to_raw_response(resource.search)
        self.get_edges = async_to_raw_response(resource.get_edges)
        self.get_graph_stats = async_to_raw_response(resource.get_graph_stats)
        self.get_graph = async_to_raw_response(resource.get_graph)

"""The base of the generated resource classes: each method is one call of these."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, TypeVar

from ._types import RequestOptions
from .operation import ListOperation, Operation
from .pagination import AsyncPageRequest, SyncPage, list_sync

if TYPE_CHECKING:
    from .client import BaseClient

R = TypeVar("R")
I = TypeVar("I")  # noqa: E741


class Resource:
    def __init__(self, client: "BaseClient") -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} resource>"

    def _call(self, op: Operation[R], args: Mapping[str, Any], options: RequestOptions) -> R:
        return self._client._call(op, args, options)

    async def _call_async(self, op: Operation[R], args: Mapping[str, Any], options: RequestOptions) -> R:
        return await self._client._call_async(op, args, options)

    def _url(self, op: Operation[Any], args: Mapping[str, Any]) -> str:
        return self._client._url(op, args)

    def _list(self, op: ListOperation[I, Any], args: Mapping[str, Any], options: RequestOptions) -> SyncPage[I]:
        return list_sync(self._client, op, args, options)

    def _list_async(
        self, op: ListOperation[I, Any], args: Mapping[str, Any], options: RequestOptions
    ) -> AsyncPageRequest[I]:
        return AsyncPageRequest(self._client, op, args, options)

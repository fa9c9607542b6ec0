"""Lists that walk pages. ``SyncPage`` iterates every item of every page; ``AsyncPageRequest`` is awaited for the
first ``AsyncPage`` or iterated with ``async for`` over every item. Parameter names and dotted paths in the rule
(``Pagination``) are wire names; items are validated as the operation's item type."""

from __future__ import annotations

from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Dict,
    Generator,
    Generic,
    Iterator,
    List,
    Mapping,
    Optional,
    TypeVar,
)

import httpx

from ._types import NotGiven, RequestOptions
from .errors import SDKError
from .operation import ListOperation, Pagination

if TYPE_CHECKING:
    from .client import BaseClient

I = TypeVar("I")  # noqa: E741


def get_path(value: Any, path: Optional[str]) -> Any:
    """A dotted path of keys into parsed JSON; ``None`` when any step is missing."""
    if not path:
        return None
    for segment in path.split("."):
        if not isinstance(value, dict) or segment not in value:
            return None
        value = value[segment]
    return value


def _count(value: Any) -> Optional[int]:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


def page_items(pagination: Optional[Pagination], wire: Any) -> List[Any]:
    items = wire if pagination is None or not pagination.items else get_path(wire, pagination.items)
    return items if isinstance(items, list) else []


def next_query(
    op: ListOperation[Any, Any],
    args: Mapping[str, Any],
    overrides: Mapping[str, Any],
    wire: Any,
    count: int,
    first_page_size: Optional[int],
) -> Optional[Dict[str, Any]]:
    """The query values (by wire name) of the next page, or ``None`` on the last one.

    - offset: next offset = offset + items received. Stop on an empty page; ``has_more`` decides when present;
      otherwise stop when the next offset reaches ``total``, or on a short page (fewer items than the limit asked
      for, or than the first page when none was).
    - page: next page = page + 1, with ``has_next`` and ``total`` read likewise.
    - limit: one page.
    """
    rule = op.pagination
    if rule is None or count == 0 or rule.style == "limit":
        return None

    def query_value(wire_name: Optional[str]) -> Any:
        if wire_name is None:
            return None
        if wire_name in overrides:
            return overrides[wire_name]
        for param in op.params:
            if param.location == "query" and param.wire_name == wire_name:
                value = args.get(param.name)
                return None if isinstance(value, NotGiven) else value
        return None

    if rule.style == "offset":
        offset = _count(query_value(rule.offset_param)) or 0
        limit = _count(query_value(rule.limit_param))
        following = offset + count
        has_more = get_path(wire, rule.has_more)
        if has_more is False:
            return None
        if has_more is not True:
            total = _count(get_path(wire, rule.total))
            if total is not None and following >= total:
                return None
            expected = limit if limit is not None else first_page_size
            if expected is not None and count < expected:
                return None
        return {**overrides, str(rule.offset_param): following}
    page = _count(query_value(rule.page_param)) or 1
    per_page = _count(query_value(rule.per_page_param))
    has_next = get_path(wire, rule.has_next)
    if has_next is False:
        return None
    if has_next is not True:
        expected = per_page if per_page is not None else first_page_size
        total = _count(get_path(wire, rule.total))
        if total is not None and expected is not None and page * expected >= total:
            return None
        if expected is not None and count < expected:
            return None
    return {**overrides, str(rule.page_param): page + 1}


def _with_overrides(
    op: ListOperation[Any, Any], args: Mapping[str, Any], overrides: Mapping[str, Any]
) -> Dict[str, Any]:
    """The call's arguments with the next page's query values (wire names) put in place of their arguments."""
    merged = dict(args)
    extra: Dict[str, Any] = {}
    for wire_name, value in overrides.items():
        param = next((p for p in op.params if p.location == "query" and p.wire_name == wire_name), None)
        if param is None:
            extra[wire_name] = value
        else:
            merged[param.name] = value
    if extra:
        merged["__extra_query__"] = extra
    return merged


def _options_for(options: RequestOptions, args: Mapping[str, Any]) -> RequestOptions:
    extra = args.get("__extra_query__")
    if not extra:
        return options
    merged: RequestOptions = {**options}
    merged["extra_query"] = {**(options.get("extra_query") or {}), **extra}
    return merged


class _PageBase(Generic[I]):
    items: List[I]
    """The items of this page."""
    body: Any
    """The decoded body of this page, as the operation returns it (a list, or the page object)."""
    response: httpx.Response

    def __init__(
        self,
        op: ListOperation[I, Any],
        args: Mapping[str, Any],
        options: RequestOptions,
        response: httpx.Response,
        overrides: Mapping[str, Any],
        first_page_size: Optional[int],
    ) -> None:
        from .client import parse_json, validate

        self._op = op
        self._args = args
        self._options = options
        self.response = response
        wire = parse_json(response, op.route)
        self.body = validate(op.returns, wire)
        raw_items = page_items(op.pagination, wire)
        self.items = [validate(op.item, item) for item in raw_items]
        self._first_page_size = len(raw_items) if first_page_size is None else first_page_size
        self._next = next_query(op, args, overrides, wire, len(raw_items), self._first_page_size)

    def has_next_page(self) -> bool:
        return self._next is not None

    def next_page_query(self) -> Optional[Dict[str, Any]]:
        """The query values (wire names) the next page is asked with; ``None`` on the last page."""
        return self._next

    def _next_or_raise(self) -> Dict[str, Any]:
        if self._next is None:
            raise SDKError(f"{self._op.route}: there is no next page.")
        return self._next

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._op.route} items={len(self.items)} has_next_page={self.has_next_page()}>"


class SyncPage(_PageBase[I]):
    """A page of a list. Iterating it yields every item of this page and of all the pages after it."""

    def __init__(self, client: "BaseClient", *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._client = client

    def get_next_page(self) -> "SyncPage[I]":
        overrides = self._next_or_raise()
        args = _with_overrides(self._op, self._args, overrides)
        response = self._client._send(self._op, args, _options_for(self._options, args))
        return SyncPage(self._client, self._op, self._args, self._options, response, overrides, self._first_page_size)

    def iter_pages(self) -> Iterator["SyncPage[I]"]:
        page = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            yield page

    def __iter__(self) -> Iterator[I]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_PageBase[I]):
    """A page of a list; ``async for`` over it yields every item of this page and of all the pages after it."""

    def __init__(self, client: "BaseClient", *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._client = client

    async def get_next_page(self) -> "AsyncPage[I]":
        overrides = self._next_or_raise()
        args = _with_overrides(self._op, self._args, overrides)
        response = await self._client._send_async(self._op, args, _options_for(self._options, args))
        return AsyncPage(self._client, self._op, self._args, self._options, response, overrides, self._first_page_size)

    async def iter_pages(self) -> AsyncIterator["AsyncPage[I]"]:
        page = self
        yield page
        while page.has_next_page():
            page = await page.get_next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[I]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncPageRequest(Generic[I]):
    """What an async list method returns: ``await`` it for the first page, or ``async for`` over every item."""

    def __init__(
        self, client: "BaseClient", op: ListOperation[I, Any], args: Mapping[str, Any], options: RequestOptions
    ) -> None:
        self._client = client
        self._op = op
        self._args = args
        self._options = options

    async def _first(self) -> AsyncPage[I]:
        response = await self._client._send_async(self._op, self._args, self._options)
        return AsyncPage(self._client, self._op, self._args, self._options, response, {}, None)

    def __await__(self) -> Generator[Any, None, AsyncPage[I]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[I]:
        page = await self._first()
        async for item in page:
            yield item


def list_sync(
    client: "BaseClient", op: ListOperation[I, Any], args: Mapping[str, Any], options: RequestOptions
) -> SyncPage[I]:
    response = client._send(op, args, options)
    return SyncPage(client, op, args, options, response, {}, None)


__all__ = ["SyncPage", "AsyncPage", "AsyncPageRequest", "list_sync", "next_query"]

"""The data a generated method hands to the runtime: one ``Operation`` per API operation, built in
``_operations.py``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, Optional, Tuple, TypeVar

from typing_extensions import Literal

R = TypeVar("R")
I = TypeVar("I")  # noqa: E741

Location = Literal["path", "query", "header", "cookie", "body"]
BodyEncoding = Literal["json", "multipart", "form", "binary", "text"]
ResultKind = Literal["json", "text", "binary", "empty"]


@dataclass(frozen=True)
class Param:
    """One input of a method: its Python argument name, where it travels, and its wire name (default: the same)."""

    name: str
    location: Location
    wire: Optional[str] = None
    join: Optional[str] = None
    """For an array or object sent as one value (``explode: false``): the separator (``,``, `` ``, ``|``)."""
    style: Optional[Literal["deepObject", "json", "explode"]] = None
    whole_body: bool = False
    """The argument is the whole request body (an array, a string, bytes), not one of its properties."""
    deprecated: bool = False
    """The API marks this input deprecated: passing it emits a ``DeprecationWarning`` at the caller's line."""

    @property
    def wire_name(self) -> str:
        return self.name if self.wire is None else self.wire


@dataclass(frozen=True)
class Pagination:
    """How a list walks pages (``x-pagination``); parameter names and dotted paths are wire names."""

    style: Literal["offset", "page", "limit"]
    offset_param: Optional[str] = None
    limit_param: Optional[str] = None
    page_param: Optional[str] = None
    per_page_param: Optional[str] = None
    items: Optional[str] = None
    total: Optional[str] = None
    has_more: Optional[str] = None
    has_next: Optional[str] = None


@dataclass(frozen=True)
class Operation(Generic[R]):
    """One operation; ``R`` is the type its success body decodes to (``returns``)."""

    method: str
    path: str
    params: Tuple[Param, ...] = ()
    returns: Any = None
    """The type the JSON body is validated as (a model class, ``List[Model]``, ...); unused for other results."""
    result: ResultKind = "json"
    body: Optional[BodyEncoding] = None
    content_type: Optional[str] = None
    """The body's content type when it is not the encoding's default."""
    idempotent: bool = False
    """Safe to retry without an idempotency key (GET, HEAD, OPTIONS, PUT, DELETE)."""
    auth: bool = True

    @property
    def route(self) -> str:
        """How errors and logs name the operation: method and path template."""
        return f"{self.method} {self.path}"


@dataclass(frozen=True)
class ListOperation(Operation[R], Generic[I, R]):
    """A list that walks pages: ``item`` is the type of one item, ``pagination`` the rule."""

    item: Any = None
    pagination: Optional[Pagination] = None

"""Small shared types: the "not given" sentinel, per-call options and file inputs."""

from __future__ import annotations

import os
from typing import IO, Mapping, Optional, Tuple, Union

from typing_extensions import Literal, TypedDict, final


@final
class NotGiven:
    """The default of every optional argument: the argument is left out of the request (``None`` sends null)."""

    _instance: Optional["NotGiven"] = None

    def __new__(cls) -> "NotGiven":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


class RequestOptions(TypedDict, total=False):
    """Keyword arguments every SDK method takes after its own."""

    timeout: Optional[float]
    """Seconds for this call's attempts (``None``: no timeout)."""
    max_retries: int
    """Retries after the first attempt, for this call."""
    extra_headers: Mapping[str, Optional[str]]
    """Headers added to this request; ``None`` removes one the client would send."""
    extra_query: Mapping[str, object]
    """Query parameters added to this request."""
    extra_body: Mapping[str, object]
    """Properties merged into a JSON or form body."""
    idempotency_key: str
    """Sent as ``Idempotency-Key``; makes a POST or PATCH safe to retry."""


FileContent = Union[bytes, IO[bytes]]
FileInput = Union[
    str,
    "os.PathLike[str]",
    bytes,
    IO[bytes],
    Tuple[str, FileContent],
    Tuple[str, FileContent, str],
]
"""A file to upload: a path, bytes, a binary file object, or ``(filename, content[, content_type])``."""

"""File inputs (a path, bytes, a binary file object, or a ``(filename, content[, content_type])`` tuple) as httpx
multipart entries and raw bodies."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import IO, Any, Tuple, Union

FileTuple = Tuple[str, Union[bytes, IO[bytes]], str]


def is_file_input(value: object) -> bool:
    if isinstance(value, (bytes, bytearray, os.PathLike, io.IOBase)):
        return True
    return hasattr(value, "read") and callable(getattr(value, "read"))


def file_entry(value: Any, default_name: str = "upload") -> FileTuple:
    """The ``(filename, content, content_type)`` httpx sends for one file input. A path is read here, so the
    request can be sent again on a retry."""
    if isinstance(value, tuple):
        name, content = value[0], value[1]
        content_type = value[2] if len(value) > 2 else "application/octet-stream"
        return (str(name), _content(content), str(content_type))
    if isinstance(value, (str, os.PathLike)):
        path = Path(value)
        return (path.name, path.read_bytes(), "application/octet-stream")
    if isinstance(value, (bytes, bytearray)):
        return (default_name, bytes(value), "application/octet-stream")
    name = getattr(value, "name", None)
    filename = os.path.basename(name) if isinstance(name, str) and name else default_name
    return (filename, _content(value), "application/octet-stream")


def _content(content: Any) -> bytes:
    if isinstance(content, (bytes, bytearray)):
        return bytes(content)
    data = content.read()
    if isinstance(data, str):
        return data.encode("utf-8")
    return bytes(data)


def binary_content(value: Any) -> bytes:
    """A whole binary body: bytes as they are, a path or file object read."""
    if isinstance(value, (str, os.PathLike)):
        return Path(value).read_bytes()
    if isinstance(value, tuple):
        return _content(value[1])
    return _content(value)

"""Turning a method's arguments into an HTTP request: path, query, headers, cookies and the body."""

from __future__ import annotations

import json
import os
import sys
import warnings
from dataclasses import dataclass, field
from types import FrameType
from typing import Any, Dict, List, Mapping, Optional, Tuple
from urllib.parse import quote

import pydantic

from ._types import NotGiven
from .operation import Operation, Param
from .uploads import binary_content, file_entry, is_file_input

JSON_TYPE = "application/json"


def to_wire(value: Any) -> Any:
    """A value as JSON data: models by their wire names (only fields that were set), containers recursively."""
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        return {str(key): to_wire(item) for key, item in value.items() if not isinstance(item, NotGiven)}
    if isinstance(value, (list, tuple)):
        return [to_wire(item) for item in value]
    if hasattr(value, "isoformat") and callable(value.isoformat):
        return value.isoformat()
    return value


def scalar_text(value: Any) -> str:
    """One query, header or path value as text: booleans as ``true``/``false``, like the wire."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if hasattr(value, "isoformat") and callable(value.isoformat):
        return str(value.isoformat())
    return str(value)


def _pairs(param: Param, value: Any) -> List[Tuple[str, str]]:
    """The ``name=value`` pairs of a query parameter, after its OpenAPI style."""
    name = param.wire_name
    value = to_wire(value)
    if param.style == "json":
        return [(name, json.dumps(value, separators=(",", ":")))]
    if isinstance(value, dict):
        if param.style == "deepObject":
            return [(f"{name}[{key}]", scalar_text(item)) for key, item in value.items()]
        if param.join is not None:
            return [(name, param.join.join(scalar_text(part) for pair in value.items() for part in pair))]
        return [(str(key), scalar_text(item)) for key, item in value.items()]
    if isinstance(value, list):
        if param.join is not None:
            return [(name, param.join.join(scalar_text(item) for item in value))]
        return [(name, scalar_text(item)) for item in value]
    return [(name, scalar_text(value))]


def _header_text(param: Param, value: Any) -> str:
    value = to_wire(value)
    if param.style == "json":
        return json.dumps(value, separators=(",", ":"))
    if isinstance(value, dict):
        if param.style == "explode":
            return ",".join(f"{key}={scalar_text(item)}" for key, item in value.items())
        return ",".join(scalar_text(part) for pair in value.items() for part in pair)
    if isinstance(value, list):
        return ",".join(scalar_text(item) for item in value)
    return scalar_text(value)


@dataclass
class EncodedRequest:
    """A request before the client adds its own headers, credentials and base URL."""

    method: str
    path: str
    query: List[Tuple[str, str]] = field(default_factory=list)
    headers: Dict[str, str] = field(default_factory=dict)
    content: Optional[bytes] = None
    files: Optional[List[Tuple[str, Tuple[str, Any, str]]]] = None
    data: Optional[Dict[str, Any]] = None


_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _warn_deprecated(param: Param) -> None:
    """A ``DeprecationWarning`` that points at the first frame outside this package: the user's call."""
    frame: Optional[FrameType] = sys._getframe(0)
    level = 1
    while frame is not None and os.path.abspath(frame.f_code.co_filename).startswith(_PACKAGE_DIR):
        frame = frame.f_back
        level += 1
    message = f"the argument {param.name}= is deprecated: the API marks {param.wire_name!r} deprecated"
    warnings.warn(message, DeprecationWarning, stacklevel=level)


def encode(
    op: Operation[Any], args: Mapping[str, Any], extra_body: Optional[Mapping[str, object]] = None
) -> EncodedRequest:
    """The request of one call. Arguments left at ``NOT_GIVEN`` are not sent; ``None`` in a body is sent as null,
    in a query or header it is left out."""
    path = op.path
    request = EncodedRequest(op.method, path)
    body: Dict[str, Any] = {}
    whole: Any = NotGiven()
    cookies: List[str] = []
    for param in op.params:
        value = args.get(param.name, NotGiven())
        if isinstance(value, NotGiven):
            continue
        if param.deprecated:
            _warn_deprecated(param)
        if param.location == "path":
            path = path.replace("{" + param.wire_name + "}", quote(scalar_text(to_wire(value)), safe=""))
        elif param.location == "body":
            if param.whole_body:
                whole = value
            else:
                body[param.wire_name] = value
        elif value is None:
            continue
        elif param.location == "query":
            request.query.extend(_pairs(param, value))
        elif param.location == "header":
            request.headers[param.wire_name] = _header_text(param, value)
        else:
            cookies.extend(f"{name}={quote(text, safe='')}" for name, text in _pairs(param, value))
    request.path = path
    if cookies:
        request.headers["Cookie"] = "; ".join(cookies)
    if extra_body:
        body.update(extra_body)
    if op.body is None:
        return request
    if not isinstance(whole, NotGiven):
        _encode_whole(request, op, whole)
    elif op.body == "multipart":
        _encode_multipart(request, body)
    elif op.body == "form":
        request.data = {key: scalar_text(to_wire(item)) for key, item in body.items()}
    elif op.body == "json" and (body or op.method in ("POST", "PUT", "PATCH")):
        request.content = json.dumps(to_wire(body), separators=(",", ":")).encode("utf-8")
        request.headers["Content-Type"] = op.content_type or JSON_TYPE
    return request


def _encode_whole(request: EncodedRequest, op: Operation[Any], whole: Any) -> None:
    if op.body == "binary":
        request.content = binary_content(whole)
        request.headers["Content-Type"] = op.content_type or "application/octet-stream"
    elif op.body == "text":
        request.content = str(whole).encode("utf-8")
        request.headers["Content-Type"] = op.content_type or "text/plain"
    else:
        request.content = json.dumps(to_wire(whole), separators=(",", ":")).encode("utf-8")
        request.headers["Content-Type"] = op.content_type or JSON_TYPE


def _encode_multipart(request: EncodedRequest, body: Mapping[str, Any]) -> None:
    """Files as file parts (with a filename); other values as text parts, objects as JSON text."""
    files: List[Tuple[str, Tuple[str, Any, str]]] = []
    data: Dict[str, Any] = {}
    for key, value in body.items():
        if value is None:
            continue
        if is_file_input(value) or (isinstance(value, tuple) and len(value) in (2, 3)):
            files.append((key, file_entry(value, key)))
        elif isinstance(value, (list, tuple)) and value and all(is_file_input(item) for item in value):
            files.extend((key, file_entry(item, key)) for item in value)
        elif isinstance(value, (dict, list, pydantic.BaseModel)):
            data[key] = json.dumps(to_wire(value), separators=(",", ":"))
        else:
            data[key] = scalar_text(value)
    request.files = files
    request.data = data

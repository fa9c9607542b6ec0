"""Parsing webhook bodies: JSON text, bytes or an already decoded dict, narrowed on the one field whose value says
which webhook it is (``message.type``, ``type``)."""

from __future__ import annotations

import json
from typing import Any, Mapping, Sequence, Tuple, Union

from .errors import WebhookParseError
from .models import Model
from .pagination import get_path

WebhookBody = Union[str, bytes, bytearray, Mapping[str, Any]]


class UnknownWebhookEvent(Model):
    """A webhook this SDK version does not know: every property is kept (``model_extra``, ``to_dict()``)."""


def parse_event(body: WebhookBody, events: Sequence[Tuple[str, str, Any]]) -> Any:
    """The payload as the model of the first ``(path, value, type)`` whose dotted ``path`` holds ``value``."""
    if isinstance(body, Mapping):
        data: Any = dict(body)
    else:
        try:
            data = json.loads(body)
        except ValueError as error:
            raise WebhookParseError(f"The webhook body is not JSON ({type(error).__name__}).") from None
    if not isinstance(data, dict):
        raise WebhookParseError(f"The webhook body is JSON {type(data).__name__}, not an object.")
    from .client import validate

    for path, value, event_type in events:
        if get_path(data, path) == value:
            return validate(event_type, data)
    return UnknownWebhookEvent.model_validate(data)

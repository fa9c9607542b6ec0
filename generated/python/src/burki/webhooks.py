# Generated from the Burki API 1.0.0 spec; do not edit.
"""Webhooks: ``parse_webhook()`` turns a body the API posted into the typed payload of its webhook."""

from __future__ import annotations

from typing import Any, Tuple, Union

from ._runtime.webhooks import UnknownWebhookEvent, WebhookBody, parse_event
from .types import (
    EndOfCallReportWebhook,
    SmsReceivedWebhook,
    StatusUpdateWebhook,
)

WebhookEvent = Union[EndOfCallReportWebhook, SmsReceivedWebhook, StatusUpdateWebhook, UnknownWebhookEvent]
"""A webhook payload; an unknown one is an ``UnknownWebhookEvent``."""

_EVENTS: Tuple[Tuple[str, str, Any], ...] = (
    ("message.type", "end-of-call-report", EndOfCallReportWebhook),
    ("type", "sms_received", SmsReceivedWebhook),
    ("message.type", "status-update", StatusUpdateWebhook),
)


def parse_webhook(body: WebhookBody) -> WebhookEvent:
    """The typed payload of a webhook body (str, bytes or a decoded dict).

    Raises ``WebhookParseError`` when the body is not a JSON object.
    """
    event: WebhookEvent = parse_event(body, _EVENTS)
    return event


__all__ = ["WebhookEvent", "UnknownWebhookEvent", "parse_webhook"]

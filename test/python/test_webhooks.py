"""``burki.parse_webhook`` on the spec's own webhook examples, on unknown events and on malformed bodies."""

import json
from pathlib import Path
from typing import Any, Dict, Iterator, Tuple

import pytest

import burki
from burki import WebhookParseError
from burki.webhooks import UnknownWebhookEvent

SPEC = Path(__file__).resolve().parents[2] / "generated" / "openapi.json"


def examples() -> Iterator[Tuple[str, Dict[str, Any]]]:
    webhooks = json.loads(SPEC.read_text())["webhooks"]
    for name, item in sorted(webhooks.items()):
        content = item["post"]["requestBody"]["content"]["application/json"]
        if "example" in content:
            yield name, content["example"]
        for example in content.get("examples", {}).values():
            if "value" in example:
                yield name, example["value"]


@pytest.mark.parametrize("name,payload", list(examples()))
def test_each_example_parses_to_its_typed_payload(name: str, payload: Dict[str, Any]) -> None:
    for body in (payload, json.dumps(payload), json.dumps(payload).encode()):
        event = burki.parse_webhook(body)
        assert not isinstance(event, UnknownWebhookEvent)
        expected = {"sms_received": "SmsReceivedWebhook", "status-update": "StatusUpdateWebhook", "end-of-call-report": "EndOfCallReportWebhook"}
        assert type(event).__name__ == expected[name]


def test_an_unknown_event_keeps_every_property() -> None:
    event = burki.parse_webhook('{"type": "brand_new", "data": {"x": 1}}')
    assert isinstance(event, UnknownWebhookEvent)
    assert event.to_dict() == {"type": "brand_new", "data": {"x": 1}}


@pytest.mark.parametrize("body", ["not json", "[1, 2]", b"\xff\xfe"])
def test_malformed_bodies_raise_webhook_parse_error(body: Any) -> None:
    with pytest.raises(WebhookParseError):
        burki.parse_webhook(body)
    assert issubclass(WebhookParseError, burki.BurkiError)

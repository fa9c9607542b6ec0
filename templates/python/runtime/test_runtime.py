"""Unit tests of the runtime through an injected transport (httpx.MockTransport): no network, no waiting.

Run against the installed package (``burki._runtime`` is this folder, copied verbatim) by test/python/sdk.test.ts."""

from __future__ import annotations

import asyncio
import email.utils
import json
import time
import warnings
from typing import Any, Callable, Dict, List, Optional

import httpx
import pytest

from burki._runtime import errors
from burki._runtime.client import BaseClient, ClientConfig
from burki._runtime.operation import ListOperation, Operation, Pagination, Param

Handler = Callable[[httpx.Request], httpx.Response]


class Client(BaseClient):
    _config = ClientConfig(client_name="TestClient", default_base_url="https://api.test", user_agent="t/1", api_key_env_var="TEST_KEY_VAR")


def make(handler: Handler, **kwargs: Any) -> tuple[Client, List[float]]:
    client = Client(api_key="secret-key-123", http_client=httpx.Client(transport=httpx.MockTransport(handler)), **kwargs)
    slept: List[float] = []
    client._sleep = slept.append
    client._random = lambda: 0.0
    return client, slept


GET = Operation[Any]("GET", "/things/{thing_id}", (Param("thing_id", "path"),), idempotent=True)
POST = Operation[Any]("POST", "/things", (Param("name", "body"),), body="json")


def sequence(*responses: httpx.Response) -> tuple[Handler, List[httpx.Request]]:
    seen: List[httpx.Request] = []
    queue = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return queue.pop(0) if len(queue) > 1 else queue[0]

    return handler, seen


def test_an_idempotent_call_is_retried_on_5xx_then_succeeds() -> None:
    handler, seen = sequence(httpx.Response(503), httpx.Response(502), httpx.Response(200, json={"ok": True}))
    client, slept = make(handler)
    assert client._call(GET, {"thing_id": 7}, {}) == {"ok": True}
    assert len(seen) == 3 and seen[0].url.path == "/things/7"
    assert slept == [0.5, 1.0]
    assert seen[0].headers["authorization"] == "Bearer secret-key-123"


def test_a_post_is_not_retried_without_an_idempotency_key_and_is_with_one() -> None:
    handler, seen = sequence(httpx.Response(503), httpx.Response(200, json={}))
    client, _ = make(handler)
    with pytest.raises(errors.ServerError):
        client._call(POST, {"name": "a"}, {})
    assert len(seen) == 1
    handler, seen = sequence(httpx.Response(503), httpx.Response(200, json={"id": 1}))
    client, _ = make(handler)
    assert client._call(POST, {"name": "a"}, {"idempotency_key": "k-1"}) == {"id": 1}
    assert [request.headers["idempotency-key"] for request in seen] == ["k-1", "k-1"]
    assert json.loads(seen[0].content) == {"name": "a"}


def test_retry_after_in_seconds_and_as_an_http_date() -> None:
    handler, _ = sequence(httpx.Response(429, headers={"retry-after": "3"}), httpx.Response(200, json={}))
    client, slept = make(handler)
    client._call(GET, {"thing_id": 1}, {})
    assert slept == [3.0]
    date = email.utils.formatdate(time.time() + 5, usegmt=True)
    assert 3.5 < (errors.retry_after_seconds({"retry-after": date}) or 0) <= 5
    handler, _ = sequence(httpx.Response(429, headers={"retry-after-ms": "250"}), httpx.Response(200, json={}))
    client, slept = make(handler)
    client._call(GET, {"thing_id": 1}, {})
    assert slept == [0.25]


def test_rate_limit_error_carries_retry_after_when_retries_run_out() -> None:
    handler, seen = sequence(httpx.Response(429, headers={"retry-after": "2"}, json={"detail": "slow down"}))
    client, _ = make(handler, max_retries=1)
    with pytest.raises(errors.RateLimitError) as caught:
        client._call(GET, {"thing_id": 1}, {})
    assert caught.value.retry_after == 2.0 and caught.value.message == "slow down"
    assert len(seen) == 2


def test_timeouts_raise_api_timeout_error_after_the_retries() -> None:
    calls: List[Optional[Dict[str, Any]]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.extensions.get("timeout"))
        raise httpx.ReadTimeout("slow", request=request)

    client, _ = make(handler, timeout=1.5)
    with pytest.raises(errors.APITimeoutError):
        client._call(GET, {"thing_id": 1}, {"max_retries": 1})
    assert len(calls) == 2 and calls[0] is not None and calls[0]["read"] == 1.5


@pytest.mark.parametrize(
    "status,cls",
    [
        (400, errors.ValidationError),
        (422, errors.ValidationError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (429, errors.RateLimitError),
        (500, errors.ServerError),
        (418, errors.APIStatusError),
    ],
)
def test_each_status_has_its_error_class(status: int, cls: type) -> None:
    body = {"detail": [{"loc": ["body", "name"], "msg": "field required"}]}
    handler, _ = sequence(httpx.Response(status, json=body, headers={"x-request-id": "req_1"}))
    client, _ = make(handler, max_retries=0)
    with pytest.raises(errors.APIStatusError) as caught:
        client._call(GET, {"thing_id": 1}, {})
    assert type(caught.value) is cls
    assert caught.value.status_code == status and caught.value.request_id == "req_1" and caught.value.body == body
    assert "secret-key-123" not in str(caught.value)
    if isinstance(caught.value, errors.ValidationError):
        assert caught.value.errors == body["detail"]


def test_the_key_is_never_in_the_repr_and_a_missing_key_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    client, _ = make(lambda request: httpx.Response(200))
    assert "secret-key-123" not in repr(client)
    monkeypatch.delenv("TEST_KEY_VAR", raising=False)
    keyless = Client()
    with pytest.raises(errors.SDKError, match="TEST_KEY_VAR"):
        keyless._call(GET, {"thing_id": 1}, {})
    monkeypatch.setenv("TEST_KEY_VAR", "from-env")
    assert Client().has_api_key


def page_handler(total: int, key: str, style: str) -> tuple[Handler, List[httpx.Request]]:
    seen: List[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        params = request.url.params
        if style == "offset":
            start, size = int(params.get("skip", "0")), int(params.get("limit", "2"))
        else:
            size = int(params.get("per_page", "2"))
            start = (int(params.get("page", "1")) - 1) * size
        items = [{"id": index} for index in range(start, min(start + size, total))]
        if key == "":
            return httpx.Response(200, json=items)
        body: Dict[str, Any] = {key: items}
        if style == "offset":
            body["has_more"] = start + size < total
        else:
            body["pagination"] = {"has_next": start + size < total}
        return httpx.Response(200, json=body)

    return handler, seen


@pytest.mark.parametrize(
    "rule,key",
    [
        (Pagination("offset", offset_param="skip", limit_param="limit"), ""),
        (Pagination("offset", offset_param="skip", limit_param="limit", items="items", has_more="has_more"), "items"),
        (Pagination("page", page_param="page", per_page_param="per_page", items="rows", has_next="pagination.has_next"), "rows"),
        (Pagination("page", page_param="page", per_page_param="per_page", items="rows"), "rows"),
    ],
)
def test_each_pagination_style_is_walked_to_the_end(rule: Pagination, key: str) -> None:
    limit = "limit" if rule.style == "offset" else "per_page"
    op = ListOperation[Any, Any](
        "GET", "/rows", (Param("skip", "query"), Param("limit", "query"), Param("page", "query"), Param("per_page", "query")),
        idempotent=True, pagination=rule,
    )
    handler, seen = page_handler(5, key, rule.style)
    client, _ = make(handler)
    page = client_list(client, op, {limit: 2})
    assert [item["id"] for item in page.items] == [0, 1]
    assert [item["id"] for item in page] == [0, 1, 2, 3, 4]
    # Iterating starts from the page already fetched; the short third page ends the walk without a fourth request.
    assert len(seen) == 3


def client_list(client: Client, op: ListOperation[Any, Any], args: Dict[str, Any]) -> Any:
    from burki._runtime.pagination import list_sync

    return list_sync(client, op, args, {})


def test_a_limit_list_is_one_page() -> None:
    op = ListOperation[Any, Any]("GET", "/rows", (Param("limit", "query"),), pagination=Pagination("limit", limit_param="limit"))
    handler, seen = page_handler(5, "", "offset")
    client, _ = make(handler)
    assert len(list(client_list(client, op, {"limit": 2}))) == 2 and len(seen) == 1


def test_async_pages_are_walked_with_async_for() -> None:
    op = ListOperation[Any, Any]("GET", "/rows", (Param("skip", "query"), Param("limit", "query")), pagination=Pagination("offset", offset_param="skip", limit_param="limit"))
    handler, _ = page_handler(5, "", "offset")

    async def main() -> List[int]:
        client = Client(api_key="k", async_http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)))
        from burki._runtime.pagination import AsyncPageRequest

        first = await AsyncPageRequest(client, op, {"limit": 2}, {})
        assert first.has_next_page()
        return [item["id"] async for item in AsyncPageRequest(client, op, {"limit": 2}, {})]

    assert asyncio.run(main()) == [0, 1, 2, 3, 4]


def test_multipart_binary_and_text_bodies_and_results() -> None:
    seen: List[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=b"\x00\x01audio", headers={"content-type": "audio/wav"})

    client, _ = make(handler)
    upload = Operation[Any]("POST", "/up", (Param("file", "body"), Param("name", "body")), body="multipart", result="binary")
    assert client._call(upload, {"file": ("faq.txt", b"hello"), "name": "FAQ"}, {}) == b"\x00\x01audio"
    body = seen[0].content
    assert b'filename="faq.txt"' in body and b"hello" in body and b'name="name"' in body and b"FAQ" in body
    raw = Operation[Any]("PUT", "/raw", (Param("body", "body", whole_body=True),), body="binary", result="text")
    assert client._call(raw, {"body": b"\x00bytes"}, {}) == "\x00\x01audio"
    assert seen[1].content == b"\x00bytes" and seen[1].headers["content-type"] == "application/octet-stream"
    text = Operation[Any]("POST", "/text", (Param("body", "body", whole_body=True),), body="text", content_type="text/csv", result="empty")
    assert client._call(text, {"body": "a,b"}, {}) is None
    assert seen[2].content == b"a,b" and seen[2].headers["content-type"] == "text/csv"


def test_a_deprecated_argument_warns_at_the_callers_line_only_when_given() -> None:
    client, _ = make(lambda request: httpx.Response(200, json=[]))
    op = Operation[Any]("GET", "/q", (Param("old", "query", deprecated=True), Param("new", "query")))
    with pytest.warns(DeprecationWarning, match="old= is deprecated") as caught:
        client._call(op, {"old": 1}, {})
    assert caught[0].filename == __file__
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client._call(op, {"new": 1}, {})


def test_query_styles_and_per_call_options() -> None:
    seen: List[httpx.Request] = []
    client, _ = make(lambda request: (seen.append(request), httpx.Response(200, json=[]))[1])
    op = Operation[Any](
        "GET",
        "/q",
        (Param("ids", "query", join=","), Param("tags", "query"), Param("filter", "query", style="deepObject"), Param("flag", "query"), Param("from_", "query", wire="from")),
    )
    client._call(op, {"ids": [1, 2], "tags": ["a", "b"], "filter": {"x": 1}, "flag": True, "from_": "y"}, {"extra_query": {"z": 1}, "extra_headers": {"User-Agent": None, "X-A": "1"}})
    assert seen[0].url.params.get_list("tags") == ["a", "b"]
    assert seen[0].url.params["ids"] == "1,2" and seen[0].url.params["filter[x]"] == "1"
    assert seen[0].url.params["flag"] == "true" and seen[0].url.params["from"] == "y" and seen[0].url.params["z"] == "1"
    assert "user-agent" not in seen[0].headers
    assert seen[0].headers["x-a"] == "1"


def test_a_body_that_misses_a_required_field_is_kept_unvalidated_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    from typing import List as ListOf

    from pydantic import Field

    from burki._runtime.models import Model

    class Thing(Model):
        id: int
        from_: str = Field(alias="from")

    op = Operation[ListOf[Thing]]("GET", "/things", returns=ListOf[Thing])
    handler, _ = sequence(httpx.Response(200, json=[{"id": 1, "from": "x"}, {"from": "y", "new": True}]))
    client, _ = make(handler)
    with caplog.at_level("WARNING", logger="burki"):
        things = client._call(op, {}, {})
    assert [thing.from_ for thing in things] == ["x", "y"]
    assert things[1].model_extra == {"new": True}
    assert "did not match its schema" in caplog.text
    ok = Operation[Thing]("GET", "/thing", returns=Thing)
    handler, _ = sequence(httpx.Response(200, json={"id": "7", "from": "z"}))
    client, _ = make(handler)
    assert client._call(ok, {}, {}).id == 7

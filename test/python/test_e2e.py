"""The installed package against the generated mock over loopback HTTP: every call is a real request."""

import asyncio
import logging
from typing import Any, List

import pytest

import burki
from burki import AsyncBurkiClient, BurkiClient
from burki.exceptions import AuthenticationError, BurkiError, NotFoundError, ValidationError


def test_assistant_lifecycle(client: BurkiClient) -> None:
    created = client.assistants.create(
        name="Py Receptionist",
        description="Books appointments",
        llm_settings={"system_prompt": "You are a receptionist.", "temperature": 0.3},
        custom_settings={"Keep_This_Key": {"nested_key": 1}},
    )
    assert isinstance(created, burki.types.Assistant)
    assert created.name == "Py Receptionist"
    assert created.llm_settings is not None and created.llm_settings.system_prompt == "You are a receptionist."
    assert created.custom_settings == {"Keep_This_Key": {"nested_key": 1}}

    fetched = client.assistants.get(created.id)
    assert fetched.id == created.id and fetched.name == created.name
    assert client.assistants.get(assistant_id=created.id).id == created.id

    updated = client.assistants.update(created.id, name="Py Front Desk")
    assert updated.name == "Py Front Desk"
    assert client.assistants.update_status(created.id, False).is_active is False

    client.assistants.delete(created.id)
    with pytest.raises(NotFoundError) as caught:
        client.assistants.get(created.id)
    assert caught.value.status_code == 404
    assert isinstance(caught.value, BurkiError)


def test_list_walks_every_page(client: BurkiClient) -> None:
    for index in range(3):
        client.assistants.create(name=f"Paged {index}")
    first = client.assistants.list(limit=100)
    everything = [assistant.id for assistant in first.items]
    walked = [assistant.id for assistant in client.assistants.list(limit=1)]
    assert len(everything) >= 3
    assert walked == everything
    pages = list(client.assistants.list(limit=2).iter_pages())
    assert sum(len(page.items) for page in pages) == len(everything)
    assert not pages[-1].has_next_page()


def test_async_twins_and_async_client(mock_url: str, api_key: str) -> None:
    async def main() -> None:
        sync_client = BurkiClient(api_key=api_key, base_url=mock_url)
        created = await sync_client.assistants.create_async(name="Async Twin")
        got, listed = await asyncio.gather(
            sync_client.assistants.get_async(created.id),
            sync_client.assistants.list_async(limit=100),
        )
        assert got.id == created.id
        assert created.id in [assistant.id for assistant in listed.items]
        await sync_client.aclose()
        async with AsyncBurkiClient(api_key=api_key, base_url=mock_url) as client:
            assert (await client.assistants.get(created.id)).name == "Async Twin"
            seen = [assistant.id async for assistant in client.assistants.list(limit=1)]
            assert created.id in seen and len(seen) == len(set(seen))

    asyncio.run(main())


def test_errors_carry_status_body_and_never_the_key(mock_url: str, api_key: str) -> None:
    bad = BurkiClient(api_key="wrong-key-do-not-print", base_url=mock_url, max_retries=0)
    with pytest.raises(AuthenticationError) as caught:
        bad.assistants.list()
    assert caught.value.status_code == 401
    assert "wrong-key-do-not-print" not in str(caught.value)
    assert "wrong-key-do-not-print" not in repr(bad)
    client = BurkiClient(api_key=api_key, base_url=mock_url, max_retries=0)
    with pytest.raises(ValidationError) as invalid:
        client.assistants.create(name=123)  # type: ignore[arg-type]
    assert invalid.value.status_code in (400, 422)
    assert isinstance(invalid.value.errors, list)


def test_sms_send_with_an_idempotency_key(client: BurkiClient) -> None:
    sent = client.sms.send(
        from_phone_number="+15550001111", to_phone_number="+15550002222", message="Hi", idempotency_key="sms-1"
    )
    assert sent.message_id


def test_upload_binary_and_text_results(client: BurkiClient, tmp_path: object) -> None:
    assistant = client.assistants.create(name="Docs holder")
    uploaded = client.documents.upload(assistant.id, ("faq.txt", b"Opening hours: 9-5"), name="FAQ")
    assert uploaded.document is not None
    exported = client.assistants.export(format="csv")
    assert isinstance(exported, str)


def test_logging_names_the_route_not_the_key(client: BurkiClient, api_key: str, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="burki"):
        client.assistants.list()
    assert "GET /api/v1/assistants" in caplog.text
    assert "Bearer" not in caplog.text and (len(api_key) < 8 or api_key not in caplog.text)


def test_with_raw_response_gives_status_headers_and_the_parsed_result(client: BurkiClient) -> None:
    created = client.assistants.create(name="Raw")
    raw = client.assistants.with_raw_response.get(created.id)
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.parse().id == created.id

    async def main() -> int:
        raw_async = await client.assistants.with_raw_response.get_async(created.id)
        return raw_async.parse().id

    assert asyncio.run(main()) == created.id


def test_realtime_live_transcript_and_campaign_progress(mock_url: str, api_key: str) -> None:
    from burki.types import CallStatusEvent, PongEvent, TranscriptEvent

    async def take(events: Any, count: int) -> List[Any]:
        return [await asyncio.wait_for(events.__anext__(), 3) for _ in range(count)]

    async def main() -> None:
        client = AsyncBurkiClient(api_key=api_key, base_url=mock_url)
        sid = "CA1234567890abcdef1234567890abcdef"
        async with client.realtime.live_transcript(sid) as stream:
            assert api_key not in repr(stream) and api_key not in stream.url
            events = stream.__aiter__()
            first = await take(events, 5)
            assert [event.type for event in first] == ["connection_established", "call_status", "transcript", "transcript", "transcript"]
            transcripts = [event for event in first if isinstance(event, TranscriptEvent)]
            assert [event.data.speaker for event in transcripts] == ["assistant", "user", "user"]
            await stream.send_ping()
            assert isinstance((await take(events, 1))[0], PongEvent)
            await stream.request_status()
            assert isinstance((await take(events, 1))[0], CallStatusEvent)
        sync_client = BurkiClient(api_key=api_key, base_url=mock_url)
        async with sync_client.realtime.campaign_progress(7) as progress:
            kinds = [event.type for event in await take(progress.__aiter__(), 2)]
            assert kinds == ["connection_ack", "initial_progress"]

    asyncio.run(main())


def test_a_url_method_builds_the_url_without_a_request(client: BurkiClient, mock_url: str) -> None:
    assert client.calls.get_recording_url(12, 34) == f"{mock_url}/api/v1/calls/12/recording/34/play"

"""Every resource family of the installed package against the generated mock over loopback HTTP, twice: once on
``BurkiClient`` (blocking) and once on ``AsyncBurkiClient`` (awaited), through the same test code.

``api(lambda c: c.assistants.get(1))`` runs the call on the client of the current mode and returns its result (an
awaitable is awaited on the mode's event loop); ``api.walk(lambda c: c.flows.list(limit=1))`` collects every item
across pages (``for`` or ``async for``). The mock keeps state for the collections the spec marks with ``x-mock``
(assistants, campaigns, flows, memories, ...); other routes answer with the spec's examples.
"""

import asyncio
import inspect
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Union

import httpx
import pytest

from burki import AsyncBurkiClient, BurkiClient, types
from burki.exceptions import NotFoundError

Client = Union[BurkiClient, AsyncBurkiClient]


class Api:
    """The same call on the blocking or the async client; the headers of every request the client sent."""

    def __init__(self, mode: str, mock_url: str, api_key: str) -> None:
        self.mode = mode
        self.sent: List[httpx.Request] = []
        self.loop = asyncio.new_event_loop()
        if mode == "sync":
            http = httpx.Client(event_hooks={"request": [self.sent.append]})
            self.client: Client = BurkiClient(api_key=api_key, base_url=mock_url, max_retries=0, http_client=http)
        else:

            async def record(request: httpx.Request) -> None:
                self.sent.append(request)

            http_async = httpx.AsyncClient(event_hooks={"request": [record]})
            self.client = AsyncBurkiClient(api_key=api_key, base_url=mock_url, max_retries=0, http_client=http_async)

    def __call__(self, call: Callable[[Any], Any]) -> Any:
        result = call(self.client)
        return self.loop.run_until_complete(result) if inspect.isawaitable(result) else result

    def walk(self, call: Callable[[Any], Any]) -> List[Any]:
        """Every item of a paginated list, page after page."""
        listing = call(self.client)
        if self.mode == "sync":
            return list(listing)

        async def collect() -> List[Any]:
            return [item async for item in listing]

        return self.loop.run_until_complete(collect())

    def close(self) -> None:
        if isinstance(self.client, AsyncBurkiClient):
            self.loop.run_until_complete(self.client.aclose())
        else:
            self.client.close()
        self.loop.close()


@pytest.fixture(params=["sync", "async"])
def api(request: pytest.FixtureRequest, mock_url: str, api_key: str) -> Iterator[Api]:
    api = Api(request.param, mock_url, api_key)
    yield api
    api.close()


def ids(items: List[Any]) -> List[Any]:
    return [item.id for item in items]


# -- voice -----------------------------------------------------------------------------------------------------------


def test_assistants(api: Api) -> None:
    created = [api(lambda c, n=n: c.assistants.create(name=f"{api.mode} assistant {n}")) for n in range(3)]
    assert all(isinstance(a, types.Assistant) for a in created)
    first = created[0]
    assert api(lambda c: c.assistants.get(assistant_id=first.id)).name == f"{api.mode} assistant 0"
    everything = ids(api(lambda c: c.assistants.list(limit=100)).items)
    walked = ids(api.walk(lambda c: c.assistants.list(limit=2)))
    assert walked == everything and set(ids(created)) <= set(walked)
    updated = api(lambda c: c.assistants.update(first.id, description="Updated", llm_settings={"temperature": 0.1}))
    assert updated.description == "Updated" and updated.llm_settings is not None
    assert updated.llm_settings.temperature == 0.1
    assert api(lambda c: c.assistants.get_count()).count >= 3
    assert api(lambda c: c.assistants.get_by_phone("+15551234567")).id
    assert len(api(lambda c: c.assistants.get_providers()).providers) > 0
    exported = api(lambda c: c.assistants.export(format="csv"))
    assert isinstance(exported, str) and exported
    for assistant in created:
        assert api(lambda c, a=assistant: c.assistants.delete(a.id)).success
    with pytest.raises(NotFoundError):
        api(lambda c: c.assistants.get(first.id))


def test_calls(api: Api) -> None:
    page = api(lambda c: c.calls.list(limit=1))
    assert len(page.items) == 1 and isinstance(page.items[0], types.Call)
    walked = api.walk(lambda c: c.calls.list(limit=1))
    assert ids(walked)[0] == page.items[0].id and len(set(ids(walked))) == len(walked)
    call = api(lambda c: c.calls.get(page.items[0].id))
    assert call.call_sid.startswith("CA")
    assert api(lambda c: c.calls.get_by_sid(call.call_sid)).id
    transcripts = api(lambda c: c.calls.get_transcripts(call.id, speaker="user"))
    assert transcripts and all(isinstance(t, types.Transcript) for t in transcripts)
    recordings = api(lambda c: c.calls.get_recordings(call.id))
    assert recordings and isinstance(recordings[0], types.Recording)
    audio = api(lambda c: c.calls.play_recording(call.id, recordings[0].id))
    assert isinstance(audio, bytes) and len(audio) > 0
    assert api(lambda c: c.calls.get_metrics(call.id)) is not None
    assert isinstance(api(lambda c: c.calls.export_transcripts(call.id, format="txt")), str)
    assert isinstance(api(lambda c: c.calls.export(format="csv")), str)
    started = api(lambda c: c.calls.initiate(to_phone_number="+15559876543", assistant_id=42))
    assert started.call_sid
    assert api(lambda c: c.calls.update_metadata(call.id, {"Ticket_ID": "T-1"})).id == call.id
    assert api(lambda c: c.calls.terminate(call.call_sid)).success


def test_phone_numbers(api: Api) -> None:
    numbers = api(lambda c: c.phone_numbers.list())
    assert numbers and isinstance(numbers[0], types.PhoneNumber)
    found = api(lambda c: c.phone_numbers.search(country_code="US", area_code="415"))
    assert found.numbers
    bought = api(lambda c: c.phone_numbers.purchase(phone_number="+14155550123", provider="twilio"))
    assert bought.success
    assert api(lambda c: c.phone_numbers.get_webhooks("+15551234567")).phone_number == "+15551234567"
    assert api(lambda c: c.phone_numbers.assign(numbers[0].id, assistant_id=42)).success
    assert api(lambda c: c.phone_numbers.bulk_assign(42, [numbers[0].id])).success
    assert isinstance(api(lambda c: c.phone_numbers.list_for_assistant(42)), list)
    assert api(lambda c: c.phone_numbers.release("+14155550123")).success
    webhooks = [r.url.raw_path for r in api.sent if r.url.path.endswith("/webhooks")][-1]
    assert webhooks == b"/api/v1/phone-numbers/%2B15551234567/webhooks"


def test_sip_trunks(api: Api) -> None:
    trunk = api(lambda c: c.sip_trunks.create(name="Edge", gateway="sip.example.com", username="u", password="p"))
    assert isinstance(trunk, types.SipTrunk) and trunk.password is None
    assert api(lambda c: c.sip_trunks.get(trunk.id)).name == "Edge"
    assert api(lambda c: c.sip_trunks.update(trunk.id, priority=5)).priority == 5
    assert trunk.id in ids(api(lambda c: c.sip_trunks.list()))
    assert api(lambda c: c.sip_trunks.delete(trunk.id)) is None
    with pytest.raises(NotFoundError):
        api(lambda c: c.sip_trunks.get(trunk.id))


def test_voice_cloning_uploads_from_a_path(api: Api, tmp_path: Path) -> None:
    sample = tmp_path / "voice.wav"
    sample.write_bytes(b"RIFF....WAVEfmt ")
    uploaded = api(lambda c: c.voice_cloning.upload_sample(42, sample, name="Front desk voice"))
    assert uploaded.success
    part = api.sent[-1]
    assert part.headers["content-type"].startswith("multipart/form-data")
    assert b'filename="voice.wav"' in part.read()
    samples = api(lambda c: c.voice_cloning.list_samples(42)).voice_samples
    assert samples
    clone = api(lambda c: c.voice_cloning.create(42, voice_sample_id=samples[0].id, provider="elevenlabs", name="Clone"))
    assert clone.success
    assert api(lambda c: c.voice_cloning.list(42)) is not None
    assert api(lambda c: c.voice_cloning.delete(42, 1)).success


def test_documents_upload_from_bytes_and_a_file_object(api: Api, tmp_path: Path) -> None:
    uploaded = api(lambda c: c.documents.upload(42, ("faq.txt", b"Opening hours: 9-5"), name="FAQ", category="faq"))
    assert uploaded.success and uploaded.document is not None
    path = tmp_path / "policy.pdf"
    path.write_bytes(b"%PDF-1.4 policy")
    with path.open("rb") as handle:
        assert api(lambda c: c.documents.upload(42, handle)).success
    assert b'filename="policy.pdf"' in api.sent[-1].read()
    documents = api(lambda c: c.documents.list(42)).documents
    assert documents and documents[0].processing_status
    assert api(lambda c: c.documents.get_status(42, documents[0].id)).processing_status
    assert api(lambda c: c.documents.delete(42, documents[0].id)).success


def test_tools(api: Api) -> None:
    created = api(
        lambda c: c.tools.create(
            name="lookup",
            display_name="Lookup",
            description="Finds an order",
            tool_type="endpoint",
            configuration={"url": "https://example.com/orders", "Header_Keep": "x"},
            function_definition={"name": "lookup"},
        )
    )
    assert created.success and created.tool is not None
    pages = api.walk(lambda c: c.tools.list(per_page=1))
    assert pages and ids(pages) == ids(api(lambda c: c.tools.list(per_page=100)).items)
    tool = api(lambda c: c.tools.get(pages[0].id))
    assert tool.success
    assert api(lambda c: c.tools.assign([pages[0].id], 42)).success
    assert api.sent[-1].read() == b'{"tool_ids":[' + str(pages[0].id).encode() + b"]}"
    assert api(lambda c: c.tools.list_for_assistant(42)) is not None
    assert api(lambda c: c.tools.unassign(pages[0].id, 42)).success
    lambdas = api(lambda c: c.tools.discover_lambda(access_key="AKIA", secret_key="s3cret", region="us-east-1"))
    assert lambdas.success
    assert api(lambda c: c.tools.delete(pages[-1].id)).success
    assert pages[-1].id not in ids(api.walk(lambda c: c.tools.list(per_page=1)))


def test_flows(api: Api) -> None:
    flow = api(lambda c: c.flows.create(name=f"{api.mode} flow", graph={"begin_node": "start", "nodes": {}}))
    assert isinstance(flow, types.Flow) and flow.graph == {"begin_node": "start", "nodes": {}}
    assert api(lambda c: c.flows.get(flow.id)).name == f"{api.mode} flow"
    assert api(lambda c: c.flows.update(flow.id, is_active=False)).is_active is False
    assert flow.id in ids(api.walk(lambda c: c.flows.list(limit=1)))
    assert api(lambda c: c.flows.assign_phone_number(flow.id, 12)).success
    assert api(lambda c: c.flows.delete(flow.id)).success
    with pytest.raises(NotFoundError):
        api(lambda c: c.flows.get(flow.id))


# -- messaging -------------------------------------------------------------------------------------------------------


def test_sms_send_with_an_idempotency_key(api: Api) -> None:
    key = f"sms-{api.mode}-0001"
    sent = api(
        lambda c: c.sms.send(
            from_phone_number="+15551234567", to_phone_number="+15559876543", message="Hi", idempotency_key=key
        )
    )
    assert sent.success and sent.message_id
    request = api.sent[-1]
    assert request.headers["idempotency-key"] == key and request.url.path.endswith("/sms/send")
    assert b'"to_phone_number":"+15559876543"' in request.read()
    assert api(lambda c: c.sms.get_status(sent.message_id)).message_id
    assert api(lambda c: c.sms.cancel(sent.message_id)) is not None
    assert api(lambda c: c.sms.get_queue_stats()) is not None


def test_sms_conversations(api: Api) -> None:
    walked = api.walk(lambda c: c.sms.list_conversations(limit=1))
    assert walked and isinstance(walked[0], types.SmsConversation)
    conversation = api(lambda c: c.sms.get_conversation(walked[0].id))
    assert conversation.id == walked[0].id
    assert isinstance(api(lambda c: c.sms.get_messages(conversation.id)), list)
    assert isinstance(api(lambda c: c.sms.export_conversation(conversation.id, format="txt")), str)
    assert isinstance(api(lambda c: c.sms.get_related_conversations(conversation.id)), list)


def test_sms_logs_sessions_compliance_and_10dlc(api: Api) -> None:
    logs = api.walk(lambda c: c.sms_logs.list(limit=1))
    assert logs and isinstance(logs[0], types.SmsLog)
    assert api(lambda c: c.sms_logs.get(logs[0].id)).id == logs[0].id
    assert api(lambda c: c.sms_logs.get_stats()) is not None
    assert api(lambda c: c.sms_sessions.get_info()).success
    assert api(lambda c: c.sms_sessions.clear("+15559876543", 42)).success
    summary = api(lambda c: c.sms_compliance.get_summary())
    assert summary.total_numbers >= len(summary.numbers)
    assert api(lambda c: c.sms_compliance.can_send(summary.numbers[0].phone_number_id)) is not None
    brands = api(lambda c: c.ten_dlc.list_telnyx_brands())
    assert isinstance(brands, dict) and brands["brands"]
    assert isinstance(api(lambda c: c.ten_dlc.select_telnyx_campaign(campaign_id="C1", brand_id="B1")), dict)


def test_campaigns(api: Api) -> None:
    assistant = api(lambda c: c.assistants.create(name=f"{api.mode} campaigns"))
    created = [
        api(lambda c, n=n: c.campaigns.create(name=f"Wave {n}", campaign_type="call", assistant_id=assistant.id))
        for n in range(3)
    ]
    walked = api.walk(lambda c: c.campaigns.list(assistant_id=assistant.id, per_page=2))
    assert sorted(ids(walked)) == sorted(ids(created))
    first = created[0]
    assert api(lambda c: c.campaigns.get(first.id)).name == "Wave 0"
    assert api(lambda c: c.campaigns.update(first.id, description="Spring")).message
    assert api(lambda c: c.campaigns.get(first.id)).description == "Spring"
    accepted = api(
        lambda c: c.campaigns.import_contacts(
            first.id, file=("contacts.csv", b"Phone Number\n5559876543\n"), column_mappings='{"Phone Number": "phone"}'
        )
    )
    assert accepted.import_id
    assert api(lambda c: c.campaigns.get_import(first.id, accepted.import_id)).import_id == accepted.import_id
    assert len(api.walk(lambda c: c.campaigns.get_contacts(first.id, per_page=1))) >= 2
    assert api(lambda c: c.campaigns.start(first.id)).success
    assert api(lambda c: c.campaigns.pause(first.id)).message
    assert api(lambda c: c.campaigns.get_progress(first.id)).progress is not None
    for campaign in created:
        assert api(lambda c, k=campaign: c.campaigns.delete(k.id)).message
    with pytest.raises(NotFoundError):
        api(lambda c: c.campaigns.get(first.id))


# -- organization and billing ----------------------------------------------------------------------------------------


def test_users_organization_api_keys(api: Api) -> None:
    me = api(lambda c: c.users.get_me())
    assert isinstance(me, types.User) and me.email
    assert api(lambda c: c.users.update_me(first_name="Dana")).first_name == "Dana"
    assert me.id in ids(api(lambda c: c.users.list()))
    assert api(lambda c: c.organization.get()).name
    assert api(lambda c: c.organization.get_concurrency_settings()) is not None
    key = api(lambda c: c.api_keys.create(name=f"{api.mode} key"))
    assert key.api_key.name == f"{api.mode} key"
    assert key.api_key.id in ids(api(lambda c: c.api_keys.list()))
    assert api(lambda c: c.api_keys.update(key.api_key.id, name="renamed")).name == "renamed"
    assert api(lambda c: c.api_keys.delete(key.api_key.id)).message
    assert key.api_key.id not in ids(api(lambda c: c.api_keys.list()))


def test_llm_presets_and_fallback_keys(api: Api) -> None:
    config: Dict[str, Any] = {"model": "gpt-4o-mini", "Keep_Key": 1}
    preset = api(lambda c: c.llm_presets.create(name=f"{api.mode} preset", provider="openai", config=config))
    assert preset.config == config
    assert api(lambda c: c.llm_presets.get_for_application(preset.id)).name == f"{api.mode} preset"
    assert preset.id in ids(api(lambda c: c.llm_presets.list()))
    replaced = api(lambda c: c.llm_presets.update(preset.id, name="replaced", provider="openai", config=config))
    assert replaced.name == "replaced"
    assert api(lambda c: c.llm_presets.delete(preset.id)).message
    key = api(lambda c: c.fallback_keys.create("openai", name="backup", api_key="sk-backup"))
    assert key.name == "backup"
    assert api(lambda c: c.fallback_keys.list("openai")).fallback_keys
    assert api(lambda c: c.fallback_keys.update("openai", key.id, name="backup 2", api_key="sk-2")).name == "backup 2"
    assert api(lambda c: c.fallback_keys.delete("openai", key.id)).message


def test_billing(api: Api) -> None:
    wallet = api(lambda c: c.billing.get_wallet())
    assert isinstance(wallet, types.Wallet) and wallet.available_cents >= 0
    ledger = api.walk(lambda c: c.billing.list_ledger_entries(limit=1))
    assert len(ledger) >= 2 and len(set(ids(ledger))) == len(ledger)
    statements = api(lambda c: c.billing.list_statements(limit=1))
    assert len(statements.items) == 1 and not statements.has_next_page()
    assert api(lambda c: c.billing.get_statement("2025-03-01")) is not None
    assert api(lambda c: c.billing.create_topup(2000)) is not None
    assert api(lambda c: c.billing.get_usage_summary()) is not None


# -- learning and memory ---------------------------------------------------------------------------------------------


def test_memories(api: Api) -> None:
    memory = api(lambda c: c.memories.create(fact=f"{api.mode}: prefers mornings", memory_scope="caller"))
    assert isinstance(memory, types.Memory)
    assert api(lambda c: c.memories.get(memory.id)).fact == f"{api.mode}: prefers mornings"
    assert api(lambda c: c.memories.update(memory.id, fact="prefers evenings")).fact == "prefers evenings"
    assert memory.id in ids(api.walk(lambda c: c.memories.list(limit=1)))
    assert api(lambda c: c.memories.search(query="evenings")) is not None
    assert api(lambda c: c.memories.get_edges(memory.id)) is not None
    assert api(lambda c: c.memories.delete(memory.id)).success
    with pytest.raises(NotFoundError):
        api(lambda c: c.memories.get(memory.id))


def test_prompt_versions_evals_traces_learning(api: Api) -> None:
    version = api(lambda c: c.prompt_versions.create(42, system_prompt="Be brief."))
    assert isinstance(version, types.PromptVersionDetail)
    assert api(lambda c: c.prompt_versions.list(42))
    assert api(lambda c: c.prompt_versions.get(42, version.id)).id
    assert api(lambda c: c.prompt_versions.approve(42, version.id, approval_notes="ok")).success
    assert api(lambda c: c.prompt_versions.start_canary(42, version.id, 10)).success
    assert api(lambda c: c.prompt_versions.rollback(42, version.id, "regressed")).success
    dataset = api(lambda c: c.evals.create_dataset(42, name="golden"))
    assert isinstance(dataset, types.EvalDataset)
    assert api(lambda c: c.evals.list_datasets(42))
    turn = [{"role": "user", "content": "Hi"}]
    case = api(lambda c: c.evals.create_case(42, dataset.id, conversation=turn, expected_response={"should_contain": ["Hi"]}))
    assert case.id
    assert api.walk(lambda c: c.evals.list_cases(42, dataset.id, limit=1))
    assert api(lambda c: c.evals.delete_case(42, dataset.id, case.id)).success
    assert api(lambda c: c.evals.run(42, prompt_version_id=version.id, dataset_id=dataset.id)) is not None
    traces = api.walk(lambda c: c.call_traces.list(limit=1))
    assert traces and api(lambda c: c.call_traces.get(traces[0].id)).call_sid
    assert api(lambda c: c.learning.get_stats(42)).memory_count >= 0

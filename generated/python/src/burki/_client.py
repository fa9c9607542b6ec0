# Generated from the Burki API 1.0.0 spec; do not edit.
"""The clients: ``BurkiClient`` (blocking methods, each with an ``_async`` twin) and
``AsyncBurkiClient``."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Mapping, Optional

import httpx

from ._runtime.client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, BaseClient, ClientConfig

if TYPE_CHECKING:
    from .resources.assistants import Assistants, AsyncAssistants
    from .resources.calls import Calls, AsyncCalls
    from .resources.sms import Sms, AsyncSms
    from .resources.users import Users, AsyncUsers
    from .resources.api_keys import ApiKeys, AsyncApiKeys
    from .resources.sms_sessions import SmsSessions, AsyncSmsSessions
    from .resources.sms_logs import SmsLogs, AsyncSmsLogs
    from .resources.sms_compliance import SmsCompliance, AsyncSmsCompliance
    from .resources.ten_dlc import TenDlc, AsyncTenDlc
    from .resources.campaigns import Campaigns, AsyncCampaigns
    from .resources.organization import OrganizationResource, AsyncOrganizationResource
    from .resources.llm_presets import LlmPresets, AsyncLlmPresets
    from .resources.fallback_keys import FallbackKeys, AsyncFallbackKeys
    from .resources.phone_numbers import PhoneNumbers, AsyncPhoneNumbers
    from .resources.billing import Billing, AsyncBilling
    from .resources.memories import Memories, AsyncMemories
    from .resources.prompt_versions import PromptVersions, AsyncPromptVersions
    from .resources.evals import Evals, AsyncEvals
    from .resources.call_traces import CallTraces, AsyncCallTraces
    from .resources.learning import Learning, AsyncLearning
    from .resources.sip_trunks import SipTrunks, AsyncSipTrunks
    from .resources.voice_cloning import VoiceCloning, AsyncVoiceCloning
    from .resources.documents import Documents, AsyncDocuments
    from .resources.tools import Tools, AsyncTools
    from .resources.flows import Flows, AsyncFlows
    from .resources.realtime import Realtime, AsyncRealtime

_CONFIG = ClientConfig(
    client_name="BurkiClient",
    default_base_url="https://api.burki.dev",
    user_agent="burki-python/1.0.0",
    api_key_env_var="BURKI_API_KEY",
    credential=None,
)


class BurkiClient(BaseClient):
    """Client for the Burki API (1.0.0).

    Blocking methods, each with an ``_async`` twin. The API key defaults to the BURKI_API_KEY; ``timeout`` is in
    seconds.
    """

    _config = _CONFIG

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        base_url: Optional[str] = None,
        timeout: Optional[float] = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        http_client: Optional[httpx.Client] = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
        )

    def __enter__(self) -> "BurkiClient":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @cached_property
    def assistants(self) -> Assistants:
        """Create and configure voice assistants: language model, voice, speech recognition, tools, webhooks and
        recording.
        """
        from .resources.assistants import Assistants

        return Assistants(self)

    @cached_property
    def calls(self) -> Calls:
        """Start and end calls, list and find them, and read call statistics."""
        from .resources.calls import Calls

        return Calls(self)

    @cached_property
    def sms(self) -> Sms:
        """Send SMS and MMS from the organization's numbers through Burki's per-provider queue, follow a queued
        message and cancel it.
        """
        from .resources.sms import Sms

        return Sms(self)

    @cached_property
    def users(self) -> Users:
        """The calling user's profile and password, the organization's users, and invitations to join the
        organization.
        """
        from .resources.users import Users

        return Users(self)

    @cached_property
    def api_keys(self) -> ApiKeys:
        """The calling user's API keys: list their metadata, create a key (the secret is shown once), rename it or
        change its permissions, and delete it.
        """
        from .resources.api_keys import ApiKeys

        return ApiKeys(self)

    @cached_property
    def sms_sessions(self) -> SmsSessions:
        """Burki's SMS session store, which ties a customer number to an assistant so replies continue the same
        conversation. Operational routes for monitoring and clearing sessions.
        """
        from .resources.sms_sessions import SmsSessions

        return SmsSessions(self)

    @cached_property
    def sms_logs(self) -> SmsLogs:
        """Provider-level SMS delivery logs, their statistics, and the debug timeline of one SMS conversation."""
        from .resources.sms_logs import SmsLogs

        return SmsLogs(self)

    @cached_property
    def sms_compliance(self) -> SmsCompliance:
        """Verification that enables outbound SMS on a number: submit it, follow its status, check whether a number
        may send. These routes accept only a JWT access token, not an API key.
        """
        from .resources.sms_compliance import SmsCompliance

        return SmsCompliance(self)

    @cached_property
    def ten_dlc(self) -> TenDlc:
        """US 10DLC registration helpers for Telnyx, Twilio and Vonage: list the brands, campaigns and Messaging
        Services on the organization's provider accounts, and choose the ones Burki assigns to new numbers. Each
        provider's routes need that provider's credentials on the organization.
        """
        from .resources.ten_dlc import TenDlc

        return TenDlc(self)

    @cached_property
    def campaigns(self) -> Campaigns:
        """Outreach campaigns: an assistant calls or texts a list of contacts imported from CSV, with personalized
        templates. Create, import, schedule, start, pause, stop and re-run them, and follow their progress,
        contacts and executions.
        """
        from .resources.campaigns import Campaigns

        return Campaigns(self)

    @cached_property
    def organization(self) -> OrganizationResource:
        """The caller's organization: its settings and stored carrier and provider credentials, new organizations,
        Twilio credential checks, the configuration checklist and speech-provider concurrency limits.
        """
        from .resources.organization import OrganizationResource

        return OrganizationResource(self)

    @cached_property
    def llm_presets(self) -> LlmPresets:
        """Named, reusable language-model configurations of the organization."""
        from .resources.llm_presets import LlmPresets

        return LlmPresets(self)

    @cached_property
    def fallback_keys(self) -> FallbackKeys:
        """Spare provider API keys Burki uses when the primary key hits its limits."""
        from .resources.fallback_keys import FallbackKeys

        return FallbackKeys(self)

    @cached_property
    def phone_numbers(self) -> PhoneNumbers:
        """Find, buy and release phone numbers, route them to assistants, flows and SIP trunks, and manage their
        carrier webhooks and verified caller ids.
        """
        from .resources.phone_numbers import PhoneNumbers

        return PhoneNumbers(self)

    @cached_property
    def billing(self) -> Billing:
        """The prepaid wallet and its Stripe top-ups, the transaction ledger, usage, monthly charges and statements,
        and which services use Burki's managed credentials. Amounts are in US cents; dates are plain `YYYY-MM-DD`
        strings.
        """
        from .resources.billing import Billing

        return Billing(self)

    @cached_property
    def memories(self) -> Memories:
        """What assistants remember across calls: list, store, correct and delete memories, search them by meaning,
        and read the memory graph. Memories may hold customer data.
        """
        from .resources.memories import Memories

        return Memories(self)

    @cached_property
    def prompt_versions(self) -> PromptVersions:
        """Versioned system prompts of an assistant and their lifecycle: draft, evaluation, human approval, canary
        rollout, promotion and rollback.
        """
        from .resources.prompt_versions import PromptVersions

        return PromptVersions(self)

    @cached_property
    def evals(self) -> Evals:
        """Eval datasets of test conversations, their cases, and evaluation runs of prompt versions against them."""
        from .resources.evals import Evals

        return Evals(self)

    @cached_property
    def call_traces(self) -> CallTraces:
        """Recorded call conversations that can be turned into eval cases. They hold customer conversation content."""
        from .resources.call_traces import CallTraces

        return CallTraces(self)

    @cached_property
    def learning(self) -> Learning:
        """An assistant's learning statistics and DSPy prompt optimization."""
        from .resources.learning import Learning

        return Learning(self)

    @cached_property
    def sip_trunks(self) -> SipTrunks:
        """The organization's own SIP carriers and PBXs that Burki's SIP bridge routes calls through. Organization
        admins only.
        """
        from .resources.sip_trunks import SipTrunks

        return SipTrunks(self)

    @cached_property
    def voice_cloning(self) -> VoiceCloning:
        """Upload voice samples and clone them into custom text-to-speech voices at ElevenLabs, Resemble and other
        providers.
        """
        from .resources.voice_cloning import VoiceCloning

        return VoiceCloning(self)

    @cached_property
    def documents(self) -> Documents:
        """Knowledge-base documents of an assistant (retrieval-augmented generation): upload, list, follow
        processing, delete.
        """
        from .resources.documents import Documents

        return Documents(self)

    @cached_property
    def tools(self) -> Tools:
        """Custom tools (HTTP endpoints, Python functions, AWS Lambda functions) that assistants call during
        conversations, and their assignment to assistants.
        """
        from .resources.tools import Tools

        return Tools(self)

    @cached_property
    def flows(self) -> Flows:
        """Multi-node conversation graphs that a phone number can run instead of a single assistant."""
        from .resources.flows import Flows

        return Flows(self)

    @cached_property
    def realtime(self) -> Realtime:
        """WebSocket streams."""
        from .resources.realtime import Realtime

        return Realtime(self)


class AsyncBurkiClient(BaseClient):
    """Async client for the Burki API (1.0.0): every method is a coroutine."""

    _config = _CONFIG

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        base_url: Optional[str] = None,
        timeout: Optional[float] = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        http_client: Optional[httpx.AsyncClient] = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            async_http_client=http_client,
        )

    async def __aenter__(self) -> "AsyncBurkiClient":
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.aclose()

    @cached_property
    def assistants(self) -> AsyncAssistants:
        """Create and configure voice assistants: language model, voice, speech recognition, tools, webhooks and
        recording.
        """
        from .resources.assistants import AsyncAssistants

        return AsyncAssistants(self)

    @cached_property
    def calls(self) -> AsyncCalls:
        """Start and end calls, list and find them, and read call statistics."""
        from .resources.calls import AsyncCalls

        return AsyncCalls(self)

    @cached_property
    def sms(self) -> AsyncSms:
        """Send SMS and MMS from the organization's numbers through Burki's per-provider queue, follow a queued
        message and cancel it.
        """
        from .resources.sms import AsyncSms

        return AsyncSms(self)

    @cached_property
    def users(self) -> AsyncUsers:
        """The calling user's profile and password, the organization's users, and invitations to join the
        organization.
        """
        from .resources.users import AsyncUsers

        return AsyncUsers(self)

    @cached_property
    def api_keys(self) -> AsyncApiKeys:
        """The calling user's API keys: list their metadata, create a key (the secret is shown once), rename it or
        change its permissions, and delete it.
        """
        from .resources.api_keys import AsyncApiKeys

        return AsyncApiKeys(self)

    @cached_property
    def sms_sessions(self) -> AsyncSmsSessions:
        """Burki's SMS session store, which ties a customer number to an assistant so replies continue the same
        conversation. Operational routes for monitoring and clearing sessions.
        """
        from .resources.sms_sessions import AsyncSmsSessions

        return AsyncSmsSessions(self)

    @cached_property
    def sms_logs(self) -> AsyncSmsLogs:
        """Provider-level SMS delivery logs, their statistics, and the debug timeline of one SMS conversation."""
        from .resources.sms_logs import AsyncSmsLogs

        return AsyncSmsLogs(self)

    @cached_property
    def sms_compliance(self) -> AsyncSmsCompliance:
        """Verification that enables outbound SMS on a number: submit it, follow its status, check whether a number
        may send. These routes accept only a JWT access token, not an API key.
        """
        from .resources.sms_compliance import AsyncSmsCompliance

        return AsyncSmsCompliance(self)

    @cached_property
    def ten_dlc(self) -> AsyncTenDlc:
        """US 10DLC registration helpers for Telnyx, Twilio and Vonage: list the brands, campaigns and Messaging
        Services on the organization's provider accounts, and choose the ones Burki assigns to new numbers. Each
        provider's routes need that provider's credentials on the organization.
        """
        from .resources.ten_dlc import AsyncTenDlc

        return AsyncTenDlc(self)

    @cached_property
    def campaigns(self) -> AsyncCampaigns:
        """Outreach campaigns: an assistant calls or texts a list of contacts imported from CSV, with personalized
        templates. Create, import, schedule, start, pause, stop and re-run them, and follow their progress,
        contacts and executions.
        """
        from .resources.campaigns import AsyncCampaigns

        return AsyncCampaigns(self)

    @cached_property
    def organization(self) -> AsyncOrganizationResource:
        """The caller's organization: its settings and stored carrier and provider credentials, new organizations,
        Twilio credential checks, the configuration checklist and speech-provider concurrency limits.
        """
        from .resources.organization import AsyncOrganizationResource

        return AsyncOrganizationResource(self)

    @cached_property
    def llm_presets(self) -> AsyncLlmPresets:
        """Named, reusable language-model configurations of the organization."""
        from .resources.llm_presets import AsyncLlmPresets

        return AsyncLlmPresets(self)

    @cached_property
    def fallback_keys(self) -> AsyncFallbackKeys:
        """Spare provider API keys Burki uses when the primary key hits its limits."""
        from .resources.fallback_keys import AsyncFallbackKeys

        return AsyncFallbackKeys(self)

    @cached_property
    def phone_numbers(self) -> AsyncPhoneNumbers:
        """Find, buy and release phone numbers, route them to assistants, flows and SIP trunks, and manage their
        carrier webhooks and verified caller ids.
        """
        from .resources.phone_numbers import AsyncPhoneNumbers

        return AsyncPhoneNumbers(self)

    @cached_property
    def billing(self) -> AsyncBilling:
        """The prepaid wallet and its Stripe top-ups, the transaction ledger, usage, monthly charges and statements,
        and which services use Burki's managed credentials. Amounts are in US cents; dates are plain `YYYY-MM-DD`
        strings.
        """
        from .resources.billing import AsyncBilling

        return AsyncBilling(self)

    @cached_property
    def memories(self) -> AsyncMemories:
        """What assistants remember across calls: list, store, correct and delete memories, search them by meaning,
        and read the memory graph. Memories may hold customer data.
        """
        from .resources.memories import AsyncMemories

        return AsyncMemories(self)

    @cached_property
    def prompt_versions(self) -> AsyncPromptVersions:
        """Versioned system prompts of an assistant and their lifecycle: draft, evaluation, human approval, canary
        rollout, promotion and rollback.
        """
        from .resources.prompt_versions import AsyncPromptVersions

        return AsyncPromptVersions(self)

    @cached_property
    def evals(self) -> AsyncEvals:
        """Eval datasets of test conversations, their cases, and evaluation runs of prompt versions against them."""
        from .resources.evals import AsyncEvals

        return AsyncEvals(self)

    @cached_property
    def call_traces(self) -> AsyncCallTraces:
        """Recorded call conversations that can be turned into eval cases. They hold customer conversation content."""
        from .resources.call_traces import AsyncCallTraces

        return AsyncCallTraces(self)

    @cached_property
    def learning(self) -> AsyncLearning:
        """An assistant's learning statistics and DSPy prompt optimization."""
        from .resources.learning import AsyncLearning

        return AsyncLearning(self)

    @cached_property
    def sip_trunks(self) -> AsyncSipTrunks:
        """The organization's own SIP carriers and PBXs that Burki's SIP bridge routes calls through. Organization
        admins only.
        """
        from .resources.sip_trunks import AsyncSipTrunks

        return AsyncSipTrunks(self)

    @cached_property
    def voice_cloning(self) -> AsyncVoiceCloning:
        """Upload voice samples and clone them into custom text-to-speech voices at ElevenLabs, Resemble and other
        providers.
        """
        from .resources.voice_cloning import AsyncVoiceCloning

        return AsyncVoiceCloning(self)

    @cached_property
    def documents(self) -> AsyncDocuments:
        """Knowledge-base documents of an assistant (retrieval-augmented generation): upload, list, follow
        processing, delete.
        """
        from .resources.documents import AsyncDocuments

        return AsyncDocuments(self)

    @cached_property
    def tools(self) -> AsyncTools:
        """Custom tools (HTTP endpoints, Python functions, AWS Lambda functions) that assistants call during
        conversations, and their assignment to assistants.
        """
        from .resources.tools import AsyncTools

        return AsyncTools(self)

    @cached_property
    def flows(self) -> AsyncFlows:
        """Multi-node conversation graphs that a phone number can run instead of a single assistant."""
        from .resources.flows import AsyncFlows

        return AsyncFlows(self)

    @cached_property
    def realtime(self) -> AsyncRealtime:
        """WebSocket streams."""
        from .resources.realtime import AsyncRealtime

        return AsyncRealtime(self)

# Generated from the Burki API 1.0.0 spec; do not edit.
"""The models of results (pydantic v2). Attributes are snake_case; the wire's names are their aliases."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from pydantic import Field
from typing_extensions import Literal

from ._runtime.models import Model


class AcceptInvitationRequest(Model):
    """The invitation token from the email and the password to sign in with afterwards. An existing user joins with
    their current password.
    """

    token: str
    """The token from the invitation link. It grants access to the invitation; do not log it."""
    password: str
    """The password to set (new users) or the current password (existing users)."""
    confirm_password: str
    """The same password again; it must match `password`."""


class AcceptInvitationResponse(Model):
    """The outcome of accepting an invitation. On success it carries a JWT access token for the user, which works as
    a bearer credential like an API key.
    """

    success: bool
    """Whether the user joined the organization."""
    message: str
    """Human-readable outcome."""
    access_token: Optional[str] = None
    """A JWT access token for the user who joined. Secret: store it like a password and never log it. Send it as
    `Authorization: Bearer <token>`.
    """
    token_type: Optional[str] = None
    """The kind of token, `bearer`."""
    user: Optional[Dict[str, Any]] = None
    """The user who joined, as a free-form object (the server does not declare its fields)."""
    organization: Optional[Dict[str, Any]] = None
    """The organization joined, as a free-form object (the server does not declare its fields)."""


class ActionAcknowledgement(Model):
    """The answer to an action whose response body the server does not declare and the docs do not describe (deleting
    an API key, changing a password, ...). It is a small JSON object, usually with a `message` and sometimes
    `success`; both are optional here and other keys may appear.
    """

    success: Optional[bool] = None
    """Whether the action took effect, when the server says so."""
    message: Optional[str] = None
    """Human-readable outcome, when the server sends one."""


class ApiKey(Model):
    """An API key's metadata. The secret itself is never returned after creation; `key_prefix` identifies the key in
    lists and logs.
    """

    id: int
    """API key id."""
    user_id: int
    """The user who owns the key."""
    name: str
    """Label chosen by the owner."""
    key_prefix: str
    """The first characters of the key (`burki_live_...`), safe to show."""
    last_used_at: Optional[str] = None
    """When the key last authenticated a request; `null` if never."""
    usage_count: int
    """Requests authenticated with the key."""
    is_active: bool
    """Whether the key is accepted."""
    permissions: ApiKeyPermissions
    rate_limit: Dict[str, Any]
    """Per-key rate-limit settings, a free-form object whose keys the server does not document (often empty). The
    docs' example shows `null`; the server declares an object.
    """
    created_at: str
    """When the key was created."""
    updated_at: str
    """When the key was last changed."""


class ApiKeyCreate(Model):
    """A name for the new key and, optionally, what it may do."""

    name: str
    """Label for the key, for example the integration that uses it."""
    permissions: Optional[ApiKeyPermissions] = None
    """What the key may do; omit it or send `null` for the server's default."""


class ApiKeyCreated(Model):
    """The new key's metadata and, this one time only, the full secret."""

    api_key: ApiKey
    key: str
    """The full API key. Secret, and shown only in this response: store it now (for example in the `BURKI_API_KEY`
    environment variable), never log it or commit it. Burki keeps only a hash and cannot show it again; create a
    new key if it is lost.
    """


class ApiResponse(Model):
    """Burki's generic acknowledgement for actions that have no resource to return (deleting an assistant,
    terminating a call).
    """

    success: bool
    """Whether the action took effect."""
    message: str
    """Human-readable outcome."""
    data: Any = None
    """Optional payload; its shape depends on the action and is usually absent or `null`."""


class ApprovePromptRequest(Model):
    """The human approval of a prompt version."""

    approval_notes: Optional[str] = None
    """Why the version was approved."""


class Assistant(Model):
    """A voice assistant with its model, voice, speech recognition, tools and webhooks."""

    id: int
    """Assistant id."""
    organization_id: int
    """The organization that owns the assistant."""
    user_id: int
    """The user who created the assistant."""
    name: str
    """Display name; the docs ask for one that is unique in the organization."""
    description: Optional[str] = None
    """What the assistant is for."""
    llm_provider: Optional[LlmProvider] = None
    """Language-model vendor."""
    llm_provider_config: Optional[LlmProviderConfig] = None
    llm_settings: Optional[LlmSettings] = None
    webhook_url: Optional[str] = None
    """Where Burki posts voice events (`status-update`, `end-of-call-report`)."""
    sms_webhook_url: Optional[str] = None
    """Where Burki posts inbound SMS events (`sms_received`)."""
    messaging_service_sid: Optional[str] = None
    """Twilio Messaging Service SID used for SMS."""
    interruption_settings: Optional[InterruptionSettings] = None
    tts_settings: Optional[TtsSettings] = None
    stt_settings: Optional[SttSettings] = None
    end_call_message: Optional[str] = None
    """What the assistant says before it hangs up."""
    transfer_call_message: Optional[str] = None
    """What the assistant says before it transfers the call."""
    idle_message: Optional[str] = None
    """What the assistant says when the caller stays silent."""
    max_idle_messages: Optional[int] = None
    """Idle messages before the call is ended."""
    idle_timeout: Optional[int] = None
    """Seconds of silence before an idle message."""
    max_call_length: Optional[int] = None
    """Longest call in seconds; the call ends when it is reached. `null` means no limit."""
    conversation_continuity_enabled: Optional[bool] = None
    """Carry the conversation over when the same number calls again within 15 minutes."""
    tools_settings: Optional[ToolsSettings] = None
    rag_settings: Optional[RagSettings] = None
    llm_fallback_providers: Optional[LlmFallbackSettings] = None
    bypass_numbers: Optional[List[str]] = None
    """E.164 numbers that skip the assistant and go straight to the transfer number."""
    custom_settings: Optional[Dict[str, Any]] = None
    """Free-form settings, passed through unchanged (for example `structured_data_prompt` and
    `structured_data_schema` for end-of-call data extraction).
    """
    is_active: Optional[bool] = None
    """Whether the assistant answers and places calls."""
    backchannel_settings: Optional[BackchannelSettings] = None
    recording_settings: Optional[RecordingSettings] = None
    api_keys: Optional[AssistantApiKeys] = None
    """Assistant-level provider keys that override the organization's keys."""
    tts_limit: Optional[int] = None
    """Concurrent text-to-speech sessions; only used with the assistant's own TTS key."""
    stt_limit: Optional[int] = None
    """Concurrent speech-to-text sessions; only used with the assistant's own STT key."""
    created_at: str
    """When the assistant was created."""
    updated_at: str
    """When the assistant was last changed."""
    total_calls: Optional[int] = None
    """Calls handled so far; only filled in when statistics are requested (`include_stats`)."""
    avg_call_duration: Optional[int] = None
    """Average call length in seconds; only with statistics."""
    success_rate: Optional[float] = None
    """Share of completed calls, in percent; only with statistics."""


class AssistantCallStats(Model):
    """Call volume of one assistant within an analytics period."""

    assistant_id: int
    """The assistant."""
    assistant_name: str
    """Its name."""
    calls: int
    """Calls it handled in the period."""
    duration: float
    """Their total length in seconds."""


class AssistantCreate(Model):
    """The body for creating an assistant. Only `name` is required; every group of settings falls back to the
    server's defaults. Telephony credentials are not set here (the server has no `twilio_config` or
    `telnyx_config`): numbers are assigned to assistants through the phone-number endpoints.
    """

    name: str
    """Display name; the docs ask for one that is unique in the organization."""
    description: Optional[str] = None
    """What the assistant is for."""
    llm_provider: Optional[LlmProvider] = None
    """Language-model vendor."""
    llm_provider_config: Optional[LlmProviderConfig] = None
    llm_settings: Optional[LlmSettings] = None
    webhook_url: Optional[str] = None
    """Where Burki posts voice events (`status-update`, `end-of-call-report`)."""
    sms_webhook_url: Optional[str] = None
    """Where Burki posts inbound SMS events (`sms_received`)."""
    messaging_service_sid: Optional[str] = None
    """Twilio Messaging Service SID used for SMS."""
    interruption_settings: Optional[InterruptionSettings] = None
    tts_settings: Optional[TtsSettings] = None
    stt_settings: Optional[SttSettings] = None
    end_call_message: Optional[str] = None
    """What the assistant says before it hangs up."""
    transfer_call_message: Optional[str] = None
    """What the assistant says before it transfers the call."""
    idle_message: Optional[str] = None
    """What the assistant says when the caller stays silent."""
    max_idle_messages: Optional[int] = None
    """Idle messages before the call is ended."""
    idle_timeout: Optional[int] = None
    """Seconds of silence before an idle message."""
    max_call_length: Optional[int] = None
    """Longest call in seconds; the call ends when it is reached. `null` means no limit."""
    conversation_continuity_enabled: Optional[bool] = None
    """Carry the conversation over when the same number calls again within 15 minutes."""
    tools_settings: Optional[ToolsSettings] = None
    rag_settings: Optional[RagSettings] = None
    llm_fallback_providers: Optional[LlmFallbackSettings] = None
    bypass_numbers: Optional[List[str]] = None
    """E.164 numbers that skip the assistant and go straight to the transfer number."""
    custom_settings: Optional[Dict[str, Any]] = None
    """Free-form settings, passed through unchanged (for example `structured_data_prompt` and
    `structured_data_schema` for end-of-call data extraction).
    """
    is_active: Optional[bool] = None
    """Whether the assistant answers and places calls."""
    backchannel_settings: Optional[BackchannelSettings] = None
    recording_settings: Optional[RecordingSettings] = None
    api_keys: Optional[AssistantApiKeys] = None
    """Assistant-level provider keys that override the organization's keys."""
    tts_limit: Optional[int] = None
    """Concurrent text-to-speech sessions; only used with the assistant's own TTS key."""
    stt_limit: Optional[int] = None
    """Concurrent speech-to-text sessions; only used with the assistant's own STT key."""


class AssistantPhoneNumber(Model):
    """A phone number as the assistant routes list it: assigned to the assistant, or free to be assigned."""

    id: int
    """Phone number id."""
    phone_number: str
    """The number in E.164 format."""
    friendly_name: Optional[str] = None
    """Display name."""
    twilio_sid: Optional[str] = None
    """The carrier's identifier of the number (see `PhoneNumber.twilio_sid`)."""
    is_active: bool
    """Whether the number is in service."""
    capabilities: Optional[PhoneNumberCapabilities] = None
    """What the number can do."""
    assigned_at: Optional[str] = None
    """When the number was last changed, which for an assigned number is usually its assignment. Only in the list of
    an assistant's own numbers.
    """


class AssistantSummary(Model):
    """The few fields of an assistant that a phone number listing shows."""

    id: int
    """Assistant id."""
    name: str
    """Assistant name."""
    is_active: bool
    """Whether the assistant answers calls."""


class AssistantToolTool(Model):
    """The tool."""

    id: int
    """Tool id."""
    name: str
    """Function name."""
    display_name: Optional[str] = None
    """Human-readable name."""
    description: Optional[str] = None
    """What the tool does."""
    tool_type: Optional[ToolType] = None
    execution_count: Optional[int] = None
    """How many times the tool has run, for any assistant."""


class AssistantToolAssignment(Model):
    """The assignment to this assistant."""

    enabled: Optional[bool] = None
    """Whether this assistant may call the tool."""
    custom_configuration: Optional[Dict[str, Any]] = None
    """Per-assistant overrides. Passed through unchanged."""
    assigned_at: Optional[str] = None
    """When the tool was assigned."""
    execution_count: Optional[int] = None
    """How many times this assistant ran the tool."""
    last_executed_at: Optional[str] = None
    """When this assistant last ran the tool."""


class AssistantTool(Model):
    """A tool assigned to an assistant, with the assignment's own settings and usage."""

    tool: AssistantToolTool
    """The tool."""
    assignment: AssistantToolAssignment
    """The assignment to this assistant."""


class AssistantToolList(Model):
    """The tools assigned to an assistant (not paginated)."""

    success: bool
    """Always `true` on a 200 response."""
    tools: List[AssistantTool]


class AssistantUpdate(Model):
    """The body for updating an assistant. Every field is optional and only the fields sent are changed (the update
    is partial even though the method is PUT). A settings object sent here replaces the stored one as a whole (the
    server's undocumented PATCH on the same path merges instead). `null` values are ignored by the server, so they
    cannot clear a field.
    """

    name: Optional[str] = None
    """Display name; the docs ask for one that is unique in the organization."""
    description: Optional[str] = None
    """What the assistant is for."""
    llm_provider: Optional[LlmProvider] = None
    """Language-model vendor."""
    llm_provider_config: Optional[LlmProviderConfig] = None
    llm_settings: Optional[LlmSettings] = None
    webhook_url: Optional[str] = None
    """Where Burki posts voice events (`status-update`, `end-of-call-report`)."""
    sms_webhook_url: Optional[str] = None
    """Where Burki posts inbound SMS events (`sms_received`)."""
    messaging_service_sid: Optional[str] = None
    """Twilio Messaging Service SID used for SMS."""
    interruption_settings: Optional[InterruptionSettings] = None
    tts_settings: Optional[TtsSettings] = None
    stt_settings: Optional[SttSettings] = None
    end_call_message: Optional[str] = None
    """What the assistant says before it hangs up."""
    transfer_call_message: Optional[str] = None
    """What the assistant says before it transfers the call."""
    idle_message: Optional[str] = None
    """What the assistant says when the caller stays silent."""
    max_idle_messages: Optional[int] = None
    """Idle messages before the call is ended."""
    idle_timeout: Optional[int] = None
    """Seconds of silence before an idle message."""
    max_call_length: Optional[int] = None
    """Longest call in seconds; the call ends when it is reached. `null` means no limit."""
    conversation_continuity_enabled: Optional[bool] = None
    """Carry the conversation over when the same number calls again within 15 minutes."""
    tools_settings: Optional[ToolsSettings] = None
    rag_settings: Optional[RagSettings] = None
    llm_fallback_providers: Optional[LlmFallbackSettings] = None
    bypass_numbers: Optional[List[str]] = None
    """E.164 numbers that skip the assistant and go straight to the transfer number."""
    custom_settings: Optional[Dict[str, Any]] = None
    """Free-form settings, passed through unchanged (for example `structured_data_prompt` and
    `structured_data_schema` for end-of-call data extraction).
    """
    is_active: Optional[bool] = None
    """Whether the assistant answers and places calls."""
    backchannel_settings: Optional[BackchannelSettings] = None
    recording_settings: Optional[RecordingSettings] = None
    api_keys: Optional[AssistantApiKeys] = None
    """Assistant-level provider keys that override the organization's keys."""
    tts_limit: Optional[int] = None
    """Concurrent text-to-speech sessions; only used with the assistant's own TTS key."""
    stt_limit: Optional[int] = None
    """Concurrent speech-to-text sessions; only used with the assistant's own STT key."""
    change_description: Optional[str] = None
    """Why the settings changed; kept in the assistant's settings history."""


class AutoTopupSettings(Model):
    """Turn automatic top-up on (with a threshold, an amount and a saved Stripe payment method) or off (`enabled:
    false` alone).
    """

    enabled: bool
    """Whether to top up automatically."""
    threshold_cents: Optional[int] = None
    """Top up when the balance falls below this many cents (at least 100)."""
    amount_cents: Optional[int] = None
    """Cents to add each time (at least 100)."""
    payment_method_id: Optional[str] = None
    """The saved Stripe payment method to charge (`pm_...`)."""


class AvailablePhoneNumber(Model):
    """A number a carrier offers for purchase."""

    phone_number: str
    """The number in E.164 format; pass it to `purchasePhoneNumber`."""
    friendly_name: Optional[str] = None
    """Display form of the number."""
    locality: Optional[str] = None
    """City or locality of the number."""
    region: Optional[str] = None
    """State or region of the number."""
    country_code: str
    """ISO 3166 alpha-2 country code."""
    capabilities: PhoneNumberCapabilities
    cost: Optional[str] = None
    """Monthly price as the carrier formats it (for example `$1.00`); Telnyx only."""
    setup_cost: Optional[str] = None
    """One-time price as the carrier formats it; Telnyx only."""
    provider: TelephonyProvider


class BackchannelSettings(Model):
    """Short listening cues (\"mm-hmm\", \"I see\") the assistant says while the caller talks."""

    enabled: Optional[bool] = None
    """Whether the assistant produces backchannel cues."""
    frequency: Optional[int] = None
    """From 1 (rare) to 5 (very frequent)."""


class BackgroundSoundSettings(Model):
    """Ambient sound mixed under the assistant's voice. The server calls this `background_sound`; the docs'
    `background_audio` does not exist.
    """

    enabled: Optional[bool] = None
    """Whether a background sound plays during calls."""
    storage_key: Optional[str] = None
    """Key of an uploaded sound file (preferred over `sound_url`)."""
    sound_url: Optional[str] = None
    """Public URL of a sound file, used when `storage_key` is not set."""
    volume: Optional[float] = None
    """Volume from 0 to 1; 0.2 to 0.4 sounds natural."""
    loop: Optional[bool] = None
    """Whether the sound repeats for the whole call."""


class BillingStatement(Model):
    """The statement of one month. The server does not declare this object; the fields follow the docs."""

    id: str
    """Statement id (a string)."""
    month: str
    """The first day of the month (`YYYY-MM-01`)."""
    total_platform_cents: Optional[int] = None
    """Platform fees, in cents."""
    total_pass_through_cents: Optional[int] = None
    """Provider costs billed at cost, in cents."""
    total_managed_fee_cents: Optional[int] = None
    """Management fees, in cents (0 for current pricing)."""
    total_number_mgmt_cents: Optional[int] = None
    """Phone number fees, in cents."""
    total_cents: int
    """Everything, in cents."""
    total_dollars: Optional[float] = None
    """Everything, in dollars."""
    total_voice_minutes: Optional[int] = None
    """Voice minutes in the month."""
    total_sms_segments: Optional[int] = None
    """SMS segments in the month."""
    status: Optional[str] = None
    """Statement state; `finalized` once the month is closed (the docs name no other value)."""


class BillingStatementDetail(Model):
    """One month's statement with its charges per category. The server does not declare this object; the fields
    follow the docs.
    """

    statement: BillingStatement
    charges_breakdown: Optional[ChargeBreakdown] = None


class BillingStatementList(Model):
    """The most recent monthly statements."""

    statements: List[BillingStatement]
    """Statements, newest month first."""


class Call(Model):
    """One phone call handled by an assistant, inbound or outbound."""

    id: int
    """Call id."""
    call_sid: str
    """The telephony provider's identifier for the call (a Twilio `CA...` SID, a Telnyx or SIP id)."""
    assistant_id: int
    """The assistant that handled the call."""
    assistant_name: Optional[str] = None
    """Name of that assistant."""
    flow_name: Optional[str] = None
    """Name of the conversation flow, when the call ran one."""
    to_phone_number: str
    """The assistant-side number (E.164)."""
    customer_phone_number: str
    """The caller's or callee's number (E.164)."""
    status: CallStatus
    duration: Optional[int] = None
    """Length of the call in seconds; `null` while it is ongoing."""
    started_at: Optional[str] = None
    """When the call started."""
    ended_at: Optional[str] = None
    """When the call ended."""
    call_meta: Optional[Dict[str, Any]] = None
    """Custom metadata stored on the call (see `updateCallMetadata`). The keys are user data."""
    total_cost: Optional[float] = None
    """Total cost of the call in `cost_currency`."""
    llm_cost: Optional[float] = None
    """Language-model part of the cost."""
    tts_cost: Optional[float] = None
    """Text-to-speech part of the cost."""
    stt_cost: Optional[float] = None
    """Speech-to-text part of the cost."""
    telephony_cost: Optional[float] = None
    """Telephony part of the cost."""
    cost_currency: Optional[str] = None
    """ISO 4217 currency of the cost fields (for example `USD`)."""


class CallAnalytics(Model):
    """Call outcomes and volume for the organization over one period."""

    total_calls: int
    """Calls started in the period."""
    completed_calls: int
    """Calls that completed."""
    failed_calls: int
    """Calls that failed."""
    ongoing_calls: int
    """Calls still in progress."""
    total_duration: float
    """Total length of completed calls, in seconds."""
    avg_duration: float
    """Average length of completed calls, in seconds."""
    success_rate: float
    """Completed calls as a percentage of all calls."""
    daily_stats: Dict[str, DailyCallStats]
    """Counts per day, keyed by ISO date (`2025-03-18`). The keys are data."""
    top_assistants: List[AssistantCallStats]
    """The busiest assistants, most calls first."""


class CallExportRecord(Model):
    """One call in the JSON form of a calls export."""

    id: int
    """Call id."""
    call_sid: str
    """The provider's id for the call."""
    assistant_name: Optional[str] = None
    """The assistant that handled it."""
    customer_phone_number: Optional[str] = None
    """The caller's or callee's number."""
    status: Optional[CallStatus] = None
    duration: Optional[int] = None
    """Length in seconds."""
    started_at: Optional[str] = None
    """When the call started."""
    ended_at: Optional[str] = None
    """When the call ended."""


class CallMetadataUpdate(Model):
    """Keys to merge into the call's stored metadata (`call_meta`)."""

    metadata: Dict[str, Any]
    """Top-level keys replace the stored keys of the same name; other stored keys stay. The keys are user data."""


class CallMetrics(Model):
    """Conversation analytics for one call: response times, turn-taking, silence, word counts, recognition
    confidence, and model-estimated emotion and intent. Times are in seconds unless a name says otherwise;
    percentages run from 0 to 100.
    """

    avg_response_time: float
    """Average time the assistant took to answer."""
    fastest_response_time: float
    """Quickest assistant answer."""
    response_time_std: float
    """Standard deviation of the assistant's response times (consistency)."""
    conversation_flow_score: int
    """Score for smooth turn-taking."""
    engagement_score: int
    """Score for how engaged the caller was."""
    user_percentage: int
    """Share of speaking time taken by the caller, in percent."""
    ai_percentage: int
    """Share of speaking time taken by the assistant, in percent."""
    user_turns: int
    """Number of caller turns."""
    ai_turns: int
    """Number of assistant turns."""
    avg_customer_response_time: float
    """Average time the caller took to answer."""
    avg_ai_response_time: float
    """Average time the assistant took to answer."""
    fastest_customer_response: float
    """Quickest caller answer."""
    fastest_ai_response: float
    """Quickest assistant answer."""
    slowest_customer_response: float
    """Slowest caller answer."""
    slowest_ai_response: float
    """Slowest assistant answer."""
    avg_customer_turn_duration: float
    """Average length of a caller turn."""
    avg_ai_turn_duration: float
    """Average length of an assistant turn."""
    longest_customer_monologue: float
    """Longest uninterrupted caller turn."""
    longest_ai_monologue: float
    """Longest uninterrupted assistant turn."""
    avg_silence_duration: float
    """Average pause between turns."""
    awkward_silences_count: int
    """Pauses long enough to feel awkward."""
    total_silence_time: float
    """Total silence in the call."""
    silence_percentage: float
    """Share of the call that was silent, in percent."""
    total_customer_words: int
    """Words spoken by the caller."""
    total_ai_words: int
    """Words spoken by the assistant."""
    customer_words_per_minute: float
    """Caller speaking rate."""
    ai_words_per_minute: float
    """Assistant speaking rate."""
    avg_customer_words_per_turn: float
    """Average words per caller turn."""
    avg_ai_words_per_turn: float
    """Average words per assistant turn."""
    total_speaking_time_customer: float
    """Total caller speaking time."""
    total_speaking_time_ai: float
    """Total assistant speaking time."""
    speaking_time_ratio: float
    """Caller speaking time divided by assistant speaking time."""
    interruption_count: int
    """How often the caller interrupted the assistant."""
    avg_confidence_customer: float
    """Average recogniser confidence on the caller's speech, from 0 to 1."""
    avg_confidence_ai: float
    """Average recogniser confidence on the assistant's speech, from 0 to 1."""
    low_confidence_segments_count: int
    """Utterances recognised with low confidence."""
    avg_user_frustration: float
    """Model-estimated caller frustration, averaged over the call."""
    avg_user_stress: float
    """Model-estimated caller stress, averaged over the call."""
    interaction_sentiment_delta: float
    """Change in caller sentiment from the start to the end of the call."""
    frustration_scores_ts: List[Dict[str, float]]
    """Frustration over time; each point maps names (such as a time offset and a score) to numbers."""
    stress_scores_ts: List[Dict[str, float]]
    """Stress over time, in the same form as `frustration_scores_ts`."""
    price_sensitivity: float
    """Model-estimated sensitivity to price."""
    primary_intent: str
    """The caller's main intent as the model understood it."""
    intent_resolved: bool
    """Whether that intent was resolved."""
    ai_response_accuracy: float
    """Model-estimated accuracy of the assistant's answers."""


class CallPage(Model):
    """One page of calls with the total number of matches."""

    items: List[Call]
    """The calls on this page, newest first."""
    total: int
    """How many calls match the filters in all."""
    skip: int
    """The `skip` the page was requested with."""
    limit: int
    """The `limit` the page was requested with."""


class CallStats(Model):
    """All-time call totals for the organization."""

    total_calls: int
    """Calls so far."""
    total_duration: int
    """Their total length in seconds."""
    average_duration: float
    """Their average length in seconds."""


class CallStatusEventMetadata(Model):
    """Details that depend on why the event was sent."""

    assistant_id: Optional[int] = None
    """The assistant on the call (first event, `request_status`, live `in-progress`)."""
    started_at: Optional[str] = None
    """When the call started (first event and `request_status`)."""
    duration: Optional[float] = None
    """Call length in seconds (`request_status` and live `completed`)."""
    to_phone_number: Optional[str] = None
    """Assistant-side number (first event)."""
    customer_phone_number: Optional[str] = None
    """Customer number (first event)."""
    to_number: Optional[str] = None
    """Called number (live `in-progress`)."""
    from_number: Optional[str] = None
    """Calling number (live `in-progress`)."""
    call_type: Optional[Union[Union[Literal["inbound", "outbound"], str], str]] = None
    """Direction of the call (live `in-progress`). Open enum."""


class CallStatusEvent(Model):
    """The call's state: once after `connection_established` (the stored status), on `request_status`, and live when
    the call connects or ends. `metadata` differs by occasion, so all its fields are optional.
    """

    type: Union[Literal["call_status"], str]
    call_sid: str
    """The call."""
    timestamp: str
    """When the server sent the event (ISO 8601, UTC, possibly without `Z`)."""
    status: Union[Union[Literal["in-progress", "completed", "failed", "ongoing"], str], str]
    """Live broadcasts say `in-progress` or `completed` (the docs add `failed`); the first event and answers to
    `request_status` echo the stored call status (`ongoing`, `completed`, `failed`). Open enum.
    """
    metadata: Optional[CallStatusEventMetadata] = None
    """Details that depend on why the event was sent."""


class CallTrace(Model):
    """A recorded call conversation that can become an eval case. Lists carry a shortened caller hash; the trace
    itself carries the full one.
    """

    id: int
    """Call trace id."""
    call_id: int
    """The call it records."""
    assistant_id: int
    """The assistant that took the call."""
    caller_hash: str
    """The caller's number as a SHA-256 hash (shortened in lists)."""
    turn_count: int
    """Turns in the conversation."""
    duration_seconds: Optional[int]
    """Call length in seconds."""
    resolution_status: Optional[str]
    """Whether the caller's issue was resolved, as Burki judged it."""
    quality_score: Optional[float]
    """Conversation quality, from 0 to 1."""
    created_at: str
    """When the trace was recorded."""


class CallTraceDetail(Model):
    """A call trace with the whole conversation (turns, tool calls) and the full caller hash. The server does not
    declare this body; the docs show the fields below, and other keys may appear. It contains customer
    conversation content: treat it as sensitive.
    """

    id: int
    """Call trace id."""
    assistant_id: int
    """The assistant that took the call."""
    call_sid: Optional[str] = None
    """The call's SID."""
    caller_hash: Optional[str] = None
    """The caller's number as a full SHA-256 hash."""
    turns: Optional[List[LearningConversationTurn]] = None
    """The conversation, in order."""
    created_at: Optional[str] = None
    """When the trace was recorded."""


class Campaign(Model):
    """An outreach campaign: one assistant calling or texting a list of imported contacts, with message templates
    filled from each contact's data. `listCampaigns` returns the summary fields and `metrics`; `getCampaign` and
    `createCampaign` return the templates and settings too. The server leaves the body untyped; the fields are the
    docs'.
    """

    id: int
    """Campaign id."""
    name: str
    """Campaign name."""
    description: Optional[str] = None
    """What the campaign is for."""
    campaign_type: CampaignType
    status: CampaignStatus
    assistant_id: int
    """The assistant that calls or texts the contacts."""
    assistant_name: Optional[str] = None
    """Name of that assistant."""
    welcome_message_template: Optional[str] = None
    """Template of the assistant's first sentence on each call (Jinja2-style, for example `Hi {{name}}`)."""
    agenda_template: Optional[str] = None
    """Template of what the assistant should achieve on each call."""
    end_call_message_template: Optional[str] = None
    """Template of the assistant's last sentence on each call."""
    sms_message_template: Optional[str] = None
    """Template of the SMS sent to each contact (sms and mixed campaigns)."""
    fallback_values: Optional[Dict[str, str]] = None
    """Values used when a contact lacks a template variable, by variable name. The keys are user data."""
    variable_mappings: Optional[Dict[str, str]] = None
    """Which imported CSV column feeds which variable (column name → variable name). The keys are user data."""
    available_variables: Optional[List[str]] = None
    """Variables found in the imported data, usable in the templates."""
    max_attempts: Optional[int] = None
    """How many times a contact is tried."""
    retry_delay_minutes: Optional[int] = None
    """Minutes between attempts on the same contact."""
    total_contacts: Optional[int] = None
    """Contacts in the campaign."""
    completed_contacts: Optional[int] = None
    """Contacts reached successfully."""
    failed_contacts: Optional[int] = None
    """Contacts that could not be reached."""
    metrics: Optional[CampaignMetrics] = None
    created_at: Optional[str] = None
    """When the campaign was created."""
    updated_at: Optional[str] = None
    """When it was last changed."""
    started_at: Optional[str] = None
    """When execution started."""
    completed_at: Optional[str] = None
    """When execution finished or was stopped."""
    last_import_file_name: Optional[str] = None
    """File name of the latest contact import."""
    last_import_date: Optional[str] = None
    """When the latest import ran."""
    last_import_row_count: Optional[int] = None
    """Rows in the latest import."""


class CampaignActionResult(Model):
    """The acknowledgement of a campaign action that returns no record (update, delete, pause, stop). The server
    leaves the body untyped; the docs show `{message}`.
    """

    message: str
    """Human-readable outcome."""


class CampaignActivity(Model):
    """One recent attempt, as shown in a campaign's progress."""

    execution_id: int
    """The execution."""
    contact_phone: Optional[str] = None
    """The contact's number."""
    status: CampaignContactStatus
    executed_at: Optional[str] = None
    """When the attempt was made."""
    call_id: Optional[str] = None
    """The provider's call SID (calls)."""


class CampaignConnectionAckEvent(Model):
    """First message of the campaign progress stream."""

    type: Union[Literal["connection_ack"], str]
    campaign_id: int
    """The campaign being streamed."""
    timestamp: Optional[float] = None
    """When the server sent the message, in seconds since the Unix epoch (with fractions)."""


class CampaignContact(Model):
    """One contact of a campaign, imported from a CSV file."""

    id: int
    """Contact id (re-execution can target contacts by id)."""
    phone_number: str
    """The contact's number, normalized to E.164 at import."""
    contact_data: Optional[Dict[str, Any]] = None
    """What the import stored about the contact: typically `variable_values` (the template variables),
    `custom_fields` (other columns), `source` and mapped columns such as `company`. The keys come from the
    imported file and are never renamed.
    """
    status: CampaignContactStatus
    attempts: Optional[int] = None
    """How many times the contact has been tried."""
    created_at: Optional[str] = None
    """When the contact was imported."""
    last_attempt_at: Optional[str] = None
    """When the contact was last tried."""


class CampaignContactPage(Model):
    """One page of a campaign's contacts."""

    contacts: List[CampaignContact]
    """The contacts on this page."""
    pagination: PageInfo


class CampaignCreate(Model):
    """A new campaign. It starts as a `draft` without contacts: import them with `importCampaignContacts`, optionally
    set a schedule, then start it. Contacts cannot be sent inline.
    """

    name: str
    """Campaign name."""
    description: Optional[str] = None
    """What the campaign is for."""
    campaign_type: CampaignType
    assistant_id: int
    """The assistant that calls or texts the contacts."""
    welcome_message_template: Optional[str] = None
    """Template of the assistant's first sentence on each call. Jinja2-style: `{{variable}}`, filters such as
    `{{name|title_case}}` and `{{date|default('soon')}}`; see `previewCampaignTemplate`.
    """
    agenda_template: Optional[str] = None
    """Template of what the assistant should achieve on each call."""
    end_call_message_template: Optional[str] = None
    """Template of the assistant's last sentence on each call."""
    sms_message_template: Optional[str] = None
    """Template of the SMS sent to each contact (sms and mixed campaigns)."""
    max_attempts: Optional[int] = None
    """How many times a contact is tried."""
    retry_delay_minutes: Optional[int] = None
    """Minutes between attempts on the same contact."""
    fallback_values: Optional[Dict[str, str]] = None
    """Values used when a contact lacks a template variable, by variable name. The keys are user data."""
    variable_mappings: Optional[Dict[str, str]] = None
    """Which CSV column feeds which variable (column name → variable name). The keys are user data."""
    available_variables: Optional[List[str]] = None
    """Variable names the templates may use."""
    pending_import: Optional[Dict[str, Any]] = None
    """Undocumented: an import prepared before the campaign existed (the dashboard's create wizard). The server
    accepts any object; API clients import with `importCampaignContacts` instead.
    """


class CampaignExecutionExecutionData(Model):

    from_number: Optional[str] = None
    """The caller id used."""
    to_number: Optional[str] = None
    """The number tried."""
    personalized_welcome_message: Optional[str] = None
    """The rendered welcome message."""
    personalized_agenda: Optional[str] = None
    """The rendered agenda."""
    template_variables_used: Optional[Dict[str, Any]] = None
    """The variables and values the templates were rendered with. The keys are user data."""
    duration_seconds: Optional[float] = None
    """Call length."""
    error_details: Optional[str] = None
    """Why the attempt failed."""
    retry_reason: Optional[str] = None
    """When and why the contact will be tried again."""
    voice_analytics: Optional[Dict[str, Any]] = None
    """Voice analysis of the call (for example `sentiment_score`); free-form."""


class CampaignExecution(Model):
    """One attempt to reach one contact (a call or an SMS). The server leaves the body untyped; the fields are the
    docs'.
    """

    id: int
    """Execution id."""
    execution_id: Optional[int] = None
    """Same as `id` (kept for compatibility)."""
    contact_id: int
    """The contact tried."""
    contact_name: Optional[str] = None
    """The contact's name."""
    contact_phone: Optional[str] = None
    """The contact's number (E.164)."""
    status: CampaignContactStatus
    call_id: Optional[str] = None
    """The provider's call SID of the attempt (calls); despite the name, not Burki's integer call id."""
    sms_id: Optional[str] = None
    """The message id of the attempt (SMS)."""
    executed_at: Optional[str] = None
    """When the attempt was made."""
    execution_data: Optional[CampaignExecutionExecutionData] = None
    """Details of the attempt. The keys below are the docs'; others may appear."""


class CampaignExecutionPage(Model):
    """One page of a campaign's executions."""

    executions: List[CampaignExecution]
    """The executions on this page, newest first."""
    pagination: PageInfo


class CampaignImport(Model):
    """The state of an asynchronous contact import. The server leaves the body untyped and the route is undocumented:
    `status` is what to poll, and the counters are those the docs show for the (formerly synchronous) import
    result; more fields may appear.
    """

    import_id: Optional[int] = None
    """The import."""
    campaign_id: Optional[int] = None
    """The campaign."""
    status: CampaignImportStatus
    message: Optional[str] = None
    """Human-readable outcome, or the error when `status` is `failed`."""
    imported_count: Optional[int] = None
    """Contacts imported by this file."""
    total_contacts: Optional[int] = None
    """Contacts in the campaign after the import."""
    file_name: Optional[str] = None
    """The uploaded file's name."""
    import_date: Optional[str] = None
    """When the import finished."""


class CampaignImportAccepted(Model):
    """An accepted contact import: the file is stored and a background job processes it. Poll `getCampaignImport`
    with `import_id`. The server leaves the 202 body untyped; `import_id` is the field the polling route needs,
    the others are inferred, and more may appear.
    """

    import_id: int
    """Id of the import, for `GET /api/v1/campaigns/{campaign_id}/imports/{import_id}`."""
    campaign_id: Optional[int] = None
    """The campaign."""
    status: Optional[CampaignImportStatus] = None
    message: Optional[str] = None
    """Human-readable outcome."""


class CampaignImportRequest(Model):
    """A CSV file of contacts to import into a campaign (multipart form)."""

    file: bytes
    """The CSV file: UTF-8, comma-separated, with a header row and a phone-number column. Numbers are normalized to
    E.164 (`(555) 123-4567` becomes `+15551234567`). Columns named like `phone`, `name`, `email` or `company` are
    recognized; every other column becomes a template variable.
    """
    column_mappings: Optional[str] = None
    """A JSON object **serialized as a string** (a form field, not nested JSON) that maps CSV column names to contact
    fields or variables, for example `{\"Phone Number\": \"phone_number\", \"Appt Date\": \"appointment_date\"}`.
    Defaults to `{}` (auto-detection only).
    """


class CampaignMetrics(Model):
    """Outcome metrics of a campaign. Lists carry a subset; `getCampaignProgress` carries them all. Rates are
    percentages from 0 to 100; costs are in the organization's billing currency.
    """

    success_rate: Optional[float] = None
    """Completed contacts as a share of finished ones (completed plus failed)."""
    answer_rate: Optional[float] = None
    """Calls answered as a share of calls placed."""
    completion_rate: Optional[float] = None
    """Contacts processed as a share of all contacts."""
    average_duration_seconds: Optional[float] = None
    """Average call length."""
    total_duration_seconds: Optional[float] = None
    """Total call time."""
    cost_estimate: Optional[float] = None
    """Estimated cost of the whole campaign."""
    actual_cost: Optional[float] = None
    """Cost so far."""
    last_updated: Optional[str] = None
    """When the metrics were last computed."""


class CampaignMetricsHistoryEventDataItem(Model):

    timestamp: Optional[str] = None
    """Sampling time (ISO 8601)."""
    completed: Optional[int] = None
    """Contacts completed by then."""
    failed: Optional[int] = None
    """Contacts failed by then."""
    success_rate: Optional[float] = None
    """Success rate by then, in percent."""


class CampaignMetricsHistoryEvent(Model):
    """The answer to `request_history`: the campaign's counters over time."""

    type: Union[Literal["metrics_history"], str]
    data: List[CampaignMetricsHistoryEventDataItem]
    """One point per sampling time, oldest first."""


class CampaignPage(Model):
    """One page of campaigns."""

    campaigns: List[Campaign]
    """The campaigns on this page, newest first."""
    pagination: PageInfo


class CampaignProgress(Model):
    """Live progress of a campaign, for dashboards. The server leaves the body untyped; the fields are the docs'. The
    campaign-progress WebSocket sends the same `progress` object.
    """

    campaign_id: int
    """The campaign."""
    status: CampaignStatus
    progress: CampaignProgressCounts
    metrics: Optional[CampaignMetrics] = None
    started_at: Optional[str] = None
    """When execution started."""
    completed_at: Optional[str] = None
    """When execution finished."""
    recent_activity: Optional[List[CampaignActivity]] = None
    """The latest attempts, most recent first."""


class CampaignProgressCounts(Model):
    """How far a campaign has got through its contacts."""

    total_contacts: int
    """Contacts to process."""
    completed: int
    """Contacts reached successfully."""
    failed: int
    """Contacts that could not be reached."""
    processing: Optional[int] = None
    """Contacts being tried right now."""
    pending: int
    """Contacts waiting."""
    progress_percentage: Optional[float] = None
    """Processed contacts as a percentage of all."""
    success_rate: Optional[float] = None
    """Completed as a percentage of completed plus failed."""


class CampaignProgressEventDataProgress(Model):
    """Counters over the campaign's contacts."""

    total_contacts: Optional[int] = None
    """Contacts in the campaign."""
    completed: Optional[int] = None
    """Contacts done successfully."""
    failed: Optional[int] = None
    """Contacts that failed."""
    processing: Optional[int] = None
    """Contacts being called or messaged now."""
    pending: Optional[int] = None
    """Contacts not reached yet."""
    progress_percentage: Optional[float] = None
    """Share of contacts processed, in percent."""
    success_rate: Optional[float] = None
    """Share of processed contacts that succeeded, in percent."""


class CampaignProgressEventDataRecentActivityItem(Model):

    execution_id: Optional[int] = None
    """Execution id."""
    contact_phone: Optional[str] = None
    """The contact's number (E.164)."""
    status: Optional[
        Union[
            Union[
                Literal["pending", "in_progress", "completed", "failed", "skipped", "no_answer", "busy", "voicemail"],
                str
            ],
            str
        ]
    ] = None
    """Execution status (`pending`, `in_progress`, `completed`, `failed`, `skipped`, `no_answer`, `busy`,
    `voicemail`). Open enum.
    """
    executed_at: Optional[str] = None
    """When the contact was processed (ISO 8601)."""
    call_id: Optional[int] = None
    """The call placed, for call campaigns."""


class CampaignProgressEventData(Model):
    """The progress."""

    campaign_id: int
    """The campaign."""
    status: Optional[
        Union[Union[Literal["draft", "scheduled", "running", "paused", "completed", "cancelled", "failed"], str], str]
    ] = None
    """Campaign status (`draft`, `scheduled`, `running`, `paused`, `completed`, `cancelled`, `failed`). Open enum."""
    progress: CampaignProgressEventDataProgress
    """Counters over the campaign's contacts."""
    started_at: Optional[str] = None
    """When the campaign started (ISO 8601)."""
    completed_at: Optional[str] = None
    """When the campaign finished (ISO 8601)."""
    recent_activity: Optional[List[CampaignProgressEventDataRecentActivityItem]] = None
    """The latest contact executions (`initial_progress` only)."""


class CampaignProgressEvent(Model):
    """The campaign's progress: `initial_progress` right after `connection_ack` (with `recent_activity`), then
    `progress_update` as contacts are processed or on `request_update` (without it). This follows the API
    reference; the SDK pages describe other event names (`progress`, `contact_completed`, `campaign_completed`)
    that nothing else confirms.
    """

    type: Union[Literal["initial_progress", "progress_update"], str]
    """Which of the two progress events this is."""
    data: CampaignProgressEventData
    """The progress."""


class CampaignReExecuteRequest(Model):
    """Which contacts of a finished campaign to run again, and when. The server takes an untyped object; the fields
    are the docs'.
    """

    contact_selection: Union[Union[Literal["all", "failed_only"], str], List[int]]
    """`all` resets every contact; `failed_only` retries the contacts that ended `failed`, `no_answer`, `busy` or
    `voicemail`; an array of contact ids retries exactly those. The others are marked `skipped`.
    """
    schedule_settings: Optional[CampaignScheduleSettings] = None


class CampaignReExecuteResult(Model):
    """The outcome of a re-execution. The campaign is back in `draft` (start it) or `scheduled`. The server leaves
    the body untyped; the fields are the docs'.
    """

    success: bool
    """Whether the campaign was reset."""
    message: str
    """Human-readable outcome."""
    campaign_id: int
    """The campaign."""
    contacts_reset: Optional[int] = None
    """Contacts set back to `pending`."""
    schedule_type: Optional[CampaignScheduleType] = None
    status: CampaignStatus
    scheduled_time: Optional[str] = None
    """When the new run begins, for a scheduled re-execution."""


class CampaignRecurringConfig(Model):
    """How a recurring campaign repeats."""

    frequency: Union[Union[Literal["daily", "weekly", "monthly"], str], str]
    """`daily`, `weekly` or `monthly`. Open enum."""
    interval: Optional[int] = None
    """Every how many days, weeks or months."""
    days_of_week: Optional[List[int]] = None
    """For weekly runs, the days (1 = Monday, 7 = Sunday)."""
    day_of_month: Optional[int] = None
    """For monthly runs, the day."""
    time: Optional[str] = None
    """Time of day, 24-hour `HH:MM`, in `time_zone`."""
    time_zone: Optional[str] = None
    """IANA time zone of `time`, for example `America/New_York`."""
    end_date: Optional[str] = None
    """Last day of the repetition (ISO 8601 date)."""


class CampaignSchedule(Model):
    """A campaign's stored schedule. The server leaves the body untyped; the fields are the docs'."""

    schedule_type: CampaignScheduleType
    scheduled_at: Optional[str] = None
    """When the campaign runs (UTC); `null` for `immediate`."""
    recurring_config: Optional[CampaignRecurringConfig] = None


class CampaignScheduleSettings(Model):
    """When a campaign should run. `scheduled_at` is required for `scheduled` and `recurring`, and must be in the
    future (400 otherwise); `recurring_config` is required for `recurring`. The server takes an untyped object;
    the fields are the docs'.
    """

    schedule_type: CampaignScheduleType
    scheduled_at: Optional[str] = None
    """When to run, ISO 8601. A time without an offset (`2025-03-25T09:00:00`) is read in `timezone`."""
    timezone: Optional[str] = None
    """IANA time zone of `scheduled_at`, for example `America/New_York`. Defaults to UTC."""
    recurring_config: Optional[CampaignRecurringConfig] = None


class CampaignStartResult(Model):
    """The outcome of starting (or resuming) a campaign: execution is handed to a background task. The server leaves
    the body untyped; the fields are the docs'.
    """

    success: bool
    """Whether execution was queued."""
    message: str
    """Human-readable outcome."""
    task_id: Optional[str] = None
    """Id of the background task that runs the campaign."""
    campaign_id: int
    """The campaign."""
    status: CampaignStatus
    scheduled_time: Optional[str] = None
    """When execution begins, for a campaign with a future schedule."""


class CampaignTemplatePreview(Model):
    """A rendered template. A template that does not render is a soft failure: 200 with `success: false` and the
    error text inside `rendered_template` (followed by the original template).
    """

    success: bool
    """Whether the template rendered."""
    rendered_template: str
    """The rendered text, or `[Template Error: ...]` and the template when `success` is `false`."""


class CampaignTemplatePreviewRequest(Model):
    """A template and sample values to render it with."""

    template: str
    """The template, Jinja2-style: `{{variable}}`, with filters `phone_format`, `title_case`, `upper`, `lower` and
    `default('fallback')`. `assistant_name`, `company` and `name` always exist (defaults \"your assistant\", \"our
    company\", \"there\").
    """
    variables: Dict[str, Any]
    """Sample values by variable name. Required by the server (the docs call it optional); send `{}` to see the
    defaults. The keys are user data.
    """


class CampaignUpdate(Model):
    """Changes to a `draft` or `paused` campaign. Every field is optional; only the fields sent change. The type and
    the assistant cannot be changed.
    """

    name: Optional[str] = None
    """Campaign name."""
    description: Optional[str] = None
    """What the campaign is for."""
    welcome_message_template: Optional[str] = None
    """Template of the assistant's first sentence on each call."""
    agenda_template: Optional[str] = None
    """Template of what the assistant should achieve on each call."""
    end_call_message_template: Optional[str] = None
    """Template of the assistant's last sentence on each call."""
    sms_message_template: Optional[str] = None
    """Template of the SMS sent to each contact."""
    max_attempts: Optional[int] = None
    """How many times a contact is tried."""
    retry_delay_minutes: Optional[int] = None
    """Minutes between attempts on the same contact."""
    fallback_values: Optional[Dict[str, str]] = None
    """Values used when a contact lacks a template variable, by variable name. The keys are user data."""
    variable_mappings: Optional[Dict[str, str]] = None
    """Which CSV column feeds which variable (column name → variable name). The keys are user data."""
    available_variables: Optional[List[str]] = None
    """Variable names the templates may use."""
    pending_import: Optional[Dict[str, Any]] = None
    """Undocumented dashboard field; see `CampaignCreate.pending_import`."""


class ChangePasswordRequest(Model):
    """The current password and the one that replaces it."""

    current_password: str
    """The password in use now. Users who signed up with Google and never set a password send an empty string to set
    their first one.
    """
    new_password: str
    """The new password."""


class ChargeBreakdown(Model):
    """Charges per category, in US cents: Burki's platform fee, provider costs passed through, and the management fee
    on managed credentials (0 for current pricing; historical values are kept). Other categories may appear.
    """

    platform_fee: Optional[int] = None
    """Burki's platform fees, in cents."""
    pass_through: Optional[int] = None
    """Provider costs billed at cost, in cents."""
    managed_fee: Optional[int] = None
    """Management fees on managed credentials, in cents."""


class ChargesSummary(Model):
    """The charges of one month."""

    month: str
    """The first day of the month (`YYYY-MM-01`)."""
    total_cents: int
    """Total charges in cents."""
    total_dollars: float
    """Total charges in dollars."""
    charge_count: int
    """Number of charges."""
    breakdown: ChargeBreakdown


class ChatMessage(Model):
    """One message of the conversation as the language model saw it, with token usage."""

    id: int
    """Message id."""
    call_id: int
    """The call it belongs to."""
    role: ChatRole
    content: str
    """Message text."""
    message_index: int
    """Position in the conversation, from 0."""
    timestamp: Optional[str] = None
    """When the message was added."""
    llm_provider: Optional[str] = None
    """Provider that produced the message (assistant messages)."""
    llm_model: Optional[str] = None
    """Model that produced the message."""
    prompt_tokens: Optional[int] = None
    """Prompt tokens used for this turn."""
    completion_tokens: Optional[int] = None
    """Completion tokens used for this turn."""
    total_tokens: Optional[int] = None
    """Prompt plus completion tokens."""


class ClonedVoice(Model):
    """A custom voice cloned from an uploaded voice sample."""

    id: int
    """Cloned-voice id."""
    name: str
    """Display name."""
    provider: VoiceCloneProvider
    provider_voice_id: Optional[str] = None
    """The voice id at the provider; use it as `tts_settings.voice_id`."""
    language: Optional[str] = None
    """Language code of the voice (for example `en`)."""
    gender: Optional[str] = None
    """Detected or declared gender, when known."""
    status: ClonedVoiceStatus
    quality_score: Optional[float] = None
    """Provider quality score from 0 to 1, when the provider reports one."""
    created_at: Optional[str] = None
    """When the voice was created."""
    last_used_at: Optional[str] = None
    """When the voice last spoke; `null` if never."""
    synthesis_count: Optional[int] = None
    """How many times the voice has been used."""


class ClonedVoiceCreate(Model):
    """A voice to clone from an uploaded sample at a text-to-speech provider."""

    voice_sample_id: int
    """Id of the uploaded voice sample to clone."""
    provider: VoiceCloneProvider
    name: str
    """Display name of the new voice."""
    description: Optional[str] = None
    """What the voice is for."""
    language: Optional[str] = None
    """Language code of the voice (for example `en`, `es`)."""
    enhance_quality: Optional[bool] = None
    """Let the provider clean up the sample before cloning."""
    tags: Optional[List[str]] = None
    """Tags for organizing voices."""
    metadata: Optional[Dict[str, Any]] = None
    """Extra provider-specific settings. The keys are user data and pass through unchanged."""


class ClonedVoiceCreateResult(Model):
    """The new cloned voice, usually still `processing`. ElevenLabs clones take seconds, Resemble clones minutes;
    list the voices to see when it is `ready`.
    """

    success: bool
    """Always `true` on a 200 response."""
    cloned_voice: ClonedVoice


class ClonedVoiceList(Model):
    """The organization's cloned voices (not paginated)."""

    success: bool
    """Always `true` on a 200 response."""
    cloned_voices: List[ClonedVoice]


class ConcurrencySettings(Model):
    """The organization's concurrency limits per speech provider. The server declares the values as free-form
    objects; they carry the fields of `ProviderConcurrencySettings`.
    """

    tts: Dict[str, ProviderConcurrencySettings]
    """Text-to-speech limits keyed by provider (`elevenlabs`, `cartesia`, ...)."""
    stt: Dict[str, ProviderConcurrencySettings]
    """Speech-to-text limits keyed by provider (`deepgram`, ...)."""


class ConcurrencySettingsUpdate(Model):
    """New concurrency limits; a kind left out (or `null`) keeps its current limits."""

    tts: Optional[Dict[str, ProviderConcurrencySettings]] = None
    """Text-to-speech limits keyed by provider (`elevenlabs`, `cartesia`, ...)."""
    stt: Optional[Dict[str, ProviderConcurrencySettings]] = None
    """Speech-to-text limits keyed by provider (`deepgram`, ...)."""


class ConnectionEstablishedEvent(Model):
    """First message of the live transcript stream, once the credential and the call are accepted."""

    type: Union[Literal["connection_established"], str]
    call_sid: str
    """The call being streamed."""
    timestamp: str
    """When the server sent the message: ISO 8601 in UTC; the 2025 source leaves out the `Z` the docs show."""
    message: Optional[str] = None
    """Human-readable greeting."""


class Count(Model):
    """A number of matching records."""

    count: int
    """How many records match the filters."""


class CreditGrantRequest(Model):
    """Free credits to add to the caller's organization's wallet (platform admins only)."""

    amount_cents: int
    """Amount to grant, in US cents."""
    description: Optional[str] = None
    """Why the credits were granted; shown on the ledger entry."""


class CreditGrantResult(Model):
    """The outcome of a credit grant. The server does not declare this body; the fields follow the docs."""

    success: bool
    """Whether the credits were added."""
    message: str
    """Human-readable outcome."""
    new_balance_cents: Optional[int] = None
    """The wallet balance after the grant, in cents."""


class DailyCallStats(Model):
    """Call counts for one day."""

    total: int
    """Calls started that day."""
    completed: int
    """Of those, calls that completed."""
    failed: int
    """Of those, calls that failed."""


class Document(Model):
    """A file in an assistant's knowledge base, split into chunks and embedded for retrieval during calls. The docs
    show a `status` field and string ids; the server returns integer ids and `processing_status`.
    """

    id: int
    """Document id."""
    name: str
    """Display name; the file name unless one was given."""
    filename: Optional[str] = None
    """Name of the uploaded file."""
    content_type: Optional[str] = None
    """Media type of the file (for example `application/pdf`)."""
    file_size: Optional[int] = None
    """Size of the file in bytes."""
    processing_status: DocumentStatus
    processing_error: Optional[str] = None
    """Why processing failed, when it did."""
    total_chunks: Optional[int] = None
    """How many chunks the document was split into."""
    processed_chunks: Optional[int] = None
    """How many of them are embedded so far."""
    progress_percentage: Optional[float] = None
    """Processing progress, 0 to 100."""
    category: Optional[str] = None
    """Category given at upload."""
    tags: Optional[List[str]] = None
    """Tags given at upload."""
    created_at: Optional[str] = None
    """When the document was uploaded."""
    processed_at: Optional[str] = None
    """When processing finished."""


class DocumentList(Model):
    """An assistant's documents, including those still processing (not paginated)."""

    documents: List[Document]


class DocumentProcessingStatus(Model):
    """How far a document's processing has got. The server does not declare this body; the fields below are those of
    the document listing and the SDK docs (`processingStatus`, `chunkCount`), and any other field the server adds
    is passed through.
    """

    id: Optional[int] = None
    """Document id."""
    name: Optional[str] = None
    """Display name."""
    processing_status: Optional[DocumentStatus] = None
    processing_error: Optional[str] = None
    """Why processing failed, when it did."""
    total_chunks: Optional[int] = None
    """How many chunks the document was split into."""
    processed_chunks: Optional[int] = None
    """How many of them are embedded so far."""
    chunk_count: Optional[int] = None
    """Number of stored chunks, as the SDK docs name it."""
    progress_percentage: Optional[float] = None
    """Processing progress, 0 to 100."""


class DocumentUpload(Model):
    """A document to add to an assistant's knowledge base (`multipart/form-data`): `.txt`, `.pdf`, `.md` or `.docx`,
    at most 10 MB.
    """

    file: bytes
    """The document file; its file name becomes the default `name`."""
    name: Optional[str] = None
    """Display name; defaults to the file name."""
    category: Optional[str] = None
    """Free category label."""
    tags: Optional[str] = None
    """Comma-separated tags (one string, for example `faq,billing`)."""


class DocumentUploadResultDocument(Model):
    """The new document."""

    id: int
    """Document id."""
    name: str
    """Display name."""
    filename: Optional[str] = None
    """Name of the uploaded file."""
    status: DocumentStatus
    created_at: Optional[str] = None
    """When the document was uploaded."""


class DocumentUploadResult(Model):
    """The stored document, processing in the background; poll `documents.getStatus` until it is `completed`."""

    success: bool
    """Always `true` on a 2xx response."""
    document: DocumentUploadResultDocument
    """The new document."""


class DspyOptimizationRequest(Model):
    """Which dataset to learn from, and optionally which prompt version to start from."""

    dataset_id: int
    """The eval dataset to optimize against."""
    base_prompt_version_id: Optional[int] = None
    """The prompt version to start from; the active one when left out."""
    config: Optional[Dict[str, Any]] = None
    """DSPy settings to override, passed through unchanged."""


class DtmfSolverTool(Model):
    """Lets the assistant press keypad tones, for example to navigate a phone menu."""

    enabled: Optional[bool] = None
    """Whether the tool is available."""
    scenarios: Optional[List[str]] = None
    """Situations in which the assistant should send tones."""


class ElevenLabsSttConfig(Model):
    """Options for ElevenLabs Scribe speech-to-text (provider `elevenlabs`)."""

    commit_strategy: Optional[Union[Union[Literal["vad", "manual"], str], str]] = None
    """When a transcript is committed; `vad` uses voice-activity detection."""
    vad_threshold: Optional[float] = None
    """Voice-activity sensitivity; lower is more sensitive."""
    vad_silence_threshold_secs: Optional[float] = None
    """Silence, in seconds, before a transcript is committed."""
    min_speech_duration_ms: Optional[int] = None
    """Shortest sound, in milliseconds, treated as speech."""
    min_silence_duration_ms: Optional[int] = None
    """Shortest pause, in milliseconds, that splits segments."""
    include_timestamps: Optional[bool] = None
    """Return word-level timestamps."""
    include_language_detection: Optional[bool] = None
    """Return the detected language."""
    manual_commit_silence_secs: Optional[float] = None
    """Silence, in seconds, before committing in `manual` mode."""
    manual_commit_short_silence_secs: Optional[float] = None
    """Shorter silence used for utterances of three words or fewer in `manual` mode."""


class EndCallTool(Model):
    """Lets the assistant hang up by itself."""

    enabled: Optional[bool] = None
    """Whether the tool is available."""
    scenarios: Optional[List[str]] = None
    """Situations in which the assistant should end the call."""
    custom_message: Optional[str] = None
    """What the assistant says before hanging up."""


class EndOfCallReportMessageAnalysis(Model):
    """Post-call analysis."""

    summary: Optional[str] = None
    """Same as `summary`."""
    duration_seconds: Optional[int] = Field(default=None, alias="durationSeconds")
    """Same as `durationSeconds`."""
    structured_data: Optional[Dict[str, Any]] = Field(default=None, alias="structuredData")
    """Data extracted from the conversation, shaped by the assistant's `custom_settings.structured_data_schema` (by
    default `{chat_topic, followup_sms}`); `{}` when no language-model key is configured, `{error}` when
    extraction failed. The keys are user data and pass through unchanged.
    """


class EndOfCallReportMessage(Model):
    """The `message` of an `end-of-call-report` webhook, sent once when a call ends. It carries no call id or SID (in
    the 2025 source): match it to a call by the two phone numbers and the time.
    """

    type: Union[Literal["end-of-call-report"], str]
    """Always `end-of-call-report`."""
    phone_number: Optional[WebhookNumber] = Field(default=None, alias="phoneNumber")
    customer: Optional[WebhookNumber] = None
    summary: Optional[str] = None
    """Summary of the call by the language model. May be a fallback text such as `No conversation content to
    summarize` or `Error generating summary: ...`.
    """
    recording_url: Optional[str] = Field(default=None, alias="recordingUrl")
    """Where the call's recording can be fetched, when the call was recorded."""
    ended_reason: Optional[Union[Union[Literal["customer-ended-call"], str], str]] = Field(
        default=None,
        alias="endedReason",
    )
    """Why the call ended. The 2025 source only produces `customer-ended-call`; open enum."""
    duration_seconds: Optional[int] = Field(default=None, alias="durationSeconds")
    """Length of the call in seconds."""
    messages: Optional[List[WebhookConversationMessage]] = None
    """The conversation, from the call's transcripts."""
    analysis: Optional[EndOfCallReportMessageAnalysis] = None
    """Post-call analysis."""


class EndOfCallReportWebhook(Model):
    """The body of an `end-of-call-report` webhook (voice, to the assistant's `webhook_url`)."""

    message: EndOfCallReportMessage


class ErrorDetail(Model):
    """The body of every error the server raises on purpose (FastAPI `HTTPException`): one human-readable sentence
    under `detail`.
    """

    detail: str
    """What went wrong, in words meant for a developer."""


class EvalCase(Model):
    """A test case of an eval dataset. The server does not declare this body; the fields are those of the case as it
    is sent (`EvalCaseRequest`) plus its id.
    """

    id: int
    """Case id."""
    case_name: Optional[str] = None
    """Name of the case."""
    conversation: Optional[List[LearningConversationTurn]] = None
    """The conversation so far."""
    expected_response: Optional[EvalExpectedResponse] = None
    mock_tool_responses: Optional[Dict[str, Any]] = None
    """What each tool returns during the evaluation, keyed by tool name (user data, never renamed)."""
    difficulty: Optional[EvalDifficulty] = None
    """How hard the case is."""


class EvalCaseFromTraceRequest(Model):
    """A real call to turn into a test case, and what the assistant should have done."""

    call_trace_id: int
    """The call trace to copy the conversation from (see `callTraces.list`)."""
    expected_response: EvalExpectedResponse
    case_name: Optional[str] = None
    """Name of the case."""


class EvalCaseRequest(Model):
    """A test case: a conversation and what the assistant should answer next. Used to add a case and to replace one."""

    conversation: List[LearningConversationTurn]
    """The conversation so far."""
    expected_response: EvalExpectedResponse
    case_name: Optional[str] = None
    """Name of the case."""
    mock_tool_responses: Optional[Dict[str, Any]] = None
    """What each tool returns during the evaluation, keyed by tool name. The keys are user data and are never renamed
    by the SDK.
    """
    difficulty: Optional[EvalDifficulty] = None
    """How hard the case is."""


class EvalDataset(Model):
    """A named set of test cases for evaluating an assistant's prompt versions. Publishing a dataset makes it
    immutable. The server does not declare this body; the fields are those sent when creating it plus its id, and
    other keys may appear.
    """

    id: int
    """Dataset id."""
    name: str
    """Dataset name."""
    description: Optional[str] = None
    """What the dataset covers."""
    dataset_type: Optional[EvalDatasetType] = None
    tags: Optional[List[str]] = None
    """Labels for filtering."""


class EvalDatasetCreate(Model):
    """A new, empty eval dataset."""

    name: str
    """Dataset name."""
    description: Optional[str] = None
    """What the dataset covers."""
    dataset_type: Optional[EvalDatasetType] = None
    tags: Optional[List[str]] = None
    """Labels for filtering."""


class EvalDatasetDetail(Model):
    """An eval dataset with all its cases."""

    id: int
    """Dataset id."""
    name: str
    """Dataset name."""
    description: Optional[str] = None
    """What the dataset covers."""
    dataset_type: Optional[EvalDatasetType] = None
    tags: Optional[List[str]] = None
    """Labels for filtering."""
    cases: Optional[List[EvalCase]] = None
    """The dataset's cases."""


class EvalDatasetImport(Model):
    """A dataset exported from another assistant or organization, to create here with its cases."""

    data: Dict[str, Any]
    """The exported dataset as JSON (name, type and `cases`), passed through unchanged."""
    name_override: Optional[str] = None
    """Name to use instead of the one in `data`."""


class EvalExpectedResponse(Model):
    """What a good answer looks like, checked by the evaluator: keywords it must contain, the intent it must
    recognise, the tool it must call. The server declares a free-form object; the keys below are the documented
    ones, others pass through.
    """

    should_contain: Optional[List[str]] = None
    """Words the answer must contain."""
    intent: Optional[str] = None
    """The intent the assistant must recognise."""
    should_call_tool: Optional[str] = None
    """The tool the assistant must call."""


class FallbackKey(Model):
    """A spare API key for a provider, used when the primary key hits its limits. Only metadata: the key itself is
    never returned.
    """

    id: str
    """Fallback key id (a string)."""
    name: str
    """Label."""
    enabled: bool
    """Whether Burki may use the key."""
    concurrent_limit: Optional[int] = None
    """Most sessions open with this key at once; `null` for no separate limit."""


class FallbackKeyList(Model):
    """A provider's fallback keys (metadata only)."""

    provider: str
    """The provider the keys are for."""
    fallback_keys: List[FallbackKey]
    """The keys, in the order Burki tries them."""


class FallbackKeyRequest(Model):
    """A fallback key to add, or the new state of one. `api_key` is required on updates too (the server rejects a
    body without it); on an update an empty string keeps the stored key.
    """

    name: str
    """Label."""
    api_key: str
    """The provider API key. Secret and write-only; it is never returned. On an update, an empty string keeps the
    stored key.
    """
    enabled: Optional[bool] = None
    """Whether Burki may use the key."""
    concurrent_limit: Optional[int] = None
    """Most sessions open with this key at once; `null` for no separate limit."""


class Flow(Model):
    """A conversation flow: a graph of conversation nodes and transitions that a phone number can run instead of a
    single assistant. Its voice, models, tools and knowledge base come from the base assistant.
    """

    id: int
    """Flow id."""
    organization_id: int
    """Organization that owns the flow."""
    base_assistant_id: int
    """Assistant that supplies the voice, speech recognition, language model, tools and knowledge base. When a flow
    is created without one, the server creates a paired assistant.
    """
    name: str
    """Flow name."""
    graph: FlowGraph
    is_active: bool
    """Whether the flow answers calls."""
    created_at: str
    """When the flow was created."""
    updated_at: str
    """When the flow was last changed."""


class FlowCreate(Model):
    """A new conversation flow. Send only `name` to get a paired runtime assistant and a one-node starter graph; send
    `base_assistant_id` and `graph` to define the flow yourself. The server refuses any other key with 422 (its
    model forbids extra fields). The spec does not say `additionalProperties: false` because the generator cannot
    yet type a request body that does.
    """

    name: str
    """Flow name."""
    base_assistant_id: Optional[int] = None
    """Assistant that supplies voice, models, tools and knowledge base; created when left out."""
    graph: Optional[FlowGraph] = None
    """The flow definition; a one-node starter graph when left out."""
    is_active: Optional[bool] = None
    """Whether the flow answers calls."""


class FlowSummary(Model):
    """The few fields of a conversation flow that a phone number listing shows."""

    id: int
    """Flow id."""
    name: str
    """Flow name."""
    is_active: bool
    """Whether the flow answers calls."""


class FlowUpdate(Model):
    """Fields to change on a flow; any subset. The server refuses any other key with 422 (its model forbids extra
    fields). The spec does not say `additionalProperties: false` because the generator cannot yet type a request
    body that does.
    """

    name: Optional[str] = None
    """New name."""
    base_assistant_id: Optional[int] = None
    """New base assistant."""
    graph: Optional[FlowGraph] = None
    """New flow definition; replaces the stored graph."""
    is_active: Optional[bool] = None
    """Let the flow answer calls or not."""


class FluxConfig(Model):
    """Turn-detection options for Deepgram Flux models (`flux-*`)."""

    eot_timeout_ms: Optional[int] = None
    """Turn-end timeout in milliseconds; `null` keeps Deepgram's default."""
    eager_eot_threshold: Optional[float] = None
    """Confidence needed for an early turn-end guess."""
    eot_threshold: Optional[float] = None
    """Confidence needed for a final turn end."""
    language_hints: Optional[List[str]] = None
    """Languages to favour with `flux-general-multi`; omit for auto-detection."""
    tag: Optional[str] = None
    """Free label for usage tracking at Deepgram."""
    mip_opt_out: Optional[bool] = None
    """Opt out of Deepgram's Model Improvement Program."""


class HttpValidationError(Model):
    """The body of a 422 response: FastAPI rejected the request before it reached Burki's code (wrong type, missing
    field, value outside the allowed range or pattern).
    """

    detail: List[ValidationErrorItem]


class InitiateCallRequest(Model):
    """Starts an outbound call. Only `to_phone_number` is required by the server; without `from_phone_number` the
    server picks the caller number, with it the assistant assigned to that number handles the call unless
    `assistant_id` overrides it.
    """

    to_phone_number: str
    """The number to call (E.164)."""
    from_phone_number: Optional[str] = None
    """The organization's number to call from (E.164). It must be assigned to an assistant or a conversation flow.
    The docs call it required; the server does not.
    """
    assistant_id: Optional[int] = None
    """The assistant that handles the call, instead of the one assigned to `from_phone_number`."""
    welcome_message: Optional[str] = None
    """The first sentence for this call only; may use `{{variable}}` placeholders."""
    agenda: Optional[str] = None
    """The goal of the call for the assistant; may use `{{variable}}` placeholders."""
    variables: Optional[Dict[str, Any]] = None
    """Values for the `{{variable}}` placeholders. The keys are user data."""


class InitiateCallResponse(Model):
    """The call was handed to the telephony provider."""

    message: str
    """Human-readable outcome."""
    call_sid: str
    """The provider's id for the new call; use it with the `sid` endpoints and to terminate the call."""


class InterruptionSettings(Model):
    """When the caller may talk over the assistant. The server names these fields differently from the docs:
    `min_stt_confidence` (not `min_confidence`), `confirmation_window_ms` (not `tentative_window_ms`).
    """

    interruption_threshold: Optional[int] = None
    """Words the caller must say to interrupt."""
    min_speaking_time: Optional[float] = None
    """Seconds the assistant speaks before it can be interrupted."""
    interruption_cooldown: Optional[float] = None
    """Seconds after an interruption before another one counts."""
    interruption_mode: Optional[InterruptionMode] = None
    """Preset that tunes the values above."""
    min_stt_confidence: Optional[float] = None
    """Lowest recogniser confidence that counts as speech."""
    confirmation_window_ms: Optional[int] = None
    """How long, in milliseconds, a tentative interruption is watched before it is confirmed."""
    tentative_confirm_words: Optional[int] = None
    """Words that confirm a tentative interruption."""
    backchannel_filter: Optional[bool] = None
    """Ignore short acknowledgements (\"uh-huh\", \"okay\") as interruptions."""
    tail_protection_ms: Optional[int] = None
    """Final part of an assistant sentence, in milliseconds, that cannot be interrupted."""


class InviteUserRequest(Model):
    """Whom to invite into the caller's organization, and with which role."""

    email: str
    """Where the invitation is sent."""
    first_name: Optional[str] = None
    """The invitee's given name, for the invitation email."""
    last_name: Optional[str] = None
    """The invitee's family name."""
    role: Optional[UserRole] = None


class InviteUserResponse(Model):
    """Whether the invitation was created and sent."""

    success: bool
    """Whether the invitation was created."""
    message: str
    """Human-readable outcome."""
    invitation_id: Optional[str] = None
    """Id of the new invitation."""


class LambdaFunction(Model):
    """An AWS Lambda function a `lambda` tool could invoke."""

    function_name: str
    """Function name; use it as the tool's `configuration.function_name`."""
    description: Optional[str] = None
    """The function's description (may be empty)."""
    runtime: Optional[str] = None
    """Runtime (for example `python3.12`, `nodejs20.x`)."""
    timeout: Optional[int] = None
    """The function's timeout, in seconds."""
    memory_size: Optional[int] = None
    """Memory, in MB."""
    code_size: Optional[int] = None
    """Code size, in bytes."""
    handler: Optional[str] = None
    """Entry point."""
    version: Optional[str] = None
    """Version (usually `$LATEST`)."""
    last_modified: Optional[str] = None
    """When the function last changed, as AWS formats it."""


class LambdaFunctionList(Model):
    """The Lambda functions in one AWS region of an account."""

    success: bool
    """Always `true` on a 200 response."""
    message: Optional[str] = None
    """Human-readable outcome."""
    functions: List[LambdaFunction]


class LearningConversationTurn(Model):
    """One turn of a conversation in an eval case or a call trace. The server declares turns as free-form objects;
    `role` and `content` are the documented keys, others pass through.
    """

    role: Optional[Union[Union[Literal["user", "assistant", "system", "tool"], str], str]] = None
    """Who spoke. Open enum."""
    content: Optional[str] = None
    """What was said."""


class LearningStats(Model):
    """Counts of what an assistant has learned and how its prompts are doing."""

    memory_count: int
    """Memories."""
    edge_count: int
    """Relationships between memories."""
    prompt_versions: int
    """Prompt versions."""
    active_prompt_version: Optional[int]
    """The prompt version in production."""
    canary_prompt_version: Optional[int]
    """The prompt version in canary, if any."""
    eval_datasets: int
    """Eval datasets."""
    last_eval_pass_rate: Optional[float]
    """Pass rate of the last evaluation run, from 0 to 1."""


class LedgerEntry(Model):
    """One wallet transaction."""

    id: str
    """Ledger entry id (a string)."""
    created_at: str
    """When the transaction happened (ISO 8601; the server sends it without a time zone, in UTC)."""
    type: LedgerEntryType
    direction: Union[Union[Literal["credit", "debit"], str], str]
    """`credit` adds to the balance, `debit` takes from it. Open enum."""
    amount_cents: int
    """Amount in US cents, always positive; `direction` gives the sign."""
    amount_dollars: float
    """Amount in dollars."""
    reference_type: Optional[str]
    """What the transaction is about (for example `call`)."""
    reference_id: Optional[str]
    """Id of that thing, as a string (for example a call id)."""
    description: Optional[str]
    """Human-readable description."""


class LedgerPage(Model):
    """One page of wallet transactions with the total number of matches."""

    entries: List[LedgerEntry]
    """The transactions on this page, newest first."""
    total: int
    """How many transactions match the filters in all."""
    limit: int
    """The `limit` the page was requested with."""
    offset: int
    """The `offset` the page was requested with."""


class LlmFallbackProvider(Model):
    """One backup language-model provider, tried when the primary one fails."""

    provider: LlmProvider
    api_key: Optional[str] = None
    """API key for this provider. Write-only."""
    base_url: Optional[str] = None
    """Custom API base URL."""
    model: Optional[str] = None
    """Model name at this provider."""


class LlmFallbackSettings(Model):
    """Backup language-model providers, tried in order."""

    enabled: Optional[bool] = None
    """Whether fallbacks are used at all."""
    fallbacks: Optional[List[LlmFallbackProvider]] = None
    """Ordered list of providers to try after the primary one."""


class LlmPreset(Model):
    """A named, reusable language-model configuration of the organization that can be applied to assistants."""

    id: str
    """Preset id (a string, unlike most Burki ids)."""
    name: str
    """Display name."""
    description: Optional[str] = None
    """What the preset is for."""
    provider: LlmProvider
    config: LlmPresetConfig
    include_api_key: bool
    """Whether the preset stores a provider API key."""
    is_default: bool
    """Whether new assistants start from this preset."""
    created_by: str
    """Who created the preset (as the server records it)."""
    created_at: str
    """When the preset was created (an ISO 8601 string; the server does not declare a format)."""


class LlmPresetRequest(Model):
    """A whole preset, for creating one or replacing one (`PUT` replaces every field, so send them all)."""

    name: str
    """Display name."""
    description: Optional[str] = None
    """What the preset is for."""
    provider: LlmProvider
    config: LlmPresetConfig
    include_api_key: Optional[bool] = None
    """Store a provider API key with the preset. The key is a secret; it is masked when presets are listed."""
    is_default: Optional[bool] = None
    """Make this the organization's default preset."""


class LlmProviderCatalog(Model):
    """The language-model providers an assistant can use, keyed by the `llm_provider` value."""

    providers: Dict[str, LlmProviderInfo]
    """Provider id (for example `openai`) mapped to its details. The keys are data, not field names."""


class LlmProviderConfig(Model):
    """Connection details for the assistant's language-model provider."""

    api_key: Optional[str] = None
    """The provider API key. Write-only: send it when creating or updating; do not rely on reading it back."""
    base_url: Optional[str] = None
    """Custom API base URL; needed when `llm_provider` is `custom`."""
    model: Optional[str] = None
    """Model name at the provider."""
    custom_config: Optional[Dict[str, Any]] = None
    """Provider-specific options, passed through unchanged."""


class LlmProviderInfo(Model):
    """One supported language-model provider and its models."""

    name: str
    """Display name of the provider."""
    models: List[str]
    """Model names that can be used in `llm_provider_config.model`."""
    default_model: str
    """The model used when none is configured."""


class LlmSettings(Model):
    """How the assistant's language model generates replies."""

    temperature: Optional[float] = None
    """Sampling temperature; higher values give more varied replies."""
    max_tokens: Optional[int] = None
    """Upper bound on the length of one reply, in tokens."""
    system_prompt: Optional[str] = None
    """Instructions that define the assistant's persona and goals."""
    welcome_message: Optional[str] = None
    """The first sentence the assistant says when a call connects."""
    top_p: Optional[float] = None
    """Nucleus-sampling cut-off."""
    frequency_penalty: Optional[float] = None
    """Penalty for repeating the same tokens."""
    presence_penalty: Optional[float] = None
    """Penalty for returning to topics already mentioned."""
    stop_sequences: Optional[List[str]] = None
    """Strings that end a reply when the model produces them."""


class ManagedServices(Model):
    """Which services use Burki's managed provider credentials (`true`) and which use the organization's own keys
    (`false`, \"bring your own\").
    """

    llm: bool
    """Burki provides the language-model keys (OpenAI, Anthropic, ...)."""
    tts: bool
    """Burki provides the text-to-speech keys (ElevenLabs, Cartesia, ...)."""
    stt: bool
    """Burki provides the speech-to-text keys (Deepgram, ...)."""
    carrier: bool
    """Burki provides the telephony account (Twilio, Vonage, ...)."""
    message: Optional[str] = None
    """Human-readable note, set after an update."""


class ManagedServicesUpdate(Model):
    """Which services to switch. A service left out (or `null`) keeps its mode. Before switching a service to `false`
    (bring your own), store the organization's own key for it with `organization.update`, or calls that need it
    fail.
    """

    llm: Optional[bool] = None
    """Use Burki's language-model keys."""
    tts: Optional[bool] = None
    """Use Burki's text-to-speech keys."""
    stt: Optional[bool] = None
    """Use Burki's speech-to-text keys."""
    carrier: Optional[bool] = None
    """Use Burki's telephony account."""


class Memory(Model):
    """Something an assistant remembers across calls. Memories may hold customer data; treat them as sensitive."""

    id: int
    """Memory id."""
    fact: str
    """What is remembered, in plain language (personal data is redacted before storage)."""
    memory_type: MemoryType
    memory_scope: MemoryScope
    subject_type: str
    """What the memory is about (for example `caller` or `general`)."""
    subject_id: Optional[str] = None
    """Which one it is about, for example a caller hash (callers' numbers are stored as SHA-256 hashes)."""
    confidence: float
    """How sure Burki is of the fact, from 0 to 1 (0.9 and up is an explicit statement)."""
    importance: Optional[float] = None
    """How much the memory matters when choosing context, from 0 to 1."""
    provenance: Optional[Dict[str, Any]] = None
    """Where the memory came from (for example `{\"source\": \"call_trace\"}`), passed through unchanged."""
    created_at: str
    """When the memory was stored."""
    access_count: Optional[int] = None
    """How often the memory was retrieved."""


class MemoryCreate(Model):
    """A memory to store by hand."""

    fact: str
    """The fact to remember, in plain language."""
    memory_type: Optional[MemoryType] = None
    memory_scope: Optional[MemoryScope] = None
    subject_type: Optional[str] = None
    """What the memory is about (for example `caller`)."""
    subject_id: Optional[str] = None
    """Which one it is about, for example a caller hash."""
    confidence: Optional[float] = None
    """How sure the fact is, from 0 to 1."""


class MemoryGraph(Model):
    """An assistant's memory graph laid out for drawing (React Flow format): memories as nodes, relationships as
    edges, and counts. The server does not declare the fields of nodes, edges and counts, so they are open
    objects.
    """

    nodes: List[Dict[str, Any]]
    """One node per memory, with its layout position."""
    edges: List[Dict[str, Any]]
    """One edge per relationship between two memories."""
    stats: Optional[Dict[str, Any]] = None
    """Counts about the graph."""


class MemorySearchHit(Model):
    """A memory that matched a search."""

    id: int
    """Memory id."""
    fact: str
    """The remembered fact."""
    confidence: Optional[float] = None
    """The memory's confidence, from 0 to 1."""
    source: Optional[str] = None
    """Where the memory came from (for example `call_trace`)."""


class MemorySearchRequest(Model):
    """A question to look up memories for, optionally narrowed to one caller or assistant."""

    query: str
    """What to look for, in plain language; matched by meaning, not keywords."""
    caller_hash: Optional[str] = None
    """Only memories about this caller (the hash of their number)."""
    assistant_id: Optional[int] = None
    """Only memories of this assistant."""
    limit: Optional[int] = None
    """Largest number of memories to return."""


class MemorySearchResult(Model):
    """The memories found for a query and how they were found. The server does not declare this body; the fields
    follow the docs.
    """

    memories: List[MemorySearchHit]
    """The matching memories, best first."""
    intent: Optional[str] = None
    """What the query was understood to ask for (for example `preference_lookup`)."""
    traversal_path: Optional[List[Any]] = None
    """The memory-graph steps taken to widen the search; often empty."""
    retrieval_ms: Optional[float] = None
    """How long the search took, in milliseconds."""


class MemoryUpdate(Model):
    """Changes to a memory. Only the fields sent are changed. Changing `fact` discards the stored embedding so that
    it is computed again. The subject cannot be changed.
    """

    fact: Optional[str] = None
    """The corrected fact."""
    memory_type: Optional[MemoryType] = None
    """The new kind of memory."""
    memory_scope: Optional[MemoryScope] = None
    """The new scope."""
    confidence: Optional[float] = None
    """The new confidence, from 0 to 1."""
    edit_reason: Optional[str] = None
    """Why the memory was edited, kept for the audit trail."""


class Organization(Model):
    """The caller's organization with its settings and stored carrier and provider credentials. The server returns
    the stored secrets in this object (Twilio auth token, Telnyx and Vonage keys, SIP password, provider API
    keys): treat the whole response as sensitive and never log it.
    """

    id: int
    """Organization id."""
    name: str
    """Display name."""
    slug: str
    """URL-safe unique name."""
    description: Optional[str] = None
    """What the organization does."""
    domain: Optional[str] = None
    """The organization's email or web domain."""
    is_active: bool
    """Whether the organization may use Burki."""
    api_keys: Optional[OrganizationApiKeys] = None
    """Stored provider credentials. Sensitive."""
    settings: Optional[Dict[str, Any]] = None
    """Organization-wide settings (for example `default_timezone`). The keys are user data and are never renamed by
    the SDK.
    """
    twilio_account_sid: Optional[str] = None
    """Twilio Account SID (`AC...`)."""
    twilio_auth_token: Optional[str] = None
    """Twilio auth token. Sensitive."""
    telnyx_api_key: Optional[str] = None
    """Telnyx API key. Sensitive."""
    telnyx_connection_id: Optional[str] = None
    """Telnyx connection (application) id."""
    vonage_api_key: Optional[str] = None
    """Vonage API key."""
    vonage_api_secret: Optional[str] = None
    """Vonage API secret. Sensitive."""
    vonage_application_id: Optional[str] = None
    """Vonage application id."""
    vonage_private_key: Optional[str] = None
    """Vonage application private key (PEM). Sensitive."""
    vonage_signature_secret: Optional[str] = None
    """Secret Vonage signs its webhooks with. Sensitive."""
    sip_gateway: Optional[str] = None
    """SIP gateway host for bring-your-own SIP."""
    sip_username: Optional[str] = None
    """SIP username."""
    sip_password: Optional[str] = None
    """SIP password. Sensitive."""
    sip_trunk_config: Optional[Dict[str, Any]] = None
    """SIP trunk settings (for example `sip_domain`, `inbound_enabled`), passed through unchanged; the server does
    not declare their keys.
    """
    created_at: str
    """When the organization was created."""
    updated_at: str
    """When the organization was last changed."""


class OrganizationCreate(Model):
    """A new organization; the caller becomes its admin."""

    name: str
    """Display name."""
    slug: Optional[str] = None
    """URL-safe unique name; derived from `name` when left out."""
    description: Optional[str] = None
    """What the organization does."""
    domain: Optional[str] = None
    """The organization's email or web domain."""


class OrganizationInfo(Model):
    """Who the credential belongs to."""

    organization_id: int
    """The caller's organization."""
    organization_name: Optional[str] = None
    """Display name of the organization."""
    user_id: int
    """The calling user."""
    user_email: Optional[str] = None
    """The calling user's email address."""
    user_role: Optional[Union[Union[Literal["user", "admin"], str], str]] = None
    """The user's role in the organization."""


class OrganizationPhoneNumber(Model):
    """A phone number of the organization with what it is assigned to: an assistant, a conversation flow, or nothing."""

    id: int
    """Phone number id."""
    phone_number: str
    """The number in E.164 form."""
    friendly_name: Optional[str] = None
    """Display name."""
    provider: Union[Union[Literal["twilio", "telnyx", "vonage", "byo-sip-trunk"], str], str]
    """The carrier that hosts the number. Open enum."""
    twilio_sid: str
    """The carrier's id for the number (Twilio `PN...`; other carriers' ids despite the name)."""
    is_active: bool
    """Whether the number is active."""
    is_verified_caller_id: Optional[bool] = None
    """Whether this is a verified caller id (usable as a caller id, not hosted by Burki)."""
    capabilities: Dict[str, bool]
    """What the number supports, keyed by capability (`voice`, `sms`, `mms`, ...)."""
    sip_trunk_id: Optional[str] = None
    """The SIP trunk the number routes through, if any."""
    allowed_country_codes: Optional[List[str]] = None
    """Countries outbound calls from this number may reach; `null` for no restriction."""
    assistant: Optional[OrganizationPhoneNumberAssistant] = None
    """The assigned assistant; `null` when none."""
    flow: Optional[OrganizationPhoneNumberFlow] = None
    """The assigned conversation flow; `null` when none."""
    created_at: str
    """When the number was added."""
    updated_at: Optional[str] = None
    """When the number was last changed."""


class OrganizationPhoneNumberAssistant(Model):
    """The assistant a phone number is assigned to."""

    id: int
    """Assistant id."""
    name: str
    """Assistant name."""
    is_active: bool
    """Whether the assistant is active."""


class OrganizationPhoneNumberFlow(Model):
    """The conversation flow a phone number is assigned to."""

    id: int
    """Flow id."""
    name: str
    """Flow name."""
    is_active: bool
    """Whether the flow is active."""


class OrganizationUpdate(Model):
    """Changes to the caller's organization. Only the fields sent are changed. The credential fields are secrets:
    they are write-only here, and the SDK never logs them. When HIPAA/BAA requirements block bring-your-own keys,
    the server may store the keys but not activate them until the compliance requirements are met.
    """

    name: Optional[str] = None
    """Display name."""
    description: Optional[str] = None
    """What the organization does."""
    domain: Optional[str] = None
    """The organization's email or web domain."""
    settings: Optional[Dict[str, Any]] = None
    """Organization-wide settings (for example `default_timezone`); replaces the stored object. The keys are user
    data and are never renamed by the SDK.
    """
    api_keys: Optional[OrganizationApiKeys] = None
    """Provider credentials to store, keyed by provider. Secret."""
    twilio_account_sid: Optional[str] = None
    """Twilio Account SID (`AC...`, not an API key SID `SK...`). Check it first with
    `organization.validateTwilioCredentials`.
    """
    twilio_auth_token: Optional[str] = None
    """Twilio auth token. Secret."""
    telnyx_api_key: Optional[str] = None
    """Telnyx API key. Secret."""
    telnyx_connection_id: Optional[str] = None
    """Telnyx connection (application) id."""
    vonage_api_key: Optional[str] = None
    """Vonage API key."""
    vonage_api_secret: Optional[str] = None
    """Vonage API secret. Secret."""
    vonage_application_id: Optional[str] = None
    """Vonage application id."""
    vonage_private_key: Optional[str] = None
    """Vonage application private key (PEM). Secret."""
    vonage_signature_secret: Optional[str] = None
    """Secret Vonage signs its webhooks with. Secret."""
    vonage_api_region: Optional[str] = None
    """Vonage API region."""
    sip_gateway: Optional[str] = None
    """SIP gateway host for bring-your-own SIP."""
    sip_username: Optional[str] = None
    """SIP username."""
    sip_password: Optional[str] = None
    """SIP password. Secret."""
    sip_trunk_config: Optional[Dict[str, Any]] = None
    """SIP trunk settings (for example `sip_domain`, `inbound_enabled`), passed through unchanged; the server does
    not declare their keys.
    """


class PageInfo(Model):
    """Where a page sits in a `page`/`per_page` listing (campaigns, their contacts and executions)."""

    page: int
    """This page's number, from 1."""
    per_page: int
    """The page size asked for."""
    total_items: int
    """How many records match in all."""
    total_pages: int
    """How many pages there are at this page size."""
    has_next: bool
    """Whether a later page exists."""
    has_prev: bool
    """Whether an earlier page exists."""


class PhoneNumber(Model):
    """A phone number the organization owns, with what it is routed to: an assistant, a conversation flow (never
    both), and optionally a SIP trunk.
    """

    id: int
    """Phone number id, used by the assign and unassign routes."""
    phone_number: str
    """The number in E.164 format."""
    friendly_name: Optional[str] = None
    """Display name."""
    provider: TelephonyProvider
    twilio_sid: str
    """The carrier's identifier of the number. The name is historical: for Twilio numbers it is the `PN...` SID, for
    other carriers their own id.
    """
    is_active: bool
    """Whether the number is in service."""
    is_verified_caller_id: Optional[bool] = None
    """`true` for a number the organization does not own at a carrier but has verified with Twilio as an outbound
    caller id.
    """
    capabilities: PhoneNumberCapabilities
    sip_trunk_id: Optional[str] = None
    """UUID of the SIP trunk the number's calls go through, when one is assigned."""
    allowed_country_codes: Optional[List[str]] = None
    """ISO 3166 alpha-2 codes of the countries allowed to call this number; `null` or empty allows all."""
    assistant: Optional[AssistantSummary] = None
    """The assistant that answers the number, if any."""
    flow: Optional[FlowSummary] = None
    """The conversation flow that answers the number, if any."""
    created_at: str
    """When the number was added to the organization."""
    updated_at: Optional[str] = None
    """When the number was last changed."""


class PhoneNumberAssignByNumber(Model):
    """A number to route to the assistant, named by its digits rather than its id."""

    phone_number: str
    """The number in E.164 format."""
    friendly_name: Optional[str] = None
    """Display name to store with the number."""
    auto_sync: Optional[bool] = None
    """When the number is not in the organization's inventory yet, import it from the organization's Twilio account
    first. This is the usual way to assign a number bought directly at Twilio.
    """


class PhoneNumberBulkAssignResultDataFailuresItem(Model):

    phone_number_id: int
    """Id of the number."""
    error: str
    """Why it was not assigned."""


class PhoneNumberBulkAssignResultData(Model):

    successes: Optional[List[int]] = None
    """Ids of the numbers now assigned to the assistant."""
    failures: Optional[List[PhoneNumberBulkAssignResultDataFailuresItem]] = None
    """The numbers that could not be assigned, with the reason."""
    total_requested: Optional[int] = None
    """How many ids were sent (only when some failed)."""
    successful_count: Optional[int] = None
    """How many were assigned (only when some failed)."""
    failed_count: Optional[int] = None
    """How many failed (only when some failed)."""
    total_assigned: Optional[int] = None
    """How many were assigned (only when all succeeded)."""


class PhoneNumberBulkAssignResult(Model):
    """The outcome of assigning several numbers at once. Each number is assigned on its own, so some may succeed
    while others fail; `success` is `true` when at least one succeeded.
    """

    success: bool
    """`true` when at least one number was assigned."""
    message: str
    """Human-readable outcome."""
    data: Optional[PhoneNumberBulkAssignResultData] = None
    """Which numbers were assigned and which were not."""


class PhoneNumberCapabilities(Model):
    """What a number can do, as reported by its carrier. Carriers may add keys; every value is a boolean."""

    voice: Optional[bool] = None
    """Can make and receive calls."""
    sms: Optional[bool] = None
    """Can send and receive SMS."""
    mms: Optional[bool] = None
    """Can send and receive MMS."""
    fax: Optional[bool] = None
    """Can send and receive faxes."""


class PhoneNumberCountries(Model):
    """The countries in which a carrier sells numbers."""

    success: bool
    """Always `true` on a 200 response."""
    country_codes: List[str]
    """ISO 3166 alpha-2 country codes."""
    provider: TelephonyProvider


class PhoneNumberDiagnosis(Model):
    """How a Telnyx number is wired at Telnyx (connection and Call Control application)."""

    success: bool
    """Always `true` on a 200 response."""
    phone_number: str
    """The number diagnosed, in E.164 format."""
    diagnosis: Dict[str, Any]
    """Telnyx's view of the number. Burki does not document its fields; they are passed through unchanged."""


class PhoneNumberPurchase(Model):
    """A number to buy from a carrier, and optionally the assistant that should answer it."""

    phone_number: str
    """The number in E.164 format, as returned by `searchPhoneNumbers`."""
    provider: TelephonyProvider
    country_code: Optional[str] = None
    """ISO 3166 alpha-2 country of the number; derived from the number when not sent."""
    assistant_id: Optional[int] = None
    """Assistant to route the new number to."""
    friendly_name: Optional[str] = None
    """Display name; defaults to the number itself."""
    messaging_profile_id: Optional[str] = None
    """Telnyx messaging profile to attach the number to (Telnyx only)."""


class PhoneNumberPurchaseResult(Model):
    """The outcome of a purchase. The number is in the organization's inventory once this succeeds."""

    success: bool
    """Whether the carrier sold the number."""
    phone_number: Optional[str] = None
    """The number bought, in E.164 format."""
    provider: TelephonyProvider
    purchase_details: Optional[Dict[str, Any]] = None
    """The carrier's own record of the purchase (a Twilio incoming-number record, a Telnyx number order), passed
    through unchanged.
    """
    message: str
    """Human-readable outcome."""


class PhoneNumberRelease(Model):
    """A number to give back to its carrier."""

    phone_number: str
    """The number in E.164 format."""
    provider: Optional[TelephonyProvider] = None
    """The number's carrier; looked up from the organization's inventory when not sent."""


class PhoneNumberReleaseResult(Model):
    """The outcome of a release. The number is no longer in the organization's inventory."""

    success: bool
    """Whether the carrier took the number back."""
    phone_number: str
    """The number released."""
    provider: TelephonyProvider
    message: str
    """Human-readable outcome."""


class PhoneNumberSearch(Model):
    """What to look for when searching a carrier's stock of numbers. Every field is optional."""

    country_code: Optional[str] = None
    """ISO 3166 alpha-2 country to search in."""
    area_code: Optional[str] = None
    """Area code the number should have."""
    contains: Optional[str] = None
    """Digits (or letters, as on a keypad) the number should contain."""
    locality: Optional[str] = None
    """City or locality to search in."""
    region: Optional[str] = None
    """State or region to search in."""
    limit: Optional[int] = None
    """Largest number of results."""
    provider: Optional[TelephonyProvider] = None
    """Carrier to search. The documented carriers are `twilio` and `telnyx` (the server's own text also names
    `byo-sip-trunk`); an unsupported one is refused with 400.
    """


class PhoneNumberSearchResult(Model):
    """Numbers a carrier offers that match the search."""

    success: bool
    """Always `true` on a 200 response."""
    numbers: List[AvailablePhoneNumber]
    """The matching numbers, at most `limit` of them."""
    total_found: int
    """How many numbers are in `numbers`."""
    provider: TelephonyProvider


class PhoneNumberSyncResult(Model):
    """How many numbers a sync imported from the carriers."""

    success: bool
    """Whether the sync ran."""
    message: str
    """Human-readable outcome."""
    synced_count: int
    """Numbers newly imported."""


class PhoneNumberUnassignByNumber(Model):
    """A number to take away from the assistant, named by its digits."""

    phone_number: str
    """The number in E.164 format."""


class PhoneNumberUpdate(Model):
    """Fields to change on a phone number; fields that are not sent stay as they are. A number routes to an assistant
    or to a flow, not both.
    """

    friendly_name: Optional[str] = None
    """New display name."""
    assistant_id: Optional[int] = None
    """Assistant to route the number to. `null` unassigns it; the server's own text also accepts `0` for that."""
    flow_id: Optional[int] = None
    """Conversation flow to route the number to; `null` (or `0`) unassigns it."""
    sip_trunk_id: Optional[str] = None
    """UUID of the SIP trunk to send the number's calls through; an empty string clears it."""
    allowed_country_codes: Optional[List[str]] = None
    """ISO 3166 alpha-2 codes of the countries allowed to call the number (for example `[US, CA]`); `null` or an
    empty list allows every country.
    """


class PhoneNumberUpdateResult(Model):
    """The outcome of a phone number update."""

    success: bool
    """Whether the change was stored."""
    message: str
    """Human-readable outcome."""
    phone_number: Optional[Dict[str, Any]] = None
    """The number after the change. The server does not declare its fields; they are passed through unchanged."""


class PhoneNumberWebhooks(Model):
    """Where a carrier sends a number's call and SMS events, read live from the carrier."""

    success: bool
    """Always `true` on a 200 response."""
    phone_number: str
    """The number in E.164 format."""
    provider: TelephonyProvider
    voice_webhook_url: Optional[str] = None
    """URL the carrier calls for voice events. Telnyx configures it per connection, so for Telnyx numbers this is the
    text `Configured at Connection level`.
    """
    sms_webhook_url: Optional[str] = None
    """URL the carrier calls for inbound SMS; same Telnyx caveat as `voice_webhook_url`."""
    configuration: Dict[str, Any]
    """The carrier's full configuration of the number (for Twilio methods, status callback and SID; for Telnyx
    connection id, number id, status and features), passed through unchanged.
    """


class PhoneNumberWebhooksUpdate(Model):
    """A change to a number's carrier webhooks. Send at least one of `voice_webhook_url`, `disable_sms` and
    `enable_sms`; `disable_sms` and `enable_sms` may not both be `true`. SMS webhook URLs themselves are managed
    by Burki through the assistant the number is assigned to.
    """

    phone_number: str
    """The number in E.164 format."""
    voice_webhook_url: Optional[str] = None
    """New URL for the carrier's voice webhooks."""
    disable_sms: Optional[bool] = None
    """`true` stops SMS handling for the number (Twilio gets a placeholder URL, Telnyx an empty one)."""
    enable_sms: Optional[bool] = None
    """`true` points the carrier's SMS webhook back at Burki; the number must be assigned to an assistant that has an
    `sms_webhook_url`.
    """
    provider: Optional[TelephonyProvider] = None
    """The number's carrier (`twilio` or `telnyx`); detected when not sent."""


class PhoneNumberWebhooksUpdateResult(Model):
    """Which carrier webhooks were changed."""

    success: bool
    """Whether the carrier accepted the change."""
    phone_number: str
    """The number in E.164 format."""
    provider: TelephonyProvider
    updated_webhooks: Dict[str, str]
    """One entry per changed webhook (`voice`, `sms`) with its new value or state."""
    message: str
    """Human-readable outcome."""


class PingMessage(Model):
    """Client to server on any Burki stream; the server answers with a `pong`."""

    type: Union[Literal["ping"], str]


class PongEvent(Model):
    """The server's answer to a `ping`."""

    type: Union[Literal["pong"], str]
    timestamp: Optional[str] = None
    """When the server answered (ISO 8601; live transcript only)."""


class PromptVersion(Model):
    """One version of an assistant's system prompt, with its evaluation and rollout state."""

    id: int
    """Prompt version id."""
    version: int
    """Version number within the assistant (1, 2, 3, ...)."""
    version_name: Optional[str]
    """Human-friendly name."""
    status: PromptVersionStatus
    source: str
    """How the version was made (for example by hand or by DSPy optimization)."""
    eval_score: Optional[float]
    """Score of the last evaluation run, from 0 to 1."""
    eval_passed: Optional[bool]
    """Whether the last evaluation run passed its threshold."""
    traffic_percentage: Optional[float]
    """Share of calls this version serves, in percent (during a canary)."""
    created_at: str
    """When the version was created."""


class PromptVersionCreate(Model):
    """A new system prompt to store as a draft version."""

    system_prompt: str
    """The system prompt."""
    version_name: Optional[str] = None
    """Human-friendly name for the version."""
    generation_notes: Optional[str] = None
    """What changed and why (the docs call this `change_summary`; the server's field is this one)."""


class PromptVersionDetail(Model):
    """A prompt version with its full system prompt. The server does not declare this body; the docs say it includes
    the full `system_prompt`, and the other fields are those of `PromptVersion`.
    """

    id: int
    """Prompt version id."""
    version: int
    """Version number within the assistant (1, 2, 3, ...)."""
    version_name: Optional[str]
    """Human-friendly name."""
    status: PromptVersionStatus
    source: str
    """How the version was made (for example by hand or by DSPy optimization)."""
    eval_score: Optional[float]
    """Score of the last evaluation run, from 0 to 1."""
    eval_passed: Optional[bool]
    """Whether the last evaluation run passed its threshold."""
    traffic_percentage: Optional[float]
    """Share of calls this version serves, in percent (during a canary)."""
    created_at: str
    """When the version was created."""
    system_prompt: Optional[str] = None
    """The full system prompt of this version."""


class ProviderConcurrencySettings(Model):
    """How many simultaneous sessions the organization opens with one TTS or STT provider."""

    enabled: Optional[bool] = None
    """Whether the limit applies."""
    concurrent_limit: Optional[int] = None
    """Most sessions open with this provider at once."""
    priority: Optional[int] = None
    """Order in which providers are tried; the server does not document whether lower or higher goes first."""


class RagSettings(Model):
    """Retrieval from the assistant's uploaded documents."""

    enabled: Optional[bool] = None
    """Whether the assistant searches its documents."""
    rag_inject_before_llm: Optional[bool] = None
    """Put retrieved context into the system prompt before each model call instead of offering a search tool."""
    search_limit: Optional[int] = None
    """Chunks retrieved per search."""
    similarity_threshold: Optional[float] = None
    """Lowest similarity a chunk needs to be used."""
    embedding_model: Optional[str] = None
    """Embedding model used for indexing and search."""
    chunking_strategy: Optional[str] = None
    """How documents are split into chunks."""
    chunk_size: Optional[int] = None
    """Target chunk size in characters."""
    chunk_overlap: Optional[int] = None
    """Characters shared by neighbouring chunks."""
    auto_process: Optional[bool] = None
    """Index documents as soon as they are uploaded."""
    include_metadata: Optional[bool] = None
    """Include document metadata with retrieved chunks."""
    context_window_tokens: Optional[int] = None
    """Token budget for retrieved context."""


class Recording(Model):
    """One audio recording of a call. Play it through `playCallRecording`; `recording_url` may point at the telephony
    provider and need the provider's credentials.
    """

    id: int
    """Recording id."""
    call_id: int
    """The call it belongs to."""
    recording_sid: Optional[str] = None
    """The provider's id for the recording."""
    file_path: Optional[str] = None
    """Storage key of the file, when Burki stores it."""
    recording_url: Optional[str] = None
    """Where the file lives (storage or the telephony provider)."""
    duration: Optional[float] = None
    """Length in seconds."""
    format: Optional[Union[Union[Literal["wav", "mp3"], str], str]] = None
    """Audio format."""
    recording_type: Optional[RecordingType] = None
    """Which audio the file holds."""
    recording_source: Optional[Union[Union[Literal["twilio", "s3"], str], str]] = None
    """Who made the recording."""
    status: Optional[
        Union[Union[Literal["recording", "processing", "completed", "failed", "uploaded"], str], str]
    ] = None
    """Processing state of the file."""
    created_at: Optional[str] = None
    """When the recording was stored."""


class RecordingProcessing(Model):
    """The recording exists but is not ready to play yet."""

    status: Union[Literal["processing"], str]
    """Always `processing`."""
    message: str
    """Human-readable explanation."""


class RecordingSettings(Model):
    """Call recording and recording disclosure."""

    enabled: Optional[bool] = None
    """Whether calls handled by this assistant are recorded."""
    format: Optional[Union[Union[Literal["mp3", "wav"], str], str]] = None
    """Audio format of new recordings."""
    sample_rate: Optional[int] = None
    """Sample rate in Hz."""
    channels: Optional[int] = None
    """Number of audio channels."""
    record_user_audio: Optional[bool] = None
    """Record the caller's side."""
    record_assistant_audio: Optional[bool] = None
    """Record the assistant's side."""
    record_mixed_audio: Optional[bool] = None
    """Record both sides mixed into one file."""
    record_user_only_track: Optional[bool] = None
    """Also keep a caller-only recording; `null` follows the organization setting."""
    auto_save: Optional[bool] = None
    """Save recordings automatically when the call ends."""
    recordings_dir: Optional[str] = None
    """Storage folder for recordings."""
    create_database_records: Optional[bool] = None
    """Create a recording record for each file."""
    disclosure_enabled: Optional[bool] = None
    """Tell callers that the call is recorded."""
    disclosure_message: Optional[str] = None
    """The disclosure sentence."""
    disclosure_mode: Optional[Union[Union[Literal["every_call"], str], str]] = None
    """When the disclosure is played."""


class RelatedConversation(Model):
    """A voice call or SMS conversation that shares a unified session (same customer and assistant) with the
    conversation asked about. The server leaves this object untyped; the fields below are the ones the docs show,
    and others may appear.
    """

    id: Optional[int] = None
    """Call record id (voice calls and SMS threads share the id space)."""
    call_sid: Optional[str] = None
    """The provider's call SID, or Burki's `sms_<id>` for an SMS thread."""
    channel: Optional[Union[Union[Literal["voice", "sms"], str], str]] = None
    """`voice` or `sms`. Open enum."""
    direction: Optional[SmsDirection] = None
    status: Optional[str] = None
    """The record's status (a call status or an SMS conversation status)."""
    duration: Optional[int] = None
    """Call length in seconds; `null` for SMS threads."""
    message_count: Optional[int] = None
    """Messages in an SMS thread."""
    started_at: Optional[str] = None
    """When it started."""
    ended_at: Optional[str] = None
    """When it ended."""
    is_current: Optional[bool] = None
    """`true` for the conversation that was asked about."""


class RequestHistoryMessage(Model):
    """Client to server on the campaign progress stream; the server answers with `metrics_history`."""

    type: Union[Literal["request_history"], str]
    hours: Optional[int] = None
    """How many hours of history to send."""


class RequestStatusMessage(Model):
    """Client to server on the live transcript stream; the server answers with a `call_status` event."""

    type: Union[Literal["request_status"], str]


class RequestUpdateMessage(Model):
    """Client to server on the campaign progress stream; the server answers with a `progress_update`."""

    type: Union[Literal["request_update"], str]


class RollbackPromptRequest(Model):
    """Why a prompt version is being rolled back."""

    reason: str
    """The reason, kept for the audit trail."""


class RunEvalRequest(Model):
    """Which prompt version to test against which dataset, and the score that counts as passing."""

    prompt_version_id: int
    """The prompt version to evaluate."""
    dataset_id: int
    """The dataset to run."""
    pass_threshold: Optional[float] = None
    """Lowest score, from 0 to 1, that passes."""


class SendSmsRequest(Model):
    """An SMS or MMS to send from one of the organization's numbers."""

    from_phone_number: str
    """Sending number in E.164 format. It must be assigned to one of the organization's assistants; that assistant's
    telephony provider (Twilio, Telnyx or Vonage) sends the message.
    """
    to_phone_number: str
    """Recipient in E.164 format (`+` and country code, no spaces or punctuation)."""
    message: str
    """The text. An empty text is refused with 400."""
    media_urls: Optional[List[str]] = None
    """Public URLs of images or documents to attach; any entry turns the message into an MMS."""
    queue: Optional[bool] = None
    """`true` hands the message to Burki's per-provider queue, which paces sends to the provider's rate limits; the
    response then carries a Burki message id to poll with `getSmsStatus`. `false` sends at once and may run into
    carrier limits.
    """
    idempotency_key: Optional[str] = None
    """Deduplicates retried sends: a second request with the same key neither sends nor stores the message again. The
    `Idempotency-Key` header does the same and wins when both are present; the SDK sends its `idempotencyKey` as
    that header.
    """


class SendSmsResponse(Model):
    """What happened to a send request."""

    success: bool
    """Whether the message was queued or handed to the provider."""
    message_id: Optional[str] = None
    """For a queued send, Burki's message id (a UUID) to use with `getSmsStatus` and `cancelSms`; for an immediate
    send, the provider's message id.
    """
    message: str
    """Human-readable outcome."""
    provider: Optional[SmsProvider] = None
    """The provider that carries the message."""
    status: Optional[Union[Union[Literal["queued", "sent", "failed"], str], str]] = None
    """`queued` for a queued send, `sent` or `failed` for an immediate one. Open enum."""


class SendSmsTool(Model):
    """Lets the assistant text the caller during the call."""

    enabled: Optional[bool] = None
    """Whether the tool is available."""
    scenarios: Optional[List[str]] = None
    """Situations in which the assistant should send a text."""
    default_message: Optional[str] = None
    """A fixed text to send; when set, the assistant does not compose one."""


class SipPrewarmError(Model):
    """The prewarm route's error body, `{error}` rather than Burki's usual `{detail}`."""

    error: str
    """What was wrong with the request."""


class SipPrewarmRequest(Model):
    """What the SIP bridge tells Burki before it opens the media stream of a SIP call."""

    call_sid: str
    """Burki's id for the SIP call, used for the media stream."""
    from_number: Optional[str] = None
    """Caller number."""
    to_number: Optional[str] = None
    """Called (assistant) number."""
    outbound: Optional[bool] = None
    """Whether Burki placed the call."""
    assistant_id: Optional[int] = None
    """Assistant to prepare."""
    welcome_message: Optional[str] = None
    """First thing the assistant says."""
    agenda: Optional[str] = None
    """Instructions for the call."""
    variables: Optional[Union[Dict[str, Any], str]] = None
    """Runtime variables, as an object or as a JSON string. The keys are user data."""


class SipPrewarmResult(Model):
    """Confirmation that the call's state is ready."""

    call_sid: str
    """The call prepared."""
    prewarmed: bool
    """`true` when the call state was created."""


class SipTrunk(Model):
    """A SIP gateway of the organization's own carrier or PBX, which Burki's SIP bridge registers with or accepts
    calls from. Phone numbers are routed through a trunk with `phoneNumbers.assign` (`sip_trunk_id`). The server
    also returns the SIP `password` in clear text; the spec marks it write-only (a secret you send, not one to
    read back), so it is optional and left out of the examples.
    """

    id: str
    """Trunk id, generated by the server."""
    name: str
    """Name, unique within the organization."""
    gateway: str
    """Host name or IP of the carrier or PBX, optionally with a port (`host:port`)."""
    username: str
    """SIP authentication user name."""
    password: Optional[str] = None
    """SIP authentication password. Secret."""
    priority: Optional[int] = None
    """Routing order; lower values are tried first."""
    enabled: Optional[bool] = None
    """Whether the trunk is used for routing."""
    register_: Optional[bool] = Field(default=None, alias="register")
    """Whether the SIP bridge registers with the gateway. `false` means IP authentication: the PBX must trust Burki's
    SIP bridge address instead.
    """
    provider: Optional[str] = None
    """Free label for the carrier or PBX (for example `freepbx`)."""


class SipTrunkCreate(Model):
    """A new SIP trunk. The name must be unique within the organization (400 otherwise)."""

    name: str
    """Name, unique within the organization."""
    gateway: str
    """Host name or IP of the carrier or PBX, optionally with a port (`host:port`)."""
    username: str
    """SIP authentication user name."""
    password: str
    """SIP authentication password. Secret."""
    priority: Optional[int] = None
    """Routing order; lower values are tried first."""
    enabled: Optional[bool] = None
    """Whether the trunk is used for routing."""
    register_: Optional[bool] = Field(default=None, alias="register")
    """Whether the SIP bridge registers with the gateway (`false` for IP authentication)."""
    provider: Optional[str] = None
    """Free label for the carrier or PBX."""


class SipTrunkSyncResult(Model):
    """The outcome of pushing the organization's trunks to the SIP bridge. `success` means Burki stored the
    configuration and started the push; a failure inside the bridge is only logged by the server.
    """

    success: bool
    """Whether the push was started."""
    message: str
    """Human-readable outcome."""
    total_trunks: Optional[int] = None
    """How many trunks the organization has."""
    enabled_trunks: Optional[int] = None
    """How many of them were pushed (the enabled ones)."""


class SipTrunkUpdate(Model):
    """Fields to change on a SIP trunk; fields that are not sent stay as they are. Send the exact value to store: an
    empty string is stored as an empty string.
    """

    name: Optional[str] = None
    """New name, unique within the organization."""
    gateway: Optional[str] = None
    """New gateway host, optionally with a port."""
    username: Optional[str] = None
    """New SIP user name."""
    password: Optional[str] = None
    """New SIP password. Secret."""
    priority: Optional[int] = None
    """New routing order."""
    enabled: Optional[bool] = None
    """Use the trunk for routing or not."""
    register_: Optional[bool] = Field(default=None, alias="register")
    """Register with the gateway or not."""
    provider: Optional[str] = None
    """New carrier label."""


class SmsAuditLogEntry(Model):
    """One event of an SMS conversation's debug timeline."""

    id: int
    """Entry id."""
    timestamp: Optional[str]
    """When the event happened."""
    event_type: str
    """What happened: processing events (webhook received, language-model call, session handling) and delivery events
    (queued, sent, delivered, failed), for example `webhook_received`.
    """
    level: Union[Union[Literal["debug", "info", "warning", "error"], str], str]
    """Severity. Open enum."""
    message: str
    """Human-readable description of the event."""
    event_data: Optional[Dict[str, Any]] = None
    """Details of the event; the keys depend on `event_type` and are never renamed."""


class SmsAuditTimeline(Model):
    """The merged debug timeline of one SMS conversation: processing events and delivery events in time order."""

    call_id: int
    """The SMS conversation's call record id."""
    log_count: int
    """How many entries `logs` holds."""
    logs: List[SmsAuditLogEntry]
    """The events, oldest first."""


class SmsCanSend(Model):
    """Whether a number may send outbound SMS right now, and why."""

    can_send: bool
    """Whether outbound SMS are allowed."""
    status: Optional[SmsComplianceState] = None
    """The number's verification state."""
    reason: Optional[str] = None
    """Why sending is allowed or not (for example `approved`)."""
    action_required: Optional[bool] = None
    """Whether the organization must act (for example submit verification) before sending."""


class SmsCancelResult(Model):
    """The outcome of a cancel request. A message that can no longer be cancelled is not an HTTP error: the server
    answers 200 with `success: false` and the status the message had, so check `success`.
    """

    success: bool
    """`true` when the message was cancelled; `false` when it was already sending, sent, failed or cancelled."""
    message_id: str
    """Burki's message id."""
    message: str
    """Human-readable outcome; for `success` false, why the message could not be cancelled."""
    previous_status: Optional[SmsQueueStatus] = None
    """The message's status when the request arrived."""
    new_status: Optional[SmsQueueStatus] = None
    """`cancelled` after a successful cancel; `null` when nothing changed."""


class SmsComplianceNumber(Model):
    """One number in the compliance summary. The server leaves these objects untyped; the fields are the docs', and
    others may appear.
    """

    phone_number_id: Optional[int] = None
    """The number's id."""
    phone_number: Optional[str] = None
    """The number (E.164)."""
    status: Optional[SmsComplianceState] = None
    use_case: Optional[SmsComplianceUseCase] = None
    """The declared use case."""


class SmsComplianceStatus(Model):
    """The SMS verification state of one phone number."""

    found: bool
    """Whether the number has a compliance record; `false` means nothing was submitted yet."""
    phone_number: Optional[str] = None
    """The number (E.164)."""
    phone_number_id: Optional[int] = None
    """The number's id."""
    status: SmsComplianceState
    use_case: Optional[SmsComplianceUseCase] = None
    """The declared use case."""
    submitted_at: Optional[str] = None
    """When verification was submitted."""
    approved_at: Optional[str] = None
    """When it was approved."""
    rejection_reason: Optional[str] = None
    """Why it was rejected."""
    can_send_outbound: Optional[bool] = None
    """Whether outbound SMS are enabled for the number."""
    is_toll_free: Optional[bool] = None
    """Whether the number is toll-free (toll-free numbers go through toll-free verification)."""


class SmsComplianceSubmission(Model):
    """A request to verify a number for outbound SMS."""

    phone_number_id: int
    """Id of the organization's number to verify."""
    use_case: SmsComplianceUseCase
    business_name: str
    """The business that sends the messages."""
    business_description: str
    """What the business does and why it texts its customers."""
    sample_messages: List[str]
    """One to three examples of messages the number will send, each 10 to 320 characters (the item length is the
    docs' rule; the server checks the count). Include opt-out wording.
    """
    website_url: Optional[str] = None
    """The business's website."""
    contact_email: Optional[str] = None
    """Who the carrier may contact about the submission."""


class SmsComplianceSubmitResult(Model):
    """The outcome of a verification submission. A submission the server could not file is not an HTTP error: it
    answers 200 with `success: false` and the reason in `error`, so check `success`.
    """

    success: bool
    """Whether the submission was filed."""
    submission_id: Optional[str] = None
    """Id of the filed submission."""
    status: Optional[SmsComplianceState] = None
    """The number's verification state after the submission (usually `pending`)."""
    message: Optional[str] = None
    """Human-readable outcome."""
    error: Optional[str] = None
    """Why the submission failed, when `success` is `false`."""
    next_steps: Optional[List[str]] = None
    """What happens next or what to fix, in order."""


class SmsComplianceSummary(Model):
    """SMS verification across the organization's numbers. The fields are the server's; the docs' example
    (`approved`, `pending`, `rejected`) is outdated.
    """

    total_numbers: int
    """The organization's numbers."""
    outbound_enabled: int
    """Numbers that may send outbound SMS."""
    pending_verification: int
    """Numbers whose verification is pending."""
    needs_verification: int
    """Numbers that still need verification before they may send outbound SMS."""
    numbers: List[SmsComplianceNumber]
    """Every number with its state."""


class SmsConversation(Model):
    """An SMS thread between one customer number and one assistant number. Burki stores each thread as a call record
    of the `sms` channel, so its `id` is that record's id, written as a string (the SMS debug timeline takes the
    same number as an integer `call_id`).
    """

    id: str
    """Conversation id (the digits of the SMS call record's id)."""
    session_id: str
    """Burki's session key for the thread, `sms:<customer number>:<assistant number>`."""
    assistant_id: int
    """The assistant that answers the thread."""
    assistant_name: str
    """Name of that assistant."""
    customer_phone_number: str
    """The customer's number (E.164)."""
    assistant_phone_number: str
    """The assistant's number (E.164)."""
    status: SmsConversationStatus
    message_count: int
    """How many messages the thread holds."""
    started_at: str
    """When the first message arrived or was sent."""
    last_activity: str
    """When the latest message arrived or was sent."""
    ended_at: Optional[str] = None
    """When the thread was completed; `null` while it is active."""
    channel: Optional[str] = None
    """Always `sms`."""


class SmsLog(Model):
    """One SMS or MMS as the provider saw it, inbound or outbound, with its delivery state. The server leaves this
    object untyped; the fields are the docs'. `getSmsLog` adds `organization_id` and `provider_payload`.
    """

    id: int
    """Log entry id."""
    organization_id: Optional[int] = None
    """The organization (single-entry reads only)."""
    provider: SmsProvider
    provider_message_id: Optional[str] = None
    """The provider's id for the message."""
    direction: SmsDirection
    from_number: str
    """Sender (E.164)."""
    to_number: str
    """Recipient (E.164)."""
    body: Optional[str] = None
    """Message text."""
    media_urls: Optional[List[str]] = None
    """MMS attachments; empty for a plain SMS."""
    segment_count: Optional[int] = None
    """How many SMS segments the text took."""
    status: str
    """Burki's unified delivery status across providers (the docs show `sent`, `delivered` and `failed`); the
    provider's own word is in `provider_status`.
    """
    provider_status: Optional[str] = None
    """The status as the provider reported it."""
    error_code: Optional[str] = None
    """The provider's error code, when delivery failed."""
    error_message: Optional[str] = None
    """The provider's error text, when delivery failed."""
    assistant_id: Optional[int] = None
    """The assistant that owns the Burki-side number."""
    assistant_name: Optional[str] = None
    """Name of that assistant."""
    provider_payload: Optional[Dict[str, Any]] = None
    """The provider's raw data about the message, for debugging (single-entry reads only). Its keys are the
    provider's and are never renamed.
    """
    created_at: str
    """When the message was logged."""
    updated_at: Optional[str] = None
    """When its status last changed."""


class SmsLogPage(Model):
    """One page of SMS log entries with the total number of matches."""

    items: List[SmsLog]
    """The entries on this page, newest first."""
    total: int
    """How many entries match the filters in all."""
    skip: int
    """The `skip` the page was requested with."""
    limit: int
    """The `limit` the page was requested with."""
    has_more: bool
    """Whether entries remain after this page."""


class SmsLogStats(Model):
    """Counts of the organization's SMS log entries. The server leaves this object untyped; the fields are the docs'.
    The `by_*` maps are keyed by value (a direction, a status, a provider) and their keys are never renamed.
    """

    total: int
    """All entries in the period."""
    by_direction: Optional[Dict[str, int]] = None
    """Entries per direction (`inbound`, `outbound`)."""
    by_status: Optional[Dict[str, int]] = None
    """Entries per unified status."""
    by_provider: Optional[Dict[str, int]] = None
    """Entries per provider."""
    failed_count: Optional[int] = None
    """Entries whose delivery failed."""
    success_rate: Optional[float] = None
    """Percentage of entries that did not fail."""


class SmsMessage(Model):
    """One message of an SMS conversation, from the customer (`user`) or the assistant."""

    id: int
    """Message id."""
    conversation_id: str
    """The conversation it belongs to."""
    role: ChatRole
    content: str
    """Message text."""
    timestamp: str
    """When the message was sent or received."""
    message_index: int
    """Position in the conversation."""
    llm_provider: Optional[str] = None
    """Language-model provider that wrote the message (assistant messages only)."""
    llm_model: Optional[str] = None
    """Model that wrote the message (assistant messages only)."""


class SmsProviderQueueStats(Model):
    """Counters of one provider's SMS queue. The docs name `pending`, `active` and `failed` and warn that the keys
    may change as the queue service evolves, so further counters may appear.
    """

    pending: Optional[int] = None
    """Messages waiting for their turn."""
    active: Optional[int] = None
    """Messages being sent right now."""
    failed: Optional[int] = None
    """Messages that failed."""


class SmsQueueStats(Model):
    """A snapshot of Burki's per-provider SMS queues."""

    timestamp: str
    """When the snapshot was taken."""
    queues: Dict[str, SmsProviderQueueStats]
    """Counters keyed by provider name (`twilio`, `telnyx`, `vonage`); only the requested provider when `provider` is
    set. The keys are provider names, not fields, and are never renamed.
    """


class SmsReceivedWebhookData(Model):
    """The message."""

    message_id: Optional[str] = None
    """The carrier's message id (a Twilio `SM...` SID, a Telnyx id)."""
    from_: Optional[str] = Field(default=None, alias="from")
    """Sender (E.164)."""
    to: Optional[str] = None
    """The assistant's number that received it (E.164)."""
    body: str
    """The text; empty for a media-only message."""
    media_urls: List[str]
    """URLs of MMS attachments; empty when there are none."""
    provider: Union[Union[Literal["twilio", "telnyx", "vonage"], str], str]
    """The carrier (open enum)."""


class SmsReceivedWebhook(Model):
    """The body of an `sms_received` webhook: an inbound SMS or MMS to one of the assistant's numbers, forwarded to
    the assistant's `sms_webhook_url`. The same shape for every carrier.
    """

    type: Union[Literal["sms_received"], str]
    """Always `sms_received`."""
    timestamp: str
    """When Burki sent the webhook: ISO 8601 in UTC but without a time-zone designator (for example
    `2025-03-20T10:30:00.123456`), so it is not an RFC 3339 `date-time`.
    """
    data: SmsReceivedWebhookData
    """The message."""


class SmsSessionClearResult(Model):
    """The outcome of clearing SMS sessions. The server leaves this object untyped; the docs show `success`,
    `message` and, for clearing all sessions, `cleared_count`. Other counters may appear.
    """

    success: bool
    """Whether the sessions were cleared."""
    message: Optional[str] = None
    """Human-readable outcome."""
    cleared_count: Optional[int] = None
    """How many sessions were removed."""


class SmsSessionInfoData(Model):
    """Session counters. The server leaves this object untyped; the docs show `active_sessions` and `ttl_seconds`,
    and other keys may appear.
    """

    active_sessions: Optional[int] = None
    """Open SMS sessions."""
    ttl_seconds: Optional[int] = None
    """How long an idle session lives before it expires."""


class SmsSessionInfo(Model):
    """The state of Burki's SMS session store."""

    success: bool
    """Whether the store could be read."""
    data: SmsSessionInfoData
    """Session counters. The server leaves this object untyped; the docs show `active_sessions` and `ttl_seconds`,
    and other keys may appear.
    """


class SmsStatus(Model):
    """The delivery state of a message sent through Burki's queue."""

    message_id: str
    """Burki's message id, as returned by `sendSms`."""
    status: SmsQueueStatus
    provider_message_id: Optional[str] = None
    """The provider's id for the message once it has been handed over (a Twilio `SM...` SID, a Telnyx or Vonage id)."""
    error: Optional[str] = None
    """Why sending failed, when `status` is `failed`."""
    updated_at: Optional[str] = None
    """When the status last changed."""


class SonioxSttConfig(Model):
    """Options for Soniox speech-to-text (provider `soniox`), including real-time translation."""

    language_hints: Optional[List[str]] = None
    """Expected languages, primary first (for example `en` then `es`); empty means the assistant's language."""
    enable_endpoint_detection: Optional[bool] = None
    """Detect when the caller stops speaking."""
    max_endpoint_delay_ms: Optional[int] = None
    """Longest wait, in milliseconds, before an endpoint is declared."""
    enable_speaker_diarization: Optional[bool] = None
    """Label different speakers."""
    enable_language_identification: Optional[bool] = None
    """Identify the language of each token."""
    context_terms: Optional[List[str]] = None
    """Terms to recognise more reliably."""
    context_text: Optional[str] = None
    """Free text describing the conversation, used to prime the model."""
    context_general: Optional[List[Dict[str, str]]] = None
    """Key-value context pairs, for example `{\"key\": \"domain\", \"value\": \"restaurant ordering\"}`."""
    context_translation_terms: Optional[List[Dict[str, str]]] = None
    """Fixed translations as `{source, target}` pairs."""
    translation_type: Optional[Union[Union[Literal["one_way", "two_way"], str], str]] = None
    """Translate everything into one language, or between two languages."""
    translation_target_language: Optional[str] = None
    """Target language for `one_way` translation."""
    translation_language_a: Optional[str] = None
    """First language for `two_way` translation."""
    translation_language_b: Optional[str] = None
    """Second language for `two_way` translation."""
    num_channels: Optional[int] = None
    """Audio channels (1 mono, 2 stereo)."""
    utterance_silence_timeout: Optional[float] = None
    """Silence, in seconds, before an utterance is final."""


class SpeculativeConfig(Model):
    """Start the language model on interim transcripts to save latency; the reply is kept when the final transcript
    matches.
    """

    enable_speculative_llm: Optional[bool] = None
    """Master switch."""
    speculative_stream_to_tts: Optional[bool] = None
    """Speak the speculative reply at once (`false` buffers it until confirmed)."""
    speculative_debounce_ms: Optional[int] = None
    """Wait after the last interim transcript before starting, in milliseconds."""
    speculative_min_words: Optional[int] = None
    """Fewest words an interim transcript needs to trigger a speculative call."""
    speculative_similarity_threshold: Optional[float] = None
    """How similar interim and final text must be to keep the speculative reply."""


class SpeechmaticsSttConfig(Model):
    """Options for Speechmatics speech-to-text (provider `speechmatics`)."""

    region: Optional[Union[Union[Literal["us", "eu"], str], str]] = None
    """Speechmatics API region."""
    max_delay: Optional[float] = None
    """Maximum transcription delay in seconds; lower is faster but less accurate."""
    enable_partials: Optional[bool] = None
    """Send interim transcripts."""
    remove_disfluencies: Optional[bool] = None
    """Drop filler words such as \"um\" and \"uh\"."""
    enable_diarization: Optional[bool] = None
    """Label different speakers."""
    speaker_diarization_max_speakers: Optional[int] = None
    """Upper bound on the number of speakers when diarizing."""
    additional_vocab: Optional[List[str]] = None
    """Extra words to recognise (product names, jargon)."""
    utterance_silence_timeout: Optional[float] = None
    """Silence, in seconds, before an utterance is final."""


class StartCanaryRequest(Model):
    """The share of calls an approved version starts serving."""

    percentage: Optional[float] = None
    """Initial share of calls, in percent."""


class StatusUpdateMessageCall(Model):
    """The call."""

    id: Optional[str] = None
    """The call SID (not Burki's integer call id)."""
    phone_call_provider_id: Optional[str] = Field(default=None, alias="phoneCallProviderId")
    """The call SID again, as the telephony provider knows it."""
    customer: Optional[WebhookNumber] = None


class StatusUpdateMessage(Model):
    """The `message` of a `status-update` webhook, sent when a call connects."""

    type: Union[Literal["status-update"], str]
    """Always `status-update`."""
    status: CallProgressStatus
    phone_number: Optional[WebhookNumber] = Field(default=None, alias="phoneNumber")
    call: Optional[StatusUpdateMessageCall] = None
    """The call."""
    messages: Optional[List[WebhookConversationMessage]] = None
    """Conversation so far; empty in the 2025 source."""


class StatusUpdateWebhook(Model):
    """The body of a `status-update` webhook (voice, to the assistant's `webhook_url`)."""

    message: StatusUpdateMessage


class StreamErrorEvent(Model):
    """Something went wrong on the stream. After a failed credential or access check the server sends this and closes
    with 1008.
    """

    type: Union[Literal["error"], str]
    call_sid: Optional[str] = None
    """The call, on the live transcript stream."""
    timestamp: Optional[str] = None
    """When the server sent the event (ISO 8601)."""
    error: Optional[Union[Union[Literal["authentication_failed", "access_denied"], str], str]] = None
    """Machine-readable reason, when there is one. Open enum."""
    message: str
    """Human-readable reason."""


class SttEndpointingSettings(Model):
    """When the recogniser decides the caller has stopped speaking."""

    silence_threshold: Optional[int] = None
    """Silence, in milliseconds, that ends an utterance (Deepgram `endpointing`)."""
    min_silence_duration: Optional[int] = None
    """Fallback wait, in milliseconds, used when the provider sends no end-of-utterance signal."""


class SttKeyword(Model):
    """A word the recogniser should favour (Deepgram `nova-2` and older models)."""

    keyword: str
    """The word or phrase."""
    intensifier: Optional[float] = None
    """How strongly to favour it."""


class SttSettings(Model):
    """How the assistant hears the caller."""

    provider: Optional[SttProvider] = None
    """Speech-to-text vendor; `deepgram` when not set."""
    model: Optional[str] = None
    """Model name at the provider (for example `nova-3`, `flux-general-en`)."""
    language: Optional[str] = None
    """Language code of the caller's speech."""
    punctuate: Optional[bool] = None
    """Add punctuation to transcripts."""
    interim_results: Optional[bool] = None
    """Produce interim (non-final) transcripts."""
    endpointing: Optional[SttEndpointingSettings] = None
    utterance_end_ms: Optional[int] = None
    """Silence, in milliseconds, before an utterance ends."""
    smart_format: Optional[bool] = None
    """Format numbers, dates and similar entities."""
    keywords: Optional[List[SttKeyword]] = None
    """Words to favour (Deepgram `nova-2` and older)."""
    keyterms: Optional[List[str]] = None
    """Terms to favour (Deepgram `nova-3`)."""
    diarize: Optional[bool] = None
    """Label words with speakers."""
    detect_entities: Optional[bool] = None
    """Detect names, organisations, phone numbers and similar entities in final transcripts."""
    audio_denoising: Optional[bool] = None
    """Reduce background noise before recognition."""
    flux_config: Optional[FluxConfig] = None
    """Options for Deepgram Flux models only."""
    elevenlabs_config: Optional[ElevenLabsSttConfig] = None
    """Options for the `elevenlabs` provider only."""
    speechmatics_config: Optional[SpeechmaticsSttConfig] = None
    """Options for the `speechmatics` provider only."""
    soniox_config: Optional[SonioxSttConfig] = None
    """Options for the `soniox` provider only."""
    speculative_config: Optional[SpeculativeConfig] = None
    """Speculative language-model calls on interim transcripts."""
    utterance_timeout_seconds: Optional[float] = None
    """Wait after the last final transcript before the utterance goes to the model (server default 1.5 s)."""
    incomplete_utterance_detection: Optional[bool] = None
    """Hold short utterances that sound unfinished (\"I want to...\") so the caller can continue."""
    provider_config: Optional[Dict[str, Any]] = None
    """Provider-specific options, passed through unchanged. May hold an assistant-level `api_key`; treat it as a
    secret.
    """
    prefer_flux_for_english: Optional[bool] = None
    """With ElevenLabs, switch to Deepgram Flux mid-call when the first utterance is English."""
    english_flux_config: Optional[FluxConfig] = None
    """Flux options for that mid-call switch."""


class TelnyxCampaignSelection(Model):
    """The Telnyx 10DLC campaign (and its brand) to assign to the organization's new Telnyx numbers."""

    campaign_id: str
    """Telnyx campaign id, from `listTelnyxCampaigns`."""
    brand_id: str
    """Telnyx brand id the campaign belongs to, from `listTelnyxBrands`."""


class Tool(Model):
    """A custom tool (function) that assistants can call during a conversation, with its full configuration and usage
    statistics.
    """

    id: int
    """Tool id."""
    name: str
    """Function name the language model calls (snake_case), unique in the organization."""
    display_name: str
    """Human-readable name."""
    description: Optional[str] = None
    """What the tool does, as the language model reads it."""
    tool_type: ToolType
    is_active: Optional[bool] = None
    """Whether assistants may call the tool."""
    is_public: Optional[bool] = None
    """Whether other organizations can see the tool."""
    execution_count: Optional[int] = None
    """How many times the tool has run."""
    success_rate: Optional[float] = None
    """Share of successful runs, in percent."""
    last_executed_at: Optional[str] = None
    """When the tool last ran."""
    created_at: Optional[str] = None
    """When the tool was created."""
    updated_at: Optional[str] = None
    """When the tool was last changed."""
    configuration: Optional[Dict[str, Any]] = None
    """How the tool runs; the keys depend on `tool_type` (`url`, `method`, `headers` for endpoints; `python_code` for
    Python; `function_name`, `aws_region`, `invocation_type` for Lambda). User data: passed through unchanged.
    """
    function_definition: Optional[Dict[str, Any]] = None
    """The OpenAI-style function definition (`name`, `description`, JSON Schema `parameters`) the language model
    sees. Passed through unchanged.
    """
    timeout_seconds: Optional[int] = None
    """Longest run, in seconds."""
    retry_attempts: Optional[int] = None
    """How many times a failed run is retried."""
    success_count: Optional[int] = None
    """How many runs succeeded."""
    failure_count: Optional[int] = None
    """How many runs failed."""
    assignment_count: Optional[int] = None
    """How many assistants the tool is assigned to."""
    recent_executions: Optional[List[Dict[str, Any]]] = None
    """Summaries of the last few runs; the server does not declare their fields."""


class ToolAssign(Model):
    """Tools to give an assistant, all with the same settings."""

    tool_ids: List[int]
    """Ids of the tools to assign."""
    enabled: Optional[bool] = None
    """Whether the assistant may call the tools right away."""
    custom_configuration: Optional[Dict[str, Any]] = None
    """Per-assistant overrides of the tools' configuration. Passed through unchanged."""


class ToolAssignResult(Model):
    """How many tools were assigned."""

    success: bool
    """Always `true` on a 200 response."""
    message: str
    """Human-readable outcome."""
    assignments: Optional[int] = None
    """Number of tools assigned (a count, not a list)."""


class ToolCreate(Model):
    """A new tool. The docs' SDK example uses `toolType: 'http'` and `httpConfig`; the server wants `tool_type:
    endpoint` and `configuration`.
    """

    name: str
    """Function name the language model calls (snake_case), unique in the organization."""
    display_name: str
    """Human-readable name."""
    description: str
    """What the tool does, written for the language model."""
    tool_type: ToolType
    configuration: Dict[str, Any]
    """How the tool runs; the keys depend on `tool_type`. Passed through unchanged."""
    function_definition: Dict[str, Any]
    """OpenAI-style function definition (`name`, `description`, JSON Schema `parameters`). Passed through unchanged."""
    timeout_seconds: Optional[int] = None
    """Longest run, in seconds."""
    retry_attempts: Optional[int] = None
    """How many times a failed run is retried (the docs say the default is 1; the server's is 3)."""
    is_active: Optional[bool] = None
    """Whether assistants may call the tool."""
    is_public: Optional[bool] = None
    """Whether other organizations can see the tool."""


class ToolCreateResultTool(Model):
    """The new tool's identity."""

    id: int
    """Tool id."""
    name: str
    """Function name."""
    display_name: Optional[str] = None
    """Human-readable name."""
    tool_type: Optional[ToolType] = None


class ToolCreateResult(Model):
    """The outcome of creating a tool: the new id and names only, not the full tool the docs show. Read it with
    `tools.get` for the rest.
    """

    success: bool
    """Always `true` on a 200 response."""
    message: str
    """Human-readable outcome."""
    tool: ToolCreateResultTool
    """The new tool's identity."""


class ToolPage(Model):
    """One page of the organization's tools."""

    success: bool
    """Always `true` on a 200 response."""
    tools: List[ToolSummary]
    pagination: ToolPagination


class ToolPagination(Model):
    """Where a page of tools sits in the whole list."""

    page: int
    """This page's number, from 1."""
    per_page: int
    """Page size."""
    total: int
    """How many tools match in all (named `total`, not `total_items` as on campaign pages)."""
    total_pages: int
    """How many pages there are."""
    has_next: bool
    """Whether a later page exists."""
    has_prev: bool
    """Whether an earlier page exists."""


class ToolResult(Model):
    """One tool, wrapped."""

    success: bool
    """Always `true` on a 200 response."""
    tool: Tool


class ToolSummary(Model):
    """A tool as the tool listing shows it, without its configuration."""

    id: int
    """Tool id."""
    name: str
    """Function name the language model calls (snake_case), unique in the organization."""
    display_name: str
    """Human-readable name."""
    description: Optional[str] = None
    """What the tool does, as the language model reads it."""
    tool_type: ToolType
    is_active: Optional[bool] = None
    """Whether assistants may call the tool."""
    is_public: Optional[bool] = None
    """Whether other organizations can see the tool."""
    execution_count: Optional[int] = None
    """How many times the tool has run."""
    success_rate: Optional[float] = None
    """Share of successful runs, in percent."""
    last_executed_at: Optional[str] = None
    """When the tool last ran."""
    created_at: Optional[str] = None
    """When the tool was created."""
    updated_at: Optional[str] = None
    """When the tool was last changed."""


class ToolUpdate(Model):
    """Fields to change on a tool; fields that are not sent (or sent as `null`) stay as they are. The function `name`
    and the `tool_type` cannot be changed.
    """

    display_name: Optional[str] = None
    """New human-readable name."""
    description: Optional[str] = None
    """New description for the language model."""
    configuration: Optional[Dict[str, Any]] = None
    """New run configuration; replaces the stored one. Passed through unchanged."""
    function_definition: Optional[Dict[str, Any]] = None
    """New function definition; replaces the stored one. Passed through unchanged."""
    timeout_seconds: Optional[int] = None
    """New timeout, in seconds."""
    retry_attempts: Optional[int] = None
    """New retry count."""
    is_active: Optional[bool] = None
    """Let assistants call the tool or not."""
    is_public: Optional[bool] = None
    """Show the tool to other organizations or not."""


class ToolUpdateResultTool(Model):
    """The tool's identity after the change."""

    id: int
    """Tool id."""
    name: str
    """Function name."""
    display_name: Optional[str] = None
    """Human-readable name."""
    updated_at: Optional[str] = None
    """When the tool was changed."""


class ToolUpdateResult(Model):
    """The outcome of updating a tool; only its identity and change time come back."""

    success: bool
    """Always `true` on a 200 response."""
    message: str
    """Human-readable outcome."""
    tool: ToolUpdateResultTool
    """The tool's identity after the change."""


class ToolsSettings(Model):
    """The built-in tools the assistant may use during a call."""

    enabled_tools: Optional[List[str]] = None
    """Names of the enabled tools; the server fills this in from the settings below."""
    end_call: Optional[EndCallTool] = None
    transfer_call: Optional[TransferCallTool] = None
    dtmf_solver: Optional[DtmfSolverTool] = None
    send_sms: Optional[SendSmsTool] = None
    custom_tools: Optional[List[Dict[str, Any]]] = None
    """Custom tool definitions, passed through unchanged."""


class Transcript(Model):
    """One recognised utterance of a call."""

    id: int
    """Transcript id."""
    call_id: int
    """The call it belongs to."""
    content: str
    """What was said."""
    speaker: Optional[TranscriptSpeaker] = None
    """`user` for the caller, `assistant` for the AI."""
    is_final: Optional[bool] = None
    """`false` for interim results, which later final results replace."""
    confidence: Optional[float] = None
    """Recogniser confidence from 0 to 1."""
    segment_start: Optional[float] = None
    """Start of the utterance, in seconds from the start of the call."""
    segment_end: Optional[float] = None
    """End of the utterance, in seconds from the start of the call."""
    stt_timestamps: Optional[Dict[str, Any]] = None
    """Provider word timings, passed through unchanged."""
    created_at: Optional[str] = None
    """When the utterance was stored."""


class TranscriptEventData(Model):
    """The utterance."""

    content: str
    """What was said."""
    speaker: TranscriptSpeaker
    is_final: bool
    """`false` for an interim result that a later event refines."""
    confidence: Optional[float] = None
    """Speech recognition confidence, 0 to 1."""
    segment_start: Optional[float] = None
    """Start of the utterance, in seconds from the start of the call."""
    segment_end: Optional[float] = None
    """End of the utterance, in seconds from the start of the call."""
    created_at: Optional[str] = None
    """When the utterance was stored (ISO 8601)."""


class TranscriptEvent(Model):
    """One utterance of the call. After `connection_established` and the first `call_status`, the stream replays the
    call's stored transcripts as `transcript` events, then sends new ones live, interim (`is_final: false`) and
    final.
    """

    type: Union[Literal["transcript"], str]
    call_sid: str
    """The call."""
    timestamp: str
    """When the server sent the event (ISO 8601, UTC, possibly without `Z`)."""
    data: TranscriptEventData
    """The utterance."""


class TranscriptExportTranscriptsItem(Model):

    timestamp: Optional[str] = None
    """When the utterance was stored."""
    speaker: Optional[TranscriptSpeaker] = None
    """Who spoke."""
    content: str
    """What was said."""
    confidence: Optional[float] = None
    """Recogniser confidence from 0 to 1."""
    segment_start: Optional[float] = None
    """Start, in seconds from the start of the call."""
    segment_end: Optional[float] = None
    """End, in seconds from the start of the call."""


class TranscriptExport(Model):
    """The JSON form of a transcript export."""

    call_id: int
    """The call."""
    call_sid: str
    """The provider's id for the call."""
    started_at: Optional[str] = None
    """When the call started."""
    transcripts: List[TranscriptExportTranscriptsItem]
    """Final utterances in order."""


class TransferCallTool(Model):
    """Lets the assistant hand the caller to a human."""

    enabled: Optional[bool] = None
    """Whether the tool is available."""
    scenarios: Optional[List[str]] = None
    """Situations in which the assistant should transfer."""
    transfer_numbers: Optional[List[str]] = None
    """E.164 numbers the call can be transferred to."""
    custom_message: Optional[str] = None
    """What the assistant says before transferring."""
    transfer_type: Optional[Union[Literal["cold", "warm"], str]] = None
    """`cold` connects at once; `warm` holds the caller while the agent hears an AI summary."""
    agent_confirmation: Optional[bool] = None
    """Ask the agent to accept before the caller is connected (warm transfers only)."""
    unavailable_message: Optional[str] = None
    """What the caller hears when the agent declines (warm transfers with confirmation)."""


class TtsSettings(Model):
    """How the assistant speaks."""

    provider: Optional[TtsProvider] = None
    voice_id: Optional[str] = None
    """Voice identifier at the provider."""
    model_id: Optional[str] = None
    """Voice model at the provider (for example `eleven_flash_v2_5`)."""
    latency: Optional[int] = None
    """Provider latency optimisation level."""
    stability: Optional[float] = None
    """Voice consistency (ElevenLabs)."""
    similarity_boost: Optional[float] = None
    """How closely the output follows the original voice (ElevenLabs)."""
    style: Optional[float] = None
    """Speaking-style exaggeration (ElevenLabs)."""
    speed: Optional[float] = None
    """Speaking rate multiplier."""
    volume: Optional[float] = None
    """Output volume multiplier."""
    use_speaker_boost: Optional[bool] = None
    """Extra clarity processing (ElevenLabs)."""
    provider_config: Optional[Dict[str, Any]] = None
    """Provider-specific options, passed through unchanged (for example `project_uuid` for Resemble, `language` for
    Inworld).
    """
    background_sound: Optional[BackgroundSoundSettings] = None


class TwilioCampaignSelection(Model):
    """The Twilio 10DLC campaign to use for the organization's new Twilio numbers."""

    campaign_id: str
    """Twilio campaign id (`QE...`), from `listTwilioCampaigns`."""
    messaging_service_sid: str
    """The Messaging Service (`MG...`) the campaign is registered on."""
    brand_sid: str
    """The brand registration (`BN...`) of the campaign."""


class TwilioMessagingServiceSelection(Model):
    """The Twilio Messaging Service whose sender pool receives the organization's new Twilio numbers."""

    messaging_service_sid: str
    """Messaging Service SID (`MG...`), from `listTwilioMessagingServices`."""


class TwilioRecordingStatusCallback(Model):
    """The form fields Twilio posts when a call recording is ready or has failed."""

    call_sid: str = Field(alias="CallSid")
    """The recorded call; selects the Burki call."""
    recording_sid: str = Field(alias="RecordingSid")
    """Twilio's recording SID (`RE...`)."""
    recording_url: Optional[str] = Field(default=None, alias="RecordingUrl")
    """Where Twilio stores the audio (needs Twilio credentials to fetch)."""
    recording_duration: Optional[str] = Field(default=None, alias="RecordingDuration")
    """Length in seconds, as text."""
    recording_status: Optional[str] = Field(default=None, alias="RecordingStatus")
    """`completed`, `failed` or `absent`."""


class TwilioSmsWebhook(Model):
    """The form fields Twilio posts for an inbound SMS or MMS (only the ones Burki reads are listed)."""

    message_sid: str = Field(alias="MessageSid")
    """Twilio's message SID (`SM...`); forwarded as `data.message_id`."""
    from_: str = Field(alias="From")
    """Sender (E.164)."""
    to: str = Field(alias="To")
    """The receiving number (E.164); selects the assistant."""
    body: Optional[str] = Field(default=None, alias="Body")
    """The text."""
    num_media: Optional[str] = Field(default=None, alias="NumMedia")
    """How many media attachments follow (`MediaUrl0`, `MediaUrl1`, ...)."""


class TwilioVoiceWebhook(Model):
    """The form fields Twilio posts when a call reaches one of its numbers (Twilio's standard voice request
    parameters; only the ones Burki reads are listed, Twilio sends more).
    """

    call_sid: str = Field(alias="CallSid")
    """Twilio's call SID (`CA...`); becomes the Burki call's `call_sid`."""
    account_sid: Optional[str] = Field(default=None, alias="AccountSid")
    """The Twilio account."""
    from_: str = Field(alias="From")
    """The caller's number (E.164)."""
    to: str = Field(alias="To")
    """The called number (E.164); selects the assistant."""
    call_status: Optional[str] = Field(default=None, alias="CallStatus")
    """Twilio's call status (for example `ringing`)."""
    direction: Optional[str] = Field(default=None, alias="Direction")
    """`inbound` or `outbound-api`."""


class UnknownSmsWebhook(Model):
    """An SMS webhook whose `type` this version of the spec does not know; future event types arrive in this form.
    Handle or ignore them, never fail on them.
    """

    type: SmsWebhookType


class UnknownVoiceWebhookMessage(Model):
    """The `message` of a voice webhook whose `type` this version of the spec does not know. Future event types
    arrive in this form; handle or ignore them, never fail on them.
    """

    type: WebhookType


class UpdateCanaryRequest(Model):
    """The new share of calls a canary version serves."""

    percentage: float
    """New share of calls, in percent."""


class UsageSummary(Model):
    """What the organization used in a period."""

    voice_minutes: int
    """Voice minutes."""
    sms_segments: int
    """SMS segments."""
    total_events: int
    """Billable events of every kind."""
    event_breakdown: Dict[str, int]
    """Event counts keyed by event kind (`voice_call`, `sms_sent`, ...). The kinds are data and are never renamed by
    the SDK.
    """


class User(Model):
    """A person who signs in to Burki, with their role in the current organization."""

    id: int
    """User id."""
    organization_id: int
    """The organization the user is currently working in."""
    email: str
    """Sign-in email address."""
    first_name: Optional[str] = None
    """Given name."""
    last_name: Optional[str] = None
    """Family name."""
    full_name: str
    """First and last name joined, or the email address when both are empty."""
    role: UserRole
    is_active: bool
    """Whether the user may sign in."""
    is_verified: bool
    """Whether the email address is verified. Creating, changing and deleting API keys and topping up the wallet need
    a verified user.
    """
    is_platform_admin: Optional[bool] = None
    """Whether the user administers the Burki platform itself (Burki staff)."""
    avatar_url: Optional[str] = None
    """Profile picture URL."""
    last_login_at: Optional[str] = None
    """Last sign-in."""
    login_count: int
    """Number of sign-ins."""
    preferences: Optional[Dict[str, Any]] = None
    """The user's dashboard preferences (for example `timezone`). The keys are user data and are never renamed by the
    SDK.
    """
    google_id: Optional[str] = None
    """Google account id when the user signs in with Google."""
    created_at: str
    """When the user was created."""
    updated_at: str
    """When the user was last changed."""


class UserUpdate(Model):
    """Changes to the calling user's profile. Only the fields sent are changed."""

    first_name: Optional[str] = None
    """Given name."""
    last_name: Optional[str] = None
    """Family name."""
    email: Optional[str] = None
    """New sign-in email address."""
    preferences: Optional[Dict[str, Any]] = None
    """Dashboard preferences (for example `timezone`); replaces the stored object. The keys are user data and are
    never renamed by the SDK.
    """


class ValidateTwilioRequest(Model):
    """Twilio credentials to check before saving them on the organization."""

    account_sid: str
    """The Twilio Account SID (`AC...`). An API key SID (`SK...`) is reported as invalid."""
    auth_token: str
    """The account's auth token. Secret; it is only checked, not stored."""


class ValidateTwilioResponse(Model):
    """Whether Twilio accepted the credentials. An invalid pair is a normal answer (`200` with `valid: false` and an
    `error`), not an HTTP error.
    """

    valid: bool
    """Whether Twilio accepted the Account SID and auth token."""
    error: Optional[str] = None
    """Why the credentials were rejected; `null` when they are valid."""
    friendly_name: Optional[str] = None
    """The Twilio account's name, when the credentials are valid."""


class ValidationErrorItem(Model):
    """One reason a request failed validation. The server uses pydantic v2, so items usually carry more keys than
    `loc`, `msg` and `type` (`input`, `ctx`, `url`); clients must accept unknown keys.
    """

    loc: List[Union[str, int]]
    """Where the bad value sits: the request part (`body`, `query`, `path`, `header`) followed by field names and
    array indexes.
    """
    msg: str
    """Human-readable explanation."""
    type: str
    """Machine-readable error kind, such as `missing`, `string_type` or `int_parsing`."""
    input: Any = None
    """The value that failed validation, when the server includes it."""
    ctx: Optional[Dict[str, Any]] = None
    """Extra context for the error kind (for example the pattern that did not match)."""
    url: Optional[str] = None
    """Link to the pydantic documentation for this error kind."""


class VerifiedCallerIdCreate(Model):
    """A number to verify with Twilio as an outbound caller id (form-encoded)."""

    phone_number: str
    """The number in E.164 format."""
    friendly_name: Optional[str] = None
    """Display name for the caller id."""


class VoiceCloningProvider(Model):
    """A text-to-speech provider that can clone voices, with its sample requirements."""

    provider: VoiceCloneProvider
    name: str
    """Display name of the provider."""
    requirements: Optional[VoiceSampleRequirements] = None


class VoiceCloningProviderList(Model):
    """The providers that can clone voices."""

    success: bool
    """Always `true` on a 200 response."""
    providers: List[VoiceCloningProvider]


class VoiceSample(Model):
    """An uploaded recording of a voice, the input of `voiceCloning.create`. The upload response carries only `id`,
    `name`, `filename`, `status` and `created_at`; the listing carries the other fields.
    """

    id: int
    """Voice sample id; pass it as `voice_sample_id` to clone the voice."""
    name: str
    """Display name; the file name unless one was given."""
    filename: Optional[str] = None
    """Name of the uploaded file (upload response)."""
    original_filename: Optional[str] = None
    """Name of the uploaded file (listing)."""
    content_type: Optional[str] = None
    """Media type of the audio (for example `audio/wav`)."""
    file_size: Optional[int] = None
    """Size of the file in bytes."""
    duration_seconds: Optional[float] = None
    """Length of the audio in seconds."""
    status: VoiceSampleStatus
    error_message: Optional[str] = None
    """Why processing failed, when `status` is `failed`."""
    tags: Optional[List[str]] = None
    """Tags given at upload."""
    created_at: Optional[str] = None
    """When the sample was uploaded."""


class VoiceSampleList(Model):
    """The organization's voice samples (not paginated)."""

    success: bool
    """Always `true` on a 200 response."""
    voice_samples: List[VoiceSample]


class VoiceSampleRequirementsQualityRequirements(Model):
    """Recommended minimum quality."""

    sample_rate: Optional[int] = None
    """Sample rate in Hz."""
    bit_rate: Optional[int] = None
    """Bit rate in kbit/s."""
    channels: Optional[int] = None
    """Number of channels (1 is mono)."""


class VoiceSampleRequirements(Model):
    """What a provider accepts as a voice sample."""

    formats: Optional[List[str]] = None
    """Accepted file extensions (for example `mp3`, `wav`)."""
    min_duration: Optional[float] = None
    """Shortest accepted audio, in seconds."""
    max_duration: Optional[float] = None
    """Longest accepted audio, in seconds."""
    max_size: Optional[int] = None
    """Largest accepted file, in bytes."""
    quality_requirements: Optional[VoiceSampleRequirementsQualityRequirements] = None
    """Recommended minimum quality."""


class VoiceSampleUpload(Model):
    """A voice recording to upload (`multipart/form-data`). MP3, WAV, FLAC, M4A or OGG, at most 50 MB, 10 seconds to
    10 minutes of one clear speaker; 22 kHz and 128 kbit/s or better are recommended.
    """

    file: bytes
    """The audio file."""
    name: Optional[str] = None
    """Display name; defaults to the file name."""
    description: Optional[str] = None
    """What the sample is."""
    tags: Optional[str] = None
    """Comma-separated tags (one string, for example `professional,clear`)."""


class VoiceSampleUploadResult(Model):
    """The stored voice sample."""

    success: bool
    """Always `true` on a 200 response."""
    voice_sample: VoiceSample


class VoiceWebhookEvent(Model):
    """Any body Burki posts to an assistant's `webhook_url`. Switch on `message.type`: `status-update`,
    `end-of-call-report`, or another value for events added later (`UnknownVoiceWebhookMessage`). The docs' dotted
    names (`call.started`, `call_ended`, ...) and their `event` field do not occur.
    """

    message: Union[StatusUpdateMessage, EndOfCallReportMessage, UnknownVoiceWebhookMessage]


class VonageCampaignSelection(Model):
    """The Vonage 10DLC campaign to assign to the organization's new Vonage numbers."""

    campaign_id: str
    """Vonage campaign id, from `listVonageCampaigns`."""
    brand_id: str
    """Vonage brand id the campaign belongs to, from `listVonageBrands`."""
    usecase: str
    """The campaign's use case as registered (for example `appointment_reminders`)."""
    description: str
    """What the campaign's messages are for."""


class VonageInboundSms(Model):
    """Vonage's inbound-SMS fields, sent as query parameters (GET), form fields or JSON (POST), depending on the
    Vonage account's settings. Only the fields Burki reads are listed.
    """

    msisdn: Optional[str] = None
    """Sender, without a leading `+`."""
    to: Optional[str] = None
    """The receiving number, without a leading `+`."""
    message_id: Optional[str] = Field(default=None, alias="messageId")
    """Vonage's message id."""
    text: Optional[str] = None
    """The text."""
    type: Optional[str] = None
    """Message type (for example `text`)."""


class Wallet(Model):
    """The organization's prepaid balance, funds reserved by calls in progress, auto top-up settings, trial state and
    current prices. Amounts are in US cents, with dollar copies for display.
    """

    balance_cents: int
    """Balance in cents."""
    reserved_cents: int
    """Cents held for calls and messages in progress."""
    available_cents: int
    """What can be spent now, in cents (`balance_cents - reserved_cents`)."""
    balance_dollars: float
    """Balance in dollars."""
    available_dollars: float
    """Spendable balance in dollars."""
    auto_topup_enabled: Optional[bool] = None
    """Whether the saved payment method is charged automatically when the balance runs low."""
    auto_topup_threshold_cents: Optional[int] = None
    """Balance below which auto top-up triggers, in cents."""
    auto_topup_amount_cents: Optional[int] = None
    """Amount each auto top-up adds, in cents."""
    has_payment_method: Optional[bool] = None
    """Whether a payment method is saved."""
    trial_minutes_remaining: Optional[int] = None
    """Free trial minutes left."""
    trial_platform_minutes_remaining: Optional[int] = None
    """Free trial minutes left on the platform fee."""
    trial_carrier_minutes_remaining: Optional[int] = None
    """Free trial minutes left on carrier costs."""
    trial_status: Optional[Union[Union[Literal["active"], str], str]] = None
    """Trial state, for example `active`. Open enum."""
    trial_number_free_until: Optional[str] = None
    """Until when the trial phone number is free (an ISO 8601 date-time without time zone)."""
    pricing: Optional[WalletPricing] = None
    """The prices that apply; `null` when unavailable."""


class WalletPricing(Model):
    """The prices that apply to the organization, in US cents."""

    voice_platform_fee_cents_per_min: Optional[float] = None
    """Burki's platform fee per voice minute, in cents (3.0 is $0.03)."""
    sms_platform_fee_cents_per_segment: Optional[float] = None
    """Burki's platform fee per SMS segment, in cents."""
    managed_fee_percent: Optional[int] = None
    """Percent added to provider costs when Burki's managed credentials are used. The docs say it is always 0 under
    current pricing; the server still declares a default of 15. Read the value, do not assume either.
    """
    number_mgmt_cents_per_number_per_month: Optional[int] = None
    """Monthly fee per phone number, in cents."""


class WalletTopupCreate(Model):
    """How much to add to the wallet."""

    amount_cents: int
    """Amount in US cents; at least 100 ($1.00)."""


class WalletTopupCreated(Model):
    """A Stripe PaymentIntent was created. Finish the payment in the browser with Stripe.js and `client_secret`; the
    wallet is credited when Stripe confirms it.
    """

    success: Union[Literal[True], bool]
    """Always `true` here."""
    client_secret: str
    """The PaymentIntent's client secret for Stripe.js. Secret: hand it only to the paying browser and never log it."""
    payment_intent_id: str
    """The Stripe PaymentIntent id (`pi_...`)."""
    amount_cents: int
    """The amount of the PaymentIntent, in cents."""
    error: Optional[None] = None
    """Always `null` here."""


class WalletTopupFailed(Model):
    """No PaymentIntent was created (for example Stripe refused the request). The server still answers `200`; `error`
    says why.
    """

    success: Union[Literal[False], bool]
    """Always `false` here."""
    error: str
    """Why the top-up could not be started."""
    client_secret: Optional[None] = None
    """Always `null` here."""
    payment_intent_id: Optional[None] = None
    """Always `null` here."""
    amount_cents: Optional[int] = None
    """The amount requested, when the server echoes it."""


class WebhookConversationMessage(Model):
    """One utterance of the conversation inside a voice webhook."""

    role: Union[Union[Literal["bot", "human"], str], str]
    """Who spoke. The end-of-call report uses `bot` and `human`; other values may appear (open enum)."""
    content: str
    """What was said."""


class WebhookLog(Model):
    """One attempt to deliver a voice event to the assistant's `webhook_url`. Burki makes a single attempt per event."""

    id: int
    """Log entry id."""
    call_id: int
    """The call the event was about."""
    assistant_id: int
    """The assistant whose webhook was called."""
    webhook_url: str
    """The URL that was called."""
    webhook_type: WebhookType
    request_payload: Optional[Dict[str, Any]] = None
    """The JSON body that was sent, passed through unchanged."""
    response_status_code: Optional[int] = None
    """HTTP status the receiver answered with; `null` if there was no answer."""
    response_body: Optional[str] = None
    """The receiver's answer, cut at 10 KB."""
    response_time_ms: Optional[int] = None
    """How long the receiver took, in milliseconds."""
    attempted_at: Optional[str] = None
    """When the delivery was attempted."""
    success: Optional[bool] = None
    """Whether the receiver answered 200, 201 or 202."""
    error_message: Optional[str] = None
    """Why the delivery failed (timeout, connection error)."""
    retry_count: Optional[int] = None
    """Retries made; Burki does not retry, so this is 0."""
    webhook_metadata: Optional[Dict[str, Any]] = None
    """Extra details about the delivery, passed through unchanged."""


class WebhookNumber(Model):
    """A phone number inside a voice webhook."""

    number: str
    """The number in E.164 format."""


ApiKeyPermissions = Dict[str, Any]
"""What an API key may do, keyed by area (`assistants`, `calls`, ...) with an access level such as `read` or
`read_write`. The keys are user data and are never renamed by the SDK; the server does not publish the list of
areas or levels.
"""


AssistantApiKeys = Dict[str, Optional[str]]
"""Provider API keys used by this assistant instead of the organization's keys, keyed by name (`elevenlabs_api_key`,
`deepgram_api_key`, `cartesia_api_key`, ...). The keys are user data and are never renamed by the SDK. Write-only:
do not rely on reading the values back.
"""


CallProgressStatus = Union[Union[Literal["in-progress", "completed", "failed"], str], str]
"""A live call status as events report it: `in-progress` while connected, then `completed` or `failed`. The 2025
source sends only `in-progress` in `status-update` webhooks. Open enum.
"""


CallStatus = Union[Union[Literal["ongoing", "completed", "failed"], str], str]
"""Where a call is: `ongoing` while connected, then `completed` or `failed`. Open enum: the server stores a free
string.
"""


CampaignContactStatus = Union[
    Union[
        Literal[
            "pending",
            "in_progress",
            "completed",
            "failed",
            "skipped",
            "no_answer",
            "busy",
            "voicemail",
            "cancelled"
        ],
        str
    ],
    str
]
"""The state of one contact, or of one attempt to reach it: `pending`, `in_progress`, then `completed`, `failed`,
`no_answer`, `busy`, `voicemail` or `skipped` (excluded, for example by a re-execution's selection). Stopping a
campaign marks pending contacts `cancelled`. Open enum: the server stores a free string.
"""


CampaignImportStatus = Union[Union[Literal["pending", "processing", "completed", "failed"], str], str]
"""Where an asynchronous contact import is. No source lists the values; these are the usual states of Burki's
background jobs, so this is an open enum.
"""


CampaignScheduleType = Union[Union[Literal["immediate", "scheduled", "recurring"], str], str]
"""When a campaign runs: `immediate` (when it is started), `scheduled` (once, at `scheduled_at`) or `recurring` (per
`recurring_config`). Responses may also say `once` for a one-off run. Open enum.
"""


CampaignStatus = Union[
    Union[Literal["draft", "scheduled", "running", "paused", "completed", "cancelled", "failed"], str],
    str
]
"""Where a campaign is in its life: `draft` after creation, `scheduled` once a schedule or a start is queued,
`running`, `paused`, then `completed`, `cancelled` (stopped) or `failed`. Open enum: the server stores a free
string.
"""


CampaignType = Union[Union[Literal["call", "sms", "mixed"], str], str]
"""How a campaign reaches its contacts: by `call`, by `sms`, or `mixed`. Open enum: the server takes a free string."""


ChatRole = Union[Union[Literal["system", "user", "assistant"], str], str]
"""The author of a chat message sent to the language model. Open enum."""


ClonedVoiceStatus = Union[Union[Literal["processing", "ready", "failed", "archived"], str], str]
"""Where a cloned voice is in its life cycle. Open enum."""


DocumentStatus = Union[Union[Literal["pending", "processing", "completed", "failed"], str], str]
"""Where a knowledge-base document is in processing: `pending`, `processing`, then `completed` (usable by the
assistant) or `failed`. Open enum.
"""


DspyOptimizationResult = Dict[str, Any]
"""The outcome of a DSPy optimization, including the id of the new draft prompt version when one was produced. The
server does not declare the field names, so this is an open object; read it defensively.
"""


EvalDatasetType = Union[Union[Literal["golden", "regression", "synthetic"], str], str]
"""What an eval dataset is for: `golden` (curated reference cases), `regression` (cases that failed before) or
`synthetic` (generated cases). Open enum: the server stores a free string.
"""


EvalDifficulty = Union[Union[Literal["easy", "medium", "hard"], str], str]
"""How hard an eval case is. Open enum; the server stores a free string."""


EvalRunResult = Dict[str, Any]
"""The outcome of an evaluation run (scores per metric: keywords, intent, tool calls, fluency). The server does not
declare this body and the docs do not describe it, so it is an open object; the score also lands on the prompt
version (`eval_score`, `eval_passed`).
"""


FlowGraph = Dict[str, Any]
"""The flow definition, validated by the server against its own flow schema, which the server does not export. As
documented it has `begin_node` (id of the first node), optional `global_prompt`, and `nodes`: a map from node id
to `{type, prompt, transitions: [{kind, to, when}]}`. It is typed as a free-form object so that node ids and every
key pass through the SDK unchanged.
"""


InterruptionMode = Union[Union[Literal["aggressive", "balanced", "conservative"], str], str]
"""A preset for how readily the caller may interrupt the assistant. Open enum: the server does not constrain the
value.
"""


InvitationDetails = Dict[str, Any]
"""What an invitation token grants: the invitation's metadata (who is invited, into which organization, until when).
The server does not declare these fields and the docs do not list them, so the SDK types the body as an open
object; read it defensively.
"""


LedgerEntryType = Union[Union[Literal["topup", "charge", "refund", "adjustment", "grant"], str], str]
"""The kind of wallet transaction: `topup` (a payment), `charge` (usage), `refund`, `adjustment` and `grant` (free
credits). Open enum: the server stores a free string.
"""


LlmPresetConfig = Dict[str, Any]
"""The language-model settings a preset stores (model, sampling, endpoint and the like), passed through unchanged:
the server does not declare the keys. When the preset stores a provider API key, lists and reads return it masked;
only `llmPresets.getForApplication` returns it in full.
"""


LlmProvider = Union[
    Union[
        Literal[
            "openai",
            "azure",
            "azure_ai_foundry",
            "anthropic",
            "gemini",
            "groq",
            "xai",
            "custom",
            "custom_websocket"
        ],
        str
    ],
    str
]
"""The language-model vendor behind an assistant. The server accepts any string, so this is an open enum: the listed
values are the documented ones, others may appear.
"""


MemoryEdges = Dict[str, Any]
"""A memory's relationships in the memory graph (temporal, causal, resolution, semantic, conflict, supersedes). The
server does not declare this body and the docs do not describe it, so it is an open object; read it defensively.
"""


MemoryGraphStats = Dict[str, Any]
"""Counts about the organization's memory graph. The server does not declare this body and the docs do not describe
it, so it is an open object; read it defensively.
"""


MemoryScope = Union[Union[Literal["caller", "assistant", "location", "organization"], str], str]
"""Where a memory applies: one `caller`, one `assistant`, one `location`, or the whole `organization`. Retrieval
looks from the most specific scope to the most general. Open enum: the server stores a free string.
"""


MemoryType = Union[Union[Literal["semantic", "episodic", "procedural"], str], str]
"""What kind of knowledge a memory holds: `semantic` (a fact or preference), `episodic` (an event or interaction) or
`procedural` (how to do something). Open enum: the server stores a free string (the docs' example even shows
`preference`).
"""


OrganizationApiKeys = Dict[str, Any]
"""The organization's own provider credentials (\"bring your own keys\"), keyed by provider (`openai`, `deepgram`,
`elevenlabs`, ...), each usually an object such as `{\"api_key\": \"...\"}`. The keys are user data and are never
renamed by the SDK. Secret: never log them.
"""


OrganizationConfigurationStatus = Dict[str, Any]
"""Which services the organization needs are configured and which are missing (telephony, language model, speech
providers, ...), for showing set-up warnings. The server types this as a free-form object and does not document
its keys; read it defensively.
"""


PromotionGates = Dict[str, Any]
"""Which conditions a prompt version meets before it may be promoted (evaluation passed, human approval, canary
health, ...). The server does not declare this body and the docs do not describe it, so it is an open object; read
it defensively.
"""


PromptVersionStatus = Union[
    Union[Literal["draft", "testing", "approved", "rejected", "canary", "shadow", "production", "retired"], str],
    str
]
"""Where a prompt version is in its lifecycle: `draft` → `testing` → `approved` or `rejected` → `canary` or `shadow`
→ `production` → `retired`. The values are the docs' lifecycle stages in lower case; the server stores a free
string, so this is an open enum.
"""


ProviderWebhookPayload = Dict[str, Any]
"""A JSON event posted by a telephony provider or Burki's SIP bridge (Telnyx and Vonage message events, SIP call
events). Its shape is the provider's; Burki does not publish it.
"""


RecordingType = Union[Union[Literal["full", "mixed", "user", "assistant"], str], str]
"""Which audio a recording holds: `full` or `mixed` (both sides), `user` (caller only) or `assistant`. Open enum."""


SmsComplianceState = Union[Union[Literal["pending", "approved", "rejected"], str], str]
"""Where a number's SMS verification is: `pending` after submission, then `approved` (outbound SMS enabled) or
`rejected` (see `rejection_reason`). Open enum: the server stores a free string and reports other values for
numbers without a submission.
"""


SmsComplianceUseCase = Union[
    Union[
        Literal[
            "customer_support",
            "appointment_reminders",
            "order_notifications",
            "two_factor_auth",
            "marketing",
            "other"
        ],
        str
    ],
    str
]
"""What a number's outbound SMS are for, as declared for verification. The docs list the values below as the valid
ones; the server types the field as a free string, so this is an open enum.
"""


SmsConversationStatus = Union[Union[Literal["active", "completed"], str], str]
"""Whether an SMS conversation is still `active` (its session is open) or `completed`. Open enum: the server stores a
free string.
"""


SmsDirection = Union[Union[Literal["inbound", "outbound"], str], str]
"""`inbound` (the customer wrote or called) or `outbound` (Burki sent or dialled). Open enum."""


SmsProvider = Union[Union[Literal["twilio", "telnyx", "vonage"], str], str]
"""The telephony provider that carries an SMS: the provider of the assistant that owns the sending number. Open enum:
the server stores a free string.
"""


SmsQueueStatus = Union[Union[Literal["queued", "sending", "sent", "failed", "cancelled"], str], str]
"""Where a message sent through Burki's queue is: `queued` while it waits for its provider's rate limit, `sending`
while it is handed over, then `sent` (the provider accepted it), `failed` (see `error`) or `cancelled` (see
`cancelSms`). Open enum: the server stores a free string.
"""


SmsWebhookEvent = Union[SmsReceivedWebhook, UnknownSmsWebhook]
"""Any body Burki posts to an assistant's `sms_webhook_url`. Switch on the top-level `type`: `sms_received`, or
another value for events added later.
"""


SmsWebhookType = Union[Union[Literal["sms_received"], str], str]
"""The event an SMS webhook carries. Only `sms_received` exists today; open enum."""


StreamEventType = Union[
    Union[
        Literal[
            "connection_established",
            "transcript",
            "call_status",
            "error",
            "pong",
            "connection_ack",
            "initial_progress",
            "progress_update",
            "metrics_history"
        ],
        str
    ],
    str
]
"""The `type` of a message on a Burki WebSocket stream. Open enum: the listed values are documented; treat any other
as an event added later and pass it through.
"""


SttProvider = Union[
    Union[Literal["deepgram", "azure", "uplift", "elevenlabs", "speechmatics", "soniox", "telnyx"], str],
    str
]
"""The speech-to-text vendor. Open enum: the server does not constrain the value."""


TelephonyProvider = Union[Union[Literal["twilio", "telnyx", "vonage", "byo-sip-trunk"], str], str]
"""The carrier behind a phone number. `byo-sip-trunk` is a number reached through the organization's own SIP trunk.
Open enum: the server stores and accepts a free string.
"""


ToolType = Union[Literal["endpoint", "python_function", "lambda"], str]
"""How a tool runs: `endpoint` calls an HTTP API, `python_function` runs Python code in Burki's sandbox, `lambda`
invokes an AWS Lambda function. The server validates it against exactly these values. (The SDK docs' `http` is not
accepted; it is `endpoint`.)
"""


TranscriptSpeaker = Union[Union[Literal["user", "assistant"], str], str]
"""Who spoke. Open enum."""


TtsProvider = Union[
    Union[
        Literal[
            "elevenlabs",
            "deepgram",
            "azure",
            "cartesia",
            "inworld",
            "openai",
            "murf",
            "soniox",
            "uplift",
            "resemble"
        ],
        str
    ],
    str
]
"""The text-to-speech vendor. Open enum: the server does not constrain the value."""


UserRole = Union[Union[Literal["user", "admin"], str], str]
"""A user's role in the organization: `admin` may invite users and change organization-wide settings, `user` may not.
Open enum: the server stores a free string.
"""


VoiceCloneProvider = Union[Union[Literal["elevenlabs", "resemble", "cartesia", "inworld"], str], str]
"""The text-to-speech provider that hosts a cloned voice. Open enum: the voice-cloning providers endpoint is the
authority.
"""


VoiceSampleStatus = Union[Union[Literal["uploaded", "processing", "ready", "failed"], str], str]
"""Where an uploaded voice sample is: `uploaded`, then `processing`, then `ready` for cloning or `failed`. Open enum."""


WalletTopup = Union[WalletTopupCreated, WalletTopupFailed]
"""The outcome of a top-up request. The server answers `200` whether or not Stripe accepted it, so check `success`:
`true` carries the PaymentIntent (`WalletTopupCreated`), `false` carries the reason in `error`
(`WalletTopupFailed`).
"""


WebhookType = Union[Union[Literal["status-update", "end-of-call-report"], str], str]
"""The voice event a webhook delivery carried. The server sends `status-update` and `end-of-call-report`; the docs'
`call_started`/`call_ended` names do not occur. Open enum.
"""

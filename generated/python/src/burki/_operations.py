# Generated from the Burki API 1.0.0 spec; do not edit.
"""One descriptor per operation: what the runtime needs to make the request and decode the result."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from typing_extensions import Literal

from ._runtime.operation import ListOperation, Operation, Pagination, Param
from .types import (
    AcceptInvitationResponse,
    ActionAcknowledgement,
    ApiKey,
    ApiKeyCreated,
    ApiResponse,
    Assistant,
    AssistantPhoneNumber,
    AssistantToolList,
    BillingStatement,
    BillingStatementDetail,
    BillingStatementList,
    Call,
    CallAnalytics,
    CallMetrics,
    CallPage,
    CallStats,
    CallTrace,
    CallTraceDetail,
    Campaign,
    CampaignActionResult,
    CampaignContact,
    CampaignContactPage,
    CampaignExecution,
    CampaignExecutionPage,
    CampaignImport,
    CampaignImportAccepted,
    CampaignPage,
    CampaignProgress,
    CampaignReExecuteResult,
    CampaignSchedule,
    CampaignStartResult,
    CampaignTemplatePreview,
    ChargesSummary,
    ChatMessage,
    ClonedVoiceCreateResult,
    ClonedVoiceList,
    ConcurrencySettings,
    Count,
    DocumentList,
    DocumentProcessingStatus,
    DocumentUploadResult,
    DspyOptimizationResult,
    EvalCase,
    EvalDataset,
    EvalDatasetDetail,
    EvalRunResult,
    FallbackKey,
    FallbackKeyList,
    Flow,
    InitiateCallResponse,
    InvitationDetails,
    InviteUserResponse,
    LambdaFunctionList,
    LearningStats,
    LedgerEntry,
    LedgerPage,
    LlmPreset,
    LlmProviderCatalog,
    ManagedServices,
    Memory,
    MemoryEdges,
    MemoryGraph,
    MemoryGraphStats,
    MemorySearchResult,
    Organization,
    OrganizationConfigurationStatus,
    OrganizationInfo,
    OrganizationPhoneNumber,
    PhoneNumber,
    PhoneNumberBulkAssignResult,
    PhoneNumberCountries,
    PhoneNumberDiagnosis,
    PhoneNumberPurchaseResult,
    PhoneNumberReleaseResult,
    PhoneNumberSearchResult,
    PhoneNumberSyncResult,
    PhoneNumberUpdateResult,
    PhoneNumberWebhooks,
    PhoneNumberWebhooksUpdateResult,
    PromotionGates,
    PromptVersion,
    PromptVersionDetail,
    Recording,
    RelatedConversation,
    SendSmsResponse,
    SipTrunk,
    SipTrunkSyncResult,
    SmsAuditTimeline,
    SmsCanSend,
    SmsCancelResult,
    SmsComplianceStatus,
    SmsComplianceSubmitResult,
    SmsComplianceSummary,
    SmsConversation,
    SmsLog,
    SmsLogPage,
    SmsLogStats,
    SmsMessage,
    SmsQueueStats,
    SmsSessionClearResult,
    SmsSessionInfo,
    SmsStatus,
    ToolAssignResult,
    ToolCreateResult,
    ToolPage,
    ToolResult,
    ToolSummary,
    ToolUpdateResult,
    Transcript,
    UsageSummary,
    User,
    ValidateTwilioResponse,
    VoiceCloningProviderList,
    VoiceSampleList,
    VoiceSampleUploadResult,
    Wallet,
    WalletTopup,
    WebhookLog,
)

ASSISTANTS_LIST: ListOperation[Assistant, List[Assistant]] = ListOperation(
    "GET",
    "/api/v1/assistants",
    params=(
        Param("skip", "query"),
        Param("limit", "query"),
        Param("active_only", "query"),
        Param("my_assistants_only", "query"),
        Param("include_stats", "query"),
    ),
    returns=List[Assistant],
    idempotent=True,
    item=Assistant,
    pagination=Pagination("offset", offset_param="skip", limit_param="limit"),
)
"""GET /api/v1/assistants"""

ASSISTANTS_CREATE: Operation[Assistant] = Operation(
    "POST",
    "/api/v1/assistants",
    params=(
        Param("name", "body"),
        Param("description", "body"),
        Param("llm_provider", "body"),
        Param("llm_provider_config", "body"),
        Param("llm_settings", "body"),
        Param("webhook_url", "body"),
        Param("sms_webhook_url", "body"),
        Param("messaging_service_sid", "body"),
        Param("interruption_settings", "body"),
        Param("tts_settings", "body"),
        Param("stt_settings", "body"),
        Param("end_call_message", "body"),
        Param("transfer_call_message", "body"),
        Param("idle_message", "body"),
        Param("max_idle_messages", "body"),
        Param("idle_timeout", "body"),
        Param("max_call_length", "body"),
        Param("conversation_continuity_enabled", "body"),
        Param("tools_settings", "body"),
        Param("rag_settings", "body"),
        Param("llm_fallback_providers", "body"),
        Param("bypass_numbers", "body"),
        Param("custom_settings", "body"),
        Param("is_active", "body"),
        Param("backchannel_settings", "body"),
        Param("recording_settings", "body"),
        Param("api_keys", "body"),
        Param("tts_limit", "body"),
        Param("stt_limit", "body"),
    ),
    returns=Assistant,
    body="json",
)
"""POST /api/v1/assistants"""

ASSISTANTS_GET_COUNT: Operation[Count] = Operation(
    "GET",
    "/api/v1/assistants/count",
    params=(Param("active_only", "query"),),
    returns=Count,
    idempotent=True,
)
"""GET /api/v1/assistants/count"""

ASSISTANTS_EXPORT: Operation[str] = Operation(
    "GET",
    "/api/v1/assistants/export",
    params=(
        Param("format", "query"),
        Param("assistant_ids", "query"),
        Param("search", "query"),
        Param("status", "query"),
    ),
    result="text",
    idempotent=True,
)
"""GET /api/v1/assistants/export"""

ASSISTANTS_GET_CLONED_VOICES: Operation[ClonedVoiceList] = Operation(
    "GET",
    "/api/v1/assistants/cloned-voices",
    params=(Param("status", "query"), Param("provider", "query")),
    returns=ClonedVoiceList,
    idempotent=True,
)
"""GET /api/v1/assistants/cloned-voices"""

ASSISTANTS_GET_PROVIDERS: Operation[LlmProviderCatalog] = Operation(
    "GET",
    "/api/v1/assistants/providers",
    returns=LlmProviderCatalog,
    idempotent=True,
    auth=False,
)
"""GET /api/v1/assistants/providers"""

ASSISTANTS_GET_ORGANIZATION_INFO: Operation[OrganizationInfo] = Operation(
    "GET",
    "/api/v1/assistants/me/organization",
    returns=OrganizationInfo,
    idempotent=True,
)
"""GET /api/v1/assistants/me/organization"""

ASSISTANTS_GET_BY_PHONE: Operation[Assistant] = Operation(
    "GET",
    "/api/v1/assistants/by-phone/{phone_number}",
    params=(Param("phone_number", "path"),),
    returns=Assistant,
    idempotent=True,
)
"""GET /api/v1/assistants/by-phone/{phone_number}"""

ASSISTANTS_GET: Operation[Assistant] = Operation(
    "GET",
    "/api/v1/assistants/{assistant_id}",
    params=(Param("assistant_id", "path"),),
    returns=Assistant,
    idempotent=True,
)
"""GET /api/v1/assistants/{assistant_id}"""

ASSISTANTS_UPDATE: Operation[Assistant] = Operation(
    "PUT",
    "/api/v1/assistants/{assistant_id}",
    params=(
        Param("assistant_id", "path"),
        Param("name", "body"),
        Param("description", "body"),
        Param("llm_provider", "body"),
        Param("llm_provider_config", "body"),
        Param("llm_settings", "body"),
        Param("webhook_url", "body"),
        Param("sms_webhook_url", "body"),
        Param("messaging_service_sid", "body"),
        Param("interruption_settings", "body"),
        Param("tts_settings", "body"),
        Param("stt_settings", "body"),
        Param("end_call_message", "body"),
        Param("transfer_call_message", "body"),
        Param("idle_message", "body"),
        Param("max_idle_messages", "body"),
        Param("idle_timeout", "body"),
        Param("max_call_length", "body"),
        Param("conversation_continuity_enabled", "body"),
        Param("tools_settings", "body"),
        Param("rag_settings", "body"),
        Param("llm_fallback_providers", "body"),
        Param("bypass_numbers", "body"),
        Param("custom_settings", "body"),
        Param("is_active", "body"),
        Param("backchannel_settings", "body"),
        Param("recording_settings", "body"),
        Param("api_keys", "body"),
        Param("tts_limit", "body"),
        Param("stt_limit", "body"),
        Param("change_description", "body"),
    ),
    returns=Assistant,
    body="json",
    idempotent=True,
)
"""PUT /api/v1/assistants/{assistant_id}"""

ASSISTANTS_DELETE: Operation[ApiResponse] = Operation(
    "DELETE",
    "/api/v1/assistants/{assistant_id}",
    params=(Param("assistant_id", "path"),),
    returns=ApiResponse,
    idempotent=True,
)
"""DELETE /api/v1/assistants/{assistant_id}"""

ASSISTANTS_UPDATE_STATUS: Operation[Assistant] = Operation(
    "PATCH",
    "/api/v1/assistants/{assistant_id}/status",
    params=(Param("assistant_id", "path"), Param("is_active", "query")),
    returns=Assistant,
)
"""PATCH /api/v1/assistants/{assistant_id}/status"""

CALLS_INITIATE: Operation[InitiateCallResponse] = Operation(
    "POST",
    "/calls/initiate",
    params=(
        Param("to_phone_number", "body"),
        Param("from_phone_number", "body"),
        Param("assistant_id", "body"),
        Param("welcome_message", "body"),
        Param("agenda", "body"),
        Param("variables", "body"),
    ),
    returns=InitiateCallResponse,
    body="json",
)
"""POST /calls/initiate"""

CALLS_LIST: ListOperation[Call, CallPage] = ListOperation(
    "GET",
    "/api/v1/calls/",
    params=(
        Param("skip", "query"),
        Param("limit", "query"),
        Param("status", "query"),
        Param("assistant_id", "query"),
        Param("customer_phone", "query"),
        Param("call_sid", "query"),
        Param("assistant_name", "query"),
        Param("date_from", "query"),
        Param("date_to", "query"),
        Param("min_duration", "query"),
        Param("max_duration", "query"),
    ),
    returns=CallPage,
    idempotent=True,
    item=Call,
    pagination=Pagination("offset", offset_param="skip", limit_param="limit", items="items", total="total"),
)
"""GET /api/v1/calls/"""

CALLS_GET_COUNT: Operation[Count] = Operation(
    "GET",
    "/api/v1/calls/count",
    params=(
        Param("status", "query"),
        Param("assistant_id", "query"),
        Param("date_from", "query"),
        Param("date_to", "query"),
    ),
    returns=Count,
    idempotent=True,
)
"""GET /api/v1/calls/count"""

CALLS_GET_ANALYTICS: Operation[CallAnalytics] = Operation(
    "GET",
    "/api/v1/calls/analytics",
    params=(Param("period", "query"),),
    returns=CallAnalytics,
    idempotent=True,
)
"""GET /api/v1/calls/analytics"""

CALLS_GET_STATS: Operation[CallStats] = Operation("GET", "/api/v1/calls/stats", returns=CallStats, idempotent=True)
"""GET /api/v1/calls/stats"""

CALLS_EXPORT: Operation[str] = Operation(
    "GET",
    "/api/v1/calls/export",
    params=(
        Param("format", "query"),
        Param("status", "query"),
        Param("assistant_id", "query"),
        Param("customer_phone", "query"),
        Param("call_sid", "query"),
        Param("assistant_name", "query"),
        Param("date_from", "query"),
        Param("date_to", "query"),
    ),
    result="text",
    idempotent=True,
)
"""GET /api/v1/calls/export"""

CALLS_GET: Operation[Call] = Operation(
    "GET",
    "/api/v1/calls/{call_id}",
    params=(Param("call_id", "path"),),
    returns=Call,
    idempotent=True,
)
"""GET /api/v1/calls/{call_id}"""

CALLS_GET_BY_SID: Operation[Call] = Operation(
    "GET",
    "/api/v1/calls/sid/{call_sid}",
    params=(Param("call_sid", "path"),),
    returns=Call,
    idempotent=True,
)
"""GET /api/v1/calls/sid/{call_sid}"""

CALLS_TERMINATE: Operation[ApiResponse] = Operation(
    "POST",
    "/api/v1/calls/{call_sid}/terminate",
    params=(Param("call_sid", "path"),),
    returns=ApiResponse,
)
"""POST /api/v1/calls/{call_sid}/terminate"""

CALLS_GET_TRANSCRIPTS: Operation[List[Transcript]] = Operation(
    "GET",
    "/api/v1/calls/{call_id}/transcripts",
    params=(Param("call_id", "path"), Param("speaker", "query"), Param("include_interim", "query")),
    returns=List[Transcript],
    idempotent=True,
)
"""GET /api/v1/calls/{call_id}/transcripts"""

CALLS_GET_TRANSCRIPTS_BY_SID: Operation[List[Transcript]] = Operation(
    "GET",
    "/api/v1/calls/sid/{call_sid}/transcripts",
    params=(Param("call_sid", "path"), Param("speaker", "query"), Param("include_interim", "query")),
    returns=List[Transcript],
    idempotent=True,
)
"""GET /api/v1/calls/sid/{call_sid}/transcripts"""

CALLS_EXPORT_TRANSCRIPTS: Operation[str] = Operation(
    "GET",
    "/api/v1/calls/{call_id}/transcripts/export",
    params=(Param("call_id", "path"), Param("format", "query"), Param("speaker", "query")),
    result="text",
    idempotent=True,
)
"""GET /api/v1/calls/{call_id}/transcripts/export"""

CALLS_GET_RECORDINGS: Operation[List[Recording]] = Operation(
    "GET",
    "/api/v1/calls/{call_id}/recordings",
    params=(Param("call_id", "path"), Param("recording_type", "query")),
    returns=List[Recording],
    idempotent=True,
)
"""GET /api/v1/calls/{call_id}/recordings"""

CALLS_GET_RECORDINGS_BY_SID: Operation[List[Recording]] = Operation(
    "GET",
    "/api/v1/calls/sid/{call_sid}/recordings",
    params=(Param("call_sid", "path"), Param("recording_type", "query")),
    returns=List[Recording],
    idempotent=True,
)
"""GET /api/v1/calls/sid/{call_sid}/recordings"""

CALLS_PLAY_RECORDING: Operation[bytes] = Operation(
    "GET",
    "/api/v1/calls/{call_id}/recording/{recording_id}/play",
    params=(Param("call_id", "path"), Param("recording_id", "path")),
    result="binary",
    idempotent=True,
)
"""GET /api/v1/calls/{call_id}/recording/{recording_id}/play"""

CALLS_GET_METRICS: Operation[CallMetrics] = Operation(
    "GET",
    "/api/v1/calls/{call_id}/metrics",
    params=(Param("call_id", "path"),),
    returns=CallMetrics,
    idempotent=True,
)
"""GET /api/v1/calls/{call_id}/metrics"""

CALLS_RECALCULATE_METRICS: Operation[CallMetrics] = Operation(
    "PATCH",
    "/api/v1/calls/{call_id}/metrics",
    params=(Param("call_id", "path"),),
    returns=CallMetrics,
)
"""PATCH /api/v1/calls/{call_id}/metrics"""

CALLS_GET_MESSAGES: Operation[List[ChatMessage]] = Operation(
    "GET",
    "/api/v1/calls/{call_id}/messages",
    params=(Param("call_id", "path"), Param("role", "query")),
    returns=List[ChatMessage],
    idempotent=True,
)
"""GET /api/v1/calls/{call_id}/messages"""

CALLS_GET_WEBHOOK_LOGS: Operation[List[WebhookLog]] = Operation(
    "GET",
    "/api/v1/calls/{call_id}/webhook-logs",
    params=(Param("call_id", "path"), Param("webhook_type", "query")),
    returns=List[WebhookLog],
    idempotent=True,
)
"""GET /api/v1/calls/{call_id}/webhook-logs"""

CALLS_UPDATE_METADATA: Operation[Call] = Operation(
    "PATCH",
    "/api/v1/calls/{call_id}/metadata",
    params=(Param("call_id", "path"), Param("metadata", "body")),
    returns=Call,
    body="json",
)
"""PATCH /api/v1/calls/{call_id}/metadata"""

SMS_SEND: Operation[SendSmsResponse] = Operation(
    "POST",
    "/sms/send",
    params=(
        Param("from_phone_number", "body"),
        Param("to_phone_number", "body"),
        Param("message", "body"),
        Param("media_urls", "body"),
        Param("queue", "body"),
        Param("idempotency_key_", "body", wire="idempotency_key"),
    ),
    returns=SendSmsResponse,
    body="json",
)
"""POST /sms/send"""

SMS_CANCEL: Operation[SmsCancelResult] = Operation(
    "DELETE",
    "/sms/{message_id}",
    params=(Param("message_id", "path"),),
    returns=SmsCancelResult,
    idempotent=True,
)
"""DELETE /sms/{message_id}"""

SMS_GET_STATUS: Operation[SmsStatus] = Operation(
    "GET",
    "/sms/{message_id}/status",
    params=(Param("message_id", "path"),),
    returns=SmsStatus,
    idempotent=True,
)
"""GET /sms/{message_id}/status"""

SMS_GET_QUEUE_STATS: Operation[SmsQueueStats] = Operation(
    "GET",
    "/sms/queue/stats",
    params=(Param("provider", "query"),),
    returns=SmsQueueStats,
    idempotent=True,
)
"""GET /sms/queue/stats"""

SMS_LIST_CONVERSATIONS: ListOperation[SmsConversation, List[SmsConversation]] = ListOperation(
    "GET",
    "/api/v1/sms-conversations/",
    params=(
        Param("skip", "query"),
        Param("limit", "query"),
        Param("status", "query"),
        Param("assistant_id", "query"),
        Param("customer_phone", "query"),
        Param("date_from", "query"),
        Param("date_to", "query"),
    ),
    returns=List[SmsConversation],
    idempotent=True,
    item=SmsConversation,
    pagination=Pagination("offset", offset_param="skip", limit_param="limit"),
)
"""GET /api/v1/sms-conversations/"""

SMS_GET_CONVERSATION: Operation[SmsConversation] = Operation(
    "GET",
    "/api/v1/sms-conversations/{conversation_id}",
    params=(Param("conversation_id", "path"),),
    returns=SmsConversation,
    idempotent=True,
)
"""GET /api/v1/sms-conversations/{conversation_id}"""

SMS_DELETE_CONVERSATION: Operation[ApiResponse] = Operation(
    "DELETE",
    "/api/v1/sms-conversations/{conversation_id}",
    params=(Param("conversation_id", "path"),),
    returns=ApiResponse,
    idempotent=True,
)
"""DELETE /api/v1/sms-conversations/{conversation_id}"""

SMS_GET_MESSAGES: Operation[List[SmsMessage]] = Operation(
    "GET",
    "/api/v1/sms-conversations/{conversation_id}/messages",
    params=(Param("conversation_id", "path"),),
    returns=List[SmsMessage],
    idempotent=True,
)
"""GET /api/v1/sms-conversations/{conversation_id}/messages"""

SMS_GET_RELATED_CONVERSATIONS: Operation[List[RelatedConversation]] = Operation(
    "GET",
    "/api/v1/sms-conversations/{conversation_id}/related",
    params=(Param("conversation_id", "path"),),
    returns=List[RelatedConversation],
    idempotent=True,
)
"""GET /api/v1/sms-conversations/{conversation_id}/related"""

SMS_EXPORT_CONVERSATION: Operation[str] = Operation(
    "GET",
    "/api/v1/sms-conversations/{conversation_id}/export",
    params=(Param("conversation_id", "path"), Param("format", "query")),
    result="text",
    idempotent=True,
)
"""GET /api/v1/sms-conversations/{conversation_id}/export"""

USERS_GET_ME: Operation[User] = Operation("GET", "/api/v1/users/me", returns=User, idempotent=True)
"""GET /api/v1/users/me"""

USERS_UPDATE_ME: Operation[User] = Operation(
    "PUT",
    "/api/v1/users/me",
    params=(
        Param("first_name", "body"),
        Param("last_name", "body"),
        Param("email", "body"),
        Param("preferences", "body"),
    ),
    returns=User,
    body="json",
    idempotent=True,
)
"""PUT /api/v1/users/me"""

USERS_CHANGE_PASSWORD: Operation[ActionAcknowledgement] = Operation(
    "POST",
    "/api/v1/users/me/change-password",
    params=(Param("current_password", "body"), Param("new_password", "body")),
    returns=ActionAcknowledgement,
    body="json",
)
"""POST /api/v1/users/me/change-password"""

USERS_LIST: Operation[List[User]] = Operation("GET", "/api/v1/users", returns=List[User], idempotent=True)
"""GET /api/v1/users"""

USERS_INVITE: Operation[InviteUserResponse] = Operation(
    "POST",
    "/api/v1/users/invite",
    params=(Param("email", "body"), Param("first_name", "body"), Param("last_name", "body"), Param("role", "body")),
    returns=InviteUserResponse,
    body="json",
)
"""POST /api/v1/users/invite"""

USERS_GET_INVITATION: Operation[InvitationDetails] = Operation(
    "GET",
    "/api/v1/users/invitation/{token}",
    params=(Param("token", "path"),),
    returns=InvitationDetails,
    idempotent=True,
    auth=False,
)
"""GET /api/v1/users/invitation/{token}"""

USERS_ACCEPT_INVITATION: Operation[AcceptInvitationResponse] = Operation(
    "POST",
    "/api/v1/users/accept-invitation",
    params=(Param("token", "body"), Param("password", "body"), Param("confirm_password", "body")),
    returns=AcceptInvitationResponse,
    body="json",
    auth=False,
)
"""POST /api/v1/users/accept-invitation"""

API_KEYS_LIST: Operation[List[ApiKey]] = Operation(
    "GET",
    "/api/v1/users/me/api-keys",
    returns=List[ApiKey],
    idempotent=True,
)
"""GET /api/v1/users/me/api-keys"""

API_KEYS_CREATE: Operation[ApiKeyCreated] = Operation(
    "POST",
    "/api/v1/users/me/api-keys",
    params=(Param("name", "body"), Param("permissions", "body")),
    returns=ApiKeyCreated,
    body="json",
)
"""POST /api/v1/users/me/api-keys"""

API_KEYS_UPDATE: Operation[ApiKey] = Operation(
    "PUT",
    "/api/v1/users/me/api-keys/{key_id}",
    params=(Param("key_id", "path"), Param("body", "body", whole_body=True), Param("name", "query")),
    returns=ApiKey,
    body="json",
    idempotent=True,
)
"""PUT /api/v1/users/me/api-keys/{key_id}"""

API_KEYS_DELETE: Operation[ActionAcknowledgement] = Operation(
    "DELETE",
    "/api/v1/users/me/api-keys/{key_id}",
    params=(Param("key_id", "path"),),
    returns=ActionAcknowledgement,
    idempotent=True,
)
"""DELETE /api/v1/users/me/api-keys/{key_id}"""

SMS_SESSIONS_GET_INFO: Operation[SmsSessionInfo] = Operation(
    "GET",
    "/api/v1/sms-sessions/",
    returns=SmsSessionInfo,
    idempotent=True,
)
"""GET /api/v1/sms-sessions/"""

SMS_SESSIONS_CLEAR_ALL: Operation[SmsSessionClearResult] = Operation(
    "DELETE",
    "/api/v1/sms-sessions/",
    returns=SmsSessionClearResult,
    idempotent=True,
)
"""DELETE /api/v1/sms-sessions/"""

SMS_SESSIONS_CLEANUP_EXPIRED: Operation[SmsSessionClearResult] = Operation(
    "POST",
    "/api/v1/sms-sessions/cleanup",
    returns=SmsSessionClearResult,
)
"""POST /api/v1/sms-sessions/cleanup"""

SMS_SESSIONS_CLEAR: Operation[SmsSessionClearResult] = Operation(
    "DELETE",
    "/api/v1/sms-sessions/{phone_number}/{assistant_id}",
    params=(Param("phone_number", "path"), Param("assistant_id", "path")),
    returns=SmsSessionClearResult,
    idempotent=True,
)
"""DELETE /api/v1/sms-sessions/{phone_number}/{assistant_id}"""

SMS_LOGS_LIST: ListOperation[SmsLog, SmsLogPage] = ListOperation(
    "GET",
    "/api/v1/sms-logs/",
    params=(
        Param("skip", "query"),
        Param("limit", "query"),
        Param("provider", "query"),
        Param("direction", "query"),
        Param("status", "query"),
        Param("from_number", "query"),
        Param("to_number", "query"),
        Param("assistant_id", "query"),
        Param("date_from", "query"),
        Param("date_to", "query"),
        Param("search", "query"),
    ),
    returns=SmsLogPage,
    idempotent=True,
    item=SmsLog,
    pagination=Pagination(
        "offset",
        offset_param="skip",
        limit_param="limit",
        items="items",
        total="total",
        has_more="has_more",
    ),
)
"""GET /api/v1/sms-logs/"""

SMS_LOGS_GET_STATS: Operation[SmsLogStats] = Operation(
    "GET",
    "/api/v1/sms-logs/stats",
    params=(Param("date_from", "query"), Param("date_to", "query")),
    returns=SmsLogStats,
    idempotent=True,
)
"""GET /api/v1/sms-logs/stats"""

SMS_LOGS_GET: Operation[SmsLog] = Operation(
    "GET",
    "/api/v1/sms-logs/{log_id}",
    params=(Param("log_id", "path"),),
    returns=SmsLog,
    idempotent=True,
)
"""GET /api/v1/sms-logs/{log_id}"""

SMS_LOGS_GET_TIMELINE: Operation[SmsAuditTimeline] = Operation(
    "GET",
    "/api/v1/sms/{call_id}/logs",
    params=(Param("call_id", "path"),),
    returns=SmsAuditTimeline,
    idempotent=True,
)
"""GET /api/v1/sms/{call_id}/logs"""

SMS_COMPLIANCE_GET_STATUS: Operation[SmsComplianceStatus] = Operation(
    "GET",
    "/v1/sms-compliance/status/{phone_number_id}",
    params=(Param("phone_number_id", "path"),),
    returns=SmsComplianceStatus,
    idempotent=True,
)
"""GET /v1/sms-compliance/status/{phone_number_id}"""

SMS_COMPLIANCE_SUBMIT: Operation[SmsComplianceSubmitResult] = Operation(
    "POST",
    "/v1/sms-compliance/submit",
    params=(
        Param("phone_number_id", "body"),
        Param("use_case", "body"),
        Param("business_name", "body"),
        Param("business_description", "body"),
        Param("sample_messages", "body"),
        Param("website_url", "body"),
        Param("contact_email", "body"),
    ),
    returns=SmsComplianceSubmitResult,
    body="json",
)
"""POST /v1/sms-compliance/submit"""

SMS_COMPLIANCE_CAN_SEND: Operation[SmsCanSend] = Operation(
    "GET",
    "/v1/sms-compliance/can-send/{phone_number_id}",
    params=(Param("phone_number_id", "path"),),
    returns=SmsCanSend,
    idempotent=True,
)
"""GET /v1/sms-compliance/can-send/{phone_number_id}"""

SMS_COMPLIANCE_GET_SUMMARY: Operation[SmsComplianceSummary] = Operation(
    "GET",
    "/v1/sms-compliance/summary",
    returns=SmsComplianceSummary,
    idempotent=True,
)
"""GET /v1/sms-compliance/summary"""

TEN_DLC_LIST_TELNYX_BRANDS: Operation[Dict[str, Any]] = Operation(
    "GET",
    "/api/telnyx/brands",
    returns=Dict[str, Any],
    idempotent=True,
)
"""GET /api/telnyx/brands"""

TEN_DLC_LIST_TELNYX_CAMPAIGNS: Operation[Dict[str, Any]] = Operation(
    "GET",
    "/api/telnyx/campaigns",
    params=(Param("brand_id", "query"),),
    returns=Dict[str, Any],
    idempotent=True,
)
"""GET /api/telnyx/campaigns"""

TEN_DLC_SELECT_TELNYX_CAMPAIGN: Operation[Dict[str, Any]] = Operation(
    "POST",
    "/api/telnyx/campaign/select",
    params=(Param("campaign_id", "body"), Param("brand_id", "body")),
    returns=Dict[str, Any],
    body="json",
)
"""POST /api/telnyx/campaign/select"""

TEN_DLC_GET_SELECTED_TELNYX_CAMPAIGN: Operation[Dict[str, Any]] = Operation(
    "GET",
    "/api/telnyx/campaign/selected",
    returns=Dict[str, Any],
    idempotent=True,
)
"""GET /api/telnyx/campaign/selected"""

TEN_DLC_GET_TELNYX_NUMBER_STATUS: Operation[Dict[str, Any]] = Operation(
    "GET",
    "/api/telnyx/phone-number/{phone_number}/status",
    params=(Param("phone_number", "path"),),
    returns=Dict[str, Any],
    idempotent=True,
)
"""GET /api/telnyx/phone-number/{phone_number}/status"""

TEN_DLC_LIST_TWILIO_MESSAGING_SERVICES: Operation[Dict[str, Any]] = Operation(
    "GET",
    "/api/twilio-10dlc/messaging-services",
    returns=Dict[str, Any],
    idempotent=True,
)
"""GET /api/twilio-10dlc/messaging-services"""

TEN_DLC_LIST_TWILIO_CAMPAIGNS: Operation[Dict[str, Any]] = Operation(
    "GET",
    "/api/twilio-10dlc/messaging-services/{service_sid}/campaigns",
    params=(Param("service_sid", "path"),),
    returns=Dict[str, Any],
    idempotent=True,
)
"""GET /api/twilio-10dlc/messaging-services/{service_sid}/campaigns"""

TEN_DLC_SELECT_TWILIO_MESSAGING_SERVICE: Operation[Dict[str, Any]] = Operation(
    "POST",
    "/api/twilio-10dlc/messaging-service/select",
    params=(Param("messaging_service_sid", "body"),),
    returns=Dict[str, Any],
    body="json",
)
"""POST /api/twilio-10dlc/messaging-service/select"""

TEN_DLC_GET_SELECTED_TWILIO_MESSAGING_SERVICE: Operation[Dict[str, Any]] = Operation(
    "GET",
    "/api/twilio-10dlc/messaging-service/selected",
    returns=Dict[str, Any],
    idempotent=True,
)
"""GET /api/twilio-10dlc/messaging-service/selected"""

TEN_DLC_SELECT_TWILIO_CAMPAIGN: Operation[Dict[str, Any]] = Operation(
    "POST",
    "/api/twilio-10dlc/campaign/select",
    params=(Param("campaign_id", "body"), Param("messaging_service_sid", "body"), Param("brand_sid", "body")),
    returns=Dict[str, Any],
    body="json",
)
"""POST /api/twilio-10dlc/campaign/select"""

TEN_DLC_GET_SELECTED_TWILIO_CAMPAIGN: Operation[Dict[str, Any]] = Operation(
    "GET",
    "/api/twilio-10dlc/campaign/selected",
    returns=Dict[str, Any],
    idempotent=True,
)
"""GET /api/twilio-10dlc/campaign/selected"""

TEN_DLC_LIST_VONAGE_BRANDS: Operation[Dict[str, Any]] = Operation(
    "GET",
    "/api/vonage-10dlc/brands",
    returns=Dict[str, Any],
    idempotent=True,
)
"""GET /api/vonage-10dlc/brands"""

TEN_DLC_LIST_VONAGE_CAMPAIGNS: Operation[Dict[str, Any]] = Operation(
    "GET",
    "/api/vonage-10dlc/brands/{brand_id}/campaigns",
    params=(Param("brand_id", "path"),),
    returns=Dict[str, Any],
    idempotent=True,
)
"""GET /api/vonage-10dlc/brands/{brand_id}/campaigns"""

TEN_DLC_SELECT_VONAGE_CAMPAIGN: Operation[Dict[str, Any]] = Operation(
    "POST",
    "/api/vonage-10dlc/campaign/select",
    params=(
        Param("campaign_id", "body"),
        Param("brand_id", "body"),
        Param("usecase", "body"),
        Param("description", "body"),
    ),
    returns=Dict[str, Any],
    body="json",
)
"""POST /api/vonage-10dlc/campaign/select"""

TEN_DLC_GET_SELECTED_VONAGE_CAMPAIGN: Operation[Dict[str, Any]] = Operation(
    "GET",
    "/api/vonage-10dlc/campaign/selected",
    returns=Dict[str, Any],
    idempotent=True,
)
"""GET /api/vonage-10dlc/campaign/selected"""

CAMPAIGNS_LIST: ListOperation[Campaign, CampaignPage] = ListOperation(
    "GET",
    "/api/v1/campaigns/",
    params=(
        Param("page", "query"),
        Param("per_page", "query"),
        Param("status", "query"),
        Param("campaign_type", "query"),
        Param("assistant_id", "query"),
        Param("search", "query"),
    ),
    returns=CampaignPage,
    idempotent=True,
    item=Campaign,
    pagination=Pagination(
        "page",
        page_param="page",
        per_page_param="per_page",
        items="campaigns",
        has_next="pagination.has_next",
        total="pagination.total_items",
    ),
)
"""GET /api/v1/campaigns/"""

CAMPAIGNS_CREATE: Operation[Campaign] = Operation(
    "POST",
    "/api/v1/campaigns/",
    params=(
        Param("name", "body"),
        Param("description", "body"),
        Param("campaign_type", "body"),
        Param("assistant_id", "body"),
        Param("welcome_message_template", "body"),
        Param("agenda_template", "body"),
        Param("end_call_message_template", "body"),
        Param("sms_message_template", "body"),
        Param("max_attempts", "body"),
        Param("retry_delay_minutes", "body"),
        Param("fallback_values", "body"),
        Param("variable_mappings", "body"),
        Param("available_variables", "body"),
        Param("pending_import", "body"),
    ),
    returns=Campaign,
    body="json",
)
"""POST /api/v1/campaigns/"""

CAMPAIGNS_PREVIEW_TEMPLATE: Operation[CampaignTemplatePreview] = Operation(
    "POST",
    "/api/v1/campaigns/template-preview",
    params=(Param("template", "body"), Param("variables", "body")),
    returns=CampaignTemplatePreview,
    body="json",
)
"""POST /api/v1/campaigns/template-preview"""

CAMPAIGNS_GET: Operation[Campaign] = Operation(
    "GET",
    "/api/v1/campaigns/{campaign_id}",
    params=(Param("campaign_id", "path"),),
    returns=Campaign,
    idempotent=True,
)
"""GET /api/v1/campaigns/{campaign_id}"""

CAMPAIGNS_UPDATE: Operation[CampaignActionResult] = Operation(
    "PUT",
    "/api/v1/campaigns/{campaign_id}",
    params=(
        Param("campaign_id", "path"),
        Param("name", "body"),
        Param("description", "body"),
        Param("welcome_message_template", "body"),
        Param("agenda_template", "body"),
        Param("end_call_message_template", "body"),
        Param("sms_message_template", "body"),
        Param("max_attempts", "body"),
        Param("retry_delay_minutes", "body"),
        Param("fallback_values", "body"),
        Param("variable_mappings", "body"),
        Param("available_variables", "body"),
        Param("pending_import", "body"),
    ),
    returns=CampaignActionResult,
    body="json",
    idempotent=True,
)
"""PUT /api/v1/campaigns/{campaign_id}"""

CAMPAIGNS_DELETE: Operation[CampaignActionResult] = Operation(
    "DELETE",
    "/api/v1/campaigns/{campaign_id}",
    params=(Param("campaign_id", "path"),),
    returns=CampaignActionResult,
    idempotent=True,
)
"""DELETE /api/v1/campaigns/{campaign_id}"""

CAMPAIGNS_START: Operation[CampaignStartResult] = Operation(
    "POST",
    "/api/v1/campaigns/{campaign_id}/start",
    params=(Param("campaign_id", "path"),),
    returns=CampaignStartResult,
)
"""POST /api/v1/campaigns/{campaign_id}/start"""

CAMPAIGNS_PAUSE: Operation[CampaignActionResult] = Operation(
    "POST",
    "/api/v1/campaigns/{campaign_id}/pause",
    params=(Param("campaign_id", "path"),),
    returns=CampaignActionResult,
)
"""POST /api/v1/campaigns/{campaign_id}/pause"""

CAMPAIGNS_CANCEL: Operation[CampaignActionResult] = Operation(
    "POST",
    "/api/v1/campaigns/{campaign_id}/stop",
    params=(Param("campaign_id", "path"),),
    returns=CampaignActionResult,
)
"""POST /api/v1/campaigns/{campaign_id}/stop"""

CAMPAIGNS_RE_EXECUTE: Operation[CampaignReExecuteResult] = Operation(
    "POST",
    "/api/v1/campaigns/{campaign_id}/re-execute",
    params=(Param("campaign_id", "path"), Param("contact_selection", "body"), Param("schedule_settings", "body")),
    returns=CampaignReExecuteResult,
    body="json",
)
"""POST /api/v1/campaigns/{campaign_id}/re-execute"""

CAMPAIGNS_GET_CONTACTS: ListOperation[CampaignContact, CampaignContactPage] = ListOperation(
    "GET",
    "/api/v1/campaigns/{campaign_id}/contacts",
    params=(Param("campaign_id", "path"), Param("page", "query"), Param("per_page", "query"), Param("status", "query")),
    returns=CampaignContactPage,
    idempotent=True,
    item=CampaignContact,
    pagination=Pagination(
        "page",
        page_param="page",
        per_page_param="per_page",
        items="contacts",
        has_next="pagination.has_next",
        total="pagination.total_items",
    ),
)
"""GET /api/v1/campaigns/{campaign_id}/contacts"""

CAMPAIGNS_IMPORT_CONTACTS: Operation[CampaignImportAccepted] = Operation(
    "POST",
    "/api/v1/campaigns/{campaign_id}/import-data",
    params=(Param("campaign_id", "path"), Param("file", "body"), Param("column_mappings", "body")),
    returns=CampaignImportAccepted,
    body="multipart",
)
"""POST /api/v1/campaigns/{campaign_id}/import-data"""

CAMPAIGNS_GET_IMPORT: Operation[CampaignImport] = Operation(
    "GET",
    "/api/v1/campaigns/{campaign_id}/imports/{import_id}",
    params=(Param("campaign_id", "path"), Param("import_id", "path")),
    returns=CampaignImport,
    idempotent=True,
)
"""GET /api/v1/campaigns/{campaign_id}/imports/{import_id}"""

CAMPAIGNS_GET_PROGRESS: Operation[CampaignProgress] = Operation(
    "GET",
    "/api/v1/campaigns/{campaign_id}/progress",
    params=(Param("campaign_id", "path"),),
    returns=CampaignProgress,
    idempotent=True,
)
"""GET /api/v1/campaigns/{campaign_id}/progress"""

CAMPAIGNS_LIST_EXECUTIONS: ListOperation[CampaignExecution, CampaignExecutionPage] = ListOperation(
    "GET",
    "/api/v1/campaigns/{campaign_id}/executions",
    params=(Param("campaign_id", "path"), Param("page", "query"), Param("per_page", "query"), Param("status", "query")),
    returns=CampaignExecutionPage,
    idempotent=True,
    item=CampaignExecution,
    pagination=Pagination(
        "page",
        page_param="page",
        per_page_param="per_page",
        items="executions",
        has_next="pagination.has_next",
        total="pagination.total_items",
    ),
)
"""GET /api/v1/campaigns/{campaign_id}/executions"""

CAMPAIGNS_GET_SCHEDULE: Operation[CampaignSchedule] = Operation(
    "GET",
    "/api/v1/campaigns/{campaign_id}/schedule",
    params=(Param("campaign_id", "path"),),
    returns=CampaignSchedule,
    idempotent=True,
)
"""GET /api/v1/campaigns/{campaign_id}/schedule"""

CAMPAIGNS_SAVE_SCHEDULE: Operation[ApiResponse] = Operation(
    "POST",
    "/api/v1/campaigns/{campaign_id}/schedule",
    params=(
        Param("campaign_id", "path"),
        Param("schedule_type", "body"),
        Param("scheduled_at", "body"),
        Param("timezone", "body"),
        Param("recurring_config", "body"),
    ),
    returns=ApiResponse,
    body="json",
)
"""POST /api/v1/campaigns/{campaign_id}/schedule"""

ORGANIZATION_GET: Operation[Organization] = Operation(
    "GET",
    "/api/v1/organization",
    returns=Organization,
    idempotent=True,
)
"""GET /api/v1/organization"""

ORGANIZATION_UPDATE: Operation[Organization] = Operation(
    "PUT",
    "/api/v1/organization",
    params=(
        Param("name", "body"),
        Param("description", "body"),
        Param("domain", "body"),
        Param("settings", "body"),
        Param("api_keys", "body"),
        Param("twilio_account_sid", "body"),
        Param("twilio_auth_token", "body"),
        Param("telnyx_api_key", "body"),
        Param("telnyx_connection_id", "body"),
        Param("vonage_api_key", "body"),
        Param("vonage_api_secret", "body"),
        Param("vonage_application_id", "body"),
        Param("vonage_private_key", "body"),
        Param("vonage_signature_secret", "body"),
        Param("vonage_api_region", "body"),
        Param("sip_gateway", "body"),
        Param("sip_username", "body"),
        Param("sip_password", "body"),
        Param("sip_trunk_config", "body"),
    ),
    returns=Organization,
    body="json",
    idempotent=True,
)
"""PUT /api/v1/organization"""

ORGANIZATION_CREATE: Operation[Organization] = Operation(
    "POST",
    "/api/v1/organization/create",
    params=(Param("name", "body"), Param("slug", "body"), Param("description", "body"), Param("domain", "body")),
    returns=Organization,
    body="json",
)
"""POST /api/v1/organization/create"""

ORGANIZATION_VALIDATE_TWILIO_CREDENTIALS: Operation[ValidateTwilioResponse] = Operation(
    "POST",
    "/api/v1/organization/twilio/validate",
    params=(Param("account_sid", "body"), Param("auth_token", "body")),
    returns=ValidateTwilioResponse,
    body="json",
)
"""POST /api/v1/organization/twilio/validate"""

ORGANIZATION_GET_CONFIGURATION_STATUS: Operation[OrganizationConfigurationStatus] = Operation(
    "GET",
    "/api/v1/organization/configuration-status",
    returns=OrganizationConfigurationStatus,
    idempotent=True,
)
"""GET /api/v1/organization/configuration-status"""

ORGANIZATION_GET_CONCURRENCY_SETTINGS: Operation[ConcurrencySettings] = Operation(
    "GET",
    "/api/v1/organization/concurrency-settings",
    returns=ConcurrencySettings,
    idempotent=True,
)
"""GET /api/v1/organization/concurrency-settings"""

ORGANIZATION_UPDATE_CONCURRENCY_SETTINGS: Operation[ConcurrencySettings] = Operation(
    "PUT",
    "/api/v1/organization/concurrency-settings",
    params=(Param("tts", "body"), Param("stt", "body")),
    returns=ConcurrencySettings,
    body="json",
    idempotent=True,
)
"""PUT /api/v1/organization/concurrency-settings"""

LLM_PRESETS_LIST: Operation[List[LlmPreset]] = Operation(
    "GET",
    "/api/v1/organization/llm-presets",
    returns=List[LlmPreset],
    idempotent=True,
)
"""GET /api/v1/organization/llm-presets"""

LLM_PRESETS_CREATE: Operation[LlmPreset] = Operation(
    "POST",
    "/api/v1/organization/llm-presets",
    params=(
        Param("name", "body"),
        Param("description", "body"),
        Param("provider", "body"),
        Param("config", "body"),
        Param("include_api_key", "body"),
        Param("is_default", "body"),
    ),
    returns=LlmPreset,
    body="json",
)
"""POST /api/v1/organization/llm-presets"""

LLM_PRESETS_UPDATE: Operation[LlmPreset] = Operation(
    "PUT",
    "/api/v1/organization/llm-presets/{preset_id}",
    params=(
        Param("preset_id", "path"),
        Param("name", "body"),
        Param("description", "body"),
        Param("provider", "body"),
        Param("config", "body"),
        Param("include_api_key", "body"),
        Param("is_default", "body"),
    ),
    returns=LlmPreset,
    body="json",
    idempotent=True,
)
"""PUT /api/v1/organization/llm-presets/{preset_id}"""

LLM_PRESETS_DELETE: Operation[ActionAcknowledgement] = Operation(
    "DELETE",
    "/api/v1/organization/llm-presets/{preset_id}",
    params=(Param("preset_id", "path"),),
    returns=ActionAcknowledgement,
    idempotent=True,
)
"""DELETE /api/v1/organization/llm-presets/{preset_id}"""

LLM_PRESETS_GET_FOR_APPLICATION: Operation[LlmPreset] = Operation(
    "GET",
    "/api/v1/organization/llm-presets/{preset_id}/apply",
    params=(Param("preset_id", "path"),),
    returns=LlmPreset,
    idempotent=True,
)
"""GET /api/v1/organization/llm-presets/{preset_id}/apply"""

FALLBACK_KEYS_LIST: Operation[FallbackKeyList] = Operation(
    "GET",
    "/api/v1/organization/fallback-keys/{provider}",
    params=(Param("provider", "path"),),
    returns=FallbackKeyList,
    idempotent=True,
)
"""GET /api/v1/organization/fallback-keys/{provider}"""

FALLBACK_KEYS_CREATE: Operation[FallbackKey] = Operation(
    "POST",
    "/api/v1/organization/fallback-keys/{provider}",
    params=(
        Param("provider", "path"),
        Param("name", "body"),
        Param("api_key", "body"),
        Param("enabled", "body"),
        Param("concurrent_limit", "body"),
    ),
    returns=FallbackKey,
    body="json",
)
"""POST /api/v1/organization/fallback-keys/{provider}"""

FALLBACK_KEYS_UPDATE: Operation[FallbackKey] = Operation(
    "PUT",
    "/api/v1/organization/fallback-keys/{provider}/{key_id}",
    params=(
        Param("provider", "path"),
        Param("key_id", "path"),
        Param("name", "body"),
        Param("api_key", "body"),
        Param("enabled", "body"),
        Param("concurrent_limit", "body"),
    ),
    returns=FallbackKey,
    body="json",
    idempotent=True,
)
"""PUT /api/v1/organization/fallback-keys/{provider}/{key_id}"""

FALLBACK_KEYS_DELETE: Operation[ActionAcknowledgement] = Operation(
    "DELETE",
    "/api/v1/organization/fallback-keys/{provider}/{key_id}",
    params=(Param("provider", "path"), Param("key_id", "path")),
    returns=ActionAcknowledgement,
    idempotent=True,
)
"""DELETE /api/v1/organization/fallback-keys/{provider}/{key_id}"""

PHONE_NUMBERS_LIST: Operation[List[PhoneNumber]] = Operation(
    "GET",
    "/api/v1/assistants/organization/phone-numbers",
    params=(
        Param("include_assigned", "query"),
        Param("include_unassigned", "query"),
        Param("include_inactive", "query"),
    ),
    returns=List[PhoneNumber],
    idempotent=True,
)
"""GET /api/v1/assistants/organization/phone-numbers"""

PHONE_NUMBERS_LIST_UNASSIGNED: Operation[List[OrganizationPhoneNumber]] = Operation(
    "GET",
    "/api/v1/assistants/organization/phone-numbers/available",
    returns=List[OrganizationPhoneNumber],
    idempotent=True,
)
"""GET /api/v1/assistants/organization/phone-numbers/available"""

PHONE_NUMBERS_SYNC: Operation[PhoneNumberSyncResult] = Operation(
    "POST",
    "/api/v1/assistants/organization/phone-numbers/sync",
    returns=PhoneNumberSyncResult,
)
"""POST /api/v1/assistants/organization/phone-numbers/sync"""

PHONE_NUMBERS_ASSIGN: Operation[PhoneNumberUpdateResult] = Operation(
    "PATCH",
    "/api/v1/assistants/organization/phone-numbers/{phone_number_id}",
    params=(
        Param("phone_number_id", "path"),
        Param("friendly_name", "body"),
        Param("assistant_id", "body"),
        Param("flow_id", "body"),
        Param("sip_trunk_id", "body"),
        Param("allowed_country_codes", "body"),
    ),
    returns=PhoneNumberUpdateResult,
    body="json",
)
"""PATCH /api/v1/assistants/organization/phone-numbers/{phone_number_id}"""

PHONE_NUMBERS_SEARCH: Operation[PhoneNumberSearchResult] = Operation(
    "POST",
    "/api/v1/phone-numbers/search",
    params=(
        Param("country_code", "body"),
        Param("area_code", "body"),
        Param("contains", "body"),
        Param("locality", "body"),
        Param("region", "body"),
        Param("limit", "body"),
        Param("provider", "body"),
    ),
    returns=PhoneNumberSearchResult,
    body="json",
)
"""POST /api/v1/phone-numbers/search"""

PHONE_NUMBERS_PURCHASE: Operation[PhoneNumberPurchaseResult] = Operation(
    "POST",
    "/api/v1/phone-numbers/purchase",
    params=(
        Param("phone_number", "body"),
        Param("provider", "body"),
        Param("country_code", "body"),
        Param("assistant_id", "body"),
        Param("friendly_name", "body"),
        Param("messaging_profile_id", "body"),
    ),
    returns=PhoneNumberPurchaseResult,
    body="json",
)
"""POST /api/v1/phone-numbers/purchase"""

PHONE_NUMBERS_RELEASE: Operation[PhoneNumberReleaseResult] = Operation(
    "POST",
    "/api/v1/phone-numbers/release",
    params=(Param("phone_number", "body"), Param("provider", "body")),
    returns=PhoneNumberReleaseResult,
    body="json",
)
"""POST /api/v1/phone-numbers/release"""

PHONE_NUMBERS_GET_COUNTRIES: Operation[PhoneNumberCountries] = Operation(
    "GET",
    "/api/v1/phone-numbers/countries",
    params=(Param("provider", "query"),),
    returns=PhoneNumberCountries,
    idempotent=True,
)
"""GET /api/v1/phone-numbers/countries"""

PHONE_NUMBERS_UPDATE_WEBHOOKS: Operation[PhoneNumberWebhooksUpdateResult] = Operation(
    "PUT",
    "/api/v1/phone-numbers/webhooks",
    params=(
        Param("phone_number", "body"),
        Param("voice_webhook_url", "body"),
        Param("disable_sms", "body"),
        Param("enable_sms", "body"),
        Param("provider", "body"),
    ),
    returns=PhoneNumberWebhooksUpdateResult,
    body="json",
    idempotent=True,
)
"""PUT /api/v1/phone-numbers/webhooks"""

PHONE_NUMBERS_GET_WEBHOOKS: Operation[PhoneNumberWebhooks] = Operation(
    "GET",
    "/api/v1/phone-numbers/{phone_number}/webhooks",
    params=(Param("phone_number", "path"), Param("provider", "query")),
    returns=PhoneNumberWebhooks,
    idempotent=True,
)
"""GET /api/v1/phone-numbers/{phone_number}/webhooks"""

PHONE_NUMBERS_DIAGNOSE: Operation[PhoneNumberDiagnosis] = Operation(
    "GET",
    "/api/v1/phone-numbers/{phone_number}/diagnose",
    params=(Param("phone_number", "path"),),
    returns=PhoneNumberDiagnosis,
    idempotent=True,
)
"""GET /api/v1/phone-numbers/{phone_number}/diagnose"""

PHONE_NUMBERS_SYNC_VERIFIED_CALLER_IDS: Operation[Dict[str, Any]] = Operation(
    "POST",
    "/api/v1/phone-numbers/organization/sync-verified-caller-ids",
    returns=Dict[str, Any],
)
"""POST /api/v1/phone-numbers/organization/sync-verified-caller-ids"""

PHONE_NUMBERS_ADD_VERIFIED_CALLER_ID: Operation[Dict[str, Any]] = Operation(
    "POST",
    "/api/v1/phone-numbers/organization/add-verified-caller-id",
    params=(Param("phone_number", "body"), Param("friendly_name", "body")),
    returns=Dict[str, Any],
    body="form",
)
"""POST /api/v1/phone-numbers/organization/add-verified-caller-id"""

PHONE_NUMBERS_LIST_FOR_ASSISTANT: Operation[List[AssistantPhoneNumber]] = Operation(
    "GET",
    "/api/v1/assistants/{assistant_id}/phone-numbers",
    params=(Param("assistant_id", "path"),),
    returns=List[AssistantPhoneNumber],
    idempotent=True,
)
"""GET /api/v1/assistants/{assistant_id}/phone-numbers"""

PHONE_NUMBERS_LIST_AVAILABLE_FOR_ASSISTANT: Operation[List[AssistantPhoneNumber]] = Operation(
    "GET",
    "/api/v1/assistants/{assistant_id}/available-phone-numbers",
    params=(Param("assistant_id", "path"),),
    returns=List[AssistantPhoneNumber],
    idempotent=True,
)
"""GET /api/v1/assistants/{assistant_id}/available-phone-numbers"""

PHONE_NUMBERS_ASSIGN_BY_NUMBER: Operation[ApiResponse] = Operation(
    "POST",
    "/api/v1/assistants/{assistant_id}/phone-numbers/assign-by-number",
    params=(
        Param("assistant_id", "path"),
        Param("phone_number", "body"),
        Param("friendly_name", "body"),
        Param("auto_sync", "body"),
    ),
    returns=ApiResponse,
    body="json",
)
"""POST /api/v1/assistants/{assistant_id}/phone-numbers/assign-by-number"""

PHONE_NUMBERS_BULK_ASSIGN: Operation[PhoneNumberBulkAssignResult] = Operation(
    "POST",
    "/api/v1/assistants/{assistant_id}/phone-numbers/bulk-assign",
    params=(Param("assistant_id", "path"), Param("body", "body", whole_body=True)),
    returns=PhoneNumberBulkAssignResult,
    body="json",
)
"""POST /api/v1/assistants/{assistant_id}/phone-numbers/bulk-assign"""

PHONE_NUMBERS_UNASSIGN_BY_NUMBER: Operation[ApiResponse] = Operation(
    "POST",
    "/api/v1/assistants/{assistant_id}/phone-numbers/unassign-by-number",
    params=(Param("assistant_id", "path"), Param("phone_number", "body")),
    returns=ApiResponse,
    body="json",
)
"""POST /api/v1/assistants/{assistant_id}/phone-numbers/unassign-by-number"""

PHONE_NUMBERS_UNASSIGN: Operation[ApiResponse] = Operation(
    "POST",
    "/api/v1/assistants/{assistant_id}/phone-numbers/{phone_number_id}/unassign",
    params=(Param("assistant_id", "path"), Param("phone_number_id", "path")),
    returns=ApiResponse,
)
"""POST /api/v1/assistants/{assistant_id}/phone-numbers/{phone_number_id}/unassign"""

BILLING_GET_WALLET: Operation[Wallet] = Operation("GET", "/v1/billing/wallet", returns=Wallet, idempotent=True)
"""GET /v1/billing/wallet"""

BILLING_CREATE_TOPUP: Operation[WalletTopup] = Operation(
    "POST",
    "/v1/billing/wallet/topup",
    params=(Param("amount_cents", "body"),),
    returns=WalletTopup,
    body="json",
)
"""POST /v1/billing/wallet/topup"""

BILLING_CONFIGURE_AUTO_TOPUP: Operation[ApiResponse] = Operation(
    "POST",
    "/v1/billing/wallet/auto-topup",
    params=(
        Param("enabled", "body"),
        Param("threshold_cents", "body"),
        Param("amount_cents", "body"),
        Param("payment_method_id", "body"),
    ),
    returns=ApiResponse,
    body="json",
)
"""POST /v1/billing/wallet/auto-topup"""

BILLING_LIST_LEDGER_ENTRIES: ListOperation[LedgerEntry, LedgerPage] = ListOperation(
    "GET",
    "/v1/billing/ledger",
    params=(
        Param("limit", "query"),
        Param("offset", "query"),
        Param("type", "query"),
        Param("from_date", "query"),
        Param("to_date", "query"),
    ),
    returns=LedgerPage,
    idempotent=True,
    item=LedgerEntry,
    pagination=Pagination("offset", offset_param="offset", limit_param="limit", items="entries", total="total"),
)
"""GET /v1/billing/ledger"""

BILLING_GET_USAGE_SUMMARY: Operation[UsageSummary] = Operation(
    "GET",
    "/v1/billing/usage/summary",
    params=(Param("from_date", "query"), Param("to_date", "query")),
    returns=UsageSummary,
    idempotent=True,
)
"""GET /v1/billing/usage/summary"""

BILLING_GET_CHARGES_SUMMARY: Operation[ChargesSummary] = Operation(
    "GET",
    "/v1/billing/charges",
    params=(Param("month", "query"),),
    returns=ChargesSummary,
    idempotent=True,
)
"""GET /v1/billing/charges"""

BILLING_LIST_STATEMENTS: ListOperation[BillingStatement, BillingStatementList] = ListOperation(
    "GET",
    "/v1/billing/statements",
    params=(Param("limit", "query"),),
    returns=BillingStatementList,
    idempotent=True,
    item=BillingStatement,
    pagination=Pagination("limit", limit_param="limit", items="statements"),
)
"""GET /v1/billing/statements"""

BILLING_GET_STATEMENT: Operation[BillingStatementDetail] = Operation(
    "GET",
    "/v1/billing/statements/{month}",
    params=(Param("month", "path"),),
    returns=BillingStatementDetail,
    idempotent=True,
)
"""GET /v1/billing/statements/{month}"""

BILLING_GET_MANAGED_SERVICES: Operation[ManagedServices] = Operation(
    "GET",
    "/v1/billing/managed-services",
    returns=ManagedServices,
    idempotent=True,
)
"""GET /v1/billing/managed-services"""

BILLING_UPDATE_MANAGED_SERVICES: Operation[ManagedServices] = Operation(
    "PATCH",
    "/v1/billing/managed-services",
    params=(Param("llm", "body"), Param("tts", "body"), Param("stt", "body"), Param("carrier", "body")),
    returns=ManagedServices,
    body="json",
)
"""PATCH /v1/billing/managed-services"""

MEMORIES_LIST: ListOperation[Memory, List[Memory]] = ListOperation(
    "GET",
    "/api/learning/memories",
    params=(
        Param("scope_type", "query"),
        Param("scope_id", "query"),
        Param("memory_type", "query"),
        Param("limit", "query"),
        Param("offset", "query"),
    ),
    returns=List[Memory],
    idempotent=True,
    item=Memory,
    pagination=Pagination("offset", offset_param="offset", limit_param="limit"),
)
"""GET /api/learning/memories"""

MEMORIES_CREATE: Operation[Memory] = Operation(
    "POST",
    "/api/learning/memories",
    params=(
        Param("fact", "body"),
        Param("memory_type", "body"),
        Param("memory_scope", "body"),
        Param("subject_type", "body"),
        Param("subject_id", "body"),
        Param("confidence", "body"),
    ),
    returns=Memory,
    body="json",
)
"""POST /api/learning/memories"""

MEMORIES_GET: Operation[Memory] = Operation(
    "GET",
    "/api/learning/memories/{memory_id}",
    params=(Param("memory_id", "path"),),
    returns=Memory,
    idempotent=True,
)
"""GET /api/learning/memories/{memory_id}"""

MEMORIES_UPDATE: Operation[Memory] = Operation(
    "PUT",
    "/api/learning/memories/{memory_id}",
    params=(
        Param("memory_id", "path"),
        Param("fact", "body"),
        Param("memory_type", "body"),
        Param("memory_scope", "body"),
        Param("confidence", "body"),
        Param("edit_reason", "body"),
    ),
    returns=Memory,
    body="json",
    idempotent=True,
)
"""PUT /api/learning/memories/{memory_id}"""

MEMORIES_DELETE: Operation[ActionAcknowledgement] = Operation(
    "DELETE",
    "/api/learning/memories/{memory_id}",
    params=(Param("memory_id", "path"),),
    returns=ActionAcknowledgement,
    idempotent=True,
)
"""DELETE /api/learning/memories/{memory_id}"""

MEMORIES_SEARCH: Operation[MemorySearchResult] = Operation(
    "POST",
    "/api/learning/memories/search",
    params=(
        Param("query", "body"),
        Param("caller_hash", "body"),
        Param("assistant_id", "body"),
        Param("limit", "body"),
    ),
    returns=MemorySearchResult,
    body="json",
)
"""POST /api/learning/memories/search"""

MEMORIES_GET_EDGES: Operation[MemoryEdges] = Operation(
    "GET",
    "/api/learning/memories/{memory_id}/edges",
    params=(Param("memory_id", "path"),),
    returns=MemoryEdges,
    idempotent=True,
)
"""GET /api/learning/memories/{memory_id}/edges"""

MEMORIES_GET_GRAPH_STATS: Operation[MemoryGraphStats] = Operation(
    "GET",
    "/api/learning/graph-stats",
    returns=MemoryGraphStats,
    idempotent=True,
)
"""GET /api/learning/graph-stats"""

MEMORIES_GET_GRAPH: Operation[MemoryGraph] = Operation(
    "GET",
    "/api/learning/assistants/{assistant_id}/memory-graph",
    params=(
        Param("assistant_id", "path"),
        Param("limit", "query"),
        Param("edge_types", "query"),
        Param("memory_types", "query"),
    ),
    returns=MemoryGraph,
    idempotent=True,
)
"""GET /api/learning/assistants/{assistant_id}/memory-graph"""

PROMPT_VERSIONS_LIST: Operation[List[PromptVersion]] = Operation(
    "GET",
    "/api/learning/assistants/{assistant_id}/prompts",
    params=(Param("assistant_id", "path"), Param("status", "query")),
    returns=List[PromptVersion],
    idempotent=True,
)
"""GET /api/learning/assistants/{assistant_id}/prompts"""

PROMPT_VERSIONS_CREATE: Operation[PromptVersionDetail] = Operation(
    "POST",
    "/api/learning/assistants/{assistant_id}/prompts",
    params=(
        Param("assistant_id", "path"),
        Param("system_prompt", "body"),
        Param("version_name", "body"),
        Param("generation_notes", "body"),
    ),
    returns=PromptVersionDetail,
    body="json",
)
"""POST /api/learning/assistants/{assistant_id}/prompts"""

PROMPT_VERSIONS_GET: Operation[PromptVersionDetail] = Operation(
    "GET",
    "/api/learning/assistants/{assistant_id}/prompts/{version_id}",
    params=(Param("assistant_id", "path"), Param("version_id", "path")),
    returns=PromptVersionDetail,
    idempotent=True,
)
"""GET /api/learning/assistants/{assistant_id}/prompts/{version_id}"""

PROMPT_VERSIONS_APPROVE: Operation[ActionAcknowledgement] = Operation(
    "POST",
    "/api/learning/assistants/{assistant_id}/prompts/{version_id}/approve",
    params=(Param("assistant_id", "path"), Param("version_id", "path"), Param("approval_notes", "body")),
    returns=ActionAcknowledgement,
    body="json",
)
"""POST /api/learning/assistants/{assistant_id}/prompts/{version_id}/approve"""

PROMPT_VERSIONS_START_CANARY: Operation[ActionAcknowledgement] = Operation(
    "POST",
    "/api/learning/assistants/{assistant_id}/prompts/{version_id}/start-canary",
    params=(Param("assistant_id", "path"), Param("version_id", "path"), Param("percentage", "body")),
    returns=ActionAcknowledgement,
    body="json",
)
"""POST /api/learning/assistants/{assistant_id}/prompts/{version_id}/start-canary"""

PROMPT_VERSIONS_UPDATE_CANARY: Operation[ActionAcknowledgement] = Operation(
    "PATCH",
    "/api/learning/assistants/{assistant_id}/prompts/{version_id}/canary",
    params=(Param("assistant_id", "path"), Param("version_id", "path"), Param("percentage", "body")),
    returns=ActionAcknowledgement,
    body="json",
)
"""PATCH /api/learning/assistants/{assistant_id}/prompts/{version_id}/canary"""

PROMPT_VERSIONS_PROMOTE: Operation[ActionAcknowledgement] = Operation(
    "POST",
    "/api/learning/assistants/{assistant_id}/prompts/{version_id}/promote",
    params=(Param("assistant_id", "path"), Param("version_id", "path")),
    returns=ActionAcknowledgement,
)
"""POST /api/learning/assistants/{assistant_id}/prompts/{version_id}/promote"""

PROMPT_VERSIONS_ROLLBACK: Operation[ActionAcknowledgement] = Operation(
    "POST",
    "/api/learning/assistants/{assistant_id}/prompts/{version_id}/rollback",
    params=(Param("assistant_id", "path"), Param("version_id", "path"), Param("reason", "body")),
    returns=ActionAcknowledgement,
    body="json",
)
"""POST /api/learning/assistants/{assistant_id}/prompts/{version_id}/rollback"""

PROMPT_VERSIONS_GET_GATES: Operation[PromotionGates] = Operation(
    "GET",
    "/api/learning/assistants/{assistant_id}/prompts/{version_id}/gates",
    params=(Param("assistant_id", "path"), Param("version_id", "path")),
    returns=PromotionGates,
    idempotent=True,
)
"""GET /api/learning/assistants/{assistant_id}/prompts/{version_id}/gates"""

EVALS_LIST_DATASETS: Operation[List[EvalDataset]] = Operation(
    "GET",
    "/api/learning/assistants/{assistant_id}/eval-datasets",
    params=(Param("assistant_id", "path"),),
    returns=List[EvalDataset],
    idempotent=True,
)
"""GET /api/learning/assistants/{assistant_id}/eval-datasets"""

EVALS_CREATE_DATASET: Operation[EvalDataset] = Operation(
    "POST",
    "/api/learning/assistants/{assistant_id}/eval-datasets",
    params=(
        Param("assistant_id", "path"),
        Param("name", "body"),
        Param("description", "body"),
        Param("dataset_type", "body"),
        Param("tags", "body"),
    ),
    returns=EvalDataset,
    body="json",
)
"""POST /api/learning/assistants/{assistant_id}/eval-datasets"""

EVALS_IMPORT_DATASET: Operation[EvalDataset] = Operation(
    "POST",
    "/api/learning/assistants/{assistant_id}/eval-datasets/import",
    params=(Param("assistant_id", "path"), Param("data", "body"), Param("name_override", "body")),
    returns=EvalDataset,
    body="json",
)
"""POST /api/learning/assistants/{assistant_id}/eval-datasets/import"""

EVALS_GET_DATASET: Operation[EvalDatasetDetail] = Operation(
    "GET",
    "/api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}",
    params=(Param("assistant_id", "path"), Param("dataset_id", "path")),
    returns=EvalDatasetDetail,
    idempotent=True,
)
"""GET /api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}"""

EVALS_PUBLISH_DATASET: Operation[ActionAcknowledgement] = Operation(
    "POST",
    "/api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/publish",
    params=(Param("assistant_id", "path"), Param("dataset_id", "path")),
    returns=ActionAcknowledgement,
)
"""POST /api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/publish"""

EVALS_LIST_CASES: ListOperation[EvalCase, List[EvalCase]] = ListOperation(
    "GET",
    "/api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/cases",
    params=(
        Param("assistant_id", "path"),
        Param("dataset_id", "path"),
        Param("limit", "query"),
        Param("offset", "query"),
    ),
    returns=List[EvalCase],
    idempotent=True,
    item=EvalCase,
    pagination=Pagination("offset", offset_param="offset", limit_param="limit"),
)
"""GET /api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/cases"""

EVALS_CREATE_CASE: Operation[EvalCase] = Operation(
    "POST",
    "/api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/cases",
    params=(
        Param("assistant_id", "path"),
        Param("dataset_id", "path"),
        Param("conversation", "body"),
        Param("expected_response", "body"),
        Param("case_name", "body"),
        Param("mock_tool_responses", "body"),
        Param("difficulty", "body"),
    ),
    returns=EvalCase,
    body="json",
)
"""POST /api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/cases"""

EVALS_UPDATE_CASE: Operation[EvalCase] = Operation(
    "PUT",
    "/api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/cases/{case_id}",
    params=(
        Param("assistant_id", "path"),
        Param("dataset_id", "path"),
        Param("case_id", "path"),
        Param("conversation", "body"),
        Param("expected_response", "body"),
        Param("case_name", "body"),
        Param("mock_tool_responses", "body"),
        Param("difficulty", "body"),
    ),
    returns=EvalCase,
    body="json",
    idempotent=True,
)
"""PUT /api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/cases/{case_id}"""

EVALS_DELETE_CASE: Operation[ActionAcknowledgement] = Operation(
    "DELETE",
    "/api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/cases/{case_id}",
    params=(Param("assistant_id", "path"), Param("dataset_id", "path"), Param("case_id", "path")),
    returns=ActionAcknowledgement,
    idempotent=True,
)
"""DELETE /api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/cases/{case_id}"""

EVALS_CREATE_CASE_FROM_TRACE: Operation[EvalCase] = Operation(
    "POST",
    "/api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/cases/from-trace",
    params=(
        Param("assistant_id", "path"),
        Param("dataset_id", "path"),
        Param("call_trace_id", "body"),
        Param("expected_response", "body"),
        Param("case_name", "body"),
    ),
    returns=EvalCase,
    body="json",
)
"""POST /api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/cases/from-trace"""

EVALS_RUN: Operation[EvalRunResult] = Operation(
    "POST",
    "/api/learning/assistants/{assistant_id}/eval/run",
    params=(
        Param("assistant_id", "path"),
        Param("prompt_version_id", "body"),
        Param("dataset_id", "body"),
        Param("pass_threshold", "body"),
    ),
    returns=EvalRunResult,
    body="json",
)
"""POST /api/learning/assistants/{assistant_id}/eval/run"""

CALL_TRACES_LIST: ListOperation[CallTrace, List[CallTrace]] = ListOperation(
    "GET",
    "/api/learning/call-traces",
    params=(
        Param("assistant_id", "query"),
        Param("limit", "query"),
        Param("offset", "query"),
        Param("min_quality_score", "query"),
        Param("resolution_status", "query"),
    ),
    returns=List[CallTrace],
    idempotent=True,
    item=CallTrace,
    pagination=Pagination("offset", offset_param="offset", limit_param="limit"),
)
"""GET /api/learning/call-traces"""

CALL_TRACES_GET: Operation[CallTraceDetail] = Operation(
    "GET",
    "/api/learning/call-traces/{trace_id}",
    params=(Param("trace_id", "path"),),
    returns=CallTraceDetail,
    idempotent=True,
)
"""GET /api/learning/call-traces/{trace_id}"""

LEARNING_GET_STATS: Operation[LearningStats] = Operation(
    "GET",
    "/api/learning/assistants/{assistant_id}/stats",
    params=(Param("assistant_id", "path"),),
    returns=LearningStats,
    idempotent=True,
)
"""GET /api/learning/assistants/{assistant_id}/stats"""

LEARNING_RUN_DSPY_OPTIMIZATION: Operation[DspyOptimizationResult] = Operation(
    "POST",
    "/api/learning/assistants/{assistant_id}/dspy/optimize",
    params=(
        Param("assistant_id", "path"),
        Param("dataset_id", "body"),
        Param("base_prompt_version_id", "body"),
        Param("config", "body"),
    ),
    returns=DspyOptimizationResult,
    body="json",
)
"""POST /api/learning/assistants/{assistant_id}/dspy/optimize"""

SIP_TRUNKS_LIST: Operation[List[SipTrunk]] = Operation(
    "GET",
    "/api/v1/sip-trunks",
    returns=List[SipTrunk],
    idempotent=True,
)
"""GET /api/v1/sip-trunks"""

SIP_TRUNKS_CREATE: Operation[SipTrunk] = Operation(
    "POST",
    "/api/v1/sip-trunks",
    params=(
        Param("name", "body"),
        Param("gateway", "body"),
        Param("username", "body"),
        Param("password", "body"),
        Param("priority", "body"),
        Param("enabled", "body"),
        Param("register", "body"),
        Param("provider", "body"),
    ),
    returns=SipTrunk,
    body="json",
)
"""POST /api/v1/sip-trunks"""

SIP_TRUNKS_SYNC: Operation[SipTrunkSyncResult] = Operation(
    "POST",
    "/api/v1/sip-trunks/sync",
    returns=SipTrunkSyncResult,
)
"""POST /api/v1/sip-trunks/sync"""

SIP_TRUNKS_GET: Operation[SipTrunk] = Operation(
    "GET",
    "/api/v1/sip-trunks/{trunk_id}",
    params=(Param("trunk_id", "path"),),
    returns=SipTrunk,
    idempotent=True,
)
"""GET /api/v1/sip-trunks/{trunk_id}"""

SIP_TRUNKS_UPDATE: Operation[SipTrunk] = Operation(
    "PUT",
    "/api/v1/sip-trunks/{trunk_id}",
    params=(
        Param("trunk_id", "path"),
        Param("name", "body"),
        Param("gateway", "body"),
        Param("username", "body"),
        Param("password", "body"),
        Param("priority", "body"),
        Param("enabled", "body"),
        Param("register", "body"),
        Param("provider", "body"),
    ),
    returns=SipTrunk,
    body="json",
    idempotent=True,
)
"""PUT /api/v1/sip-trunks/{trunk_id}"""

SIP_TRUNKS_DELETE: Operation[None] = Operation(
    "DELETE",
    "/api/v1/sip-trunks/{trunk_id}",
    params=(Param("trunk_id", "path"),),
    result="empty",
    idempotent=True,
)
"""DELETE /api/v1/sip-trunks/{trunk_id}"""

SIP_TRUNKS_ENABLE: Operation[SipTrunk] = Operation(
    "POST",
    "/api/v1/sip-trunks/{trunk_id}/enable",
    params=(Param("trunk_id", "path"),),
    returns=SipTrunk,
)
"""POST /api/v1/sip-trunks/{trunk_id}/enable"""

SIP_TRUNKS_DISABLE: Operation[SipTrunk] = Operation(
    "POST",
    "/api/v1/sip-trunks/{trunk_id}/disable",
    params=(Param("trunk_id", "path"),),
    returns=SipTrunk,
)
"""POST /api/v1/sip-trunks/{trunk_id}/disable"""

VOICE_CLONING_UPLOAD_SAMPLE: Operation[VoiceSampleUploadResult] = Operation(
    "POST",
    "/api/v1/assistants/{assistant_id}/voice-samples/upload",
    params=(
        Param("assistant_id", "path"),
        Param("file", "body"),
        Param("name", "body"),
        Param("description", "body"),
        Param("tags", "body"),
    ),
    returns=VoiceSampleUploadResult,
    body="multipart",
)
"""POST /api/v1/assistants/{assistant_id}/voice-samples/upload"""

VOICE_CLONING_LIST_SAMPLES: Operation[VoiceSampleList] = Operation(
    "GET",
    "/api/v1/assistants/{assistant_id}/voice-samples",
    params=(Param("assistant_id", "path"), Param("status", "query")),
    returns=VoiceSampleList,
    idempotent=True,
)
"""GET /api/v1/assistants/{assistant_id}/voice-samples"""

VOICE_CLONING_CREATE: Operation[ClonedVoiceCreateResult] = Operation(
    "POST",
    "/api/v1/assistants/{assistant_id}/cloned-voices/create",
    params=(
        Param("assistant_id", "path"),
        Param("voice_sample_id", "body"),
        Param("provider", "body"),
        Param("name", "body"),
        Param("description", "body"),
        Param("language", "body"),
        Param("enhance_quality", "body"),
        Param("tags", "body"),
        Param("metadata", "body"),
    ),
    returns=ClonedVoiceCreateResult,
    body="json",
)
"""POST /api/v1/assistants/{assistant_id}/cloned-voices/create"""

VOICE_CLONING_LIST: Operation[ClonedVoiceList] = Operation(
    "GET",
    "/api/v1/assistants/{assistant_id}/cloned-voices",
    params=(Param("assistant_id", "path"), Param("status", "query"), Param("provider", "query")),
    returns=ClonedVoiceList,
    idempotent=True,
)
"""GET /api/v1/assistants/{assistant_id}/cloned-voices"""

VOICE_CLONING_DELETE: Operation[ApiResponse] = Operation(
    "DELETE",
    "/api/v1/assistants/{assistant_id}/cloned-voices/{voice_id}",
    params=(Param("assistant_id", "path"), Param("voice_id", "path")),
    returns=ApiResponse,
    idempotent=True,
)
"""DELETE /api/v1/assistants/{assistant_id}/cloned-voices/{voice_id}"""

VOICE_CLONING_LIST_PROVIDERS: Operation[VoiceCloningProviderList] = Operation(
    "GET",
    "/api/v1/assistants/{assistant_id}/voice-cloning/providers",
    params=(Param("assistant_id", "path"),),
    returns=VoiceCloningProviderList,
    idempotent=True,
)
"""GET /api/v1/assistants/{assistant_id}/voice-cloning/providers"""

DOCUMENTS_UPLOAD: Operation[DocumentUploadResult] = Operation(
    "POST",
    "/api/v1/assistants/{assistant_id}/documents/upload",
    params=(
        Param("assistant_id", "path"),
        Param("file", "body"),
        Param("name", "body"),
        Param("category", "body"),
        Param("tags", "body"),
    ),
    returns=DocumentUploadResult,
    body="multipart",
)
"""POST /api/v1/assistants/{assistant_id}/documents/upload"""

DOCUMENTS_LIST: Operation[DocumentList] = Operation(
    "GET",
    "/api/v1/assistants/{assistant_id}/documents",
    params=(Param("assistant_id", "path"),),
    returns=DocumentList,
    idempotent=True,
)
"""GET /api/v1/assistants/{assistant_id}/documents"""

DOCUMENTS_GET_STATUS: Operation[DocumentProcessingStatus] = Operation(
    "GET",
    "/api/v1/assistants/{assistant_id}/documents/{document_id}/status",
    params=(Param("assistant_id", "path"), Param("document_id", "path")),
    returns=DocumentProcessingStatus,
    idempotent=True,
)
"""GET /api/v1/assistants/{assistant_id}/documents/{document_id}/status"""

DOCUMENTS_DELETE: Operation[ApiResponse] = Operation(
    "DELETE",
    "/api/v1/assistants/{assistant_id}/documents/{document_id}",
    params=(Param("assistant_id", "path"), Param("document_id", "path")),
    returns=ApiResponse,
    idempotent=True,
)
"""DELETE /api/v1/assistants/{assistant_id}/documents/{document_id}"""

TOOLS_LIST: ListOperation[ToolSummary, ToolPage] = ListOperation(
    "GET",
    "/api/organization/tools",
    params=(
        Param("tool_type", "query"),
        Param("is_active", "query"),
        Param("search", "query"),
        Param("page", "query"),
        Param("per_page", "query"),
        Param("sort_by", "query"),
        Param("sort_order", "query"),
    ),
    returns=ToolPage,
    idempotent=True,
    item=ToolSummary,
    pagination=Pagination(
        "page",
        page_param="page",
        per_page_param="per_page",
        items="tools",
        has_next="pagination.has_next",
        total="pagination.total",
    ),
)
"""GET /api/organization/tools"""

TOOLS_CREATE: Operation[ToolCreateResult] = Operation(
    "POST",
    "/api/organization/tools",
    params=(
        Param("name", "body"),
        Param("display_name", "body"),
        Param("description", "body"),
        Param("tool_type", "body"),
        Param("configuration", "body"),
        Param("function_definition", "body"),
        Param("timeout_seconds", "body"),
        Param("retry_attempts", "body"),
        Param("is_active", "body"),
        Param("is_public", "body"),
    ),
    returns=ToolCreateResult,
    body="json",
)
"""POST /api/organization/tools"""

TOOLS_GET: Operation[ToolResult] = Operation(
    "GET",
    "/api/organization/tools/{tool_id}",
    params=(Param("tool_id", "path"),),
    returns=ToolResult,
    idempotent=True,
)
"""GET /api/organization/tools/{tool_id}"""

TOOLS_UPDATE: Operation[ToolUpdateResult] = Operation(
    "PUT",
    "/api/organization/tools/{tool_id}",
    params=(
        Param("tool_id", "path"),
        Param("display_name", "body"),
        Param("description", "body"),
        Param("configuration", "body"),
        Param("function_definition", "body"),
        Param("timeout_seconds", "body"),
        Param("retry_attempts", "body"),
        Param("is_active", "body"),
        Param("is_public", "body"),
    ),
    returns=ToolUpdateResult,
    body="json",
    idempotent=True,
)
"""PUT /api/organization/tools/{tool_id}"""

TOOLS_DELETE: Operation[ApiResponse] = Operation(
    "DELETE",
    "/api/organization/tools/{tool_id}",
    params=(Param("tool_id", "path"),),
    returns=ApiResponse,
    idempotent=True,
)
"""DELETE /api/organization/tools/{tool_id}"""

TOOLS_LIST_FOR_ASSISTANT: Operation[AssistantToolList] = Operation(
    "GET",
    "/api/assistants/{assistant_id}/tools",
    params=(Param("assistant_id", "path"),),
    returns=AssistantToolList,
    idempotent=True,
)
"""GET /api/assistants/{assistant_id}/tools"""

TOOLS_ASSIGN: Operation[ToolAssignResult] = Operation(
    "POST",
    "/api/assistants/{assistant_id}/tools/assign",
    params=(
        Param("tool_ids", "body"),
        Param("assistant_id", "path"),
        Param("enabled", "body"),
        Param("custom_configuration", "body"),
    ),
    returns=ToolAssignResult,
    body="json",
)
"""POST /api/assistants/{assistant_id}/tools/assign"""

TOOLS_UNASSIGN: Operation[ApiResponse] = Operation(
    "DELETE",
    "/api/assistants/{assistant_id}/tools/{tool_id}/unassign",
    params=(Param("tool_id", "path"), Param("assistant_id", "path")),
    returns=ApiResponse,
    idempotent=True,
)
"""DELETE /api/assistants/{assistant_id}/tools/{tool_id}/unassign"""

TOOLS_DISCOVER_LAMBDA: Operation[LambdaFunctionList] = Operation(
    "POST",
    "/api/lambda/list-functions",
    params=(Param("access_key", "query"), Param("secret_key", "query"), Param("region", "query")),
    returns=LambdaFunctionList,
)
"""POST /api/lambda/list-functions"""

FLOWS_LIST: ListOperation[Flow, List[Flow]] = ListOperation(
    "GET",
    "/api/v1/flows",
    params=(Param("skip", "query"), Param("limit", "query"), Param("active_only", "query")),
    returns=List[Flow],
    idempotent=True,
    item=Flow,
    pagination=Pagination("offset", offset_param="skip", limit_param="limit"),
)
"""GET /api/v1/flows"""

FLOWS_CREATE: Operation[Flow] = Operation(
    "POST",
    "/api/v1/flows",
    params=(
        Param("name", "body"),
        Param("base_assistant_id", "body"),
        Param("graph", "body"),
        Param("is_active", "body"),
    ),
    returns=Flow,
    body="json",
)
"""POST /api/v1/flows"""

FLOWS_GET: Operation[Flow] = Operation(
    "GET",
    "/api/v1/flows/{flow_id}",
    params=(Param("flow_id", "path"),),
    returns=Flow,
    idempotent=True,
)
"""GET /api/v1/flows/{flow_id}"""

FLOWS_UPDATE: Operation[Flow] = Operation(
    "PUT",
    "/api/v1/flows/{flow_id}",
    params=(
        Param("flow_id", "path"),
        Param("name", "body"),
        Param("base_assistant_id", "body"),
        Param("graph", "body"),
        Param("is_active", "body"),
    ),
    returns=Flow,
    body="json",
    idempotent=True,
)
"""PUT /api/v1/flows/{flow_id}"""

FLOWS_DELETE: Operation[ApiResponse] = Operation(
    "DELETE",
    "/api/v1/flows/{flow_id}",
    params=(Param("flow_id", "path"),),
    returns=ApiResponse,
    idempotent=True,
)
"""DELETE /api/v1/flows/{flow_id}"""

FLOWS_ASSIGN_PHONE_NUMBER: Operation[ApiResponse] = Operation(
    "POST",
    "/api/v1/flows/{flow_id}/phone-numbers/{phone_number_id}/assign",
    params=(Param("flow_id", "path"), Param("phone_number_id", "path")),
    returns=ApiResponse,
)
"""POST /api/v1/flows/{flow_id}/phone-numbers/{phone_number_id}/assign"""

FLOWS_UNASSIGN_PHONE_NUMBER: Operation[ApiResponse] = Operation(
    "POST",
    "/api/v1/flows/{flow_id}/phone-numbers/{phone_number_id}/unassign",
    params=(Param("flow_id", "path"), Param("phone_number_id", "path")),
    returns=ApiResponse,
)
"""POST /api/v1/flows/{flow_id}/phone-numbers/{phone_number_id}/unassign"""

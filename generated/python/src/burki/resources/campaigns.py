# Generated from the Burki API 1.0.0 spec; do not edit.
"""Outreach campaigns: an assistant calls or texts a list of contacts imported from CSV, with personalized templates.
Create, import, schedule, start, pause, stop and re-run them, and follow their progress, contacts and executions.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any, Dict, List, Mapping, Optional, Sequence, Union

from typing_extensions import Literal, Unpack

from .. import _operations as _ops
from .._runtime._types import NOT_GIVEN, FileInput, NotGiven, RequestOptions
from .._runtime.pagination import AsyncPageRequest, SyncPage
from .._runtime.raw import async_to_raw_response, to_raw_response
from .._runtime.resource import Resource
from ..types import (
    ApiResponse,
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
    CampaignRecurringConfig,
    CampaignSchedule,
    CampaignScheduleSettings,
    CampaignStartResult,
    CampaignTemplatePreview,
)



class Campaigns(Resource):
    """Outreach campaigns: an assistant calls or texts a list of contacts imported from CSV, with personalized
    templates. Create, import, schedule, start, pause, stop and re-run them, and follow their progress, contacts
    and executions.
    """

    @cached_property
    def with_raw_response(self) -> CampaignsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return CampaignsWithRawResponse(self)

    def list(
        self,
        *,
        page: Union[int, NotGiven] = NOT_GIVEN,
        per_page: Union[int, NotGiven] = NOT_GIVEN,
        status: Union[
            Union[Literal["draft", "scheduled", "running", "paused", "completed", "cancelled", "failed"], str],
            NotGiven
        ] = NOT_GIVEN,
        campaign_type: Union[Union[Literal["call", "sms", "mixed"], str], NotGiven] = NOT_GIVEN,
        assistant_id: Union[int, NotGiven] = NOT_GIVEN,
        search: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Campaign]:
        """List campaigns

        Returns one page of the organization's campaigns with their counters and metrics, newest first. Page with
        `page` and `per_page`; `pagination.has_next` says whether to ask for the next page. All filters are
        optional. The path ends in a slash (the docs omit it); FastAPI answers the slash-less form with a
        redirect.

        Args:
            page: Which page to return, from 1.
            per_page: Records per page.
            status: Only campaigns with this status.
            campaign_type: Only campaigns of this type.
            assistant_id: Only campaigns run by this assistant.
            search: Only campaigns whose name or description contains this text.

        ``GET /api/v1/campaigns/``
        """
        return self._list(
            _ops.CAMPAIGNS_LIST,
            {
                "page": page,
                "per_page": per_page,
                "status": status,
                "campaign_type": campaign_type,
                "assistant_id": assistant_id,
                "search": search,
            },
            options,
        )

    def list_async(
        self,
        *,
        page: Union[int, NotGiven] = NOT_GIVEN,
        per_page: Union[int, NotGiven] = NOT_GIVEN,
        status: Union[
            Union[Literal["draft", "scheduled", "running", "paused", "completed", "cancelled", "failed"], str],
            NotGiven
        ] = NOT_GIVEN,
        campaign_type: Union[Union[Literal["call", "sms", "mixed"], str], NotGiven] = NOT_GIVEN,
        assistant_id: Union[int, NotGiven] = NOT_GIVEN,
        search: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageRequest[Campaign]:
        """List campaigns

        Returns one page of the organization's campaigns with their counters and metrics, newest first. Page with
        `page` and `per_page`; `pagination.has_next` says whether to ask for the next page. All filters are
        optional. The path ends in a slash (the docs omit it); FastAPI answers the slash-less form with a
        redirect.

        Args:
            page: Which page to return, from 1.
            per_page: Records per page.
            status: Only campaigns with this status.
            campaign_type: Only campaigns of this type.
            assistant_id: Only campaigns run by this assistant.
            search: Only campaigns whose name or description contains this text.

        ``GET /api/v1/campaigns/``
        """
        return self._list_async(
            _ops.CAMPAIGNS_LIST,
            {
                "page": page,
                "per_page": per_page,
                "status": status,
                "campaign_type": campaign_type,
                "assistant_id": assistant_id,
                "search": search,
            },
            options,
        )

    def create(
        self,
        *,
        name: str,
        campaign_type: Union[Literal["call", "sms", "mixed"], str],
        assistant_id: int,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        welcome_message_template: Union[Optional[str], NotGiven] = NOT_GIVEN,
        agenda_template: Union[Optional[str], NotGiven] = NOT_GIVEN,
        end_call_message_template: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sms_message_template: Union[Optional[str], NotGiven] = NOT_GIVEN,
        max_attempts: Union[int, NotGiven] = NOT_GIVEN,
        retry_delay_minutes: Union[int, NotGiven] = NOT_GIVEN,
        fallback_values: Union[Optional[Mapping[str, str]], NotGiven] = NOT_GIVEN,
        variable_mappings: Union[Optional[Mapping[str, str]], NotGiven] = NOT_GIVEN,
        available_variables: Union[Optional[Sequence[str]], NotGiven] = NOT_GIVEN,
        pending_import: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Campaign:
        """Create a campaign

        Creates a campaign in `draft` status and answers 200 (not 201) with it. A campaign is created without
        contacts: the server has no way to send them inline, so import them afterwards with
        `importCampaignContacts`, optionally save a schedule, then call `startCampaign`. The path ends in a slash
        (the docs omit it).

        Args:
            name: Campaign name.
            description: What the campaign is for.
            assistant_id: The assistant that calls or texts the contacts.
            welcome_message_template: Template of the assistant's first sentence on each call. Jinja2-style:
                `{{variable}}`, filters such as `{{name|title_case}}` and `{{date|default('soon')}}`; see
                `previewCampaignTemplate`.
            agenda_template: Template of what the assistant should achieve on each call.
            end_call_message_template: Template of the assistant's last sentence on each call.
            sms_message_template: Template of the SMS sent to each contact (sms and mixed campaigns).
            max_attempts: How many times a contact is tried.
            retry_delay_minutes: Minutes between attempts on the same contact.
            fallback_values: Values used when a contact lacks a template variable, by variable name. The
                keys are user data.
            variable_mappings: Which CSV column feeds which variable (column name → variable name). The keys
                are user data.
            available_variables: Variable names the templates may use.
            pending_import: Undocumented: an import prepared before the campaign existed (the dashboard's
                create wizard). The server accepts any object; API clients import with `importCampaignContacts`
                instead.

        ``POST /api/v1/campaigns/``
        """
        return self._call(
            _ops.CAMPAIGNS_CREATE,
            {
                "name": name,
                "description": description,
                "campaign_type": campaign_type,
                "assistant_id": assistant_id,
                "welcome_message_template": welcome_message_template,
                "agenda_template": agenda_template,
                "end_call_message_template": end_call_message_template,
                "sms_message_template": sms_message_template,
                "max_attempts": max_attempts,
                "retry_delay_minutes": retry_delay_minutes,
                "fallback_values": fallback_values,
                "variable_mappings": variable_mappings,
                "available_variables": available_variables,
                "pending_import": pending_import,
            },
            options,
        )

    async def create_async(
        self,
        *,
        name: str,
        campaign_type: Union[Literal["call", "sms", "mixed"], str],
        assistant_id: int,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        welcome_message_template: Union[Optional[str], NotGiven] = NOT_GIVEN,
        agenda_template: Union[Optional[str], NotGiven] = NOT_GIVEN,
        end_call_message_template: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sms_message_template: Union[Optional[str], NotGiven] = NOT_GIVEN,
        max_attempts: Union[int, NotGiven] = NOT_GIVEN,
        retry_delay_minutes: Union[int, NotGiven] = NOT_GIVEN,
        fallback_values: Union[Optional[Mapping[str, str]], NotGiven] = NOT_GIVEN,
        variable_mappings: Union[Optional[Mapping[str, str]], NotGiven] = NOT_GIVEN,
        available_variables: Union[Optional[Sequence[str]], NotGiven] = NOT_GIVEN,
        pending_import: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Campaign:
        """Create a campaign

        Creates a campaign in `draft` status and answers 200 (not 201) with it. A campaign is created without
        contacts: the server has no way to send them inline, so import them afterwards with
        `importCampaignContacts`, optionally save a schedule, then call `startCampaign`. The path ends in a slash
        (the docs omit it).

        Args:
            name: Campaign name.
            description: What the campaign is for.
            assistant_id: The assistant that calls or texts the contacts.
            welcome_message_template: Template of the assistant's first sentence on each call. Jinja2-style:
                `{{variable}}`, filters such as `{{name|title_case}}` and `{{date|default('soon')}}`; see
                `previewCampaignTemplate`.
            agenda_template: Template of what the assistant should achieve on each call.
            end_call_message_template: Template of the assistant's last sentence on each call.
            sms_message_template: Template of the SMS sent to each contact (sms and mixed campaigns).
            max_attempts: How many times a contact is tried.
            retry_delay_minutes: Minutes between attempts on the same contact.
            fallback_values: Values used when a contact lacks a template variable, by variable name. The
                keys are user data.
            variable_mappings: Which CSV column feeds which variable (column name → variable name). The keys
                are user data.
            available_variables: Variable names the templates may use.
            pending_import: Undocumented: an import prepared before the campaign existed (the dashboard's
                create wizard). The server accepts any object; API clients import with `importCampaignContacts`
                instead.

        ``POST /api/v1/campaigns/``
        """
        return await self._call_async(
            _ops.CAMPAIGNS_CREATE,
            {
                "name": name,
                "description": description,
                "campaign_type": campaign_type,
                "assistant_id": assistant_id,
                "welcome_message_template": welcome_message_template,
                "agenda_template": agenda_template,
                "end_call_message_template": end_call_message_template,
                "sms_message_template": sms_message_template,
                "max_attempts": max_attempts,
                "retry_delay_minutes": retry_delay_minutes,
                "fallback_values": fallback_values,
                "variable_mappings": variable_mappings,
                "available_variables": available_variables,
                "pending_import": pending_import,
            },
            options,
        )

    def preview_template(
        self,
        *,
        template: str,
        variables: Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> CampaignTemplatePreview:
        """Preview a message template

        Renders a campaign template with sample values, to check it before a campaign uses it. A template that
        does not render is a soft failure: the server answers 200 with `success: false` and the error text,
        followed by the original template, in `rendered_template`. Check `success`; the SDK does not throw for it.
        `variables` is required by the server although the docs call it optional; send `{}` to see the built-in
        defaults.

        Args:
            template: The template, Jinja2-style: `{{variable}}`, with filters `phone_format`, `title_case`,
                `upper`, `lower` and `default('fallback')`. `assistant_name`, `company` and `name` always exist
                (defaults \"your assistant\", \"our company\", \"there\").
            variables: Sample values by variable name. Required by the server (the docs call it optional);
                send `{}` to see the defaults. The keys are user data.

        ``POST /api/v1/campaigns/template-preview``
        """
        return self._call(_ops.CAMPAIGNS_PREVIEW_TEMPLATE, {"template": template, "variables": variables}, options)

    async def preview_template_async(
        self,
        *,
        template: str,
        variables: Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> CampaignTemplatePreview:
        """Preview a message template

        Renders a campaign template with sample values, to check it before a campaign uses it. A template that
        does not render is a soft failure: the server answers 200 with `success: false` and the error text,
        followed by the original template, in `rendered_template`. Check `success`; the SDK does not throw for it.
        `variables` is required by the server although the docs call it optional; send `{}` to see the built-in
        defaults.

        Args:
            template: The template, Jinja2-style: `{{variable}}`, with filters `phone_format`, `title_case`,
                `upper`, `lower` and `default('fallback')`. `assistant_name`, `company` and `name` always exist
                (defaults \"your assistant\", \"our company\", \"there\").
            variables: Sample values by variable name. Required by the server (the docs call it optional);
                send `{}` to see the defaults. The keys are user data.

        ``POST /api/v1/campaigns/template-preview``
        """
        return await self._call_async(
            _ops.CAMPAIGNS_PREVIEW_TEMPLATE,
            {
                "template": template,
                "variables": variables,
            },
            options,
        )

    def get(self, campaign_id: int, **options: Unpack[RequestOptions]) -> Campaign:
        """Get a campaign

        Returns one campaign with its templates, settings, contact counters and latest import.

        Args:
            campaign_id: Campaign id (an integer).

        ``GET /api/v1/campaigns/{campaign_id}``
        """
        return self._call(_ops.CAMPAIGNS_GET, {"campaign_id": campaign_id}, options)

    async def get_async(self, campaign_id: int, **options: Unpack[RequestOptions]) -> Campaign:
        """Get a campaign

        Returns one campaign with its templates, settings, contact counters and latest import.

        Args:
            campaign_id: Campaign id (an integer).

        ``GET /api/v1/campaigns/{campaign_id}``
        """
        return await self._call_async(_ops.CAMPAIGNS_GET, {"campaign_id": campaign_id}, options)

    def update(
        self,
        campaign_id: int,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        welcome_message_template: Union[Optional[str], NotGiven] = NOT_GIVEN,
        agenda_template: Union[Optional[str], NotGiven] = NOT_GIVEN,
        end_call_message_template: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sms_message_template: Union[Optional[str], NotGiven] = NOT_GIVEN,
        max_attempts: Union[Optional[int], NotGiven] = NOT_GIVEN,
        retry_delay_minutes: Union[Optional[int], NotGiven] = NOT_GIVEN,
        fallback_values: Union[Optional[Mapping[str, str]], NotGiven] = NOT_GIVEN,
        variable_mappings: Union[Optional[Mapping[str, str]], NotGiven] = NOT_GIVEN,
        available_variables: Union[Optional[Sequence[str]], NotGiven] = NOT_GIVEN,
        pending_import: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CampaignActionResult:
        """Update a campaign

        Changes a `draft` or `paused` campaign; only the fields sent change. A running, completed or cancelled
        campaign answers 400 (pause it first). The server answers with a message, not the campaign; read it again
        with `getCampaign`.

        Args:
            campaign_id: Campaign id (an integer).
            name: Campaign name.
            description: What the campaign is for.
            welcome_message_template: Template of the assistant's first sentence on each call.
            agenda_template: Template of what the assistant should achieve on each call.
            end_call_message_template: Template of the assistant's last sentence on each call.
            sms_message_template: Template of the SMS sent to each contact.
            max_attempts: How many times a contact is tried.
            retry_delay_minutes: Minutes between attempts on the same contact.
            fallback_values: Values used when a contact lacks a template variable, by variable name. The
                keys are user data.
            variable_mappings: Which CSV column feeds which variable (column name → variable name). The keys
                are user data.
            available_variables: Variable names the templates may use.
            pending_import: Undocumented dashboard field; see `CampaignCreate.pending_import`.

        ``PUT /api/v1/campaigns/{campaign_id}``
        """
        return self._call(
            _ops.CAMPAIGNS_UPDATE,
            {
                "campaign_id": campaign_id,
                "name": name,
                "description": description,
                "welcome_message_template": welcome_message_template,
                "agenda_template": agenda_template,
                "end_call_message_template": end_call_message_template,
                "sms_message_template": sms_message_template,
                "max_attempts": max_attempts,
                "retry_delay_minutes": retry_delay_minutes,
                "fallback_values": fallback_values,
                "variable_mappings": variable_mappings,
                "available_variables": available_variables,
                "pending_import": pending_import,
            },
            options,
        )

    async def update_async(
        self,
        campaign_id: int,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        welcome_message_template: Union[Optional[str], NotGiven] = NOT_GIVEN,
        agenda_template: Union[Optional[str], NotGiven] = NOT_GIVEN,
        end_call_message_template: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sms_message_template: Union[Optional[str], NotGiven] = NOT_GIVEN,
        max_attempts: Union[Optional[int], NotGiven] = NOT_GIVEN,
        retry_delay_minutes: Union[Optional[int], NotGiven] = NOT_GIVEN,
        fallback_values: Union[Optional[Mapping[str, str]], NotGiven] = NOT_GIVEN,
        variable_mappings: Union[Optional[Mapping[str, str]], NotGiven] = NOT_GIVEN,
        available_variables: Union[Optional[Sequence[str]], NotGiven] = NOT_GIVEN,
        pending_import: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CampaignActionResult:
        """Update a campaign

        Changes a `draft` or `paused` campaign; only the fields sent change. A running, completed or cancelled
        campaign answers 400 (pause it first). The server answers with a message, not the campaign; read it again
        with `getCampaign`.

        Args:
            campaign_id: Campaign id (an integer).
            name: Campaign name.
            description: What the campaign is for.
            welcome_message_template: Template of the assistant's first sentence on each call.
            agenda_template: Template of what the assistant should achieve on each call.
            end_call_message_template: Template of the assistant's last sentence on each call.
            sms_message_template: Template of the SMS sent to each contact.
            max_attempts: How many times a contact is tried.
            retry_delay_minutes: Minutes between attempts on the same contact.
            fallback_values: Values used when a contact lacks a template variable, by variable name. The
                keys are user data.
            variable_mappings: Which CSV column feeds which variable (column name → variable name). The keys
                are user data.
            available_variables: Variable names the templates may use.
            pending_import: Undocumented dashboard field; see `CampaignCreate.pending_import`.

        ``PUT /api/v1/campaigns/{campaign_id}``
        """
        return await self._call_async(
            _ops.CAMPAIGNS_UPDATE,
            {
                "campaign_id": campaign_id,
                "name": name,
                "description": description,
                "welcome_message_template": welcome_message_template,
                "agenda_template": agenda_template,
                "end_call_message_template": end_call_message_template,
                "sms_message_template": sms_message_template,
                "max_attempts": max_attempts,
                "retry_delay_minutes": retry_delay_minutes,
                "fallback_values": fallback_values,
                "variable_mappings": variable_mappings,
                "available_variables": available_variables,
                "pending_import": pending_import,
            },
            options,
        )

    def delete(self, campaign_id: int, **options: Unpack[RequestOptions]) -> CampaignActionResult:
        """Delete a campaign

        Deletes a campaign with its contacts, executions, schedules and import history. This cannot be undone. A
        running campaign answers 400: stop it first (`stopCampaign`).

        Args:
            campaign_id: Campaign id (an integer).

        ``DELETE /api/v1/campaigns/{campaign_id}``
        """
        return self._call(_ops.CAMPAIGNS_DELETE, {"campaign_id": campaign_id}, options)

    async def delete_async(self, campaign_id: int, **options: Unpack[RequestOptions]) -> CampaignActionResult:
        """Delete a campaign

        Deletes a campaign with its contacts, executions, schedules and import history. This cannot be undone. A
        running campaign answers 400: stop it first (`stopCampaign`).

        Args:
            campaign_id: Campaign id (an integer).

        ``DELETE /api/v1/campaigns/{campaign_id}``
        """
        return await self._call_async(_ops.CAMPAIGNS_DELETE, {"campaign_id": campaign_id}, options)

    def start(self, campaign_id: int, **options: Unpack[RequestOptions]) -> CampaignStartResult:
        """Start or resume a campaign

        Starts a `draft` or `scheduled` campaign, or resumes a `paused` one from where it stopped, by handing it
        to a background task; with a future schedule, execution waits for `scheduled_time`. The campaign needs at
        least one pending contact (400 otherwise; use `reExecuteCampaign` to run a finished campaign again).

        This is also the SDK's resume: the server has no separate resume route, so `campaigns.start(id)` resumes a
        paused campaign and there is no `campaigns.resume`. The request has no body.

        Args:
            campaign_id: Campaign id (an integer).

        ``POST /api/v1/campaigns/{campaign_id}/start``
        """
        return self._call(_ops.CAMPAIGNS_START, {"campaign_id": campaign_id}, options)

    async def start_async(self, campaign_id: int, **options: Unpack[RequestOptions]) -> CampaignStartResult:
        """Start or resume a campaign

        Starts a `draft` or `scheduled` campaign, or resumes a `paused` one from where it stopped, by handing it
        to a background task; with a future schedule, execution waits for `scheduled_time`. The campaign needs at
        least one pending contact (400 otherwise; use `reExecuteCampaign` to run a finished campaign again).

        This is also the SDK's resume: the server has no separate resume route, so `campaigns.start(id)` resumes a
        paused campaign and there is no `campaigns.resume`. The request has no body.

        Args:
            campaign_id: Campaign id (an integer).

        ``POST /api/v1/campaigns/{campaign_id}/start``
        """
        return await self._call_async(_ops.CAMPAIGNS_START, {"campaign_id": campaign_id}, options)

    def pause(self, campaign_id: int, **options: Unpack[RequestOptions]) -> CampaignActionResult:
        """Pause a campaign

        Pauses a `running` campaign: calls in progress finish, pending contacts stay queued, and no new attempt
        starts. Resume it with `startCampaign` (`campaigns.start`); stop it for good with `stopCampaign`
        (`campaigns.cancel`). A campaign that is not running answers 400. The request has no body.

        Args:
            campaign_id: Campaign id (an integer).

        ``POST /api/v1/campaigns/{campaign_id}/pause``
        """
        return self._call(_ops.CAMPAIGNS_PAUSE, {"campaign_id": campaign_id}, options)

    async def pause_async(self, campaign_id: int, **options: Unpack[RequestOptions]) -> CampaignActionResult:
        """Pause a campaign

        Pauses a `running` campaign: calls in progress finish, pending contacts stay queued, and no new attempt
        starts. Resume it with `startCampaign` (`campaigns.start`); stop it for good with `stopCampaign`
        (`campaigns.cancel`). A campaign that is not running answers 400. The request has no body.

        Args:
            campaign_id: Campaign id (an integer).

        ``POST /api/v1/campaigns/{campaign_id}/pause``
        """
        return await self._call_async(_ops.CAMPAIGNS_PAUSE, {"campaign_id": campaign_id}, options)

    def cancel(self, campaign_id: int, **options: Unpack[RequestOptions]) -> CampaignActionResult:
        """Stop (cancel) a campaign

        Ends a `running`, `paused` or `scheduled` campaign for good: its status becomes `cancelled`, pending
        contacts are marked cancelled, and calls in progress may finish. It cannot be resumed; run it again with
        `reExecuteCampaign`. Use `pauseCampaign` for a temporary break.

        The SDK calls this `campaigns.cancel(id)`, the documented name; the server's word is \"stop\". The request
        has no body.

        Args:
            campaign_id: Campaign id (an integer).

        ``POST /api/v1/campaigns/{campaign_id}/stop``
        """
        return self._call(_ops.CAMPAIGNS_CANCEL, {"campaign_id": campaign_id}, options)

    async def cancel_async(self, campaign_id: int, **options: Unpack[RequestOptions]) -> CampaignActionResult:
        """Stop (cancel) a campaign

        Ends a `running`, `paused` or `scheduled` campaign for good: its status becomes `cancelled`, pending
        contacts are marked cancelled, and calls in progress may finish. It cannot be resumed; run it again with
        `reExecuteCampaign`. Use `pauseCampaign` for a temporary break.

        The SDK calls this `campaigns.cancel(id)`, the documented name; the server's word is \"stop\". The request
        has no body.

        Args:
            campaign_id: Campaign id (an integer).

        ``POST /api/v1/campaigns/{campaign_id}/stop``
        """
        return await self._call_async(_ops.CAMPAIGNS_CANCEL, {"campaign_id": campaign_id}, options)

    def re_execute(
        self,
        campaign_id: int,
        *,
        contact_selection: Union[Literal["all", "failed_only"], Sequence[int]],
        schedule_settings: Union[Union[CampaignScheduleSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CampaignReExecuteResult:
        """Run a finished campaign again

        Resets a `completed`, `cancelled` or `failed` campaign for a new run: the selected contacts go back to
        `pending`, the others become `skipped`, counters and metrics restart, and earlier executions are kept. The
        campaign ends up `draft` (start it with `startCampaign`) or, with a future schedule, `scheduled`. Another
        status, an empty selection or a past time answers 400.

        Args:
            campaign_id: Campaign id (an integer).
            contact_selection: `all` resets every contact; `failed_only` retries the contacts that ended
                `failed`, `no_answer`, `busy` or `voicemail`; an array of contact ids retries exactly those. The
                others are marked `skipped`.

        ``POST /api/v1/campaigns/{campaign_id}/re-execute``
        """
        return self._call(
            _ops.CAMPAIGNS_RE_EXECUTE,
            {
                "campaign_id": campaign_id,
                "contact_selection": contact_selection,
                "schedule_settings": schedule_settings,
            },
            options,
        )

    async def re_execute_async(
        self,
        campaign_id: int,
        *,
        contact_selection: Union[Literal["all", "failed_only"], Sequence[int]],
        schedule_settings: Union[Union[CampaignScheduleSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CampaignReExecuteResult:
        """Run a finished campaign again

        Resets a `completed`, `cancelled` or `failed` campaign for a new run: the selected contacts go back to
        `pending`, the others become `skipped`, counters and metrics restart, and earlier executions are kept. The
        campaign ends up `draft` (start it with `startCampaign`) or, with a future schedule, `scheduled`. Another
        status, an empty selection or a past time answers 400.

        Args:
            campaign_id: Campaign id (an integer).
            contact_selection: `all` resets every contact; `failed_only` retries the contacts that ended
                `failed`, `no_answer`, `busy` or `voicemail`; an array of contact ids retries exactly those. The
                others are marked `skipped`.

        ``POST /api/v1/campaigns/{campaign_id}/re-execute``
        """
        return await self._call_async(
            _ops.CAMPAIGNS_RE_EXECUTE,
            {
                "campaign_id": campaign_id,
                "contact_selection": contact_selection,
                "schedule_settings": schedule_settings,
            },
            options,
        )

    def get_contacts(
        self,
        campaign_id: int,
        *,
        page: Union[int, NotGiven] = NOT_GIVEN,
        per_page: Union[int, NotGiven] = NOT_GIVEN,
        status: Union[
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
            NotGiven
        ] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[CampaignContact]:
        """List a campaign's contacts

        Returns one page of the campaign's contacts with their status and attempts. Page with `page` and
        `per_page`. Contacts arrive only through `importCampaignContacts`; there is no route to add them one by
        one.

        Args:
            campaign_id: Campaign id (an integer).
            page: Which page to return, from 1.
            per_page: Records per page.
            status: Only contacts with this status; an unknown value answers 400.

        ``GET /api/v1/campaigns/{campaign_id}/contacts``
        """
        return self._list(
            _ops.CAMPAIGNS_GET_CONTACTS,
            {
                "campaign_id": campaign_id,
                "page": page,
                "per_page": per_page,
                "status": status,
            },
            options,
        )

    def get_contacts_async(
        self,
        campaign_id: int,
        *,
        page: Union[int, NotGiven] = NOT_GIVEN,
        per_page: Union[int, NotGiven] = NOT_GIVEN,
        status: Union[
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
            NotGiven
        ] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageRequest[CampaignContact]:
        """List a campaign's contacts

        Returns one page of the campaign's contacts with their status and attempts. Page with `page` and
        `per_page`. Contacts arrive only through `importCampaignContacts`; there is no route to add them one by
        one.

        Args:
            campaign_id: Campaign id (an integer).
            page: Which page to return, from 1.
            per_page: Records per page.
            status: Only contacts with this status; an unknown value answers 400.

        ``GET /api/v1/campaigns/{campaign_id}/contacts``
        """
        return self._list_async(
            _ops.CAMPAIGNS_GET_CONTACTS,
            {
                "campaign_id": campaign_id,
                "page": page,
                "per_page": per_page,
                "status": status,
            },
            options,
        )

    def import_contacts(
        self,
        campaign_id: int,
        *,
        file: FileInput,
        column_mappings: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CampaignImportAccepted:
        """Import contacts from a CSV file

        Uploads a CSV file of contacts (multipart form: `file`, plus `column_mappings` as a JSON object serialized
        into a string). The server stores the file, queues a background job and answers **202** at once with an
        `import_id`; it does not import synchronously as the docs describe.

        Polling: call `getCampaignImport` (`GET /api/v1/campaigns/{campaign_id}/imports/{import_id}`) every few
        seconds until its `status` is `completed` or `failed`, then read the contacts with `listCampaignContacts`.
        During the job, numbers are normalized to E.164, numbers already in the campaign are skipped, pending and
        skipped contacts of earlier imports are replaced, and completed and failed ones are kept for history.
        Every unmapped column becomes a template variable.

        Args:
            campaign_id: Campaign id (an integer).
            file: The CSV file: UTF-8, comma-separated, with a header row and a phone-number column. Numbers
                are normalized to E.164 (`(555) 123-4567` becomes `+15551234567`). Columns named like `phone`,
                `name`, `email` or `company` are recognized; every other column becomes a template variable.
            column_mappings: A JSON object **serialized as a string** (a form field, not nested JSON) that
                maps CSV column names to contact fields or variables, for example `{\"Phone Number\":
                \"phone_number\", \"Appt Date\": \"appointment_date\"}`. Defaults to `{}` (auto-detection only).

        ``POST /api/v1/campaigns/{campaign_id}/import-data``
        """
        return self._call(
            _ops.CAMPAIGNS_IMPORT_CONTACTS,
            {
                "campaign_id": campaign_id,
                "file": file,
                "column_mappings": column_mappings,
            },
            options,
        )

    async def import_contacts_async(
        self,
        campaign_id: int,
        *,
        file: FileInput,
        column_mappings: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CampaignImportAccepted:
        """Import contacts from a CSV file

        Uploads a CSV file of contacts (multipart form: `file`, plus `column_mappings` as a JSON object serialized
        into a string). The server stores the file, queues a background job and answers **202** at once with an
        `import_id`; it does not import synchronously as the docs describe.

        Polling: call `getCampaignImport` (`GET /api/v1/campaigns/{campaign_id}/imports/{import_id}`) every few
        seconds until its `status` is `completed` or `failed`, then read the contacts with `listCampaignContacts`.
        During the job, numbers are normalized to E.164, numbers already in the campaign are skipped, pending and
        skipped contacts of earlier imports are replaced, and completed and failed ones are kept for history.
        Every unmapped column becomes a template variable.

        Args:
            campaign_id: Campaign id (an integer).
            file: The CSV file: UTF-8, comma-separated, with a header row and a phone-number column. Numbers
                are normalized to E.164 (`(555) 123-4567` becomes `+15551234567`). Columns named like `phone`,
                `name`, `email` or `company` are recognized; every other column becomes a template variable.
            column_mappings: A JSON object **serialized as a string** (a form field, not nested JSON) that
                maps CSV column names to contact fields or variables, for example `{\"Phone Number\":
                \"phone_number\", \"Appt Date\": \"appointment_date\"}`. Defaults to `{}` (auto-detection only).

        ``POST /api/v1/campaigns/{campaign_id}/import-data``
        """
        return await self._call_async(
            _ops.CAMPAIGNS_IMPORT_CONTACTS,
            {
                "campaign_id": campaign_id,
                "file": file,
                "column_mappings": column_mappings,
            },
            options,
        )

    def get_import(self, campaign_id: int, import_id: int, **options: Unpack[RequestOptions]) -> CampaignImport:
        """Get the status of a contact import

        Returns where an asynchronous CSV import started by `importCampaignContacts` is. Poll it every few seconds
        until `status` is `completed` (the contacts are in the campaign) or `failed` (see `message`). Undocumented
        in the API reference but served by the server; its body is untyped, so the fields beyond `status` are
        inferred from the docs' import result.

        Args:
            campaign_id: Campaign id (an integer).
            import_id: The import, as returned in `import_id` by `importCampaignContacts`.

        ``GET /api/v1/campaigns/{campaign_id}/imports/{import_id}``
        """
        return self._call(_ops.CAMPAIGNS_GET_IMPORT, {"campaign_id": campaign_id, "import_id": import_id}, options)

    async def get_import_async(
        self,
        campaign_id: int,
        import_id: int,
        **options: Unpack[RequestOptions],
    ) -> CampaignImport:
        """Get the status of a contact import

        Returns where an asynchronous CSV import started by `importCampaignContacts` is. Poll it every few seconds
        until `status` is `completed` (the contacts are in the campaign) or `failed` (see `message`). Undocumented
        in the API reference but served by the server; its body is untyped, so the fields beyond `status` are
        inferred from the docs' import result.

        Args:
            campaign_id: Campaign id (an integer).
            import_id: The import, as returned in `import_id` by `importCampaignContacts`.

        ``GET /api/v1/campaigns/{campaign_id}/imports/{import_id}``
        """
        return await self._call_async(
            _ops.CAMPAIGNS_GET_IMPORT,
            {
                "campaign_id": campaign_id,
                "import_id": import_id,
            },
            options,
        )

    def get_progress(self, campaign_id: int, **options: Unpack[RequestOptions]) -> CampaignProgress:
        """Get a campaign's progress

        Returns how far the campaign has got (contacts completed, failed, in progress and pending), its metrics
        and the latest attempts. Poll every 5 to 10 seconds for a live dashboard, or use the campaign-progress
        WebSocket to be told of changes instead.

        Args:
            campaign_id: Campaign id (an integer).

        ``GET /api/v1/campaigns/{campaign_id}/progress``
        """
        return self._call(_ops.CAMPAIGNS_GET_PROGRESS, {"campaign_id": campaign_id}, options)

    async def get_progress_async(self, campaign_id: int, **options: Unpack[RequestOptions]) -> CampaignProgress:
        """Get a campaign's progress

        Returns how far the campaign has got (contacts completed, failed, in progress and pending), its metrics
        and the latest attempts. Poll every 5 to 10 seconds for a live dashboard, or use the campaign-progress
        WebSocket to be told of changes instead.

        Args:
            campaign_id: Campaign id (an integer).

        ``GET /api/v1/campaigns/{campaign_id}/progress``
        """
        return await self._call_async(_ops.CAMPAIGNS_GET_PROGRESS, {"campaign_id": campaign_id}, options)

    def list_executions(
        self,
        campaign_id: int,
        *,
        page: Union[int, NotGiven] = NOT_GIVEN,
        per_page: Union[int, NotGiven] = NOT_GIVEN,
        status: Union[
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
            NotGiven
        ] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[CampaignExecution]:
        """List a campaign's executions

        Returns one page of the campaign's executions, one per attempt to reach a contact (a call or an SMS), with
        the rendered messages and the outcome, newest first. Page with `page` and `per_page`.

        Args:
            campaign_id: Campaign id (an integer).
            page: Which page to return, from 1.
            per_page: Records per page.
            status: Only executions with this outcome (undocumented, but the server takes it).

        ``GET /api/v1/campaigns/{campaign_id}/executions``
        """
        return self._list(
            _ops.CAMPAIGNS_LIST_EXECUTIONS,
            {
                "campaign_id": campaign_id,
                "page": page,
                "per_page": per_page,
                "status": status,
            },
            options,
        )

    def list_executions_async(
        self,
        campaign_id: int,
        *,
        page: Union[int, NotGiven] = NOT_GIVEN,
        per_page: Union[int, NotGiven] = NOT_GIVEN,
        status: Union[
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
            NotGiven
        ] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageRequest[CampaignExecution]:
        """List a campaign's executions

        Returns one page of the campaign's executions, one per attempt to reach a contact (a call or an SMS), with
        the rendered messages and the outcome, newest first. Page with `page` and `per_page`.

        Args:
            campaign_id: Campaign id (an integer).
            page: Which page to return, from 1.
            per_page: Records per page.
            status: Only executions with this outcome (undocumented, but the server takes it).

        ``GET /api/v1/campaigns/{campaign_id}/executions``
        """
        return self._list_async(
            _ops.CAMPAIGNS_LIST_EXECUTIONS,
            {
                "campaign_id": campaign_id,
                "page": page,
                "per_page": per_page,
                "status": status,
            },
            options,
        )

    def get_schedule(self, campaign_id: int, **options: Unpack[RequestOptions]) -> CampaignSchedule:
        """Get a campaign's schedule

        Returns when the campaign runs (immediately when started, once at a time, or on a recurrence).

        Args:
            campaign_id: Campaign id (an integer).

        ``GET /api/v1/campaigns/{campaign_id}/schedule``
        """
        return self._call(_ops.CAMPAIGNS_GET_SCHEDULE, {"campaign_id": campaign_id}, options)

    async def get_schedule_async(self, campaign_id: int, **options: Unpack[RequestOptions]) -> CampaignSchedule:
        """Get a campaign's schedule

        Returns when the campaign runs (immediately when started, once at a time, or on a recurrence).

        Args:
            campaign_id: Campaign id (an integer).

        ``GET /api/v1/campaigns/{campaign_id}/schedule``
        """
        return await self._call_async(_ops.CAMPAIGNS_GET_SCHEDULE, {"campaign_id": campaign_id}, options)

    def save_schedule(
        self,
        campaign_id: int,
        *,
        schedule_type: Union[Literal["immediate", "scheduled", "recurring"], str],
        scheduled_at: Union[Optional[str], NotGiven] = NOT_GIVEN,
        timezone: Union[Optional[str], NotGiven] = NOT_GIVEN,
        recurring_config: Union[Optional[Union[CampaignRecurringConfig, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse:
        """Set a campaign's schedule

        Creates or replaces the campaign's schedule, which also moves its status: `scheduled` and `recurring` set
        it to `scheduled`; `immediate` clears the schedule and returns a scheduled campaign to `draft`, to be
        started with `startCampaign`. Times must be in the future (400 otherwise); give `timezone`, or the time is
        read as UTC.

        Args:
            campaign_id: Campaign id (an integer).
            scheduled_at: When to run, ISO 8601. A time without an offset (`2025-03-25T09:00:00`) is read in
                `timezone`.
            timezone: IANA time zone of `scheduled_at`, for example `America/New_York`. Defaults to UTC.

        ``POST /api/v1/campaigns/{campaign_id}/schedule``
        """
        return self._call(
            _ops.CAMPAIGNS_SAVE_SCHEDULE,
            {
                "campaign_id": campaign_id,
                "schedule_type": schedule_type,
                "scheduled_at": scheduled_at,
                "timezone": timezone,
                "recurring_config": recurring_config,
            },
            options,
        )

    async def save_schedule_async(
        self,
        campaign_id: int,
        *,
        schedule_type: Union[Literal["immediate", "scheduled", "recurring"], str],
        scheduled_at: Union[Optional[str], NotGiven] = NOT_GIVEN,
        timezone: Union[Optional[str], NotGiven] = NOT_GIVEN,
        recurring_config: Union[Optional[Union[CampaignRecurringConfig, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse:
        """Set a campaign's schedule

        Creates or replaces the campaign's schedule, which also moves its status: `scheduled` and `recurring` set
        it to `scheduled`; `immediate` clears the schedule and returns a scheduled campaign to `draft`, to be
        started with `startCampaign`. Times must be in the future (400 otherwise); give `timezone`, or the time is
        read as UTC.

        Args:
            campaign_id: Campaign id (an integer).
            scheduled_at: When to run, ISO 8601. A time without an offset (`2025-03-25T09:00:00`) is read in
                `timezone`.
            timezone: IANA time zone of `scheduled_at`, for example `America/New_York`. Defaults to UTC.

        ``POST /api/v1/campaigns/{campaign_id}/schedule``
        """
        return await self._call_async(
            _ops.CAMPAIGNS_SAVE_SCHEDULE,
            {
                "campaign_id": campaign_id,
                "schedule_type": schedule_type,
                "scheduled_at": scheduled_at,
                "timezone": timezone,
                "recurring_config": recurring_config,
            },
            options,
        )


class AsyncCampaigns(Resource):
    """Outreach campaigns: an assistant calls or texts a list of contacts imported from CSV, with personalized
    templates. Create, import, schedule, start, pause, stop and re-run them, and follow their progress, contacts
    and executions.

    The async form of ``Campaigns``.
    """

    @cached_property
    def with_raw_response(self) -> AsyncCampaignsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return AsyncCampaignsWithRawResponse(self)

    def list(
        self,
        *,
        page: Union[int, NotGiven] = NOT_GIVEN,
        per_page: Union[int, NotGiven] = NOT_GIVEN,
        status: Union[
            Union[Literal["draft", "scheduled", "running", "paused", "completed", "cancelled", "failed"], str],
            NotGiven
        ] = NOT_GIVEN,
        campaign_type: Union[Union[Literal["call", "sms", "mixed"], str], NotGiven] = NOT_GIVEN,
        assistant_id: Union[int, NotGiven] = NOT_GIVEN,
        search: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageRequest[Campaign]:
        """List campaigns

        Returns one page of the organization's campaigns with their counters and metrics, newest first. Page with
        `page` and `per_page`; `pagination.has_next` says whether to ask for the next page. All filters are
        optional. The path ends in a slash (the docs omit it); FastAPI answers the slash-less form with a
        redirect.

        Args:
            page: Which page to return, from 1.
            per_page: Records per page.
            status: Only campaigns with this status.
            campaign_type: Only campaigns of this type.
            assistant_id: Only campaigns run by this assistant.
            search: Only campaigns whose name or description contains this text.

        ``GET /api/v1/campaigns/``
        """
        return self._list_async(
            _ops.CAMPAIGNS_LIST,
            {
                "page": page,
                "per_page": per_page,
                "status": status,
                "campaign_type": campaign_type,
                "assistant_id": assistant_id,
                "search": search,
            },
            options,
        )

    async def create(
        self,
        *,
        name: str,
        campaign_type: Union[Literal["call", "sms", "mixed"], str],
        assistant_id: int,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        welcome_message_template: Union[Optional[str], NotGiven] = NOT_GIVEN,
        agenda_template: Union[Optional[str], NotGiven] = NOT_GIVEN,
        end_call_message_template: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sms_message_template: Union[Optional[str], NotGiven] = NOT_GIVEN,
        max_attempts: Union[int, NotGiven] = NOT_GIVEN,
        retry_delay_minutes: Union[int, NotGiven] = NOT_GIVEN,
        fallback_values: Union[Optional[Mapping[str, str]], NotGiven] = NOT_GIVEN,
        variable_mappings: Union[Optional[Mapping[str, str]], NotGiven] = NOT_GIVEN,
        available_variables: Union[Optional[Sequence[str]], NotGiven] = NOT_GIVEN,
        pending_import: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Campaign:
        """Create a campaign

        Creates a campaign in `draft` status and answers 200 (not 201) with it. A campaign is created without
        contacts: the server has no way to send them inline, so import them afterwards with
        `importCampaignContacts`, optionally save a schedule, then call `startCampaign`. The path ends in a slash
        (the docs omit it).

        Args:
            name: Campaign name.
            description: What the campaign is for.
            assistant_id: The assistant that calls or texts the contacts.
            welcome_message_template: Template of the assistant's first sentence on each call. Jinja2-style:
                `{{variable}}`, filters such as `{{name|title_case}}` and `{{date|default('soon')}}`; see
                `previewCampaignTemplate`.
            agenda_template: Template of what the assistant should achieve on each call.
            end_call_message_template: Template of the assistant's last sentence on each call.
            sms_message_template: Template of the SMS sent to each contact (sms and mixed campaigns).
            max_attempts: How many times a contact is tried.
            retry_delay_minutes: Minutes between attempts on the same contact.
            fallback_values: Values used when a contact lacks a template variable, by variable name. The
                keys are user data.
            variable_mappings: Which CSV column feeds which variable (column name → variable name). The keys
                are user data.
            available_variables: Variable names the templates may use.
            pending_import: Undocumented: an import prepared before the campaign existed (the dashboard's
                create wizard). The server accepts any object; API clients import with `importCampaignContacts`
                instead.

        ``POST /api/v1/campaigns/``
        """
        return await self._call_async(
            _ops.CAMPAIGNS_CREATE,
            {
                "name": name,
                "description": description,
                "campaign_type": campaign_type,
                "assistant_id": assistant_id,
                "welcome_message_template": welcome_message_template,
                "agenda_template": agenda_template,
                "end_call_message_template": end_call_message_template,
                "sms_message_template": sms_message_template,
                "max_attempts": max_attempts,
                "retry_delay_minutes": retry_delay_minutes,
                "fallback_values": fallback_values,
                "variable_mappings": variable_mappings,
                "available_variables": available_variables,
                "pending_import": pending_import,
            },
            options,
        )

    async def preview_template(
        self,
        *,
        template: str,
        variables: Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> CampaignTemplatePreview:
        """Preview a message template

        Renders a campaign template with sample values, to check it before a campaign uses it. A template that
        does not render is a soft failure: the server answers 200 with `success: false` and the error text,
        followed by the original template, in `rendered_template`. Check `success`; the SDK does not throw for it.
        `variables` is required by the server although the docs call it optional; send `{}` to see the built-in
        defaults.

        Args:
            template: The template, Jinja2-style: `{{variable}}`, with filters `phone_format`, `title_case`,
                `upper`, `lower` and `default('fallback')`. `assistant_name`, `company` and `name` always exist
                (defaults \"your assistant\", \"our company\", \"there\").
            variables: Sample values by variable name. Required by the server (the docs call it optional);
                send `{}` to see the defaults. The keys are user data.

        ``POST /api/v1/campaigns/template-preview``
        """
        return await self._call_async(
            _ops.CAMPAIGNS_PREVIEW_TEMPLATE,
            {
                "template": template,
                "variables": variables,
            },
            options,
        )

    async def get(self, campaign_id: int, **options: Unpack[RequestOptions]) -> Campaign:
        """Get a campaign

        Returns one campaign with its templates, settings, contact counters and latest import.

        Args:
            campaign_id: Campaign id (an integer).

        ``GET /api/v1/campaigns/{campaign_id}``
        """
        return await self._call_async(_ops.CAMPAIGNS_GET, {"campaign_id": campaign_id}, options)

    async def update(
        self,
        campaign_id: int,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        welcome_message_template: Union[Optional[str], NotGiven] = NOT_GIVEN,
        agenda_template: Union[Optional[str], NotGiven] = NOT_GIVEN,
        end_call_message_template: Union[Optional[str], NotGiven] = NOT_GIVEN,
        sms_message_template: Union[Optional[str], NotGiven] = NOT_GIVEN,
        max_attempts: Union[Optional[int], NotGiven] = NOT_GIVEN,
        retry_delay_minutes: Union[Optional[int], NotGiven] = NOT_GIVEN,
        fallback_values: Union[Optional[Mapping[str, str]], NotGiven] = NOT_GIVEN,
        variable_mappings: Union[Optional[Mapping[str, str]], NotGiven] = NOT_GIVEN,
        available_variables: Union[Optional[Sequence[str]], NotGiven] = NOT_GIVEN,
        pending_import: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CampaignActionResult:
        """Update a campaign

        Changes a `draft` or `paused` campaign; only the fields sent change. A running, completed or cancelled
        campaign answers 400 (pause it first). The server answers with a message, not the campaign; read it again
        with `getCampaign`.

        Args:
            campaign_id: Campaign id (an integer).
            name: Campaign name.
            description: What the campaign is for.
            welcome_message_template: Template of the assistant's first sentence on each call.
            agenda_template: Template of what the assistant should achieve on each call.
            end_call_message_template: Template of the assistant's last sentence on each call.
            sms_message_template: Template of the SMS sent to each contact.
            max_attempts: How many times a contact is tried.
            retry_delay_minutes: Minutes between attempts on the same contact.
            fallback_values: Values used when a contact lacks a template variable, by variable name. The
                keys are user data.
            variable_mappings: Which CSV column feeds which variable (column name → variable name). The keys
                are user data.
            available_variables: Variable names the templates may use.
            pending_import: Undocumented dashboard field; see `CampaignCreate.pending_import`.

        ``PUT /api/v1/campaigns/{campaign_id}``
        """
        return await self._call_async(
            _ops.CAMPAIGNS_UPDATE,
            {
                "campaign_id": campaign_id,
                "name": name,
                "description": description,
                "welcome_message_template": welcome_message_template,
                "agenda_template": agenda_template,
                "end_call_message_template": end_call_message_template,
                "sms_message_template": sms_message_template,
                "max_attempts": max_attempts,
                "retry_delay_minutes": retry_delay_minutes,
                "fallback_values": fallback_values,
                "variable_mappings": variable_mappings,
                "available_variables": available_variables,
                "pending_import": pending_import,
            },
            options,
        )

    async def delete(self, campaign_id: int, **options: Unpack[RequestOptions]) -> CampaignActionResult:
        """Delete a campaign

        Deletes a campaign with its contacts, executions, schedules and import history. This cannot be undone. A
        running campaign answers 400: stop it first (`stopCampaign`).

        Args:
            campaign_id: Campaign id (an integer).

        ``DELETE /api/v1/campaigns/{campaign_id}``
        """
        return await self._call_async(_ops.CAMPAIGNS_DELETE, {"campaign_id": campaign_id}, options)

    async def start(self, campaign_id: int, **options: Unpack[RequestOptions]) -> CampaignStartResult:
        """Start or resume a campaign

        Starts a `draft` or `scheduled` campaign, or resumes a `paused` one from where it stopped, by handing it
        to a background task; with a future schedule, execution waits for `scheduled_time`. The campaign needs at
        least one pending contact (400 otherwise; use `reExecuteCampaign` to run a finished campaign again).

        This is also the SDK's resume: the server has no separate resume route, so `campaigns.start(id)` resumes a
        paused campaign and there is no `campaigns.resume`. The request has no body.

        Args:
            campaign_id: Campaign id (an integer).

        ``POST /api/v1/campaigns/{campaign_id}/start``
        """
        return await self._call_async(_ops.CAMPAIGNS_START, {"campaign_id": campaign_id}, options)

    async def pause(self, campaign_id: int, **options: Unpack[RequestOptions]) -> CampaignActionResult:
        """Pause a campaign

        Pauses a `running` campaign: calls in progress finish, pending contacts stay queued, and no new attempt
        starts. Resume it with `startCampaign` (`campaigns.start`); stop it for good with `stopCampaign`
        (`campaigns.cancel`). A campaign that is not running answers 400. The request has no body.

        Args:
            campaign_id: Campaign id (an integer).

        ``POST /api/v1/campaigns/{campaign_id}/pause``
        """
        return await self._call_async(_ops.CAMPAIGNS_PAUSE, {"campaign_id": campaign_id}, options)

    async def cancel(self, campaign_id: int, **options: Unpack[RequestOptions]) -> CampaignActionResult:
        """Stop (cancel) a campaign

        Ends a `running`, `paused` or `scheduled` campaign for good: its status becomes `cancelled`, pending
        contacts are marked cancelled, and calls in progress may finish. It cannot be resumed; run it again with
        `reExecuteCampaign`. Use `pauseCampaign` for a temporary break.

        The SDK calls this `campaigns.cancel(id)`, the documented name; the server's word is \"stop\". The request
        has no body.

        Args:
            campaign_id: Campaign id (an integer).

        ``POST /api/v1/campaigns/{campaign_id}/stop``
        """
        return await self._call_async(_ops.CAMPAIGNS_CANCEL, {"campaign_id": campaign_id}, options)

    async def re_execute(
        self,
        campaign_id: int,
        *,
        contact_selection: Union[Literal["all", "failed_only"], Sequence[int]],
        schedule_settings: Union[Union[CampaignScheduleSettings, Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CampaignReExecuteResult:
        """Run a finished campaign again

        Resets a `completed`, `cancelled` or `failed` campaign for a new run: the selected contacts go back to
        `pending`, the others become `skipped`, counters and metrics restart, and earlier executions are kept. The
        campaign ends up `draft` (start it with `startCampaign`) or, with a future schedule, `scheduled`. Another
        status, an empty selection or a past time answers 400.

        Args:
            campaign_id: Campaign id (an integer).
            contact_selection: `all` resets every contact; `failed_only` retries the contacts that ended
                `failed`, `no_answer`, `busy` or `voicemail`; an array of contact ids retries exactly those. The
                others are marked `skipped`.

        ``POST /api/v1/campaigns/{campaign_id}/re-execute``
        """
        return await self._call_async(
            _ops.CAMPAIGNS_RE_EXECUTE,
            {
                "campaign_id": campaign_id,
                "contact_selection": contact_selection,
                "schedule_settings": schedule_settings,
            },
            options,
        )

    def get_contacts(
        self,
        campaign_id: int,
        *,
        page: Union[int, NotGiven] = NOT_GIVEN,
        per_page: Union[int, NotGiven] = NOT_GIVEN,
        status: Union[
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
            NotGiven
        ] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageRequest[CampaignContact]:
        """List a campaign's contacts

        Returns one page of the campaign's contacts with their status and attempts. Page with `page` and
        `per_page`. Contacts arrive only through `importCampaignContacts`; there is no route to add them one by
        one.

        Args:
            campaign_id: Campaign id (an integer).
            page: Which page to return, from 1.
            per_page: Records per page.
            status: Only contacts with this status; an unknown value answers 400.

        ``GET /api/v1/campaigns/{campaign_id}/contacts``
        """
        return self._list_async(
            _ops.CAMPAIGNS_GET_CONTACTS,
            {
                "campaign_id": campaign_id,
                "page": page,
                "per_page": per_page,
                "status": status,
            },
            options,
        )

    async def import_contacts(
        self,
        campaign_id: int,
        *,
        file: FileInput,
        column_mappings: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CampaignImportAccepted:
        """Import contacts from a CSV file

        Uploads a CSV file of contacts (multipart form: `file`, plus `column_mappings` as a JSON object serialized
        into a string). The server stores the file, queues a background job and answers **202** at once with an
        `import_id`; it does not import synchronously as the docs describe.

        Polling: call `getCampaignImport` (`GET /api/v1/campaigns/{campaign_id}/imports/{import_id}`) every few
        seconds until its `status` is `completed` or `failed`, then read the contacts with `listCampaignContacts`.
        During the job, numbers are normalized to E.164, numbers already in the campaign are skipped, pending and
        skipped contacts of earlier imports are replaced, and completed and failed ones are kept for history.
        Every unmapped column becomes a template variable.

        Args:
            campaign_id: Campaign id (an integer).
            file: The CSV file: UTF-8, comma-separated, with a header row and a phone-number column. Numbers
                are normalized to E.164 (`(555) 123-4567` becomes `+15551234567`). Columns named like `phone`,
                `name`, `email` or `company` are recognized; every other column becomes a template variable.
            column_mappings: A JSON object **serialized as a string** (a form field, not nested JSON) that
                maps CSV column names to contact fields or variables, for example `{\"Phone Number\":
                \"phone_number\", \"Appt Date\": \"appointment_date\"}`. Defaults to `{}` (auto-detection only).

        ``POST /api/v1/campaigns/{campaign_id}/import-data``
        """
        return await self._call_async(
            _ops.CAMPAIGNS_IMPORT_CONTACTS,
            {
                "campaign_id": campaign_id,
                "file": file,
                "column_mappings": column_mappings,
            },
            options,
        )

    async def get_import(self, campaign_id: int, import_id: int, **options: Unpack[RequestOptions]) -> CampaignImport:
        """Get the status of a contact import

        Returns where an asynchronous CSV import started by `importCampaignContacts` is. Poll it every few seconds
        until `status` is `completed` (the contacts are in the campaign) or `failed` (see `message`). Undocumented
        in the API reference but served by the server; its body is untyped, so the fields beyond `status` are
        inferred from the docs' import result.

        Args:
            campaign_id: Campaign id (an integer).
            import_id: The import, as returned in `import_id` by `importCampaignContacts`.

        ``GET /api/v1/campaigns/{campaign_id}/imports/{import_id}``
        """
        return await self._call_async(
            _ops.CAMPAIGNS_GET_IMPORT,
            {
                "campaign_id": campaign_id,
                "import_id": import_id,
            },
            options,
        )

    async def get_progress(self, campaign_id: int, **options: Unpack[RequestOptions]) -> CampaignProgress:
        """Get a campaign's progress

        Returns how far the campaign has got (contacts completed, failed, in progress and pending), its metrics
        and the latest attempts. Poll every 5 to 10 seconds for a live dashboard, or use the campaign-progress
        WebSocket to be told of changes instead.

        Args:
            campaign_id: Campaign id (an integer).

        ``GET /api/v1/campaigns/{campaign_id}/progress``
        """
        return await self._call_async(_ops.CAMPAIGNS_GET_PROGRESS, {"campaign_id": campaign_id}, options)

    def list_executions(
        self,
        campaign_id: int,
        *,
        page: Union[int, NotGiven] = NOT_GIVEN,
        per_page: Union[int, NotGiven] = NOT_GIVEN,
        status: Union[
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
            NotGiven
        ] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageRequest[CampaignExecution]:
        """List a campaign's executions

        Returns one page of the campaign's executions, one per attempt to reach a contact (a call or an SMS), with
        the rendered messages and the outcome, newest first. Page with `page` and `per_page`.

        Args:
            campaign_id: Campaign id (an integer).
            page: Which page to return, from 1.
            per_page: Records per page.
            status: Only executions with this outcome (undocumented, but the server takes it).

        ``GET /api/v1/campaigns/{campaign_id}/executions``
        """
        return self._list_async(
            _ops.CAMPAIGNS_LIST_EXECUTIONS,
            {
                "campaign_id": campaign_id,
                "page": page,
                "per_page": per_page,
                "status": status,
            },
            options,
        )

    async def get_schedule(self, campaign_id: int, **options: Unpack[RequestOptions]) -> CampaignSchedule:
        """Get a campaign's schedule

        Returns when the campaign runs (immediately when started, once at a time, or on a recurrence).

        Args:
            campaign_id: Campaign id (an integer).

        ``GET /api/v1/campaigns/{campaign_id}/schedule``
        """
        return await self._call_async(_ops.CAMPAIGNS_GET_SCHEDULE, {"campaign_id": campaign_id}, options)

    async def save_schedule(
        self,
        campaign_id: int,
        *,
        schedule_type: Union[Literal["immediate", "scheduled", "recurring"], str],
        scheduled_at: Union[Optional[str], NotGiven] = NOT_GIVEN,
        timezone: Union[Optional[str], NotGiven] = NOT_GIVEN,
        recurring_config: Union[Optional[Union[CampaignRecurringConfig, Mapping[str, Any]]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse:
        """Set a campaign's schedule

        Creates or replaces the campaign's schedule, which also moves its status: `scheduled` and `recurring` set
        it to `scheduled`; `immediate` clears the schedule and returns a scheduled campaign to `draft`, to be
        started with `startCampaign`. Times must be in the future (400 otherwise); give `timezone`, or the time is
        read as UTC.

        Args:
            campaign_id: Campaign id (an integer).
            scheduled_at: When to run, ISO 8601. A time without an offset (`2025-03-25T09:00:00`) is read in
                `timezone`.
            timezone: IANA time zone of `scheduled_at`, for example `America/New_York`. Defaults to UTC.

        ``POST /api/v1/campaigns/{campaign_id}/schedule``
        """
        return await self._call_async(
            _ops.CAMPAIGNS_SAVE_SCHEDULE,
            {
                "campaign_id": campaign_id,
                "schedule_type": schedule_type,
                "scheduled_at": scheduled_at,
                "timezone": timezone,
                "recurring_config": recurring_config,
            },
            options,
        )


class CampaignsWithRawResponse:
    def __init__(self, resource: Campaigns) -> None:
        self.create = to_raw_response(resource.create)
        self.create_async = async_to_raw_response(resource.create_async)
        self.preview_template = to_raw_response(resource.preview_template)
        self.preview_template_async = async_to_raw_response(resource.preview_template_async)
        self.get = to_raw_response(resource.get)
        self.get_async = async_to_raw_response(resource.get_async)
        self.update = to_raw_response(resource.update)
        self.update_async = async_to_raw_response(resource.update_async)
        self.delete = to_raw_response(resource.delete)
        self.delete_async = async_to_raw_response(resource.delete_async)
        self.start = to_raw_response(resource.start)
        self.start_async = async_to_raw_response(resource.start_async)
        self.pause = to_raw_response(resource.pause)
        self.pause_async = async_to_raw_response(resource.pause_async)
        self.cancel = to_raw_response(resource.cancel)
        self.cancel_async = async_to_raw_response(resource.cancel_async)
        self.re_execute = to_raw_response(resource.re_execute)
        self.re_execute_async = async_to_raw_response(resource.re_execute_async)
        self.import_contacts = to_raw_response(resource.import_contacts)
        self.import_contacts_async = async_to_raw_response(resource.import_contacts_async)
        self.get_import = to_raw_response(resource.get_import)
        self.get_import_async = async_to_raw_response(resource.get_import_async)
        self.get_progress = to_raw_response(resource.get_progress)
        self.get_progress_async = async_to_raw_response(resource.get_progress_async)
        self.get_schedule = to_raw_response(resource.get_schedule)
        self.get_schedule_async = async_to_raw_response(resource.get_schedule_async)
        self.save_schedule = to_raw_response(resource.save_schedule)
        self.save_schedule_async = async_to_raw_response(resource.save_schedule_async)


class AsyncCampaignsWithRawResponse:
    def __init__(self, resource: AsyncCampaigns) -> None:
        self.create = async_to_raw_response(resource.create)
        self.preview_template = async_to_raw_response(resource.preview_template)
        self.get = async_to_raw_response(resource.get)
        self.update = async_to_raw_response(resource.update)
        self.delete = async_to_raw_response(resource.delete)
        self.start = async_to_raw_response(resource.start)
        self.pause = async_to_raw_response(resource.pause)
        self.cancel = async_to_raw_response(resource.cancel)
        self.re_execute = async_to_raw_response(resource.re_execute)
        self.import_contacts = async_to_raw_response(resource.import_contacts)
        self.get_import = async_to_raw_response(resource.get_import)
        self.get_progress = async_to_raw_response(resource.get_progress)
        self.get_schedule = async_to_raw_response(resource.get_schedule)
        self.save_schedule = async_to_raw_response(resource.save_schedule)

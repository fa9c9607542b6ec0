# Generated from the Burki API 1.0.0 spec; do not edit.
"""Versioned system prompts of an assistant and their lifecycle: draft, evaluation, human approval, canary rollout,
promotion and rollback.
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
    ActionAcknowledgement,
    PromotionGates,
    PromptVersion,
    PromptVersionDetail,
)



class PromptVersions(Resource):
    """Versioned system prompts of an assistant and their lifecycle: draft, evaluation, human approval, canary
    rollout, promotion and rollback.
    """

    @cached_property
    def with_raw_response(self) -> PromptVersionsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return PromptVersionsWithRawResponse(self)

    def list(
        self,
        assistant_id: int,
        *,
        status: Union[
            Union[
                Literal["draft", "testing", "approved", "rejected", "canary", "shadow", "production", "retired"],
                str
            ],
            NotGiven
        ] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[PromptVersion]:
        """List an assistant's prompt versions

        Returns every prompt version of the assistant as a plain array, not paginated, optionally only those in
        one state.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            status: Only versions in this state.

        ``GET /api/learning/assistants/{assistant_id}/prompts``
        """
        return self._call(_ops.PROMPT_VERSIONS_LIST, {"assistant_id": assistant_id, "status": status}, options)

    async def list_async(
        self,
        assistant_id: int,
        *,
        status: Union[
            Union[
                Literal["draft", "testing", "approved", "rejected", "canary", "shadow", "production", "retired"],
                str
            ],
            NotGiven
        ] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[PromptVersion]:
        """List an assistant's prompt versions

        Returns every prompt version of the assistant as a plain array, not paginated, optionally only those in
        one state.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            status: Only versions in this state.

        ``GET /api/learning/assistants/{assistant_id}/prompts``
        """
        return await self._call_async(
            _ops.PROMPT_VERSIONS_LIST,
            {
                "assistant_id": assistant_id,
                "status": status,
            },
            options,
        )

    def create(
        self,
        assistant_id: int,
        *,
        system_prompt: str,
        version_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        generation_notes: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PromptVersionDetail:
        """Create a prompt version

        Stores a new system prompt for the assistant as a draft version; it serves no calls until it is evaluated,
        approved and rolled out. The server does not declare the response body; the spec assumes the new version
        with its prompt, as `promptVersions.get` returns it.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            system_prompt: The system prompt.
            version_name: Human-friendly name for the version.
            generation_notes: What changed and why (the docs call this `change_summary`; the server's field
                is this one).

        ``POST /api/learning/assistants/{assistant_id}/prompts``
        """
        return self._call(
            _ops.PROMPT_VERSIONS_CREATE,
            {
                "assistant_id": assistant_id,
                "system_prompt": system_prompt,
                "version_name": version_name,
                "generation_notes": generation_notes,
            },
            options,
        )

    async def create_async(
        self,
        assistant_id: int,
        *,
        system_prompt: str,
        version_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        generation_notes: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PromptVersionDetail:
        """Create a prompt version

        Stores a new system prompt for the assistant as a draft version; it serves no calls until it is evaluated,
        approved and rolled out. The server does not declare the response body; the spec assumes the new version
        with its prompt, as `promptVersions.get` returns it.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            system_prompt: The system prompt.
            version_name: Human-friendly name for the version.
            generation_notes: What changed and why (the docs call this `change_summary`; the server's field
                is this one).

        ``POST /api/learning/assistants/{assistant_id}/prompts``
        """
        return await self._call_async(
            _ops.PROMPT_VERSIONS_CREATE,
            {
                "assistant_id": assistant_id,
                "system_prompt": system_prompt,
                "version_name": version_name,
                "generation_notes": generation_notes,
            },
            options,
        )

    def get(self, assistant_id: int, version_id: int, **options: Unpack[RequestOptions]) -> PromptVersionDetail:
        """Get a prompt version

        Returns one prompt version with its full system prompt. The server does not declare the body; the docs say
        it includes `system_prompt`.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            version_id: Prompt version id (the `id` of the version, not its `version` number).

        ``GET /api/learning/assistants/{assistant_id}/prompts/{version_id}``
        """
        return self._call(_ops.PROMPT_VERSIONS_GET, {"assistant_id": assistant_id, "version_id": version_id}, options)

    async def get_async(
        self,
        assistant_id: int,
        version_id: int,
        **options: Unpack[RequestOptions],
    ) -> PromptVersionDetail:
        """Get a prompt version

        Returns one prompt version with its full system prompt. The server does not declare the body; the docs say
        it includes `system_prompt`.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            version_id: Prompt version id (the `id` of the version, not its `version` number).

        ``GET /api/learning/assistants/{assistant_id}/prompts/{version_id}``
        """
        return await self._call_async(
            _ops.PROMPT_VERSIONS_GET,
            {
                "assistant_id": assistant_id,
                "version_id": version_id,
            },
            options,
        )

    def approve(
        self,
        assistant_id: int,
        version_id: int,
        *,
        approval_notes: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ActionAcknowledgement:
        """Approve a prompt version

        The human gate of the lifecycle: records that a person approved the version, so it may go to canary and
        production. The server does not declare the response body.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            version_id: Prompt version id (the `id` of the version, not its `version` number).
            approval_notes: Why the version was approved.

        ``POST /api/learning/assistants/{assistant_id}/prompts/{version_id}/approve``
        """
        return self._call(
            _ops.PROMPT_VERSIONS_APPROVE,
            {
                "assistant_id": assistant_id,
                "version_id": version_id,
                "approval_notes": approval_notes,
            },
            options,
        )

    async def approve_async(
        self,
        assistant_id: int,
        version_id: int,
        *,
        approval_notes: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ActionAcknowledgement:
        """Approve a prompt version

        The human gate of the lifecycle: records that a person approved the version, so it may go to canary and
        production. The server does not declare the response body.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            version_id: Prompt version id (the `id` of the version, not its `version` number).
            approval_notes: Why the version was approved.

        ``POST /api/learning/assistants/{assistant_id}/prompts/{version_id}/approve``
        """
        return await self._call_async(
            _ops.PROMPT_VERSIONS_APPROVE,
            {
                "assistant_id": assistant_id,
                "version_id": version_id,
                "approval_notes": approval_notes,
            },
            options,
        )

    def start_canary(
        self,
        assistant_id: int,
        version_id: int,
        percentage: Union[float, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ActionAcknowledgement:
        """Start a canary rollout

        Starts serving the approved version to a small share of calls (5 % unless `percentage` says otherwise).
        The server does not declare the response body.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            version_id: Prompt version id (the `id` of the version, not its `version` number).
            percentage: Initial share of calls, in percent.

        ``POST /api/learning/assistants/{assistant_id}/prompts/{version_id}/start-canary``
        """
        return self._call(
            _ops.PROMPT_VERSIONS_START_CANARY,
            {
                "assistant_id": assistant_id,
                "version_id": version_id,
                "percentage": percentage,
            },
            options,
        )

    async def start_canary_async(
        self,
        assistant_id: int,
        version_id: int,
        percentage: Union[float, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ActionAcknowledgement:
        """Start a canary rollout

        Starts serving the approved version to a small share of calls (5 % unless `percentage` says otherwise).
        The server does not declare the response body.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            version_id: Prompt version id (the `id` of the version, not its `version` number).
            percentage: Initial share of calls, in percent.

        ``POST /api/learning/assistants/{assistant_id}/prompts/{version_id}/start-canary``
        """
        return await self._call_async(
            _ops.PROMPT_VERSIONS_START_CANARY,
            {
                "assistant_id": assistant_id,
                "version_id": version_id,
                "percentage": percentage,
            },
            options,
        )

    def update_canary(
        self,
        assistant_id: int,
        version_id: int,
        percentage: float,
        **options: Unpack[RequestOptions],
    ) -> ActionAcknowledgement:
        """Change a canary's share of calls

        Sets the share of calls the canary version serves, typically raised step by step (25, 50, 75 %) while its
        metrics hold. The server does not declare the response body.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            version_id: Prompt version id (the `id` of the version, not its `version` number).
            percentage: New share of calls, in percent.

        ``PATCH /api/learning/assistants/{assistant_id}/prompts/{version_id}/canary``
        """
        return self._call(
            _ops.PROMPT_VERSIONS_UPDATE_CANARY,
            {
                "assistant_id": assistant_id,
                "version_id": version_id,
                "percentage": percentage,
            },
            options,
        )

    async def update_canary_async(
        self,
        assistant_id: int,
        version_id: int,
        percentage: float,
        **options: Unpack[RequestOptions],
    ) -> ActionAcknowledgement:
        """Change a canary's share of calls

        Sets the share of calls the canary version serves, typically raised step by step (25, 50, 75 %) while its
        metrics hold. The server does not declare the response body.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            version_id: Prompt version id (the `id` of the version, not its `version` number).
            percentage: New share of calls, in percent.

        ``PATCH /api/learning/assistants/{assistant_id}/prompts/{version_id}/canary``
        """
        return await self._call_async(
            _ops.PROMPT_VERSIONS_UPDATE_CANARY,
            {
                "assistant_id": assistant_id,
                "version_id": version_id,
                "percentage": percentage,
            },
            options,
        )

    def promote(self, assistant_id: int, version_id: int, **options: Unpack[RequestOptions]) -> ActionAcknowledgement:
        """Promote a prompt version to production

        Makes the canary version the production prompt for all calls. It must have been approved. Takes no body.
        The server does not declare the response body.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            version_id: Prompt version id (the `id` of the version, not its `version` number).

        ``POST /api/learning/assistants/{assistant_id}/prompts/{version_id}/promote``
        """
        return self._call(
            _ops.PROMPT_VERSIONS_PROMOTE,
            {
                "assistant_id": assistant_id,
                "version_id": version_id,
            },
            options,
        )

    async def promote_async(
        self,
        assistant_id: int,
        version_id: int,
        **options: Unpack[RequestOptions],
    ) -> ActionAcknowledgement:
        """Promote a prompt version to production

        Makes the canary version the production prompt for all calls. It must have been approved. Takes no body.
        The server does not declare the response body.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            version_id: Prompt version id (the `id` of the version, not its `version` number).

        ``POST /api/learning/assistants/{assistant_id}/prompts/{version_id}/promote``
        """
        return await self._call_async(
            _ops.PROMPT_VERSIONS_PROMOTE,
            {
                "assistant_id": assistant_id,
                "version_id": version_id,
            },
            options,
        )

    def rollback(
        self,
        assistant_id: int,
        version_id: int,
        reason: str,
        **options: Unpack[RequestOptions],
    ) -> ActionAcknowledgement:
        """Roll back a prompt version

        Takes the version out of service and returns to the previous production prompt, recording why. The server
        does not declare the response body.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            version_id: Prompt version id (the `id` of the version, not its `version` number).
            reason: The reason, kept for the audit trail.

        ``POST /api/learning/assistants/{assistant_id}/prompts/{version_id}/rollback``
        """
        return self._call(
            _ops.PROMPT_VERSIONS_ROLLBACK,
            {
                "assistant_id": assistant_id,
                "version_id": version_id,
                "reason": reason,
            },
            options,
        )

    async def rollback_async(
        self,
        assistant_id: int,
        version_id: int,
        reason: str,
        **options: Unpack[RequestOptions],
    ) -> ActionAcknowledgement:
        """Roll back a prompt version

        Takes the version out of service and returns to the previous production prompt, recording why. The server
        does not declare the response body.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            version_id: Prompt version id (the `id` of the version, not its `version` number).
            reason: The reason, kept for the audit trail.

        ``POST /api/learning/assistants/{assistant_id}/prompts/{version_id}/rollback``
        """
        return await self._call_async(
            _ops.PROMPT_VERSIONS_ROLLBACK,
            {
                "assistant_id": assistant_id,
                "version_id": version_id,
                "reason": reason,
            },
            options,
        )

    def get_gates(self, assistant_id: int, version_id: int, **options: Unpack[RequestOptions]) -> PromotionGates:
        """Check a prompt version's promotion gates

        Returns which conditions the version meets before it may be promoted (evaluation, approval, canary
        health). The server does not declare the body and the docs do not describe it.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            version_id: Prompt version id (the `id` of the version, not its `version` number).

        ``GET /api/learning/assistants/{assistant_id}/prompts/{version_id}/gates``
        """
        return self._call(
            _ops.PROMPT_VERSIONS_GET_GATES,
            {
                "assistant_id": assistant_id,
                "version_id": version_id,
            },
            options,
        )

    async def get_gates_async(
        self,
        assistant_id: int,
        version_id: int,
        **options: Unpack[RequestOptions],
    ) -> PromotionGates:
        """Check a prompt version's promotion gates

        Returns which conditions the version meets before it may be promoted (evaluation, approval, canary
        health). The server does not declare the body and the docs do not describe it.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            version_id: Prompt version id (the `id` of the version, not its `version` number).

        ``GET /api/learning/assistants/{assistant_id}/prompts/{version_id}/gates``
        """
        return await self._call_async(
            _ops.PROMPT_VERSIONS_GET_GATES,
            {
                "assistant_id": assistant_id,
                "version_id": version_id,
            },
            options,
        )


class AsyncPromptVersions(Resource):
    """Versioned system prompts of an assistant and their lifecycle: draft, evaluation, human approval, canary
    rollout, promotion and rollback.

    The async form of ``PromptVersions``.
    """

    @cached_property
    def with_raw_response(self) -> AsyncPromptVersionsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return AsyncPromptVersionsWithRawResponse(self)

    async def list(
        self,
        assistant_id: int,
        *,
        status: Union[
            Union[
                Literal["draft", "testing", "approved", "rejected", "canary", "shadow", "production", "retired"],
                str
            ],
            NotGiven
        ] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[PromptVersion]:
        """List an assistant's prompt versions

        Returns every prompt version of the assistant as a plain array, not paginated, optionally only those in
        one state.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            status: Only versions in this state.

        ``GET /api/learning/assistants/{assistant_id}/prompts``
        """
        return await self._call_async(
            _ops.PROMPT_VERSIONS_LIST,
            {
                "assistant_id": assistant_id,
                "status": status,
            },
            options,
        )

    async def create(
        self,
        assistant_id: int,
        *,
        system_prompt: str,
        version_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        generation_notes: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PromptVersionDetail:
        """Create a prompt version

        Stores a new system prompt for the assistant as a draft version; it serves no calls until it is evaluated,
        approved and rolled out. The server does not declare the response body; the spec assumes the new version
        with its prompt, as `promptVersions.get` returns it.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            system_prompt: The system prompt.
            version_name: Human-friendly name for the version.
            generation_notes: What changed and why (the docs call this `change_summary`; the server's field
                is this one).

        ``POST /api/learning/assistants/{assistant_id}/prompts``
        """
        return await self._call_async(
            _ops.PROMPT_VERSIONS_CREATE,
            {
                "assistant_id": assistant_id,
                "system_prompt": system_prompt,
                "version_name": version_name,
                "generation_notes": generation_notes,
            },
            options,
        )

    async def get(self, assistant_id: int, version_id: int, **options: Unpack[RequestOptions]) -> PromptVersionDetail:
        """Get a prompt version

        Returns one prompt version with its full system prompt. The server does not declare the body; the docs say
        it includes `system_prompt`.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            version_id: Prompt version id (the `id` of the version, not its `version` number).

        ``GET /api/learning/assistants/{assistant_id}/prompts/{version_id}``
        """
        return await self._call_async(
            _ops.PROMPT_VERSIONS_GET,
            {
                "assistant_id": assistant_id,
                "version_id": version_id,
            },
            options,
        )

    async def approve(
        self,
        assistant_id: int,
        version_id: int,
        *,
        approval_notes: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ActionAcknowledgement:
        """Approve a prompt version

        The human gate of the lifecycle: records that a person approved the version, so it may go to canary and
        production. The server does not declare the response body.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            version_id: Prompt version id (the `id` of the version, not its `version` number).
            approval_notes: Why the version was approved.

        ``POST /api/learning/assistants/{assistant_id}/prompts/{version_id}/approve``
        """
        return await self._call_async(
            _ops.PROMPT_VERSIONS_APPROVE,
            {
                "assistant_id": assistant_id,
                "version_id": version_id,
                "approval_notes": approval_notes,
            },
            options,
        )

    async def start_canary(
        self,
        assistant_id: int,
        version_id: int,
        percentage: Union[float, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ActionAcknowledgement:
        """Start a canary rollout

        Starts serving the approved version to a small share of calls (5 % unless `percentage` says otherwise).
        The server does not declare the response body.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            version_id: Prompt version id (the `id` of the version, not its `version` number).
            percentage: Initial share of calls, in percent.

        ``POST /api/learning/assistants/{assistant_id}/prompts/{version_id}/start-canary``
        """
        return await self._call_async(
            _ops.PROMPT_VERSIONS_START_CANARY,
            {
                "assistant_id": assistant_id,
                "version_id": version_id,
                "percentage": percentage,
            },
            options,
        )

    async def update_canary(
        self,
        assistant_id: int,
        version_id: int,
        percentage: float,
        **options: Unpack[RequestOptions],
    ) -> ActionAcknowledgement:
        """Change a canary's share of calls

        Sets the share of calls the canary version serves, typically raised step by step (25, 50, 75 %) while its
        metrics hold. The server does not declare the response body.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            version_id: Prompt version id (the `id` of the version, not its `version` number).
            percentage: New share of calls, in percent.

        ``PATCH /api/learning/assistants/{assistant_id}/prompts/{version_id}/canary``
        """
        return await self._call_async(
            _ops.PROMPT_VERSIONS_UPDATE_CANARY,
            {
                "assistant_id": assistant_id,
                "version_id": version_id,
                "percentage": percentage,
            },
            options,
        )

    async def promote(
        self,
        assistant_id: int,
        version_id: int,
        **options: Unpack[RequestOptions],
    ) -> ActionAcknowledgement:
        """Promote a prompt version to production

        Makes the canary version the production prompt for all calls. It must have been approved. Takes no body.
        The server does not declare the response body.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            version_id: Prompt version id (the `id` of the version, not its `version` number).

        ``POST /api/learning/assistants/{assistant_id}/prompts/{version_id}/promote``
        """
        return await self._call_async(
            _ops.PROMPT_VERSIONS_PROMOTE,
            {
                "assistant_id": assistant_id,
                "version_id": version_id,
            },
            options,
        )

    async def rollback(
        self,
        assistant_id: int,
        version_id: int,
        reason: str,
        **options: Unpack[RequestOptions],
    ) -> ActionAcknowledgement:
        """Roll back a prompt version

        Takes the version out of service and returns to the previous production prompt, recording why. The server
        does not declare the response body.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            version_id: Prompt version id (the `id` of the version, not its `version` number).
            reason: The reason, kept for the audit trail.

        ``POST /api/learning/assistants/{assistant_id}/prompts/{version_id}/rollback``
        """
        return await self._call_async(
            _ops.PROMPT_VERSIONS_ROLLBACK,
            {
                "assistant_id": assistant_id,
                "version_id": version_id,
                "reason": reason,
            },
            options,
        )

    async def get_gates(self, assistant_id: int, version_id: int, **options: Unpack[RequestOptions]) -> PromotionGates:
        """Check a prompt version's promotion gates

        Returns which conditions the version meets before it may be promoted (evaluation, approval, canary
        health). The server does not declare the body and the docs do not describe it.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            version_id: Prompt version id (the `id` of the version, not its `version` number).

        ``GET /api/learning/assistants/{assistant_id}/prompts/{version_id}/gates``
        """
        return await self._call_async(
            _ops.PROMPT_VERSIONS_GET_GATES,
            {
                "assistant_id": assistant_id,
                "version_id": version_id,
            },
            options,
        )


class PromptVersionsWithRawResponse:
    def __init__(self, resource: PromptVersions) -> None:
        self.list = to_raw_response(resource.list)
        self.list_async = async_to_raw_response(resource.list_async)
        self.create = to_raw_response(resource.create)
        self.create_async = async_to_raw_response(resource.create_async)
        self.get = to_raw_response(resource.get)
        self.get_async = async_to_raw_response(resource.get_async)
        self.approve = to_raw_response(resource.approve)
        self.approve_async = async_to_raw_response(resource.approve_async)
        self.start_canary = to_raw_response(resource.start_canary)
        self.start_canary_async = async_to_raw_response(resource.start_canary_async)
        self.update_canary = to_raw_response(resource.update_canary)
        self.update_canary_async = async_to_raw_response(resource.update_canary_async)
        self.promote = to_raw_response(resource.promote)
        self.promote_async = async_to_raw_response(resource.promote_async)
        self.rollback = to_raw_response(resource.rollback)
        self.rollback_async = async_to_raw_response(resource.rollback_async)
        self.get_gates = to_raw_response(resource.get_gates)
        self.get_gates_async = async_to_raw_response(resource.get_gates_async)


class AsyncPromptVersionsWithRawResponse:
    def __init__(self, resource: AsyncPromptVersions) -> None:
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.get = async_to_raw_response(resource.get)
        self.approve = async_to_raw_response(resource.approve)
        self.start_canary = async_to_raw_response(resource.start_canary)
        self.update_canary = async_to_raw_response(resource.update_canary)
        self.promote = async_to_raw_response(resource.promote)
        self.rollback = async_to_raw_response(resource.rollback)
        self.get_gates = async_to_raw_response(resource.get_gates)

# Generated from the Burki API 1.0.0 spec; do not edit.
"""Custom tools (HTTP endpoints, Python functions, AWS Lambda functions) that assistants call during conversations,
and their assignment to assistants.
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
    AssistantToolList,
    LambdaFunctionList,
    ToolAssignResult,
    ToolCreateResult,
    ToolPage,
    ToolResult,
    ToolSummary,
    ToolUpdateResult,
)



class Tools(Resource):
    """Custom tools (HTTP endpoints, Python functions, AWS Lambda functions) that assistants call during
    conversations, and their assignment to assistants.
    """

    @cached_property
    def with_raw_response(self) -> ToolsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return ToolsWithRawResponse(self)

    def list(
        self,
        *,
        tool_type: Union[Literal["endpoint", "python_function", "lambda"], NotGiven] = NOT_GIVEN,
        is_active: Union[bool, NotGiven] = NOT_GIVEN,
        search: Union[str, NotGiven] = NOT_GIVEN,
        page: Union[int, NotGiven] = NOT_GIVEN,
        per_page: Union[int, NotGiven] = NOT_GIVEN,
        sort_by: Union[
            Literal["name", "display_name", "created_at", "updated_at", "execution_count"],
            NotGiven
        ] = NOT_GIVEN,
        sort_order: Union[Literal["asc", "desc"], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[ToolSummary]:
        """List tools

        Returns one page of the organization's tools, without their configuration, with paging details in
        `pagination` (`page`/`per_page`, from 1). The docs' `/api/v1/tools` does not exist on the server; this is
        the server's route.

        Args:
            tool_type: Only tools of this type.
            is_active: Only active (`true`) or inactive (`false`) tools.
            search: Only tools whose name, display name or description contains this text.
            page: Page number, from 1.
            per_page: Page size (the docs say the default is 12; the server's is 20).
            sort_by: Sort field. The docs' `success_rate` and `avg_execution_time` are refused by the
                server.
            sort_order: Sort direction.

        ``GET /api/organization/tools``
        """
        return self._list(
            _ops.TOOLS_LIST,
            {
                "tool_type": tool_type,
                "is_active": is_active,
                "search": search,
                "page": page,
                "per_page": per_page,
                "sort_by": sort_by,
                "sort_order": sort_order,
            },
            options,
        )

    def list_async(
        self,
        *,
        tool_type: Union[Literal["endpoint", "python_function", "lambda"], NotGiven] = NOT_GIVEN,
        is_active: Union[bool, NotGiven] = NOT_GIVEN,
        search: Union[str, NotGiven] = NOT_GIVEN,
        page: Union[int, NotGiven] = NOT_GIVEN,
        per_page: Union[int, NotGiven] = NOT_GIVEN,
        sort_by: Union[
            Literal["name", "display_name", "created_at", "updated_at", "execution_count"],
            NotGiven
        ] = NOT_GIVEN,
        sort_order: Union[Literal["asc", "desc"], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageRequest[ToolSummary]:
        """List tools

        Returns one page of the organization's tools, without their configuration, with paging details in
        `pagination` (`page`/`per_page`, from 1). The docs' `/api/v1/tools` does not exist on the server; this is
        the server's route.

        Args:
            tool_type: Only tools of this type.
            is_active: Only active (`true`) or inactive (`false`) tools.
            search: Only tools whose name, display name or description contains this text.
            page: Page number, from 1.
            per_page: Page size (the docs say the default is 12; the server's is 20).
            sort_by: Sort field. The docs' `success_rate` and `avg_execution_time` are refused by the
                server.
            sort_order: Sort direction.

        ``GET /api/organization/tools``
        """
        return self._list_async(
            _ops.TOOLS_LIST,
            {
                "tool_type": tool_type,
                "is_active": is_active,
                "search": search,
                "page": page,
                "per_page": per_page,
                "sort_by": sort_by,
                "sort_order": sort_order,
            },
            options,
        )

    def create(
        self,
        *,
        name: str,
        display_name: str,
        description: str,
        tool_type: Literal["endpoint", "python_function", "lambda"],
        configuration: Mapping[str, Any],
        function_definition: Mapping[str, Any],
        timeout_seconds: Union[int, NotGiven] = NOT_GIVEN,
        retry_attempts: Union[int, NotGiven] = NOT_GIVEN,
        is_active: Union[bool, NotGiven] = NOT_GIVEN,
        is_public: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ToolCreateResult:
        """Create a tool

        Registers a tool for the organization; assign it to assistants with `assignTools`. The server answers 200
        with the new id and names only (not the full tool the docs show). A function name already in use is
        refused with 400. The docs' `/api/v1/tools` does not exist; this is the server's route.

        Args:
            name: Function name the language model calls (snake_case), unique in the organization.
            display_name: Human-readable name.
            description: What the tool does, written for the language model.
            configuration: How the tool runs; the keys depend on `tool_type`. Passed through unchanged.
            function_definition: OpenAI-style function definition (`name`, `description`, JSON Schema
                `parameters`). Passed through unchanged.
            timeout_seconds: Longest run, in seconds.
            retry_attempts: How many times a failed run is retried (the docs say the default is 1; the
                server's is 3).
            is_active: Whether assistants may call the tool.
            is_public: Whether other organizations can see the tool.

        ``POST /api/organization/tools``
        """
        return self._call(
            _ops.TOOLS_CREATE,
            {
                "name": name,
                "display_name": display_name,
                "description": description,
                "tool_type": tool_type,
                "configuration": configuration,
                "function_definition": function_definition,
                "timeout_seconds": timeout_seconds,
                "retry_attempts": retry_attempts,
                "is_active": is_active,
                "is_public": is_public,
            },
            options,
        )

    async def create_async(
        self,
        *,
        name: str,
        display_name: str,
        description: str,
        tool_type: Literal["endpoint", "python_function", "lambda"],
        configuration: Mapping[str, Any],
        function_definition: Mapping[str, Any],
        timeout_seconds: Union[int, NotGiven] = NOT_GIVEN,
        retry_attempts: Union[int, NotGiven] = NOT_GIVEN,
        is_active: Union[bool, NotGiven] = NOT_GIVEN,
        is_public: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ToolCreateResult:
        """Create a tool

        Registers a tool for the organization; assign it to assistants with `assignTools`. The server answers 200
        with the new id and names only (not the full tool the docs show). A function name already in use is
        refused with 400. The docs' `/api/v1/tools` does not exist; this is the server's route.

        Args:
            name: Function name the language model calls (snake_case), unique in the organization.
            display_name: Human-readable name.
            description: What the tool does, written for the language model.
            configuration: How the tool runs; the keys depend on `tool_type`. Passed through unchanged.
            function_definition: OpenAI-style function definition (`name`, `description`, JSON Schema
                `parameters`). Passed through unchanged.
            timeout_seconds: Longest run, in seconds.
            retry_attempts: How many times a failed run is retried (the docs say the default is 1; the
                server's is 3).
            is_active: Whether assistants may call the tool.
            is_public: Whether other organizations can see the tool.

        ``POST /api/organization/tools``
        """
        return await self._call_async(
            _ops.TOOLS_CREATE,
            {
                "name": name,
                "display_name": display_name,
                "description": description,
                "tool_type": tool_type,
                "configuration": configuration,
                "function_definition": function_definition,
                "timeout_seconds": timeout_seconds,
                "retry_attempts": retry_attempts,
                "is_active": is_active,
                "is_public": is_public,
            },
            options,
        )

    def get(self, tool_id: int, **options: Unpack[RequestOptions]) -> ToolResult:
        """Get a tool

        Returns one tool with its configuration, statistics and last few runs, wrapped in `{success, tool}`. The
        docs' `/api/v1/tools/{tool_id}` does not exist; this is the server's route.

        Args:
            tool_id: Tool id (an integer).

        ``GET /api/organization/tools/{tool_id}``
        """
        return self._call(_ops.TOOLS_GET, {"tool_id": tool_id}, options)

    async def get_async(self, tool_id: int, **options: Unpack[RequestOptions]) -> ToolResult:
        """Get a tool

        Returns one tool with its configuration, statistics and last few runs, wrapped in `{success, tool}`. The
        docs' `/api/v1/tools/{tool_id}` does not exist; this is the server's route.

        Args:
            tool_id: Tool id (an integer).

        ``GET /api/organization/tools/{tool_id}``
        """
        return await self._call_async(_ops.TOOLS_GET, {"tool_id": tool_id}, options)

    def update(
        self,
        tool_id: int,
        *,
        display_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        configuration: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        function_definition: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        timeout_seconds: Union[Optional[int], NotGiven] = NOT_GIVEN,
        retry_attempts: Union[Optional[int], NotGiven] = NOT_GIVEN,
        is_active: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        is_public: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ToolUpdateResult:
        """Update a tool

        Changes the fields sent (those left out or sent as `null` stay) and answers with the tool's identity only.
        The method is PUT, not the PATCH the published SDK used.

        Args:
            tool_id: Tool id (an integer).
            display_name: New human-readable name.
            description: New description for the language model.
            configuration: New run configuration; replaces the stored one. Passed through unchanged.
            function_definition: New function definition; replaces the stored one. Passed through unchanged.
            timeout_seconds: New timeout, in seconds.
            retry_attempts: New retry count.
            is_active: Let assistants call the tool or not.
            is_public: Show the tool to other organizations or not.

        ``PUT /api/organization/tools/{tool_id}``
        """
        return self._call(
            _ops.TOOLS_UPDATE,
            {
                "tool_id": tool_id,
                "display_name": display_name,
                "description": description,
                "configuration": configuration,
                "function_definition": function_definition,
                "timeout_seconds": timeout_seconds,
                "retry_attempts": retry_attempts,
                "is_active": is_active,
                "is_public": is_public,
            },
            options,
        )

    async def update_async(
        self,
        tool_id: int,
        *,
        display_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        configuration: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        function_definition: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        timeout_seconds: Union[Optional[int], NotGiven] = NOT_GIVEN,
        retry_attempts: Union[Optional[int], NotGiven] = NOT_GIVEN,
        is_active: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        is_public: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ToolUpdateResult:
        """Update a tool

        Changes the fields sent (those left out or sent as `null` stay) and answers with the tool's identity only.
        The method is PUT, not the PATCH the published SDK used.

        Args:
            tool_id: Tool id (an integer).
            display_name: New human-readable name.
            description: New description for the language model.
            configuration: New run configuration; replaces the stored one. Passed through unchanged.
            function_definition: New function definition; replaces the stored one. Passed through unchanged.
            timeout_seconds: New timeout, in seconds.
            retry_attempts: New retry count.
            is_active: Let assistants call the tool or not.
            is_public: Show the tool to other organizations or not.

        ``PUT /api/organization/tools/{tool_id}``
        """
        return await self._call_async(
            _ops.TOOLS_UPDATE,
            {
                "tool_id": tool_id,
                "display_name": display_name,
                "description": description,
                "configuration": configuration,
                "function_definition": function_definition,
                "timeout_seconds": timeout_seconds,
                "retry_attempts": retry_attempts,
                "is_active": is_active,
                "is_public": is_public,
            },
            options,
        )

    def delete(self, tool_id: int, **options: Unpack[RequestOptions]) -> ApiResponse:
        """Delete a tool

        Deletes the tool for good, with its assignments to assistants.

        Args:
            tool_id: Tool id (an integer).

        ``DELETE /api/organization/tools/{tool_id}``
        """
        return self._call(_ops.TOOLS_DELETE, {"tool_id": tool_id}, options)

    async def delete_async(self, tool_id: int, **options: Unpack[RequestOptions]) -> ApiResponse:
        """Delete a tool

        Deletes the tool for good, with its assignments to assistants.

        Args:
            tool_id: Tool id (an integer).

        ``DELETE /api/organization/tools/{tool_id}``
        """
        return await self._call_async(_ops.TOOLS_DELETE, {"tool_id": tool_id}, options)

    def list_for_assistant(self, assistant_id: int, **options: Unpack[RequestOptions]) -> AssistantToolList:
        """List an assistant's tools

        Returns the tools assigned to the assistant, each with its assignment settings, wrapped in `{success,
        tools}` (not paginated). This is the nearest the server has to the docs' `GET
        /api/v1/tools/{tool_id}/assignments`, seen from the assistant's side.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``GET /api/assistants/{assistant_id}/tools``
        """
        return self._call(_ops.TOOLS_LIST_FOR_ASSISTANT, {"assistant_id": assistant_id}, options)

    async def list_for_assistant_async(self, assistant_id: int, **options: Unpack[RequestOptions]) -> AssistantToolList:
        """List an assistant's tools

        Returns the tools assigned to the assistant, each with its assignment settings, wrapped in `{success,
        tools}` (not paginated). This is the nearest the server has to the docs' `GET
        /api/v1/tools/{tool_id}/assignments`, seen from the assistant's side.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``GET /api/assistants/{assistant_id}/tools``
        """
        return await self._call_async(_ops.TOOLS_LIST_FOR_ASSISTANT, {"assistant_id": assistant_id}, options)

    def assign(
        self,
        tool_ids: Sequence[int],
        assistant_id: int,
        *,
        enabled: Union[bool, NotGiven] = NOT_GIVEN,
        custom_configuration: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ToolAssignResult:
        """Assign tools to an assistant

        Gives the assistant one or more tools, all with the same `enabled` flag and overrides. The server is
        assistant-centric: the docs' `POST /api/v1/tools/{tool_id}/assign` with `{assistant_ids}` does not exist.
        The SDK keeps the name and the documented order, tools first: `tools.assign(toolIds, assistantId)`, with
        the tool ids in an array (the SDK docs show `assign(toolId, assistantId)`; a single id where the array
        goes does not compile).

        Args:
            tool_ids: Ids of the tools to assign.
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            enabled: Whether the assistant may call the tools right away.
            custom_configuration: Per-assistant overrides of the tools' configuration. Passed through
                unchanged.

        ``POST /api/assistants/{assistant_id}/tools/assign``
        """
        return self._call(
            _ops.TOOLS_ASSIGN,
            {
                "tool_ids": tool_ids,
                "assistant_id": assistant_id,
                "enabled": enabled,
                "custom_configuration": custom_configuration,
            },
            options,
        )

    async def assign_async(
        self,
        tool_ids: Sequence[int],
        assistant_id: int,
        *,
        enabled: Union[bool, NotGiven] = NOT_GIVEN,
        custom_configuration: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ToolAssignResult:
        """Assign tools to an assistant

        Gives the assistant one or more tools, all with the same `enabled` flag and overrides. The server is
        assistant-centric: the docs' `POST /api/v1/tools/{tool_id}/assign` with `{assistant_ids}` does not exist.
        The SDK keeps the name and the documented order, tools first: `tools.assign(toolIds, assistantId)`, with
        the tool ids in an array (the SDK docs show `assign(toolId, assistantId)`; a single id where the array
        goes does not compile).

        Args:
            tool_ids: Ids of the tools to assign.
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            enabled: Whether the assistant may call the tools right away.
            custom_configuration: Per-assistant overrides of the tools' configuration. Passed through
                unchanged.

        ``POST /api/assistants/{assistant_id}/tools/assign``
        """
        return await self._call_async(
            _ops.TOOLS_ASSIGN,
            {
                "tool_ids": tool_ids,
                "assistant_id": assistant_id,
                "enabled": enabled,
                "custom_configuration": custom_configuration,
            },
            options,
        )

    def unassign(self, tool_id: int, assistant_id: int, **options: Unpack[RequestOptions]) -> ApiResponse:
        """Unassign a tool from an assistant

        Takes one tool away from the assistant; the tool itself stays. The method is DELETE on the assistant's
        route, not the docs' `POST /api/v1/tools/{tool_id}/unassign`. The SDK keeps the name and the documented
        argument order: `tools.unassign(toolId, assistantId)`.

        Args:
            tool_id: Tool id (an integer).
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``DELETE /api/assistants/{assistant_id}/tools/{tool_id}/unassign``
        """
        return self._call(_ops.TOOLS_UNASSIGN, {"tool_id": tool_id, "assistant_id": assistant_id}, options)

    async def unassign_async(self, tool_id: int, assistant_id: int, **options: Unpack[RequestOptions]) -> ApiResponse:
        """Unassign a tool from an assistant

        Takes one tool away from the assistant; the tool itself stays. The method is DELETE on the assistant's
        route, not the docs' `POST /api/v1/tools/{tool_id}/unassign`. The SDK keeps the name and the documented
        argument order: `tools.unassign(toolId, assistantId)`.

        Args:
            tool_id: Tool id (an integer).
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``DELETE /api/assistants/{assistant_id}/tools/{tool_id}/unassign``
        """
        return await self._call_async(_ops.TOOLS_UNASSIGN, {"tool_id": tool_id, "assistant_id": assistant_id}, options)

    def discover_lambda(
        self,
        *,
        access_key: str,
        secret_key: str,
        region: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> LambdaFunctionList:
        """Discover AWS Lambda functions

        Lists the Lambda functions of an AWS account in one region, to pick the function of a `lambda` tool. The
        AWS credentials travel as query parameters, as the server defines them (the docs' JSON and form-encoded
        examples are not what it reads), so they end up in URLs and possibly in logs: use short-lived, list-only
        credentials. Burki does not store them. No body. Limited to 10 requests a minute per organization. AWS
        errors come back as 400 with AWS's message. The SDK docs show `tools.discoverLambda(region)`, but the
        credentials are required, so the method takes one object: `tools.discoverLambda({ accessKey, secretKey,
        region })`.

        Args:
            access_key: AWS access key id with `lambda:ListFunctions` permission.
            secret_key: The matching AWS secret access key.
            region: AWS region to list.

        ``POST /api/lambda/list-functions``
        """
        return self._call(
            _ops.TOOLS_DISCOVER_LAMBDA,
            {
                "access_key": access_key,
                "secret_key": secret_key,
                "region": region,
            },
            options,
        )

    async def discover_lambda_async(
        self,
        *,
        access_key: str,
        secret_key: str,
        region: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> LambdaFunctionList:
        """Discover AWS Lambda functions

        Lists the Lambda functions of an AWS account in one region, to pick the function of a `lambda` tool. The
        AWS credentials travel as query parameters, as the server defines them (the docs' JSON and form-encoded
        examples are not what it reads), so they end up in URLs and possibly in logs: use short-lived, list-only
        credentials. Burki does not store them. No body. Limited to 10 requests a minute per organization. AWS
        errors come back as 400 with AWS's message. The SDK docs show `tools.discoverLambda(region)`, but the
        credentials are required, so the method takes one object: `tools.discoverLambda({ accessKey, secretKey,
        region })`.

        Args:
            access_key: AWS access key id with `lambda:ListFunctions` permission.
            secret_key: The matching AWS secret access key.
            region: AWS region to list.

        ``POST /api/lambda/list-functions``
        """
        return await self._call_async(
            _ops.TOOLS_DISCOVER_LAMBDA,
            {
                "access_key": access_key,
                "secret_key": secret_key,
                "region": region,
            },
            options,
        )


class AsyncTools(Resource):
    """Custom tools (HTTP endpoints, Python functions, AWS Lambda functions) that assistants call during
    conversations, and their assignment to assistants.

    The async form of ``Tools``.
    """

    @cached_property
    def with_raw_response(self) -> AsyncToolsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return AsyncToolsWithRawResponse(self)

    def list(
        self,
        *,
        tool_type: Union[Literal["endpoint", "python_function", "lambda"], NotGiven] = NOT_GIVEN,
        is_active: Union[bool, NotGiven] = NOT_GIVEN,
        search: Union[str, NotGiven] = NOT_GIVEN,
        page: Union[int, NotGiven] = NOT_GIVEN,
        per_page: Union[int, NotGiven] = NOT_GIVEN,
        sort_by: Union[
            Literal["name", "display_name", "created_at", "updated_at", "execution_count"],
            NotGiven
        ] = NOT_GIVEN,
        sort_order: Union[Literal["asc", "desc"], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageRequest[ToolSummary]:
        """List tools

        Returns one page of the organization's tools, without their configuration, with paging details in
        `pagination` (`page`/`per_page`, from 1). The docs' `/api/v1/tools` does not exist on the server; this is
        the server's route.

        Args:
            tool_type: Only tools of this type.
            is_active: Only active (`true`) or inactive (`false`) tools.
            search: Only tools whose name, display name or description contains this text.
            page: Page number, from 1.
            per_page: Page size (the docs say the default is 12; the server's is 20).
            sort_by: Sort field. The docs' `success_rate` and `avg_execution_time` are refused by the
                server.
            sort_order: Sort direction.

        ``GET /api/organization/tools``
        """
        return self._list_async(
            _ops.TOOLS_LIST,
            {
                "tool_type": tool_type,
                "is_active": is_active,
                "search": search,
                "page": page,
                "per_page": per_page,
                "sort_by": sort_by,
                "sort_order": sort_order,
            },
            options,
        )

    async def create(
        self,
        *,
        name: str,
        display_name: str,
        description: str,
        tool_type: Literal["endpoint", "python_function", "lambda"],
        configuration: Mapping[str, Any],
        function_definition: Mapping[str, Any],
        timeout_seconds: Union[int, NotGiven] = NOT_GIVEN,
        retry_attempts: Union[int, NotGiven] = NOT_GIVEN,
        is_active: Union[bool, NotGiven] = NOT_GIVEN,
        is_public: Union[bool, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ToolCreateResult:
        """Create a tool

        Registers a tool for the organization; assign it to assistants with `assignTools`. The server answers 200
        with the new id and names only (not the full tool the docs show). A function name already in use is
        refused with 400. The docs' `/api/v1/tools` does not exist; this is the server's route.

        Args:
            name: Function name the language model calls (snake_case), unique in the organization.
            display_name: Human-readable name.
            description: What the tool does, written for the language model.
            configuration: How the tool runs; the keys depend on `tool_type`. Passed through unchanged.
            function_definition: OpenAI-style function definition (`name`, `description`, JSON Schema
                `parameters`). Passed through unchanged.
            timeout_seconds: Longest run, in seconds.
            retry_attempts: How many times a failed run is retried (the docs say the default is 1; the
                server's is 3).
            is_active: Whether assistants may call the tool.
            is_public: Whether other organizations can see the tool.

        ``POST /api/organization/tools``
        """
        return await self._call_async(
            _ops.TOOLS_CREATE,
            {
                "name": name,
                "display_name": display_name,
                "description": description,
                "tool_type": tool_type,
                "configuration": configuration,
                "function_definition": function_definition,
                "timeout_seconds": timeout_seconds,
                "retry_attempts": retry_attempts,
                "is_active": is_active,
                "is_public": is_public,
            },
            options,
        )

    async def get(self, tool_id: int, **options: Unpack[RequestOptions]) -> ToolResult:
        """Get a tool

        Returns one tool with its configuration, statistics and last few runs, wrapped in `{success, tool}`. The
        docs' `/api/v1/tools/{tool_id}` does not exist; this is the server's route.

        Args:
            tool_id: Tool id (an integer).

        ``GET /api/organization/tools/{tool_id}``
        """
        return await self._call_async(_ops.TOOLS_GET, {"tool_id": tool_id}, options)

    async def update(
        self,
        tool_id: int,
        *,
        display_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        configuration: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        function_definition: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        timeout_seconds: Union[Optional[int], NotGiven] = NOT_GIVEN,
        retry_attempts: Union[Optional[int], NotGiven] = NOT_GIVEN,
        is_active: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        is_public: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ToolUpdateResult:
        """Update a tool

        Changes the fields sent (those left out or sent as `null` stay) and answers with the tool's identity only.
        The method is PUT, not the PATCH the published SDK used.

        Args:
            tool_id: Tool id (an integer).
            display_name: New human-readable name.
            description: New description for the language model.
            configuration: New run configuration; replaces the stored one. Passed through unchanged.
            function_definition: New function definition; replaces the stored one. Passed through unchanged.
            timeout_seconds: New timeout, in seconds.
            retry_attempts: New retry count.
            is_active: Let assistants call the tool or not.
            is_public: Show the tool to other organizations or not.

        ``PUT /api/organization/tools/{tool_id}``
        """
        return await self._call_async(
            _ops.TOOLS_UPDATE,
            {
                "tool_id": tool_id,
                "display_name": display_name,
                "description": description,
                "configuration": configuration,
                "function_definition": function_definition,
                "timeout_seconds": timeout_seconds,
                "retry_attempts": retry_attempts,
                "is_active": is_active,
                "is_public": is_public,
            },
            options,
        )

    async def delete(self, tool_id: int, **options: Unpack[RequestOptions]) -> ApiResponse:
        """Delete a tool

        Deletes the tool for good, with its assignments to assistants.

        Args:
            tool_id: Tool id (an integer).

        ``DELETE /api/organization/tools/{tool_id}``
        """
        return await self._call_async(_ops.TOOLS_DELETE, {"tool_id": tool_id}, options)

    async def list_for_assistant(self, assistant_id: int, **options: Unpack[RequestOptions]) -> AssistantToolList:
        """List an assistant's tools

        Returns the tools assigned to the assistant, each with its assignment settings, wrapped in `{success,
        tools}` (not paginated). This is the nearest the server has to the docs' `GET
        /api/v1/tools/{tool_id}/assignments`, seen from the assistant's side.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``GET /api/assistants/{assistant_id}/tools``
        """
        return await self._call_async(_ops.TOOLS_LIST_FOR_ASSISTANT, {"assistant_id": assistant_id}, options)

    async def assign(
        self,
        tool_ids: Sequence[int],
        assistant_id: int,
        *,
        enabled: Union[bool, NotGiven] = NOT_GIVEN,
        custom_configuration: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ToolAssignResult:
        """Assign tools to an assistant

        Gives the assistant one or more tools, all with the same `enabled` flag and overrides. The server is
        assistant-centric: the docs' `POST /api/v1/tools/{tool_id}/assign` with `{assistant_ids}` does not exist.
        The SDK keeps the name and the documented order, tools first: `tools.assign(toolIds, assistantId)`, with
        the tool ids in an array (the SDK docs show `assign(toolId, assistantId)`; a single id where the array
        goes does not compile).

        Args:
            tool_ids: Ids of the tools to assign.
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            enabled: Whether the assistant may call the tools right away.
            custom_configuration: Per-assistant overrides of the tools' configuration. Passed through
                unchanged.

        ``POST /api/assistants/{assistant_id}/tools/assign``
        """
        return await self._call_async(
            _ops.TOOLS_ASSIGN,
            {
                "tool_ids": tool_ids,
                "assistant_id": assistant_id,
                "enabled": enabled,
                "custom_configuration": custom_configuration,
            },
            options,
        )

    async def unassign(self, tool_id: int, assistant_id: int, **options: Unpack[RequestOptions]) -> ApiResponse:
        """Unassign a tool from an assistant

        Takes one tool away from the assistant; the tool itself stays. The method is DELETE on the assistant's
        route, not the docs' `POST /api/v1/tools/{tool_id}/unassign`. The SDK keeps the name and the documented
        argument order: `tools.unassign(toolId, assistantId)`.

        Args:
            tool_id: Tool id (an integer).
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``DELETE /api/assistants/{assistant_id}/tools/{tool_id}/unassign``
        """
        return await self._call_async(_ops.TOOLS_UNASSIGN, {"tool_id": tool_id, "assistant_id": assistant_id}, options)

    async def discover_lambda(
        self,
        *,
        access_key: str,
        secret_key: str,
        region: Union[str, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> LambdaFunctionList:
        """Discover AWS Lambda functions

        Lists the Lambda functions of an AWS account in one region, to pick the function of a `lambda` tool. The
        AWS credentials travel as query parameters, as the server defines them (the docs' JSON and form-encoded
        examples are not what it reads), so they end up in URLs and possibly in logs: use short-lived, list-only
        credentials. Burki does not store them. No body. Limited to 10 requests a minute per organization. AWS
        errors come back as 400 with AWS's message. The SDK docs show `tools.discoverLambda(region)`, but the
        credentials are required, so the method takes one object: `tools.discoverLambda({ accessKey, secretKey,
        region })`.

        Args:
            access_key: AWS access key id with `lambda:ListFunctions` permission.
            secret_key: The matching AWS secret access key.
            region: AWS region to list.

        ``POST /api/lambda/list-functions``
        """
        return await self._call_async(
            _ops.TOOLS_DISCOVER_LAMBDA,
            {
                "access_key": access_key,
                "secret_key": secret_key,
                "region": region,
            },
            options,
        )


class ToolsWithRawResponse:
    def __init__(self, resource: Tools) -> None:
        self.create = to_raw_response(resource.create)
        self.create_async = async_to_raw_response(resource.create_async)
        self.get = to_raw_response(resource.get)
        self.get_async = async_to_raw_response(resource.get_async)
        self.update = to_raw_response(resource.update)
        self.update_async = async_to_raw_response(resource.update_async)
        self.delete = to_raw_response(resource.delete)
        self.delete_async = async_to_raw_response(resource.delete_async)
        self.list_for_assistant = to_raw_response(resource.list_for_assistant)
        self.list_for_assistant_async = async_to_raw_response(resource.list_for_assistant_async)
        self.assign = to_raw_response(resource.assign)
        self.assign_async = async_to_raw_response(resource.assign_async)
        self.unassign = to_raw_response(resource.unassign)
        self.unassign_async = async_to_raw_response(resource.unassign_async)
        self.discover_lambda = to_raw_response(resource.discover_lambda)
        self.discover_lambda_async = async_to_raw_response(resource.discover_lambda_async)


class AsyncToolsWithRawResponse:
    def __init__(self, resource: AsyncTools) -> None:
        self.create = async_to_raw_response(resource.create)
        self.get = async_to_raw_response(resource.get)
        self.update = async_to_raw_response(resource.update)
        self.delete = async_to_raw_response(resource.delete)
        self.list_for_assistant = async_to_raw_response(resource.list_for_assistant)
        self.assign = async_to_raw_response(resource.assign)
        self.unassign = async_to_raw_response(resource.unassign)
        self.discover_lambda = async_to_raw_response(resource.discover_lambda)

# Generated from the Burki API 1.0.0 spec; do not edit.
"""Eval datasets of test conversations, their cases, and evaluation runs of prompt versions against them."""

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
    EvalCase,
    EvalDataset,
    EvalDatasetDetail,
    EvalExpectedResponse,
    EvalRunResult,
    LearningConversationTurn,
)



class Evals(Resource):
    """Eval datasets of test conversations, their cases, and evaluation runs of prompt versions against them."""

    @cached_property
    def with_raw_response(self) -> EvalsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return EvalsWithRawResponse(self)

    def list_datasets(self, assistant_id: int, **options: Unpack[RequestOptions]) -> List[EvalDataset]:
        """List an assistant's eval datasets

        Returns the assistant's eval datasets, not paginated. The server does not declare the body; the spec
        assumes a plain array of datasets, like the other lists of this API.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``GET /api/learning/assistants/{assistant_id}/eval-datasets``
        """
        return self._call(_ops.EVALS_LIST_DATASETS, {"assistant_id": assistant_id}, options)

    async def list_datasets_async(self, assistant_id: int, **options: Unpack[RequestOptions]) -> List[EvalDataset]:
        """List an assistant's eval datasets

        Returns the assistant's eval datasets, not paginated. The server does not declare the body; the spec
        assumes a plain array of datasets, like the other lists of this API.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``GET /api/learning/assistants/{assistant_id}/eval-datasets``
        """
        return await self._call_async(_ops.EVALS_LIST_DATASETS, {"assistant_id": assistant_id}, options)

    def create_dataset(
        self,
        assistant_id: int,
        *,
        name: str,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        dataset_type: Union[Union[Literal["golden", "regression", "synthetic"], str], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> EvalDataset:
        """Create an eval dataset

        Creates an empty dataset for the assistant; add cases with `evals.createCase` or
        `evals.createCaseFromTrace`. The server does not declare the response body; the spec assumes the created
        dataset.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            name: Dataset name.
            description: What the dataset covers.
            tags: Labels for filtering.

        ``POST /api/learning/assistants/{assistant_id}/eval-datasets``
        """
        return self._call(
            _ops.EVALS_CREATE_DATASET,
            {
                "assistant_id": assistant_id,
                "name": name,
                "description": description,
                "dataset_type": dataset_type,
                "tags": tags,
            },
            options,
        )

    async def create_dataset_async(
        self,
        assistant_id: int,
        *,
        name: str,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        dataset_type: Union[Union[Literal["golden", "regression", "synthetic"], str], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> EvalDataset:
        """Create an eval dataset

        Creates an empty dataset for the assistant; add cases with `evals.createCase` or
        `evals.createCaseFromTrace`. The server does not declare the response body; the spec assumes the created
        dataset.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            name: Dataset name.
            description: What the dataset covers.
            tags: Labels for filtering.

        ``POST /api/learning/assistants/{assistant_id}/eval-datasets``
        """
        return await self._call_async(
            _ops.EVALS_CREATE_DATASET,
            {
                "assistant_id": assistant_id,
                "name": name,
                "description": description,
                "dataset_type": dataset_type,
                "tags": tags,
            },
            options,
        )

    def import_dataset(
        self,
        assistant_id: int,
        *,
        data: Mapping[str, Any],
        name_override: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> EvalDataset:
        """Import an eval dataset

        Creates a dataset with its cases from JSON exported from another assistant or organization. The server
        describes the answer as the created dataset's details without declaring them.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            data: The exported dataset as JSON (name, type and `cases`), passed through unchanged.
            name_override: Name to use instead of the one in `data`.

        ``POST /api/learning/assistants/{assistant_id}/eval-datasets/import``
        """
        return self._call(
            _ops.EVALS_IMPORT_DATASET,
            {
                "assistant_id": assistant_id,
                "data": data,
                "name_override": name_override,
            },
            options,
        )

    async def import_dataset_async(
        self,
        assistant_id: int,
        *,
        data: Mapping[str, Any],
        name_override: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> EvalDataset:
        """Import an eval dataset

        Creates a dataset with its cases from JSON exported from another assistant or organization. The server
        describes the answer as the created dataset's details without declaring them.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            data: The exported dataset as JSON (name, type and `cases`), passed through unchanged.
            name_override: Name to use instead of the one in `data`.

        ``POST /api/learning/assistants/{assistant_id}/eval-datasets/import``
        """
        return await self._call_async(
            _ops.EVALS_IMPORT_DATASET,
            {
                "assistant_id": assistant_id,
                "data": data,
                "name_override": name_override,
            },
            options,
        )

    def get_dataset(self, assistant_id: int, dataset_id: int, **options: Unpack[RequestOptions]) -> EvalDatasetDetail:
        """Get an eval dataset with its cases

        Returns one dataset with all its cases. The server does not declare the body; the spec assumes the
        dataset's fields plus `cases`.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            dataset_id: Eval dataset id.

        ``GET /api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}``
        """
        return self._call(_ops.EVALS_GET_DATASET, {"assistant_id": assistant_id, "dataset_id": dataset_id}, options)

    async def get_dataset_async(
        self,
        assistant_id: int,
        dataset_id: int,
        **options: Unpack[RequestOptions],
    ) -> EvalDatasetDetail:
        """Get an eval dataset with its cases

        Returns one dataset with all its cases. The server does not declare the body; the spec assumes the
        dataset's fields plus `cases`.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            dataset_id: Eval dataset id.

        ``GET /api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}``
        """
        return await self._call_async(
            _ops.EVALS_GET_DATASET,
            {
                "assistant_id": assistant_id,
                "dataset_id": dataset_id,
            },
            options,
        )

    def publish_dataset(
        self,
        assistant_id: int,
        dataset_id: int,
        **options: Unpack[RequestOptions],
    ) -> ActionAcknowledgement:
        """Publish an eval dataset

        Freezes the dataset: its cases can no longer be added, changed or deleted, so evaluation results stay
        comparable. Takes no body. The server does not declare the response body.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            dataset_id: Eval dataset id.

        ``POST /api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/publish``
        """
        return self._call(_ops.EVALS_PUBLISH_DATASET, {"assistant_id": assistant_id, "dataset_id": dataset_id}, options)

    async def publish_dataset_async(
        self,
        assistant_id: int,
        dataset_id: int,
        **options: Unpack[RequestOptions],
    ) -> ActionAcknowledgement:
        """Publish an eval dataset

        Freezes the dataset: its cases can no longer be added, changed or deleted, so evaluation results stay
        comparable. Takes no body. The server does not declare the response body.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            dataset_id: Eval dataset id.

        ``POST /api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/publish``
        """
        return await self._call_async(
            _ops.EVALS_PUBLISH_DATASET,
            {
                "assistant_id": assistant_id,
                "dataset_id": dataset_id,
            },
            options,
        )

    def list_cases(
        self,
        assistant_id: int,
        dataset_id: int,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        offset: Union[int, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[EvalCase]:
        """List a dataset's cases

        Returns one page of the dataset's cases. Page with `limit` and `offset`. The server does not declare the
        body; the spec assumes a plain array of cases without a total, like the other `limit`/`offset` lists of
        this API, so keep requesting until a page is shorter than `limit`.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            dataset_id: Eval dataset id.
            limit: Largest number of records to return.
            offset: How many records to skip before the first one returned.

        ``GET /api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/cases``
        """
        return self._list(
            _ops.EVALS_LIST_CASES,
            {
                "assistant_id": assistant_id,
                "dataset_id": dataset_id,
                "limit": limit,
                "offset": offset,
            },
            options,
        )

    def list_cases_async(
        self,
        assistant_id: int,
        dataset_id: int,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        offset: Union[int, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageRequest[EvalCase]:
        """List a dataset's cases

        Returns one page of the dataset's cases. Page with `limit` and `offset`. The server does not declare the
        body; the spec assumes a plain array of cases without a total, like the other `limit`/`offset` lists of
        this API, so keep requesting until a page is shorter than `limit`.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            dataset_id: Eval dataset id.
            limit: Largest number of records to return.
            offset: How many records to skip before the first one returned.

        ``GET /api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/cases``
        """
        return self._list_async(
            _ops.EVALS_LIST_CASES,
            {
                "assistant_id": assistant_id,
                "dataset_id": dataset_id,
                "limit": limit,
                "offset": offset,
            },
            options,
        )

    def create_case(
        self,
        assistant_id: int,
        dataset_id: int,
        *,
        conversation: Sequence[Union[LearningConversationTurn, Mapping[str, Any]]],
        expected_response: Union[EvalExpectedResponse, Mapping[str, Any]],
        case_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        mock_tool_responses: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        difficulty: Union[Optional[Union[Literal["easy", "medium", "hard"], str]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> EvalCase:
        """Add a case to a dataset

        Adds a test case to a dataset that is not published yet. `expected_response` is an object of criteria (the
        docs show a plain string; the server requires an object). The server does not declare the response body;
        the spec assumes the created case.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            dataset_id: Eval dataset id.
            conversation: The conversation so far.
            case_name: Name of the case.
            mock_tool_responses: What each tool returns during the evaluation, keyed by tool name. The keys
                are user data and are never renamed by the SDK.
            difficulty: How hard the case is.

        ``POST /api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/cases``
        """
        return self._call(
            _ops.EVALS_CREATE_CASE,
            {
                "assistant_id": assistant_id,
                "dataset_id": dataset_id,
                "conversation": conversation,
                "expected_response": expected_response,
                "case_name": case_name,
                "mock_tool_responses": mock_tool_responses,
                "difficulty": difficulty,
            },
            options,
        )

    async def create_case_async(
        self,
        assistant_id: int,
        dataset_id: int,
        *,
        conversation: Sequence[Union[LearningConversationTurn, Mapping[str, Any]]],
        expected_response: Union[EvalExpectedResponse, Mapping[str, Any]],
        case_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        mock_tool_responses: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        difficulty: Union[Optional[Union[Literal["easy", "medium", "hard"], str]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> EvalCase:
        """Add a case to a dataset

        Adds a test case to a dataset that is not published yet. `expected_response` is an object of criteria (the
        docs show a plain string; the server requires an object). The server does not declare the response body;
        the spec assumes the created case.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            dataset_id: Eval dataset id.
            conversation: The conversation so far.
            case_name: Name of the case.
            mock_tool_responses: What each tool returns during the evaluation, keyed by tool name. The keys
                are user data and are never renamed by the SDK.
            difficulty: How hard the case is.

        ``POST /api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/cases``
        """
        return await self._call_async(
            _ops.EVALS_CREATE_CASE,
            {
                "assistant_id": assistant_id,
                "dataset_id": dataset_id,
                "conversation": conversation,
                "expected_response": expected_response,
                "case_name": case_name,
                "mock_tool_responses": mock_tool_responses,
                "difficulty": difficulty,
            },
            options,
        )

    def update_case(
        self,
        assistant_id: int,
        dataset_id: int,
        case_id: int,
        *,
        conversation: Sequence[Union[LearningConversationTurn, Mapping[str, Any]]],
        expected_response: Union[EvalExpectedResponse, Mapping[str, Any]],
        case_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        mock_tool_responses: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        difficulty: Union[Optional[Union[Literal["easy", "medium", "hard"], str]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> EvalCase:
        """Replace a case

        Replaces the case with the body, as long as the dataset is not published (a published dataset answers
        `400`). The server does not declare the response body; the spec assumes the case.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            dataset_id: Eval dataset id.
            case_id: Eval case id.
            conversation: The conversation so far.
            case_name: Name of the case.
            mock_tool_responses: What each tool returns during the evaluation, keyed by tool name. The keys
                are user data and are never renamed by the SDK.
            difficulty: How hard the case is.

        ``PUT /api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/cases/{case_id}``
        """
        return self._call(
            _ops.EVALS_UPDATE_CASE,
            {
                "assistant_id": assistant_id,
                "dataset_id": dataset_id,
                "case_id": case_id,
                "conversation": conversation,
                "expected_response": expected_response,
                "case_name": case_name,
                "mock_tool_responses": mock_tool_responses,
                "difficulty": difficulty,
            },
            options,
        )

    async def update_case_async(
        self,
        assistant_id: int,
        dataset_id: int,
        case_id: int,
        *,
        conversation: Sequence[Union[LearningConversationTurn, Mapping[str, Any]]],
        expected_response: Union[EvalExpectedResponse, Mapping[str, Any]],
        case_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        mock_tool_responses: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        difficulty: Union[Optional[Union[Literal["easy", "medium", "hard"], str]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> EvalCase:
        """Replace a case

        Replaces the case with the body, as long as the dataset is not published (a published dataset answers
        `400`). The server does not declare the response body; the spec assumes the case.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            dataset_id: Eval dataset id.
            case_id: Eval case id.
            conversation: The conversation so far.
            case_name: Name of the case.
            mock_tool_responses: What each tool returns during the evaluation, keyed by tool name. The keys
                are user data and are never renamed by the SDK.
            difficulty: How hard the case is.

        ``PUT /api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/cases/{case_id}``
        """
        return await self._call_async(
            _ops.EVALS_UPDATE_CASE,
            {
                "assistant_id": assistant_id,
                "dataset_id": dataset_id,
                "case_id": case_id,
                "conversation": conversation,
                "expected_response": expected_response,
                "case_name": case_name,
                "mock_tool_responses": mock_tool_responses,
                "difficulty": difficulty,
            },
            options,
        )

    def delete_case(
        self,
        assistant_id: int,
        dataset_id: int,
        case_id: int,
        **options: Unpack[RequestOptions],
    ) -> ActionAcknowledgement:
        """Delete a case

        Deletes the case, as long as the dataset is not published (a published dataset answers `400`). The server
        does not declare the response body.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            dataset_id: Eval dataset id.
            case_id: Eval case id.

        ``DELETE /api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/cases/{case_id}``
        """
        return self._call(
            _ops.EVALS_DELETE_CASE,
            {
                "assistant_id": assistant_id,
                "dataset_id": dataset_id,
                "case_id": case_id,
            },
            options,
        )

    async def delete_case_async(
        self,
        assistant_id: int,
        dataset_id: int,
        case_id: int,
        **options: Unpack[RequestOptions],
    ) -> ActionAcknowledgement:
        """Delete a case

        Deletes the case, as long as the dataset is not published (a published dataset answers `400`). The server
        does not declare the response body.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            dataset_id: Eval dataset id.
            case_id: Eval case id.

        ``DELETE /api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/cases/{case_id}``
        """
        return await self._call_async(
            _ops.EVALS_DELETE_CASE,
            {
                "assistant_id": assistant_id,
                "dataset_id": dataset_id,
                "case_id": case_id,
            },
            options,
        )

    def create_case_from_trace(
        self,
        assistant_id: int,
        dataset_id: int,
        *,
        call_trace_id: int,
        expected_response: Union[EvalExpectedResponse, Mapping[str, Any]],
        case_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> EvalCase:
        """Add a case from a real call

        Adds a test case whose conversation is copied from a recorded call (see `callTraces.list`), with what the
        assistant should have done. The server describes the answer as the created case's details without
        declaring them.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            dataset_id: Eval dataset id.
            call_trace_id: The call trace to copy the conversation from (see `callTraces.list`).
            case_name: Name of the case.

        ``POST /api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/cases/from-trace``
        """
        return self._call(
            _ops.EVALS_CREATE_CASE_FROM_TRACE,
            {
                "assistant_id": assistant_id,
                "dataset_id": dataset_id,
                "call_trace_id": call_trace_id,
                "expected_response": expected_response,
                "case_name": case_name,
            },
            options,
        )

    async def create_case_from_trace_async(
        self,
        assistant_id: int,
        dataset_id: int,
        *,
        call_trace_id: int,
        expected_response: Union[EvalExpectedResponse, Mapping[str, Any]],
        case_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> EvalCase:
        """Add a case from a real call

        Adds a test case whose conversation is copied from a recorded call (see `callTraces.list`), with what the
        assistant should have done. The server describes the answer as the created case's details without
        declaring them.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            dataset_id: Eval dataset id.
            call_trace_id: The call trace to copy the conversation from (see `callTraces.list`).
            case_name: Name of the case.

        ``POST /api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/cases/from-trace``
        """
        return await self._call_async(
            _ops.EVALS_CREATE_CASE_FROM_TRACE,
            {
                "assistant_id": assistant_id,
                "dataset_id": dataset_id,
                "call_trace_id": call_trace_id,
                "expected_response": expected_response,
                "case_name": case_name,
            },
            options,
        )

    def run(
        self,
        assistant_id: int,
        *,
        prompt_version_id: int,
        dataset_id: int,
        pass_threshold: Union[float, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> EvalRunResult:
        """Evaluate a prompt version against a dataset

        Runs every case of the dataset against the prompt version and scores the answers (keywords, intent, tool
        calls, fluency); the version passes when its score reaches `pass_threshold`. Run an evaluation before
        starting a canary. The server does not declare the response body.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            prompt_version_id: The prompt version to evaluate.
            dataset_id: The dataset to run.
            pass_threshold: Lowest score, from 0 to 1, that passes.

        ``POST /api/learning/assistants/{assistant_id}/eval/run``
        """
        return self._call(
            _ops.EVALS_RUN,
            {
                "assistant_id": assistant_id,
                "prompt_version_id": prompt_version_id,
                "dataset_id": dataset_id,
                "pass_threshold": pass_threshold,
            },
            options,
        )

    async def run_async(
        self,
        assistant_id: int,
        *,
        prompt_version_id: int,
        dataset_id: int,
        pass_threshold: Union[float, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> EvalRunResult:
        """Evaluate a prompt version against a dataset

        Runs every case of the dataset against the prompt version and scores the answers (keywords, intent, tool
        calls, fluency); the version passes when its score reaches `pass_threshold`. Run an evaluation before
        starting a canary. The server does not declare the response body.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            prompt_version_id: The prompt version to evaluate.
            dataset_id: The dataset to run.
            pass_threshold: Lowest score, from 0 to 1, that passes.

        ``POST /api/learning/assistants/{assistant_id}/eval/run``
        """
        return await self._call_async(
            _ops.EVALS_RUN,
            {
                "assistant_id": assistant_id,
                "prompt_version_id": prompt_version_id,
                "dataset_id": dataset_id,
                "pass_threshold": pass_threshold,
            },
            options,
        )


class AsyncEvals(Resource):
    """Eval datasets of test conversations, their cases, and evaluation runs of prompt versions against them.

    The async form of ``Evals``.
    """

    @cached_property
    def with_raw_response(self) -> AsyncEvalsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return AsyncEvalsWithRawResponse(self)

    async def list_datasets(self, assistant_id: int, **options: Unpack[RequestOptions]) -> List[EvalDataset]:
        """List an assistant's eval datasets

        Returns the assistant's eval datasets, not paginated. The server does not declare the body; the spec
        assumes a plain array of datasets, like the other lists of this API.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``GET /api/learning/assistants/{assistant_id}/eval-datasets``
        """
        return await self._call_async(_ops.EVALS_LIST_DATASETS, {"assistant_id": assistant_id}, options)

    async def create_dataset(
        self,
        assistant_id: int,
        *,
        name: str,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        dataset_type: Union[Union[Literal["golden", "regression", "synthetic"], str], NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> EvalDataset:
        """Create an eval dataset

        Creates an empty dataset for the assistant; add cases with `evals.createCase` or
        `evals.createCaseFromTrace`. The server does not declare the response body; the spec assumes the created
        dataset.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            name: Dataset name.
            description: What the dataset covers.
            tags: Labels for filtering.

        ``POST /api/learning/assistants/{assistant_id}/eval-datasets``
        """
        return await self._call_async(
            _ops.EVALS_CREATE_DATASET,
            {
                "assistant_id": assistant_id,
                "name": name,
                "description": description,
                "dataset_type": dataset_type,
                "tags": tags,
            },
            options,
        )

    async def import_dataset(
        self,
        assistant_id: int,
        *,
        data: Mapping[str, Any],
        name_override: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> EvalDataset:
        """Import an eval dataset

        Creates a dataset with its cases from JSON exported from another assistant or organization. The server
        describes the answer as the created dataset's details without declaring them.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            data: The exported dataset as JSON (name, type and `cases`), passed through unchanged.
            name_override: Name to use instead of the one in `data`.

        ``POST /api/learning/assistants/{assistant_id}/eval-datasets/import``
        """
        return await self._call_async(
            _ops.EVALS_IMPORT_DATASET,
            {
                "assistant_id": assistant_id,
                "data": data,
                "name_override": name_override,
            },
            options,
        )

    async def get_dataset(
        self,
        assistant_id: int,
        dataset_id: int,
        **options: Unpack[RequestOptions],
    ) -> EvalDatasetDetail:
        """Get an eval dataset with its cases

        Returns one dataset with all its cases. The server does not declare the body; the spec assumes the
        dataset's fields plus `cases`.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            dataset_id: Eval dataset id.

        ``GET /api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}``
        """
        return await self._call_async(
            _ops.EVALS_GET_DATASET,
            {
                "assistant_id": assistant_id,
                "dataset_id": dataset_id,
            },
            options,
        )

    async def publish_dataset(
        self,
        assistant_id: int,
        dataset_id: int,
        **options: Unpack[RequestOptions],
    ) -> ActionAcknowledgement:
        """Publish an eval dataset

        Freezes the dataset: its cases can no longer be added, changed or deleted, so evaluation results stay
        comparable. Takes no body. The server does not declare the response body.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            dataset_id: Eval dataset id.

        ``POST /api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/publish``
        """
        return await self._call_async(
            _ops.EVALS_PUBLISH_DATASET,
            {
                "assistant_id": assistant_id,
                "dataset_id": dataset_id,
            },
            options,
        )

    def list_cases(
        self,
        assistant_id: int,
        dataset_id: int,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        offset: Union[int, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageRequest[EvalCase]:
        """List a dataset's cases

        Returns one page of the dataset's cases. Page with `limit` and `offset`. The server does not declare the
        body; the spec assumes a plain array of cases without a total, like the other `limit`/`offset` lists of
        this API, so keep requesting until a page is shorter than `limit`.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            dataset_id: Eval dataset id.
            limit: Largest number of records to return.
            offset: How many records to skip before the first one returned.

        ``GET /api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/cases``
        """
        return self._list_async(
            _ops.EVALS_LIST_CASES,
            {
                "assistant_id": assistant_id,
                "dataset_id": dataset_id,
                "limit": limit,
                "offset": offset,
            },
            options,
        )

    async def create_case(
        self,
        assistant_id: int,
        dataset_id: int,
        *,
        conversation: Sequence[Union[LearningConversationTurn, Mapping[str, Any]]],
        expected_response: Union[EvalExpectedResponse, Mapping[str, Any]],
        case_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        mock_tool_responses: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        difficulty: Union[Optional[Union[Literal["easy", "medium", "hard"], str]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> EvalCase:
        """Add a case to a dataset

        Adds a test case to a dataset that is not published yet. `expected_response` is an object of criteria (the
        docs show a plain string; the server requires an object). The server does not declare the response body;
        the spec assumes the created case.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            dataset_id: Eval dataset id.
            conversation: The conversation so far.
            case_name: Name of the case.
            mock_tool_responses: What each tool returns during the evaluation, keyed by tool name. The keys
                are user data and are never renamed by the SDK.
            difficulty: How hard the case is.

        ``POST /api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/cases``
        """
        return await self._call_async(
            _ops.EVALS_CREATE_CASE,
            {
                "assistant_id": assistant_id,
                "dataset_id": dataset_id,
                "conversation": conversation,
                "expected_response": expected_response,
                "case_name": case_name,
                "mock_tool_responses": mock_tool_responses,
                "difficulty": difficulty,
            },
            options,
        )

    async def update_case(
        self,
        assistant_id: int,
        dataset_id: int,
        case_id: int,
        *,
        conversation: Sequence[Union[LearningConversationTurn, Mapping[str, Any]]],
        expected_response: Union[EvalExpectedResponse, Mapping[str, Any]],
        case_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        mock_tool_responses: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        difficulty: Union[Optional[Union[Literal["easy", "medium", "hard"], str]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> EvalCase:
        """Replace a case

        Replaces the case with the body, as long as the dataset is not published (a published dataset answers
        `400`). The server does not declare the response body; the spec assumes the case.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            dataset_id: Eval dataset id.
            case_id: Eval case id.
            conversation: The conversation so far.
            case_name: Name of the case.
            mock_tool_responses: What each tool returns during the evaluation, keyed by tool name. The keys
                are user data and are never renamed by the SDK.
            difficulty: How hard the case is.

        ``PUT /api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/cases/{case_id}``
        """
        return await self._call_async(
            _ops.EVALS_UPDATE_CASE,
            {
                "assistant_id": assistant_id,
                "dataset_id": dataset_id,
                "case_id": case_id,
                "conversation": conversation,
                "expected_response": expected_response,
                "case_name": case_name,
                "mock_tool_responses": mock_tool_responses,
                "difficulty": difficulty,
            },
            options,
        )

    async def delete_case(
        self,
        assistant_id: int,
        dataset_id: int,
        case_id: int,
        **options: Unpack[RequestOptions],
    ) -> ActionAcknowledgement:
        """Delete a case

        Deletes the case, as long as the dataset is not published (a published dataset answers `400`). The server
        does not declare the response body.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            dataset_id: Eval dataset id.
            case_id: Eval case id.

        ``DELETE /api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/cases/{case_id}``
        """
        return await self._call_async(
            _ops.EVALS_DELETE_CASE,
            {
                "assistant_id": assistant_id,
                "dataset_id": dataset_id,
                "case_id": case_id,
            },
            options,
        )

    async def create_case_from_trace(
        self,
        assistant_id: int,
        dataset_id: int,
        *,
        call_trace_id: int,
        expected_response: Union[EvalExpectedResponse, Mapping[str, Any]],
        case_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> EvalCase:
        """Add a case from a real call

        Adds a test case whose conversation is copied from a recorded call (see `callTraces.list`), with what the
        assistant should have done. The server describes the answer as the created case's details without
        declaring them.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            dataset_id: Eval dataset id.
            call_trace_id: The call trace to copy the conversation from (see `callTraces.list`).
            case_name: Name of the case.

        ``POST /api/learning/assistants/{assistant_id}/eval-datasets/{dataset_id}/cases/from-trace``
        """
        return await self._call_async(
            _ops.EVALS_CREATE_CASE_FROM_TRACE,
            {
                "assistant_id": assistant_id,
                "dataset_id": dataset_id,
                "call_trace_id": call_trace_id,
                "expected_response": expected_response,
                "case_name": case_name,
            },
            options,
        )

    async def run(
        self,
        assistant_id: int,
        *,
        prompt_version_id: int,
        dataset_id: int,
        pass_threshold: Union[float, NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> EvalRunResult:
        """Evaluate a prompt version against a dataset

        Runs every case of the dataset against the prompt version and scores the answers (keywords, intent, tool
        calls, fluency); the version passes when its score reaches `pass_threshold`. Run an evaluation before
        starting a canary. The server does not declare the response body.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            prompt_version_id: The prompt version to evaluate.
            dataset_id: The dataset to run.
            pass_threshold: Lowest score, from 0 to 1, that passes.

        ``POST /api/learning/assistants/{assistant_id}/eval/run``
        """
        return await self._call_async(
            _ops.EVALS_RUN,
            {
                "assistant_id": assistant_id,
                "prompt_version_id": prompt_version_id,
                "dataset_id": dataset_id,
                "pass_threshold": pass_threshold,
            },
            options,
        )


class EvalsWithRawResponse:
    def __init__(self, resource: Evals) -> None:
        self.list_datasets = to_raw_response(resource.list_datasets)
        self.list_datasets_async = async_to_raw_response(resource.list_datasets_async)
        self.create_dataset = to_raw_response(resource.create_dataset)
        self.create_dataset_async = async_to_raw_response(resource.create_dataset_async)
        self.import_dataset = to_raw_response(resource.import_dataset)
        self.import_dataset_async = async_to_raw_response(resource.import_dataset_async)
        self.get_dataset = to_raw_response(resource.get_dataset)
        self.get_dataset_async = async_to_raw_response(resource.get_dataset_async)
        self.publish_dataset = to_raw_response(resource.publish_dataset)
        self.publish_dataset_async = async_to_raw_response(resource.publish_dataset_async)
        self.create_case = to_raw_response(resource.create_case)
        self.create_case_async = async_to_raw_response(resource.create_case_async)
        self.update_case = to_raw_response(resource.update_case)
        self.update_case_async = async_to_raw_response(resource.update_case_async)
        self.delete_case = to_raw_response(resource.delete_case)
        self.delete_case_async = async_to_raw_response(resource.delete_case_async)
        self.create_case_from_trace = to_raw_response(resource.create_case_from_trace)
        self.create_case_from_trace_async = async_to_raw_response(resource.create_case_from_trace_async)
        self.run = to_raw_response(resource.run)
        self.run_async = async_to_raw_response(resource.run_async)


class AsyncEvalsWithRawResponse:
    def __init__(self, resource: AsyncEvals) -> None:
        self.list_datasets = async_to_raw_response(resource.list_datasets)
        self.create_dataset = async_to_raw_response(resource.create_dataset)
        self.import_dataset = async_to_raw_response(resource.import_dataset)
        self.get_dataset = async_to_raw_response(resource.get_dataset)
        self.publish_dataset = async_to_raw_response(resource.publish_dataset)
        self.create_case = async_to_raw_response(resource.create_case)
        self.update_case = async_to_raw_response(resource.update_case)
        self.delete_case = async_to_raw_response(resource.delete_case)
        self.create_case_from_trace = async_to_raw_response(resource.create_case_from_trace)
        self.run = async_to_raw_response(resource.run)

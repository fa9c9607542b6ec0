# Generated from the Burki API 1.0.0 spec; do not edit.
"""An assistant's learning statistics and DSPy prompt optimization."""

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
    DspyOptimizationResult,
    LearningStats,
)



class Learning(Resource):
    """An assistant's learning statistics and DSPy prompt optimization."""

    @cached_property
    def with_raw_response(self) -> LearningWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return LearningWithRawResponse(self)

    def get_stats(self, assistant_id: int, **options: Unpack[RequestOptions]) -> LearningStats:
        """Get an assistant's learning statistics

        Returns how many memories and relationships the assistant has, its prompt versions (and which are in
        production and canary), its eval datasets and the pass rate of the last evaluation.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``GET /api/learning/assistants/{assistant_id}/stats``
        """
        return self._call(_ops.LEARNING_GET_STATS, {"assistant_id": assistant_id}, options)

    async def get_stats_async(self, assistant_id: int, **options: Unpack[RequestOptions]) -> LearningStats:
        """Get an assistant's learning statistics

        Returns how many memories and relationships the assistant has, its prompt versions (and which are in
        production and canary), its eval datasets and the pass rate of the last evaluation.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``GET /api/learning/assistants/{assistant_id}/stats``
        """
        return await self._call_async(_ops.LEARNING_GET_STATS, {"assistant_id": assistant_id}, options)

    def run_dspy_optimization(
        self,
        assistant_id: int,
        *,
        dataset_id: int,
        base_prompt_version_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        config: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> DspyOptimizationResult:
        """Generate prompt candidates with DSPy

        Learns from the dataset's successful conversations with DSPy and stores the improved prompt as a new draft
        version, which still needs evaluation and human approval. Answers `503` when the server was installed
        without DSPy. The server does not declare the response body; it includes the new version's id when one was
        produced.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            dataset_id: The eval dataset to optimize against.
            base_prompt_version_id: The prompt version to start from; the active one when left out.
            config: DSPy settings to override, passed through unchanged.

        ``POST /api/learning/assistants/{assistant_id}/dspy/optimize``
        """
        return self._call(
            _ops.LEARNING_RUN_DSPY_OPTIMIZATION,
            {
                "assistant_id": assistant_id,
                "dataset_id": dataset_id,
                "base_prompt_version_id": base_prompt_version_id,
                "config": config,
            },
            options,
        )

    async def run_dspy_optimization_async(
        self,
        assistant_id: int,
        *,
        dataset_id: int,
        base_prompt_version_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        config: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> DspyOptimizationResult:
        """Generate prompt candidates with DSPy

        Learns from the dataset's successful conversations with DSPy and stores the improved prompt as a new draft
        version, which still needs evaluation and human approval. Answers `503` when the server was installed
        without DSPy. The server does not declare the response body; it includes the new version's id when one was
        produced.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            dataset_id: The eval dataset to optimize against.
            base_prompt_version_id: The prompt version to start from; the active one when left out.
            config: DSPy settings to override, passed through unchanged.

        ``POST /api/learning/assistants/{assistant_id}/dspy/optimize``
        """
        return await self._call_async(
            _ops.LEARNING_RUN_DSPY_OPTIMIZATION,
            {
                "assistant_id": assistant_id,
                "dataset_id": dataset_id,
                "base_prompt_version_id": base_prompt_version_id,
                "config": config,
            },
            options,
        )


class AsyncLearning(Resource):
    """An assistant's learning statistics and DSPy prompt optimization.

    The async form of ``Learning``.
    """

    @cached_property
    def with_raw_response(self) -> AsyncLearningWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return AsyncLearningWithRawResponse(self)

    async def get_stats(self, assistant_id: int, **options: Unpack[RequestOptions]) -> LearningStats:
        """Get an assistant's learning statistics

        Returns how many memories and relationships the assistant has, its prompt versions (and which are in
        production and canary), its eval datasets and the pass rate of the last evaluation.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``GET /api/learning/assistants/{assistant_id}/stats``
        """
        return await self._call_async(_ops.LEARNING_GET_STATS, {"assistant_id": assistant_id}, options)

    async def run_dspy_optimization(
        self,
        assistant_id: int,
        *,
        dataset_id: int,
        base_prompt_version_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        config: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> DspyOptimizationResult:
        """Generate prompt candidates with DSPy

        Learns from the dataset's successful conversations with DSPy and stores the improved prompt as a new draft
        version, which still needs evaluation and human approval. Answers `503` when the server was installed
        without DSPy. The server does not declare the response body; it includes the new version's id when one was
        produced.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            dataset_id: The eval dataset to optimize against.
            base_prompt_version_id: The prompt version to start from; the active one when left out.
            config: DSPy settings to override, passed through unchanged.

        ``POST /api/learning/assistants/{assistant_id}/dspy/optimize``
        """
        return await self._call_async(
            _ops.LEARNING_RUN_DSPY_OPTIMIZATION,
            {
                "assistant_id": assistant_id,
                "dataset_id": dataset_id,
                "base_prompt_version_id": base_prompt_version_id,
                "config": config,
            },
            options,
        )


class LearningWithRawResponse:
    def __init__(self, resource: Learning) -> None:
        self.get_stats = to_raw_response(resource.get_stats)
        self.get_stats_async = async_to_raw_response(resource.get_stats_async)
        self.run_dspy_optimization = to_raw_response(resource.run_dspy_optimization)
        self.run_dspy_optimization_async = async_to_raw_response(resource.run_dspy_optimization_async)


class AsyncLearningWithRawResponse:
    def __init__(self, resource: AsyncLearning) -> None:
        self.get_stats = async_to_raw_response(resource.get_stats)
        self.run_dspy_optimization = async_to_raw_response(resource.run_dspy_optimization)

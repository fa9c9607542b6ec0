# Generated from the Burki API 1.0.0 spec; do not edit.
"""Upload voice samples and clone them into custom text-to-speech voices at ElevenLabs, Resemble and other providers."""

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
    ClonedVoiceCreateResult,
    ClonedVoiceList,
    VoiceCloningProviderList,
    VoiceSampleList,
    VoiceSampleUploadResult,
)



class VoiceCloning(Resource):
    """Upload voice samples and clone them into custom text-to-speech voices at ElevenLabs, Resemble and other
    providers.
    """

    @cached_property
    def with_raw_response(self) -> VoiceCloningWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return VoiceCloningWithRawResponse(self)

    def upload_sample(
        self,
        assistant_id: int,
        file: FileInput,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tags: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> VoiceSampleUploadResult:
        """Upload a voice sample

        Uploads a recording of the voice to clone, as `multipart/form-data` with the audio in `file`. The sample
        belongs to the organization; the assistant in the path is only checked for access. Clone it with
        `createClonedVoice` once its status is `uploaded` or `ready`. Files over 50 MB are refused with 413,
        unsupported formats with 400 or 422.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            file: The audio file.
            name: Display name; defaults to the file name.
            description: What the sample is.
            tags: Comma-separated tags (one string, for example `professional,clear`).

        ``POST /api/v1/assistants/{assistant_id}/voice-samples/upload``
        """
        return self._call(
            _ops.VOICE_CLONING_UPLOAD_SAMPLE,
            {
                "assistant_id": assistant_id,
                "file": file,
                "name": name,
                "description": description,
                "tags": tags,
            },
            options,
        )

    async def upload_sample_async(
        self,
        assistant_id: int,
        file: FileInput,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tags: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> VoiceSampleUploadResult:
        """Upload a voice sample

        Uploads a recording of the voice to clone, as `multipart/form-data` with the audio in `file`. The sample
        belongs to the organization; the assistant in the path is only checked for access. Clone it with
        `createClonedVoice` once its status is `uploaded` or `ready`. Files over 50 MB are refused with 413,
        unsupported formats with 400 or 422.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            file: The audio file.
            name: Display name; defaults to the file name.
            description: What the sample is.
            tags: Comma-separated tags (one string, for example `professional,clear`).

        ``POST /api/v1/assistants/{assistant_id}/voice-samples/upload``
        """
        return await self._call_async(
            _ops.VOICE_CLONING_UPLOAD_SAMPLE,
            {
                "assistant_id": assistant_id,
                "file": file,
                "name": name,
                "description": description,
                "tags": tags,
            },
            options,
        )

    def list_samples(
        self,
        assistant_id: int,
        *,
        status: Union[Union[Literal["uploaded", "processing", "ready", "failed"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> VoiceSampleList:
        """List voice samples

        Returns the organization's uploaded voice samples (not paginated), wrapped in an object. The assistant in
        the path is only checked for access.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            status: Only return samples in this state.

        ``GET /api/v1/assistants/{assistant_id}/voice-samples``
        """
        return self._call(_ops.VOICE_CLONING_LIST_SAMPLES, {"assistant_id": assistant_id, "status": status}, options)

    async def list_samples_async(
        self,
        assistant_id: int,
        *,
        status: Union[Union[Literal["uploaded", "processing", "ready", "failed"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> VoiceSampleList:
        """List voice samples

        Returns the organization's uploaded voice samples (not paginated), wrapped in an object. The assistant in
        the path is only checked for access.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            status: Only return samples in this state.

        ``GET /api/v1/assistants/{assistant_id}/voice-samples``
        """
        return await self._call_async(
            _ops.VOICE_CLONING_LIST_SAMPLES,
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
        voice_sample_id: int,
        provider: Union[Literal["elevenlabs", "resemble", "cartesia", "inworld"], str],
        name: str,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        language: Union[Optional[str], NotGiven] = NOT_GIVEN,
        enhance_quality: Union[bool, NotGiven] = NOT_GIVEN,
        tags: Union[Optional[Sequence[str]], NotGiven] = NOT_GIVEN,
        metadata: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ClonedVoiceCreateResult:
        """Clone a voice

        Clones the voice of an uploaded sample at a text-to-speech provider. The new voice usually starts
        `processing`; once `ready`, use its `provider_voice_id` as the assistant's `tts_settings.voice_id`. The
        server answers 200, not 201. Provider failures (for example an exhausted provider account) come back as
        500.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            voice_sample_id: Id of the uploaded voice sample to clone.
            name: Display name of the new voice.
            description: What the voice is for.
            language: Language code of the voice (for example `en`, `es`).
            enhance_quality: Let the provider clean up the sample before cloning.
            tags: Tags for organizing voices.
            metadata: Extra provider-specific settings. The keys are user data and pass through unchanged.

        ``POST /api/v1/assistants/{assistant_id}/cloned-voices/create``
        """
        return self._call(
            _ops.VOICE_CLONING_CREATE,
            {
                "assistant_id": assistant_id,
                "voice_sample_id": voice_sample_id,
                "provider": provider,
                "name": name,
                "description": description,
                "language": language,
                "enhance_quality": enhance_quality,
                "tags": tags,
                "metadata": metadata,
            },
            options,
        )

    async def create_async(
        self,
        assistant_id: int,
        *,
        voice_sample_id: int,
        provider: Union[Literal["elevenlabs", "resemble", "cartesia", "inworld"], str],
        name: str,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        language: Union[Optional[str], NotGiven] = NOT_GIVEN,
        enhance_quality: Union[bool, NotGiven] = NOT_GIVEN,
        tags: Union[Optional[Sequence[str]], NotGiven] = NOT_GIVEN,
        metadata: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ClonedVoiceCreateResult:
        """Clone a voice

        Clones the voice of an uploaded sample at a text-to-speech provider. The new voice usually starts
        `processing`; once `ready`, use its `provider_voice_id` as the assistant's `tts_settings.voice_id`. The
        server answers 200, not 201. Provider failures (for example an exhausted provider account) come back as
        500.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            voice_sample_id: Id of the uploaded voice sample to clone.
            name: Display name of the new voice.
            description: What the voice is for.
            language: Language code of the voice (for example `en`, `es`).
            enhance_quality: Let the provider clean up the sample before cloning.
            tags: Tags for organizing voices.
            metadata: Extra provider-specific settings. The keys are user data and pass through unchanged.

        ``POST /api/v1/assistants/{assistant_id}/cloned-voices/create``
        """
        return await self._call_async(
            _ops.VOICE_CLONING_CREATE,
            {
                "assistant_id": assistant_id,
                "voice_sample_id": voice_sample_id,
                "provider": provider,
                "name": name,
                "description": description,
                "language": language,
                "enhance_quality": enhance_quality,
                "tags": tags,
                "metadata": metadata,
            },
            options,
        )

    def list(
        self,
        assistant_id: int,
        *,
        status: Union[Union[Literal["processing", "ready", "failed", "archived"], str], NotGiven] = NOT_GIVEN,
        provider: Union[Union[Literal["elevenlabs", "resemble", "cartesia", "inworld"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ClonedVoiceList:
        """List cloned voices (assistant route)

        Returns the organization's cloned voices (not paginated), wrapped in an object. The server calls this
        route legacy: the voices belong to the organization, the assistant in the path is only checked for access,
        and `GET /api/v1/assistants/cloned-voices` (`assistants.getClonedVoices`) returns the same list without
        it.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            status: Only return voices in this state.
            provider: Only return voices hosted by this provider.

        ``GET /api/v1/assistants/{assistant_id}/cloned-voices``
        """
        return self._call(
            _ops.VOICE_CLONING_LIST,
            {
                "assistant_id": assistant_id,
                "status": status,
                "provider": provider,
            },
            options,
        )

    async def list_async(
        self,
        assistant_id: int,
        *,
        status: Union[Union[Literal["processing", "ready", "failed", "archived"], str], NotGiven] = NOT_GIVEN,
        provider: Union[Union[Literal["elevenlabs", "resemble", "cartesia", "inworld"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ClonedVoiceList:
        """List cloned voices (assistant route)

        Returns the organization's cloned voices (not paginated), wrapped in an object. The server calls this
        route legacy: the voices belong to the organization, the assistant in the path is only checked for access,
        and `GET /api/v1/assistants/cloned-voices` (`assistants.getClonedVoices`) returns the same list without
        it.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            status: Only return voices in this state.
            provider: Only return voices hosted by this provider.

        ``GET /api/v1/assistants/{assistant_id}/cloned-voices``
        """
        return await self._call_async(
            _ops.VOICE_CLONING_LIST,
            {
                "assistant_id": assistant_id,
                "status": status,
                "provider": provider,
            },
            options,
        )

    def delete(self, assistant_id: int, voice_id: int, **options: Unpack[RequestOptions]) -> ApiResponse:
        """Delete a cloned voice

        Deletes the voice at its provider and in Burki, for good; usage history is kept. If the provider refuses,
        the server answers 500 although the voice may already be gone from Burki.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            voice_id: Cloned voice id (an integer).

        ``DELETE /api/v1/assistants/{assistant_id}/cloned-voices/{voice_id}``
        """
        return self._call(_ops.VOICE_CLONING_DELETE, {"assistant_id": assistant_id, "voice_id": voice_id}, options)

    async def delete_async(self, assistant_id: int, voice_id: int, **options: Unpack[RequestOptions]) -> ApiResponse:
        """Delete a cloned voice

        Deletes the voice at its provider and in Burki, for good; usage history is kept. If the provider refuses,
        the server answers 500 although the voice may already be gone from Burki.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            voice_id: Cloned voice id (an integer).

        ``DELETE /api/v1/assistants/{assistant_id}/cloned-voices/{voice_id}``
        """
        return await self._call_async(
            _ops.VOICE_CLONING_DELETE,
            {
                "assistant_id": assistant_id,
                "voice_id": voice_id,
            },
            options,
        )

    def list_providers(self, assistant_id: int, **options: Unpack[RequestOptions]) -> VoiceCloningProviderList:
        """List voice-cloning providers

        Returns the text-to-speech providers that can clone voices, with the formats, lengths, sizes and quality
        each accepts for a sample. The assistant in the path is only checked for access.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``GET /api/v1/assistants/{assistant_id}/voice-cloning/providers``
        """
        return self._call(_ops.VOICE_CLONING_LIST_PROVIDERS, {"assistant_id": assistant_id}, options)

    async def list_providers_async(
        self,
        assistant_id: int,
        **options: Unpack[RequestOptions],
    ) -> VoiceCloningProviderList:
        """List voice-cloning providers

        Returns the text-to-speech providers that can clone voices, with the formats, lengths, sizes and quality
        each accepts for a sample. The assistant in the path is only checked for access.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``GET /api/v1/assistants/{assistant_id}/voice-cloning/providers``
        """
        return await self._call_async(_ops.VOICE_CLONING_LIST_PROVIDERS, {"assistant_id": assistant_id}, options)


class AsyncVoiceCloning(Resource):
    """Upload voice samples and clone them into custom text-to-speech voices at ElevenLabs, Resemble and other
    providers.

    The async form of ``VoiceCloning``.
    """

    @cached_property
    def with_raw_response(self) -> AsyncVoiceCloningWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return AsyncVoiceCloningWithRawResponse(self)

    async def upload_sample(
        self,
        assistant_id: int,
        file: FileInput,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tags: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> VoiceSampleUploadResult:
        """Upload a voice sample

        Uploads a recording of the voice to clone, as `multipart/form-data` with the audio in `file`. The sample
        belongs to the organization; the assistant in the path is only checked for access. Clone it with
        `createClonedVoice` once its status is `uploaded` or `ready`. Files over 50 MB are refused with 413,
        unsupported formats with 400 or 422.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            file: The audio file.
            name: Display name; defaults to the file name.
            description: What the sample is.
            tags: Comma-separated tags (one string, for example `professional,clear`).

        ``POST /api/v1/assistants/{assistant_id}/voice-samples/upload``
        """
        return await self._call_async(
            _ops.VOICE_CLONING_UPLOAD_SAMPLE,
            {
                "assistant_id": assistant_id,
                "file": file,
                "name": name,
                "description": description,
                "tags": tags,
            },
            options,
        )

    async def list_samples(
        self,
        assistant_id: int,
        *,
        status: Union[Union[Literal["uploaded", "processing", "ready", "failed"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> VoiceSampleList:
        """List voice samples

        Returns the organization's uploaded voice samples (not paginated), wrapped in an object. The assistant in
        the path is only checked for access.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            status: Only return samples in this state.

        ``GET /api/v1/assistants/{assistant_id}/voice-samples``
        """
        return await self._call_async(
            _ops.VOICE_CLONING_LIST_SAMPLES,
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
        voice_sample_id: int,
        provider: Union[Literal["elevenlabs", "resemble", "cartesia", "inworld"], str],
        name: str,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        language: Union[Optional[str], NotGiven] = NOT_GIVEN,
        enhance_quality: Union[bool, NotGiven] = NOT_GIVEN,
        tags: Union[Optional[Sequence[str]], NotGiven] = NOT_GIVEN,
        metadata: Union[Optional[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ClonedVoiceCreateResult:
        """Clone a voice

        Clones the voice of an uploaded sample at a text-to-speech provider. The new voice usually starts
        `processing`; once `ready`, use its `provider_voice_id` as the assistant's `tts_settings.voice_id`. The
        server answers 200, not 201. Provider failures (for example an exhausted provider account) come back as
        500.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            voice_sample_id: Id of the uploaded voice sample to clone.
            name: Display name of the new voice.
            description: What the voice is for.
            language: Language code of the voice (for example `en`, `es`).
            enhance_quality: Let the provider clean up the sample before cloning.
            tags: Tags for organizing voices.
            metadata: Extra provider-specific settings. The keys are user data and pass through unchanged.

        ``POST /api/v1/assistants/{assistant_id}/cloned-voices/create``
        """
        return await self._call_async(
            _ops.VOICE_CLONING_CREATE,
            {
                "assistant_id": assistant_id,
                "voice_sample_id": voice_sample_id,
                "provider": provider,
                "name": name,
                "description": description,
                "language": language,
                "enhance_quality": enhance_quality,
                "tags": tags,
                "metadata": metadata,
            },
            options,
        )

    async def list(
        self,
        assistant_id: int,
        *,
        status: Union[Union[Literal["processing", "ready", "failed", "archived"], str], NotGiven] = NOT_GIVEN,
        provider: Union[Union[Literal["elevenlabs", "resemble", "cartesia", "inworld"], str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ClonedVoiceList:
        """List cloned voices (assistant route)

        Returns the organization's cloned voices (not paginated), wrapped in an object. The server calls this
        route legacy: the voices belong to the organization, the assistant in the path is only checked for access,
        and `GET /api/v1/assistants/cloned-voices` (`assistants.getClonedVoices`) returns the same list without
        it.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            status: Only return voices in this state.
            provider: Only return voices hosted by this provider.

        ``GET /api/v1/assistants/{assistant_id}/cloned-voices``
        """
        return await self._call_async(
            _ops.VOICE_CLONING_LIST,
            {
                "assistant_id": assistant_id,
                "status": status,
                "provider": provider,
            },
            options,
        )

    async def delete(self, assistant_id: int, voice_id: int, **options: Unpack[RequestOptions]) -> ApiResponse:
        """Delete a cloned voice

        Deletes the voice at its provider and in Burki, for good; usage history is kept. If the provider refuses,
        the server answers 500 although the voice may already be gone from Burki.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            voice_id: Cloned voice id (an integer).

        ``DELETE /api/v1/assistants/{assistant_id}/cloned-voices/{voice_id}``
        """
        return await self._call_async(
            _ops.VOICE_CLONING_DELETE,
            {
                "assistant_id": assistant_id,
                "voice_id": voice_id,
            },
            options,
        )

    async def list_providers(self, assistant_id: int, **options: Unpack[RequestOptions]) -> VoiceCloningProviderList:
        """List voice-cloning providers

        Returns the text-to-speech providers that can clone voices, with the formats, lengths, sizes and quality
        each accepts for a sample. The assistant in the path is only checked for access.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``GET /api/v1/assistants/{assistant_id}/voice-cloning/providers``
        """
        return await self._call_async(_ops.VOICE_CLONING_LIST_PROVIDERS, {"assistant_id": assistant_id}, options)


class VoiceCloningWithRawResponse:
    def __init__(self, resource: VoiceCloning) -> None:
        self.upload_sample = to_raw_response(resource.upload_sample)
        self.upload_sample_async = async_to_raw_response(resource.upload_sample_async)
        self.list_samples = to_raw_response(resource.list_samples)
        self.list_samples_async = async_to_raw_response(resource.list_samples_async)
        self.create = to_raw_response(resource.create)
        self.create_async = async_to_raw_response(resource.create_async)
        self.list = to_raw_response(resource.list)
        self.list_async = async_to_raw_response(resource.list_async)
        self.delete = to_raw_response(resource.delete)
        self.delete_async = async_to_raw_response(resource.delete_async)
        self.list_providers = to_raw_response(resource.list_providers)
        self.list_providers_async = async_to_raw_response(resource.list_providers_async)


class AsyncVoiceCloningWithRawResponse:
    def __init__(self, resource: AsyncVoiceCloning) -> None:
        self.upload_sample = async_to_raw_response(resource.upload_sample)
        self.list_samples = async_to_raw_response(resource.list_samples)
        self.create = async_to_raw_response(resource.create)
        self.list = async_to_raw_response(resource.list)
        self.delete = async_to_raw_response(resource.delete)
        self.list_providers = async_to_raw_response(resource.list_providers)

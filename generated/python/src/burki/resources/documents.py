# Generated from the Burki API 1.0.0 spec; do not edit.
"""Knowledge-base documents of an assistant (retrieval-augmented generation): upload, list, follow processing,
delete.
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
    DocumentList,
    DocumentProcessingStatus,
    DocumentUploadResult,
)



class Documents(Resource):
    """Knowledge-base documents of an assistant (retrieval-augmented generation): upload, list, follow processing,
    delete.
    """

    @cached_property
    def with_raw_response(self) -> DocumentsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return DocumentsWithRawResponse(self)

    def upload(
        self,
        assistant_id: int,
        file: FileInput,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        category: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tags: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> DocumentUploadResult:
        """Upload a knowledge-base document

        Adds a file to the assistant's knowledge base for retrieval during calls, as `multipart/form-data` with
        the file in `file`. The docs list only `file`; the server also reads `name`, `category` and `tags`.
        Processing (chunking and embedding) continues in the background: poll `getDocumentStatus`. Files over 10
        MB are refused with 400. In the SDK, give the file a name with `toFile(data, 'faq.pdf')` (the docs' third
        `filename` argument).

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            file: The document file; its file name becomes the default `name`.
            name: Display name; defaults to the file name.
            category: Free category label.
            tags: Comma-separated tags (one string, for example `faq,billing`).

        ``POST /api/v1/assistants/{assistant_id}/documents/upload``
        """
        return self._call(
            _ops.DOCUMENTS_UPLOAD,
            {
                "assistant_id": assistant_id,
                "file": file,
                "name": name,
                "category": category,
                "tags": tags,
            },
            options,
        )

    async def upload_async(
        self,
        assistant_id: int,
        file: FileInput,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        category: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tags: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> DocumentUploadResult:
        """Upload a knowledge-base document

        Adds a file to the assistant's knowledge base for retrieval during calls, as `multipart/form-data` with
        the file in `file`. The docs list only `file`; the server also reads `name`, `category` and `tags`.
        Processing (chunking and embedding) continues in the background: poll `getDocumentStatus`. Files over 10
        MB are refused with 400. In the SDK, give the file a name with `toFile(data, 'faq.pdf')` (the docs' third
        `filename` argument).

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            file: The document file; its file name becomes the default `name`.
            name: Display name; defaults to the file name.
            category: Free category label.
            tags: Comma-separated tags (one string, for example `faq,billing`).

        ``POST /api/v1/assistants/{assistant_id}/documents/upload``
        """
        return await self._call_async(
            _ops.DOCUMENTS_UPLOAD,
            {
                "assistant_id": assistant_id,
                "file": file,
                "name": name,
                "category": category,
                "tags": tags,
            },
            options,
        )

    def list(self, assistant_id: int, **options: Unpack[RequestOptions]) -> DocumentList:
        """List an assistant's documents

        Returns the assistant's knowledge-base documents, including those still processing, wrapped in
        `{documents: [...]}` (the docs show a bare array; the server wraps it). Not paginated.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``GET /api/v1/assistants/{assistant_id}/documents``
        """
        return self._call(_ops.DOCUMENTS_LIST, {"assistant_id": assistant_id}, options)

    async def list_async(self, assistant_id: int, **options: Unpack[RequestOptions]) -> DocumentList:
        """List an assistant's documents

        Returns the assistant's knowledge-base documents, including those still processing, wrapped in
        `{documents: [...]}` (the docs show a bare array; the server wraps it). Not paginated.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``GET /api/v1/assistants/{assistant_id}/documents``
        """
        return await self._call_async(_ops.DOCUMENTS_LIST, {"assistant_id": assistant_id}, options)

    def get_status(
        self,
        assistant_id: int,
        document_id: int,
        **options: Unpack[RequestOptions],
    ) -> DocumentProcessingStatus:
        """Get a document's processing status

        Reports how far the document's chunking and embedding has got. The route needs the assistant as well as
        the document, so the SDK method is `documents.getStatus(assistantId, documentId)`, not the docs'
        `getStatus(documentId)`.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            document_id: Document id (an integer; the docs' `doc_...` strings are not accepted).

        ``GET /api/v1/assistants/{assistant_id}/documents/{document_id}/status``
        """
        return self._call(
            _ops.DOCUMENTS_GET_STATUS,
            {
                "assistant_id": assistant_id,
                "document_id": document_id,
            },
            options,
        )

    async def get_status_async(
        self,
        assistant_id: int,
        document_id: int,
        **options: Unpack[RequestOptions],
    ) -> DocumentProcessingStatus:
        """Get a document's processing status

        Reports how far the document's chunking and embedding has got. The route needs the assistant as well as
        the document, so the SDK method is `documents.getStatus(assistantId, documentId)`, not the docs'
        `getStatus(documentId)`.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            document_id: Document id (an integer; the docs' `doc_...` strings are not accepted).

        ``GET /api/v1/assistants/{assistant_id}/documents/{document_id}/status``
        """
        return await self._call_async(
            _ops.DOCUMENTS_GET_STATUS,
            {
                "assistant_id": assistant_id,
                "document_id": document_id,
            },
            options,
        )

    def delete(self, assistant_id: int, document_id: int, **options: Unpack[RequestOptions]) -> ApiResponse:
        """Delete a document

        Removes the document and its embeddings from the assistant's knowledge base, for good. The route needs the
        assistant as well as the document: `documents.delete(assistantId, documentId)`.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            document_id: Document id (an integer; the docs' `doc_...` strings are not accepted).

        ``DELETE /api/v1/assistants/{assistant_id}/documents/{document_id}``
        """
        return self._call(_ops.DOCUMENTS_DELETE, {"assistant_id": assistant_id, "document_id": document_id}, options)

    async def delete_async(self, assistant_id: int, document_id: int, **options: Unpack[RequestOptions]) -> ApiResponse:
        """Delete a document

        Removes the document and its embeddings from the assistant's knowledge base, for good. The route needs the
        assistant as well as the document: `documents.delete(assistantId, documentId)`.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            document_id: Document id (an integer; the docs' `doc_...` strings are not accepted).

        ``DELETE /api/v1/assistants/{assistant_id}/documents/{document_id}``
        """
        return await self._call_async(
            _ops.DOCUMENTS_DELETE,
            {
                "assistant_id": assistant_id,
                "document_id": document_id,
            },
            options,
        )


class AsyncDocuments(Resource):
    """Knowledge-base documents of an assistant (retrieval-augmented generation): upload, list, follow processing,
    delete.

    The async form of ``Documents``.
    """

    @cached_property
    def with_raw_response(self) -> AsyncDocumentsWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, ``parse()``) instead of the result."""
        return AsyncDocumentsWithRawResponse(self)

    async def upload(
        self,
        assistant_id: int,
        file: FileInput,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        category: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tags: Union[Optional[str], NotGiven] = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> DocumentUploadResult:
        """Upload a knowledge-base document

        Adds a file to the assistant's knowledge base for retrieval during calls, as `multipart/form-data` with
        the file in `file`. The docs list only `file`; the server also reads `name`, `category` and `tags`.
        Processing (chunking and embedding) continues in the background: poll `getDocumentStatus`. Files over 10
        MB are refused with 400. In the SDK, give the file a name with `toFile(data, 'faq.pdf')` (the docs' third
        `filename` argument).

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            file: The document file; its file name becomes the default `name`.
            name: Display name; defaults to the file name.
            category: Free category label.
            tags: Comma-separated tags (one string, for example `faq,billing`).

        ``POST /api/v1/assistants/{assistant_id}/documents/upload``
        """
        return await self._call_async(
            _ops.DOCUMENTS_UPLOAD,
            {
                "assistant_id": assistant_id,
                "file": file,
                "name": name,
                "category": category,
                "tags": tags,
            },
            options,
        )

    async def list(self, assistant_id: int, **options: Unpack[RequestOptions]) -> DocumentList:
        """List an assistant's documents

        Returns the assistant's knowledge-base documents, including those still processing, wrapped in
        `{documents: [...]}` (the docs show a bare array; the server wraps it). Not paginated.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).

        ``GET /api/v1/assistants/{assistant_id}/documents``
        """
        return await self._call_async(_ops.DOCUMENTS_LIST, {"assistant_id": assistant_id}, options)

    async def get_status(
        self,
        assistant_id: int,
        document_id: int,
        **options: Unpack[RequestOptions],
    ) -> DocumentProcessingStatus:
        """Get a document's processing status

        Reports how far the document's chunking and embedding has got. The route needs the assistant as well as
        the document, so the SDK method is `documents.getStatus(assistantId, documentId)`, not the docs'
        `getStatus(documentId)`.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            document_id: Document id (an integer; the docs' `doc_...` strings are not accepted).

        ``GET /api/v1/assistants/{assistant_id}/documents/{document_id}/status``
        """
        return await self._call_async(
            _ops.DOCUMENTS_GET_STATUS,
            {
                "assistant_id": assistant_id,
                "document_id": document_id,
            },
            options,
        )

    async def delete(self, assistant_id: int, document_id: int, **options: Unpack[RequestOptions]) -> ApiResponse:
        """Delete a document

        Removes the document and its embeddings from the assistant's knowledge base, for good. The route needs the
        assistant as well as the document: `documents.delete(assistantId, documentId)`.

        Args:
            assistant_id: Assistant id (an integer; the docs' `asst_...` strings are not accepted).
            document_id: Document id (an integer; the docs' `doc_...` strings are not accepted).

        ``DELETE /api/v1/assistants/{assistant_id}/documents/{document_id}``
        """
        return await self._call_async(
            _ops.DOCUMENTS_DELETE,
            {
                "assistant_id": assistant_id,
                "document_id": document_id,
            },
            options,
        )


class DocumentsWithRawResponse:
    def __init__(self, resource: Documents) -> None:
        self.upload = to_raw_response(resource.upload)
        self.upload_async = async_to_raw_response(resource.upload_async)
        self.list = to_raw_response(resource.list)
        self.list_async = async_to_raw_response(resource.list_async)
        self.get_status = to_raw_response(resource.get_status)
        self.get_status_async = async_to_raw_response(resource.get_status_async)
        self.delete = to_raw_response(resource.delete)
        self.delete_async = async_to_raw_response(resource.delete_async)


class AsyncDocumentsWithRawResponse:
    def __init__(self, resource: AsyncDocuments) -> None:
        self.upload = async_to_raw_response(resource.upload)
        self.list = async_to_raw_response(resource.list)
        self.get_status = async_to_raw_response(resource.get_status)
        self.delete = async_to_raw_response(resource.delete)

"""A typed usage file: mypy --strict must accept it (test/python/sdk.test.ts). Never run."""

import asyncio
from typing import List, Optional

from burki import AsyncBurkiClient, BurkiClient, SyncPage
from burki.exceptions import NotFoundError, RateLimitError
from burki.types import Assistant


def names(client: BurkiClient) -> List[str]:
    page: SyncPage[Assistant] = client.assistants.list(limit=10)
    first: Optional[Assistant] = page.items[0] if page.items else None
    result = [assistant.name for assistant in page]
    if first is not None:
        updated: Assistant = client.assistants.update(first.id, name="Renamed", timeout=5.0, max_retries=1)
        result.append(updated.name)
    try:
        client.assistants.get(assistant_id=1, extra_headers={"X-Trace": "1"})
    except NotFoundError as error:
        result.append(str(error.status_code))
    except RateLimitError as error:
        result.append(str(error.retry_after))
    return result


async def async_names(client: AsyncBurkiClient) -> List[str]:
    first = await client.assistants.list(limit=1)
    names = [assistant.name for assistant in first.items]
    names.extend([assistant.name async for assistant in client.assistants.list()])
    got: Assistant = await client.assistants.get(1)
    return names + [got.name]


def run() -> None:
    with BurkiClient(api_key="key") as client:
        names(client)
    asyncio.run(async_names(AsyncBurkiClient(api_key="key")))


def raw(client: BurkiClient) -> int:
    response = client.assistants.with_raw_response.get(1)
    status: int = response.status_code
    assistant: Assistant = response.parse()
    return status + assistant.id

"""Fixtures for the end-to-end tests: clients of the installed ``burki`` package pointed at the generated mock."""

import os
from typing import Iterator

import pytest

from burki import BurkiClient


@pytest.fixture(scope="session")
def mock_url() -> str:
    url = os.environ.get("BURKI_MOCK_URL")
    if not url:
        pytest.skip("BURKI_MOCK_URL is not set (test/python/sdk.test.ts starts the mock and sets it)")
    return url


@pytest.fixture(scope="session")
def api_key() -> str:
    return os.environ.get("BURKI_TEST_API_KEY", "")


@pytest.fixture()
def client(mock_url: str, api_key: str) -> Iterator[BurkiClient]:
    with BurkiClient(api_key=api_key, base_url=mock_url, max_retries=0) as client:
        yield client

"""When and how long to wait before retrying."""

from __future__ import annotations

import random
from typing import Mapping, Optional

from .errors import retry_after_seconds

RETRYABLE_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504})
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0


def should_retry_status(status: int, headers: Mapping[str, str]) -> bool:
    """The API may say so itself (``x-should-retry``); otherwise timeouts, conflicts, rate limits and 5xx are
    retried."""
    hint = headers.get("x-should-retry")
    if hint == "true":
        return True
    if hint == "false":
        return False
    return status in RETRYABLE_STATUSES


def retry_delay(retries_done: int, headers: Optional[Mapping[str, str]], rand: float) -> float:
    """Seconds to wait before the next attempt: the API's ``Retry-After`` when it is reasonable, else exponential
    backoff (0.5 s doubling to 8 s) with up to 25 % jitter taken off."""
    if headers is not None:
        asked = retry_after_seconds(headers)
        if asked is not None and 0 <= asked <= MAX_RETRY_AFTER:
            return asked
    delay = min(INITIAL_DELAY * (2.0**retries_done), MAX_DELAY)
    return delay * (1 - 0.25 * rand)


def jitter() -> float:
    return random.random()

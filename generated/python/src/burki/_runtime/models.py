"""The base of the generated models (pydantic v2)."""

from __future__ import annotations

from typing import Any, Dict

import pydantic


class Model(pydantic.BaseModel):
    """A typed result. Attributes are snake_case; the wire's own names are kept as aliases, and properties the
    spec does not declare are kept too (``model_extra``)."""

    model_config = pydantic.ConfigDict(
        populate_by_name=True,
        extra="allow",
        defer_build=True,
        protected_namespaces=(),
    )

    def to_dict(self) -> Dict[str, Any]:
        """The model as JSON data under the wire's names, leaving out what the API did not send."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)

    def to_json(self) -> str:
        return self.model_dump_json(by_alias=True, exclude_unset=True)

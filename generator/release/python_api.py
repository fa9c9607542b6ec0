"""The Python SDK's API change between two source trees, by griffe (pinned in tools/requirements-python.txt).

Usage: python python_api.py OLD_SRC NEW_SRC PACKAGE  ->  JSON on stdout: {"changes": [...]}

griffe loads both packages statically (no import, no code run) and `griffe.find_breaking_changes` reports what
it rates breaking (removed objects, parameters removed/added as required/moved/changed kind, ...). griffe does not
compare annotations, so this script adds those (a field or parameter whose type annotation changed is breaking),
and it lists what was added: an added public object is not breaking, except a class attribute without a default
(a required model field) and a required parameter, which griffe already reports.
Each change: {"symbol": dotted path, "change": "removed" | "added" | "changed", "breaking": bool, "detail": str}.
"""

from __future__ import annotations

import json
import sys
from typing import Any, Dict, Iterator, List, Tuple

import griffe


def public(name: str) -> bool:
    return not name.startswith("_")


def walk(obj: Any, path: str) -> Iterator[Tuple[str, Any]]:
    """Public definitions under a module or class (re-exports by alias are followed only in `__all__`)."""
    for name, member in sorted(obj.members.items()):
        if not public(name):
            continue
        child = f"{path}.{name}"
        if member.is_alias:
            exported = getattr(obj, "exports", None)
            if exported is not None and name in exported:
                yield child, member
            continue
        yield child, member
        if member.is_module or member.is_class:
            yield from walk(member, child)


def describe(obj: Any) -> Dict[str, Any]:
    """What of an object a caller depends on: its kind, annotation or signature, bases."""
    if obj.is_alias:
        return {"kind": "alias", "target": obj.target_path}
    if obj.is_function:
        params = [
            {"name": p.name, "kind": p.kind.value, "annotation": str(p.annotation or ""), "required": p.default is None}
            for p in obj.parameters
        ]
        return {"kind": "function", "params": params, "returns": str(obj.returns or "")}
    if obj.is_attribute:
        # A required model field: annotated in the class body with no value (not `self.x = ...` in a method).
        required = obj.value is None and "instance-attribute" not in obj.labels
        return {"kind": "attribute", "annotation": str(obj.annotation or ""), "has_value": not required}
    if obj.is_class:
        return {"kind": "class", "bases": [str(b) for b in obj.bases]}
    return {"kind": obj.kind.value}


def annotation_changes(symbol: str, old: Dict[str, Any], new: Dict[str, Any]) -> List[Dict[str, Any]]:
    out: List[Dict[str, Any]] = []
    if old["kind"] == "attribute" and new["kind"] == "attribute" and old["annotation"] != new["annotation"]:
        detail = f"type changed from `{old['annotation']}` to `{new['annotation']}`"
        out.append({"symbol": symbol, "change": "changed", "breaking": True, "detail": detail})
    if old["kind"] == "function" and new["kind"] == "function":
        before = {p["name"]: p for p in old["params"]}
        for param in new["params"]:
            prior = before.get(param["name"])
            if prior is not None and prior["annotation"] != param["annotation"]:
                detail = f"parameter `{param['name']}` type changed from `{prior['annotation']}` to `{param['annotation']}`"
                out.append({"symbol": symbol, "change": "changed", "breaking": True, "detail": detail})
            if prior is None and not param["required"]:
                detail = f"optional parameter `{param['name']}` added"
                out.append({"symbol": symbol, "change": "added", "breaking": False, "detail": detail})
        if old["returns"] != new["returns"]:
            detail = f"return type changed from `{old['returns']}` to `{new['returns']}`"
            out.append({"symbol": symbol, "change": "changed", "breaking": True, "detail": detail})
    return out


def compare(old_src: str, new_src: str, package: str) -> List[Dict[str, Any]]:
    old = griffe.load(package, search_paths=[old_src], modules_collection=griffe.ModulesCollection())
    new = griffe.load(package, search_paths=[new_src], modules_collection=griffe.ModulesCollection())
    changes: List[Dict[str, Any]] = []
    seen = set()
    for breakage in griffe.find_breaking_changes(old, new):
        path = breakage.obj.path
        kind = "removed" if breakage.kind == griffe.BreakageKind.OBJECT_REMOVED else "changed"
        detail = breakage.kind.value
        if breakage.kind.name.startswith("PARAMETER_"):
            detail = f"{detail}: `{breakage.old_value.name if breakage.old_value else breakage.new_value.name}`"
        changes.append({"symbol": path, "change": kind, "breaking": True, "detail": detail})
        seen.add((path, kind))
    before = {symbol: obj for symbol, obj in walk(old, package)}
    after = {symbol: obj for symbol, obj in walk(new, package)}
    for symbol, obj in after.items():
        shape = describe(obj)
        if symbol not in before:
            parent = symbol.rsplit(".", 1)[0]
            if parent in before:
                required = shape["kind"] == "attribute" and not shape["has_value"] and after[parent].is_class
                detail = "required field added" if required else f"{shape['kind']} added"
                changes.append({"symbol": symbol, "change": "added", "breaking": required, "detail": detail})
            continue
        for change in annotation_changes(symbol, describe(before[symbol]), shape):
            changes.append(change)
    for symbol in before:
        if symbol not in after and (symbol, "removed") not in seen and symbol.rsplit(".", 1)[0] in after:
            changes.append({"symbol": symbol, "change": "removed", "breaking": True, "detail": "public object was removed"})
    changes.sort(key=lambda c: (c["symbol"], c["change"], c["detail"]))
    return changes


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    print(json.dumps({"changes": compare(sys.argv[1], sys.argv[2], sys.argv[3])}, indent=1))

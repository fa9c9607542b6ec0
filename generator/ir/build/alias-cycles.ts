/**
 * Alias cycles: a named schema that is, through `$ref`, `oneOf`/`anyOf` and `allOf` alone (no object or array in
 * between), one of its own variants (`Union: {oneOf: [{$ref: Union}, {type: string}]}`). JSON Schema accepts it and it
 * means the other variants; no language can spell it (`type Union = Union | string` is circular), so the model drops
 * the variants that lead back, and a schema left with none is `unknown`.
 */
import type { NamedSchema, Schema } from '../model.js';

/** The names a schema refers to in alias position (not under an object's property or an array's items). */
function aliasRefs(schema: Schema): string[] {
  if (schema.kind === 'ref') return [schema.wireName];
  if (schema.kind === 'union') return schema.variants.flatMap(aliasRefs);
  if (schema.kind === 'intersection') return schema.parts.flatMap(aliasRefs);
  return [];
}

/** Every name reachable from `start` through alias positions only. */
function reachable(start: string, edges: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set<string>();
  const queue = [...(edges.get(start) ?? [])];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (seen.has(name)) continue;
    seen.add(name);
    queue.push(...(edges.get(name) ?? []));
  }
  return seen;
}

/** `schema` without the alias-position references to `cyclic`; undefined when nothing is left of it. */
function withoutRefs(schema: Schema, cyclic: ReadonlySet<string>): Schema | undefined {
  if (schema.kind === 'ref') return cyclic.has(schema.wireName) ? undefined : schema;
  if (schema.kind === 'union' || schema.kind === 'intersection') {
    const members = (schema.kind === 'union' ? schema.variants : schema.parts)
      .map((member) => withoutRefs(member, cyclic))
      .filter((member): member is Schema => member !== undefined);
    if (members.length === 0) return undefined;
    return schema.kind === 'union' ? { ...schema, variants: members } : { ...schema, parts: members };
  }
  return schema;
}

export function breakAliasCycles(schemas: readonly NamedSchema[]): NamedSchema[] {
  const edges = new Map(schemas.map((named) => [named.wireName, aliasRefs(named.schema)] as const));
  return schemas.map((named) => {
    if (!reachable(named.wireName, edges).has(named.wireName)) return named;
    // The names of this cycle: those reachable from here that lead back here.
    const cyclic = new Set([...reachable(named.wireName, edges)].filter((name) => reachable(name, edges).has(named.wireName)));
    const schema = withoutRefs(named.schema, cyclic) ?? { kind: 'unknown' as const, description: named.schema.description };
    return { ...named, schema };
  });
}

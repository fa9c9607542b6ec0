import { objectLiteralKey } from '../../ir/naming.js';

/**
 * A TypeScript expression for plain data (the operation table, shapes). Strings are JSON-escaped; object keys
 * go through objectLiteralKey so a `__proto__` key defines a key instead of setting the prototype. Keys keep
 * their insertion order, so callers decide the (deterministic) order.
 */
export function literal(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value instanceof Code) return value.text;
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value).filter(([, child]) => child !== undefined);
    return `{ ${entries.map(([key, child]) => `${objectLiteralKey(key)}: ${literal(child)}`).join(', ')} }`;
  }
  throw new TypeError(`Cannot write a ${typeof value} as a literal.`);
}

/**
 * An expression written as is by `literal`: a reference to a generated constant (`shapes.Assistant`) or a thunk
 * (`() => Node`). Only emitters make these, from identifiers the naming module made, never from spec text.
 */
export class Code {
  constructor(readonly text: string) {}
}

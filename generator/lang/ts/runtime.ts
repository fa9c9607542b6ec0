/**
 * The hand-written TypeScript runtime (templates/client/runtime/), as the TypeScript target copies it and as the
 * naming of generated code must avoid it: the names its index exports are taken in the package root.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TEMPLATES_DIR, templateText } from '../../emit/templates.js';

export const RUNTIME_DIR = path.join(TEMPLATES_DIR, 'client/runtime');

/** Names the runtime's index exports (`export { A, B as C } from ...`, `export type { D } from ...`). */
export function runtimeExports(dir = RUNTIME_DIR): string[] {
  // A folder outside templates/ (tests) is read afresh.
  const file = path.join(dir, 'index.ts');
  const index = dir === RUNTIME_DIR ? templateText(file) : readFileSync(file, 'utf8');
  const names = new Set<string>();
  for (const match of index.matchAll(/^export\s+(?:type\s+)?\{([^}]*)\}/gm)) {
    for (const entry of match[1]!.split(',')) {
      const name = entry.trim().replace(/^type\s+/, '').split(/\s+as\s+/).pop()!.trim();
      if (name) names.add(name);
    }
  }
  return [...names].sort();
}

/**
 * Members of the runtime's base client, and of every object, that resource properties must not take: `then` would
 * make the client a thenable (`await` on it would call the resource), the others would override Object's members.
 */
export const CLIENT_MEMBERS = ['call', '_send', '_operationRequest', 'request', 'options', 'baseUrl', 'apiKey', 'timeout', 'maxRetries', 'fetch', 'logger', 'withOptions',
  'constructor', 'then', 'toString', 'toLocaleString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable'];

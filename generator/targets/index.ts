/**
 * The registry of targets, in the order the pipeline runs them. Adding a language is a folder under targets/
 * exporting a `Target`, and one line here (ARCHITECTURE.md, "Adding a target").
 */
import { docsTarget } from './docs/index.js';
import { goTarget } from './go/index.js';
import { mockTarget } from './mock/index.js';
import { pythonTarget } from './python/index.js';
import type { Target } from './target.js';
import { tsTarget } from './ts/index.js';

export const TARGETS: readonly Target[] = [tsTarget, pythonTarget, goTarget, mockTarget, docsTarget];

/** The targets `--targets a,b` names, in registry order; an unknown name is a usage error. */
export function selectTargets(names: string | undefined): Target[] {
  if (names === undefined || names.trim() === '') return [...TARGETS];
  const wanted = new Set(names.split(',').map((name) => name.trim()).filter(Boolean));
  const unknown = [...wanted].filter((name) => !TARGETS.some((target) => target.name === name));
  if (unknown.length > 0) {
    throw new UsageError(`Unknown target${unknown.length === 1 ? '' : 's'} ${unknown.map((name) => `"${name}"`).join(', ')}; the targets are ${TARGETS.map((target) => target.name).join(', ')}.`);
  }
  return TARGETS.filter((target) => wanted.has(target.name));
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * The hand-written Go runtime (templates/go/runtime/), as the go target copies it and as the names of generated
 * code must avoid it: one source of both, so that the go target and the docs' Go samples reserve the same names.
 */
import path from 'node:path';
import { TEMPLATES_DIR, templateEntries, templateText } from '../../emit/templates.js';
import type { ApiModel } from '../../ir/model.js';

export const GO_RUNTIME_DIR = path.join(TEMPLATES_DIR, 'go/runtime');

/** The oldest Go the SDK builds with (its iterators are range-over-func), as go.mod, the README and the docs say. */
export const GO_VERSION = '1.23';

// Declared by the fixed files the go target renders (client.go, webhooks.go) and by the runtime's stream support.
const FIXED_NAMES = ['Client', 'NewClient', 'NewClientWithOptions', 'DefaultBaseURL', 'APIKeyEnvVar', 'Version', 'ParseWebhook', 'WebhookEvent', 'UnknownWebhookEvent', 'RealtimeEvent', 'UnknownRealtimeEvent'];

/**
 * The runtime's files for a model's SDK, relative to templates/go/runtime (Go sources, their tests, the option
 * package). Without realtime streams the module needs no WebSocket library: the stream support is left out.
 */
export function goRuntimeSources(model: Pick<ApiModel, 'streams'>): { path: string; contents: string }[] {
  const hasStreams = model.streams.some((stream) => stream.sdk);
  const walk = (dir: string): string[] =>
    templateEntries(dir).flatMap((entry) => (entry.isDirectory ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
  return walk(GO_RUNTIME_DIR)
    .filter((file) => file.endsWith('.go') || path.basename(file) === 'go.sum')
    .map((file) => ({ path: path.relative(GO_RUNTIME_DIR, file).split(path.sep).join('/'), contents: templateText(file) }))
    .filter((file) => hasStreams || !file.path.startsWith('stream'));
}

/** Exported names the package declares besides the generated ones (the runtime's and the fixed files'): generated names must not take them. */
export function goReservedNames(sources: readonly { path: string; contents: string }[]): string[] {
  const names = new Set<string>(FIXED_NAMES);
  for (const source of sources) {
    if (source.path.includes('/') || source.path.endsWith('_test.go')) continue;
    for (const match of source.contents.matchAll(/^(?:func|type|const|var)\s+([A-Z]\w*)/gm)) names.add(match[1]!);
  }
  return [...names].sort();
}

/**
 * Imports a dev dependency that the project's package.json may not list yet.
 *
 * Tries the bare name first (the normal case once it is in devDependencies), then a side install made with
 * `npm install --no-save --prefix <dir> <pkg>@<version>` where `<dir>` is `$BURKI_TEST_DEPS` (default `/tmp/deps`).
 * Returns `undefined` when neither is there, so the caller can skip with a clear message.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SIDE_DEPS_DIR = process.env['BURKI_TEST_DEPS'] ?? '/tmp/deps';

export async function importDevDependency<T>(name: string): Promise<T | undefined> {
  try {
    return (await import(name)) as T;
  } catch (error) {
    if (!isModuleNotFound(error)) throw error;
  }
  const dir = join(SIDE_DEPS_DIR, 'node_modules', name);
  const manifestPath = join(dir, 'package.json');
  if (!existsSync(manifestPath)) return undefined;
  const entry = resolveEntry(dir, JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest);
  return (await import(pathToFileURL(join(dir, entry)).href)) as T;
}

interface Manifest {
  main?: string;
  module?: string;
  exports?: unknown;
}

function resolveEntry(dir: string, manifest: Manifest): string {
  const root = pickExport(manifest.exports);
  if (root) return root;
  for (const candidate of [manifest.module, manifest.main, 'index.js']) {
    if (candidate && existsSync(join(dir, candidate))) return candidate;
  }
  return 'index.js';
}

function pickExport(exports: unknown): string | undefined {
  if (typeof exports === 'string') return exports;
  if (typeof exports !== 'object' || exports === null) return undefined;
  const record = exports as Record<string, unknown>;
  const target = '.' in record ? record['.'] : record;
  if (typeof target === 'string') return target;
  if (typeof target !== 'object' || target === null) return undefined;
  const conditions = target as Record<string, unknown>;
  for (const key of ['import', 'node', 'default', 'require']) {
    const value = conditions[key];
    const picked = typeof value === 'string' ? value : pickExport(value);
    if (picked) return picked;
  }
  return undefined;
}

function isModuleNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}

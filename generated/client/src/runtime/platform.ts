/**
 * The few places the runtime looks at its host. No `node:` imports: this file is part of browser bundles.
 */

interface ProcessLike {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly versions?: Readonly<Record<string, string | undefined>>;
}

function getProcess(): ProcessLike | undefined {
  const candidate = (globalThis as { process?: unknown }).process;
  return typeof candidate === 'object' && candidate !== null ? (candidate as ProcessLike) : undefined;
}

/** An environment variable when the host has `process.env` (Node, Bun, Deno's Node mode); else `undefined`. */
export function readEnv(name: string): string | undefined {
  try {
    const value = getProcess()?.env?.[name];
    return typeof value === 'string' ? value.trim() || undefined : undefined;
  } catch {
    // Deno without --allow-env throws on access.
    return undefined;
  }
}

/**
 * Whether the host forbids setting `User-Agent` (browsers, web workers). Node 21+ also defines `navigator`, so
 * `navigator` alone is not a browser test: a host with `process.versions.node` (or bun/deno) is a server.
 */
export function isBrowserLike(): boolean {
  const versions = getProcess()?.versions;
  if (versions && (versions['node'] || versions['bun'] || versions['deno'])) return false;
  return typeof (globalThis as { navigator?: unknown }).navigator !== 'undefined';
}

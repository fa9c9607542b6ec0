/**
 * The few places the runtime looks at its host. No `node:` imports: this file is part of browser bundles.
 */

/** `globalThis.process`, on hosts that have one (Node, Bun, Deno). */
const host = globalThis as { process?: { env?: Record<string, string | undefined>; versions?: Record<string, string | undefined> } };

/** An environment variable when the host has `process.env` (Node, Bun, Deno's Node mode); else `undefined`. */
export function readEnv(name: string): string | undefined {
  try {
    return host.process?.env?.[name]?.trim() || undefined;
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
  const versions = host.process?.versions;
  return !(versions?.['node'] || versions?.['bun'] || versions?.['deno']) && 'navigator' in globalThis;
}

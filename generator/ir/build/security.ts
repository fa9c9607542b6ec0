/**
 * Authentication: the security schemes the API declares, the schemes each operation requires, and the one
 * credential the generated client holds.
 *
 * Reads: `components.securitySchemes` (`type`, `scheme`, `in`, `name`, `description`), the root `security`
 * and each operation's `security`.
 */
import type { AuthScheme, Credential, Operation } from '../model.js';
import { type BuildContext, isObject, text } from './context.js';

export function buildAuth(ctx: BuildContext): AuthScheme[] {
  const schemes = isObject(ctx.components.securitySchemes) ? ctx.components.securitySchemes : {};
  return Object.entries(schemes).map(([key, value]) => {
    const scheme = ctx.resolve(value) ?? {};
    const kind =
      scheme.type === 'http' && text(scheme.scheme).toLowerCase() === 'bearer'
        ? 'bearer'
        : scheme.type === 'http' && text(scheme.scheme).toLowerCase() === 'basic'
          ? 'basic'
          : scheme.type === 'apiKey'
            ? 'apiKey'
            : 'other';
    const location = text(scheme.in);
    const placement: Pick<AuthScheme, 'in' | 'name'> =
      kind === 'apiKey' && (location === 'header' || location === 'query' || location === 'cookie') && text(scheme.name)
        ? { in: location, name: text(scheme.name) }
        : {};
    return { key, kind, description: text(scheme.description), ...placement };
  });
}

/** The scheme names of a `security` requirement list, sorted. */
export function securityNames(security: unknown): string[] {
  if (!Array.isArray(security)) return [];
  // An empty requirement object ({}) means the operation may also be called without credentials.
  if (security.some((requirement) => isObject(requirement) && Object.keys(requirement).length === 0)) return [];
  return [...new Set(security.filter(isObject).flatMap((requirement) => Object.keys(requirement)))].sort();
}

export function buildCredential(auth: readonly AuthScheme[], rootSecurity: readonly string[], operations: readonly Operation[]): Credential | undefined {
  // The client holds one key: it travels the way the API's main scheme says (the root security's, else the one
  // operations name most). Bearer tokens are the runtime's default and need nothing here. (An API key in a cookie
  // is not supported: browsers do not let scripts set one, and it is sent as a bearer token.)
  const counts = new Map<string, number>();
  for (const operation of operations) for (const name of operation.security.slice(0, 1)) counts.set(name, (counts.get(name) ?? 0) + 1);
  const mostUsed = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const main = auth.find((scheme) => scheme.key === (rootSecurity[0] ?? mostUsed));
  return main?.kind === 'apiKey' && main.name && (main.in === 'header' || main.in === 'query')
    ? { in: main.in, name: main.name }
    : main?.kind === 'basic'
      ? { in: 'basic' }
      : undefined;
}

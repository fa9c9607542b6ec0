/**
 * The view of the Go module's README: the module path, package name and the module's last element, the API's title
 * and version, the default base URL, the environment variable, the spec's porting notes (`x-sdk.goPortingNotes`,
 * Markdown with raw HTML neutralised), and every method as
 * `client.<Resource>.<Method>(ctx, ...)` beside its context-free form `client.<Resource>.<Method>(...)`. Names are
 * Go identifiers made by lang/go/naming.ts; text is escaped for Markdown.
 */
import type { ApiModel } from '../../ir/model.js';
import { markdownCell, markdownProse } from '../../emit/escape.js';

export interface ReadmeMethod {
  readonly resource: string;
  readonly method: string;
  readonly signature: string;
}

export function readmeView(model: ApiModel, methods: readonly ReadmeMethod[], go: { readonly module: string; readonly pkg: string; readonly name: string }) {
  return {
    module: go.module,
    pkg: go.pkg,
    name: markdownCell(go.name),
    baseURL: JSON.stringify(model.defaultBaseUrl || 'https://api.example.com'),
    portingNotes: model.sdk.goPortingNotes ? markdownProse(model.sdk.goPortingNotes) : '',
    title: markdownCell(model.title),
    version: markdownCell(model.version),
    envVar: model.sdk.apiKeyEnvVar ?? 'API_KEY',
    // Each method as a context-free call (the documented Go SDK's form) beside this module's ctx-first one.
    methods: methods.map((method) => {
      const prefix = `client.${method.resource}.${method.method}`;
      return { contextFree: `${prefix}(${method.signature})`, call: `${prefix}(ctx${method.signature ? `, ${method.signature}` : ''})` };
    }),
  };
}

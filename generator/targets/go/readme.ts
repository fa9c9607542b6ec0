/**
 * The view of the Go module's README: the API's title and version, the environment variable, and every method as
 * `client.<Resource>.<Method>(ctx, ...)` beside its context-free form `client.<Resource>.<Method>(...)`. Names are
 * Go identifiers made by lang/go/naming.ts; text is escaped for Markdown.
 */
import type { ApiModel } from '../../ir/model.js';
import { markdownCell } from '../../emit/escape.js';

export interface ReadmeMethod {
  readonly resource: string;
  readonly method: string;
  readonly signature: string;
}

export function readmeView(model: ApiModel, methods: readonly ReadmeMethod[]) {
  return {
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

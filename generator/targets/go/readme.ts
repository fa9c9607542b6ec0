/**
 * The view of the Go module's README: the API's title and version, the environment variable, and every method as
 * `client.<Resource>.<Method>(ctx, ...)`. Names are Go identifiers made by lang/go/naming.ts; text is escaped for Markdown.
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
    methods: methods.map((method) => ({ call: `client.${method.resource}.${method.method}(ctx${method.signature ? `, ${method.signature}` : ''})` })),
  };
}

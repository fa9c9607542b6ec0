/**
 * Builds the ApiModel from a bundled OpenAPI 3.0 or 3.1 document. This is the only module that reads the
 * document; everything downstream reads the model.
 *
 * Each spec concern has its own file under ./build/ (context.ts holds the state they share). The order of the
 * steps below matters: the namers hand out contested names first come, first served, so the client classes are
 * reserved first, then schema types, tag resources, operations (parameter types, functions), stream functions
 * and event types, and resource classes last.
 * @see https://spec.openapis.org/oas/v3.1.0
 */
import { SpecErrors } from '../errors.js';
import type { ApiModel } from './model.js';
import { BuildContext, type BuildOptions, isObject } from './build/context.js';
import { buildDocumentInfo, defaultBaseUrl } from './build/document.js';
import { buildOperations } from './build/operations.js';
import { buildResources, buildTags } from './build/resources.js';
import { buildSchemas } from './build/schemas.js';
import { buildAuth, buildCredential, securityNames } from './build/security.js';
import { buildStreams } from './build/streams.js';
import { buildWebhooks } from './build/webhooks.js';

export type { BuildOptions } from './build/context.js';

export function buildModel(document: Record<string, unknown>, options: BuildOptions): ApiModel {
  const ctx = new BuildContext(document, options);
  const { title, version, description, sdk } = buildDocumentInfo(ctx);
  const schemas = buildSchemas(ctx);
  const tags = buildTags(ctx);
  const { operations, resources } = buildOperations(ctx, tags, schemas);

  if (ctx.errors.length > 0) throw new SpecErrors(ctx.errors);

  const streams = buildStreams(ctx);
  const resourceList = buildResources(ctx, tags, resources, streams);
  const auth = buildAuth(ctx);
  const credential = buildCredential(auth, securityNames(document.security), operations);
  return {
    title,
    version,
    description,
    defaultBaseUrl: defaultBaseUrl(ctx),
    sdk,
    auth,
    ...(credential ? { credential } : {}),
    resources: resourceList,
    operations: operations.sort((a, b) => (a.path === b.path ? a.method.localeCompare(b.method) : a.path < b.path ? -1 : 1)),
    schemas,
    tags,
    webhooks: buildWebhooks(ctx),
    streams,
    ...(isObject(document['x-mock']) ? { mock: structuredClone(document['x-mock']) } : {}),
  };
}

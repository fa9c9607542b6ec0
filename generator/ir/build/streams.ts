/**
 * WebSocket streams: each stream's path, parameters, auth, the messages either side sends, its close codes and,
 * with an `sdk` entry, the client method that opens it.
 *
 * Reads: the root `x-websockets` (name → `path`, `summary`, `description`, `sdk`, `auth`, `params`,
 * `clientMessages`, `serverMessages`, `closeCodes`).
 */
import type { Stream, StreamMessage } from '../model.js';
import { methodIdentifier, valueIdentifier } from '../naming.js';
import { type BuildContext, escapePointer, isObject, text } from './context.js';
import { schemaExample } from './examples.js';
import { buildParameters } from './parameters.js';
import { toJsonSchema, toSchema } from './schemas.js';

/** The `x-websockets` root extension: WebSocket streams with their messages (ARCHITECTURE.md). */
export function buildStreams(ctx: BuildContext): Stream[] {
  const raw = isObject(ctx.document['x-websockets']) ? ctx.document['x-websockets'] : {};
  return Object.entries(raw).flatMap(([name, value]) => {
    if (!isObject(value) || typeof value.path !== 'string') return [];
    const messages = (list: unknown): StreamMessage[] =>
      (Array.isArray(list) ? list : []).filter(isObject).flatMap((message) =>
        typeof message.type === 'string'
          ? [
              {
                type: message.type,
                description: text(message.description),
                schema: toSchema(ctx, message.schema),
                jsonSchema: toJsonSchema(ctx, message.schema),
                ...schemaExample(ctx, message),
              },
            ]
          : [],
      );
    const sdk = isObject(value.sdk) && typeof value.sdk.resource === 'string' && typeof value.sdk.method === 'string' ? value.sdk : undefined;
    const clientMessages = messages(value.clientMessages);
    const known = new Set(clientMessages.map((message) => message.type));
    const pick = (key: string) => (typeof sdk?.[key] === 'string' && known.has(sdk[key] as string) ? { [key]: sdk[key] as string } : {});
    return [
      {
        name,
        path: value.path,
        summary: text(value.summary),
        description: text(value.description),
        ...(sdk
          ? {
              sdk: {
                resource: valueIdentifier(text(sdk.resource), 'realtime'),
                method: methodIdentifier(text(sdk.method)),
                functionName: ctx.functionNamer.allocate(valueIdentifier(`${text(sdk.resource)} ${text(sdk.method)}`, 'stream')),
                eventTypeName: ctx.typeNamer.allocate(`${text(sdk.method)} Stream Event`),
                ...pick('pingMessage'),
                ...pick('statusMessage'),
              },
            }
          : {}),
        auth: (Array.isArray(value.auth) ? value.auth : []).filter(isObject).map((entry) => ({
          in: text(entry.in),
          name: text(entry.name) || text(entry.prefix),
          description: text(entry.description),
        })),
        parameters: buildParameters(ctx, value.path, undefined, value.params, `#/x-websockets/${escapePointer(name)}`, new Set()),
        clientMessages,
        serverMessages: messages(value.serverMessages),
        closeCodes: (Array.isArray(value.closeCodes) ? value.closeCodes : [])
          .filter(isObject)
          .flatMap((entry) => (typeof entry.code === 'number' ? [{ code: entry.code, description: text(entry.description) }] : [])),
      },
    ];
  });
}

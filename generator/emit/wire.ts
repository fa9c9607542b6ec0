/**
 * Wire types: the snake_case request/response types of every path and component, exactly as on the wire,
 * written by openapi-typescript. This is the one emitter that takes the bundled document rather than the model,
 * because openapi-typescript is the reference implementation of "OpenAPI → TypeScript types" and reads OpenAPI.
 */
import openapiTS, { astToString } from 'openapi-typescript';

export async function emitWireTypes(document: Record<string, unknown>, banner: string): Promise<string> {
  const nodes = await openapiTS(structuredClone(document) as unknown as Parameters<typeof openapiTS>[0], { silent: true });
  return `${banner}\n${astToString(nodes)}`;
}

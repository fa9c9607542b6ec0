/**
 * Resources, the `client.<resource>` groups of the SDK: one per declared tag (or per `x-sdk-resource` several
 * tags share), one per undeclared tag or untagged path, and one per stream-only resource.
 *
 * Reads: the root `tags` (`name`, `description`, `x-sdk-resource`, `x-sdk-type-prefix`); the operations and
 * streams already built.
 */
import type { Resource, Stream, Tag } from '../model.js';
import { MemberNamer, pascalCase, TypeNamer, valueIdentifier } from '../naming.js';
import { type BuildContext, isObject, text } from './context.js';

/** A resource while operations are being added to it. */
export interface ResourceDraft {
  readonly typePrefix: string;
  readonly description: string;
  /** operationIds, in the order of the paths. */
  readonly ids: string[];
  /** Method name → the pointer of the operation (or `x-sdk-url-method`) that took it. */
  readonly methods: Map<string, string>;
}

export function buildTags(ctx: BuildContext): Tag[] {
  const raw = Array.isArray(ctx.document.tags) ? ctx.document.tags.filter(isObject) : [];
  const members = ctx.resourceMembers;
  const byResource = ctx.resourceByRequest;
  return raw.map((tag) => {
    const requested = valueIdentifier(text(tag['x-sdk-resource']) || text(tag.name), 'default');
    // Several tags may name the same resource on purpose (Calls and Call Data → calls).
    const resource = byResource.get(requested) ?? members.allocate(requested);
    byResource.set(requested, resource);
    return { name: text(tag.name), description: text(tag.description), resource };
  });
}

/** `x-sdk-type-prefix` of each declared tag, by tag name (empty where not set). */
export function typePrefixByTag(ctx: BuildContext): Map<string, string> {
  const rawTags = Array.isArray(ctx.document.tags) ? ctx.document.tags.filter(isObject) : [];
  return new Map(rawTags.map((tag) => [text(tag.name), text(tag['x-sdk-type-prefix'])]));
}

/** A resource name from a path: its first segment that is not `api`, a version (`v1`) or a placeholder. */
export function pathResourceName(path: string): string {
  const segments = path.split('/').filter((segment) => segment !== '' && !/^(api|v\d+(\.\d+)*|\{.*\})$/i.test(segment));
  return segments[0] ?? 'api';
}

/**
 * The resource of a tag that `tags` does not declare (or of a path, for untagged operations): allocated like
 * declared ones, so it can clash neither with them nor with the client's own members (`request`, `baseUrl`...).
 */
export function undeclaredResource(ctx: BuildContext, name: string): string {
  const requested = valueIdentifier(name, 'api');
  let resource = ctx.resourceByRequest.get(requested);
  if (resource === undefined) {
    resource = ctx.resourceMembers.allocate(requested);
    ctx.resourceByRequest.set(requested, resource);
  }
  return resource;
}

/**
 * The final resources, in the order of the tags that declare them (others after, by name), each with a class
 * name; then those that only open streams.
 */
export function buildResources(ctx: BuildContext, tags: readonly Tag[], resources: ReadonlyMap<string, ResourceDraft>, streams: readonly Stream[]): Resource[] {
  const classNamer = ctx.typeNamer;
  // A resource named like a type (`organization` next to the `Organization` schema) gets the clean `...Resource`
  // rather than a number.
  const className = (name: string) => {
    const clean = new TypeNamer().allocate(name, 'Resource');
    return classNamer.allocate(classNamer.has(clean) ? `${clean}Resource` : name, 'Resource');
  };
  const tagOrder = (name: string) => {
    const index = tags.findIndex((tag) => tag.resource === name);
    return index === -1 ? tags.length : index;
  };
  const ordered = [...resources.entries()].sort(([a], [b]) => tagOrder(a) - tagOrder(b) || a.localeCompare(b));
  const streamNames = (resource: string) => streams.filter((stream) => stream.sdk?.resource === resource).map((stream) => stream.name);
  const resourceList: Resource[] = ordered.map(([name, resource]) => ({
    name,
    className: className(name),
    typePrefix: resource.typePrefix,
    description: resource.description,
    operationIds: resource.ids,
    streamNames: streamNames(name),
  }));
  // Resources that only open streams (`client.realtime`).
  const members = new MemberNamer([...ctx.options.reservedClientMembers, ...resourceList.map((resource) => resource.name)]);
  for (const name of [...new Set(streams.flatMap((stream) => (stream.sdk ? [stream.sdk.resource] : [])))]) {
    if (resources.has(name)) continue;
    resourceList.push({
      name: members.allocate(name),
      className: className(name),
      typePrefix: pascalCase(name),
      description: 'WebSocket streams.',
      operationIds: [],
      streamNames: streamNames(name),
    });
  }
  return resourceList;
}

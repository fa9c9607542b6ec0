/**
 * Builds the ApiModel from a bundled OpenAPI 3.0 or 3.1 document. This is the only module that reads the
 * document; everything downstream reads the model.
 * @see https://spec.openapis.org/oas/v3.1.0
 */
import { SpecError, SpecErrors } from '../errors.js';
import type {
  ApiModel,
  AuthScheme,
  Credential,
  BodyEncoding,
  HttpMethod,
  JsonSchema,
  MockState,
  NamedSchema,
  Operation,
  Pagination,
  Parameter,
  Property,
  RequestBody,
  Resource,
  Response,
  ResponseContent,
  ResponseKind,
  Schema,
  SdkMethod,
  SdkSettings,
  Stream,
  StreamMessage,
  Tag,
  Webhook,
} from './model.js';
import { camelCase, coreClassName, MemberNamer, methodIdentifier, pascalCase, propertyName, propertyNames, TypeNamer, valueIdentifier } from './naming.js';

type Raw = Record<string, unknown>;

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'] as const;
const SCHEMA_REF = '#/components/schemas/';
/**
 * The first server's URL with its variables at their defaults (`{scheme}://host` → `https://host`), without a
 * trailing slash. A variable without a default keeps its placeholder (the spec is then incomplete for a client).
 */
function serverUrl(server: Raw | undefined): string {
  if (!server) return '';
  const variables = isObject(server.variables) ? server.variables : {};
  return text(server.url)
    .replace(/\{([^{}]+)\}/g, (placeholder, name: string) => {
      const variable = Object.prototype.hasOwnProperty.call(variables, name) ? variables[name] : undefined;
      return isObject(variable) && typeof variable.default === 'string' ? variable.default : placeholder;
    })
    .replace(/\/$/, '');
}

/** Values the generated package exports beside the runtime's: standalone functions must not take these names. */
const GENERATED_VALUE_EXPORTS = ['parseWebhook', 'webhookDiscriminators', 'default', 'shapes', 'operations', 'runtime'];

/** A resource name from a path: its first segment that is not `api`, a version (`v1`) or a placeholder. */
function pathResourceName(path: string): string {
  const segments = path.split('/').filter((segment) => segment !== '' && !/^(api|v\d+(\.\d+)*|\{.*\})$/i.test(segment));
  return segments[0] ?? 'api';
}

const NPM_NAME = /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;

export interface BuildOptions {
  /** Names the generated client package already exports (runtime classes): schema types must not take them. */
  readonly reservedTypeNames: readonly string[];
  /** Member names of the runtime base client: resources must not take them. */
  readonly reservedClientMembers: readonly string[];
  /** The spec file, for error locations. */
  readonly specFile: string;
}

function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

class ModelBuilder {
  private readonly errors: SpecError[] = [];
  private readonly components: Raw;
  private readonly is30: boolean;
  private readonly typeNamer: TypeNamer;
  /** Resource names, allocated once per requested name (declared tags first, then undeclared ones). */
  private readonly resourceMembers: MemberNamer;
  private readonly resourceByRequest = new Map<string, string>();
  /** Names of the standalone functions (`assistantsGet`), unique across the package's exports. */
  private readonly functionNamer: MemberNamer;
  private readonly schemaTypeNames = new Map<string, string>();

  constructor(
    private readonly document: Raw,
    private readonly options: BuildOptions,
  ) {
    this.components = isObject(document.components) ? document.components : {};
    this.is30 = text(document.openapi).startsWith('3.0');
    this.typeNamer = new TypeNamer(options.reservedTypeNames);
    this.functionNamer = new MemberNamer([...options.reservedTypeNames, ...GENERATED_VALUE_EXPORTS]);
    this.resourceMembers = new MemberNamer(options.reservedClientMembers);
  }

  fail(message: string, pointer: string, hint: string): void {
    this.errors.push(new SpecError(message, { file: this.options.specFile, pointer }, hint));
  }

  /** Follows internal `$ref`s (`#/components/...`) of non-schema objects. */
  resolve(value: unknown, seen = new Set<string>()): Raw | undefined {
    if (!isObject(value)) return undefined;
    const ref = value.$ref;
    if (typeof ref !== 'string') return value;
    if (!ref.startsWith('#/') || seen.has(ref)) return undefined;
    seen.add(ref);
    let node: unknown = this.document;
    for (const segment of ref.slice(2).split('/')) {
      node = isObject(node) ? node[segment.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    }
    return this.resolve(node, seen);
  }

  build(): ApiModel {
    const info = isObject(this.document.info) ? this.document.info : {};
    const sdkExtension = isObject(info['x-sdk']) ? info['x-sdk'] : {};
    const title = text(info.title) || 'API';
    const clientName = text(sdkExtension.clientName) || `${pascalCase(title.replace(/\bapi\b/i, ''))}Client`;
    const packageName = text(sdkExtension.packageName);
    const apiKeyEnvVar = text(sdkExtension.apiKeyEnvVar);
    if (packageName && !NPM_NAME.test(packageName)) {
      this.fail(`\`x-sdk.packageName\` is not a valid npm package name (got ${JSON.stringify(packageName)}).`, '#/info/x-sdk/packageName', 'Use a lower-case npm name such as `@scope/sdk`.');
    }
    if (apiKeyEnvVar && !ENV_NAME.test(apiKeyEnvVar)) {
      this.fail(`\`x-sdk.apiKeyEnvVar\` is not an environment variable name (got ${JSON.stringify(apiKeyEnvVar)}).`, '#/info/x-sdk/apiKeyEnvVar', 'Use upper-case letters, digits and underscores.');
    }
    const fallbackPackage = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 200);
    const sdk: SdkSettings = {
      packageName: NPM_NAME.test(packageName) ? packageName : fallbackPackage || 'sdk',
      clientName: valueIdentifier(clientName, 'ApiClient').replace(/^./, (c) => c.toUpperCase()),
      coreName: coreClassName(valueIdentifier(clientName, 'ApiClient').replace(/^./, (c) => c.toUpperCase())),
      ...(ENV_NAME.test(apiKeyEnvVar) ? { apiKeyEnvVar } : {}),
    };
    this.typeNamer.reserve(sdk.clientName);
    this.typeNamer.reserve(sdk.coreName);

    const schemas = this.buildSchemas();
    const tags = this.buildTags();
    const resourceByTag = new Map(tags.map((tag) => [tag.name, tag]));
    const rawTags = Array.isArray(this.document.tags) ? this.document.tags.filter(isObject) : [];
    const prefixByTag = new Map(rawTags.map((tag) => [text(tag.name), text(tag['x-sdk-type-prefix'])]));

    const operations: Operation[] = [];
    const resources = new Map<string, { typePrefix: string; description: string; ids: string[]; methods: Map<string, string> }>();
    const usedIds = new Map<string, string>();
    const rootSecurity = this.securityNames(this.document.security);
    const paths = isObject(this.document.paths) ? this.document.paths : {};

    for (const [path, rawItem] of Object.entries(paths)) {
      const pathItem = this.resolve(rawItem);
      if (!pathItem) continue;
      for (const method of HTTP_METHODS) {
        const raw = pathItem[method];
        if (!isObject(raw)) continue;
        const pointer = `#/paths/${escapePointer(path)}/${method}`;
        const operationId = text(raw.operationId) || camelCase(`${method} ${path.replace(/[{}]/g, '')}`);
        const previous = usedIds.get(operationId);
        if (previous) {
          this.fail(`Operations ${previous} and ${pointer} have the same operationId \`${operationId}\`.`, pointer, 'Give each operation its own operationId.');
          continue;
        }
        usedIds.set(operationId, pointer);
        const opTags = Array.isArray(raw.tags) ? raw.tags.filter((tag): tag is string => typeof tag === 'string') : [];
        // An operation without tags belongs to a resource named after its path (`/v1/pets/{id}` → `pets`).
        const firstTag = opTags[0];
        const tag = firstTag === undefined ? undefined : resourceByTag.get(firstTag);
        const resourceName = tag?.resource ?? this.undeclaredResource(firstTag ?? pathResourceName(path));
        const parameters = this.buildParameters(path, pathItem.parameters, raw.parameters, pointer, this.bodyPropertyNames(raw.requestBody));
        const requestBody = this.buildRequestBody(raw.requestBody);
        const responses = this.buildResponses(raw.responses);
        const exclude = raw['x-sdk-exclude'];
        const excludedReason = exclude === undefined || exclude === false ? undefined : typeof exclude === 'string' ? exclude : 'Kept out of the SDK.';

        let sdkMethod: SdkMethod | undefined;
        if (excludedReason === undefined) {
          let resource = resources.get(resourceName);
          if (!resource) {
            const prefix = (firstTag === undefined ? undefined : prefixByTag.get(firstTag)) || pascalCase(resourceName).replace(/s$/, '');
            resource = { typePrefix: pascalCase(prefix) || 'Api', description: tag?.description ?? '', ids: [], methods: new Map() };
            resources.set(resourceName, resource);
          }
          const name = methodIdentifier(text(raw['x-sdk-method']) || operationId);
          const clash = resource.methods.get(name);
          if (clash) {
            this.fail(
              `Operations ${clash} and ${pointer} both map to \`client.${resourceName}.${name}()\`.`,
              `${pointer}/x-sdk-method`,
              'Give one of them another `x-sdk-method`, or another tag with its own `x-sdk-resource`.',
            );
            continue;
          }
          resource.methods.set(name, pointer);
          resource.ids.push(operationId);
          const urlMethod = typeof raw['x-sdk-url-method'] === 'string' ? methodIdentifier(raw['x-sdk-url-method']) : undefined;
          if (urlMethod && resource.methods.has(urlMethod)) {
            this.fail(
              `\`x-sdk-url-method\` \`${urlMethod}\` is already a method of \`client.${resourceName}\`.`,
              `${pointer}/x-sdk-url-method`,
              'Choose a name no other operation of the resource uses.',
            );
          } else if (urlMethod) resource.methods.set(urlMethod, `${pointer}/x-sdk-url-method`);
          const positional = Array.isArray(raw['x-sdk-args']) ? raw['x-sdk-args'].filter((arg): arg is string => typeof arg === 'string') : [];
          sdkMethod = {
            resource: resourceName,
            name,
            paramsTypeName: this.typeNamer.allocate(`${resource.typePrefix} ${name} Params`),
            positional,
            functionName: this.functionNamer.allocate(valueIdentifier(`${resourceName} ${name}`, 'call')),
            ...(urlMethod ? { urlMethod, urlFunctionName: this.functionNamer.allocate(valueIdentifier(`${resourceName} ${urlMethod}`, 'url')) } : {}),
          };
        }

        // As the mock picks it: a 2xx status, else the `2XX` range, else `default` (some specs describe success only so).
        const success =
          responses.find((response) => /^2\d\d$/.test(response.status)) ??
          responses.find((response) => response.status === '2XX' || response.status === 'default');
        const pagination = this.buildPagination(raw['x-pagination']);
        const mockState = this.buildMockState(raw['x-mock']);
        const security = raw.security === undefined ? rootSecurity : this.securityNames(raw.security);
        operations.push({
          operationId,
          method: method.toUpperCase() as HttpMethod,
          path,
          summary: text(raw.summary),
          description: text(raw.description),
          deprecated: raw.deprecated === true,
          tags: opTags,
          ...(sdkMethod ? { sdk: sdkMethod } : { sdkExcludedReason: excludedReason }),
          parameters,
          ...(requestBody ? { requestBody } : {}),
          responses,
          ...(success ? { success } : {}),
          ...(pagination ? { pagination } : {}),
          ...(mockState ? { mockState } : {}),
          security,
        });
      }
    }

    if (this.errors.length > 0) throw new SpecErrors(this.errors);

    const classNamer = this.typeNamer;
    const tagOrder = (name: string) => {
      const index = tags.findIndex((tag) => tag.resource === name);
      return index === -1 ? tags.length : index;
    };
    const ordered = [...resources.entries()].sort(([a], [b]) => tagOrder(a) - tagOrder(b) || a.localeCompare(b));
    const streams = this.buildStreams();
    const streamNames = (resource: string) => streams.filter((stream) => stream.sdk?.resource === resource).map((stream) => stream.name);
    const resourceList: Resource[] = ordered.map(([name, resource]) => ({
      name,
      className: classNamer.allocate(name, 'Resource'),
      typePrefix: resource.typePrefix,
      description: resource.description,
      operationIds: resource.ids,
      streamNames: streamNames(name),
    }));
    // Resources that only open streams (`client.realtime`).
    const members = new MemberNamer([...this.options.reservedClientMembers, ...resourceList.map((resource) => resource.name)]);
    for (const name of [...new Set(streams.flatMap((stream) => (stream.sdk ? [stream.sdk.resource] : [])))]) {
      if (resources.has(name)) continue;
      resourceList.push({
        name: members.allocate(name),
        className: classNamer.allocate(name, 'Resource'),
        typePrefix: pascalCase(name),
        description: 'WebSocket streams.',
        operationIds: [],
        streamNames: streamNames(name),
      });
    }

    const servers = Array.isArray(this.document.servers) ? this.document.servers.filter(isObject) : [];
    const auth = this.buildAuth();
    // The client holds one key: it travels the way the API's main scheme says (the root security's, else the one
    // operations name most). Bearer tokens are the runtime's default and need nothing here. (An API key in a cookie
    // is not supported: browsers do not let scripts set one, and it is sent as a bearer token.)
    const counts = new Map<string, number>();
    for (const operation of operations) for (const name of operation.security.slice(0, 1)) counts.set(name, (counts.get(name) ?? 0) + 1);
    const mostUsed = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
    const main = auth.find((scheme) => scheme.key === (rootSecurity[0] ?? mostUsed));
    const credential: Credential | undefined =
      main?.kind === 'apiKey' && main.name && (main.in === 'header' || main.in === 'query')
        ? { in: main.in, name: main.name }
        : main?.kind === 'basic'
          ? { in: 'basic' }
          : undefined;
    return {
      title,
      version: text(info.version) || '0.0.0',
      description: text(info.description),
      defaultBaseUrl: serverUrl(servers[0]),
      sdk,
      auth,
      ...(credential ? { credential } : {}),
      resources: resourceList,
      operations: operations.sort((a, b) => (a.path === b.path ? a.method.localeCompare(b.method) : a.path < b.path ? -1 : 1)),
      schemas,
      tags,
      webhooks: this.buildWebhooks(),
      streams,
    };
  }

  /** The `x-websockets` root extension: WebSocket streams with their messages (ARCHITECTURE.md). */
  private buildStreams(): Stream[] {
    const raw = isObject(this.document['x-websockets']) ? this.document['x-websockets'] : {};
    return Object.entries(raw).flatMap(([name, value]) => {
      if (!isObject(value) || typeof value.path !== 'string') return [];
      const messages = (list: unknown): StreamMessage[] =>
        (Array.isArray(list) ? list : []).filter(isObject).flatMap((message) =>
          typeof message.type === 'string'
            ? [
                {
                  type: message.type,
                  description: text(message.description),
                  schema: this.toSchema(message.schema),
                  jsonSchema: this.toJsonSchema(message.schema),
                  ...this.schemaExample(message),
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
                  functionName: this.functionNamer.allocate(valueIdentifier(`${text(sdk.resource)} ${text(sdk.method)}`, 'stream')),
                  eventTypeName: this.typeNamer.allocate(`${text(sdk.method)} Stream Event`),
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
          parameters: this.buildParameters(value.path, undefined, value.params, `#/x-websockets/${escapePointer(name)}`, new Set()),
          clientMessages,
          serverMessages: messages(value.serverMessages),
          closeCodes: (Array.isArray(value.closeCodes) ? value.closeCodes : [])
            .filter(isObject)
            .flatMap((entry) => (typeof entry.code === 'number' ? [{ code: entry.code, description: text(entry.description) }] : [])),
        },
      ];
    });
  }

  private buildWebhooks(): Webhook[] {
    const webhooks = isObject(this.document.webhooks) ? this.document.webhooks : {};
    return Object.keys(webhooks)
      .sort()
      .flatMap((name) => {
        const item = this.resolve(webhooks[name]);
        const method = item ? HTTP_METHODS.find((candidate) => isObject(item[candidate])) : undefined;
        if (!item || !method) return [];
        const raw = item[method] as Raw;
        const body = this.buildRequestBody(raw.requestBody);
        const discriminator = body ? this.singleValuePath(body.schema) : undefined;
        return [
          {
            name,
            method: method.toUpperCase() as HttpMethod,
            summary: text(raw.summary),
            description: text(raw.description),
            contentType: body?.contentType ?? 'application/json',
            payload: body?.schema ?? { kind: 'unknown', description: '' },
            jsonSchema: body?.jsonSchema ?? true,
            ...(body?.example !== undefined ? { example: body.example } : {}),
            ...(discriminator ? { discriminator } : {}),
          },
        ];
      });
  }

  /** The first property (breadth-first, two levels deep) whose schema allows exactly one string value. */
  private singleValuePath(schema: Schema): { path: string; value: string } | undefined {
    const named = new Map<string, Schema>();
    const object = (candidate: Schema, depth = 0): Extract<Schema, { kind: 'object' }> | undefined => {
      if (depth > 8) return undefined;
      if (candidate.kind === 'object') return candidate;
      if (candidate.kind === 'ref') {
        const target = named.get(candidate.wireName) ?? this.toSchema((isObject(this.components.schemas) ? this.components.schemas : {})[candidate.wireName]);
        named.set(candidate.wireName, target);
        return object(target, depth + 1);
      }
      return undefined;
    };
    let level: { prefix: string; schema: Schema }[] = [{ prefix: '', schema }];
    for (let depth = 0; depth < 2 && level.length > 0; depth++) {
      const next: { prefix: string; schema: Schema }[] = [];
      for (const { prefix, schema: current } of level) {
        for (const property of object(current)?.properties ?? []) {
          const path = `${prefix}${property.wireName}`;
          const value = property.schema.kind === 'primitive' && property.schema.enum?.length === 1 ? property.schema.enum[0] : undefined;
          if (typeof value === 'string') return { path, value };
          next.push({ prefix: `${path}.`, schema: property.schema });
        }
      }
      level = next;
    }
    return undefined;
  }

  /**
   * The resource of a tag that `tags` does not declare (or of a path, for untagged operations): allocated like
   * declared ones, so it can clash neither with them nor with the client's own members (`request`, `baseUrl`...).
   */
  private undeclaredResource(name: string): string {
    const requested = valueIdentifier(name, 'api');
    let resource = this.resourceByRequest.get(requested);
    if (resource === undefined) {
      resource = this.resourceMembers.allocate(requested);
      this.resourceByRequest.set(requested, resource);
    }
    return resource;
  }

  private buildTags(): Tag[] {
    const raw = Array.isArray(this.document.tags) ? this.document.tags.filter(isObject) : [];
    const members = this.resourceMembers;
    const byResource = this.resourceByRequest;
    return raw.map((tag) => {
      const requested = valueIdentifier(text(tag['x-sdk-resource']) || text(tag.name), 'default');
      // Several tags may name the same resource on purpose (Calls and Call Data → calls).
      const resource = byResource.get(requested) ?? members.allocate(requested);
      byResource.set(requested, resource);
      return { name: text(tag.name), description: text(tag.description), resource };
    });
  }

  private buildAuth(): AuthScheme[] {
    const schemes = isObject(this.components.securitySchemes) ? this.components.securitySchemes : {};
    return Object.entries(schemes).map(([key, value]) => {
      const scheme = this.resolve(value) ?? {};
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

  private securityNames(security: unknown): string[] {
    if (!Array.isArray(security)) return [];
    // An empty requirement object ({}) means the operation may also be called without credentials.
    if (security.some((requirement) => isObject(requirement) && Object.keys(requirement).length === 0)) return [];
    return [...new Set(security.filter(isObject).flatMap((requirement) => Object.keys(requirement)))].sort();
  }

  private buildSchemas(): NamedSchema[] {
    const raw = isObject(this.components.schemas) ? this.components.schemas : {};
    const names = Object.keys(raw).sort();
    for (const wireName of names) this.schemaTypeNames.set(wireName, this.typeNamer.allocate(wireName));
    return names.map((wireName) => ({
      wireName,
      typeName: this.schemaTypeNames.get(wireName) ?? wireName,
      schema: this.toSchema(raw[wireName]),
      jsonSchema: this.toJsonSchema(raw[wireName]),
    }));
  }

  /** Converts a schema object; component `$ref`s stay references. */
  toSchema(value: unknown, depth = 0): Schema {
    if (value === true || value === undefined) return { kind: 'unknown', description: '' };
    if (value === false || !isObject(value)) return { kind: 'unknown', description: '' };
    const description = text(value.description);
    if (typeof value.$ref === 'string') {
      if (value.$ref.startsWith(SCHEMA_REF) && this.schemaTypeNames.has(value.$ref.slice(SCHEMA_REF.length))) {
        return { kind: 'ref', wireName: value.$ref.slice(SCHEMA_REF.length), description };
      }
      // A ref into some other part of the document: inline it (bounded, refs can be cyclic).
      return depth > 32 ? { kind: 'unknown', description } : this.toSchema(this.resolve(value), depth + 1);
    }
    const schema = this.toSchemaWithoutNull(value, description, depth);
    const nullable = this.is30 && value.nullable === true;
    return nullable ? { kind: 'union', variants: [schema, { kind: 'primitive', type: 'null', description: '' }], description } : schema;
  }

  private toSchemaWithoutNull(value: Raw, description: string, depth: number): Schema {
    const enumValues = Array.isArray(value.enum)
      ? value.enum.filter((item): item is string | number | boolean | null => item === null || ['string', 'number', 'boolean'].includes(typeof item))
      : 'const' in value && (value.const === null || ['string', 'number', 'boolean'].includes(typeof value.const))
        ? [value.const as string | number | boolean | null]
        : undefined;
    if (Array.isArray(value.allOf)) {
      const parts = value.allOf.map((part) => this.toSchema(part, depth + 1));
      const own = this.ownObject(value, depth);
      return { kind: 'intersection', parts: own ? [...parts, own] : parts, description };
    }
    const variantsRaw = Array.isArray(value.oneOf) ? value.oneOf : Array.isArray(value.anyOf) ? value.anyOf : undefined;
    if (variantsRaw) {
      return { kind: 'union', variants: variantsRaw.map((variant) => this.toSchema(variant, depth + 1)), description };
    }
    const types = Array.isArray(value.type) ? value.type.filter((t): t is string => typeof t === 'string') : typeof value.type === 'string' ? [value.type] : [];
    if (types.length > 1) {
      return {
        kind: 'union',
        variants: types.map((type) => this.toSchemaWithoutNull({ ...value, type, description: undefined }, '', depth)),
        description,
      };
    }
    const type = types[0];
    if (type === 'string' && (value.format === 'binary' || typeof value.contentMediaType === 'string' && !String(value.contentMediaType).startsWith('text/'))) {
      return { kind: 'binary', description };
    }
    if (type === 'array' || (type === undefined && value.items !== undefined)) {
      return { kind: 'array', items: this.toSchema(value.items, depth + 1), description };
    }
    if (type === 'object' || (type === undefined && (isObject(value.properties) || value.additionalProperties !== undefined))) {
      return this.ownObject(value, depth) ?? { kind: 'object', properties: [], additional: true, description };
    }
    if (type === 'string' || type === 'number' || type === 'integer' || type === 'boolean' || type === 'null') {
      return {
        kind: 'primitive',
        type,
        ...(typeof value.format === 'string' ? { format: value.format } : {}),
        ...(enumValues ? { enum: enumValues } : {}),
        description,
      };
    }
    // `const: x` (or a one-value enum) without a type is that literal; several values are a union of literals.
    if (enumValues?.length === 1) return { ...this.literal(enumValues[0] ?? null), description };
    if (enumValues) return { kind: 'union', variants: enumValues.map((item) => this.literal(item)), description };
    return { kind: 'unknown', description };
  }

  private literal(item: string | number | boolean | null): Schema {
    const type = item === null ? 'null' : typeof item === 'string' ? 'string' : typeof item === 'boolean' ? 'boolean' : 'number';
    return { kind: 'primitive', type, enum: [item], description: '' };
  }

  private ownObject(value: Raw, depth: number): Schema | undefined {
    const rawProperties = isObject(value.properties) ? value.properties : undefined;
    if (!rawProperties && value.additionalProperties === undefined && value.type !== 'object') return undefined;
    const required = new Set(Array.isArray(value.required) ? value.required.filter((name): name is string => typeof name === 'string') : []);
    const wireNames = Object.keys(rawProperties ?? {});
    const names = propertyNames(wireNames);
    const properties: Property[] = wireNames.map((wireName, index) => {
      const raw = rawProperties?.[wireName];
      const resolved = isObject(raw) ? raw : {};
      return {
        wireName,
        name: names[index] ?? wireName,
        schema: this.toSchema(raw, depth + 1),
        required: required.has(wireName),
        readOnly: resolved.readOnly === true,
        writeOnly: resolved.writeOnly === true,
        deprecated: resolved.deprecated === true,
        description: text(resolved.description),
      };
    });
    const additionalRaw = value.additionalProperties;
    const additional: Schema | boolean =
      additionalRaw === undefined ? true : typeof additionalRaw === 'boolean' ? additionalRaw : this.toSchema(additionalRaw, depth + 1);
    return { kind: 'object', properties, additional, description: text(value.description) };
  }

  /** A JSON Schema 2020-12 copy for validation: 3.0 `nullable` and boolean exclusive bounds are rewritten. */
  toJsonSchema(value: unknown): JsonSchema {
    if (typeof value === 'boolean') return value;
    if (!isObject(value)) return true;
    const walk = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(walk);
      if (!isObject(node)) return node;
      const out: Raw = {};
      for (const [key, child] of Object.entries(node)) {
        if (key.startsWith('x-')) continue;
        Object.defineProperty(out, key, { value: key === 'example' || key === 'examples' || key === 'enum' || key === 'const' || key === 'default' ? child : walk(child), enumerable: true, writable: true, configurable: true });
      }
      if (this.is30) {
        if (out.nullable === true) {
          delete out.nullable;
          if (typeof out.type === 'string') out.type = [out.type, 'null'];
          else if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
        }
        for (const [flag, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
          if (out[flag] === true) {
            out[flag] = out[bound];
            delete out[bound];
          } else if (out[flag] === false) delete out[flag];
        }
      }
      return out;
    };
    return walk(value) as JsonSchema;
  }

  private firstExample(media: Raw): unknown {
    if ('example' in media) return media.example;
    if (isObject(media.examples)) {
      const first = Object.values(media.examples)[0];
      const resolved = this.resolve(first);
      if (resolved && 'value' in resolved) return resolved.value;
    }
    const schema = isObject(media.schema) ? this.resolve(media.schema) : undefined;
    if (schema && 'example' in schema) return schema.example;
    if (schema && Array.isArray(schema.examples)) return schema.examples[0];
    return undefined;
  }

  /** SDK keys of the top-level properties of a JSON/form body, to keep parameter keys apart from them. */
  private bodyPropertyNames(value: unknown): Set<string> {
    const body = this.resolve(value);
    const media = body && isObject(body.content) ? Object.values(body.content).find(isObject) : undefined;
    const schema = this.resolve(media?.schema);
    return new Set(propertyNames(Object.keys(isObject(schema?.properties) ? schema.properties : {})));
  }

  /** `{example}` from an object with `example`, else from its (resolved) schema's `examples[0]` or `example`. */
  private schemaExample(holder: Raw): { example?: unknown } {
    if ('example' in holder) return { example: holder.example };
    const schema = this.resolve(holder.schema);
    if (schema && Array.isArray(schema.examples) && schema.examples.length > 0) return { example: schema.examples[0] };
    if (schema && 'example' in schema) return { example: schema.example };
    return {};
  }

  private buildParameters(path: string, pathLevel: unknown, operationLevel: unknown, pointer: string, bodyNames: Set<string>): Parameter[] {
    const merged = new Map<string, Raw>();
    for (const list of [pathLevel, operationLevel]) {
      if (!Array.isArray(list)) continue;
      for (const entry of list) {
        const param = this.resolve(entry);
        if (param && typeof param.name === 'string' && typeof param.in === 'string') merged.set(`${param.in}:${param.name}`, param);
      }
    }
    const pathOrder = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
    const params = [...merged.values()];
    params.sort((a, b) => {
      const rank = (p: Raw) => (p.in === 'path' ? pathOrder.indexOf(text(p.name)) : 1000);
      return rank(a) - rank(b);
    });
    // SDK keys. Header names are written like `Idempotency-Key`; as keys they read `idempotencyKey`. Path parameters
    // are positional and take no key. Query, header and cookie values share one params object with the body's
    // properties: a key that a body property or a parameter elsewhere also uses is suffixed with where it goes
    // (`idempotencyKeyHeader`, `traceQuery`, `traceCookie`), and a clash left after that gets a number.
    const base = params.map((param) => {
      const name = propertyName(text(param.name));
      return param.in === 'header' ? name.charAt(0).toLowerCase() + name.slice(1) : name;
    });
    const uses = new Map<string, number>();
    params.forEach((param, index) => {
      if (param.in !== 'path') uses.set(base[index] ?? '', (uses.get(base[index] ?? '') ?? 0) + 1);
    });
    const keys = new Set(bodyNames);
    const names = params.map((param, index) => {
      const name = base[index] ?? text(param.name);
      if (param.in === 'path') return name;
      const placed = bodyNames.has(name) || (uses.get(name) ?? 0) > 1 ? `${name}${pascalCase(text(param.in))}` : name;
      let unique = placed;
      for (let n = 2; keys.has(unique); n++) unique = `${placed}${n}`;
      keys.add(unique);
      return unique;
    });
    const identifiers = new MemberNamer(['options', 'params', 'client']);
    return params.flatMap((param, index) => {
      const location = text(param.in);
      if (location !== 'path' && location !== 'query' && location !== 'header' && location !== 'cookie') {
        this.fail(`Parameter \`${text(param.name)}\` has an unknown location \`${location}\`.`, pointer, 'Use in: path, query, header or cookie.');
        return [];
      }
      const content = isObject(param.content) ? Object.values(param.content).find(isObject) : undefined;
      const rawSchema = param.schema ?? content?.schema;
      const example = 'example' in param ? param.example : isObject(param.examples) ? this.resolve(Object.values(param.examples)[0])?.value : undefined;
      // OpenAPI serialization: query and cookie values default to style `form` (arrays and objects exploded into
      // one pair per item or key), headers to `simple` (not exploded); a `content` parameter is JSON.
      const defaultStyle = location === 'query' || location === 'cookie' ? 'form' : 'simple';
      const declaredStyle = text(param.style) || defaultStyle;
      const explode = typeof param.explode === 'boolean' ? param.explode : declaredStyle === 'form';
      const delimiters = new Map([['form', ','], ['spaceDelimited', ' '], ['pipeDelimited', '|']]);
      const arrayDelimiter = (location === 'query' || location === 'cookie') && !explode ? delimiters.get(declaredStyle) : undefined;
      const style: Parameter['style'] = content
        ? 'json'
        : location === 'query' && declaredStyle === 'deepObject'
          ? 'deepObject'
          : location === 'header' && explode
            ? 'explode'
            : undefined;
      return [
        {
          wireName: text(param.name),
          name: names[index] ?? text(param.name),
          identifier: identifiers.allocate(valueIdentifier(text(param.name), 'param')),
          in: location,
          required: param.required === true || location === 'path',
          deprecated: param.deprecated === true,
          description: text(param.description),
          schema: this.toSchema(rawSchema),
          jsonSchema: this.toJsonSchema(rawSchema),
          ...(example !== undefined ? { example } : {}),
          ...(arrayDelimiter !== undefined ? { arrayDelimiter } : {}),
          ...(style !== undefined ? { style } : {}),
        },
      ];
    });
  }

  private encodingOf(contentType: string): BodyEncoding {
    const type = contentType.toLowerCase();
    if (type === 'application/json' || type.endsWith('+json')) return 'json';
    if (type.startsWith('multipart/')) return 'multipart';
    if (type === 'application/x-www-form-urlencoded') return 'form';
    if (type.startsWith('text/')) return 'text';
    return 'binary';
  }

  private buildRequestBody(value: unknown): RequestBody | undefined {
    const body = this.resolve(value);
    if (!body || !isObject(body.content)) return undefined;
    const entries = Object.entries(body.content).filter((entry): entry is [string, Raw] => isObject(entry[1]));
    const preference: BodyEncoding[] = ['json', 'multipart', 'form', 'text', 'binary'];
    entries.sort((a, b) => preference.indexOf(this.encodingOf(a[0])) - preference.indexOf(this.encodingOf(b[0])));
    const first = entries[0];
    if (!first) return undefined;
    const [contentType, media] = first;
    const example = this.firstExample(media);
    return {
      contentType,
      encoding: this.encodingOf(contentType),
      required: body.required === true,
      description: text(body.description),
      schema: this.toSchema(media.schema),
      jsonSchema: this.toJsonSchema(media.schema),
      ...(example !== undefined ? { example } : {}),
    };
  }

  private kindOf(contentType: string): ResponseKind {
    const encoding = this.encodingOf(contentType);
    if (encoding === 'json') return 'json';
    const type = contentType.toLowerCase();
    return encoding === 'text' || type.includes('xml') || type === 'application/javascript' ? 'text' : 'binary';
  }

  private buildResponses(value: unknown): Response[] {
    const responses = isObject(value) ? value : {};
    const list = Object.entries(responses).flatMap(([status, raw]) => {
      const response = this.resolve(raw);
      if (!response) return [];
      const contents: ResponseContent[] = Object.entries(isObject(response.content) ? response.content : {})
        .filter((entry): entry is [string, Raw] => isObject(entry[1]))
        .map(([contentType, media]) => {
          const example = this.firstExample(media);
          const namedExamples = Object.entries(isObject(media.examples) ? media.examples : {}).flatMap(([name, entry]) => {
            const resolved = this.resolve(entry);
            return resolved && 'value' in resolved ? [{ name, summary: text(resolved.summary), value: resolved.value }] : [];
          });
          return {
            contentType,
            kind: this.kindOf(contentType),
            schema: this.toSchema(media.schema),
            jsonSchema: this.toJsonSchema(media.schema),
            ...(example !== undefined ? { example } : {}),
            namedExamples,
          };
        });
      const headers = Object.entries(isObject(response.headers) ? response.headers : {}).map(([name, header]) => {
        const resolved = this.resolve(header) ?? {};
        return { name, description: text(resolved.description), schema: this.toSchema(resolved.schema) };
      });
      return [{ status: status.toUpperCase() === 'DEFAULT' ? 'default' : status.toUpperCase(), description: text(response.description), contents, headers }];
    });
    return list.sort((a, b) => (a.status === 'default' ? 1 : b.status === 'default' ? -1 : a.status.localeCompare(b.status)));
  }

  private buildPagination(value: unknown): Pagination | undefined {
    if (!isObject(value)) return undefined;
    const pick = (key: string) => (typeof value[key] === 'string' ? { [key]: value[key] as string } : {});
    switch (value.style) {
      case 'offset':
        return { style: 'offset', offsetParam: text(value.offsetParam), limitParam: text(value.limitParam), ...pick('items'), ...pick('total'), ...pick('hasMore') };
      case 'page':
        return { style: 'page', pageParam: text(value.pageParam), perPageParam: text(value.perPageParam), ...pick('items'), ...pick('hasNext'), ...pick('total') };
      case 'limit':
        return { style: 'limit', limitParam: text(value.limitParam), ...pick('items') };
      case 'none':
        return { style: 'none', ...pick('items') };
      default:
        return undefined;
    }
  }

  private buildMockState(value: unknown): MockState | undefined {
    if (!isObject(value) || typeof value.collection !== 'string') return undefined;
    const actions = ['create', 'read', 'list', 'update', 'delete'] as const;
    const action = actions.find((candidate) => candidate === value.action);
    if (!action) return undefined;
    return { collection: value.collection, action, ...(typeof value.idParam === 'string' ? { idParam: value.idParam } : {}) };
  }
}

export function buildModel(document: Record<string, unknown>, options: BuildOptions): ApiModel {
  return new ModelBuilder(document, options).build();
}

/**
 * The Markdown reference, one page per SDK resource plus an index (with the HTTP-only
 * operations kept out of the SDK). Every string from the spec is escaped here for its Markdown context.
 */
import type { ApiModel, AuthScheme, Operation, Schema } from '../../ir/model.js';
import { propertyKey } from '../../ir/naming.js';
import { SchemaLookup } from '../../ir/lookup.js';
import { htmlText, markdownCell, markdownCode, markdownFence, markdownProse } from '../../emit/escape.js';
import { bannerView, render } from '../../emit/templates.js';
import { resourceFileName } from '../../lang/ts/names.js';
import { TypeRenderer } from '../../lang/ts/types.js';
import type { SourceFile } from '../target.js';
import { goSamples, pythonSamples, sampleContext, tsCallExpression, tsMethodOf } from './samples.js';
import { githubSlug } from './slug.js';

/**
 * A TypeScript type on one line, without its doc comments (for inline code in a sentence). The renderer puts each
 * doc comment on lines of its own, and escapes `*\/` inside it, so only a comment that starts a line is removed: a
 * string literal type that contains `/**` stays as it is.
 */
function inlineType(type: string): string {
  return type.replace(/^[ \t]*\/\*\*[\s\S]*?\*\/[ \t]*$/gm, '').replace(/\s+/g, ' ').trim();
}

/** How a security scheme's credential travels, in Markdown: `Bearer token`, ``API key in header `X-API-Key` ``, ... */
function schemeKind(scheme: AuthScheme | undefined): string {
  switch (scheme?.kind) {
    case 'bearer':
      return 'Bearer token';
    case 'basic':
      return 'HTTP Basic';
    case 'apiKey':
      if (!scheme.in || !scheme.name) return 'API key';
      return `API key in ${scheme.in === 'query' ? 'query parameter' : scheme.in} ${markdownCode(scheme.name)}`;
    default:
      return 'Other';
  }
}

/**
 * The auth line of an operation: the kinds of the schemes it accepts (any one of them), each with its scheme names
 * (`Bearer token (bearerAuth, jwtAuth)`; ``API key in header `X-API-Key` (apiKeyAuth) or HTTP Basic (basicAuth)``).
 * A scheme the docs cannot describe (OAuth 2, OpenID Connect, mutual TLS, an undeclared name) points at the index.
 */
function authLine(model: ApiModel, security: readonly string[]): string {
  if (security.length === 0) return 'None (public)';
  const groups = new Map<string, string[]>();
  for (const name of security) {
    const kind = schemeKind(model.auth.find((scheme) => scheme.key === name));
    groups.set(kind, [...(groups.get(kind) ?? []), markdownCell(name)]);
  }
  return [...groups]
    .map(([kind, names]) => (kind === 'Other' ? `${names.join(', ')} (see [security schemes](README.md#security-schemes))` : `${kind} (${names.join(', ')})`))
    .join(' or ');
}

/** How the client sends its key (the model's `credential`; a bearer token by default), for the index page. */
function credentialSentence(model: ApiModel): string {
  const credential = model.credential;
  const how = !credential
    ? `as a bearer token, ${markdownCode('Authorization: Bearer <key>')}`
    : credential.in === 'basic'
      ? `as HTTP Basic credentials, ${markdownCode('Authorization: Basic <base64>')}, where the key is ${markdownCode('user:password')}`
      : credential.in === 'header'
        ? `in the ${markdownCode(credential.name)} header, ${markdownCode(`${credential.name}: <key>`)}`
        : `as the query parameter ${markdownCode(`${credential.name}=<key>`)}`;
  return `The client sends its ${markdownCode('apiKey')} ${how}.`;
}

function schemaType(types: TypeRenderer, schema: Schema): string {
  return types.render(schema, 'input').replace(/\s+/g, ' ');
}

export function markdownFiles(model: ApiModel): SourceFile[] {
  const types = new TypeRenderer(model, true);
  const client = new SchemaLookup(model.schemas);
  const samples = sampleContext(model);
  const byId = new Map(model.operations.map((operation) => [operation.operationId, operation]));
  const plainBanner = bannerView(model);
  const banner = { title: htmlText(plainBanner.title), version: htmlText(plainBanner.version) };
  const clientVar = 'client';

  const methodView = (operation: Operation) => {
    const sdk = operation.sdk!;
    const summary = tsMethodOf(operation, samples);
    const callExpression = tsCallExpression(operation, samples);
    const usage = summary.itemType
      ? `const firstPage = await ${callExpression};\n\n// Or every item, page after page:\nfor await (const item of ${callExpression}) {\n  console.log(item);\n}`
      : `const result = await ${callExpression};`;
    const success = operation.success;
    const shown = sdk.plan.result.content;
    const responseExample = shown?.example;
    const responseExampleText =
      responseExample === undefined
        ? ''
        : typeof responseExample === 'string'
          ? responseExample
          : JSON.stringify(samples.examples.camelize(responseExample, shown?.schema), null, 2);
    const parameters = operation.parameters.map((parameter) => ({
      name: markdownCode(parameter.in === 'path' || sdk.positional.includes(parameter.wireName) ? parameter.identifier : propertyKey(parameter.name)),
      wire: markdownCode(parameter.wireName),
      location: parameter.in as string,
      type: markdownCode(schemaType(types, parameter.schema)),
      required: parameter.required ? 'yes' : 'no',
      description: markdownCell(parameter.description),
    }));
    const body = operation.requestBody;
    const bodyFields = body ? client.objectOf(body.schema)?.properties ?? [] : [];
    for (const property of bodyFields) {
      if (property.readOnly) continue;
      parameters.push({
        name: markdownCode(propertyKey(property.name)),
        wire: markdownCode(property.wireName),
        location: body!.encoding === 'multipart' ? 'form' : 'body',
        type: markdownCode(schemaType(types, property.schema)),
        required: property.required ? 'yes' : 'no',
        description: markdownCell(property.description),
      });
    }
    return {
      heading: markdownCell(`${sdk.resource}.${sdk.name}()`),
      summary: markdownProse(operation.summary),
      description: operation.description && operation.description !== operation.summary ? markdownProse(operation.description) : '',
      route: markdownCode(`${operation.method} ${operation.path}`),
      // The standalone form takes the client first (tree-shakable; see the package README).
      functionForm: `${markdownCode(`${sdk.functionName}(client, ${summary.argumentNames.join(', ')})`)} from ${markdownCode(`${model.sdk.packageName}/funcs`)}`,
      auth: authLine(model, operation.security),
      signature: markdownFence('ts', `${clientVar}.${sdk.resource}.${sdk.name}(${summary.signature}): ${summary.returnType.replace(/^APIPromise</, 'Promise<')}`),
      hasParameters: parameters.length > 0,
      parameters,
      response: success
        ? `${markdownCode(success.status)} ${success.contents.map((content) => markdownCode(content.contentType)).join(', ') || '(no body)'} → ${markdownCode(inlineType(summary.returnType))}`
        : 'No success response declared.',
      errors: operation.responses
        .filter((response) => response !== success && !/^2/.test(response.status))
        .map((response) => `${markdownCode(response.status)} ${markdownCell(response.description)}`)
        .join(' · '),
      example: markdownFence('ts', usage),
      hasResponseExample: responseExampleText !== '',
      responseExample: markdownFence(shown?.kind === 'json' ? 'json' : 'text', responseExampleText),
      deprecated: operation.deprecated,
    };
  };

  const pages: SourceFile[] = model.resources.map((resource) => ({
    path: `${resourceFileName(resource)}.md`,
    contents: render('docs/resource.md.hbs', {
      ...banner,
      name: markdownCell(resource.name),
      className: markdownCell(resource.className),
      description: markdownProse(resource.description),
      toc: resource.operationIds.map((id) => {
        const operation = byId.get(id)!;
        const label = `${resource.name}.${operation.sdk!.name}()`;
        return { label: markdownCell(label), anchor: githubSlug(label), summary: markdownCell(operation.summary) };
      }),
      methods: resource.operationIds.map((id) => methodView(byId.get(id)!)),
      streams: resource.streamNames.flatMap((name) => {
        const stream = model.streams.find((candidate) => candidate.name === name && candidate.sdk);
        if (!stream?.sdk) return [];
        const pathParams = stream.parameters.filter((parameter) => parameter.in === 'path');
        const signature = [...pathParams.map((parameter) => `${parameter.identifier}: ${schemaType(types, parameter.schema)}`), 'options?: RealtimeStreamOptions'];
        return [
          {
            heading: markdownCell(`${resource.name}.${stream.sdk.method}()`),
            summary: markdownCell(stream.summary),
            signature: markdownFence('ts', `${clientVar}.${resource.name}.${stream.sdk.method}(${signature.join(', ')}): RealtimeStream<${stream.sdk.eventTypeName}>`),
            link: `streams.md#${githubSlug(stream.name)}`,
            path: markdownCode(stream.path),
          },
        ];
      }),
    }),
  }));

  if (model.webhooks.length > 0) {
    pages.push({
      path: 'webhooks.md',
      contents: render('docs/webhooks.md.hbs', {
        ...banner,
        webhooks: model.webhooks.map((webhook) => {
          const fields = client.objectOf(webhook.payload)?.properties ?? [];
          return {
            name: markdownCell(webhook.name),
            anchor: githubSlug(webhook.name),
            summary: markdownCell(webhook.summary),
            description: markdownProse(webhook.description),
            request: `${markdownCode(webhook.method)} ${markdownCode(webhook.contentType)}`,
            payloadType: markdownCode(schemaType(types, webhook.payload)),
            discriminator: webhook.discriminator
              ? `${markdownCode(webhook.discriminator.path)} is ${markdownCode(JSON.stringify(webhook.discriminator.value))}`
              : 'no single-valued field; route it by URL',
            hasFields: fields.length > 0,
            fields: fields.map((property) => ({
              name: markdownCode(property.wireName),
              type: markdownCode(schemaType(types, property.schema)),
              required: property.required ? 'yes' : 'no',
              description: markdownCell(property.description),
            })),
            hasExample: webhook.example !== undefined,
            // Only rendered when there is one (an example-less webhook is valid OpenAPI).
            example: webhook.example === undefined ? '' : markdownFence('json', JSON.stringify(webhook.example, null, 2)),
          };
        }),
      }),
    });
  }

  if (model.streams.length > 0) {
    pages.push({
      path: 'streams.md',
      contents: render('docs/streams.md.hbs', {
        ...banner,
        streams: model.streams.map((stream) => {
          const pathParams = stream.parameters.filter((parameter) => parameter.in === 'path');
          return {
            name: markdownCell(stream.name),
            anchor: githubSlug(stream.name),
            summary: markdownCell(stream.summary),
            description: markdownProse(stream.description),
            path: markdownCode(stream.path),
            sdk: stream.sdk
              ? markdownCode(
                  `${clientVar}.${stream.sdk.resource}.${stream.sdk.method}(${pathParams.map((parameter) => parameter.identifier).join(', ')})` +
                    ` → RealtimeStream<${stream.sdk.eventTypeName}>`,
                )
              : 'not in the SDK',
            auth: stream.auth.map((entry) => ({ in: markdownCell(entry.in), name: markdownCode(entry.name), description: markdownCell(entry.description) })),
            hasParameters: stream.parameters.length > 0,
            parameters: stream.parameters.map((parameter) => ({
              name: markdownCode(parameter.wireName),
              location: parameter.in,
              type: markdownCode(schemaType(types, parameter.schema)),
              required: parameter.required ? 'yes' : 'no',
              description: markdownCell(parameter.description),
            })),
            messages: [
              ...stream.clientMessages.map((message) => ({ direction: 'client → server', message })),
              ...stream.serverMessages.map((message) => ({ direction: 'server → client', message })),
            ].map(({ direction, message }) => ({
              direction,
              type: markdownCode(message.type),
              payload: markdownCode(schemaType(types, message.schema)),
              description: markdownCell(message.description),
            })),
            hasCloseCodes: stream.closeCodes.length > 0,
            closeCodes: stream.closeCodes.map((entry) => ({ code: entry.code, description: markdownCell(entry.description) })),
          };
        }),
      }),
    });
  }

  const excluded = model.operations.filter((operation) => !operation.sdk);
  pages.push({
    path: 'README.md',
    contents: render('docs/index.md.hbs', {
      ...banner,
      titleText: markdownCell(model.title),
      versionText: markdownCell(model.version),
      description: markdownProse(model.description),
      packageName: markdownCode(model.sdk.packageName),
      install: markdownFence('sh', `npm install ${model.sdk.packageName}`),
      quickstart: markdownFence(
        'ts',
        `import { ${model.sdk.clientName} } from '${model.sdk.packageName}';\n\nconst ${clientVar} = new ${model.sdk.clientName}({ apiKey: process.env.${model.sdk.apiKeyEnvVar ?? 'API_KEY'} });`,
      ),
      otherSdks: `The Python SDK is the package ${markdownCode(pythonSamples(samples).packageName)} (${markdownCode(`pip install ${pythonSamples(samples).packageName}`)}), the Go SDK the module ${markdownCode(goSamples(samples).module.path)} (${markdownCode(`go get ${goSamples(samples).module.path}`)}).`,
      baseUrl: markdownCode(model.defaultBaseUrl),
      hasAuth: model.auth.length > 0,
      credential: credentialSentence(model),
      auth: model.auth.map((scheme) => ({ key: markdownCode(scheme.key), kind: schemeKind(scheme), description: markdownCell(scheme.description) })),
      errorName: markdownCode(model.sdk.errorName),
      resources: model.resources.map((resource) => ({
        name: markdownCell(resource.name),
        file: `${resourceFileName(resource)}.md`,
        count: resource.operationIds.length,
        description: markdownCell(resource.description.split('\n')[0] ?? ''),
      })),
      hasStreams: model.streams.length > 0,
      streamCount: model.streams.length,
      hasWebhooks: model.webhooks.length > 0,
      webhookCount: model.webhooks.length,
      hasExcluded: excluded.length > 0,
      excluded: excluded.map((operation) => ({
        route: markdownCode(`${operation.method} ${operation.path}`),
        summary: markdownCell(operation.summary),
        reason: markdownCell(operation.sdkExcludedReason ?? ''),
      })),
    }),
  });
  return pages;
}


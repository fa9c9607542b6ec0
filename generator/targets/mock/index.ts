/**
 * The mock emitter: the model's operations as data for the hand-written mock runtime (templates/mock/runtime),
 * plus a small entry point. Schemas stay JSON Schema so the runtime validates requests with ajv.
 */
import type { ApiModel, Operation, Parameter } from '../../ir/model.js';
import { bannerView, render, runtimeFiles } from '../../emit/templates.js';
import type { SourceFile, Target } from '../target.js';


function mockParameter(parameter: Parameter) {
  return {
    name: parameter.wireName,
    in: parameter.in,
    required: parameter.required,
    schema: parameter.jsonSchema,
    ...(parameter.arrayDelimiter !== undefined ? { arrayDelimiter: parameter.arrayDelimiter } : {}),
    ...(parameter.style !== undefined ? { style: parameter.style } : {}),
  };
}

function mockOperation(operation: Operation) {
  return {
    operationId: operation.operationId,
    ...(operation.summary ? { summary: operation.summary } : {}),
    method: operation.method,
    path: operation.path,
    auth: operation.security.length > 0,
    parameters: operation.parameters.map(mockParameter),
    ...(operation.requestBody
      ? { requestBody: { required: operation.requestBody.required, contentType: operation.requestBody.contentType, schema: operation.requestBody.jsonSchema } }
      : {}),
    responses: operation.responses.flatMap((response) => {
      const headers = response.headers.map((header) => header.name);
      if (response.contents.length === 0) return [{ status: response.status, headers }];
      return response.contents.map((content) => ({
        status: response.status,
        contentType: content.contentType,
        schema: content.jsonSchema,
        ...(content.example !== undefined ? { example: content.example } : {}),
        ...(content.namedExamples.length > 1
          ? { examples: Object.fromEntries(content.namedExamples.map((named) => [named.name, named.value])) }
          : {}),
        headers,
      }));
    }),
    ...(operation.pagination ? { pagination: operation.pagination } : {}),
    ...(operation.mockState ? { state: operation.mockState } : {}),
  };
}

function emitMock(model: ApiModel): SourceFile[] {
  const mockModel = {
    title: model.title,
    version: model.version,
    ...(model.defaultBaseUrl ? { baseUrl: model.defaultBaseUrl } : {}),
    ...(model.credential ? { credential: model.credential } : {}),
    schemas: Object.fromEntries(model.schemas.map((schema) => [schema.wireName, schema.jsonSchema])),
    operations: model.operations.map(mockOperation),
    streams: model.streams.map((stream) => ({
      name: stream.name,
      path: stream.path,
      auth: stream.auth.map((entry) => ({ in: entry.in, name: entry.name })),
      parameters: stream.parameters.map(mockParameter),
      clientMessages: stream.clientMessages.map((message) => ({ type: message.type, schema: message.jsonSchema })),
      serverMessages: stream.serverMessages.map((message) => ({
        type: message.type,
        schema: message.jsonSchema,
        ...(message.example !== undefined ? { example: message.example } : {}),
      })),
      ...(stream.sdk?.pingMessage ? { pingMessage: stream.sdk.pingMessage } : {}),
      ...(stream.sdk?.statusMessage ? { statusMessage: stream.sdk.statusMessage } : {}),
      closeCodes: stream.closeCodes.map((entry) => entry.code),
    })),
    webhooks: model.webhooks.map((webhook) => ({
      name: webhook.name,
      schema: webhook.jsonSchema,
      ...(webhook.example !== undefined ? { example: webhook.example } : {}),
    })),
    ...(model.mock ? { mock: model.mock } : {}),
  };
  const { packageName, binName } = packageNames(model);
  const banner = bannerView(model);
  const packageView = {
    packageName: JSON.stringify(packageName),
    version: JSON.stringify(model.version),
    description: JSON.stringify(`Mock server of the ${model.title}: validation, state, simulated calls, faults on demand, msw handlers`),
    binName: JSON.stringify(binName),
  };
  // Markdown: names are checked npm names (no markup); the title and base URL are spec text, escaped.
  const readmeView = {
    packageName,
    binName,
    title: markdownText(model.title),
    // Printed in a code block's comment: one line, no backticks.
    baseUrl: (model.defaultBaseUrl || 'http://localhost').replace(/[\u0000-\u001f\u007f`]+/g, ''),
    packageNameJs: `'${packageName}'`,
    mswImportJs: `'${packageName}/msw'`,
  };
  return [
    { path: 'mock-model.json', contents: `${JSON.stringify(mockModel, null, 2)}\n`, verbatim: true },
    { path: 'server.ts', contents: render('mock/server.ts.hbs', banner) },
    { path: 'package.json', contents: render('mock/package.json.hbs', packageView) },
    { path: 'tsconfig.json', contents: render('mock/tsconfig.json.hbs', {}) },
    { path: 'build.mjs', contents: render('mock/build.mjs.hbs', banner) },
    { path: 'README.md', contents: render('mock/README.md.hbs', readmeView) },
    { path: 'index.ts', contents: render('mock/index.ts.hbs', { ...banner, mswImport: `${packageName}/msw` }) },
    { path: 'bin.ts', contents: render('mock/bin.ts.hbs', { ...banner, binName }) },
    { path: 'msw.ts', contents: render('mock/msw.ts.hbs', banner) },
    // Copied byte for byte: the runtime is formatted and tested where it is written.
    ...runtimeFiles('mock/runtime').map((file) => ({ path: `runtime/${file.path}`, contents: file.contents, verbatim: true })),
  ];
}

const NPM_NAME = /^(?:@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/;
const BIN_NAME = /^[a-z0-9][a-z0-9._-]*$/;

/**
 * The package's npm name and command, from the spec's root `x-mock.package` (`{name, bin}`), else derived from the
 * SDK's package name (`@acme/sdk` → `@acme/mock`, `acme-mock`). Only valid npm names are taken, so they are safe
 * in JSON, Markdown and comments.
 */
function packageNames(model: ApiModel): { packageName: string; binName: string } {
  const settings = model.mock?.['package'];
  const given = typeof settings === 'object' && settings !== null ? (settings as Record<string, unknown>) : {};
  const sdkName = model.sdk.packageName;
  const scope = /^(@[a-z0-9][a-z0-9._-]*)\//.exec(sdkName)?.[1];
  const stem = (scope ?? sdkName).replace(/^@/, '').split(/[./]/)[0] || 'api';
  const packageName = typeof given['name'] === 'string' && NPM_NAME.test(given['name']) ? given['name'] : scope ? `${scope}/mock` : `${stem}-mock`;
  const binName = typeof given['bin'] === 'string' && BIN_NAME.test(given['bin']) ? given['bin'] : `${stem}-mock`;
  return { packageName, binName };
}

/** Text safe in Markdown prose: one line, markup characters escaped. */
function markdownText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/([\\`*_{}\[\]()<>#+!|~-])/g, '\\$1');
}

export const mockTarget: Target = {
  name: 'mock',
  outDir: 'mock',
  description: 'the mock server (runtime and the model it serves)',
  emit: emitMock,
};

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
  return [
    { path: 'mock-model.json', contents: `${JSON.stringify(mockModel, null, 2)}\n`, verbatim: true },
    { path: 'server.ts', contents: render('mock/server.ts.hbs', bannerView(model)) },
    // Copied byte for byte: the runtime is formatted and tested where it is written.
    ...runtimeFiles('mock/runtime').map((file) => ({ path: `runtime/${file.path}`, contents: file.contents, verbatim: true })),
  ];
}

export const mockTarget: Target = {
  name: 'mock',
  outDir: 'mock',
  description: 'the mock server (runtime and the model it serves)',
  emit: emitMock,
};

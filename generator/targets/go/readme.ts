/**
 * The view of the Go module's README (templates/go/README.md.hbs): the module path, package name and the module's
 * last element, the API's title and version, the default base URL, the environment variable, the spec's porting
 * notes (`x-sdk.goPortingNotes`) and webhook notes (`x-sdk.webhookNotes`), Markdown with raw HTML neutralised, and
 * every method as `client.<Resource>.<Method>(ctx, ...)` beside its context-free form. Each feature's example is
 * chosen from the model as the TypeScript README's is (targets/ts/readme.ts): a read by id, a list that walks pages,
 * a create, an upload, a binary result, a URL method, a webhook, a stream; a section whose feature the API lacks is
 * left out. Names are the Go identifiers the target made (lang/go/naming.ts); spec text is escaped for Markdown.
 */
import type { ApiModel, Operation, Stream } from '../../ir/model.js';
import { markdownCell, markdownCode, markdownProse } from '../../emit/escape.js';
import { goString } from '../../lang/go/literal.js';
import { GO_VERSION } from '../../lang/go/runtime.js';
import type { GoMethod } from './operation.js';

export interface ReadmeMethod {
  readonly resource: string;
  readonly method: string;
  readonly signature: string;
  /** The operation and its Go method, for an HTTP method. */
  readonly operation?: Operation;
  readonly go?: GoMethod;
  /** The stream and its event types, for a stream method. */
  readonly stream?: { readonly model: Stream; readonly events: readonly string[] };
}

type HttpMethod = ReadmeMethod & { readonly operation: Operation; readonly go: GoMethod };

const FILE_NAME = 'file-name.ext';

export function readmeView(
  model: ApiModel,
  methods: readonly ReadmeMethod[],
  go: { readonly module: string; readonly pkg: string; readonly name: string; readonly webhookEvents: readonly string[] },
) {
  const { pkg } = go;
  const http = methods.filter((method): method is HttpMethod => Boolean(method.operation && method.go));
  const find = (test: (method: HttpMethod) => boolean) => http.find(test);
  const plan = (method: HttpMethod) => method.operation.sdk!.plan;
  const json = (method: HttpMethod) => plan(method).result.kind === 'json' && !plan(method).page;

  /** An argument's value: the parameter's example when it is a plain number or string, else the argument's name. */
  const argument = (arg: GoMethod['args'][number]): string => {
    if (arg.type === 'File') return `${pkg}.File{Reader: f, Name: ${goString(FILE_NAME)}}`;
    if (arg.type === 'io.Reader') return 'f';
    const example = arg.input.parameter?.example;
    if (arg.input.required && /^(u?int(8|16|32|64)?|float(32|64))$/.test(arg.type) && typeof example === 'number' && Number.isFinite(example)) return String(example);
    if (arg.input.required && arg.type === 'string' && typeof example === 'string') return goString(example);
    if (!arg.input.required && arg.type.startsWith('*')) return 'nil';
    return arg.local;
  };
  /** The params struct as an example passes it: `params` when it must be given, `nil` or the fields shown else. */
  const params = (method: HttpMethod, fields: readonly string[] = []): string[] => {
    if (!method.go.paramsType) return [];
    if (fields.length > 0) return [`&${pkg}.${method.go.paramsType}{${fields.join(', ')}}`];
    return [plan(method).paramsRequired ? 'params' : 'nil'];
  };
  const call = (method: HttpMethod, options: readonly string[] = [], fields: readonly string[] = [], name = method.method) =>
    `client.${method.resource}.${name}(${['ctx', ...method.go.args.map(argument), ...params(method, fields), ...options].join(', ')})`;

  // A read of one thing by its path parameters (`Get` when there is one), the example of most features.
  const byId = (method: HttpMethod) => json(method) && method.go.args.length > 0 && method.go.args.every((arg) => arg.input.location === 'path') && !plan(method).paramsRequired;
  const simple = find((method) => byId(method) && method.operation.sdk!.name === 'get') ?? find(byId) ?? http[0];
  const paged = find((method) => Boolean(plan(method).page) && !plan(method).paramsRequired && method.go.args.every((arg) => !arg.input.required));
  const create = find((method) => json(method) && plan(method).paramsRequired && plan(method).body.kind !== 'none' && !plan(method).idempotent);
  // A file as a positional argument reads best; else a file field of the params struct.
  const upload = find((method) => method.go.args.some((arg) => arg.type === 'File' || arg.type === 'io.Reader')) ?? find((method) => Boolean(method.go.fileField) && method.go.args.every((arg) => arg.type !== 'File'));
  const binary = find((method) => plan(method).result.kind === 'binary');
  const urlMethod = find((method) => Boolean(method.go.urlMethod));
  const streams = methods.filter((method) => method.stream);
  const stream = streams[0];

  /** A list's first page of `size` items, when its page size is an optional `*int` field. */
  const sized = (method: HttpMethod, size: number): string[] => {
    const pagination = plan(method).page?.pagination;
    const wire = pagination?.style === 'offset' || pagination?.style === 'limit' ? pagination.limitParam : pagination?.style === 'page' ? pagination.perPageParam : undefined;
    const field = method.go.paramFields.find((candidate) => candidate.wireName === wire && candidate.type === '*int');
    return field ? [`${field.field}: ${pkg}.Int(${size})`] : [];
  };
  const uploadCall = upload && (upload.go.args.some((arg) => arg.type === 'File' || arg.type === 'io.Reader') ? call(upload) : call(upload, [], [`${upload.go.fileField}: ${pkg}.File{Reader: f, Name: ${goString(FILE_NAME)}}`]));
  const streamCall = stream && `client.${stream.resource}.${stream.method}(${['ctx', ...stream.signature.split(', ').filter(Boolean)].join(', ')})`;
  const streamEvents = stream?.stream?.events ?? [];

  // The retry lines: an idempotency key on a create, per-call limits on a read, a header on a list.
  const retryLines = [
    ...(create ? [call(create, ['option.WithIdempotencyKey("order-1234")'])] : []),
    ...(simple ? [call(simple, ['option.WithMaxRetries(0)', 'option.WithRequestTimeout(5*time.Second)'])] : []),
    ...(paged ? [call(paged, ['option.WithHeader("X-Trace-Id", "abc")'])] : []),
  ];
  const contextLines = [
    ...(simple ? [`result, err := ${call(simple)}`] : []),
    ...(paged ? [`page, err := ${call(paged, [], sized(paged, 10))}`] : []),
  ];
  const filesLines = [
    ...(upload ? ['f, _ := os.Open("file-name.ext")', 'defer f.Close()', `uploaded, err := ${uploadCall}`] : []),
    ...(binary ? [`data, err := ${call(binary)} // []byte`] : []),
    ...(urlMethod ? [`link, err := ${call(urlMethod, [], [], urlMethod.go.urlMethod).replace('(ctx, ', '(').replace('(ctx)', '()')} // the URL, no request`] : []),
  ];
  const paramsExample = (create ?? paged ?? http.find((method) => method.go.paramsType))?.go.paramsType;

  return {
    module: go.module,
    goVersion: GO_VERSION,
    pkg,
    name: markdownCell(go.name),
    baseURL: JSON.stringify(model.defaultBaseUrl || 'https://api.example.com'),
    portingNotes: model.sdk.goPortingNotes ? markdownProse(model.sdk.goPortingNotes) : '',
    title: markdownCell(model.title),
    version: markdownCell(model.version),
    envVar: model.sdk.apiKeyEnvVar ?? 'API_KEY',
    contextExample: contextLines.join('\n'),
    contextFreeCall: simple ? markdownCode(call(simple).replace('(ctx, ', '(').replace('(ctx)', '()')) : '',
    paramsExample: paramsExample ?? '',
    hasPaged: Boolean(paged),
    pagedMethod: paged?.method ?? '',
    pagerMethod: paged?.go.pager ?? '',
    pagerCall: paged ? call(paged, [], sized(paged, 50), paged.go.pager) : '',
    retryExample: retryLines.join('\n'),
    hasFiles: filesLines.length > 0,
    hasUpload: Boolean(upload),
    hasBinary: Boolean(binary),
    filesExample: filesLines.join('\n'),
    hasWebhook: go.webhookEvents.length > 0,
    webhookCases: go.webhookEvents.map((event, index) => ({ type: `${pkg}.${event}`, first: index === 0 })),
    webhookNotes: model.sdk.webhookNotes ? markdownProse(model.sdk.webhookNotes) : '',
    hasStream: Boolean(streamCall),
    streamCall: streamCall ?? '',
    streamCases: streamEvents.map((event, index) => ({ type: `${pkg}.${event}`, first: index === 0 })),
    hasPing: Boolean(stream?.stream?.model.sdk?.pingMessage),
    hasStatus: Boolean(stream?.stream?.model.sdk?.statusMessage),
    otherStreams: alike(streams.slice(1).map((other) => `\`client.${other.resource}.${other.method}(${['ctx', ...other.signature.split(', ').filter(Boolean)].join(', ')})\``)),
    // Each method as a context-free call (the documented Go SDK's form) beside this module's ctx-first one.
    methods: methods.map((method) => {
      const prefix = `client.${method.resource}.${method.method}`;
      return { contextFree: `${prefix}(${method.signature})`, call: `${prefix}(ctx${method.signature ? `, ${method.signature}` : ''})` };
    }),
  };
}

/** `a` works alike, `a` and `b` work alike, `a`, `b` and `c` work alike; empty for none. */
function alike(calls: readonly string[]): string {
  if (calls.length === 0) return '';
  if (calls.length === 1) return `${calls[0]} works alike.`;
  return `${calls.slice(0, -1).join(', ')} and ${calls[calls.length - 1]} work alike.`;
}

/**
 * The `go` target: the Go SDK module (generated/go) at the spec's `x-sdk.goModule` (`github.com/acme/acme-go`), its
 * package named by lang/go/naming.ts's goPackageName (`acme`). Generated files
 * are types, one service per resource with thin methods, and the client; behaviour lives in the runtime copied
 * verbatim from templates/go/runtime (with its own _test.go files). Every file is written gofmt-exact and marked
 * verbatim, so the TypeScript formatter never sees it; test/go checks `gofmt -l` stays empty.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ApiModel } from '../../ir/model.js';
import { lineCommentText } from '../../emit/escape.js';
import { render, TEMPLATES_DIR } from '../../emit/templates.js';
import { goComment, goString } from '../../lang/go/literal.js';
import { exportedName, goPackageName, packageNamer } from '../../lang/go/naming.js';
import { snakeCase } from '../../lang/naming.js';
import { structFields } from '../../lang/go/struct.js';
import { GoTypes } from '../../lang/go/types.js';
import { Namer } from '../../lang/naming.js';
import type { SourceFile, Target } from '../target.js';
import { OperationEmitter } from './operation.js';
import { webhooksFile } from './webhooks.js';
import { readmeView, type ReadmeMethod } from './readme.js';
import { StreamEmitter } from './streams.js';

const RUNTIME = 'go/runtime';

/** The package clause and the module path the runtime is written with (templates/go/runtime names no API). */
const RUNTIME_PACKAGE = 'sdk';
const RUNTIME_MODULE = 'example.com/sdk-go';

/**
 * A runtime file as the SDK gets it: verbatim but for exactly two substitutions, its package clause
 * (`package sdk` → `package <pkg>`; the option package's `package option` stays) and the module path of its imports
 * of the module's own packages (`"example.com/sdk-go/option"` → `"<module>/option"`). Nothing else is rewritten,
 * so the runtime's comments and code must not depend on the API's names.
 */
export function runtimeFile(contents: string, pkg: string, module: string): string {
  return contents.replace(new RegExp(`^package ${RUNTIME_PACKAGE}$`, 'm'), `package ${pkg}`).split(`"${RUNTIME_MODULE}/`).join(`"${module}/`);
}

/** The module path's last element before a `/v2`-style major version (`acme-go`): the User-Agent's product and the README's title. */
function moduleBaseName(module: string): string {
  const elements = module.split('/');
  return elements.length > 1 && /^v[0-9]+$/.test(elements[elements.length - 1]!) ? elements[elements.length - 2]! : elements[elements.length - 1]!;
}

/** The runtime's files, relative to templates/go/runtime (Go sources, their tests, the option package). */
function runtimeSources(): { path: string; contents: string }[] {
  const root = path.join(TEMPLATES_DIR, RUNTIME);
  const walk = (dir: string): string[] =>
    readdirSync(dir)
      .sort()
      .flatMap((entry) => (statSync(path.join(dir, entry)).isDirectory() ? walk(path.join(dir, entry)) : [path.join(dir, entry)]));
  return walk(root)
    .filter((file) => file.endsWith('.go') || path.basename(file) === 'go.sum')
    .map((file) => ({ path: path.relative(root, file).split(path.sep).join('/'), contents: readFileSync(file, 'utf8') }));
}

/** Exported names the runtime declares at package level: generated names must not take them. */
export function runtimeExports(sources: readonly { path: string; contents: string }[]): string[] {
  const names = new Set<string>(['Client', 'NewClient', 'NewClientWithOptions', 'DefaultBaseURL', 'APIKeyEnvVar', 'Version', 'ParseWebhook', 'WebhookEvent', 'UnknownWebhookEvent', 'RealtimeEvent', 'UnknownRealtimeEvent']);
  for (const source of sources) {
    if (source.path.includes('/') || source.path.endsWith('_test.go')) continue;
    for (const match of source.contents.matchAll(/^(?:func|type|const|var)\s+([A-Z]\w*)/gm)) names.add(match[1]!);
  }
  return [...names].sort();
}

/** A Go file name for a resource that is not a runtime or fixed file, a test, or constrained to an OS or arch. */
function resourceFile(resource: string, taken: Set<string>): string {
  let base = snakeCase(resource) || 'resource';
  if (/_(test|linux|darwin|windows|freebsd|netbsd|openbsd|plan9|solaris|android|ios|js|wasip1|aix|dragonfly|illumos|hurd|zos|amd64|arm|arm64|386|wasm|ppc64|ppc64le|mips|mipsle|mips64|mips64le|riscv64|s390x|loong64)$/.test(base)) base += '_api';
  let name = `${base}.go`;
  for (let n = 2; taken.has(name); n++) name = `${base}_${n}.go`;
  taken.add(name);
  return name;
}

export function imports(paths: readonly string[]): string {
  const std = paths.filter((p) => !p.includes('.')).sort();
  const other = paths.filter((p) => p.includes('.')).sort();
  const groups = [std, other].filter((group) => group.length > 0).map((group) => group.map((p) => `\t${goString(p)}\n`).join(''));
  return groups.length === 0 ? '' : `\nimport (\n${groups.join('\n')})\n`;
}

export function emitGo(model: ApiModel): SourceFile[] {
  const hasStreams = model.streams.some((stream) => stream.sdk);
  // Without streams the module needs no WebSocket library: the runtime's stream support is left out.
  const runtime = runtimeSources().filter((file) => hasStreams || !file.path.startsWith('stream'));
  const banner = `// Code generated by npm run generate from spec/ (${lineCommentText(`${model.title} ${model.version}`)}); DO NOT EDIT.`;
  const module = model.sdk.goModule;
  const pkg = goPackageName(module, model.sdk.clientName);
  const names = packageNamer(runtimeExports(runtime));
  const types = new GoTypes(model, names);
  types.allDeclarations();
  const typeCount = types.count();
  const operations = new OperationEmitter(types, names, pkg);
  const streams = new StreamEmitter(types);
  const streamsByName = new Map(model.streams.map((stream) => [stream.name, stream]));
  const byId = new Map(model.operations.map((operation) => [operation.operationId, operation]));
  const taken = new Set([...runtime.map((file) => file.path), 'client.go', 'types.go', 'doc.go', 'webhooks.go', 'go.mod', 'go.sum', 'README.md']);
  const files: SourceFile[] = [];
  const services: { field: string; type: string; doc: string; resource: string }[] = [];
  const serviceFields = new Namer({ reserved: new Set(['core']), escape: (name) => `${name}Service` });
  const methods: ReadmeMethod[] = [];

  for (const resource of model.resources) {
    const field = serviceFields.allocate(exportedName(resource.name, 'Resource'));
    const type = names.allocate(`${field}Service`);
    services.push({ field, type, resource: resource.name, doc: goComment('', `${type} holds the ${goString(resource.name).slice(1, -1)} operations: client.${field}.`, resource.description) });
    const start = types.count();
    const methodNames = new Namer({ reserved: new Set(), escape: (name) => name });
    const sources: string[] = [];
    for (const id of resource.operationIds) {
      const operation = byId.get(id);
      if (!operation?.sdk) continue;
      const method = operations.emit(operation, type, methodNames);
      sources.push(method.source);
      methods.push({ resource: field, method: method.name, signature: method.signature, operation, go: method });
    }
    for (const streamName of resource.streamNames) {
      const stream = streamsByName.get(streamName);
      if (!stream?.sdk) continue;
      const method = streams.emit(stream, type, methodNames);
      sources.push(method.source);
      methods.push({ resource: field, method: method.name, signature: method.signature, stream: { model: stream, events: method.events } });
    }
    if (sources.length === 0) continue;
    const declarations = [...sources.map((source) => source.replace(/\n+$/, '\n')), ...types.declarationsSince(start).map((declaration) => declaration.source)];
    const text = declarations.join('\n');
    const used = ['context', 'iter', 'io', 'net/http', 'net/url', `${module}/option`].filter((pkg) => usesPackage(text, pkg));
    files.push({ path: resourceFile(resource.name, taken), contents: render('go/file.go.hbs', { banner, pkg, imports: imports(used), declarations }), verbatim: true });
  }

  // Webhook and stream payloads may introduce inline types: each file keeps those it introduced.
  const withInline = (make: () => { imports: string[]; declarations: string[]; events: string[] } | undefined) => {
    const start = types.count();
    const made = make();
    return made && { imports: imports(made.imports), declarations: [...made.declarations, ...types.declarationsSince(start).map((declaration) => declaration.source)], events: made.events };
  };
  const webhookSource = withInline(() => webhooksFile(model, types, names));
  files.push({
    path: 'types.go',
    contents: render('go/file.go.hbs', { banner, pkg, imports: '', declarations: types.declarationsSince(0).slice(0, typeCount).map((declaration) => declaration.source) }),
    verbatim: true,
  });
  if (webhookSource) files.push({ path: 'webhooks.go', contents: render('go/file.go.hbs', { banner, pkg, imports: webhookSource.imports, declarations: webhookSource.declarations }), verbatim: true });

  const credential = model.credential;
  files.push({
    path: 'client.go',
    contents: render('go/client.go.hbs', {
      banner,
      pkg,
      userAgent: goString(`${moduleBaseName(module)}/`),
      baseURL: goString(model.defaultBaseUrl),
      envVar: goString(model.sdk.apiKeyEnvVar ?? ''),
      version: goString(model.version),
      clientType: `${goComment('', `Client calls the ${model.title}. Its fields are the API's resources; it is safe for concurrent use.`)}type Client struct {\n${structFields([{ doc: '', name: 'core', type: '*clientCore', tag: '' }, ...services.map((service) => ({ doc: goComment('\t', `${service.field} is the ${goString(service.resource).slice(1, -1)} resource.`), name: service.field, type: `*${service.type}`, tag: '' }))], '\t')}}`,
      credential: `credential{in: ${goString(credential ? credential.in : 'bearer')}, name: ${goString(credential && credential.in !== 'basic' ? credential.name : '')}}`,
      services,
    }),
    verbatim: true,
  });
  files.push({ path: 'doc.go', contents: render('go/doc.go.hbs', { banner, pkg, doc: goComment('', `Package ${pkg} is the Go client of the ${model.title} (${model.version}).`, model.description, 'Create a client with NewClient, then call the resources\' methods with a context first; see the README for retries, errors, pagination, uploads, webhooks and realtime streams.') }), verbatim: true });
  files.push({ path: 'go.mod', contents: render('go/go.mod.hbs', { module, websocket: hasStreams }), verbatim: true });
  if (hasStreams) files.push({ path: 'go.sum', contents: readFileSync(path.join(TEMPLATES_DIR, 'go/go.sum'), 'utf8'), verbatim: true });
  files.push({ path: 'README.md', contents: render('go/README.md.hbs', readmeView(model, methods, { module, pkg, name: moduleBaseName(module), webhookEvents: webhookSource?.events ?? [] })), verbatim: true });
  for (const file of runtime) files.push({ path: file.path, contents: runtimeFile(file.contents, pkg, module), verbatim: true });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function usesPackage(text: string, pkg: string): boolean {
  const name = pkg.split('/').pop()!;
  return new RegExp(`\\b${name}\\.`).test(text);
}

export const goTarget: Target = {
  name: 'go',
  outDir: 'go',
  description: 'the Go SDK module',
  emit: emitGo,
};

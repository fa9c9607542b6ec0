/**
 * The pipeline, the only module that knows every stage: load → model → emitters → assemble/check → format.
 * It returns the complete output as a map of relative path → contents; writing is the CLI's job, so nothing
 * touches the disk until every stage has succeeded.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildModel } from './ir/build.js';
import type { ApiModel } from './ir/model.js';
import { ClientEmitter, type SourceFile } from './emit/client.js';
import { emitDocs } from './emit/docs.js';
import { emitMock } from './emit/mock.js';
import { markdownCell } from './emit/escape.js';
import { bannerView, render, TEMPLATES_DIR } from './emit/templates.js';
import { assembleTypeScript, exportedNames } from './emit/typescript.js';
import { emitWireTypes } from './emit/wire.js';
import { formatFile } from './format.js';
import { loadSpec } from './load.js';

/** Members of the runtime's base client: resource properties must not take them. */
const CLIENT_MEMBERS = ['call', '_send', '_operationRequest', 'request', 'options', 'baseUrl', 'apiKey', 'timeout', 'maxRetries', 'fetch', 'logger', 'withOptions', 'constructor'];

/** Hand-written runtime files copied verbatim (tests and notes excluded). */
function runtimeFiles(folder: string, target: string): SourceFile[] {
  const dir = path.join(TEMPLATES_DIR, folder);
  return readdirSync(dir)
    .filter((file) => (file.endsWith('.ts') && !file.endsWith('.test.ts')) || file === 'README.md')
    .sort()
    .map((file) => ({ path: `${target}/${file}`, contents: readFileSync(path.join(dir, file), 'utf8') }));
}

export interface GenerateResult {
  readonly model: ApiModel;
  readonly files: Map<string, string>;
}

export async function generate(specPath: string): Promise<GenerateResult> {
  const { document } = await loadSpec(specPath);
  const clientRuntime = runtimeFiles('client/runtime', 'src/runtime');
  const model = buildModel(document, {
    // Generated types are exported from the package root next to the runtime's exports.
    reservedTypeNames: [...exportedNames(clientRuntime.filter((file) => file.path.endsWith('.ts')), 'src/runtime/index.ts'), 'WirePaths', 'WireComponents'],
    reservedClientMembers: CLIENT_MEMBERS,
    specFile: path.relative(process.cwd(), path.resolve(specPath)),
  });
  const bannerFields = bannerView(model);
  const banner = render('partials/banner.hbs', bannerFields).trim();

  const client = new ClientEmitter(model);
  const clientSources = assembleTypeScript(
    [...client.emit(), { path: 'src/wire.ts', contents: await emitWireTypes(document, banner) }],
    clientRuntime.filter((file) => file.path.endsWith('.ts')),
    'client',
  );
  const packageView = {
    version: JSON.stringify(model.version),
    packageName: JSON.stringify(model.sdk.packageName),
    description: JSON.stringify(`TypeScript client for the ${model.title}`),
  };

  const outputs: SourceFile[] = [
    { path: 'README.md', contents: render('output-readme.md.hbs', { ...bannerFields, packageName: model.sdk.packageName }) },
    { path: 'openapi.json', contents: `${JSON.stringify(document, null, 2)}\n` },
    { path: 'tsconfig.json', contents: render('tsconfig.generated.json.hbs', {}) },
    { path: 'client/package.json', contents: render('client/package.json.hbs', packageView) },
    { path: 'client/tsconfig.json', contents: render('client/tsconfig.json.hbs', {}) },
    {
      path: 'client/README.md',
      contents: render('client/README.md.hbs', {
        title: markdownCell(model.title),
        version: markdownCell(model.version),
        packageName: model.sdk.packageName,
        clientName: model.sdk.clientName,
        coreName: model.sdk.coreName,
        apiKeyEnvVar: model.sdk.apiKeyEnvVar ?? 'API_KEY',
        ...client.readmeExample(),
      }),
    },
    ...clientSources.map((file) => ({ path: `client/${file.path}`, contents: file.contents })),
    ...emitMock(model).map((file) => ({ path: `mock/${file.path}`, contents: file.contents })),
    ...emitDocs(model, client).map((file) => ({ path: `docs/${file.path}`, contents: file.contents })),
  ];

  const files = new Map<string, string>();
  for (const file of outputs) files.set(file.path, await formatFile(file.path, file.contents));
  // Runtimes are copied byte for byte: they are formatted and tested where they are written.
  for (const file of clientRuntime) files.set(`client/${file.path}`, file.contents);
  for (const file of runtimeFiles('mock/runtime', 'runtime')) files.set(`mock/${file.path}`, file.contents);
  return { model, files: new Map([...files.entries()].sort(([a], [b]) => a.localeCompare(b))) };
}

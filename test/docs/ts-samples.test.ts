/**
 * Every TypeScript sample of the docs compiles, strictly, against the generated SDK (generated/client, as
 * committed): one program with a module per sample, `@burki.dev/sdk` mapped to the package's source. A sample that
 * names a method, an argument or a field the SDK does not have fails here, so the docs cannot drift from the SDK.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/pipeline.js';
import { codeSamples } from '../../generator/targets/docs/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('TypeScript samples', () => {
  it('compile against the generated SDK', async () => {
    const { model } = await generate(path.join(ROOT, 'spec/openapi.yaml'), { targets: [] });
    mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
    const dir = mkdtempSync(path.join(ROOT, '.tmp', 'ts-samples-'));
    try {
      const roots: string[] = [];
      for (const [operationId, samples] of codeSamples(model)) {
        const source = samples.find((sample) => sample.lang === 'TypeScript')?.source;
        if (!source) continue;
        const file = path.join(dir, `${operationId.replace(/[^\w-]/g, '_')}.ts`);
        writeFileSync(file, `${source}\nexport {};\n`);
        roots.push(file);
      }
      expect(roots.length).toBe(model.operations.filter((operation) => operation.sdk).length);
      const program = ts.createProgram(roots, {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
        strict: true,
        noUncheckedIndexedAccess: true,
        skipLibCheck: true,
        noEmit: true,
        types: ['node'],
        typeRoots: [path.join(ROOT, 'node_modules/@types')],
        paths: { [model.sdk.packageName]: [path.join(ROOT, 'generated/client/src/index.ts')] },
      });
      const problems = ts
        .getPreEmitDiagnostics(program)
        .filter((diagnostic) => diagnostic.file?.fileName.startsWith(dir))
        .map((diagnostic) => `${path.basename(diagnostic.file!.fileName)}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
      expect(problems).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

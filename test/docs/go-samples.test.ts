/**
 * Every Go sample of the docs passes `go vet` against the generated SDK (generated/go, as committed): one scratch
 * module (`replace` → generated/go) with one package holding every sample as a function, vetted in one run. A
 * sample that names a method, a params type, a field or a value of the wrong type fails here.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/pipeline.js';
import { goSamples, sampleContext } from '../../generator/targets/docs/samples.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MODULE = path.join(ROOT, 'generated/go');
const SCRATCH = path.join(ROOT, '.tmp/go-samples');

function run(command: string, args: readonly string[], cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: { ...process.env, GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

describe('Go samples', () => {
  it('pass go vet against the generated SDK', async () => {
    const { model } = await generate(path.join(ROOT, 'spec/openapi.yaml'), { targets: [] });
    const go = goSamples(sampleContext(model));
    const imports = new Set<string>();
    const functions: string[] = [];
    for (const [index, operation] of model.operations.entries()) {
      const parts = go.parts(operation);
      if (!parts) continue;
      for (const name of parts.imports) imports.add(name);
      functions.push(`// ${operation.operationId}\nfunc sample${index}() {\n${parts.body.split('\n').map((line) => `\t${line}`).join('\n')}\n}\n`);
      // The whole sample is the same body in a main package.
      expect(go.sample(operation)).toContain(parts.body.split('\n').map((line) => `\t${line}`).join('\n'));
    }
    expect(functions.length).toBe(model.operations.filter((operation) => operation.sdk).length);
    rmSync(SCRATCH, { recursive: true, force: true });
    mkdirSync(SCRATCH, { recursive: true });
    writeFileSync(path.join(SCRATCH, 'go.mod'), `module docs-samples\n\ngo 1.23\n\nrequire ${go.module.path} v0.0.0\n\nreplace ${go.module.path} => ${JSON.stringify(MODULE)}\n`);
    copyFileSync(path.join(MODULE, 'go.sum'), path.join(SCRATCH, 'go.sum'));
    const importLines = [...[...imports].sort().map((name) => `\t${JSON.stringify(name)}`), '', `\t${go.module.name} ${JSON.stringify(go.module.path)}`];
    writeFileSync(path.join(SCRATCH, 'samples.go'), `package samples\n\nimport (\n${importLines.join('\n')}\n)\n\n${functions.join('\n')}`);
    const { code, output } = await run('go', ['vet', './...'], SCRATCH);
    expect(output.trim()).toBe('');
    expect(code).toBe(0);
    // Laid out as gofmt lays them out, so a reader's editor does not rewrite a pasted sample.
    expect((await run('gofmt', ['-d', 'samples.go'], SCRATCH)).output).toBe('');
  }, 240_000);
});

/**
 * Every curl sample of the docs, run with the real curl against the generated mock (its base URL swapped for the
 * mock's): each one gets a 2xx. The samples are made from the model (method, path, example parameters, the auth
 * scheme, the example body), so a sample the API would reject fails here.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, defaultModelPath, loadModel, type MockServer } from '../../generated/mock/runtime/index.js';
import { generate } from '../../generator/pipeline.js';
import { codeSamples } from '../../generator/targets/docs/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const KEY = 'burki_test_docs_key_0123456789';
const run = promisify(execFile);

// Locally a machine without curl skips (with a message); in CI a missing curl is a failure.
const skip = spawnSync('curl', ['--version']).status !== 0 && !process.env['CI'];
if (skip) console.warn('[docs curl samples] skipped: curl is missing (apt-get install -y curl)');

describe.skipIf(skip)('curl samples against the mock', () => {
  let mock: MockServer;
  let url: string;
  let dir: string;

  beforeAll(async () => {
    mock = createMockServer(await loadModel(defaultModelPath()), { tokens: [KEY], logger: { warn: () => {}, error: () => {} } });
    ({ url } = await mock.listen(0, '127.0.0.1'));
    // Files the upload samples name (`-F file=@file`, `--data-binary @file`).
    dir = mkdtempSync(path.join(tmpdir(), 'docs-curl-'));
    writeFileSync(path.join(dir, 'file'), 'name,phone_number\nAda,+15555550100\n');
  });

  afterAll(async () => {
    await mock?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('get a 2xx for every operation', async () => {
    const { model } = await generate(path.join(ROOT, 'spec/openapi.yaml'), { targets: [] });
    const samples = codeSamples(model);
    const base = model.defaultBaseUrl.replace(/\/+$/, '');
    // Deletions last: they remove the seeded items other samples read.
    const operations = [...model.operations].sort((a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'));
    const failures: string[] = [];
    let ran = 0;
    const queue = [...operations];
    const worker = async () => {
      for (let operation = queue.shift(); operation; operation = queue.shift()) {
        const curl = samples.get(operation.operationId)?.find((sample) => sample.label === 'curl')?.source;
        if (!curl) {
          failures.push(`${operation.operationId}: no curl sample`);
          continue;
        }
        expect(curl.startsWith(`curl `)).toBe(true);
        const script = curl.replace(/^curl /, `curl -sS -o /dev/null -w '%{http_code}' `).split(base).join(url);
        const { stdout } = await run('sh', ['-c', script], { cwd: dir, env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', [model.sdk.apiKeyEnvVar ?? 'API_KEY']: KEY } });
        ran++;
        if (!/^2\d\d$/.test(stdout.trim())) failures.push(`${operation.operationId}: HTTP ${stdout.trim()}\n${script}`);
      }
    };
    // Deletions wait for the rest (a few curls at a time before them).
    const deletions = queue.filter((operation) => operation.method === 'DELETE');
    queue.splice(queue.length - deletions.length);
    await Promise.all([worker(), worker(), worker(), worker()]);
    queue.push(...deletions);
    await Promise.all([worker(), worker()]);
    expect(failures).toEqual([]);
    expect(ran).toBe(model.operations.length);
  }, 60_000);
});

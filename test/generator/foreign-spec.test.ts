/**
 * The generator on a large spec it was not written for: the Burki server's raw FastAPI export (399 operations,
 * untyped responses, trailing slashes, internal routes, form and multipart bodies). Its only defect as OpenAPI is
 * duplicate operationIds, which the generator rejects with a located error; with those renamed, the whole pipeline
 * (model, every target, formatting) must succeed and its client and mock must type-check strictly.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/pipeline.js';
import { typeCheck } from '../helpers/typecheck.js';

const SERVER_SPEC = path.resolve(import.meta.dirname, '../../../shared/burki-api/burki-server-openapi.json');
const dir = mkdtempSync(path.join(tmpdir(), 'burki-foreign-spec-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Operation = { operationId?: string };

describe('the raw FastAPI export of the Burki server', () => {
  it('is rejected while operationIds repeat, naming the duplicates', async () => {
    await expect(generate(SERVER_SPEC)).rejects.toThrow(/2 problems in the spec/);
  });

  it('generates a client, mock and docs that type-check once operationIds are unique', async () => {
    const document = JSON.parse(readFileSync(SERVER_SPEC, 'utf8')) as { paths: Record<string, Record<string, Operation>> };
    const seen = new Map<string, number>();
    for (const item of Object.values(document.paths)) {
      for (const operation of Object.values(item)) {
        if (typeof operation !== 'object' || !operation.operationId) continue;
        const count = (seen.get(operation.operationId) ?? 0) + 1;
        seen.set(operation.operationId, count);
        if (count > 1) operation.operationId = `${operation.operationId}_${count}`;
      }
    }
    const file = path.join(dir, 'server.json');
    writeFileSync(file, JSON.stringify(document));
    const { files, model } = await generate(file);
    expect(model.operations.length).toBeGreaterThan(390);
    expect([...files.keys()]).toEqual(expect.arrayContaining(['client/src/index.ts', 'client/src/funcs.ts', 'mock/mock-model.json', 'docs/README.md']));
    expect(typeCheck(files)).toEqual([]);
  }, 120_000);
});

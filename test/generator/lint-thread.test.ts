/**
 * Watch mode's lint thread (generator/lint-thread.ts): a spec of several files is checked on a worker thread, and
 * its problems come back as SpecErrors with the file, line, column and pointer of the file that has them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SpecErrors } from '../../generator/errors.js';
import { LintThread } from '../../generator/lint-thread.js';

const dir = mkdtempSync(path.join(tmpdir(), 'lint-thread-'));
const root = path.join(dir, 'openapi.yaml');
const pathFile = path.join(dir, 'paths', 'stores.yaml');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ROOT = `openapi: 3.1.0
info: {title: Stores, version: '1'}
paths:
  /v1/stores:
    $ref: paths/stores.yaml
`;
const GOOD = `get:
  operationId: listStores
  responses: {'200': {description: ok}}
`;

describe('LintThread', () => {
  it('checks a spec of several files on a worker thread: resolves when it passes, rejects with located SpecErrors when not', async () => {
    mkdirSync(path.dirname(pathFile));
    writeFileSync(root, ROOT);
    writeFileSync(pathFile, GOOD);
    const thread = new LintThread();
    try {
      await expect(thread.check(root)).resolves.toBeUndefined();

      writeFileSync(pathFile, GOOD.replace("{description: ok}", "{$ref: '#/components/responses/Missing'}"));
      const error = await thread.check(root).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SpecErrors);
      const [problem] = (error as SpecErrors).errors;
      expect(problem?.message).toMatch(/Can't resolve \$ref/);
      expect(problem?.location).toMatchObject({ file: path.relative(process.cwd(), pathFile), line: 3, pointer: '#/get/responses/200' });
      expect(problem?.hint).toBeTruthy();

      // The worker reads the file again: the fixed spec passes.
      writeFileSync(pathFile, GOOD);
      await expect(thread.check(root)).resolves.toBeUndefined();
    } finally {
      await thread.close();
    }
    await expect(thread.check(root)).rejects.toThrow('The lint thread was closed.');
  }, 60_000);
});

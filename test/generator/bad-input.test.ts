import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../generator/write.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const GENERATED = path.join(ROOT, 'generated');
const BAD = path.join(ROOT, 'test/fixtures/specs/bad');

function treeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const file of listFiles(dir)) hash.update(file).update('\0').update(readFileSync(path.join(dir, file))).update('\0');
  return hash.digest('hex');
}

async function generate(spec: string) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['scripts/generate.mjs', '--spec', spec], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

const cases = [
  {
    file: 'broken-ref.yaml',
    location: 'test/fixtures/specs/bad/broken-ref.yaml:13:17',
    pointer: '#/paths/~1things/get/responses/200/content/application~1json/schema',
    message: `Can't resolve $ref "#/components/schemas/Missing".`,
  },
  {
    file: 'duplicate-operation-id.yaml',
    location: 'test/fixtures/specs/bad/duplicate-operation-id.yaml:10:7',
    pointer: '#/paths/~1other-things/get/operationId',
    message: '`getThing` is used more than once.',
  },
  {
    file: 'sdk-args-twice.yaml',
    location: 'test/fixtures/specs/bad/sdk-args-twice.yaml:7:29',
    pointer: '#/paths/~1assistants~1{assistant_id}~1tools~1{tool_id}/delete/x-sdk-args/1',
    message: '`x-sdk-args` names `tool_id` twice.',
  },
  {
    file: 'bad-pagination.yaml',
    location: 'test/fixtures/specs/bad/bad-pagination.yaml:7:21',
    pointer: '#/paths/~1things/get/x-pagination',
    message: '`x-pagination.style` must be one of offset, page, limit, none (got "bogus").',
  },
  {
    file: 'invalid-yaml.yaml',
    location: 'test/fixtures/specs/bad/invalid-yaml.yaml:3:',
    pointer: '#',
    message: 'Invalid YAML',
  },
  // JSON files are parsed with JSON.parse (generator/resolver.ts); locations still come from the source text.
  {
    file: 'broken-ref.json',
    location: 'test/fixtures/specs/bad/broken-ref.json:11:58',
    pointer: '#/paths/~1things/get/responses/200/content/application~1json/schema',
    message: `Can't resolve $ref "#/components/schemas/Missing".`,
  },
  {
    file: 'invalid-json.json',
    location: 'test/fixtures/specs/bad/invalid-json.json:7:',
    pointer: '#',
    message: 'Invalid JSON',
  },
];

describe('npm run generate on a broken spec', () => {
  it.each(cases)('$file: exit 1 with location, pointer and fix; generated/ untouched', async ({ file, location, pointer, message }) => {
    const before = treeHash(GENERATED);
    const result = await generate(path.join(BAD, file));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(location);
    expect(result.stderr).toContain(pointer);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toMatch(/Fix: \S/);
    expect(result.stderr).toContain('nothing was written');
    expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(treeHash(GENERATED)).toBe(before);
  });
});

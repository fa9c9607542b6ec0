/**
 * `npm run generate -- --watch` (generator/watch.ts), in process on a scratch copy of a small spec: a save
 * regenerates and says which files changed; a save that breaks the spec prints the problem with its location and
 * leaves the output as it was, and the watcher keeps going; the next good save generates again.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TARGETS } from '../../generator/targets/index.js';
import { watch } from '../../generator/watch.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'generator-watch-'));
const spec = path.join(dir, 'spec', 'openapi.yaml');
const out = path.join(dir, 'generated');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generate --watch', () => {
  it('regenerates on save, reports a broken spec with its location without exiting, and recovers', async () => {
    mkdirSync(path.dirname(spec));
    copyFileSync(path.join(ROOT, 'test/fixtures/specs/untagged.yaml'), spec);
    const lines: string[] = [];
    const waiters: { test: (line: string) => boolean; resolve: (line: string) => void }[] = [];
    const log = (line: string) => {
      lines.push(line);
      for (const waiter of waiters.splice(0)) {
        if (waiter.test(line)) waiter.resolve(line);
        else waiters.push(waiter);
      }
    };
    const next = (pattern: RegExp) =>
      new Promise<string>((resolve, reject) => {
        const found = lines.find((line) => pattern.test(line));
        if (found) return resolve(found);
        const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} in:\n${lines.join('\n')}`)), 20_000);
        waiters.push({ test: (line) => pattern.test(line), resolve: (line) => (clearTimeout(timer), resolve(line)) });
      });
    const controller = new AbortController();
    const running = watch({ specPath: spec, outDir: out, targets: TARGETS.filter((target) => target.name === 'ts'), timings: false, root: ROOT, signal: controller.signal, log });
    try {
      await next(/^Watching /);
      const resources = path.join(out, 'client/src/resources');
      lines.length = 0;
      writeFileSync(spec, readFileSync(spec, 'utf8').replace('operationId: listStores', 'operationId: listStores\n      summary: Every store'));
      expect(await next(/^✔ .*openapi\.yaml saved: \d+ files? written in \d+ ms$/)).toBeTruthy();
      await next(/^ {2}changed .*stores/);
      const before = readFileSync(path.join(resources, 'stores.ts'), 'utf8');
      expect(before).toContain('Every store');

      lines.length = 0;
      writeFileSync(spec, readFileSync(spec, 'utf8').replace('responses: {\'200\': {description: ok}}\n  /things', 'responses: {\'200\': {$ref: \'#/components/responses/Missing\'}}\n  /things'));
      expect(await next(/^✘ .*openapi\.yaml saved: .*left as it was\. Waiting for the next save\.$/)).toBeTruthy();
      expect(lines.some((line) => /openapi\.yaml:\d+:\d+ at #\/paths\//.test(line))).toBe(true);
      expect(readFileSync(path.join(resources, 'stores.ts'), 'utf8')).toBe(before);

      lines.length = 0;
      writeFileSync(spec, readFileSync(spec, 'utf8').replace('Every store', 'All the stores').replace("{$ref: '#/components/responses/Missing'}", '{description: ok}'));
      await next(/^✔ .*openapi\.yaml saved: /);
      expect(readFileSync(path.join(resources, 'stores.ts'), 'utf8')).toContain('All the stores');
    } finally {
      controller.abort();
      expect(await running).toBe(0);
    }
  }, 90_000);

  it('generates a save made while it starts, once the start-up (initial run, warm-up) is over', async () => {
    const early = path.join(dir, 'early');
    const earlySpec = path.join(early, 'spec', 'openapi.yaml');
    mkdirSync(path.dirname(earlySpec), { recursive: true });
    copyFileSync(path.join(ROOT, 'test/fixtures/specs/untagged.yaml'), earlySpec);
    const lines: string[] = [];
    const controller = new AbortController();
    const running = watch({ specPath: earlySpec, outDir: path.join(early, 'generated'), targets: TARGETS.filter((target) => target.name === 'ts'), timings: false, root: ROOT, signal: controller.signal, log: (line) => lines.push(line) });
    // The watchers exist once watch() has returned its promise: this save lands during the initial run.
    writeFileSync(earlySpec, readFileSync(earlySpec, 'utf8').replace('operationId: listStores', 'operationId: listStores\n      summary: Saved early'));
    try {
      const stores = path.join(early, 'generated/client/src/resources/stores.ts');
      for (let waited = 0; !(lines.some((line) => line.startsWith('Watching ')) && existsSync(stores) && readFileSync(stores, 'utf8').includes('Saved early')); waited += 50) {
        if (waited > 20_000) throw new Error(`the early save was not generated:\n${lines.join('\n')}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(lines.filter((line) => line.startsWith('✘'))).toEqual([]);
    } finally {
      controller.abort();
      expect(await running).toBe(0);
    }
  }, 60_000);
});

/**
 * `npm run generate -- --watch` (generator/watch.ts), in process on a scratch copy of a small spec: a save
 * regenerates and says which files changed; a save that breaks the spec prints the problem with its location and
 * leaves the output as it was, and the watcher keeps going; the next good save generates again.
 */
import { spawn } from 'node:child_process';
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

  it('from the CLI, checks a spec of several files on its lint thread: a broken file is reported where it is broken', async () => {
    const multi = path.join(dir, 'multi');
    const root = path.join(multi, 'spec', 'openapi.yaml');
    const stores = path.join(multi, 'spec', 'paths', 'stores.yaml');
    mkdirSync(path.dirname(stores), { recursive: true });
    writeFileSync(root, "openapi: 3.1.0\ninfo: {title: Stores, version: '1'}\npaths:\n  /v1/stores:\n    $ref: paths/stores.yaml\n");
    const good = "get:\n  operationId: listStores\n  summary: Every store\n  responses: {'200': {description: ok}}\n";
    writeFileSync(stores, good);
    // Referenced by a later save.
    writeFileSync(path.join(multi, 'spec', 'ok.yaml'), 'description: fine\n');
    const out = path.join(multi, 'generated');
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/generate.mjs'), '--watch', '--timings', '--targets', 'ts', '--spec', root, '--out', out], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const waitFor = async (pattern: RegExp, from: number) => {
      for (let waited = 0; !pattern.test(output.slice(from)); waited += 50) {
        if (waited > 30_000) throw new Error(`no output matching ${pattern}:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    try {
      await waitFor(/^Watching /m, 0);
      let from = output.length;
      writeFileSync(stores, good.replace('{description: ok}', "{$ref: '#/components/responses/Missing'}"));
      await waitFor(/^✘ .*stores\.yaml saved: .*left as it was/m, from);
      expect(output.slice(from)).toMatch(/stores\.yaml:4:\d+ at #\/get\/responses\/200/);
      from = output.length;
      writeFileSync(stores, good.replace('Every store', 'All the stores'));
      await waitFor(/^✔ .*stores\.yaml saved: \d+ files? written/m, from);
      expect(readFileSync(path.join(out, 'client/src/resources/stores.ts'), 'utf8')).toContain('All the stores');
      // A value edit: the last good bundle patched here (rebundle.ts), the spec linted there (the timing lines may
      // come in a later chunk than the ✔ line).
      await waitFor(/^ {2}total /m, from);
      expect(output.slice(from)).toMatch(/^ {2}load \(patch\) .*\n(.*\n)* {2}lint \(its own thread\) /m);
      // A new $ref: bundled in full.
      from = output.length;
      writeFileSync(stores, good.replace('{description: ok}', "{$ref: '../ok.yaml'}"));
      await waitFor(/^ {2}total /m, from);
      expect(output.slice(from)).toMatch(/^✔ .*stores\.yaml saved: /m);
      expect(output.slice(from)).toMatch(/^ {2}load \(bundle\) .*\n(.*\n)* {2}lint \(its own thread\) /m);
    } finally {
      child.kill('SIGINT');
      await new Promise((done) => child.once('close', done));
    }
  }, 90_000);
});

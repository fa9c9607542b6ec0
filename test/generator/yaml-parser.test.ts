/**
 * generator/resolver.ts reads YAML with js-yaml 4 (faster) where Redocly would use its own parser (js-yaml 5): both must give the
 * same values for every file we generate from, and for the YAML features a spec may use; a document js-yaml 4
 * refuses is left to Redocly's parser, which reports where it is broken.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parseYaml, Source } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { parseYamlLikeRedocly, SpecResolver } from '../../generator/resolver.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(entry) ? [full] : [];
  });
}

describe('YAML as Redocly reads it', () => {
  it('gives the same values for every spec file and fixture', () => {
    const files = [...yamlFiles(path.join(ROOT, 'spec')), ...yamlFiles(path.join(ROOT, 'test/fixtures/specs'))].filter((file) => !file.includes('/bad/'));
    expect(files.length).toBeGreaterThan(500);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(parseYamlLikeRedocly(text), file).toEqual({ ok: true, value: parseYaml(text) });
    }
  });

  it.each([
    ['merge keys', 'base: &b {x: 1, y: 2}\nderived:\n  <<: *b\n  y: 3\n'],
    ['no timestamps: dates stay strings', 'when: 2001-12-14\nat: 2001-12-14t21:59:43.10-05:00\n'],
    ['core scalars', 'a: 0x1F\nb: 0o17\nc: .inf\nd: -.Inf\ne: .nan\nf: ~\ng: True\nh: "1"\ni: 1e3\nj: 007\n'],
    ['__proto__ as a plain key', '__proto__: {polluted: true}\nconstructor: 1\n'],
    ['a file of comments only', '# nothing here\n'],
    ['block scalars and anchors', 'a: |\n  line 1\n  line 2\nb: >-\n  folded\n  text\nc: &v [1, 2]\nd: *v\n'],
  ])('%s', (_name, text) => {
    const ours = parseYamlLikeRedocly(text);
    expect(ours.ok).toBe(true);
    const theirs = parseYaml(text);
    if (ours.ok) {
      expect(ours.value).toEqual(theirs);
      expect(Object.getPrototypeOf(ours.value ?? {})).toBe(Object.getPrototypeOf(theirs ?? {}));
    }
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('leaves to Redocly what js-yaml 4 refuses or reads differently (duplicate keys, several documents, broken syntax, explicit tags)', () => {
    for (const text of ['a: 1\na: 2\n', 'a: 1\n---\nb: 2\n', 'a: [1, 2\n', 's: !!set {a, b}\n', 'o: !!omap [{a: 1}]\nbin: !!binary aGVsbG8=\n']) {
      expect(parseYamlLikeRedocly(text)).toEqual({ ok: false });
    }
  });

  it('hands out copies of cached files, `__proto__` keys kept as data, and reads changed text again', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'resolver-cache-'));
    try {
      const file = path.join(dir, 'a.yaml');
      const text = 'paths:\n  __proto__: {polluted: true}\n  list: [1, {b: 2}]\n';
      writeFileSync(file, text);
      const cache = new Map<string, { readonly body: string; readonly value: unknown }>();
      const first = new SpecResolver(cache).parseDocument(await new SpecResolver().loadExternalRef(file));
      (first.parsed as { paths: { list: unknown[] } }).paths.list.push('changed by a bundle');
      const second = new SpecResolver(cache).parseDocument(new Source(file, text));
      expect(second.parsed).toEqual(parseYaml(text));
      expect(Object.keys((second.parsed as { paths: object }).paths)).toEqual(['__proto__', 'list']);
      expect(Object.getPrototypeOf((second.parsed as { paths: object }).paths)).toBe(Object.prototype);
      expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
      expect(new SpecResolver(cache).parseDocument(new Source(file, 'x: 1\n')).parsed).toEqual({ x: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

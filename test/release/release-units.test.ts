/** The release tooling's pure parts, and the workflows linted by actionlint (pinned, installed by `npm run setup`). */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareReports } from '../../generator/release/api-report.js';
import { insertEntry } from '../../generator/release/changelog.js';
import { nextVersion } from '../../generator/release/render.js';
import { versionBump } from '../../generator/release/report.js';
import { parseApidiff } from '../../generator/release/sdk-diff.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const report = (body: string) => `## API Report File for "sdk"\r\n\r\n\`\`\`ts\r\n\r\n${body.replaceAll('\n', '\r\n')}\r\n\r\n\`\`\`\r\n`;

describe('release units', () => {
  it('rates API Extractor report differences', () => {
    const before = report(`// @public\nexport interface Pet {\n    name: string;\n    kind?: 'cat' | 'dog';\n}\n\n// @public\nexport class Pets {\n    list(): Promise<Pet[]>;\n}`);
    const after = report(`// @public\nexport interface Pet {\n    kind?: 'cat' | 'dog' | 'bird';\n    age: number;\n    color?: string;\n}\n\n// @public\nexport class Pets {\n    list(): Promise<Pet[]>;\n    get(id: string): Promise<Pet>;\n}\n\n// @public\nexport type Id = string;`);
    expect(compareReports(before, after).map(({ symbol, change, breaking }) => `${symbol} ${change} ${breaking}`)).toEqual([
      'Id added false',
      'Pet.age added true',
      'Pet.color added false',
      'Pet.kind changed false',
      'Pet.name removed true',
      'Pets.get added false',
    ]);
  });

  it("reads apidiff's output", () => {
    const text = 'Incompatible changes:\n- Pet.Name: removed\n- (*PetsService).List: changed from func() to func(int)\nCompatible changes:\n- Pet.Color: added\n';
    expect(parseApidiff(text)).toEqual([
      { symbol: 'Pet.Name', change: 'removed', breaking: true, detail: 'removed' },
      { symbol: '(*PetsService).List', change: 'changed', breaking: true, detail: 'changed from func() to func(int)' },
      { symbol: 'Pet.Color', change: 'added', breaking: false, detail: 'added' },
    ]);
  });

  it('computes version bumps', () => {
    expect([versionBump('1.2.3', '2.0.0'), versionBump('1.2.3', '1.3.0'), versionBump('1.2.3', '1.2.4'), versionBump('1.2.3', '1.2.3'), versionBump('1.2.3', '1.1.9')]).toEqual(['major', 'minor', 'patch', 'none', 'none']);
    expect([nextVersion('1.2.3', 'major'), nextVersion('0.4.1', 'major'), nextVersion('1.2.3', 'minor'), nextVersion('1.2.3', 'patch')]).toEqual(['2.0.0', '0.5.0', '1.3.0', '1.2.4']);
  });

  it('puts a changelog entry first, replacing one of the same version', () => {
    const first = insertEntry('', '## 1.0.0 (2026-01-01)\n\nOne.\n', '1.0.0');
    const second = insertEntry(first, '## 1.1.0 (2026-02-01)\n\nTwo.\n', '1.1.0');
    expect(insertEntry(second, '## 1.1.0 (2026-02-02)\n\nTwo again.\n', '1.1.0')).toBe('# Changelog\n\n## 1.1.0 (2026-02-02)\n\nTwo again.\n\n## 1.0.0 (2026-01-01)\n\nOne.\n');
  });

  it('the workflows pass actionlint', () => {
    const actionlint = path.join(ROOT, '.tools/bin/actionlint');
    if (!existsSync(actionlint)) throw new Error('.tools/bin/actionlint is missing: run `npm run setup`.');
    const files = readdirSync(path.join(ROOT, '.github/workflows')).map((file) => path.join(ROOT, '.github/workflows', file));
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(execFileSync(actionlint, ['-no-color', ...files], { encoding: 'utf8' })).toBe('');
  });
});

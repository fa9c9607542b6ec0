/**
 * `npm run diff` and `npm run release -- --dry-run` on a fixture history (history.ts), with Redocly, API Extractor,
 * griffe and apidiff, on SDKs generated from the base commit and from the edited working tree. Two diffs in all,
 * shared by the tests below, both by the diff CLI's `main` in this process (so the second reuses the loaded
 * compilers): the additions alone, whose JSON a real `npm run release -- --dry-run` process reads meanwhile, and
 * every edit at once, each reported separately. Needs `npm run setup` (.venv/, .tools/bin).
 */
import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DiffReport, ReportChange } from '../../generator/release/report.js';
import { LANGUAGES } from '../../generator/release/sdk-diff.js';
import { main as diffMain } from '../../scripts/diff.js';
import { ADDITIVE_EDIT, BREAKING_EDIT, makeHistory } from './history.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

async function cli(script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, [path.join(ROOT, 'scripts', script), ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** `npm run diff -- --json` in this process: its exit code, the report it prints and the JSON text. */
async function diff(): Promise<{ code: number; report: DiffReport; json: string }> {
  const printed: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((text: string) => void printed.push(text));
  try {
    const code = await diffMain(['--root', history.repo, '--base', 'base', '--json']);
    const json = printed.join('\n');
    return { code, report: JSON.parse(json) as DiffReport, json };
  } finally {
    log.mockRestore();
  }
}

const history = makeHistory();
let breaking: { code: number; report: DiffReport };
let additive: { code: number; report: DiffReport; json: string };
let release: Promise<{ code: number; stdout: string }>;

beforeAll(async () => {
  history.head(ADDITIVE_EDIT, '1.1.0');
  additive = await diff();
  // npm run release -- --dry-run on the additive report, in its own process while the next diff runs here.
  const reportFile = `${history.repo}-report.json`;
  writeFileSync(reportFile, additive.json);
  release = cli('release.ts', ['--dry-run', '--root', history.repo, '--report', reportFile, '--date', '2026-01-02']).finally(() => rmSync(reportFile));
  history.head(BREAKING_EDIT);
  breaking = await diff();
}, 120_000);

afterAll(() => rmSync(history.repo, { recursive: true, force: true }));

function find(report: DiffReport, subject: string): ReportChange {
  const change = report.changes.find((candidate) => candidate.subject === subject);
  if (!change) throw new Error(`no change ${subject} in ${report.changes.map((candidate) => candidate.subject).join(' | ')}`);
  return change;
}

describe('npm run diff on a fixture history', () => {
  it.each([
    ['removed operation', 'GET /health (getHealth)', 'removed'],
    ['renamed field (the old name is gone)', 'Item.display_name', 'removed'],
    ['new required parameter', 'GET /items/{item_id} (getItem): parameter region', 'added'],
    ['narrowed enum', 'GET /items/{item_id} (getItem): parameter sort (enum)', 'changed'],
    ['changed type', 'Item.item_id', 'changed'],
  ])('reports a %s as breaking in every SDK', (_, subject, category) => {
    const change = find(breaking.report, subject);
    expect(change.category).toBe(category);
    expect(change.breaking).toBe(true);
    expect(change.file).toBe('spec/openapi.yaml');
    expect(change.line).toBeGreaterThan(0);
    for (const language of LANGUAGES) expect(change.breaks[language], language).toBe(true);
  });

  it("names each breaking change's symbols as each language's API tool reports them", () => {
    const removed = find(breaking.report, 'GET /health (getHealth)');
    expect(removed.wasDeprecated).toBe(false);
    expect(removed.sdk.typescript.map((change) => change.symbol)).toEqual(['Items.getHealth', 'itemsGetHealth']);
    expect(removed.sdk.python.map((change) => change.symbol)).toContain('key_store.resources.items.Items.get_health');
    expect(removed.sdk.go.map((change) => change.symbol)).toContain('(*ItemsService).GetHealth');
    const type = find(breaking.report, 'Item.item_id');
    expect(type.sdk.typescript).toEqual([expect.objectContaining({ symbol: 'Item.itemId', change: 'changed', breaking: true })]);
    expect(type.sdk.python).toEqual([expect.objectContaining({ symbol: 'key_store.types.Item.item_id', breaking: true })]);
    expect(type.sdk.go).toEqual([expect.objectContaining({ symbol: 'Item.ItemID', detail: 'changed from int to string', breaking: true })]);
    // The Go SDK types the enum parameter as a string: no API change, the server refuses the value.
    const narrowed = find(breaking.report, 'GET /items/{item_id} (getItem): parameter sort (enum)');
    expect(narrowed.sdk.go).toEqual([]);
    expect(narrowed.sdk.typescript.map((change) => change.symbol)).toEqual(['ItemGetItemParams']);
  });

  it('reports an added operation and an added optional field as not breaking', () => {
    for (const subject of ['GET /items (listItems)', 'Item.color']) {
      const change = find(breaking.report, subject);
      expect(change).toMatchObject({ category: 'added', breaking: false });
      for (const language of LANGUAGES) {
        expect(change.breaks[language]).toBe(false);
        expect(change.sdk[language].length, language).toBeGreaterThan(0);
        expect(change.sdk[language].every((sdkChange) => !sdkChange.breaking)).toBe(true);
      }
    }
    expect(additive.report.breaking).toBe(false);
    expect(additive.report.bump).toBe('minor');
  });

  it('exits as info.version says: 1 when it does not carry the bump, 0 when it does', () => {
    expect(breaking.report).toMatchObject({ bump: 'major', versionBump: 'none', versionOk: false, breaking: true });
    expect(breaking.code).toBe(1);
    expect(additive.report).toMatchObject({ versionBump: 'minor', versionOk: true });
    expect(additive.code).toBe(0);
  });

  it('npm run release -- --dry-run prints the changelog entry of the additive edit exactly', async () => {
    const { code, stdout } = await release;
    expect(code).toBe(0);
    expect(stdout).toContain(`## 1.1.0 (2026-01-02)

Spec \`info.version\` 1.0.0 → 1.1.0 (minor bump).
Packages: npm \`sdk@1.1.0\`, PyPI \`sdk==1.1.0\`, Go \`sdk@v1.1.0\`.

### TypeScript

#### Added

- \`GET /items (listItems)\`: \`Items.listItems\`, \`itemsListItems\`
- \`Item.color\`: \`Item.color\`

### Python

#### Added

- \`GET /items (listItems)\`: \`key_store.resources.items.AsyncItems.list_items\`, \`key_store.resources.items.AsyncItemsWithRawResponse.list_items\`, \`key_store.resources.items.Items.list_items\`, \`key_store.resources.items.Items.list_items_async\`, \`key_store.resources.items.ItemsWithRawResponse.list_items\`, \`key_store.resources.items.ItemsWithRawResponse.list_items_async\`
- \`Item.color\`: \`key_store.types.Item.color\`

### Go

#### Added

- \`GET /items (listItems)\`: \`(*ItemsService).ListItems\`
- \`Item.color\`: \`Item.Color\`
`);
    expect(stdout).toContain('Dry run: nothing written.');
  });
});

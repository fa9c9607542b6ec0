/**
 * Files under templates/ are read once (emit/templates.ts `templateText`, `templateEntries`) until watch mode sees a
 * template change and calls `reloadTemplates`: an edited runtime file must then be read again.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reloadTemplates, templateEntries, templateText } from '../../generator/emit/templates.js';

const dir = mkdtempSync(path.join(tmpdir(), 'template-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('template files', () => {
  it('are read once, and again after reloadTemplates', () => {
    const file = path.join(dir, 'runtime.ts');
    writeFileSync(file, 'export const a = 1;\n');
    expect(templateText(file)).toBe('export const a = 1;\n');
    expect(templateEntries(dir).map((entry) => entry.name)).toEqual(['runtime.ts']);

    writeFileSync(file, 'export const a = 2;\n');
    writeFileSync(path.join(dir, 'added.ts'), '');
    expect(templateText(file)).toBe('export const a = 1;\n');
    expect(templateEntries(dir).map((entry) => entry.name)).toEqual(['runtime.ts']);

    reloadTemplates();
    expect(templateText(file)).toBe('export const a = 2;\n');
    expect(templateEntries(dir).map((entry) => entry.name)).toEqual(['added.ts', 'runtime.ts']);
  });
});

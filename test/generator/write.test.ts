import { mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffOutput, listFiles, OUTPUT_MARKER_LINE, UnsafeOutputError, writeOutput, type KnownFiles } from '../../generator/write.js';

const marker = `${OUTPUT_MARKER_LINE}\n`;

function scratch(): string {
  return mkdtempSync(path.join(tmpdir(), 'burki-write-'));
}

describe('writeOutput', () => {
  it('replaces the tree, removes stale files and reports the drift', async () => {
    const out = path.join(scratch(), 'generated');
    await writeOutput(out, new Map([['README.md', marker], ['client/a.ts', 'a'], ['docs/old.md', 'old']]));
    const drift = await writeOutput(out, new Map([['README.md', marker], ['client/a.ts', 'a2'], ['client/b.ts', 'b']]));
    expect(drift).toEqual({ changed: ['client/a.ts'], missing: ['client/b.ts'], stale: ['docs/old.md'] });
    expect(listFiles(out)).toEqual(['README.md', 'client/a.ts', 'client/b.ts']);
    expect(readFileSync(path.join(out, 'client/a.ts'), 'utf8')).toBe('a2');
    expect(existsSync(path.join(out, '.staging'))).toBe(false);
    expect(existsSync(path.join(out, '.previous'))).toBe(false);
    expect(diffOutput(out, new Map([['README.md', marker], ['client/a.ts', 'a2'], ['client/b.ts', 'b']]))).toEqual({ changed: [], missing: [], stale: [] });
  });

  it('in an existing output, moves only the files that differ; a file that becomes a folder takes the whole swap', async () => {
    const out = path.join(scratch(), 'generated');
    await writeOutput(out, new Map([['README.md', marker], ['client/a.ts', 'a'], ['client/b.ts', 'b'], ['docs/x/old.md', 'old']]));
    const untouched = statSync(path.join(out, 'client/a.ts')).ino;
    const drift = await writeOutput(out, new Map([['README.md', marker], ['client/a.ts', 'a'], ['client/b.ts', 'b2'], ['client/c.ts', 'c']]));
    expect(drift).toEqual({ changed: ['client/b.ts'], missing: ['client/c.ts'], stale: ['docs/x/old.md'] });
    // The unchanged file is the same file on disk; the folders that only held a stale file are gone.
    expect(statSync(path.join(out, 'client/a.ts')).ino).toBe(untouched);
    expect(listFiles(out)).toEqual(['README.md', 'client/a.ts', 'client/b.ts', 'client/c.ts']);
    expect(existsSync(path.join(out, 'docs'))).toBe(false);
    expect(readFileSync(path.join(out, 'client/b.ts'), 'utf8')).toBe('b2');
    // `client/c.ts` was a file; now a folder of that name holds one.
    await writeOutput(out, new Map([['README.md', marker], ['client/a.ts', 'a'], ['client/c.ts/d.ts', 'd']]));
    expect(listFiles(out)).toEqual(['README.md', 'client/a.ts', 'client/c.ts/d.ts']);
    expect(existsSync(path.join(out, '.staging'))).toBe(false);
    expect(existsSync(path.join(out, '.previous'))).toBe(false);
  });

  it('with known files (watch mode), compares unchanged files from memory and still sees a file edited on disk', async () => {
    const out = path.join(scratch(), 'generated');
    const known: KnownFiles = new Map();
    const files = new Map([['README.md', marker], ['client/a.ts', 'a'], ['client/b.ts', 'b']]);
    await writeOutput(out, files, undefined, known);
    expect([...known.keys()].sort()).toEqual(['README.md', 'client/a.ts', 'client/b.ts']);
    // What is known is trusted while size and mtime hold: a stand-in entry proves the file was not read.
    const stat = statSync(path.join(out, 'client/a.ts'));
    known.set('client/a.ts', { contents: 'remembered', size: stat.size, mtimeMs: stat.mtimeMs });
    expect(diffOutput(out, new Map([...files, ['client/a.ts', 'remembered']]), undefined, known).changed).toEqual([]);
    // Edited by hand (another size, or the same size with a new mtime): read again, and the drift shows it.
    writeFileSync(path.join(out, 'client/b.ts'), 'B');
    utimesSync(path.join(out, 'client/b.ts'), new Date(), new Date(Date.now() + 5_000));
    known.set('client/a.ts', { contents: 'a', size: stat.size, mtimeMs: stat.mtimeMs });
    const drift = await writeOutput(out, new Map([...files, ['client/c.ts', 'c']]), undefined, known);
    expect(drift).toEqual({ changed: ['client/b.ts'], missing: ['client/c.ts'], stale: [] });
    expect(readFileSync(path.join(out, 'client/b.ts'), 'utf8')).toBe('b');
    expect(known.get('client/b.ts')?.contents).toBe('b');
    expect(known.get('client/c.ts')?.contents).toBe('c');
    await writeOutput(out, new Map([['README.md', marker], ['client/a.ts', 'a']]), undefined, known);
    expect([...known.keys()].sort()).toEqual(['README.md', 'client/a.ts']);
  });

  it('refuses paths that leave the output directory', async () => {
    const out = path.join(scratch(), 'generated');
    for (const bad of ['../escape.ts', '/etc/passwd', 'a/../../b', 'a//b']) {
      await expect(writeOutput(out, new Map([['README.md', marker], [bad, 'x']]))).rejects.toThrow(UnsafeOutputError);
    }
    expect(existsSync(path.join(path.dirname(out), 'escape.ts'))).toBe(false);
  });

  it('refuses to replace a directory the generator did not make, and leaves it as it was', async () => {
    const out = scratch();
    mkdirSync(path.join(out, 'src'));
    writeFileSync(path.join(out, 'src/keep.ts'), 'precious');
    await expect(writeOutput(out, new Map([['README.md', marker]]))).rejects.toThrow(/Refusing to replace/);
    expect(readFileSync(path.join(out, 'src/keep.ts'), 'utf8')).toBe('precious');
  });

  it('leaves the previous output intact when staging fails', async () => {
    const out = path.join(scratch(), 'generated');
    await writeOutput(out, new Map([['README.md', marker], ['client/a.ts', 'a']]));
    // A file and a directory with the same path cannot both be staged: the write fails before any swap.
    await expect(writeOutput(out, new Map([['README.md', marker], ['client', 'x'], ['client/a.ts', 'b']]))).rejects.toThrow();
    expect(listFiles(out)).toEqual(['README.md', 'client/a.ts']);
    expect(readFileSync(path.join(out, 'client/a.ts'), 'utf8')).toBe('a');
  });
});

/**
 * The package's documentation cannot drift from the SDK: every `@example` of the generated client (methods,
 * standalone functions, URL methods, streams) and every TypeScript block of its README type-check against it
 * strictly. Snippets refer to `client` as the docs do; a snippet that does not make one gets a declared one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDiagnostics } from './types/compile.js';

const CLIENT = path.resolve(import.meta.dirname, '../../generated/client');
const SRC = path.join(CLIENT, 'src');
const PACKAGE = (JSON.parse(readFileSync(path.join(CLIENT, 'package.json'), 'utf8')) as { name: string }).name;
const HERE = path.join(import.meta.dirname, 'types');

/** The code of each `@example` block of a generated source file (JSDoc margins removed). */
function examplesOf(source: string): string[] {
  const out: string[] = [];
  for (const match of source.matchAll(/@example\n((?:\s*\*.*\n)*?)\s*\*\/\n/g)) {
    const lines = match[1]!.split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
    const code = lines.join('\n').match(/```ts\n([\s\S]*?)\n```/)?.[1];
    if (code !== undefined) out.push(code);
  }
  return out;
}

/** The TypeScript blocks of a Markdown file. */
function tsBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
}

/** Names the package's funcs entry exports (what `@example`s of standalone functions call). */
function funcsNames(): string[] {
  const funcs = readFileSync(path.join(SRC, 'funcs.ts'), 'utf8');
  return [...funcs.matchAll(/export \{([^}]*)\}/g)].flatMap((match) => match[1]!.split(',').map((name) => name.trim()).filter(Boolean));
}

const relative = (file: string) => `./${path.relative(HERE, path.join(SRC, file)).split(path.sep).join('/')}`;

/** A snippet as a module of its own: package imports pointed at the sources, `client` declared when not made. */
function moduleOf(code: string, prelude: string): string {
  const rewritten = code
    .replaceAll(`'${PACKAGE}/funcs'`, `'${relative('funcs.js')}'`)
    .replaceAll(`'${PACKAGE}'`, `'${relative('index.js')}'`);
  const makesClient = /\b(const|let) client\b|declare const client\b/.test(code);
  return `${makesClient ? '' : prelude}${rewritten}\nexport {};\n`;
}

describe('documentation snippets type-check against the SDK', () => {
  it('every @example of every generated module, and every TypeScript block of the README', () => {
    const names = funcsNames();
    const prelude =
      `import type { BurkiClient as __Client } from '${relative('index.js')}';\n` +
      `import { ${names.join(', ')} } from '${relative('funcs.js')}';\n` +
      `declare const client: __Client;\n`;
    const files = new Map<string, string>();
    let examples = 0;
    const sources = ['client.ts', 'webhooks.ts', ...readdirSync(path.join(SRC, 'resources')).map((file) => `resources/${file}`)];
    for (const file of sources) {
      const found = examplesOf(readFileSync(path.join(SRC, file), 'utf8'));
      examples += found.length;
      // One module per source file: its examples as functions (their `const result`s do not collide).
      const body = found.map((code, index) => `export async function example${index}(): Promise<void> {\n${code}\n}\n`).join('\n');
      if (found.length > 0) files.set(path.join(HERE, `__examples-${file.replace(/\W+/g, '-')}.ts`), `${prelude}${body}`);
    }
    const readme = tsBlocks(readFileSync(path.join(CLIENT, 'README.md'), 'utf8'));
    readme.forEach((code, index) => files.set(path.join(HERE, `__readme-${index}.ts`), moduleOf(code, prelude)));

    // Every method has one, the function of the same operation another.
    const methods = sources.reduce((count, file) => count + (readFileSync(path.join(SRC, file), 'utf8').match(/^  [a-zA-Z]\w*\(.*$/gm) ?? []).length, 0);
    expect(examples).toBeGreaterThanOrEqual(methods);
    expect(readme.length).toBeGreaterThanOrEqual(10);
    expect(compileDiagnostics([...files.keys()], files)).toEqual([]);
  });
});

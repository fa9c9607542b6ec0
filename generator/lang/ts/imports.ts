/**
 * Keeps only the imports a generated module uses. Templates import every name a module of their kind may need
 * (every schema type, every runtime helper); this drops the names the rest of the module never mentions, and an
 * import left with none. A name counts as used when it occurs as a whole word outside the import statements, so
 * a mention in a comment keeps an import (harmless) but a use is never dropped.
 */
import { memoizeText } from '../../emit/memo.js';

const IMPORT = /^import\s+(type\s+)?(?:\{([^}]*)\}|\*\s+as\s+([A-Za-z_$][\w$]*))\s+from\s+('[^']*'|"[^"]*");?[ \t]*\n/gm;

function words(code: string): Set<string> {
  return new Set(code.match(/[A-Za-z_$][\w$]*/g) ?? []);
}

/**
 * Remembered by source text (emit/memo.ts): in watch mode most modules come out as they did on the last run, and
 * looking one up is much cheaper than listing its words again.
 */
export const pruneImports = memoizeText(prune);

function prune(source: string): string {
  const imports = [...source.matchAll(IMPORT)];
  if (imports.length === 0) return source;
  let rest = source;
  for (const match of imports) rest = rest.replace(match[0], '');
  const used = words(rest);
  return source.replace(IMPORT, (statement, typeOnly: string | undefined, names: string | undefined, namespace: string | undefined, from: string) => {
    if (namespace !== undefined) return used.has(namespace) ? statement : '';
    const kept = (names ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '' && used.has(name.replace(/^type\s+/, '').split(/\s+as\s+/).pop()!.trim()));
    if (kept.length === 0) return '';
    return `import ${typeOnly ?? ''}{ ${kept.join(', ')} } from ${from};\n`;
  });
}

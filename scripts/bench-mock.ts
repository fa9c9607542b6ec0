/**
 * Load on the mock server next to Prism and a bare `node:http` server, in one run, on loopback.
 *
 *   npx tsx scripts/bench-mock.ts [--mock-duration 5] [--json]      (also the last part of `npm run bench`)
 *
 * Each server runs in its own process: the generated mock as its package's `bin` runs it (generated/mock/bin.ts compiled
 * to JavaScript, here by esbuild into node_modules/.cache; `npm run mock` through tsx is slower to warm up), Prism 5 (`prism mock generated/openapi.json`, the pinned devDependency) and a bare `node:http` server that answers
 * every request with the exact bytes the mock answers GET /api/v1/assistants with (the ceiling of any Node server).
 * autocannon (pinned devDependency; 16 connections, like `wrk -t2 -c16`) runs in this process:
 *   - GET /api/v1/assistants with a bearer token: routing, auth, query validation, the state, pagination;
 *   - POST /api/v1/assistants with a JSON body: body validation and a create (the mock is reset before it).
 * Reported: requests per second, p50/p99 latency, non-2xx answers, the ratios the issue sets as goals
 * (GET ≥ 50× Prism and ≥ 0.5 of bare with p99 ≤ 5 ms; POST ≥ 30× Prism) and the mock's RSS before and after.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TOKEN = 'burki_bench_key';

interface CannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Cannon = (options: Record<string, unknown>) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;

interface Row {
  readonly server: string;
  readonly request: string;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly non2xx: number;
  readonly errors: number;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** Starts a server process and resolves once its output matches `ready`. */
function start(command: string, args: readonly string[], ready: RegExp): Promise<ChildProcess> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let out = '';
    const timer = setTimeout(() => fail(new Error(`${command} did not start: ${out.slice(-500)}`)), 60_000);
    const onData = (chunk: Buffer): void => {
      out += chunk.toString('utf8');
      if (ready.test(out)) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stderr?.off('data', onData);
        child.stdout?.resume();
        child.stderr?.resume();
        done(child);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`${command} exited (${code}): ${out.slice(-500)}`)));
  });
}

function rssMb(pid: number | undefined): number {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Math.round(kb / 102.4) / 10;
  } catch {
    return NaN;
  }
}

async function load(url: string, method: 'GET' | 'POST', seconds: number, body?: string): Promise<CannonResult> {
  const headers: Record<string, string> = { authorization: `Bearer ${TOKEN}`, ...(body ? { 'content-type': 'application/json' } : {}) };
  await autocannon({ url, method, headers, ...(body ? { body } : {}), connections: 16, duration: 3 }); // warm-up: JIT, lazily compiled validators
  return autocannon({ url, method, headers, ...(body ? { body } : {}), connections: 16, duration: seconds });
}

export async function benchMock(args: readonly string[]): Promise<void> {
  const seconds = Number(args[args.indexOf('--mock-duration') + 1]) || 5;
  const asJson = args.includes('--json');
  const [mockPort, barePort, prismPort] = await Promise.all([freePort(), freePort(), freePort()]);
  const children: ChildProcess[] = [];
  const rows: Row[] = [];
  const record = (server: string, request: string, r: CannonResult): void => {
    rows.push({ server, request, rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts });
  };
  const path = '/api/v1/assistants';
  const postBody = JSON.stringify({ name: 'Bench assistant', description: 'load test', llm_settings: { temperature: 0.4, system_prompt: 'Be brief.' } });
  let rss = { before: NaN, afterGet: NaN, afterPost: NaN };
  try {
    const outfile = join(ROOT, 'node_modules/.cache/bench-mock/bin.mjs');
    await build({ entryPoints: [join(ROOT, 'generated/mock/bin.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, packages: 'external', logLevel: 'error' });
    const model = join(ROOT, 'generated/mock/mock-model.json');
    const mock = await start(process.execPath, [outfile, '--model', model, '--port', String(mockPort), '--quiet', '--clock', 'manual', '--token', TOKEN], /listening on/);
    children.push(mock);
    const mockUrl = `http://127.0.0.1:${mockPort}`;
    const sample = await fetch(mockUrl + path, { headers: { Authorization: `Bearer ${TOKEN}` } });
    const bodyBytes = Buffer.from(await sample.arrayBuffer());
    const contentType = sample.headers.get('content-type') ?? 'application/json';
    const bareSource = `const body = Buffer.from(${JSON.stringify(bodyBytes.toString('base64'))}, 'base64');
require('node:http').createServer((req, res) => { req.resume(); req.on('end', () => { res.writeHead(200, { 'Content-Type': ${JSON.stringify(contentType)}, 'Content-Length': body.length }); res.end(body); }); })
  .listen(${barePort}, '127.0.0.1', () => console.log('bare listening'));`;
    children.push(await start(process.execPath, ['-e', bareSource], /bare listening/));
    children.push(await start(join(ROOT, 'node_modules/.bin/prism'), ['mock', '-h', '127.0.0.1', '-p', String(prismPort), join(ROOT, 'generated/openapi.json')], /Prism is listening/));

    rss.before = rssMb(mock.pid);
    record('mock', 'GET', await load(mockUrl + path, 'GET', seconds));
    rss.afterGet = rssMb(mock.pid);
    record('bare node:http', 'GET', await load(`http://127.0.0.1:${barePort}${path}`, 'GET', seconds));
    record('prism', 'GET', await load(`http://127.0.0.1:${prismPort}${path}`, 'GET', seconds));
    await fetch(`${mockUrl}/__mock/reset`, { method: 'POST' });
    record('mock', 'POST', await load(mockUrl + path, 'POST', seconds, postBody));
    rss.afterPost = rssMb(mock.pid);
    record('bare node:http', 'POST', await load(`http://127.0.0.1:${barePort}${path}`, 'POST', seconds, postBody));
    record('prism', 'POST', await load(`http://127.0.0.1:${prismPort}${path}`, 'POST', seconds, postBody));
  } finally {
    for (const child of children) child.kill('SIGTERM');
  }
  const find = (server: string, request: string) => rows.find((r) => r.server === server && r.request === request);
  const ratio = (a?: Row, b?: Row) => (a && b && b.rps > 0 ? a.rps / b.rps : NaN);
  const getMock = find('mock', 'GET');
  const goals = {
    getVsPrism: ratio(getMock, find('prism', 'GET')),
    getVsBare: ratio(getMock, find('bare node:http', 'GET')),
    getP99Ms: getMock?.p99 ?? NaN,
    postVsPrism: ratio(find('mock', 'POST'), find('prism', 'POST')),
  };
  if (asJson) {
    console.log(JSON.stringify({ mock: { rows, goals, rssMb: rss, seconds } }, null, 2));
    return;
  }
  console.log(`\nMock server under load (autocannon, 16 connections, ${seconds} s per run after a 3 s warm-up, loopback)`);
  console.table(rows.map((r) => ({ server: r.server, request: r.request, 'req/s': r.rps, 'p50 ms': r.p50, 'p99 ms': r.p99, 'non-2xx': r.non2xx, errors: r.errors })));
  const mark = (ok: boolean): string => (ok ? 'met' : 'NOT MET');
  console.table([
    { goal: 'GET ≥ 50× Prism', value: `${goals.getVsPrism.toFixed(1)}×`, status: mark(goals.getVsPrism >= 50) },
    { goal: 'GET ≥ 0.5 of bare node:http', value: goals.getVsBare.toFixed(2), status: mark(goals.getVsBare >= 0.5) },
    { goal: 'GET p99 ≤ 5 ms', value: `${goals.getP99Ms} ms`, status: mark(goals.getP99Ms <= 5) },
    { goal: 'POST ≥ 30× Prism', value: `${goals.postVsPrism.toFixed(1)}×`, status: mark(goals.postVsPrism >= 30) },
  ]);
  console.log(`Mock RSS: ${rss.before} MB at start, ${rss.afterGet} MB after GET, ${rss.afterPost} MB after POST`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchMock(process.argv.slice(2));

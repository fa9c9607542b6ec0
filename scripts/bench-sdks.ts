/**
 * The Python and Go SDKs next to their bare HTTP stacks, in one run (also a section of `npm run bench`).
 *
 *   npx tsx scripts/bench-sdks.ts [--sdk-iterations 5000] [--imports 15] [--json]
 *
 * Python (`.venv/bin/python`, the package from generated/python/src; bytecode cached in a temp dir, warmed once):
 *   - per call over a stubbed transport (`httpx.MockTransport` answering an assistant from memory):
 *     `client.assistants.get(1)` (blocking, and its async form on `AsyncBurkiClient`) next to the same GET through a
 *     bare `httpx.Client`/`AsyncClient` with `.json()`; the median of 5 rounds of --sdk-iterations calls after a warm-up.
 *     Goal: ≤ 1.5× the bare call.
 *   - `import burki` next to `import httpx, pydantic` (its dependencies alone), each in --imports fresh interpreters
 *     (alternating), timed inside the process around the import statement; the median. Goal ≤ 1.5×: resources and
 *     models load on first use.
 * Go (`go test -run '^$' -bench . -benchmem -count 3` in generated/go: the runtime's bench_test.go):
 *   BenchmarkClientGet (the SDK's request path over an httptest server) next to BenchmarkBareNetHTTP (net/http +
 *   encoding/json, same server and body); the median of the 3 counts, with B/op and allocs/op. Goal: ≤ 1.3× the time.
 *
 * A missing .venv/ or `go` skips that language with a message.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './stats.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PYTHON = join(ROOT, '.venv/bin/python');
const PY_SOURCE = join(ROOT, 'generated/python/src');
const GO_MODULE = join(ROOT, 'generated/go');

export interface SdkRow {
  readonly language: 'python' | 'go';
  readonly measure: string;
  readonly sdk: string;
  readonly sdkValue: number;
  readonly bare: string;
  readonly bareValue: number;
  readonly unit: string;
  readonly goal: number;
  /** Extra columns (Go: bytes and allocations per op of each side). */
  readonly note?: string;
}

const PER_CALL = String.raw`
import asyncio, json, statistics, sys, time
import httpx
from burki import AsyncBurkiClient, BurkiClient

N = int(sys.argv[1])
BASE = "https://api.burki.dev"
BODY = json.dumps({
    "id": 1, "organization_id": 1, "user_id": 1, "name": "Receptionist", "is_active": True,
    "llm_settings": {"system_prompt": "You answer the phone.", "temperature": 0.3},
    "tts_settings": {"voice_id": "v1"}, "custom_settings": {"Keep": 1},
    "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-02T00:00:00Z",
}).encode()
HEADERS = {"content-type": "application/json"}

def handler(request):
    return httpx.Response(200, headers=HEADERS, content=BODY)

def rounds(call):
    for _ in range(min(500, N)):
        call()
    times = []
    for _ in range(5):
        started = time.perf_counter()
        for _ in range(N):
            call()
        times.append((time.perf_counter() - started) / N * 1e6)
    return statistics.median(times)

async def rounds_async(call):
    for _ in range(min(500, N)):
        await call()
    times = []
    for _ in range(5):
        started = time.perf_counter()
        for _ in range(N):
            await call()
        times.append((time.perf_counter() - started) / N * 1e6)
    return statistics.median(times)

bare = httpx.Client(transport=httpx.MockTransport(handler), base_url=BASE)
def bare_get():
    response = bare.get("/api/v1/assistants/1", headers={"Authorization": "Bearer k", "Accept": "application/json"})
    response.raise_for_status()
    return response.json()

sdk = BurkiClient(api_key="k", base_url=BASE, max_retries=0, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
assert sdk.assistants.get(1).llm_settings.temperature == 0.3
result = {"bare": rounds(bare_get), "sdk": rounds(lambda: sdk.assistants.get(1))}

async def main():
    bare_async = httpx.AsyncClient(transport=httpx.MockTransport(handler), base_url=BASE)
    async def bare_get_async():
        response = await bare_async.get("/api/v1/assistants/1", headers={"Authorization": "Bearer k", "Accept": "application/json"})
        response.raise_for_status()
        return response.json()
    client = AsyncBurkiClient(api_key="k", base_url=BASE, max_retries=0, http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)))
    result["bare_async"] = await rounds_async(bare_get_async)
    result["sdk_async"] = await rounds_async(lambda: client.assistants.get(1))

asyncio.run(main())
print(json.dumps(result))
`;

const IMPORT_ONE = (statement: string) =>
  `import time\nstarted = time.perf_counter()\n${statement}\nprint((time.perf_counter() - started) * 1000)`;

function runPython(code: string, args: readonly string[], env: NodeJS.ProcessEnv): string {
  const result = spawnSync(PYTHON, ['-c', code, ...args], { env, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`python failed (${result.status}):\n${result.stderr}`);
  return result.stdout.trim();
}

function python(iterations: number, imports: number): SdkRow[] {
  const cache = mkdtempSync(join(tmpdir(), 'burki-bench-pyc-'));
  // The package from the source tree; its bytecode outside it (the dependencies' is in .venv already).
  const env = { ...process.env, PYTHONPATH: PY_SOURCE, PYTHONPYCACHEPREFIX: cache, PYTHONDONTWRITEBYTECODE: '' };
  try {
    const burkiImport = IMPORT_ONE('import burki');
    const depsImport = IMPORT_ONE('import httpx, pydantic');
    runPython(burkiImport, [], env); // compile and cache once
    const burkiMs: number[] = [];
    const depsMs: number[] = [];
    for (let index = 0; index < imports; index++) {
      depsMs.push(Number(runPython(depsImport, [], env)));
      burkiMs.push(Number(runPython(burkiImport, [], env)));
    }
    const calls = JSON.parse(runPython(PER_CALL, [String(iterations)], env)) as Record<'bare' | 'sdk' | 'bare_async' | 'sdk_async', number>;
    return [
      { language: 'python', measure: 'per call, blocking (µs)', sdk: 'client.assistants.get(1)', sdkValue: calls.sdk, bare: 'httpx.Client.get + .json()', bareValue: calls.bare, unit: 'µs', goal: 1.5 },
      { language: 'python', measure: 'per call, async (µs)', sdk: 'await AsyncBurkiClient…get(1)', sdkValue: calls.sdk_async, bare: 'await httpx.AsyncClient.get + .json()', bareValue: calls.bare_async, unit: 'µs', goal: 1.5 },
      { language: 'python', measure: 'import time (ms)', sdk: 'import burki', sdkValue: median(burkiMs), bare: 'import httpx, pydantic', bareValue: median(depsMs), unit: 'ms', goal: 1.5 },
    ];
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

interface GoBench {
  readonly ns: number;
  readonly bytes: number;
  readonly allocs: number;
}

function go(): SdkRow[] {
  const result = spawnSync('go', ['test', '-run', '^$', '-bench', '.', '-benchmem', '-count', '3'], {
    cwd: GO_MODULE,
    env: { ...process.env, GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`go test -bench failed (${result.status}):\n${result.stdout}${result.stderr}`);
  const runs = new Map<string, GoBench[]>();
  for (const match of result.stdout.matchAll(/^(Benchmark\w+?)(?:-\d+)?\s+\d+\s+([\d.]+) ns\/op\s+(\d+) B\/op\s+(\d+) allocs\/op/gm)) {
    const list = runs.get(match[1]!) ?? [];
    list.push({ ns: Number(match[2]), bytes: Number(match[3]), allocs: Number(match[4]) });
    runs.set(match[1]!, list);
  }
  const pick = (name: string): GoBench => {
    const list = runs.get(name);
    if (!list?.length) throw new Error(`go test -bench printed no ${name}:\n${result.stdout}`);
    return { ns: median(list.map((run) => run.ns)), bytes: median(list.map((run) => run.bytes)), allocs: median(list.map((run) => run.allocs)) };
  };
  const sdk = pick('BenchmarkClientGet');
  const bare = pick('BenchmarkBareNetHTTP');
  return [
    {
      language: 'go',
      measure: 'per call over httptest (µs)',
      sdk: 'BenchmarkClientGet',
      sdkValue: sdk.ns / 1000,
      bare: 'BenchmarkBareNetHTTP',
      bareValue: bare.ns / 1000,
      unit: 'µs',
      goal: 1.3,
      note: `sdk ${sdk.bytes} B/op ${sdk.allocs} allocs/op; bare ${bare.bytes} B/op ${bare.allocs} allocs/op`,
    },
  ];
}

export async function benchSdks(argv: readonly string[] = process.argv.slice(2)): Promise<SdkRow[]> {
  const option = (name: string, fallback: number) => {
    const index = argv.indexOf(name);
    return index >= 0 ? Math.max(1, Number(argv[index + 1]) || fallback) : fallback;
  };
  const asJson = argv.includes('--json');
  const rows: SdkRow[] = [];
  const skipped: string[] = [];
  if (existsSync(PYTHON)) {
    if (!asJson) process.stderr.write('bench-sdks: python…\n');
    rows.push(...python(option('--sdk-iterations', 5_000), option('--imports', 15)));
  } else skipped.push('python (no .venv/: run `npm run setup`)');
  if (spawnSync('go', ['version']).status === 0) {
    if (!asJson) process.stderr.write('bench-sdks: go test -bench…\n');
    rows.push(...go());
  } else skipped.push('go (not on PATH)');
  if (asJson) {
    console.log(JSON.stringify({ skipped, rows }, null, 2));
    return rows;
  }
  console.log('Python and Go SDKs next to their bare HTTP stacks (ratio = sdk ÷ bare)');
  for (const reason of skipped) console.log(`  skipped ${reason}`);
  console.table(
    rows.map((row) => {
      const ratio = row.sdkValue / row.bareValue;
      return {
        measure: `${row.language}: ${row.measure}`,
        sdk: `${row.sdk}: ${row.sdkValue.toFixed(row.unit === 'ms' ? 1 : 2)}`,
        bare: `${row.bare}: ${row.bareValue.toFixed(row.unit === 'ms' ? 1 : 2)}`,
        ratio: `${ratio.toFixed(2)}×`,
        goal: `${ratio <= row.goal ? 'met' : 'NOT met'} (≤ ${row.goal}×)`,
        ...(row.note ? { memory: row.note } : {}),
      };
    }),
  );
  return rows;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await benchSdks();

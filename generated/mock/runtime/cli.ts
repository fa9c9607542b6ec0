/**
 * Command-line entry of the mock: `main(process.argv.slice(2))`.
 *
 *   --port <n>        port (default 4010; 0 picks a free one)
 *   --host <h>        interface (default 127.0.0.1)
 *   --model <path>    mock-model.json (default: ../mock-model.json next to this runtime folder)
 *   --token <t>       accepted bearer token (repeatable; default: any non-empty token)
 *   --faults <path>   route faults (JSON, see faults.ts): statuses, Retry-After, latency, resets, invalid JSON
 *   --clock <c>       `real` (default): simulated calls move one second per second; `manual`: only POST /__mock/advance
 *   --quiet           no per-request log lines
 *
 * Resolves with the exit code once the server stopped (SIGINT / SIGTERM), or at once on a usage/start-up error.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type FaultConfig, parseFaultConfig } from './faults.js';
import type { MockModel } from './model.js';
import { createMockServer } from './server.js';

export interface MainIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Where SIGINT/SIGTERM are listened for (default: `process`). */
  readonly signals?: Pick<NodeJS.EventEmitter, 'once' | 'off'>;
}

export interface CliOptions {
  readonly port: number;
  readonly host: string;
  readonly model: string;
  readonly tokens: readonly string[];
  readonly quiet: boolean;
  /** Path of a fault configuration (JSON). */
  readonly faults?: string;
  readonly clock: 'manual' | 'real';
}

export const USAGE = 'usage: mock [--port 4010] [--host 127.0.0.1] [--model mock-model.json] [--token <t>]... [--faults faults.json] [--clock real|manual] [--quiet]';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function defaultModelPath(): string {
  return fileURLToPath(new URL('../mock-model.json', import.meta.url));
}

/** Parses the command line; throws {@link UsageError}. Returns undefined for `--help`. */
export function parseArgs(argv: readonly string[]): CliOptions | undefined {
  let port = 4010;
  let host = '127.0.0.1';
  let model = defaultModelPath();
  const tokens: string[] = [];
  let quiet = false;
  let faults: string | undefined;
  let clock: CliOptions['clock'] = 'real';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return undefined;
    if (arg === '--quiet' || arg === '-q') {
      quiet = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (!['--port', '--host', '--model', '--token', '--faults', '--clock'].includes(name)) throw new UsageError(`unknown argument ${JSON.stringify(arg)}`);
    let value: string | undefined;
    if (name !== arg) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
    switch (name) {
      case '--port': {
        if (!/^\d+$/.test(value) || Number(value) > 65535) throw new UsageError(`--port must be an integer 0-65535, got ${JSON.stringify(value)}`);
        port = Number(value);
        break;
      }
      case '--host':
        host = value;
        break;
      case '--model':
        model = value;
        break;
      case '--faults':
        faults = value;
        break;
      case '--clock':
        if (value !== 'real' && value !== 'manual') throw new UsageError(`--clock must be real or manual, got ${JSON.stringify(value)}`);
        clock = value;
        break;
      default:
        tokens.push(value);
    }
  }
  return { port, host, model, tokens, quiet, clock, ...(faults !== undefined ? { faults } : {}) };
}

export async function loadModel(path: string): Promise<MockModel> {
  const text = await readFile(path, 'utf8');
  const model = JSON.parse(text) as MockModel;
  if (typeof model !== 'object' || model === null || !Array.isArray(model.operations)) {
    throw new Error(`${path} is not a mock model (no "operations" array)`);
  }
  return { ...model, schemas: model.schemas ?? {} };
}

export async function main(argv: readonly string[], io: MainIo = { out: (l) => console.log(l), err: (l) => console.error(l) }): Promise<number> {
  let options: CliOptions | undefined;
  try {
    options = parseArgs(argv);
  } catch (err) {
    io.err(`mock: ${(err as Error).message}`);
    io.err(USAGE);
    return 2;
  }
  if (!options) {
    io.out(USAGE);
    return 0;
  }
  let model: MockModel;
  try {
    model = await loadModel(options.model);
  } catch (err) {
    io.err(`mock: cannot load model ${options.model}: ${(err as Error).message}`);
    return 1;
  }
  let faults: FaultConfig | undefined;
  if (options.faults !== undefined) {
    try {
      faults = parseFaultConfig(JSON.parse(await readFile(options.faults, 'utf8')) as unknown);
    } catch (err) {
      io.err(`mock: cannot load faults ${options.faults}: ${(err as Error).message}`);
      return 1;
    }
  }
  const quiet = options.quiet;
  const server = createMockServer(model, {
    ...(faults ? { faults } : {}),
    timeline: options.clock,
    ...(options.tokens.length > 0 ? { tokens: options.tokens } : {}),
    logger: {
      info: (m) => {
        if (!quiet) io.out(m);
      },
      warn: (m) => io.err(m),
      error: (m, e) => io.err(`${m}${e instanceof Error ? `: ${e.stack ?? e.message}` : ''}`),
    },
  });
  let url: string;
  try {
    ({ url } = await server.listen(options.port, options.host));
  } catch (err) {
    io.err(`mock: cannot listen on ${options.host}:${options.port}: ${(err as Error).message}`);
    return 1;
  }
  // The title is spec text: printed on one line, without control characters.
  io.out(`Mock of ${model.title.replace(/[\u0000-\u001f\u007f]+/g, ' ')} listening on ${url}`);
  const signals = io.signals ?? process;
  return new Promise<number>((resolve) => {
    const stop = (signal: string): void => {
      signals.off('SIGINT', onInt);
      signals.off('SIGTERM', onTerm);
      io.out(`mock: ${signal}, shutting down`);
      server.close().then(
        () => resolve(0),
        (err: unknown) => {
          io.err(`mock: error while closing: ${(err as Error).message}`);
          resolve(1);
        },
      );
    };
    const onInt = (): void => stop('SIGINT');
    const onTerm = (): void => stop('SIGTERM');
    signals.once('SIGINT', onInt);
    signals.once('SIGTERM', onTerm);
  });
}

/**
 * `createMockServer(options)` of the package: the mock of the bundled model (or another), listening on a loopback
 * port, with what a test needs at hand: `{ url, close, reset, requests, advance }`.
 */
import type { FaultConfig } from './faults.js';
import type { MockModel } from './model.js';
import { defaultModelPath, loadModel } from './cli.js';
import { createMockServer, type MockServer, type MockServerOptions, type RecordedRequest } from './server.js';
import type { SimEvent } from './simulate.js';

export interface StartMockServerOptions extends MockServerOptions {
  /** Port (default 0: a free one). */
  readonly port?: number;
  /** Interface (default 127.0.0.1). */
  readonly host?: string;
  /** The model to serve, or the path of a mock-model.json (default: the one this package was generated with). */
  readonly model?: MockModel | string;
}

export interface RunningMockServer {
  /** `http://127.0.0.1:<port>`: the base URL to give a client. */
  readonly url: string;
  readonly port: number;
  /** Stops the server (open streams get 1001, waiting answers are released). */
  close(): Promise<void>;
  /** Seeded state, counters, journal and clock again; fault rules restart. */
  reset(): void;
  /** The requests received (credentials redacted), oldest first. */
  requests(): RecordedRequest[];
  /** Moves the simulated clock: calls progress, transcripts appear, webhooks are delivered (awaited). */
  advance(seconds: number): Promise<{ now: number; events: SimEvent[] }>;
  /** Replaces the route faults. */
  setFaults(config: FaultConfig): void;
  /** Plays an inbound SMS (`{to, from, body, ...}`), delivering its webhook. */
  receiveSms(message: Readonly<Record<string, unknown>>): Promise<SimEvent>;
  /** The underlying server (handler, fetch handler, snapshots). */
  readonly server: MockServer;
}

export async function startMockServer(options: StartMockServerOptions = {}): Promise<RunningMockServer> {
  const { port = 0, host = '127.0.0.1', model, ...serverOptions } = options;
  const loaded = typeof model === 'object' ? model : await loadModel(model ?? defaultModelPath());
  const server = createMockServer(loaded, serverOptions);
  const address = await server.listen(port, host);
  return {
    url: address.url,
    port: address.port,
    close: () => server.close(),
    reset: () => server.reset(),
    requests: () => server.requests(),
    advance: (seconds) => server.advance(seconds),
    setFaults: (config) => server.setFaults(config),
    receiveSms: (message) => server.receiveSms(message),
    server,
  };
}

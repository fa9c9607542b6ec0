/**
 * Control routes under `/__mock/` for tests that drive the mock from outside its process (no credential needed):
 *
 *   GET  /__mock/faults     the route faults in force          PUT /__mock/faults   replace them (JSON, see faults.ts)
 *   POST /__mock/reset      seeded state, counters, clock       GET /__mock/requests the journal
 *   POST /__mock/advance    `{"seconds": 30}`: move the simulated clock (calls progress, webhooks are sent)
 *   POST /__mock/sms        `{"to": "+1555...", "from": "+1555...", "body": "Hi"}`: an inbound SMS (webhook sent)
 *
 * Answers are JSON; a bad request is a FastAPI-shaped 400/404/405.
 */
import { detail } from './errors.js';
import { FaultConfigError, parseFaultConfig, type FaultConfig } from './faults.js';
import { jsonReply, type Reply } from './respond.js';

export const CONTROL_PREFIX = '/__mock/';

export interface ControlHooks {
  faults(): FaultConfig;
  setFaults(config: FaultConfig): void;
  reset(): void;
  requests(): unknown[];
  /** Advances the simulated clock; resolves once what fell due (webhooks included) has happened. */
  advance(seconds: number): Promise<unknown>;
  /** Simulates an inbound SMS; undefined when the model has no SMS simulation. */
  inboundSms?(message: Readonly<Record<string, unknown>>): Promise<Reply>;
}

const ROUTES: Readonly<Record<string, readonly string[]>> = {
  faults: ['GET', 'PUT'],
  reset: ['POST'],
  requests: ['GET'],
  advance: ['POST'],
  sms: ['POST'],
};

function parseJson(raw: Buffer): unknown {
  if (raw.length === 0) return {};
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

export async function controlReply(method: string, rawPath: string, body: Buffer, hooks: ControlHooks): Promise<Reply> {
  const name = rawPath.slice(CONTROL_PREFIX.length);
  const methods = Object.prototype.hasOwnProperty.call(ROUTES, name) ? ROUTES[name] : undefined;
  if (!methods) return jsonReply(404, detail('Not Found'));
  if (!methods.includes(method)) return jsonReply(405, detail('Method Not Allowed'), { Allow: methods.join(', ') });
  const input = parseJson(body);
  if (input === undefined) return jsonReply(400, detail('The body is not valid JSON'));
  switch (name) {
    case 'faults': {
      if (method === 'GET') return jsonReply(200, hooks.faults());
      try {
        hooks.setFaults(parseFaultConfig(input));
      } catch (err) {
        if (err instanceof FaultConfigError) return jsonReply(400, detail(err.message));
        throw err;
      }
      return jsonReply(200, hooks.faults());
    }
    case 'reset':
      hooks.reset();
      return { status: 204, headers: {} };
    case 'requests':
      return jsonReply(200, hooks.requests());
    case 'advance': {
      const seconds = typeof input === 'object' && input !== null ? (input as Record<string, unknown>)['seconds'] : undefined;
      if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0 || seconds > 31_536_000) {
        return jsonReply(400, detail('advance takes {"seconds": <number 0-31536000>}'));
      }
      return jsonReply(200, await hooks.advance(seconds));
    }
    default: {
      if (!hooks.inboundSms) return jsonReply(404, detail('This mock simulates no inbound SMS'));
      if (typeof input !== 'object' || input === null || Array.isArray(input)) return jsonReply(400, detail('sms takes a JSON object'));
      return hooks.inboundSms(input as Record<string, unknown>);
    }
  }
}

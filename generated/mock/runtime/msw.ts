/**
 * msw 2.x request handlers from the mock model: one per operation (so a test can override a single route with
 * `server.use()`), plus the control routes and a catch-all that answers the mock's 404/405, all served by the same
 * mock (validation, state, faults, simulations) without a socket.
 *
 *   const { handlers, mock } = createHandlers({ baseUrl: 'https://api.example.com' });
 *   setupServer(...handlers).listen();
 */
import { http, type HttpHandler } from 'msw';
import { defaultModelPath, loadModel } from './cli.js';
import type { MockModel } from './model.js';
import { createMockServer, type MockServer, type MockServerOptions } from './server.js';

export interface MockHandlersOptions extends MockServerOptions {
  /** The origin (and base path) requests go to; default: the model's `baseUrl`. */
  readonly baseUrl?: string;
  /** The model to serve, or the path of a mock-model.json (default: the one this package was generated with). */
  readonly model?: MockModel | string;
}

const METHODS = {
  GET: http.get,
  POST: http.post,
  PUT: http.put,
  PATCH: http.patch,
  DELETE: http.delete,
  HEAD: http.head,
  OPTIONS: http.options,
} as const;

/** `/assistants/{assistant_id}` → `/assistants/:assistant_id`; a segment msw cannot name becomes `*`. */
export function mswPath(template: string): string {
  return template
    .split('/')
    .map((segment) => {
      const whole = /^\{([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(segment);
      if (whole) return `:${whole[1]}`;
      return /[{}:*?()]/.test(segment) ? '*' : segment;
    })
    .join('/');
}

/** Handlers for a model already loaded (synchronous). */
export function handlersFor(model: MockModel, options: MockHandlersOptions = {}): { handlers: HttpHandler[]; mock: MockServer } {
  const mock = createMockServer(model, options);
  const base = (options.baseUrl ?? model.baseUrl ?? 'http://localhost').replace(/\/+$/, '');
  const serve = ({ request }: { request: Request }): Promise<Response> => mock.fetch(request);
  const handlers: HttpHandler[] = [];
  for (const op of model.operations) {
    const method = op.method.toUpperCase() as keyof typeof METHODS;
    const make = Object.prototype.hasOwnProperty.call(METHODS, method) ? METHODS[method] : http.all;
    handlers.push(make(`${base}${mswPath(op.path)}`, serve));
  }
  handlers.push(http.all(`${base}/*`, serve));
  return { handlers, mock };
}

/** Handlers for the bundled model (or `options.model`). */
export async function createHandlers(options: MockHandlersOptions = {}): Promise<{ handlers: HttpHandler[]; mock: MockServer }> {
  const model = typeof options.model === 'object' ? options.model : await loadModel(options.model ?? defaultModelPath());
  return handlersFor(model, options);
}

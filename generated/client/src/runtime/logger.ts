/**
 * The `logger` option: one `debug` line per HTTP attempt. Kept out of `CoreClient` so that a bundle of standalone
 * functions without a logger leaves it out; `BaseClient` (the generated client class) takes the option, and
 * `useLogger` gives a core client one.
 */
import { clientContext, CoreClient, type ClientConfig, type ClientOptions, type Logger } from './client.js';
import { APIError, SDKError } from './errors.js';

/**
 * Logs every HTTP attempt of `client` to `logger.debug` as `('http attempt', { method, path, status, attempt,
 * durationMs, error?, retryInMs? })`: plain data only (`path` is the template), never headers, bodies or the key.
 * A throwing logger is ignored. `undefined` leaves the client as it is. Returns the client.
 */
export function useLogger<Client extends CoreClient>(client: Client, logger: Logger | undefined): Client {
  if (logger) {
    clientContext(client).log = (request, attempt, durationMs, outcome, retryInMs) => {
      if (!logger.debug) return;
      // An error without a status (no response) is named instead.
      const failed = outcome instanceof SDKError;
      const status = !failed ? outcome.response.status : outcome instanceof APIError ? outcome.status : undefined;
      const data: Record<string, unknown> = { method: request.method, path: request.template, status, attempt: attempt + 1, durationMs };
      if (failed && status === undefined) data['error'] = outcome.name;
      if (retryInMs !== undefined) data['retryInMs'] = Math.round(retryInMs);
      try {
        logger.debug('http attempt', data);
      } catch {
        // ignored: a failing logger must not fail the request
      }
    };
  }
  return client;
}

/** The base class of the generated client: `CoreClient` with the `logger` option. */
export class BaseClient extends CoreClient {
  constructor(options: ClientOptions = {}, config: ClientConfig) {
    super(options, config);
    useLogger(this, options.logger);
  }
}

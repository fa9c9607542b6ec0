/**
 * The entry of watch mode's lint thread (lint-thread.ts): checks the spec each time it is asked, with its own cache
 * of parsed files, and answers with the problems as plain data.
 */
import { parentPort } from 'node:worker_threads';
import { SpecErrors } from './errors.js';
import { checkSpec } from './load.js';
import { SpecResolver } from './resolver.js';
import type { CheckReply, CheckRequest } from './lint-thread.js';

const parsed = new Map<string, { readonly body: string; readonly value: unknown }>();

parentPort?.on('message', (request: CheckRequest) => {
  // A fresh resolver per check (see watch.ts); files whose text did not change are not parsed again.
  checkSpec(request.specPath, new SpecResolver(parsed)).then(
    () => reply({ id: request.id, problems: [] }),
    (error: unknown) =>
      reply(
        error instanceof SpecErrors
          ? { id: request.id, problems: error.errors.map(({ message, location, hint }) => ({ message, location, hint })) }
          : { id: request.id, problems: [], failure: error instanceof Error ? error.message : String(error) },
      ),
  );
});

function reply(message: CheckReply): void {
  parentPort?.postMessage(message);
}

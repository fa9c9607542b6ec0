import type { BaseClient } from './client.js';

/** Base class of the generated resources (`client.assistants`, `client.calls`...). */
export class APIResource {
  protected readonly _client: BaseClient;

  constructor(client: BaseClient) {
    this._client = client;
  }
}

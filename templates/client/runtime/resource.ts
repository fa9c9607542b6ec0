import type { CoreClient } from './client.js';

/** Base class of the generated resources (`client.assistants`, `client.calls`...). */
export class APIResource {
  protected readonly _client: CoreClient;

  constructor(client: CoreClient) {
    this._client = client;
  }
}

/**
 * The output for specs that are not Burki's names no product: the base error class is the spec's (derived from the
 * client name without `x-sdk.errorName`), the mock's placeholder bytes and the docs' fixed text are neutral, and the
 * docs' auth lines follow the model's security schemes instead of always saying "Bearer token".
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/pipeline.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/specs');
const dir = mkdtempSync(path.join(tmpdir(), 'neutral-sdk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type ErrorClass = new (...args: never[]) => Error;

describe('a spec without x-sdk.errorName (api-key.yaml: Key Store)', () => {
  it('exports the runtime base error as <Client>Error, and every runtime error is an instance of it', async () => {
    const { files, model } = await generate(path.join(FIXTURES, 'api-key.yaml'));
    expect(model.sdk.errorName).toBe('KeyStoreError');
    expect(files.get('client/src/index.ts')).toContain("export { SDKError as KeyStoreError } from './runtime/index.js';");
    for (const [file, contents] of files) {
      if (!file.startsWith('client/src/')) continue;
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), contents);
    }
    const sdk = (await import(pathToFileURL(path.join(dir, 'client/src/index.ts')).href)) as Record<string, unknown>;
    const KeyStoreError = sdk['KeyStoreError'] as ErrorClass;
    expect(KeyStoreError).toBe(sdk['SDKError']);
    expect(sdk['BurkiError']).toBeUndefined();
    const APIError = sdk['APIError'] as { generate(status: number, body: unknown, headers: Headers, request: object): Error };
    const notFound = APIError.generate(404, { detail: 'gone' }, new Headers(), { method: 'GET', path: '/items/1' });
    expect(notFound).toBeInstanceOf(KeyStoreError);
    expect(notFound.name).toBe('NotFoundError');
    const encodePathSegment = sdk['encodePathSegment'] as (value: unknown, name: string, route: string) => string;
    expect(() => encodePathSegment('', 'item_id', 'getItem')).toThrow(KeyStoreError);
  }, 60_000);

  it('documents the header API key where the auth line used to say "Bearer token"', async () => {
    const { files } = await generate(path.join(FIXTURES, 'api-key.yaml'));
    const page = files.get('docs/items.md') ?? '';
    expect(page).toContain('- **Auth**: API key in header `X-Store-Key` (StoreKey)');
    expect(page).toContain('- **Auth**: None (public)');
    expect(page).not.toContain('Bearer');
    const index = files.get('docs/README.md') ?? '';
    expect(index).toContain('The client sends its `apiKey` in the `X-Store-Key` header, `X-Store-Key: <key>`.');
    expect(index).toContain('| `StoreKey` | API key in header `X-Store-Key` |');
    expect(index).toContain('Every error the SDK throws is an instance of `KeyStoreError`.');
  }, 60_000);

  it('names no product in the mock runtime, the docs or the package root', async () => {
    const { files } = await generate(path.join(FIXTURES, 'api-key.yaml'));
    const checked = [...files].filter(([file]) => file.startsWith('mock/') || file.startsWith('docs/') || file === 'client/src/index.ts' || file === 'client/src/runtime/errors.ts');
    expect(checked.length).toBeGreaterThan(5);
    for (const [file, contents] of checked) expect(contents, file).not.toMatch(/burki|twilio|telnyx|telephony/i);
  }, 60_000);
});

describe('HTTP Basic (basic-auth.yaml)', () => {
  it('says HTTP Basic on the operation and how the client sends the key on the index', async () => {
    const { files } = await generate(path.join(FIXTURES, 'basic-auth.yaml'));
    const operationPages = [...files].filter(([file]) => file.startsWith('docs/') && file !== 'docs/README.md').map(([, contents]) => contents);
    expect(operationPages.join('\n')).toContain('- **Auth**: HTTP Basic (Basic)');
    const index = files.get('docs/README.md') ?? '';
    expect(index).toContain('| `Basic` | HTTP Basic |');
    expect(index).toContain('as HTTP Basic credentials, `Authorization: Basic <base64>`, where the key is `user:password`.');
  }, 60_000);
});

describe('operations accepting several kinds of scheme', () => {
  it('lists each kind with its scheme names, and points schemes the docs cannot describe at the index', async () => {
    const spec = path.join(dir, 'mixed.yaml');
    const ok = { '200': { description: 'ok' } };
    writeFileSync(
      spec,
      JSON.stringify({
        openapi: '3.1.0',
        info: { title: 'Mixed', version: '1' },
        servers: [{ url: 'https://mixed.example.test' }],
        security: [{ token: [] }],
        paths: {
          '/a': { get: { operationId: 'getA', tags: ['things'], security: [{ token: [] }, { queryKey: [] }, { jwt: [] }], responses: ok } },
          '/b': { get: { operationId: 'getB', tags: ['things'], security: [{ oauth: [] }], responses: ok } },
        },
        components: {
          securitySchemes: {
            token: { type: 'http', scheme: 'bearer' },
            jwt: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
            queryKey: { type: 'apiKey', in: 'query', name: 'api_key' },
            oauth: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://mixed.example.test/token', scopes: {} } } },
          },
        },
      }),
    );
    const { files } = await generate(spec);
    const page = files.get('docs/things.md') ?? '';
    expect(page).toContain('- **Auth**: Bearer token (jwt, token) or API key in query parameter `api_key` (queryKey)');
    expect(page).toContain('- **Auth**: oauth (see [security schemes](README.md#security-schemes))');
    const index = files.get('docs/README.md') ?? '';
    expect(index).toContain('## Security schemes');
    expect(index).toContain('The client sends its `apiKey` as a bearer token, `Authorization: Bearer <key>`.');
    expect(index).toContain('| `oauth` | Other |');
  }, 60_000);
});

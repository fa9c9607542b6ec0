/**
 * Smoke test of this runtime (templates/mock/runtime) against the generator's real output, when it exists:
 * every operation answers without a server fault and every schema compiles.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createMockServer, loadModel } from '../../templates/mock/runtime/index.js';

const modelPath = fileURLToPath(new URL('../../generated/mock/mock-model.json', import.meta.url));

describe.skipIf(!existsSync(modelPath))('the generated mock model', () => {
  it('serves every operation without faults or schema warnings', async () => {
    const model = await loadModel(modelPath);
    const problems: string[] = [];
    const server = createMockServer(model, { logger: { warn: (m) => problems.push(m), error: (m) => problems.push(m) } });
    const { url } = await server.listen(0);
    try {
      for (const op of model.operations) {
        const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => (name.includes('phone') ? '%2B15551234567' : name.includes('sid') ? 'CA123' : '42'));
        const hasBody = !['GET', 'HEAD', 'DELETE'].includes(op.method);
        const res = await fetch(url + path, {
          method: op.method,
          headers: { Authorization: 'Bearer test', ...(hasBody ? { 'Content-Type': 'application/json' } : {}) },
          ...(hasBody ? { body: '{}' } : {}),
        });
        await res.arrayBuffer();
        expect([200, 201, 202, 204, 404, 422], `${op.method} ${op.path}`).toContain(res.status);
        const anonymous = await fetch(url + path, { method: op.method });
        await anonymous.arrayBuffer();
        if (op.auth) expect(anonymous.status, `${op.method} ${op.path} without a token`).toBe(401);
      }
      expect(problems).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('opens every stream and sends only frames that match their message schemas', async () => {
    const model = await loadModel(modelPath);
    const problems: string[] = [];
    const server = createMockServer(model, { logger: { warn: (m) => problems.push(m), error: (m) => problems.push(m) } });
    const { url } = await server.listen(0);
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.addSchema({ $id: 'mock-model', components: { schemas: model.schemas } });
    try {
      for (const stream of model.streams ?? []) {
        const path = stream.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
          const schema = stream.parameters.find((p) => p.name === name)?.schema as { type?: string } | undefined;
          return schema?.type === 'integer' ? '42' : 'CA123';
        });
        const ws = new WebSocket(`${url.replace(/^http/, 'ws')}${path}?token=test`);
        const frames: Record<string, unknown>[] = [];
        ws.on('message', (data) => frames.push(JSON.parse(String(data)) as Record<string, unknown>));
        await new Promise<void>((resolve, reject) => {
          ws.once('open', () => resolve());
          ws.once('error', reject);
        });
        for (const message of [stream.pingMessage, stream.statusMessage]) if (message) ws.send(JSON.stringify({ type: message }));
        ws.send('not json');
        await new Promise((resolve) => setTimeout(resolve, 100));
        ws.close(1000);
        const expected = stream.serverMessages.filter((m) => m.type !== 'error' && m.type !== 'pong' && m.example !== undefined).length;
        expect(frames.length, stream.name).toBeGreaterThanOrEqual(expected);
        for (const frame of frames) {
          const message = stream.serverMessages.find((m) => m.type === frame['type']);
          expect(message, `${stream.name}: ${JSON.stringify(frame)}`).toBeDefined();
          const validate = ajv.compile({ $ref: `mock-model#${String((message?.schema as { $ref?: string } | undefined)?.$ref ?? '').slice(1)}` });
          expect(validate(frame), `${stream.name} ${String(frame['type'])}: ${JSON.stringify(validate.errors)}`).toBe(true);
        }
      }
      expect(problems).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('answers Prefer: code= and example= from the spec (202 recording processing, 429, a named example)', async () => {
    const model = await loadModel(modelPath);
    const server = createMockServer(model);
    const { url } = await server.listen(0);
    const headers = { Authorization: 'Bearer test' };
    try {
      const play = model.operations.find((op) => op.operationId === 'playCallRecording');
      expect(play).toBeDefined();
      const path = (play?.path ?? '').replace(/\{[^}]+\}/g, '42');
      const processing = await fetch(url + path, { headers: { ...headers, Prefer: 'code=202' } });
      expect(processing.status).toBe(202);
      expect(processing.headers.get('retry-after')).toBe('10');
      expect(await processing.json()).toMatchObject({ status: 'processing' });
      const topup = model.operations.find((op) => op.operationId === 'createWalletTopup');
      const post = (prefer: string) =>
        fetch(url + (topup?.path ?? ''), { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json', Prefer: prefer }, body: JSON.stringify({ amount_cents: 2000 }) });
      const limited = await post('code=429');
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('10');
      await limited.arrayBuffer();
      const refused = await post('example=refused');
      expect(refused.status).toBe(200);
      expect(await refused.json()).toMatchObject({ success: false, error: expect.any(String) });
    } finally {
      await server.close();
    }
  });
});

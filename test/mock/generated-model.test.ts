/**
 * Smoke test of this runtime (templates/mock/runtime) against the generator's real output, when it exists:
 * every operation answers without a server fault and every schema compiles.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
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
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

// The file layout of spec/README.md ("Layout"): one file per path, one file per component, all
// reachable from spec/openapi.yaml under their own names.
const spec = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../spec');
const root = parse(readFileSync(path.join(spec, 'openapi.yaml'), 'utf8')) as {
  paths: Record<string, { $ref?: string }>;
  components: Record<string, Record<string, { $ref?: string }>>;
};
const yamlFiles = (dir: string) =>
  readdirSync(path.join(spec, dir))
    .filter((file) => file.endsWith('.yaml'))
    .sort();

describe('spec layout', () => {
  it('maps every path to paths/<path without leading slash, / as _>.yaml and nothing else', () => {
    const refs = Object.entries(root.paths).map(([route, item]) => [route, item.$ref]);
    expect(refs).toEqual(
      Object.keys(root.paths).map((route) => [route, `paths/${route.slice(1).replaceAll('/', '_')}.yaml`]),
    );
    expect(refs.map(([, ref]) => ref?.slice('paths/'.length)).sort()).toEqual(yamlFiles('paths'));
  });

  it.each(['schemas', 'parameters', 'responses', 'headers'])(
    'registers every components/%s file under its own name in the root',
    (kind) => {
      const registered = Object.entries(root.components[kind] ?? {}).map(([name, value]) => [name, value.$ref]);
      const files = yamlFiles(`components/${kind}`).map((file) => {
        const name = file.slice(0, -'.yaml'.length);
        return [name, `components/${kind}/${file}`];
      });
      expect(registered.sort()).toEqual(files);
    },
  );
});

/**
 * Watch mode's incremental bundle (generator/rebundle.ts): a patched bundle must equal a full bundle of the same
 * files, byte for byte as openapi.json would print it, and every change it cannot make exactly must be declined.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load.js';
import { Rebundler } from '../../generator/rebundle.js';
import { parseYamlLikeRedocly, SpecResolver } from '../../generator/resolver.js';

const ROOT = join(dirname(new URL(import.meta.url).pathname), '../..');
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'burki-rebundle-'));
  dirs.push(dir);
  return dir;
}

/** A spec whose files are given as values (written as JSON, which YAML reads), and a watcher's bundler on it. */
async function watched(root: string) {
  const parsed = new Map<string, { readonly body: string; readonly value: unknown }>();
  const rebundler = new Rebundler();
  // The bundle alone: the checks (lint) would refuse some edits, and the patch is compared whatever they say.
  const bundle = async (resolver = new SpecResolver(parsed)) => (await loadSpec(root, resolver, { check: async () => undefined })).document;
  /** A full bundle, remembered (as the watcher does after a patch is declined). */
  const full = async () => {
    const resolver = new SpecResolver(parsed);
    const document = await bundle(resolver);
    await rebundler.remember(root, document, resolver, parsed);
    return document;
  };
  await full();
  return { rebundler, full, bundle };
}

function writeFiles(dir: string, files: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  }
}

function readValue(file: string): unknown {
  const parsed = parseYamlLikeRedocly(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.value;
}

function specFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name) && statSync(join(dir, name)).isFile())
    .sort();
}

/** The paths of the scalar values of a file, outside keys the bundler rewrites. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return path.length > 0 ? [path] : [];
  if (!Array.isArray(value) && ('$ref' in value || 'mapping' in value)) return [];
  return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, Array.isArray(value) ? Number(key) : key]));
}

function edit(value: unknown, path: readonly (string | number)[], change: (old: unknown) => unknown): unknown {
  if (path.length === 0) return change(value);
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[path[0]!] = edit(copy[path[0]!], path.slice(1), change);
  return copy;
}

const changed = (old: unknown): unknown =>
  typeof old === 'string' ? `${old} (edited)` : typeof old === 'number' ? old + 1 : typeof old === 'boolean' ? !old : 'now a string';

/**
 * Three edits of each of `names` (files under `dir`) around the value at each of `at` (a fraction of its values):
 * the value, the object holding it gains a key, the first object on its path loses its first key. Patches follow
 * patches, as saves do; each is compared with a full bundle, and a declined one is followed by a full bundle, as the
 * watcher does. Returns how many were patched and declined.
 */
async function sweep(dir: string, root: string, names: readonly string[], at: readonly number[] = [0.5]): Promise<{ patched: number; declined: number }> {
  const { rebundler, full, bundle } = await watched(root);
  let patched = 0;
  let declined = 0;
  for (const [name, position] of names.flatMap((name) => at.map((position) => [name, position] as const))) {
    const file = join(dir, name);
    const paths = leaves(readValue(file));
    if (paths.length === 0) continue;
    const path = paths[Math.floor(paths.length * position)]!;
    const edits = [
      (value: unknown) => edit(value, path, changed),
      (value: unknown) => edit(value, path.slice(0, -1), (object) => (Array.isArray(object) ? [...object, 'added'] : { ...(object as object), 'x-edited': true })),
      (value: unknown) => edit(value, path.slice(0, 1), (object) => (Array.isArray(object) || typeof object !== 'object' || object === null ? object : Object.fromEntries(Object.entries(object).slice(1)))),
    ];
    for (const apply of edits) {
      const text = JSON.stringify(apply(readValue(file)), null, 2);
      if (text === readFileSync(file, 'utf8')) continue;
      writeFileSync(file, text);
      const patch = rebundler.patch();
      // An edit may break the spec (a key some $ref needs removed): the watcher then reports it, and writes nothing.
      if (!patch) {
        declined++;
        await full().catch(() => undefined);
        continue;
      }
      const expected = await bundle().catch(() => undefined);
      if (expected === undefined) continue;
      patched++;
      // The file changed, unless earlier edits left it out of the bundle.
      expect([[file], []], name).toContainEqual(patch.changed);
      expect(JSON.stringify(patch.document, null, 2), `${name} at ${path.join('/')}`).toBe(JSON.stringify(expected, null, 2));
    }
  }
  return { patched, declined };
}

describe('Rebundler on a copy of spec/', () => {
  it('patches value edits across the spec’s files, each equal to a full bundle', async () => {
    const dir = scratch();
    cpSync(join(ROOT, 'spec'), join(dir, 'spec'), { recursive: true });
    const files = specFiles(join(dir, 'spec'));
    // Some sixteen files spread over paths/, components/ and the root.
    const sample = files.filter((_name, index) => index % Math.ceil(files.length / 16) === 0 || files[index] === 'openapi.yaml');
    const { patched, declined } = await sweep(join(dir, 'spec'), join(dir, 'spec/openapi.yaml'), sample);
    // Most of them are patched (the test would prove nothing otherwise); the rest bundle in full.
    expect(patched).toBeGreaterThan(declined);
  }, 120_000);

  it('patches the fixture specs (one file each, hostile keys included) as a full load reads them', async () => {
    const dir = scratch();
    const fixtures = readdirSync(join(ROOT, 'test/fixtures/specs')).filter((name) => name.endsWith('.yaml'));
    let patched = 0;
    for (const name of fixtures) {
      cpSync(join(ROOT, 'test/fixtures/specs', name), join(dir, name));
      patched += (await sweep(dir, join(dir, name), [name], [0.2, 0.5, 0.8])).patched;
    }
    expect(patched).toBeGreaterThan(3 * fixtures.length);
  });

  it('declines a changed $ref, a file that no longer parses or exists, and then patches again after a full bundle', async () => {
    const dir = scratch();
    cpSync(join(ROOT, 'spec'), join(dir, 'spec'), { recursive: true });
    const root = join(dir, 'spec/openapi.yaml');
    const { rebundler, full } = await watched(root);
    const text = readFileSync(root, 'utf8');
    const [ref, target] = /\$ref: \S*components\/schemas\/(\w+)\.yaml/.exec(text)!;
    const other = readdirSync(join(dir, 'spec/components/schemas')).find((file) => file !== `${target}.yaml`)!;
    writeFileSync(root, text.replace(ref, ref.replace(`${target}.yaml`, other)));
    expect(readFileSync(root, 'utf8')).not.toBe(text);
    expect(rebundler.patch()).toBeUndefined();
    writeFileSync(root, text);
    expect(rebundler.patch()?.changed).toEqual([]);

    const schema = join(dir, 'spec/components/schemas', other);
    const schemaText = readFileSync(schema, 'utf8');
    writeFileSync(schema, `${schemaText}\n  : [unclosed`);
    expect(rebundler.patch()).toBeUndefined();
    rmSync(schema);
    expect(rebundler.patch()).toBeUndefined();

    writeFileSync(schema, schemaText);
    rebundler.forget();
    expect(rebundler.patch()).toBeUndefined();
    await full();
    writeFileSync(schema, JSON.stringify(edit(readValue(schema), leaves(readValue(schema))[0]!, changed)));
    const patch = rebundler.patch();
    expect(patch?.changed).toEqual([schema]);
    expect(JSON.stringify(patch!.document)).toBe(JSON.stringify(await full()));
  }, 60_000);
});

describe('Rebundler on a spec of every kind of reference', () => {
  it('patches or declines each edit, and every patch equals a full bundle', async () => {
    const dir = scratch();
    writeFiles(dir, {
      'openapi.yaml': {
        openapi: '3.1.0',
        info: { title: 'Kinds', version: '1', description: 'Every way a file reaches the bundle.' },
        paths: { '/pets': { $ref: 'paths/pets.yaml' }, '/pets/{id}': { $ref: 'paths/pet.yaml' } },
        components: {
          schemas: { Pet: { $ref: 'schemas/Pet.yaml' }, Local: { type: 'object', description: 'Defined in the root.', properties: { id: { type: 'integer' } } } },
          parameters: { Id: { $ref: 'parameters.yaml#/Id' } },
        },
      },
      'paths/pets.yaml': {
        summary: 'Pets',
        get: {
          operationId: 'listPets',
          description: 'All of them.',
          responses: {
            '200': {
              description: 'OK',
              content: { 'application/json': { schema: { type: 'array', items: { $ref: '../schemas/Pet.yaml', description: 'A sibling of $ref.' } }, examples: { many: { $ref: '../examples.yaml#/many' } } } },
            },
          },
        },
      },
      'paths/pet.yaml': {
        parameters: [{ $ref: '../parameters.yaml#/Id' }],
        get: { operationId: 'getPet', tags: ['pets'], responses: { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: '../schemas/Animal.yaml' } } } } } },
      },
      'parameters.yaml': { Id: { name: 'id', in: 'path', required: true, description: 'The id.', schema: { type: 'integer', minimum: 1 } } },
      'examples.yaml': { many: { summary: 'Two pets', value: [{ name: 'Rex', kind: 'dog' }, { name: 'Tom', kind: 'cat' }] } },
      'schemas/Pet.yaml': { type: 'object', required: ['name'], properties: { name: { type: 'string', description: 'Its name.' }, kind: { type: 'string', enum: ['dog', 'cat'] }, owner: { $ref: '../openapi.yaml#/components/schemas/Local' } } },
      'schemas/Animal.yaml': {
        oneOf: [{ $ref: 'Dog.yaml' }, { $ref: 'Cat.yaml' }],
        discriminator: { propertyName: 'kind', mapping: { dog: 'Dog.yaml', cat: 'Cat.yaml' } },
        description: 'A dog or a cat.',
      },
      'schemas/Dog.yaml': { type: 'object', properties: { kind: { const: 'dog' }, barks: { type: 'boolean', default: true } } },
      'schemas/Cat.yaml': { type: 'object', properties: { kind: { const: 'cat' }, lives: { type: 'integer', maximum: 9 } } },
    });
    const names = ['openapi.yaml', 'paths/pets.yaml', 'paths/pet.yaml', 'parameters.yaml', 'examples.yaml', 'schemas/Pet.yaml', 'schemas/Animal.yaml', 'schemas/Dog.yaml', 'schemas/Cat.yaml'];
    const { patched } = await sweep(dir, join(dir, 'openapi.yaml'), names, [0, 0.25, 0.5, 0.75, 0.99]);
    expect(patched).toBeGreaterThan(names.length);
  });
});

describe('Rebundler on small specs', () => {
  const operation = (summary: string) => ({ operationId: `get${summary}`, summary, responses: { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: '../schemas/Pet.yaml' } } } } } });
  const files = (pet2: string) => ({
    'openapi.yaml': { openapi: '3.1.0', info: { title: 'T', version: '1' }, paths: { '/a': { $ref: 'paths/a.yaml' }, '/b': { $ref: 'paths/b.yaml' } } },
    'paths/a.yaml': { summary: 'Path a', get: operation('A') },
    'paths/b.yaml': { get: { ...operation('B'), responses: { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: pet2 } } } } } } },
    'schemas/Pet.yaml': { type: 'object', description: 'A pet.', properties: { name: { type: 'string' } } },
    'other/Pet.yaml': { type: 'object', description: 'Another pet.', properties: { id: { type: 'integer' } } },
  });

  it('patches an operation of a path file but not a key of the path item itself (the bundler copies path items)', async () => {
    const dir = scratch();
    writeFiles(dir, files('../schemas/Pet.yaml'));
    const { rebundler, full } = await watched(join(dir, 'openapi.yaml'));
    writeFiles(dir, { 'paths/a.yaml': { summary: 'Path a', get: operation('A2') } });
    const patch = rebundler.patch();
    expect(patch && JSON.stringify(patch.document)).toBe(JSON.stringify(await full()));
    writeFiles(dir, { 'paths/a.yaml': { summary: 'Path a, edited', get: operation('A2') } });
    expect(rebundler.patch()).toBeUndefined();
  });

  it('declines every edit of a spec where two components have the same base name (the bundler names them by content)', async () => {
    const dir = scratch();
    writeFiles(dir, files('../other/Pet.yaml'));
    const { rebundler, full } = await watched(join(dir, 'openapi.yaml'));
    // The bundle names them Pet and Pet-2; were they equal, it would name both Pet.
    expect(Object.keys(((await full()) as { components: { schemas: object } }).components.schemas)).toEqual(['Pet', 'Pet-2']);
    writeFiles(dir, { 'other/Pet.yaml': { type: 'object', description: 'A pet.', properties: { name: { type: 'string' } } } });
    expect(rebundler.patch()).toBeUndefined();
    expect(Object.keys(((await full()) as { components: { schemas: object } }).components.schemas)).toEqual(['Pet']);
  });

  it('changes what a $ref points at in place (the bundle holds it twice), but never replaces it', async () => {
    const dir = scratch();
    writeFiles(dir, files('../schemas/Pet.yaml'));
    const pet = (name: unknown) => ({ 'schemas/Pet.yaml': { type: 'object', properties: { name, tag: { $ref: '#/properties/name' } } } });
    writeFiles(dir, pet({ type: 'string' }));
    const { rebundler, bundle } = await watched(join(dir, 'openapi.yaml'));
    // `properties/name` is also the component `name`: a key added to it shows in both places.
    writeFiles(dir, pet({ type: 'string', format: 'x' }));
    const patch = rebundler.patch();
    expect(patch && JSON.stringify(patch.document)).toBe(JSON.stringify(await bundle()));
    expect(JSON.stringify(patch!.document)).toContain('"name":{"type":"string","format":"x"}');
    writeFiles(dir, pet('no longer an object'));
    expect(rebundler.patch()).toBeUndefined();
  });
});

describe('Rebundler: keys added, removed and reordered', () => {
  const spec = (get: object, pet: object) => ({
    'openapi.yaml': { openapi: '3.1.0', info: { title: 'T', version: '1' }, paths: { '/a': { $ref: 'paths/a.yaml' } } },
    'paths/a.yaml': { get },
    'schemas/Pet.yaml': pet,
  });
  const get = { operationId: 'getA', responses: { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: '../schemas/Pet.yaml' } } } } } };
  const pet = { type: 'object', properties: { name: { type: 'string' } } };

  it('patches keys added to an object that holds $refs, and to a component, in place and in order', async () => {
    const dir = scratch();
    writeFiles(dir, spec(get, pet));
    const { rebundler, bundle } = await watched(join(dir, 'openapi.yaml'));
    writeFiles(dir, spec({ summary: 'First', ...get, deprecated: true }, { description: 'A pet.', ...pet, example: { name: 'Rex' } }));
    const patch = rebundler.patch();
    expect(patch?.changed.length).toBe(2);
    expect(JSON.stringify(patch!.document)).toBe(JSON.stringify(await bundle()));
    // And removed again (keys whose values hold no $ref).
    writeFiles(dir, spec(get, pet));
    const back = rebundler.patch();
    expect(back && JSON.stringify(back.document)).toBe(JSON.stringify(await bundle()));
  });

  it('declines removing a key whose value holds a $ref (its component may leave the bundle)', async () => {
    const dir = scratch();
    writeFiles(dir, spec(get, pet));
    const { rebundler } = await watched(join(dir, 'openapi.yaml'));
    writeFiles(dir, spec({ operationId: 'getA', responses: { '200': { description: 'OK' } } }, pet));
    expect(rebundler.patch()).toBeUndefined();
  });
});

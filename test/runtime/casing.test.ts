import { describe, expect, it } from 'vitest';
import { fromWire, toWire } from '../../templates/client/runtime/index.js';
import { sdkPath } from '../../templates/client/runtime/casing.js';
import type { ShapeRegistry } from '../../templates/client/runtime/operation.js';
import { shapes } from './helpers.js';

describe('casing', () => {
  const wire = {
    id: 1,
    name: 'Support',
    is_active: true,
    created_at: '2026-01-01T00:00:00Z',
    llm_settings: { system_prompt: 'Be kind', max_tokens: 100, extra_field: 1 },
    tts_settings: { voice_id: 'rachel', background_sound: null },
    metadata: { Some_Key: { nested_key: 1 }, another_key: [{ deep_key: true }] },
    custom_settings: { structured_data_schema: { chat_topic: 'string' } },
    api_keys: { openai_key: { key_prefix: 'sk-', raw_value: 'x' } },
    tools: [{ tool_type: 'endpoint', display_name: 'Lookup' }],
    undeclared_key: { inner_key: 1 },
  };
  const sdk = {
    id: 1,
    name: 'Support',
    isActive: true,
    createdAt: '2026-01-01T00:00:00Z',
    llmSettings: { systemPrompt: 'Be kind', maxTokens: 100, extra_field: 1 },
    ttsSettings: { voiceId: 'rachel', backgroundSound: null },
    metadata: { Some_Key: { nested_key: 1 }, another_key: [{ deep_key: true }] },
    customSettings: { structured_data_schema: { chat_topic: 'string' } },
    apiKeys: { openai_key: { keyPrefix: 'sk-', raw_value: 'x' } },
    tools: [{ toolType: 'endpoint', displayName: 'Lookup' }],
    undeclared_key: { inner_key: 1 },
  };

  it('renames declared properties wire → camel, recursively through names, arrays and additional', () => {
    expect(fromWire(wire, 'Assistant', shapes)).toEqual(sdk);
  });

  it('renames camel → wire and round-trips', () => {
    expect(toWire(sdk, 'Assistant', shapes)).toEqual(wire);
    expect(toWire(fromWire(wire, 'Assistant', shapes), 'Assistant', shapes)).toEqual(wire);
  });

  it('passes free-form maps through untouched (same reference)', () => {
    const out = fromWire(wire, 'Assistant', shapes) as typeof sdk;
    expect(out.metadata).toBe(wire.metadata);
    expect(Object.keys(out.metadata)).toEqual(['Some_Key', 'another_key']);
  });

  it('maps arrays of named shapes', () => {
    expect(fromWire([wire, wire], 'AssistantList', shapes)).toEqual([sdk, sdk]);
  });

  it('leaves dates as strings and non-plain objects alone', () => {
    const date = new Date('2026-01-01T00:00:00Z');
    const blob = new Blob(['x']);
    const out = toWire({ createdAt: date, name: blob }, 'Assistant', shapes) as Record<string, unknown>;
    expect(out['created_at']).toBe(date);
    expect(out['name']).toBe(blob);
    expect(
      (fromWire({ created_at: '2026-01-01T00:00:00Z' }, 'Assistant', shapes) as { createdAt: unknown })
        .createdAt,
    ).toBe('2026-01-01T00:00:00Z');
  });

  it('passes values through when there is no shape, an unknown name, or a scalar', () => {
    const value = { some_key: 1 };
    expect(fromWire(value, undefined, shapes)).toBe(value);
    expect(fromWire(value, 'Missing', shapes)).toBe(value);
    expect(fromWire(null, 'Assistant', shapes)).toBeNull();
    expect(fromWire('text', 'Assistant', shapes)).toBe('text');
  });

  it('never lets __proto__, constructor or prototype keys touch prototypes', () => {
    const parsed = JSON.parse(
      '{"metadata":{"__proto__":{"polluted":true}},"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"is_active":true}',
    ) as unknown;
    const out = fromWire(parsed, 'Assistant', shapes) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((out as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(out, '__proto__')).toBe(true);
    expect(Object.keys(out)).toEqual(['metadata', '__proto__', 'constructor', 'isActive']);
    expect(JSON.stringify(out)).toBe(
      '{"metadata":{"__proto__":{"polluted":true}},"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"isActive":true}',
    );

    // A shape that declares such keys, and `additional` maps with them.
    const registry: ShapeRegistry = {
      Weird: {
        // Generated shapes must use computed keys: a literal `__proto__:` would set the prototype instead.
        properties: {
          ['__proto__']: ['proto', { properties: { a_b: ['aB'] } }] as const,
          constructor: ['ctor'] as const,
        },
        additional: { properties: { x_y: ['xY'] } },
      },
    };
    const weird = JSON.parse('{"__proto__":{"a_b":1},"constructor":2,"prototype":{"x_y":3}}') as unknown;
    const mapped = fromWire(weird, 'Weird', registry) as Record<string, unknown>;
    expect(mapped).toEqual({ proto: { aB: 1 }, ctor: 2, prototype: { xY: 3 } });
    expect(Object.getPrototypeOf(mapped)).toBe(Object.prototype);
    const back = toWire({ proto: { aB: 1 }, ['__proto__']: { evil: true } }, 'Weird', registry) as Record<
      string,
      unknown
    >;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.keys(back)).toEqual(['__proto__']);
  });

  it('merges anyOf members, first declaration wins, including nullable wrappers', () => {
    const registry: ShapeRegistry = {
      Cat: { properties: { meow_volume: ['meowVolume'], pet_name: ['petName'] } },
      Dog: { properties: { bark_volume: ['barkVolume'], pet_name: ['dogName'] } },
      Pet: { anyOf: ['Cat', 'Dog'] },
      MaybeList: { anyOf: [{ items: 'Pet' }, {}] },
    };
    expect(fromWire({ meow_volume: 1, bark_volume: 2, pet_name: 'x' }, 'Pet', registry)).toEqual({
      meowVolume: 1,
      barkVolume: 2,
      petName: 'x',
    });
    expect(fromWire([{ bark_volume: 2 }], 'MaybeList', registry)).toEqual([{ barkVolume: 2 }]);
    expect(toWire({ petName: 'x' }, 'Pet', registry)).toEqual({ pet_name: 'x' });
    expect(toWire({ dogName: 'y' }, 'Pet', registry)).toEqual({ pet_name: 'y' });
  });

  it('handles recursive shapes and cyclic aliases without looping', () => {
    const registry: ShapeRegistry = {
      Node: { properties: { child_nodes: ['childNodes', { items: 'Node' }], node_name: ['nodeName'] } },
      A: 'B',
      B: 'A',
      SelfUnion: { anyOf: ['SelfUnion', { properties: { x_y: ['xY'] } }] },
      Left: { anyOf: ['Right', { properties: { left_key: ['leftKey'] } }] },
      Right: { anyOf: ['Left', { properties: { right_key: ['rightKey'] } }] },
    };
    const tree = {
      node_name: 'root',
      child_nodes: [{ node_name: 'a', child_nodes: [{ node_name: 'b', child_nodes: [] }] }],
    };
    expect(fromWire(tree, 'Node', registry)).toEqual({
      nodeName: 'root',
      childNodes: [{ nodeName: 'a', childNodes: [{ nodeName: 'b', childNodes: [] }] }],
    });
    expect(fromWire({ a_b: 1 }, 'A', registry)).toEqual({ a_b: 1 });
    expect(fromWire({ x_y: 1 }, 'SelfUnion', registry)).toEqual({ xY: 1 });
    expect(fromWire({ left_key: 1, right_key: 2 }, 'Left', registry)).toEqual({ leftKey: 1, rightKey: 2 });
    expect(fromWire({ left_key: 1, right_key: 2 }, 'Right', registry)).toEqual({ leftKey: 1, rightKey: 2 });
  });

  it('translates dotted wire paths to SDK paths', () => {
    const registry: ShapeRegistry = {
      CampaignPage: {
        properties: {
          campaigns: ['campaigns'],
          pagination: ['pagination', { properties: { has_next: ['hasNext'] } }],
        },
      },
    };
    expect(sdkPath('CampaignPage', ['pagination', 'has_next'], registry)).toEqual(['pagination', 'hasNext']);
    expect(sdkPath(undefined, ['some_items'], registry)).toEqual(['some_items']);
  });
});

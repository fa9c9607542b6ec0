import { describe, expect, it } from 'vitest';
import { camelKey, fromWire, toWire, wireKey } from '../../templates/client/runtime/index.js';
import { sdkPath } from '../../templates/client/runtime/casing.js';
import type { Shape } from '../../templates/client/runtime/operation.js';
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
    // Every key of a shaped object follows the default rule, declared or not.
    llmSettings: { systemPrompt: 'Be kind', maxTokens: 100, extraField: 1 },
    ttsSettings: { voiceId: 'rachel', backgroundSound: null },
    // No shape: free-form, keys untouched at every depth.
    metadata: { Some_Key: { nested_key: 1 }, another_key: [{ deep_key: true }] },
    customSettings: { structured_data_schema: { chat_topic: 'string' } },
    // A `keep` map: user keys untouched, values mapped with `values`.
    apiKeys: { openai_key: { keyPrefix: 'sk-', rawValue: 'x' } },
    tools: [{ toolType: 'endpoint', displayName: 'Lookup' }],
    // An undeclared key is renamed, and so is what is inside it: the default rule all the way down.
    undeclaredKey: { innerKey: 1 },
  };

  it('renames every key wire → camel by the default rule, recursively through props, arrays and keep maps', () => {
    expect(fromWire(wire, shapes.Assistant)).toEqual(sdk);
  });

  it('renames camel → wire and round-trips', () => {
    expect(toWire(sdk, shapes.Assistant)).toEqual(wire);
    expect(toWire(fromWire(wire, shapes.Assistant), shapes.Assistant)).toEqual(wire);
  });

  it('passes free-form maps through untouched (same reference)', () => {
    const out = fromWire(wire, shapes.Assistant) as typeof sdk;
    expect(out.metadata).toBe(wire.metadata);
    expect(Object.keys(out.metadata)).toEqual(['Some_Key', 'another_key']);
    expect(out.customSettings).toBe(wire.custom_settings);
    const back = toWire(sdk, shapes.Assistant) as typeof wire;
    expect(back.metadata).toBe(sdk.metadata);
  });

  it('maps arrays of shapes', () => {
    expect(fromWire([wire, wire], shapes.AssistantList)).toEqual([sdk, sdk]);
    expect(toWire([sdk], shapes.AssistantList)).toEqual([wire]);
  });

  it('leaves dates as strings and non-plain objects alone', () => {
    const date = new Date('2026-01-01T00:00:00Z');
    const blob = new Blob(['x']);
    const out = toWire({ createdAt: date, name: blob }, shapes.Assistant) as Record<string, unknown>;
    expect(out['created_at']).toBe(date);
    expect(out['name']).toBe(blob);
    expect(
      (fromWire({ created_at: '2026-01-01T00:00:00Z' }, shapes.Assistant) as { createdAt: unknown }).createdAt,
    ).toBe('2026-01-01T00:00:00Z');
  });

  it('passes values through when there is no shape, a shape that does not apply, or a scalar', () => {
    const value = { some_key: 1 };
    expect(fromWire(value, undefined)).toBe(value);
    expect(toWire(value, undefined)).toBe(value);
    // A free-form value (`null`), whatever it holds.
    const list = [value];
    expect(fromWire(value, null)).toBe(value);
    expect(fromWire(list, null)).toBe(list);
    expect(toWire({ someKey: 1 }, null)).toEqual({ someKey: 1 });
    // An array against an object shape without `items` is mapped item by item, as a property's array is.
    expect(fromWire(list, shapes.Assistant)).toEqual([{ someKey: 1 }]);
    expect(fromWire(null, shapes.Assistant)).toBeNull();
    expect(fromWire('text', shapes.Assistant)).toBe('text');
    expect(toWire(42, shapes.Assistant)).toBe(42);
  });

  it('never lets __proto__, constructor or prototype keys touch prototypes', () => {
    const json =
      '{"metadata":{"__proto__":{"polluted":true}},"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"is_active":true}';
    const parsed = JSON.parse(json) as unknown;
    const out = fromWire(parsed, shapes.Assistant) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((out as { polluted?: unknown }).polluted).toBeUndefined();
    // An undeclared `__proto__` follows the default rule like any key (`_p` → `P`); free-form values keep it.
    expect(Object.keys(out)).toEqual(['metadata', '_Proto__', 'constructor', 'isActive']);
    expect(JSON.stringify(out)).toBe(
      '{"metadata":{"__proto__":{"polluted":true}},"_Proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"isActive":true}',
    );
    const metadata = out['metadata'] as Record<string, unknown>;
    expect(Object.prototype.hasOwnProperty.call(metadata, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(metadata)).toBe(Object.prototype);
    // Back to the wire: `__proto__` is an ordinary own property again, never the prototype.
    const back = toWire(out, shapes.Assistant) as Record<string, unknown>;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(back, '__proto__')).toBe(true);
    expect(JSON.stringify(back)).toBe(json);
    const own = toWire(JSON.parse('{"__proto__":{"polluted":true},"isActive":false}'), shapes.Assistant) as Record<
      string,
      unknown
    >;
    expect(Object.getPrototypeOf(own)).toBe(Object.prototype);
    expect(Object.keys(own)).toEqual(['__proto__', 'is_active']);
    expect((own as { polluted?: unknown }).polluted).toBeUndefined();

    // A shape that declares such keys, and a `keep` map with them.
    const Weird: Shape = {
      // Generated shapes must use computed keys: a literal `__proto__:` would set the prototype instead.
      names: { ['__proto__']: 'proto', constructor: 'ctor' },
      props: { ['__proto__']: {} },
      keep: true,
      values: {},
    };
    const weird = JSON.parse('{"__proto__":{"a_b":1},"constructor":2,"prototype":{"x_y":3}}') as unknown;
    const mapped = fromWire(weird, Weird) as Record<string, unknown>;
    expect(mapped).toEqual({ proto: { aB: 1 }, ctor: 2, prototype: { xY: 3 } });
    expect(Object.getPrototypeOf(mapped)).toBe(Object.prototype);
    expect(toWire(mapped, Weird)).toEqual(JSON.parse('{"__proto__":{"a_b":1},"constructor":2,"prototype":{"x_y":3}}'));
    const backWeird = toWire({ proto: { aB: 1 }, ['__proto__']: { evil: true } }, Weird) as Record<string, unknown>;
    expect(Object.getPrototypeOf(backWeird)).toBe(Object.prototype);
    expect(Object.keys(backWeird)).toEqual(['__proto__']);
    expect(JSON.stringify(backWeird)).toBe('{"__proto__":{"evil":true}}');
  });

  it('a union is one merged shape (the generator merges its members): names, props, items and keep together', () => {
    const Toy: Shape = { names: { toy_id: 'toyKey' } };
    const Pet: Shape = { names: { pet_name: 'catName', bark_db: 'barkDecibels' }, props: { favourite_toy: Toy } };
    const PetOrPets: Shape = { ...Pet, items: Pet };
    expect(fromWire({ meow_volume: 1, bark_db: 2, pet_name: 'x', favourite_toy: { toy_id: 3 } }, PetOrPets)).toEqual({
      meowVolume: 1,
      barkDecibels: 2,
      catName: 'x',
      favouriteToy: { toyKey: 3 },
    });
    expect(fromWire([{ bark_db: 2 }], PetOrPets)).toEqual([{ barkDecibels: 2 }]);
    expect(toWire({ catName: 'x', favouriteToy: { toyKey: 3 } }, PetOrPets)).toEqual({ pet_name: 'x', favourite_toy: { toy_id: 3 } });
  });

  it('arrays: items of `items`, else `{}`; a map keeps its arrays, and objects, as they are', () => {
    const value = { some_key: { inner_key: 1 } };
    expect(fromWire(value, { items: {} })).toEqual({ someKey: { innerKey: 1 } });
    expect(fromWire([{ some_key: [{ inner_key: 1 }] }], {})).toEqual([{ someKey: [{ innerKey: 1 }] }]);
    expect(fromWire([{ some_key: 1 }], { items: { names: { some_key: 'mine' } } })).toEqual([{ mine: 1 }]);
    // A free-form object beside arrays in a union: `keep` without `values`.
    const listOrMap: Shape = { items: { names: { some_key: 'mine' } }, keep: true };
    expect(fromWire(value, listOrMap)).toEqual(value);
    expect(fromWire([{ some_key: 1 }], listOrMap)).toEqual([{ mine: 1 }]);
    const list = [{ some_key: 1 }];
    expect(fromWire(list, { keep: true })).toBe(list);
  });

  it('handles recursive shapes without looping', () => {
    const Node: Shape = { props: { child_nodes: { items: () => Node } } };
    const tree = {
      node_name: 'root',
      child_nodes: [{ node_name: 'a', child_nodes: [{ node_name: 'b', child_nodes: [] }] }],
    };
    expect(fromWire(tree, Node)).toEqual({
      nodeName: 'root',
      childNodes: [{ nodeName: 'a', childNodes: [{ nodeName: 'b', childNodes: [] }] }],
    });
    expect(toWire(fromWire(tree, () => Node), Node)).toEqual(tree);
  });

  it('translates dotted wire paths to SDK paths', () => {
    const CampaignPage: Shape = {
      props: { page_info_2: { names: { has_next_2: 'hasNext2' } }, by_user: { keep: true, values: {} }, raw_info: null },
    };
    expect(sdkPath(CampaignPage, ['pagination', 'has_next'])).toEqual(['pagination', 'hasNext']);
    expect(sdkPath(CampaignPage, ['page_info_2', 'has_next_2'])).toEqual(['pageInfo2', 'hasNext2']);
    expect(sdkPath(CampaignPage, ['by_user', 'user_key', 'total_count'])).toEqual(['byUser', 'user_key', 'totalCount']);
    // Segments below a property the shape does not list follow the default rule; below a free-form value they are kept.
    expect(sdkPath(CampaignPage, ['extra_info', 'some_items', 0, 'item_id'])).toEqual(['extraInfo', 'someItems', 0, 'itemId']);
    expect(sdkPath(CampaignPage, ['raw_info', 'some_items'])).toEqual(['rawInfo', 'some_items']);
    expect(sdkPath(() => CampaignPage, ['pagination', 'has_next'])).toEqual(['pagination', 'hasNext']);
    expect(sdkPath(undefined, ['some_items'])).toEqual(['some_items']);
  });
});

describe('default rule and its exceptions', () => {
  it('camelKey and wireKey', () => {
    expect(camelKey('call_sid')).toBe('callSid');
    expect(camelKey('voice_id_2')).toBe('voiceId2');
    expect(camelKey('max_tokens')).toBe('maxTokens');
    expect(camelKey('already')).toBe('already');
    expect(camelKey('callSid')).toBe('callSid');
    // Only `_` + lower-case letter or digit is rewritten.
    expect(camelKey('Some_Key')).toBe('Some_Key');
    expect(camelKey('trailing_')).toBe('trailing_');
    expect(wireKey('callSid')).toBe('call_sid');
    expect(wireKey('maxTokens')).toBe('max_tokens');
    expect(wireKey('voiceId2')).toBe('voice_id2');
    expect(wireKey('plain')).toBe('plain');
    expect(wireKey('URL')).toBe('_u_r_l');
    // Where the rule does not round-trip, a shape needs a `names` exception.
    expect(wireKey(camelKey('voice_id_2'))).toBe('voice_id2');
    expect(camelKey(wireKey('callSid'))).toBe('callSid');
  });

  it('renames undeclared keys of a shaped object both ways', () => {
    const Call: Shape = { props: { known_key: {} } };
    const fromServer = { known_key: { a_b: 1 }, extra_key: { c_d: [{ e_f: 2 }] }, plain: 3 };
    const mapped = fromWire(fromServer, Call);
    // What is inside an undeclared key is renamed as a declared one would be: the default rule all the way down.
    expect(mapped).toEqual({ knownKey: { aB: 1 }, extraKey: { cD: [{ eF: 2 }] }, plain: 3 });
    expect(toWire(mapped, Call)).toEqual(fromServer);
    expect(toWire({ someKey: { innerKey: 1 }, knownKey: { aB: 1 } }, Call)).toEqual({
      some_key: { inner_key: 1 },
      known_key: { a_b: 1 },
    });
    // An empty shape renames every key too.
    expect(fromWire({ call_sid: 'CA1' }, {})).toEqual({ callSid: 'CA1' });
    expect(toWire({ callSid: 'CA1' }, {})).toEqual({ call_sid: 'CA1' });
  });

  it('names exceptions win both ways', () => {
    const Webhook: Shape = { names: { callSid: 'callSid', voice_id_2: 'voiceId2' }, props: { voice_id_2: {} } };
    const fromServer = { callSid: 'CA1', voice_id_2: { model_name: 'm' }, call_status: 'ringing' };
    const mapped = fromWire(fromServer, Webhook);
    expect(mapped).toEqual({ callSid: 'CA1', voiceId2: { modelName: 'm' }, callStatus: 'ringing' });
    expect(toWire(mapped, Webhook)).toEqual(fromServer);
    // Without the exceptions the default rule would get both wrong on the way back.
    expect(toWire({ callSid: 'CA1', voiceId2: 1 }, {})).toEqual({ call_sid: 'CA1', voice_id2: 1 });
    expect(toWire({ callSid: 'CA1', voiceId2: 1 }, Webhook)).toEqual({ callSid: 'CA1', voice_id_2: 1 });
  });

  it('keep maps keep user keys (even __proto__ and constructor) and map values with `values`', () => {
    const Usage: Shape = { names: { key_prefix_2: 'keyPrefix2' } };
    const UsageMap: Shape = { keep: true, values: Usage };
    const json = '{"Some_Key":{"total_calls":1},"__proto__":{"key_prefix_2":"sk"},"constructor":{"total_calls":2},"user_id":null}';
    const mapped = fromWire(JSON.parse(json), UsageMap) as Record<string, unknown>;
    expect(Object.getPrototypeOf(mapped)).toBe(Object.prototype);
    expect(Object.keys(mapped)).toEqual(['Some_Key', '__proto__', 'constructor', 'user_id']);
    expect(Object.prototype.hasOwnProperty.call(mapped, '__proto__')).toBe(true);
    expect(JSON.stringify(mapped)).toBe(
      '{"Some_Key":{"totalCalls":1},"__proto__":{"keyPrefix2":"sk"},"constructor":{"totalCalls":2},"user_id":null}',
    );
    const back = toWire(mapped, UsageMap) as Record<string, unknown>;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(JSON.stringify(back)).toBe(json);
    // SDK-side user keys are never renamed either.
    expect(toWire({ myKey: { totalCalls: 1 } }, UsageMap)).toEqual({ myKey: { total_calls: 1 } });

    // Declared keys beside user keys: those in `names` (all of them, in a map) are renamed, the rest are user data.
    const Stats: Shape = { keep: true, names: { total_count: 'totalCount', by_day: 'byDay' }, values: Usage };
    const stats = { total_count: 3, by_day: { call_count: 1 }, some_user_key: { key_prefix_2: 'x' } };
    const mappedStats = fromWire(stats, Stats);
    expect(mappedStats).toEqual({ totalCount: 3, byDay: { callCount: 1 }, some_user_key: { keyPrefix2: 'x' } });
    expect(toWire(mappedStats, Stats)).toEqual(stats);

    // Without `values`, the values of user keys pass through unchanged.
    const inner = { nested_key: 1 };
    const free = fromWire({ user_key: inner }, { keep: true }) as Record<string, unknown>;
    expect(free).toEqual({ user_key: { nested_key: 1 } });
    expect(free['user_key']).toBe(inner);
  });

  it('maps a 3-level tree through a recursive function ref', () => {
    const Node: Shape = { names: { node_id_2: 'nodeId2' }, props: { children: { items: () => Node }, free_data: null } };
    const tree = {
      node_id_2: 'root',
      display_name: 'Root',
      children: [
        {
          node_id_2: 'a',
          display_name: 'A',
          children: [{ node_id_2: 'a1', display_name: 'A1', children: [], free_data: { raw_key: 1 }, more_data: { raw_key: 2 } }],
        },
      ],
    };
    const sdkTree = {
      nodeId2: 'root',
      displayName: 'Root',
      children: [
        {
          nodeId2: 'a',
          displayName: 'A',
          children: [{ nodeId2: 'a1', displayName: 'A1', children: [], freeData: { raw_key: 1 }, moreData: { rawKey: 2 } }],
        },
      ],
    };
    expect(fromWire(tree, Node)).toEqual(sdkTree);
    expect(toWire(sdkTree, Node)).toEqual(tree);
    // The ref itself may be the top-level shape.
    expect(fromWire(tree, () => Node)).toEqual(sdkTree);
  });
});

describe('names and props are read as own keys only', () => {
  it('a key declared in names without a listed value shape maps its value by the default rule, whatever its name', () => {
    for (const key of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
      const names: Record<string, string> = {};
      Object.defineProperty(names, key, { value: 'renamed', enumerable: true, writable: true, configurable: true });
      const shape: Shape = { names, props: { other_key: null } };
      const wire: Record<string, unknown> = {};
      Object.defineProperty(wire, key, { value: { a_b: 1 }, enumerable: true, writable: true, configurable: true });
      expect(fromWire(wire, shape), key).toEqual({ renamed: { aB: 1 } });
      const back = toWire({ renamed: { aB: 1 } }, shape) as object;
      expect(Object.getOwnPropertyDescriptor(back, key)?.value, key).toEqual({ a_b: 1 });
      expect(Object.getPrototypeOf(back), key).toBe(Object.prototype);
    }
  });
});

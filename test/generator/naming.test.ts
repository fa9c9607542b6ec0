import { describe, expect, it } from 'vitest';
import {
  camelCase,
  methodIdentifier,
  objectLiteralKey,
  pascalCase,
  propertyKey,
  propertyName,
  propertyNames,
  TypeNamer,
  valueIdentifier,
} from '../../generator/ir/naming.js';

describe('propertyName: wire key → SDK key', () => {
  const cases: [string, string][] = [
    ['llm_settings', 'llmSettings'],
    ['voice_id', 'voiceId'],
    ['from_phone_number', 'fromPhoneNumber'],
    ['status-update', 'statusUpdate'],
    ['alreadyCamel', 'alreadyCamel'],
    ['__proto__', '__proto__'],
    ['_private', '_private'],
    ['trailing_', 'trailing_'],
    ['Phone Number', 'Phone Number'],
    ['a_1_b', 'a1B'],
  ];
  it.each(cases)('%s → %s', (wire, expected) => expect(propertyName(wire)).toBe(expected));

  it('keeps keys unique within one object: a colliding key falls back to its wire name', () => {
    expect(propertyNames(['foo_bar', 'fooBar'])).toEqual(['fooBar', 'fooBar_2']);
    expect(propertyNames(['fooBar', 'foo_bar'])).toEqual(['fooBar', 'foo_bar']);
  });
});

describe('identifiers', () => {
  it('cases words, drops diacritics and other non-ASCII', () => {
    expect(pascalCase('crème brûlée')).toBe('CremeBrulee');
    expect(camelCase('HTTPValidationError')).toBe('httpValidationError');
    expect(pascalCase('日本 api')).toBe('Api');
  });

  it('avoids reserved words and leading digits in value identifiers', () => {
    expect(valueIdentifier('default')).toBe('defaultValue');
    expect(valueIdentifier('class')).toBe('classValue');
    expect(valueIdentifier('123abc')).toBe('_123abc');
    expect(valueIdentifier('日本')).toBe('value');
    expect(valueIdentifier('assistant_id')).toBe('assistantId');
  });

  it('allows reserved words as method names but not constructor', () => {
    expect(methodIdentifier('delete')).toBe('delete');
    expect(methodIdentifier('constructor')).toBe('constructorMethod');
    expect(methodIdentifier('get-by-phone')).toBe('getByPhone');
  });

  it('allocates unique type names avoiding globals and reserved runtime names', () => {
    const namer = new TypeNamer(['APIError', 'BurkiClient']);
    expect(namer.allocate('assistant')).toBe('Assistant');
    expect(namer.allocate('Assistant')).toBe('Assistant2');
    expect(namer.allocate('APIError')).toBe('APIError2');
    expect(namer.allocate('Promise')).toBe('PromiseModel');
    expect(namer.allocate('string')).toBe('StringModel');
    expect(namer.allocate('HTTPValidationError')).toBe('HTTPValidationError');
    expect(namer.allocate('user-response')).toBe('UserResponse');
    expect(namer.allocate('Crème')).toBe('Creme');
    expect(namer.allocate('')).toBe('Schema');
  });

  it('quotes keys that are not identifiers and never writes a bare __proto__ key in a literal', () => {
    expect(propertyKey('voiceId')).toBe('voiceId');
    expect(propertyKey('Phone Number')).toBe('"Phone Number"');
    expect(propertyKey('a"b')).toBe('"a\\"b"');
    expect(objectLiteralKey('__proto__')).toBe('["__proto__"]');
    const evaluated = new Function(`return { ${objectLiteralKey('__proto__')}: 1 };`)() as object;
    expect(Object.getPrototypeOf(evaluated)).toBe(Object.prototype);
    expect(Object.keys(evaluated)).toEqual(['__proto__']);
  });
});

/**
 * FastAPI-shaped error bodies and the translation of ajv errors into pydantic-v2-like validation errors.
 *
 * HTTPException: `{"detail": "<text>"}`. Request validation (422):
 * `{"detail": [{"type": "missing", "loc": ["body", "name"], "msg": "Field required", "input": {...}}]}`.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';

export type Loc = readonly (string | number)[];

export interface ValidationIssue {
  readonly type: string;
  readonly loc: Loc;
  readonly msg: string;
  readonly input: unknown;
  readonly ctx?: Readonly<Record<string, unknown>>;
}

export interface HttpValidationError {
  readonly detail: readonly ValidationIssue[];
}

export function detail(message: string): { detail: string } {
  return { detail: message };
}

export const MESSAGES = {
  unauthenticated: 'Authentication required. Provide a valid API key or login session.',
  notFound: 'Not Found',
  methodNotAllowed: 'Method Not Allowed',
  tooLarge: 'Request body too large',
  internal: 'Internal Server Error',
  badRequest: 'Bad Request',
  badPath: 'Invalid percent-encoding in request path',
  badMultipart: 'There was an error parsing the body',
} as const;

/** Python `repr`-like rendering used in pydantic messages (`'a'`, `1`, `None`, `True`). */
export function pyRepr(value: unknown): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? String(value);
}

/** `'a', 'b' or 'c'` as pydantic lists expected values. */
export function expectedList(values: readonly unknown[]): string {
  const parts = values.map(pyRepr);
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1] ?? ''}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function firstType(type: unknown): string {
  if (Array.isArray(type)) {
    const nonNull = type.filter((t) => t !== 'null');
    return String(nonNull[0] ?? type[0] ?? '');
  }
  return String(type ?? '');
}

function issue(type: string, loc: Loc, msg: string, input: unknown, ctx?: Record<string, unknown>): ValidationIssue {
  return ctx ? { type, loc, msg, input, ctx } : { type, loc, msg, input };
}

function formatIssue(format: string, loc: Loc, input: unknown): ValidationIssue {
  switch (format) {
    case 'date-time':
      return issue('datetime_from_date_parsing', loc, 'Input should be a valid datetime or date, invalid character in year', input, {
        error: 'invalid character in year',
      });
    case 'date':
      return issue('date_from_datetime_parsing', loc, 'Input should be a valid date or datetime, invalid character in year', input, {
        error: 'invalid character in year',
      });
    case 'time':
      return issue('time_parsing', loc, 'Input should be in a valid time format, invalid character in hour', input, {
        error: 'invalid character in hour',
      });
    case 'email':
    case 'idn-email':
      return issue('value_error', loc, 'value is not a valid email address: An email address must have an @-sign.', input, {
        reason: 'An email address must have an @-sign.',
      });
    case 'uri':
    case 'url':
    case 'iri':
      return issue('url_parsing', loc, 'Input should be a valid URL, relative URL without a base', input, {
        error: 'relative URL without a base',
      });
    case 'uuid':
      return issue('uuid_parsing', loc, 'Input should be a valid UUID, invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-]', input, {
        error: 'invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-]',
      });
    default:
      return issue('value_error', loc, `Value error, input should match format '${format}'`, input, { error: `format ${format}` });
  }
}

/** Maps one ajv error (already placed at `loc`) to a pydantic-v2-like issue. */
export function issueFromAjv(error: ErrorObject, loc: Loc, input: unknown): ValidationIssue {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return issue('missing', [...loc, String(p['missingProperty'] ?? '')], 'Field required', input);
    case 'type': {
      const t = firstType(p['type']);
      const fromString = typeof input === 'string';
      switch (t) {
        case 'integer':
          if (fromString) return issue('int_parsing', loc, 'Input should be a valid integer, unable to parse string as an integer', input);
          if (typeof input === 'number') return issue('int_from_float', loc, 'Input should be a valid integer, got a number with a fractional part', input);
          return issue('int_type', loc, 'Input should be a valid integer', input);
        case 'number':
          if (fromString) return issue('float_parsing', loc, 'Input should be a valid number, unable to parse string as a number', input);
          return issue('float_type', loc, 'Input should be a valid number', input);
        case 'string':
          return issue('string_type', loc, 'Input should be a valid string', input);
        case 'boolean':
          if (fromString) return issue('bool_parsing', loc, 'Input should be a valid boolean, unable to interpret input', input);
          return issue('bool_type', loc, 'Input should be a valid boolean', input);
        case 'object':
          return issue('dict_type', loc, 'Input should be a valid dictionary', input);
        case 'array':
          return issue('list_type', loc, 'Input should be a valid list', input);
        case 'null':
          return issue('none_required', loc, 'Input should be None', input);
        default:
          return issue('type_error', loc, `Input should be of type ${t}`, input);
      }
    }
    case 'enum': {
      const values = Array.isArray(p['allowedValues']) ? (p['allowedValues'] as unknown[]) : [];
      const expected = expectedList(values);
      return issue('enum', loc, `Input should be ${expected}`, input, { expected });
    }
    case 'const': {
      const expected = pyRepr(p['allowedValue']);
      return issue('literal_error', loc, `Input should be ${expected}`, input, { expected });
    }
    case 'pattern':
      return issue('string_pattern_mismatch', loc, `String should match pattern '${String(p['pattern'])}'`, input, { pattern: p['pattern'] });
    case 'minLength': {
      const n = Number(p['limit']);
      return issue('string_too_short', loc, `String should have at least ${plural(n, 'character')}`, input, { min_length: n });
    }
    case 'maxLength': {
      const n = Number(p['limit']);
      return issue('string_too_long', loc, `String should have at most ${plural(n, 'character')}`, input, { max_length: n });
    }
    case 'minimum':
      return issue('greater_than_equal', loc, `Input should be greater than or equal to ${String(p['limit'])}`, input, { ge: p['limit'] });
    case 'exclusiveMinimum':
      return issue('greater_than', loc, `Input should be greater than ${String(p['limit'])}`, input, { gt: p['limit'] });
    case 'maximum':
      return issue('less_than_equal', loc, `Input should be less than or equal to ${String(p['limit'])}`, input, { le: p['limit'] });
    case 'exclusiveMaximum':
      return issue('less_than', loc, `Input should be less than ${String(p['limit'])}`, input, { lt: p['limit'] });
    case 'multipleOf':
      return issue('multiple_of', loc, `Input should be a multiple of ${String(p['multipleOf'])}`, input, { multiple_of: p['multipleOf'] });
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties':
      return sizeIssue(error.keyword, Number(p['limit']), loc, input);
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const extra = String(p['additionalProperty'] ?? p['unevaluatedProperty'] ?? '');
      const value = input && typeof input === 'object' ? (input as Record<string, unknown>)[extra] : undefined;
      return issue('extra_forbidden', [...loc, extra], 'Extra inputs are not permitted', value);
    }
    case 'format':
      return formatIssue(String(p['format'] ?? ''), loc, input);
    case 'dependentRequired':
      return issue('missing', [...loc, String(p['missingProperty'] ?? '')], 'Field required', input);
    case 'x-union-tag-not-found': {
      const d = pyRepr(p['discriminator']);
      return issue('union_tag_not_found', loc, `Unable to extract tag using discriminator ${d}`, input, { discriminator: d });
    }
    case 'x-union-tag-invalid': {
      const d = pyRepr(p['discriminator']);
      const tags = (Array.isArray(p['expected']) ? (p['expected'] as unknown[]) : []).map(pyRepr).join(', ');
      return issue(
        'union_tag_invalid',
        loc,
        `Input tag ${pyRepr(p['tag'])} found using ${d} does not match any of the expected tags: ${tags}`,
        input,
        { discriminator: d, tag: typeof p['tag'] === 'string' ? p['tag'] : JSON.stringify(p['tag']), expected_tags: tags },
      );
    }
    case 'uniqueItems':
      return issue('value_error', loc, 'Value error, list items must be unique', input, { error: 'duplicate items' });
    default:
      return issue('value_error', loc, `Value error, ${error.message ?? 'invalid value'}`, input, { error: error.message ?? error.keyword });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// JSON syntax diagnostics in the style of Python's json module (FastAPI reports `json_invalid` with `e.pos`/`e.msg`).

export interface JsonSyntaxProblem {
  readonly pos: number;
  readonly msg: string;
}

/** Returns the first syntax problem of `text` as Python's `json.loads` would describe it, or undefined if valid. */
export function diagnoseJson(text: string): JsonSyntaxProblem | undefined {
  let i = 0;
  const n = text.length;
  class Fail {
    constructor(readonly problem: JsonSyntaxProblem) {}
  }
  const fail = (msg: string, pos: number): never => {
    throw new Fail({ msg, pos });
  };
  const ws = (): void => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const str = (): void => {
    const start = i;
    i++;
    for (;;) {
      if (i >= n) fail('Unterminated string starting at', start);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('Invalid \\uXXXX escape', i + 1);
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          i += 2;
        } else {
          fail('Invalid \\escape', i);
        }
        continue;
      }
      if (c < 0x20) fail('Invalid control character at', i);
      i++;
    }
  };
  const value = (): void => {
    const c = text[i];
    if (c === '"') return str();
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        if (text[i] !== '"') fail('Expecting property name enclosed in double quotes', i);
        str();
        ws();
        if (text[i] !== ':') fail("Expecting ':' delimiter", i);
        i++;
        ws();
        value();
        ws();
        if (text[i] === '}') {
          i++;
          return;
        }
        if (text[i] !== ',') fail("Expecting ',' delimiter", i);
        i++;
        ws();
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ']') {
          i++;
          return;
        }
        if (text[i] !== ',') fail("Expecting ',' delimiter", i);
        i++;
        ws();
      }
    }
    for (const word of ['null', 'true', 'false']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    const num = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/.exec(text.slice(i, i + 400));
    if (num && num[0] !== '' && num[0] !== '-') {
      i += num[0].length;
      return;
    }
    fail('Expecting value', i);
  };
  try {
    ws();
    value();
    ws();
    if (i < n) fail('Extra data', i);
    return undefined;
  } catch (e) {
    if (e instanceof Fail) return e.problem;
    // Pathologically deep nesting: report at the start like an unparseable value.
    return { msg: 'Expecting value', pos: 0 };
  }
}

/** The FastAPI 422 item for a body that is not valid JSON. */
export function jsonInvalidIssue(text: string): ValidationIssue {
  const problem = diagnoseJson(text) ?? { msg: 'Expecting value', pos: 0 };
  return { type: 'json_invalid', loc: ['body', problem.pos], msg: 'JSON decode error', input: {}, ctx: { error: problem.msg } };
}

/** pydantic's too_short / too_long for the size of a list (minItems, maxItems) or a dict (min/maxProperties). */
function sizeIssue(
  keyword: 'minItems' | 'maxItems' | 'minProperties' | 'maxProperties',
  limit: number,
  loc: Loc,
  input: unknown,
): ValidationIssue {
  const isList = keyword.endsWith('Items');
  const isMin = keyword.startsWith('min');
  const fieldType = isList ? 'List' : 'Dictionary';
  const actual = isList
    ? Array.isArray(input) ? input.length : 0
    : input && typeof input === 'object' ? Object.keys(input).length : 0;
  return issue(
    isMin ? 'too_short' : 'too_long',
    loc,
    `${fieldType} should have ${isMin ? 'at least' : 'at most'} ${plural(limit, 'item')} after validation, not ${actual}`,
    input,
    { field_type: fieldType, [isMin ? 'min_length' : 'max_length']: limit, actual_length: actual },
  );
}

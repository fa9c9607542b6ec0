/**
 * Casing shapes: how the TypeScript runtime maps values between the SDK (camelCase) and the wire (see `Shape` in
 * templates/client/runtime/operation.ts). The runtime renames every object's keys by its default rule (`camelKey` /
 * `wireKey`, imported from the runtime itself so the two cannot drift), all the way down; a shape lists only the
 * exceptions: declared keys the rule gets wrong (`names`), maps whose keys are user data (`keep`), and values that
 * must pass unchanged (free-form objects: `null`) or that have exceptions of their own (`props`). A schema whose
 * values the default rule maps right all the way down has the empty shape `{}`, which properties leave out. A
 * union's members are merged here into one shape, so that the runtime never merges.
 */
import type { ApiModel, NamedSchema, Schema } from '../../ir/model.js';
import { camelKey, wireKey } from '../../../templates/client/runtime/casing.js';

/** A reference to the shape of a named schema (a constant of the generated `shapes.ts`). */
export interface ShapeName {
  readonly ref: string;
}

/** A casing shape as plain data (see templates/client/runtime/operation.ts `Shape`). */
export type ShapeData = ShapeName | ShapeLiteral;

export interface ShapeLiteral {
  names?: Record<string, string>;
  /** `null`: a free-form value, which passes unchanged. */
  props?: Record<string, ShapeData | null>;
  keep?: true;
  values?: ShapeData;
  items?: ShapeData;
}

export function isShapeName(shape: ShapeData): shape is ShapeName {
  return 'ref' in shape;
}

/**
 * What the values of a schema need: nothing (`scalar`: no object can occur in them), to pass unchanged (`free`:
 * free-form objects, `unknown`), or a shape.
 */
type Need = 'scalar' | 'free' | ShapeData;

export class ShapeBuilder {
  private readonly named = new Map<string, NamedSchema>();
  /** Wire name by type name. */
  private readonly wireNames = new Map<string, string>();
  /** The need of each named schema, once worked out. */
  private readonly needs = new Map<string, Need>();
  /** Named schemas whose need is being worked out: a reference back to one of them is a cycle. */
  private readonly visiting = new Set<string>();

  constructor(model: ApiModel) {
    for (const schema of model.schemas) {
      this.named.set(schema.wireName, schema);
      this.wireNames.set(schema.typeName, schema.wireName);
    }
  }

  /**
   * The named schemas that have a shape other than `{}`, each with it, in an order where a shape's references come
   * first when they can (a cycle's reference back becomes a function in shapes.ts).
   */
  namedShapes(): { typeName: string; shape: ShapeData }[] {
    const out: { typeName: string; shape: ShapeData }[] = [];
    const listed = new Set<string>();
    const visit = (wireName: string): void => {
      if (listed.has(wireName)) return;
      listed.add(wireName);
      const schema = this.named.get(wireName);
      const need = this.namedNeed(wireName);
      if (schema === undefined || typeof need === 'string' || isDeep(need)) return;
      for (const ref of references(need)) {
        const target = this.wireNames.get(ref);
        if (target) visit(target);
      }
      out.push({ typeName: schema.typeName, shape: need });
    };
    for (const wireName of this.named.keys()) visit(wireName);
    return out;
  }

  /** The shape of a schema, or undefined when its values pass unchanged (scalars, free-form objects). */
  shapeOf(schema: Schema): ShapeData | undefined {
    const need = this.needOf(schema);
    return typeof need === 'string' ? undefined : need;
  }

  /** A named schema's need, its shape written out (not a reference to it). */
  private namedNeed(wireName: string): Need {
    let need = this.needs.get(wireName);
    if (need === undefined) {
      const schema = this.named.get(wireName);
      if (schema === undefined) return 'free';
      this.visiting.add(wireName);
      need = this.needOf(schema.schema);
      this.visiting.delete(wireName);
      this.needs.set(wireName, need);
    }
    return need;
  }

  private needOf(schema: Schema): Need {
    switch (schema.kind) {
      case 'ref': {
        const named = this.named.get(schema.wireName);
        if (named === undefined) return 'free';
        // A reference back into a cycle: the named shape, which the cycle makes more than `{}`.
        if (this.visiting.has(schema.wireName)) return { ref: named.typeName };
        const need = this.namedNeed(schema.wireName);
        // `{}` and the like are written in place: a constant would cost more than it saves.
        return typeof need === 'string' || isDeep(need) ? need : { ref: named.typeName };
      }
      case 'object':
        return this.objectNeed(schema);
      case 'array': {
        const items = this.needOf(schema.items);
        return typeof items === 'string' ? items : { items };
      }
      case 'union':
      case 'intersection': {
        const needs = (schema.kind === 'union' ? schema.variants : schema.parts).map((member) => this.needOf(member));
        const shapes = needs.filter((need): need is ShapeData => typeof need !== 'string');
        if (shapes.length === 0) return needs.includes('free') ? 'free' : 'scalar';
        const shape = shapes.length === 1 ? (shapes[0] as ShapeData) : this.merge(shapes);
        // A free-form object beside array members only: objects are kept as they are (a shape maps them otherwise).
        // Beside object members it is left to them, as its type gives no keys to map.
        const arraysOnly = shapes.every((member) => Object.keys(this.literalOf(member) ?? {}).join() === 'items');
        const literal = this.literalOf(shape);
        if (needs.includes('free') && arraysOnly && literal) return { ...literal, keep: true };
        return shape;
      }
      case 'unknown':
        return 'free';
      default:
        return 'scalar';
    }
  }

  /**
   * The members of a union as one shape: the first declaration of a key (its name, its value's shape) wins, a map
   * member makes the union a map, and the first `items` is the arrays'. A member that is a reference back into a
   * cycle (a union that contains itself) adds nothing: its shape is not known yet.
   */
  private merge(members: readonly ShapeData[]): ShapeData {
    const names: Record<string, string> = {};
    const props: Record<string, ShapeData | null> = {};
    const literals = members.flatMap((member) => this.literalOf(member) ?? []);
    for (const literal of literals) {
      for (const [key, name] of Object.entries(literal.names ?? {})) if (!Object.hasOwn(names, key)) defineEntry(names, key, name);
      for (const [key, value] of Object.entries(literal.props ?? {})) if (!Object.hasOwn(props, key)) defineEntry(props, key, value);
    }
    const map = literals.find((literal) => literal.keep);
    return compact(names, props, map !== undefined, map?.values, literals.find((literal) => literal.items)?.items);
  }

  /** A shape as a literal: the one a reference stands for, unless it is a reference back into a cycle. */
  private literalOf(shape: ShapeData): ShapeLiteral | undefined {
    if (!isShapeName(shape)) return shape;
    const wireName = this.wireNames.get(shape.ref);
    if (wireName === undefined || this.visiting.has(wireName)) return undefined;
    const need = this.namedNeed(wireName);
    return typeof need === 'string' || isShapeName(need) ? undefined : need;
  }

  private objectNeed(schema: Extract<Schema, { kind: 'object' }>): Need {
    // A typed map: its undeclared keys are user data, never renamed.
    const keep = typeof schema.additional === 'object';
    const values = keep ? this.needOf(schema.additional as Schema) : 'free';
    if (schema.properties.length === 0) return keep && typeof values !== 'string' ? { keep: true, values } : 'free';
    const names: Record<string, string> = {};
    const props: Record<string, ShapeData | null> = {};
    for (const property of schema.properties) {
      if (keep || camelKey(property.wireName) !== property.name || wireKey(property.name) !== property.wireName) {
        defineEntry(names, property.wireName, property.name);
      }
      const child = this.needOf(property.schema);
      if (child === 'free') defineEntry<ShapeData | null>(props, property.wireName, null);
      else if (typeof child !== 'string' && !isDeep(child)) defineEntry(props, property.wireName, child);
    }
    return compact(names, props, keep, typeof values === 'string' ? undefined : values, undefined);
  }
}

/** A shape literal without its empty parts. */
function compact(
  names: Record<string, string>,
  props: Record<string, ShapeData | null>,
  keep: boolean,
  values: ShapeData | undefined,
  items: ShapeData | undefined,
): ShapeLiteral {
  const shape: ShapeLiteral = {};
  if (Object.keys(names).length > 0) shape.names = names;
  if (Object.keys(props).length > 0) shape.props = props;
  if (keep) shape.keep = true;
  if (values !== undefined) shape.values = values;
  if (items !== undefined) shape.items = items;
  return shape;
}

/**
 * Whether a shape maps values exactly as the default rule does all the way down (as a property the shape leaves
 * out is mapped): no exceptions anywhere in it. A reference is never one (such shapes are written in place).
 */
function isDeep(shape: ShapeData): boolean {
  if (isShapeName(shape)) return false;
  if (shape.names || shape.props || shape.keep || shape.values) return false;
  return shape.items === undefined || isDeep(shape.items);
}

/** Type names a shape refers to. */
export function references(shape: ShapeData): string[] {
  if (isShapeName(shape)) return [shape.ref];
  return [
    ...Object.values(shape.props ?? {}).flatMap((value) => (value === null ? [] : references(value))),
    ...(shape.values ? references(shape.values) : []),
    ...(shape.items ? references(shape.items) : []),
  ];
}

/** An own data property, whatever the key (`__proto__` included). */
function defineEntry<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

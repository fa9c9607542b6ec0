/**
 * The Python spelling of an operation's SDK plan: positional arguments (path parameters first, as the plan orders
 * them), keyword-only arguments for the rest (named as on the wire where that is a plain identifier), the runtime's
 * `Param` entries that map each argument back to its wire name and location, and the result type.
 */
import type { Operation, PlanInput } from '../../ir/model.js';
import { pascalCase } from '../naming.js';
import { pyString } from './literal.js';
import { argumentNamer, snakeName } from './naming.js';
import type { PyTypes } from './types.js';

export interface PyArgument {
  readonly name: string;
  readonly input: PlanInput;
  readonly type: string;
  readonly required: boolean;
  readonly positional: boolean;
}

export interface PyMethod {
  readonly args: readonly PyArgument[];
  /** `assistant_id: int, *, name: str, description: Union[str, NotGiven] = NOT_GIVEN` (without self and options). */
  readonly parameters: string;
  /** The same, one entry per parameter (`*` included). */
  readonly parts: readonly string[];
  /** `{"assistant_id": assistant_id, ...}`. */
  readonly argsDict: string;
  /** `Param("assistant_id", "path"), ...` for the descriptor. */
  readonly params: readonly string[];
  /** The JSON result type (`Assistant`), `str`, `bytes` or `None`. */
  readonly returns: string;
  /** The item type of a list that walks pages. */
  readonly item?: string;
}

function paramEntry(argument: PyArgument): string {
  const { input } = argument;
  const parts = [pyString(argument.name), pyString(input.location)];
  if (input.wireName !== argument.name && !input.wholeBody) parts.push(`wire=${pyString(input.wireName)}`);
  const parameter = input.parameter;
  if (parameter?.arrayDelimiter !== undefined) parts.push(`join=${pyString(parameter.arrayDelimiter)}`);
  if (parameter?.style) parts.push(`style=${pyString(parameter.style)}`);
  if (input.wholeBody) parts.push('whole_body=True');
  if (input.deprecated) parts.push('deprecated=True');
  return `Param(${parts.join(', ')})`;
}

export function pyMethod(operation: Operation, types: PyTypes, hintPrefix: string): PyMethod {
  const plan = operation.sdk!.plan;
  const namer = argumentNamer();
  const spell = (input: PlanInput, positional: boolean): PyArgument => ({
    name: namer.allocate(snakeName(input.wholeBody ? 'body' : input.wireName)),
    input,
    type: types.render(input.schema, 'input'),
    required: input.required,
    positional,
  });
  const positional = plan.args.map((input) => spell(input, true));
  // An `Idempotency-Key` header parameter is the `idempotency_key=` option every method takes (which also allows retries).
  const keywordInputs: PlanInput[] = plan.params.filter((input) => !(input.location === 'header' && input.wireName.toLowerCase() === 'idempotency-key'));
  if (plan.body.kind === 'named' || plan.body.kind === 'inline') {
    const properties =
      plan.body.kind === 'inline'
        ? plan.body.properties
        : (types.lookup.objectOf({ kind: 'ref', wireName: plan.body.wireName, description: '' })?.properties ?? []).filter(
            (property) => !(plan.body.kind === 'named' && plan.body.omit.includes(property)),
          );
    for (const property of properties) {
      keywordInputs.push({
        wireName: property.wireName,
        location: 'body',
        required: property.required && (operation.requestBody?.required ?? false),
        deprecated: property.deprecated,
        description: property.description,
        schema: property.schema,
        property,
      });
    }
  }
  const keywords = keywordInputs.map((input) => spell(input, false));
  const args = [...positional, ...keywords];

  const typed = (argument: PyArgument) => (argument.required ? `${argument.name}: ${argument.type}` : `${argument.name}: Union[${argument.type}, NotGiven] = NOT_GIVEN`);
  // A required positional argument may not follow one with a default: an optional one before it takes no default.
  const lastRequired = positional.map((argument) => argument.required).lastIndexOf(true);
  const parts = positional.map((argument, index) => (argument.required ? typed(argument) : index < lastRequired ? `${argument.name}: Union[${argument.type}, NotGiven]` : typed(argument)));
  if (keywords.length > 0) parts.push('*', ...keywords.filter((argument) => argument.required).map(typed), ...keywords.filter((argument) => !argument.required).map(typed));

  const { kind, content } = plan.result;
  const hint = pascalCase(`${hintPrefix} response`);
  const returns = kind === 'json' && content ? types.render(content.schema, 'output', hint) : kind === 'json' ? 'Any' : kind === 'text' ? 'str' : kind === 'binary' ? 'bytes' : 'None';
  const item = plan.page ? types.render(plan.page.items, 'output', pascalCase(`${hintPrefix} item`)) : undefined;
  return {
    args,
    parameters: parts.join(', '),
    parts,
    argsDict: `{${args.map((argument) => `${pyString(argument.name)}: ${argument.name}`).join(', ')}}`,
    params: args.map(paramEntry),
    returns,
    ...(item ? { item } : {}),
  };
}

/**
 * One SDK method in Go, from its plan: the signature (ctx, positional arguments, params struct, options), the
 * params struct, and a request builder that says where each input travels. The runtime sends, retries, decodes.
 */
import type { Operation, PlanInput, Schema } from '../../ir/model.js';
import { goComment, goString, jsonTag } from '../../lang/go/literal.js';
import { exportedName, lowerFirst, memberNamer } from '../../lang/go/naming.js';
import { structFields, type GoField } from '../../lang/go/struct.js';
import type { GoMethodPlan } from '../../lang/go/surface.js';
import type { GoTypes } from '../../lang/go/types.js';

/** An input as the request builder reads it: an argument (`assistantID`) or a params field (`params.Limit`). */
interface Source {
  readonly input: PlanInput;
  readonly expr: string;
  /** The Go type it has there. */
  readonly type: string;
  /** Optional: a pointer (or nil-able value) that is left out when nil. */
  readonly optional: boolean;
  /** The schema is an array (sent as repeated values). */
  readonly list: boolean;
  /** Sent as JSON text (objects, maps, unions). */
  readonly json: boolean;
  readonly file: boolean;
}

export interface GoMethod {
  /** Declarations: the params struct (if any), the method(s), the request builder. */
  readonly source: string;
  readonly name: string;
  readonly paramsType?: string;
  /** The arguments after ctx as a call would write them (for the README). */
  readonly signature: string;
  /** For the README's examples: the positional arguments (local name, input, Go type), in order. */
  readonly args: readonly { readonly local: string; readonly input: PlanInput; readonly type: string }[];
  /** The params struct's fields that carry parameters (query, header, cookie): wire name, field, Go type. */
  readonly paramFields: readonly { readonly wireName: string; readonly field: string; readonly type: string }[];
  /** The params struct's field of a multipart file (`File`), if the body has one. */
  readonly fileField?: string;
  /** The method walking every page (`ListAutoPaging`), for a list that walks pages. */
  readonly pager?: string;
  /** The method returning the URL without a request (`GetRecordingURL`), if any. */
  readonly urlMethod?: string;
}

export class OperationEmitter {
  constructor(
    private readonly types: GoTypes,
    /** The package's name, which qualifies its types in the README's calls (`&acme.ListWidgetsParams{...}`). */
    private readonly pkg: string,
  ) {}

  /** The method of a planned operation (lang/go/surface.ts) on `service`: its source and what the README shows. */
  emit(method: GoMethodPlan, service: string): GoMethod {
    const { operation, name, encoding, args, paramsType } = method;
    const paramFields: GoField[] = [];
    let fileField: string | undefined;
    const readmeFields: { wireName: string; field: string; type: string }[] = [];
    const sources: Source[] = args.map(({ input, local, type }) => this.source(input, local, type.expr, !input.required && type.expr.startsWith('*'), encoding));
    for (const { input, field, type, file, body: property } of method.paramsFields) {
      if (!property) {
        paramFields.push({ doc: goComment('\t', input.description, `Sent as the ${input.location} parameter ${goString(input.wireName)}.`, input.deprecated ? 'Deprecated: the API marks this parameter deprecated.' : undefined), name: field, type: type.expr, tag: '`json:"-"`' });
        sources.push(this.source(input, `params.${field}`, type.expr, !input.required, encoding));
        readmeFields.push({ wireName: input.wireName, field, type: type.expr });
        continue;
      }
      if (file && property.required) fileField ??= field;
      const doc = goComment('\t', property.description, property.deprecated ? 'Deprecated: the API marks this field deprecated.' : undefined);
      paramFields.push({ doc, name: field, type: type.expr, tag: jsonTag(property.wireName, !property.required || type.nilable) });
      sources.push(this.source(input, `params.${field}`, type.expr, type.expr.startsWith('*') || (!property.required && type.nilable), encoding));
    }

    const result = method.result;
    const parameters = [
      'ctx context.Context',
      ...args.map(({ local, type }) => `${local} ${type.expr}`),
      ...(paramsType ? [`params *${paramsType}`] : []),
      'opts ...option.RequestOption',
    ].join(', ');
    const callArgs = [...args.map(({ local }) => local), ...(paramsType ? ['params'] : [])].join(', ');
    const builder = `${lowerFirst(name)}Request`;
    const doc = goComment(
      '',
      operation.summary || `${name} calls ${operation.method} ${operation.path}.`,
      operation.description,
      `${operation.method} ${operation.path}`,
      operation.deprecated ? 'Deprecated: the API marks this operation deprecated.' : undefined,
    );
    let source = '';
    if (paramsType) {
      source += `${goComment('', `${paramsType} holds the inputs of ${service}.${name}.`)}type ${paramsType} struct {\n${structFields(paramFields, '\t')}}\n\n`;
    }
    const builderArgs = [...args.map(({ local, type }) => `${local} ${type.expr}`), ...(paramsType ? [`params *${paramsType}`] : [])].join(', ');
    if (result.kind === 'empty') {
      source += `${doc}func (s *${service}) ${name}(${parameters}) error {\n\treq, err := s.${builder}(${callArgs})\n\treturn callEmpty(ctx, s.core, req, err, opts)\n}\n\n`;
    } else {
      source += `${doc}func (s *${service}) ${name}(${parameters}) (${result.type}, error) {\n\treq, err := s.${builder}(${callArgs})\n\treturn callResult[${result.type}](ctx, s.core, req, err, opts)\n}\n\n`;
    }
    const page = operation.sdk!.plan.page;
    if (page && method.pager) {
      const p = page.pagination;
      const rule = [
        `style: ${goString(p.style)}`,
        ...(p.style === 'offset' ? [`offsetParam: ${goString(p.offsetParam)}`, `limitParam: ${goString(p.limitParam)}`] : []),
        ...(p.style === 'page' ? [`pageParam: ${goString(p.pageParam)}`, `perPageParam: ${goString(p.perPageParam)}`] : []),
        ...(p.items ? [`items: ${goString(p.items)}`] : []),
        ...('total' in p && p.total ? [`total: ${goString(p.total)}`] : []),
        ...(p.style === 'offset' && p.hasMore ? [`hasMore: ${goString(p.hasMore)}`] : []),
        ...(p.style === 'page' && p.hasNext ? [`hasMore: ${goString(p.hasNext)}`] : []),
      ].join(', ');
      const { name: pager, item } = method.pager;
      source += `${goComment('', `${pager} walks every page of ${name}, yielding each item; an error ends the walk. Breaking out of the loop stops the requests.`)}func (s *${service}) ${pager}(${parameters}) iter.Seq2[${item}, error] {\n\treq, err := s.${builder}(${callArgs})\n\treturn autoPage[${item}](ctx, s.core, req, err, opts, pageRule{${rule}})\n}\n\n`;
    }
    if (method.urlMethod) {
      const urlName = method.urlMethod;
      const urlParams = parameters.replace(', opts ...option.RequestOption', '').replace(/^ctx context\.Context(, )?/, '');
      source += `${goComment('', `${urlName} is the URL of ${name}, without sending a request (and without the API key).`)}func (s *${service}) ${urlName}(${urlParams}) (string, error) {\n\treq, err := s.${builder}(${callArgs})\n\treturn s.core.urlOf(req, err)\n}\n\n`;
    }
    source += this.builder(operation, service, builder, builderArgs, sources, encoding, result.accept, paramsType);
    return {
      source,
      name,
      ...(paramsType ? { paramsType } : {}),
      signature: [...args.map(({ local }) => local), ...(paramsType ? [`&${this.pkg}.${paramsType}{...}`] : [])].join(', '),
      args: args.map(({ local, input, type }) => ({ local, input, type: type.expr })),
      paramFields: readmeFields,
      ...(fileField ? { fileField } : {}),
      ...(method.pager ? { pager: method.pager.name } : {}),
      ...(method.urlMethod ? { urlMethod: method.urlMethod } : {}),
    };
  }

  private source(input: PlanInput, expr: string, type: string, optional: boolean, encoding: string): Source {
    const schema = this.resolve(input.schema);
    const list = schema.kind === 'array' && type.startsWith('[]');
    const file = type === 'File';
    const scalar = !list && !file && /^\*?(string|int|int64|float64|bool|[A-Z]\w*)$/.test(type) && !this.isStruct(type);
    const json = !list && !file && (!scalar || input.parameter?.style === 'json' || input.parameter?.style === 'deepObject');
    return { input, expr, type, optional: optional || type.startsWith('[]') || type.startsWith('map[') || type === 'any', list, json, file: file && encoding === 'multipart' };
  }

  private isStruct(type: string): boolean {
    const name = type.replace(/^\*/, '');
    return /^[A-Z]/.test(name) && this.types.isStructName(name);
  }

  private resolve(schema: Schema): Schema {
    let current = schema;
    for (let depth = 0; current.kind === 'ref' && depth < 16; depth++) {
      const named = this.types.lookup.get(current.wireName);
      if (!named) break;
      current = named.schema;
    }
    return current;
  }

  /** The request builder: path, query, headers and body of one call, from its arguments and params. */
  private builder(operation: Operation, service: string, name: string, args: string, sources: readonly Source[], encoding: string, accept: string, paramsType: string | undefined): string {
    const lines: string[] = [];
    const pathArgs = operation.parameters.filter((parameter) => parameter.in === 'path').map((parameter) => sources.find((source) => source.input.parameter === parameter)?.expr ?? '""');
    if (paramsType) lines.push('if params == nil {', `\tparams = &${paramsType}{}`, '}');
    if (pathArgs.length > 0) lines.push(`path, err := buildPath(${[goString(operation.path), ...pathArgs].join(', ')})`);
    else lines.push('var err error', `path := ${goString(operation.path)}`);
    lines.push(`req := request{method: ${goString(operation.method)}, path: path, query: url.Values{}, header: http.Header{}, idempotent: ${operation.sdk!.plan.idempotent}${accept ? `, accept: ${goString(accept)}` : ''}}`);
    const cookies: string[] = [];
    for (const source of sources) {
      const location = source.input.location;
      if (location === 'query') lines.push(...valueLines('req.query', source));
      else if (location === 'header') lines.push(...valueLines('url.Values(req.header)', { ...source, input: { ...source.input, wireName: canonicalHeader(source.input.wireName) } }));
      else if (location === 'cookie') cookies.push(...valueLines('cookies', source));
    }
    if (cookies.length > 0) lines.push('cookies := url.Values{}', ...cookies, 'req.header.Set("Cookie", cookieText(cookies))');
    const bodySources = sources.filter((source) => source.input.location === 'body');
    const requestBody = operation.requestBody;
    if (requestBody && bodySources.length > 0) lines.push(...this.bodyLines(bodySources, encoding, requestBody.contentType, paramsType));
    lines.push('return req, err');
    return `func (s *${service}) ${name}(${args}) (request, error) {\n${lines.map((line) => `\t${line}\n`).join('')}}\n`;
  }

  private bodyLines(sources: readonly Source[], encoding: string, contentType: string, paramsType: string | undefined): string[] {
    const whole = sources.find((source) => source.input.wholeBody);
    const lines: string[] = [];
    const guard = (statement: string) => ['if err == nil {', ...statement.split('\n').map((line) => `\t${line}`), '}'];
    if (whole) {
      if (encoding === 'binary') return guard(`req.body, err = readBody(${whole.expr})\nreq.contentType = ${goString(contentType)}`);
      if (encoding === 'text') return [`req.body, req.contentType = []byte(${whole.expr}), ${goString(contentType)}`];
      return guard(`req.body, err = jsonBody(${whole.expr})\nreq.contentType = "application/json"`);
    }
    if (encoding === 'multipart') {
      lines.push('form := newMultipartForm()');
      for (const source of sources) {
        const wire = goString(source.input.wireName);
        if (source.file) lines.push(`form.file(${wire}, ${source.expr})`);
        else if (source.list && !source.json) lines.push(`multipartList(form, ${wire}, ${source.expr})`);
        else if (source.json) lines.push(`form.json(${wire}, ${source.expr})`);
        else if (source.optional) lines.push(`multipartValue(form, ${wire}, ${source.expr})`);
        else lines.push(`form.text(${wire}, scalarText(${source.expr}))`);
      }
      lines.push(...guard('req.body, req.contentType, err = form.finish()'));
      return lines;
    }
    if (encoding === 'form') {
      lines.push('form := url.Values{}');
      for (const source of sources) lines.push(...valueLines('form', source));
      lines.push('req.body, req.contentType = formBody(form)');
      return lines;
    }
    // JSON: the params struct's body fields (the others are tagged "-"), with the positional properties beside them.
    const positional = sources.filter((source) => !source.expr.startsWith('params.'));
    const fromParams = sources.some((source) => source.expr.startsWith('params.'));
    if (positional.length === 0) return guard('req.body, err = jsonBody(params)\nreq.contentType = "application/json"');
    const fields: GoField[] = [];
    const values: string[] = [];
    if (fromParams) {
      fields.push({ doc: '', name: '', type: `*${paramsType}`, tag: '' });
      values.push('params');
    }
    const members = memberNamer();
    for (const source of positional) {
      fields.push({ doc: '', name: members.allocate(exportedName(source.input.wireName, 'Field')), type: source.type, tag: jsonTag(source.input.wireName, source.optional) });
      values.push(source.expr);
    }
    return [
      'if err == nil {',
      `\treq.body, err = jsonBody(struct {`,
      ...structFields(fields, '\t\t').replace(/\n$/, '').split('\n'),
      `\t}{${values.join(', ')}})`,
      '\treq.contentType = "application/json"',
      '}',
    ];
  }
}


/** Lines adding one input to url.Values (a query, a form, headers). */
function valueLines(target: string, source: Source): string[] {
  const wire = goString(source.input.wireName);
  if (source.list && !source.json) return [`addList(${target}, ${wire}, ${source.expr}, ${goString(source.input.parameter?.arrayDelimiter ?? '')})`];
  if (source.json) return [`addJSON(${target}, ${wire}, ${source.expr})`];
  if (source.optional) return [`addValue(${target}, ${wire}, ${source.expr})`];
  return [`${target}.Add(${wire}, scalarText(${source.expr}))`];
}

function canonicalHeader(name: string): string {
  return name
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase())
    .join('-');
}

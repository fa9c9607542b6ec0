/**
 * The Python package emitter: model → flat views → templates/python/*.hbs. Names come from lang/python/naming.ts,
 * types from lang/python/types.ts, method signatures from lang/python/method.ts; spec text is escaped by
 * lang/python/literal.ts before any template prints it.
 */
import type { ApiModel, Operation, Resource, Stream } from '../../ir/model.js';
import { render } from '../../emit/templates.js';
import { snakeCase } from '../../lang/naming.js';
import { commentText, docstring, pyLiteral, pyString, wrapProse } from '../../lang/python/literal.js';
import { className } from '../../lang/python/naming.js';
import type { PyMethod } from '../../lang/python/method.js';
import { planPythonSurface, PYTHON_REQUIRES, type PyMethodPlan, type PyStreamPlan } from '../../lang/python/surface.js';
import type { PyTypes } from '../../lang/python/types.js';
import { readmeView } from './readme.js';
import type { SourceFile } from '../target.js';

const LINE = 120;

/** The names of `known` that occur as identifiers in a piece of Python code. */
function namesIn(code: string, known: ReadonlySet<string>): string[] {
  return (code.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []).filter((word) => known.has(word));
}

/** `def name(self, ...) -> R:` at 4 spaces, one parameter a line when it does not fit. */
function signature(prefix: string, name: string, parts: readonly string[], returns: string): string {
  const all = ['self', ...parts, '**options: Unpack[RequestOptions]'];
  const line = `    ${prefix} ${name}(${all.join(', ')}) -> ${returns}:`;
  if (line.length <= LINE) return line;
  return `    ${prefix} ${name}(\n${all.map((part) => `        ${part},`).join('\n')}\n    ) -> ${returns}:`;
}

/** `return self._call(_ops.X, {...}, options)` at 8 spaces, wrapped when it does not fit. */
function callLine(prefix: string, call: string, constant: string, args: readonly string[]): string {
  const dict = `{${args.map((name) => `${pyString(name)}: ${name}`).join(', ')}}`;
  const line = `        return ${prefix}self.${call}(_ops.${constant}, ${dict}, options)`;
  if (line.length <= LINE) return line;
  const entries = args.map((name) => `                ${pyString(name)}: ${name},`).join('\n');
  return `        return ${prefix}self.${call}(\n            _ops.${constant},\n            {\n${entries}\n            },\n            options,\n        )`;
}

interface StreamView {
  readonly stream: Stream;
  readonly name: string;
  /** The path parameters' argument names, in order. */
  readonly args: readonly string[];
  readonly eventType: string;
  readonly table: string;
  readonly union: string;
  readonly entries: string;
  readonly parameters: string;
  readonly pathValues: string;
  readonly path: string;
  readonly extra: string;
  readonly doc: string;
}

interface ResourceView {
  readonly resource: Resource;
  readonly streams: readonly StreamView[];
  readonly module: string;
  readonly className: string;
  readonly property: string;
  readonly methods: readonly PyMethodPlan[];
}

/** The spec's version as a PEP 440 version (`1.2.3`); anything else becomes `0.0.0`. */
function pep440(version: string): string {
  return /^\d+(\.\d+)*$/.test(version) ? version : '0.0.0';
}

export class PythonEmitter {
  /** The import and distribution name: the client's name without `Client`, snake_cased (`AcmeClient` → `acme`). */
  readonly packageName: string;
  private readonly types: PyTypes;
  private readonly resources: ResourceView[];
  private readonly banner: string;

  constructor(private readonly model: ApiModel) {
    const surface = planPythonSurface(model);
    this.packageName = surface.packageName;
    this.types = surface.types;
    this.banner = commentText(`Generated from the ${model.title} ${model.version} spec; do not edit.`);
    this.resources = surface.resources.map((plan) => ({ ...plan, streams: plan.streams.map((stream) => this.streamView(stream)) }));
  }

  private streamView(plan: PyStreamPlan): StreamView {
    const { stream, pathParams, events } = plan;
    const sdk = stream.sdk!;
    const union = [...new Set(events.map((event) => event.python)), 'UnknownStreamEvent'];
    const extra = [sdk.pingMessage ? `ping=${pyString(sdk.pingMessage)}` : '', sdk.statusMessage ? `status=${pyString(sdk.statusMessage)}` : ''].filter(Boolean);
    return {
      stream,
      name: plan.name,
      args: pathParams.map(({ name: argument }) => argument),
      eventType: plan.eventType,
      table: plan.table,
      union: union.join(', '),
      entries: events.map((event) => `    ${pyString(event.type)}: ${event.python},`).join('\n'),
      parameters: pathParams.map(({ name: argument }, index) => `${argument}: ${plan.parameterTypes[index]}`).join(', '),
      pathValues: pathParams.length > 0 ? `(${pathParams.map(({ parameter, name: argument }) => `(${pyString(parameter.wireName)}, ${argument})`).join(', ')},)` : '()',
      path: pyString(stream.path),
      extra: extra.length > 0 ? `, ${extra.join(', ')}` : '',
      doc: docstring('        ', stream.summary, stream.description, `Use as \`\`async with\`\`; iterate with \`\`async for\`\`. WebSocket \`\`${stream.path}\`\`.`),
    };
  }

  emit(): SourceFile[] {
    const pkg = `src/${this.packageName}`;
    const files: SourceFile[] = this.resources.map((resource) => ({ path: `${pkg}/resources/${resource.module}.py`, contents: this.resourceFile(resource) }));
    // Files that may declare inline models come before types.py.
    if (this.hasWebhooks()) files.push({ path: `${pkg}/webhooks.py`, contents: this.webhooksFile() });
    files.push(
      { path: `${pkg}/_operations.py`, contents: this.operationsFile() },
      { path: `${pkg}/types.py`, contents: this.typesFile() },
      { path: `${pkg}/_client.py`, contents: this.clientFile() },
      { path: `${pkg}/__init__.py`, contents: this.initFile() },
      { path: `${pkg}/exceptions.py`, contents: render('python/exceptions.py.hbs', { errorName: this.errorName() }) },
      { path: `${pkg}/resources/__init__.py`, contents: `"""The resources of the client, one module each (loaded on first use)."""\n` },
      { path: 'pyproject.toml', contents: this.pyproject() },
      { path: 'README.md', contents: this.readme() },
    );
    return files;
  }

  private errorName(): string {
    const name = this.model.sdk.errorName;
    return /^[A-Z][A-Za-z0-9]*$/.test(name) && name !== 'SDKError' ? name : `${className(this.packageName)}Error`;
  }

  private methodDoc(operation: Operation, method: PyMethod): string {
    const args = method.args.filter((argument) => argument.input.description).map((argument) => `${argument.name}: ${argument.input.description.replace(/\s+/g, ' ')}`);
    return docstring(
      '        ',
      operation.summary || `${operation.method} ${operation.path}`,
      operation.description !== operation.summary ? operation.description : undefined,
      // Each argument's description wraps with a hanging indent under its name.
      args.length > 0 ? `Args:\n${args.map((line) => wrapProse(line, 96).split('\n').map((part, index) => `${index === 0 ? '    ' : '        '}${part}`).join('\n')).join('\n')}` : undefined,
      `\`\`${operation.method} ${operation.path}\`\`${operation.deprecated ? ' (deprecated)' : ''}`,
      operation.deprecated ? 'Deprecated: the API marks this operation deprecated; calling it emits a ``DeprecationWarning``.' : undefined,
    );
  }

  private resourceFile(view: ResourceView): string {
    const { value: methods, used } = this.types.track(() =>
      view.methods.map(({ operation, method, name, asyncName, urlName, constant }) => {
        const paged = Boolean(method.item);
        // Rendering the signature again inside track() records the argument types it uses.
        for (const argument of method.args) this.types.render(argument.input.schema, 'input');
        if (method.item) this.types.track(() => undefined);
        const syncReturns = paged ? `SyncPage[${method.item}]` : method.returns;
        const asyncReturns = paged ? `AsyncPageRequest[${method.item}]` : method.returns;
        const asyncDef = paged ? 'def' : 'async def';
        const names = method.args.map((argument) => argument.name);
        const syncBody = callLine('', paged ? '_list' : '_call', constant, names);
        const asyncBody = callLine(paged ? '' : 'await ', paged ? '_list_async' : '_call_async', constant, names);
        return {
          doc: this.methodDoc(operation, method),
          // A deprecated operation warns at call time (DeprecationWarning, pointing at the caller's line).
          deprecation: operation.deprecated ? `        warnings.warn(${pyString(`${view.className}.${name}() is deprecated: the API marks ${operation.method} ${operation.path} deprecated.`)}, DeprecationWarning, stacklevel=2)` : '',
          syncSignature: signature('def', name, method.parts, syncReturns),
          twinSignature: signature(asyncDef, asyncName, method.parts, asyncReturns),
          asyncSignature: signature(asyncDef, name, method.parts, asyncReturns),
          syncBody,
          asyncBody,
          hasUrl: Boolean(urlName),
          urlSignature: urlName ? signature('def', urlName, method.parts, 'str').replace(', **options: Unpack[RequestOptions]', '').replace('        **options: Unpack[RequestOptions],\n', '') : '',
          urlDoc: urlName ? docstring('        ', `The URL of \`\`${name}()\`\` with these arguments, built without a request.`) : '',
          urlBody: urlName ? callLine('', '_url', constant, names).replace(', options)', ')').replace('            options,\n', '') : '',
        };
      }),
    );
    const typeNames = new Set(used);
    const known = new Set(this.types.allNames());
    for (const stream of view.streams) for (const name of namesIn(`${stream.union} ${stream.entries} ${stream.parameters}`, known)) typeNames.add(name);
    for (const { method } of view.methods) for (const name of namesIn(`${method.returns} ${method.item ?? ''} ${method.parameters}`, known)) typeNames.add(name);
    const description = view.resource.description || `The ${view.property} resource.`;
    return render('python/resource.py.hbs', {
      banner: this.banner,
      moduleDoc: docstring('', description).replace(/^"""|"""$/g, ''),
      className: view.className,
      doc: docstring('    ', description),
      asyncDoc: docstring('    ', description, `The async form of \`\`${view.className}\`\`.`),
      typeImports: [...typeNames].sort(),
      methods,
      streams: view.streams,
      hasStreams: view.streams.length > 0,
      hasDeprecated: view.methods.some(({ operation }) => operation.deprecated),
      rawMethods: view.methods.filter(({ method }) => !method.item).map(({ name, asyncName }) => ({ name, asyncName })),
    });
  }

  private operationsFile(): string {
    const used = new Set<string>();
    const known = new Set(this.types.allNames());
    const operations = this.resources.flatMap((resource) =>
      resource.methods.map(({ operation, method, constant }) => {
        const plan = operation.sdk!.plan;
        for (const name of namesIn(`${method.returns} ${method.item ?? ''}`, known)) used.add(name);
        const fields = [pyString(operation.method), pyString(operation.path)];
        if (method.params.length > 0) fields.push(`params=(${method.params.join(', ')}${method.params.length === 1 ? ',' : ''})`);
        if (plan.result.kind === 'json' && method.returns !== 'Any') fields.push(`returns=${method.returns}`);
        if (plan.result.kind !== 'json') fields.push(`result=${pyString(plan.result.kind)}`);
        const body = operation.requestBody;
        if (body) {
          fields.push(`body=${pyString(body.encoding)}`);
          const defaults: Record<string, string> = { json: 'application/json', multipart: 'multipart/form-data', form: 'application/x-www-form-urlencoded' };
          if (defaults[body.encoding] !== body.contentType && body.encoding !== 'multipart' && body.encoding !== 'form') fields.push(`content_type=${pyString(body.contentType)}`);
        }
        if (plan.idempotent) fields.push('idempotent=True');
        if (operation.security.length === 0) fields.push('auth=False');
        const pagination = plan.page?.pagination;
        if (method.item && pagination) {
          const rule: Record<string, string | undefined> = { ...pagination } as Record<string, string | undefined>;
          const entries = Object.entries(rule)
            .filter(([key, value]) => key !== 'style' && value !== undefined)
            .map(([key, value]) => `${snakeCase(key)}=${pyLiteral(value)}`);
          fields.push(`item=${method.item}`, `pagination=Pagination(${[pyString(pagination.style), ...entries].join(', ')})`);
          return { constant, route: commentText(`${operation.method} ${operation.path}`).replace(/"/g, "'"), annotation: `ListOperation[${method.item}, ${method.returns}]`, value: `ListOperation(${fields.join(', ')})` };
        }
        return { constant, route: commentText(`${operation.method} ${operation.path}`).replace(/"/g, "'"), annotation: `Operation[${method.returns}]`, value: `Operation(${fields.join(', ')})` };
      }),
    );
    return render('python/operations.py.hbs', { banner: this.banner, typeImports: [...used].sort(), operations });
  }

  private hasWebhooks(): boolean {
    return this.model.webhooks.some((webhook) => webhook.discriminator);
  }

  
  private webhooksFile(): string {
    const webhooks = this.model.webhooks.filter((webhook) => webhook.discriminator);
    const { value: events, used } = this.types.track(() =>
      webhooks.map((webhook) => ({
        path: pyString(webhook.discriminator!.path),
        value: pyString(webhook.discriminator!.value),
        type: this.types.render(webhook.payload, 'output', `${webhook.name} webhook`),
      })),
    );
    return render('python/webhooks.py.hbs', {
      banner: this.banner,
      typeImports: used,
      union: [...new Set(events.map((event) => event.type))].join(', '),
      events,
    });
  }

  private typesFile(): string {
    return render('python/types.py.hbs', { banner: this.banner, declarations: this.types.declarationsInOrder() });
  }

  private clientFile(): string {
    const { sdk } = this.model;
    const credential = this.model.credential;
    return render('python/client.py.hbs', {
      banner: this.banner,
      clientName: sdk.clientName,
      clientNameString: pyString(sdk.clientName),
      defaultBaseUrl: pyString(this.model.defaultBaseUrl),
      userAgent: pyString(`${this.packageName}-python/${this.model.version}`),
      apiKeyEnvVar: sdk.apiKeyEnvVar ? pyString(sdk.apiKeyEnvVar) : 'None',
      credential: !credential ? 'None' : credential.in === 'basic' ? '("basic",)' : `(${pyString(credential.in)}, ${pyString(credential.name)})`,
      doc: docstring('    ', `Client for the ${this.model.title} (${this.model.version}).`, `Blocking methods, each with an \`\`_async\`\` twin. The API key defaults to the ${sdk.apiKeyEnvVar ?? 'environment'}; \`\`timeout\`\` is in seconds.`),
      asyncDoc: docstring('    ', `Async client for the ${this.model.title} (${this.model.version}): every method is a coroutine.`),
      resources: this.resources.map((resource) => ({
        module: resource.module,
        className: resource.className,
        property: resource.property,
        doc: docstring('        ', resource.resource.description || `The ${resource.property} resource.`),
      })),
    });
  }

  private initFile(): string {
    return render('python/init.py.hbs', {
      doc: docstring('', `The ${this.model.title} SDK.`).replace(/^"""|"""$/g, ''),
      clientName: this.model.sdk.clientName,
      errorName: this.errorName(),
      version: pyString(this.model.version),
      hasWebhooks: this.hasWebhooks(),
      package: this.packageName,
    });
  }

  private pyproject(): string {
    return render('python/pyproject.toml.hbs', {
      name: JSON.stringify(this.packageName),
      package: this.packageName,
      requiresPython: JSON.stringify(PYTHON_REQUIRES),
      version: JSON.stringify(pep440(this.model.version)),
      description: JSON.stringify(`Python client for the ${this.model.title}`.replace(/[\u0000-\u001f\u007f-\uffff]/g, ' ')),
    });
  }

  private readme(): string {
    return render('python/README.md.hbs', readmeView(this.model, { packageName: this.packageName }, this.resources));
  }
}

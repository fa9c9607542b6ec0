/**
 * What the document says about the API as a whole: its title, version and description, the SDK settings of the
 * `x-sdk` extension (with defaults derived from the title), and the default base URL.
 *
 * `x-sdk`: `packageName`, `clientName`, `apiKeyEnvVar`, `errorName` (the name the package exports the runtime's
 * base error class under; default: the client's name with `Error` for `Client`), `goModule` (the Go SDK's module
 * path; default `example.com/<kebab-title>-go`), `goPortingNotes` and `tsPortingNotes` (Markdown for the Go and
 * TypeScript READMEs: where each SDK differs from the API's documented one, if anywhere), `webhookNotes` (Markdown for
 * the SDK READMEs' webhook sections: what the API's webhooks need beyond parsing, e.g. how to trust them).
 *
 * Reads: `info` (`title`, `version`, `description`, `x-sdk`), `servers[0]` (`url`, `variables`).
 */
import type { SdkSettings } from '../model.js';
import { coreClassName, pascalCase, valueIdentifier, words } from '../naming.js';
import { type BuildContext, isObject, type Raw, text } from './context.js';

const NPM_NAME = /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;
/**
 * A Go module path as `go mod` accepts it: a lower-case host-like first element with a dot (`github.com`), then
 * `/`-separated elements of letters, digits and `-._~` that neither start nor end with a dot.
 */
const GO_MODULE = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+(?:\/[A-Za-z0-9_~-](?:[A-Za-z0-9._~-]*[A-Za-z0-9_~-])?)*$/;
/** A class name: an identifier that starts with an upper-case letter (so never a reserved word or `default`). */
const CLASS_NAME = /^[A-Z][A-Za-z0-9_$]*$/;

/** The runtime's base error class (templates/client/runtime/errors.ts), which the package exports under `errorName` too. */
const RUNTIME_ERROR_CLASS = 'SDKError';

/** JavaScript's own error classes: an alias with one of these names would shadow the global where it is imported. */
const GLOBAL_ERROR_NAMES = new Set(['Error', 'AggregateError', 'EvalError', 'RangeError', 'ReferenceError', 'SuppressedError', 'SyntaxError', 'TypeError', 'URIError']);

export interface DocumentInfo {
  readonly title: string;
  readonly version: string;
  readonly description: string;
  readonly sdk: SdkSettings;
}

/** `info` and its `x-sdk` settings. Reserves the client, core and error class names, so it runs before any type is named. */
export function buildDocumentInfo(ctx: BuildContext): DocumentInfo {
  const info = isObject(ctx.document.info) ? ctx.document.info : {};
  const sdkExtension = isObject(info['x-sdk']) ? info['x-sdk'] : {};
  const title = text(info.title) || 'API';
  const clientName = text(sdkExtension.clientName) || `${pascalCase(title.replace(/\bapi\b/i, ''))}Client`;
  const packageName = text(sdkExtension.packageName);
  const apiKeyEnvVar = text(sdkExtension.apiKeyEnvVar);
  if (packageName && !NPM_NAME.test(packageName)) {
    ctx.fail(`\`x-sdk.packageName\` is not a valid npm package name (got ${JSON.stringify(packageName)}).`, '#/info/x-sdk/packageName', 'Use a lower-case npm name such as `@scope/sdk`.');
  }
  if (apiKeyEnvVar && !ENV_NAME.test(apiKeyEnvVar)) {
    ctx.fail(`\`x-sdk.apiKeyEnvVar\` is not an environment variable name (got ${JSON.stringify(apiKeyEnvVar)}).`, '#/info/x-sdk/apiKeyEnvVar', 'Use upper-case letters, digits and underscores.');
  }
  const goModule = text(sdkExtension.goModule);
  if (goModule && !GO_MODULE.test(goModule)) {
    ctx.fail(`\`x-sdk.goModule\` is not a valid Go module path (got ${JSON.stringify(goModule)}).`, '#/info/x-sdk/goModule', 'Use a module path such as `github.com/acme/acme-go`.');
  }
  const goPortingNotes = text(sdkExtension.goPortingNotes).trim();
  const tsPortingNotes = text(sdkExtension.tsPortingNotes).trim();
  const webhookNotes = text(sdkExtension.webhookNotes).trim();
  const fallbackPackage = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 200);
  const clientClass = valueIdentifier(clientName, 'ApiClient').replace(/^./, (c) => c.toUpperCase());
  const coreName = coreClassName(clientClass);
  const sdk: SdkSettings = {
    packageName: NPM_NAME.test(packageName) ? packageName : fallbackPackage || 'sdk',
    clientName: clientClass,
    coreName,
    errorName: errorClassName(ctx, text(sdkExtension.errorName), [clientClass, coreName]),
    ...(ENV_NAME.test(apiKeyEnvVar) ? { apiKeyEnvVar } : {}),
    goModule: GO_MODULE.test(goModule) && goModule.length <= 500 ? goModule : defaultGoModule(title),
    ...(goPortingNotes ? { goPortingNotes } : {}),
    ...(tsPortingNotes ? { tsPortingNotes } : {}),
    ...(webhookNotes ? { webhookNotes } : {}),
  };
  ctx.typeNamer.reserve(sdk.clientName);
  ctx.typeNamer.reserve(sdk.coreName);
  ctx.typeNamer.reserve(sdk.errorName);
  return { title, version: text(info.version) || '0.0.0', description: text(info.description), sdk };
}

/** The Go module path when `x-sdk.goModule` is absent: `example.com/<kebab-title>-go` (`Acme API` → `example.com/acme-api-go`). */
export function defaultGoModule(title: string): string {
  const kebab = words(title).join('-').toLowerCase().slice(0, 100).replace(/^-+|-+$/g, '');
  return `example.com/${kebab || 'sdk'}-go`;
}

/**
 * The package's name for the runtime's base error class: `x-sdk.errorName` when it is a class name nothing else in
 * the package's exports takes (else a spec error), otherwise derived from the client's (`BurkiClient` → `BurkiError`),
 * and `SDKError` itself (no alias) when the derived name is taken.
 */
function errorClassName(ctx: BuildContext, given: string, clientClasses: readonly string[]): string {
  // The runtime's exports, the client classes and the generated webhooks' payload map (`export type WebhookPayloads`).
  const taken = new Set([...ctx.options.reservedTypeNames, ...clientClasses, 'WebhookPayloads']);
  const usable = (name: string) =>
    CLASS_NAME.test(name) && !GLOBAL_ERROR_NAMES.has(name) && !clientClasses.includes(name) && (name === RUNTIME_ERROR_CLASS || !taken.has(name));
  if (given) {
    if (usable(given)) return given;
    const why = !CLASS_NAME.test(given) ? 'is not a class name' : GLOBAL_ERROR_NAMES.has(given) ? 'is a global JavaScript class' : 'is already exported by the SDK';
    ctx.fail(`\`x-sdk.errorName\` ${why} (got ${JSON.stringify(given)}).`, '#/info/x-sdk/errorName', 'Use a PascalCase identifier the SDK does not already export, such as `AcmeError`.');
  }
  const derived = `${clientClasses[0]!.replace(/Client$/, '') || clientClasses[0]}Error`;
  return usable(derived) ? derived : RUNTIME_ERROR_CLASS;
}

/** The default base URL: that of the first server. */
export function defaultBaseUrl(ctx: BuildContext): string {
  const servers = Array.isArray(ctx.document.servers) ? ctx.document.servers.filter(isObject) : [];
  return serverUrl(servers[0]);
}

/**
 * The first server's URL with its variables at their defaults (`{scheme}://host` → `https://host`), without a
 * trailing slash. A variable without a default keeps its placeholder (the spec is then incomplete for a client).
 */
function serverUrl(server: Raw | undefined): string {
  if (!server) return '';
  const variables = isObject(server.variables) ? server.variables : {};
  return text(server.url)
    .replace(/\{([^{}]+)\}/g, (placeholder, name: string) => {
      const variable = Object.prototype.hasOwnProperty.call(variables, name) ? variables[name] : undefined;
      return isObject(variable) && typeof variable.default === 'string' ? variable.default : placeholder;
    })
    .replace(/\/$/, '');
}

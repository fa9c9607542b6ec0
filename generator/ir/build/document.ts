/**
 * What the document says about the API as a whole: its title, version and description, the SDK settings of the
 * `x-sdk` extension (with defaults derived from the title), and the default base URL.
 *
 * Reads: `info` (`title`, `version`, `description`, `x-sdk`), `servers[0]` (`url`, `variables`).
 */
import type { SdkSettings } from '../model.js';
import { coreClassName, pascalCase, valueIdentifier } from '../naming.js';
import { type BuildContext, isObject, type Raw, text } from './context.js';

const NPM_NAME = /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;

export interface DocumentInfo {
  readonly title: string;
  readonly version: string;
  readonly description: string;
  readonly sdk: SdkSettings;
}

/** `info` and its `x-sdk` settings. Reserves the client and core class names, so it runs before any type is named. */
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
  const fallbackPackage = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 200);
  const sdk: SdkSettings = {
    packageName: NPM_NAME.test(packageName) ? packageName : fallbackPackage || 'sdk',
    clientName: valueIdentifier(clientName, 'ApiClient').replace(/^./, (c) => c.toUpperCase()),
    coreName: coreClassName(valueIdentifier(clientName, 'ApiClient').replace(/^./, (c) => c.toUpperCase())),
    ...(ENV_NAME.test(apiKeyEnvVar) ? { apiKeyEnvVar } : {}),
  };
  ctx.typeNamer.reserve(sdk.clientName);
  ctx.typeNamer.reserve(sdk.coreName);
  return { title, version: text(info.version) || '0.0.0', description: text(info.description), sdk };
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

// House rules for the Burki spec. Each rule is a small visitor; the reasons are in spec/README.md.
// Redocly CLI 2 loads an ESM default export that is a function returning the plugin.

const reference = (rule) => `spec/README.md#${rule}`;

const PAGING_PARAMS = ['skip', 'offset', 'page', 'per_page', 'limit'];
// The parameters each pagination style needs (see ARCHITECTURE.md, "x-pagination").
const STYLE_PARAMS = {
  offset: ['offsetParam', 'limitParam'],
  page: ['pageParam', 'perPageParam'],
  limit: ['limitParam'],
  none: [],
};
const PARAM_KEYS = ['offsetParam', 'limitParam', 'pageParam', 'perPageParam'];

const isExcluded = (operation) => operation['x-sdk-exclude'] !== undefined;

/** Tag name → tag object, from the root; tags cannot be `$ref`s, so the raw root is enough. */
function rootTags(root) {
  return new Map((Array.isArray(root.tags) ? root.tags : []).map((tag) => [tag?.name, tag]));
}

/** The resource an operation lands on: its first tag's x-sdk-resource, else the tag name (the generator's fallback). */
function resourceOf(operation, tags) {
  const first = Array.isArray(operation.tags) ? operation.tags[0] : undefined;
  if (typeof first !== 'string') return undefined;
  return tags.get(first)?.['x-sdk-resource'] ?? first;
}

/** Path-level and operation-level parameters, resolved; the operation's win on a name+location clash. */
function parametersOf(pathItem, operation, resolve) {
  const byKey = new Map();
  for (const raw of [...(pathItem?.parameters ?? []), ...(operation.parameters ?? [])]) {
    const param = resolve(raw).node;
    if (param && typeof param.name === 'string') byKey.set(`${param.in}:${param.name}`, param);
  }
  return [...byKey.values()];
}

function OperationSdkMethod() {
  let tags = new Map();
  return {
    Root: {
      enter(root) {
        tags = rootTags(root);
      },
    },
    Operation(operation, { report, location }) {
      if (isExcluded(operation)) return;
      const method = operation['x-sdk-method'];
      if (typeof method !== 'string' || method === '') {
        report({
          message: 'Operation must declare `x-sdk-method` (or `x-sdk-exclude` with a reason).',
          location: location.key(),
          reference: reference('operation-sdk-method'),
        });
      }
      const first = Array.isArray(operation.tags) ? operation.tags[0] : undefined;
      if (typeof first !== 'string') {
        report({
          message: 'Operation must have a first tag that names its SDK resource.',
          location: location.key(),
          reference: reference('operation-sdk-method'),
        });
      } else if (typeof tags.get(first)?.['x-sdk-resource'] !== 'string') {
        report({
          message: `Tag \`${first}\` must be declared at the root with an \`x-sdk-resource\`.`,
          location: location.child(['tags', 0]),
          reference: reference('operation-sdk-method'),
        });
      }
    },
  };
}

function ListPagination() {
  let pathItem;
  return {
    PathItem: {
      enter(node) {
        pathItem = node;
      },
      Operation(operation, { report, location, resolve }) {
        const method = operation['x-sdk-method'];
        const query = parametersOf(pathItem, operation, resolve).filter((p) => p.in === 'query');
        const queryNames = new Set(query.map((p) => p.name));
        const pagingParam = PAGING_PARAMS.find((name) => queryNames.has(name));
        const pagination = operation['x-pagination'];
        const looksLikeList = (typeof method === 'string' && method.startsWith('list')) || pagingParam !== undefined;

        if (pagination === undefined) {
          if (looksLikeList) {
            const why = pagingParam ? `the \`${pagingParam}\` query parameter` : `SDK method \`${method}\``;
            report({
              message: `Operation with ${why} must declare \`x-pagination\`.`,
              location: location.key(),
              reference: reference('list-pagination'),
            });
          }
          return;
        }
        const at = location.child(['x-pagination']);
        if (pagination === null || typeof pagination !== 'object' || Array.isArray(pagination)) {
          report({ message: '`x-pagination` must be an object.', location: at, reference: reference('list-pagination') });
          return;
        }
        const needed = STYLE_PARAMS[pagination.style];
        if (needed === undefined) {
          report({
            message: `\`x-pagination.style\` must be one of ${Object.keys(STYLE_PARAMS).map((s) => `\`${s}\``).join(', ')}.`,
            location: at.child(['style']),
            reference: reference('list-pagination'),
          });
          return;
        }
        for (const key of needed) {
          if (typeof pagination[key] !== 'string') {
            report({
              message: `\`x-pagination\` of style \`${pagination.style}\` must name \`${key}\`.`,
              location: at,
              reference: reference('list-pagination'),
            });
          }
        }
        for (const key of PARAM_KEYS) {
          const name = pagination[key];
          if (typeof name === 'string' && !queryNames.has(name)) {
            report({
              message: `\`x-pagination.${key}\` names \`${name}\`, which is not a query parameter of this operation.`,
              location: at.child([key]),
              reference: reference('list-pagination'),
            });
          }
        }
      },
    },
  };
}

function AuthErrorResponses() {
  let rootSecurity;
  return {
    Root: {
      enter(root) {
        rootSecurity = root.security;
      },
    },
    Operation(operation, { report, location }) {
      const security = operation.security ?? rootSecurity;
      const authenticated =
        Array.isArray(security) &&
        security.some((requirement) => requirement && Object.keys(requirement).length > 0);
      if (!authenticated) return;
      const codes = Object.keys(operation.responses ?? {}).map((code) => code.toUpperCase());
      for (const code of ['401', '429']) {
        if (!codes.includes(code) && !codes.includes('4XX')) {
          report({
            message: `Authenticated operation must declare a \`${code}\` response.`,
            location: location.child(['responses']).key(),
            reference: reference('auth-error-responses'),
          });
        }
      }
    },
  };
}

function SdkMethodUnique() {
  let tags = new Map();
  let path;
  const seen = new Map();
  return {
    Root: {
      enter(root) {
        tags = rootTags(root);
        seen.clear();
      },
    },
    PathItem: {
      enter(_node, { key }) {
        path = String(key);
      },
      Operation(operation, { report, location, key }) {
        if (isExcluded(operation)) return;
        const resource = resourceOf(operation, tags);
        const method = operation['x-sdk-method'] ?? operation.operationId;
        if (resource === undefined || typeof method !== 'string') return;
        const id = `${resource}.${method}`;
        const here = `${String(key).toUpperCase()} ${path}`;
        const first = seen.get(id);
        if (first === undefined) {
          seen.set(id, here);
          return;
        }
        report({
          message: `SDK method \`${id}\` is already used by \`${first}\`.`,
          location: location.child([operation['x-sdk-method'] === undefined ? 'operationId' : 'x-sdk-method']),
          reference: reference('sdk-method-unique'),
        });
      },
    },
  };
}

export default function burkiRules() {
  return {
    id: 'burki',
    rules: {
      oas3: {
        'operation-sdk-method': OperationSdkMethod,
        'list-pagination': ListPagination,
        'auth-error-responses': AuthErrorResponses,
        'sdk-method-unique': SdkMethodUnique,
      },
    },
  };
}

/**
 * Go spellings of the model's names, built on the shared naming core (lang/naming.ts). Exported identifiers are
 * PascalCase with Go's initialisms upper-cased (`CallSID`, `LLMSettings`, `HTTPConfig`); unexported ones avoid
 * Go's keywords and predeclared identifiers. Spec text becomes an identifier only through these functions; wire
 * names are never changed (they go into json tags and string literals, lang/go/literal.ts).
 */
import { Namer, words, type NamerRules } from '../naming.js';

/** Words written all upper-case in Go names: the Go wiki's initialisms, and common telephony and AI ones (SID, SMS, LLM, TTS...). */
export const INITIALISMS: ReadonlySet<string> = new Set([
  'ACL', 'API', 'ASCII', 'AWS', 'CPU', 'CSS', 'CSV', 'DB', 'DLC', 'DNS', 'DTMF', 'EOF', 'GUID', 'HTML', 'HTTP', 'HTTPS',
  'ID', 'IP', 'JSON', 'JWT', 'LHS', 'LLM', 'MMS', 'OTP', 'PDF', 'QPS', 'RAM', 'RHS', 'RPC', 'SID', 'SIP', 'SLA',
  'SMS', 'SMTP', 'SQL', 'SSH', 'STT', 'TCP', 'TLS', 'TTL', 'TTS', 'UDP', 'UI', 'UID', 'URI', 'URL', 'UTC', 'UTF8',
  'UUID', 'VAD', 'VM', 'XML', 'XMPP', 'XSRF', 'XSS',
]);

/** Go's keywords: never usable as identifiers. */
export const GO_KEYWORDS: ReadonlySet<string> = new Set([
  'break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for', 'func', 'go', 'goto',
  'if', 'import', 'interface', 'map', 'package', 'range', 'return', 'select', 'struct', 'switch', 'type', 'var',
]);

/** Predeclared identifiers: usable, but shadowing them inside generated code would break it or confuse readers. */
export const GO_PREDECLARED: ReadonlySet<string> = new Set([
  'any', 'append', 'bool', 'byte', 'cap', 'clear', 'close', 'comparable', 'complex', 'complex128', 'complex64', 'copy',
  'delete', 'error', 'false', 'float32', 'float64', 'imag', 'int', 'int16', 'int32', 'int64', 'int8', 'iota', 'len',
  'make', 'max', 'min', 'new', 'nil', 'panic', 'print', 'println', 'real', 'recover', 'rune', 'string', 'true', 'uint',
  'uint16', 'uint32', 'uint64', 'uint8', 'uintptr',
]);

/** Identifiers generated method bodies use themselves (arguments named like these are renamed). */
export const METHOD_LOCALS: readonly string[] = ['ctx', 'opts', 'params', 'req', 'err', 'path', 'query', 'form', 'cookies', 's', 'url', 'http', 'option', 'iter', 'context', 'io', 'json'];

function goWord(word: string): string {
  const upper = word.toUpperCase();
  if (INITIALISMS.has(upper)) return upper;
  // Plurals of initialisms: `urls` → `URLs`, `ids` → `IDs`.
  if (upper.length > 2 && upper.endsWith('S') && INITIALISMS.has(upper.slice(0, -1))) return `${upper.slice(0, -1)}s`;
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** An exported Go name: `call_sid` → `CallSID`, `llmSettings` → `LLMSettings`; never empty, never starts with a digit. */
export function exportedName(text: string, fallback = 'Value'): string {
  const name = words(text).map(goWord).join('');
  if (name === '') return fallback;
  return /^[0-9]/.test(name) ? `V${name}` : name;
}

/** An unexported Go name (`assistant_id` → `assistantID`, `ID` → `id`), not a keyword or predeclared identifier. */
export function unexportedName(text: string, fallback = 'value'): string {
  const parts = words(text).map(goWord);
  if (parts.length === 0) return fallback;
  const first = parts[0]!;
  parts[0] = INITIALISMS.has(first.toUpperCase()) ? first.toLowerCase() : first.charAt(0).toLowerCase() + first.slice(1);
  const name = parts.join('');
  return /^[0-9]/.test(name) ? `v${name}` : name;
}

/** The unexported twin of an exported name (`GetBySID` → `getBySID`), for helpers that sit beside it. */
export function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** Names of one package scope (types, constants, functions): `taken` are the runtime's, renamed `<name>Model` when asked for. */
export function packageNamer(taken: Iterable<string>): Namer {
  return new Namer({ reserved: new Set(taken), escape: (name) => `${name}Model` });
}

/** Exported members of one struct (fields and methods share a namespace in Go). */
export function memberNamer(taken: Iterable<string> = []): Namer {
  return new Namer({ reserved: new Set(taken), escape: (name) => `${name}Field` });
}

/** Local names of one function (its arguments): keywords, predeclared names and the body's own locals get a suffix. */
export function localNamer(): Namer {
  return new Namer(LOCAL_RULES, LOCAL_RULES.reserved);
}

// One for every function: a namer per method of the SDK is made in every run.
const LOCAL_RULES: NamerRules = { reserved: new Set([...GO_KEYWORDS, ...GO_PREDECLARED, ...METHOD_LOCALS]), escape: (name) => `${name}Arg` };

/** Package names a generated package must not take: Go's keywords and predeclared names, `main`, and its own imports. */
const UNUSABLE_PACKAGE_NAMES: ReadonlySet<string> = new Set([...GO_KEYWORDS, ...GO_PREDECLARED, 'main', ...METHOD_LOCALS, 'option']);

/**
 * The package name of a module: its last element (before a `/v2`-style major version), without a `go-` prefix or
 * `-go` suffix, lower-case letters and digits only (`github.com/acme/acme-go` → `acme`); else the client's
 * name without `Client` (`AcmeClient` → `acme`); else `sdk`. Never a keyword, a predeclared name or `main`.
 */
export function goPackageName(module: string, clientName = ''): string {
  const elements = module.split('/');
  const last = elements.length > 1 && /^v[0-9]+$/.test(elements[elements.length - 1]!) ? elements[elements.length - 2]! : elements[elements.length - 1]!;
  const simple = (text: string) => words(text).join('').toLowerCase().replace(/[^a-z0-9]/g, '');
  const usable = (name: string) => /^[a-z][a-z0-9]*$/.test(name) && !UNUSABLE_PACKAGE_NAMES.has(name);
  const fromModule = simple(last.replace(/^go-|-go$/gi, ''));
  if (usable(fromModule)) return fromModule;
  const fromClient = simple(clientName.replace(/Client$/, ''));
  if (usable(fromClient)) return fromClient;
  if (usable(`${fromModule || fromClient}sdk`)) return `${fromModule || fromClient}sdk`;
  return 'sdk';
}

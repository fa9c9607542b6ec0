/**
 * How the spec's files are read and parsed: Redocly's resolver (it follows every `$ref` across files), with faster
 * parsers than its own and, in watch mode, a cache of parsed files.
 */
import { readFileSync } from 'node:fs';
import { BaseResolver, isAbsoluteUrl, Source, type Document } from '@redocly/openapi-core';
import { CORE_SCHEMA, load as loadYaml, types as yamlTypes } from 'js-yaml-4';
import { copyData } from './data.js';

/**
 * Redocly's resolver, with faster parsers for what it reads. JSON files are parsed by JSON.parse: Redocly's YAML
 * parser reads JSON too (JSON is YAML), to the same values, but several times slower (seconds on GitHub's 13 MB
 * description). YAML files are parsed by js-yaml 4 with the schema Redocly uses (core, plus merge keys, binary,
 * omap, pairs and set; no timestamps), which is two to three times faster than the js-yaml 5 Redocly ships
 * (test/generator/yaml-parser.test.ts holds them to the same values). A file either parser refuses goes to
 * Redocly's, which says where it is broken.
 *
 * Local files are read synchronously: a spec of a few hundred small files is read in a few milliseconds, where
 * Redocly's asynchronous reads (a trip to the thread pool per file) took some twenty on every run of watch mode.
 *
 * Watch mode passes a `parsed` cache that outlives each run's resolver: a file whose text did not change since the
 * last run is not parsed again. Redocly changes the documents it bundles, so the cache keeps a copy of its own and
 * hands out copies of it.
 */
export class SpecResolver extends BaseResolver {
  constructor(private readonly parsed?: Map<string, { readonly body: string; readonly value: unknown }>) {
    super();
  }

  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    if (isAbsoluteUrl(absoluteRef)) return super.loadExternalRef(absoluteRef);
    let body: string;
    try {
      body = readFileSync(absoluteRef, 'utf8');
    } catch {
      // A folder, a missing or unreadable file: Redocly's read says so in its words.
      return super.loadExternalRef(absoluteRef);
    }
    // As Redocly's read does: Windows line ends become \n.
    return new Source(absoluteRef, body.replace(/\r\n/g, '\n'));
  }

  override parseDocument(source: Source, isRoot = false): Document {
    const cached = this.parsed?.get(source.absoluteRef);
    if (cached?.body === source.body) return { source, parsed: copyData(cached.value) };
    const document = this.parse(source, isRoot);
    this.parsed?.set(source.absoluteRef, { body: source.body, value: copyData(document.parsed) });
    return document;
  }

  private parse(source: Source, isRoot: boolean): Document {
    const parsed = parseFast(source.absoluteRef, source.body, isRoot, source.mimeType);
    // Otherwise Redocly's own parser: its result, or its YamlParseError with the location of a real syntax error.
    return parsed.ok ? { source, parsed: parsed.value } : super.parseDocument(source, isRoot);
  }
}

/**
 * A spec file's text parsed by the faster parsers (see SpecResolver): JSON for the root and `.json` files that
 * look like JSON, else YAML; `ok: false` when they refuse it (Redocly's parser then decides).
 */
export function parseFast(file: string, body: string, isRoot: boolean, mimeType?: string): { ok: true; value: unknown } | { ok: false } {
  const json = isRoot || /\.json$/i.test(file) || /json/.test(mimeType ?? '');
  if (json && /^\s*[{[]/.test(body)) {
    try {
      return { ok: true, value: JSON.parse(body) as unknown };
    } catch {
      // Not JSON after all: a YAML parser decides.
    }
  }
  return isRoot || /\.ya?ml$/i.test(file) ? parseYamlLikeRedocly(body) : { ok: false };
}

const REDOCLY_YAML_SCHEMA = CORE_SCHEMA.extend({ implicit: [yamlTypes.merge], explicit: [yamlTypes.binary, yamlTypes.omap, yamlTypes.pairs, yamlTypes.set] });

/**
 * A YAML document read with js-yaml 4 as Redocly's `parseYaml` reads it; `ok: false` when js-yaml refuses it, and
 * for explicit tags (`!!set`...), which the two versions turn into different values (an object, a JS Set).
 */
export function parseYamlLikeRedocly(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.includes('!!')) return { ok: false };
  try {
    const value = loadYaml(text, { schema: REDOCLY_YAML_SCHEMA });
    // Redocly's parser gives null, not undefined, for a file of comments only.
    return { ok: true, value: value === undefined && text.trim() !== '' ? null : value };
  } catch {
    return { ok: false };
  }
}


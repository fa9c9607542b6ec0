/**
 * Renders templates/ with Handlebars. Templates are logic-less: they print fields of a flat view-model that
 * the emitters have already escaped for the target context, so HTML-escaping is off (`noEscape`) and a
 * missing field is an error (`strict`), not a silent empty string.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import type { ApiModel } from '../ir/model.js';
import { lineCommentText } from './escape.js';

export const TEMPLATES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates');

const COMPILE_OPTIONS = { noEscape: true, strict: true };

/**
 * Templates precompiled into the generator's bundle (scripts/generate.mjs), by path under templates/: each used
 * only while the hash of its source and COMPILE_OPTIONS matches, so an edited template is compiled afresh.
 * Absent when the generator runs from its TypeScript sources (tests).
 */
declare global {
  var __generatorPrecompiledTemplates: Record<string, { readonly hash: string; readonly spec: Parameters<typeof Handlebars.template>[0] }> | undefined;
}

// Files and folders under templates/ as read, until `reloadTemplates`: the hand-written runtimes are copied by every
// run, some by two targets (a watch run read some 90 files, 650 kB, for no change).
const texts = new Map<string, string>();
const listings = new Map<string, readonly { readonly name: string; readonly isDirectory: boolean }[]>();

let handlebars = create();
const compiled = new Map<string, Handlebars.TemplateDelegate>();

function create(): typeof Handlebars {
  const instance = Handlebars.create();
  for (const file of readdirSync(path.join(TEMPLATES_DIR, 'partials'))) {
    instance.registerPartial(file.replace(/\.hbs$/, ''), compile(instance, `partials/${file}`));
  }
  return instance;
}

function compile(instance: typeof Handlebars, template: string): Handlebars.TemplateDelegate {
  const source = templateText(path.join(TEMPLATES_DIR, template));
  const precompiled = globalThis.__generatorPrecompiledTemplates?.[template];
  if (precompiled && precompiled.hash === createHash('sha256').update(JSON.stringify(COMPILE_OPTIONS)).update('\0').update(source).digest('hex')) {
    return instance.template(precompiled.spec);
  }
  // A copy: Handlebars adds its defaults to the options object it is given.
  return instance.compile(source, { ...COMPILE_OPTIONS });
}

/** Forgets compiled templates and partials, and the files read (watch mode, after a template changed on disk). */
export function reloadTemplates(): void {
  compiled.clear();
  texts.clear();
  listings.clear();
  handlebars = create();
}

/** The text of a file under templates/ (an absolute path). */
export function templateText(file: string): string {
  let text = texts.get(file);
  if (text === undefined) texts.set(file, (text = readFileSync(file, 'utf8')));
  return text;
}

/** The entries of a folder under templates/ (an absolute path), sorted by name. */
export function templateEntries(dir: string): readonly { readonly name: string; readonly isDirectory: boolean }[] {
  let entries = listings.get(dir);
  if (entries === undefined) {
    entries = readdirSync(dir, { withFileTypes: true })
      .map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    listings.set(dir, entries);
  }
  return entries;
}

export function render(template: string, view: object): string {
  let delegate = compiled.get(template);
  if (!delegate) {
    delegate = compile(handlebars, template);
    compiled.set(template, delegate);
  }
  return delegate(view);
}

/** The fields of the `banner` partial, safe inside a line comment or an HTML comment. */
export function bannerView(model: Pick<ApiModel, 'title' | 'version'>): { title: string; version: string } {
  return { title: lineCommentText(model.title), version: lineCommentText(model.version) };
}

/** A hand-written runtime folder under templates/, as files copied verbatim (tests left out), paths relative to it. */
export function runtimeFiles(folder: string): { path: string; contents: string }[] {
  const dir = path.join(TEMPLATES_DIR, folder);
  return templateEntries(dir)
    .map((entry) => entry.name)
    .filter((file) => (file.endsWith('.ts') && !file.endsWith('.test.ts')) || file === 'README.md')
    .map((file) => ({ path: file, contents: templateText(path.join(dir, file)) }));
}

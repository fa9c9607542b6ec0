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
  const source = readFileSync(path.join(TEMPLATES_DIR, template), 'utf8');
  const precompiled = globalThis.__generatorPrecompiledTemplates?.[template];
  if (precompiled && precompiled.hash === createHash('sha256').update(JSON.stringify(COMPILE_OPTIONS)).update('\0').update(source).digest('hex')) {
    return instance.template(precompiled.spec);
  }
  // A copy: Handlebars adds its defaults to the options object it is given.
  return instance.compile(source, { ...COMPILE_OPTIONS });
}

/** Forgets compiled templates and partials (watch mode, after a template changed on disk). */
export function reloadTemplates(): void {
  compiled.clear();
  handlebars = create();
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
  return readdirSync(dir)
    .filter((file) => (file.endsWith('.ts') && !file.endsWith('.test.ts')) || file === 'README.md')
    .sort()
    .map((file) => ({ path: file, contents: readFileSync(path.join(dir, file), 'utf8') }));
}

/**
 * Renders templates/ with Handlebars. Templates are logic-less: they print fields of a flat view-model that
 * the emitters have already escaped for the target context, so HTML-escaping is off (`noEscape`) and a
 * missing field is an error (`strict`), not a silent empty string.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import type { ApiModel } from '../ir/model.js';
import { lineCommentText } from './escape.js';

export const TEMPLATES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates');

let handlebars = create();
const compiled = new Map<string, Handlebars.TemplateDelegate>();

function create(): typeof Handlebars {
  const instance = Handlebars.create();
  for (const file of readdirSync(path.join(TEMPLATES_DIR, 'partials'))) {
    instance.registerPartial(file.replace(/\.hbs$/, ''), readFileSync(path.join(TEMPLATES_DIR, 'partials', file), 'utf8'));
  }
  return instance;
}

/** Forgets compiled templates and partials (watch mode, after a template changed on disk). */
export function reloadTemplates(): void {
  compiled.clear();
  handlebars = create();
}

export function render(template: string, view: object): string {
  let delegate = compiled.get(template);
  if (!delegate) {
    delegate = handlebars.compile(readFileSync(path.join(TEMPLATES_DIR, template), 'utf8'), { noEscape: true, strict: true });
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

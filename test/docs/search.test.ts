/**
 * The search index of the committed site, loaded the way the browser loads it (templates/docs/site/search.js with
 * MiniSearch): "create assistant" lists `assistants.create()` first, and results lead to sections that exist.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain browser module, without types.
import { loadIndex, search } from '../../templates/docs/site/search.js';

const SITE = path.resolve(import.meta.dirname, '../../generated/docs/site');
const data = JSON.parse(readFileSync(path.join(SITE, 'search-index.json'), 'utf8')) as object;
const index = loadIndex(MiniSearch, data) as MiniSearch;
const find = (query: string) => search(index, query) as { id: string; title: string; kind: string }[];

describe('site search', () => {
  it('lists assistants.create() first for "create assistant", with its section as the link', () => {
    const [first] = find('create assistant');
    expect(first).toMatchObject({ title: 'assistants.create()', kind: 'operation', id: 'resources/assistants.html#assistantscreate' });
    const page = readFileSync(path.join(SITE, 'resources/assistants.html'), 'utf8');
    expect(page).toContain('id="assistantscreate"');
  });

  it.each([
    ['list calls', 'calls.list()'],
    ['LlmSettings', 'LlmSettings'],
    ['retry-after', 'Rate limits: Retry-After'],
    ['sms_received', 'sms_received'],
    ['live transcript', 'liveTranscript'],
  ])('finds %s', (query, title) => {
    expect(find(query).slice(0, 3).map((result) => result.title)).toContain(title);
  });

  it('escapes markup characters in the index file', () => {
    const text = readFileSync(path.join(SITE, 'search-index.json'), 'utf8');
    expect(text).not.toMatch(/[<>]/);
  });
});

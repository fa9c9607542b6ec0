/**
 * A fixture history for the release tests: a git repository in a temporary folder whose base commit is the
 * api-key fixture spec (test/fixtures/specs/api-key.yaml, with an optional enum parameter added so that one can narrow), and two
 * heads made by editing it: `breaking` (an operation removed, a field renamed, a required parameter added, an enum
 * narrowed, a type changed; plus an operation and an optional field added) and `additive` (only the additions).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/specs/api-key.yaml');

type Edit = (doc: ReturnType<typeof parseDocument>) => void;

export const BASE_EDIT: Edit = (doc) => {
  doc.setIn(['info', 'version'], '1.0.0');
  const parameters = doc.getIn(['paths', '/items/{item_id}', 'get', 'parameters']) as { add(node: unknown): void };
  parameters.add(doc.createNode({ name: 'sort', in: 'query', schema: { type: 'string', enum: ['name', 'newest', 'oldest'] } }));
};

/** The additions: an operation (`GET /items`, listItems) and an optional field (`Item.color`). */
export const ADDITIVE_EDIT: Edit = (doc) => {
  doc.setIn(['paths', '/items'], doc.createNode({
    get: {
      operationId: 'listItems',
      tags: ['items'],
      responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Item' } }, example: [] } } } },
    },
  }));
  doc.setIn(['components', 'schemas', 'Item', 'properties', 'color'], doc.createNode({ type: 'string' }));
};

/** The breaking edits, each on its own part of the spec, and the additions. */
export const BREAKING_EDIT: Edit = (doc) => {
  ADDITIVE_EDIT(doc);
  doc.deleteIn(['paths', '/health']);
  const item = ['components', 'schemas', 'Item', 'properties'];
  const displayName = doc.getIn([...item, 'display_name']);
  doc.deleteIn([...item, 'display_name']);
  doc.setIn([...item, 'title'], displayName);
  doc.setIn([...item, 'item_id', 'type'], 'string');
  doc.setIn(['paths', '/items/{item_id}', 'get', 'parameters', 1, 'schema', 'enum'], doc.createNode(['name', 'newest']));
  const parameters = doc.getIn(['paths', '/items/{item_id}', 'get', 'parameters']) as { add(node: unknown): void };
  parameters.add(doc.createNode({ name: 'region', in: 'query', required: true, schema: { type: 'string' } }));
};

export function git(repo: string, ...args: string[]): string {
  return execFileSync('git', ['-C', repo, '-c', 'user.name=Test', '-c', 'user.email=test@example.test', '-c', 'commit.gpgsign=false', ...args], { encoding: 'utf8' });
}

function editSpec(repo: string, edit: Edit, version?: string): void {
  const file = path.join(repo, 'spec/openapi.yaml');
  const doc = parseDocument(readFileSync(file, 'utf8'));
  edit(doc);
  if (version) doc.setIn(['info', 'version'], version);
  writeFileSync(file, doc.toString());
}

/** A repository with the base spec committed and tagged `base`; `head` edits the working tree. */
export function makeHistory(): { repo: string; head(edit: Edit, version?: string): void } {
  const repo = mkdtempSync(path.join(tmpdir(), 'burki-release-history-'));
  mkdirSync(path.join(repo, 'spec'));
  writeFileSync(path.join(repo, 'spec/openapi.yaml'), readFileSync(FIXTURE, 'utf8'));
  editSpec(repo, BASE_EDIT);
  git(repo, 'init', '--quiet', '--initial-branch=main');
  git(repo, 'add', 'spec');
  git(repo, 'commit', '--quiet', '-m', 'base');
  git(repo, 'tag', 'base');
  return {
    repo,
    head(edit, version) {
      git(repo, 'checkout', '--quiet', 'base', '--', 'spec');
      editSpec(repo, edit, version);
    },
  };
}

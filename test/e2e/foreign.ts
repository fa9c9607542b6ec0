/**
 * A spec that is not Burki's, generated in memory, its client written to a temp dir and imported from there, and
 * its mock model parsed: what the end-to-end tests of foreign fixtures share.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generate } from '../../generator/pipeline.js';
import type { MockModel } from '../../generated/mock/runtime/model.js';

export interface ForeignSdk<ClientClass> {
  /** The generated client class (`model.sdk.clientName`). */
  readonly Client: ClientClass;
  readonly mockModel: MockModel;
  /** Removes the temp dir. */
  readonly remove: () => void;
}

/**
 * Generates `specFile` and loads the client and the mock model. Not type-checked here: every fixture spec's client
 * and mock are, in one program (test/generator/fixture-goldens.test.ts).
 */
export async function loadForeignSdk<ClientClass>(specFile: string): Promise<ForeignSdk<ClientClass>> {
  const dir = mkdtempSync(path.join(tmpdir(), `burki-${path.basename(specFile, path.extname(specFile))}-`));
  const { files, model } = await generate(specFile);
  for (const [file, contents] of files) {
    if (!file.startsWith('client/src/')) continue;
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, contents);
  }
  const module = (await import(pathToFileURL(path.join(dir, 'client/src/index.ts')).href)) as Record<string, unknown>;
  return {
    Client: module[model.sdk.clientName] as ClientClass,
    mockModel: JSON.parse(files.get('mock/mock-model.json') ?? '{}') as MockModel,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

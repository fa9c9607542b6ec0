/**
 * What a target is: a name, the folder of generated/ it owns, and a function from the model to files. Targets
 * read the model (and its SDK plan) only: never the bundled document, never another target.
 */
import type { ApiModel } from '../ir/model.js';

export interface SourceFile {
  /** Path relative to the target's folder, with forward slashes. */
  readonly path: string;
  readonly contents: string;
  /** Written as is, never formatted: a hand-written runtime file, or data already in its final form. */
  readonly verbatim?: boolean;
}

/**
 * An annotation of the bundled document (generated/openapi.json): `value` becomes the member `key` of the object
 * at `pointer`, a JSON pointer (RFC 6901) into the bundled document (`jsonPointer('paths', '/pets', 'get')`). Keys
 * are `x-` extensions only, so an annotation adds to the spec and never changes what it says.
 */
export interface BundleExtension {
  readonly pointer: string;
  readonly key: `x-${string}`;
  readonly value: unknown;
}

export { jsonPointer } from '../data.js';

export interface Target {
  /** The name `--targets` takes (`ts`, `mock`, `docs`). */
  readonly name: string;
  /** The folder of the output it owns (`client`): it writes nothing outside, and owns everything inside. */
  readonly outDir: string;
  readonly description: string;
  /**
   * Every file of the target, from the model alone. Pure: the same model gives the same files. An iterable, so a
   * target may yield each file as it is made: the pipeline sends it to the formatter while the next one is made.
   */
  emit(model: ApiModel): Iterable<SourceFile>;
  /**
   * Optional: what the target adds to generated/openapi.json (the docs' `x-codeSamples`), from the model alone;
   * the pipeline applies it when it writes the bundle, so no target reads the bundled document. openapi.json is
   * written only by a run that selects every registered target with extensions (a run without them leaves the
   * file as it is, as it leaves their folders); called before `emit`, so a target that needs the same work in
   * both keeps it in a per-model cache.
   */
  bundleExtensions?(model: ApiModel): BundleExtension[];
}

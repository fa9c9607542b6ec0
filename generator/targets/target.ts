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

export interface Target {
  /** The name `--targets` takes (`ts`, `mock`, `docs`). */
  readonly name: string;
  /** The folder of the output it owns (`client`): it writes nothing outside, and owns everything inside. */
  readonly outDir: string;
  readonly description: string;
  /** Every file of the target, from the model alone. Pure: the same model gives the same files. */
  emit(model: ApiModel): SourceFile[];
}

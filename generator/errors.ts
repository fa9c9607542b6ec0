/**
 * Errors the generator reports to a person. Each says what is wrong, where (file:line:col and the JSON
 * pointer when known) and how to fix it. The CLI prints them without a stack trace and exits 1.
 */
export interface SpecLocation {
  /** Path of the spec file, relative to the working directory. */
  readonly file: string;
  readonly line?: number;
  readonly col?: number;
  /** JSON pointer inside that file, e.g. `#/paths/~1api~1v1~1calls/get`. */
  readonly pointer?: string;
}

export class SpecError extends Error {
  override readonly name = 'SpecError';
  constructor(
    message: string,
    readonly location: SpecLocation | undefined,
    readonly hint: string,
  ) {
    super(message);
  }
}

/** Several spec problems found in one pass: all are reported, not just the first. */
export class SpecErrors extends Error {
  override readonly name = 'SpecErrors';
  constructor(readonly errors: readonly SpecError[]) {
    super(`${errors.length} problem${errors.length === 1 ? '' : 's'} in the spec`);
  }
}

/** The generator produced output that does not type-check: a generator bug, not a spec problem. */
export class OutputError extends Error {
  override readonly name = 'OutputError';
}

export function formatLocation(location: SpecLocation | undefined): string {
  if (!location) return '<spec>';
  const position = location.line ? `:${location.line}${location.col ? `:${location.col}` : ''}` : '';
  return `${location.file}${position}${location.pointer ? ` at ${location.pointer}` : ''}`;
}

export function formatSpecError(error: SpecError): string {
  return `✘ ${formatLocation(error.location)}\n  ${error.message}\n  Fix: ${error.hint}`;
}

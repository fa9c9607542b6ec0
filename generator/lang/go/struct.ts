/**
 * Struct fields laid out as gofmt lays them out (go/printer's tabwriter): within a run of field lines not broken
 * by a comment or a blank line, names are padded to one column; types are padded only across consecutive lines
 * that all carry a tag (a line's last cell is never padded).
 */
export interface GoField {
  /** `//` lines above the field, already indented and escaped (lang/go/literal.ts `goComment`), or ''. */
  readonly doc: string;
  /** The field name; empty for an embedded field (then `type` is the whole line). */
  readonly name: string;
  readonly type: string;
  /** The raw-string tag, with its backquotes, or ''. */
  readonly tag: string;
}

export function structFields(fields: readonly GoField[], indent: string): string {
  const lines: string[] = [];
  let run: GoField[] = [];
  const flush = () => {
    lines.push(...alignRun(run, indent));
    run = [];
  };
  for (const field of fields) {
    if (field.doc !== '' || field.name === '') flush();
    if (field.doc !== '') lines.push(field.doc.replace(/\n$/, ''));
    if (field.name === '') lines.push(`${indent}${field.type}${field.tag ? ` ${field.tag}` : ''}`);
    else run.push(field);
  }
  flush();
  return lines.map((line) => `${line}\n`).join('');
}

function alignRun(run: readonly GoField[], indent: string): string[] {
  const nameWidth = Math.max(0, ...run.map((field) => field.name.length));
  const typeWidths = new Array<number>(run.length).fill(0);
  // Tagged sub-runs: the type cell is terminated (followed by a tab) only on lines with a tag.
  for (let start = 0; start < run.length; ) {
    if (!run[start]!.tag) {
      start++;
      continue;
    }
    let end = start;
    while (end < run.length && run[end]!.tag) end++;
    const width = Math.max(...run.slice(start, end).map((field) => field.type.length));
    for (let i = start; i < end; i++) typeWidths[i] = width;
    start = end;
  }
  return run.map((field, i) => {
    const name = field.name.padEnd(nameWidth);
    if (!field.tag) return `${indent}${name} ${field.type}`;
    return `${indent}${name} ${field.type.padEnd(typeWidths[i]!)} ${field.tag}`;
  });
}

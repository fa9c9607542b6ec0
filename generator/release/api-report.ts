/**
 * Compares two API Extractor reports (`<package>.api.md`). A report lists each exported declaration once, in a
 * stable order and format, one block per declaration, members of classes and interfaces one per line (4-space
 * indent); API Extractor itself keeps no notion of a breaking change, so this module rates the differences:
 * - a declaration or member removed, a declaration's header or a member's type changed: breaking;
 * - a declaration or a class member added, an optional interface member added: not breaking; a required interface
 *   member added is breaking (an object literal the caller writes lacks it);
 * - a union of literals that only gains members (an enum widened): not breaking.
 */
import type { SdkChange } from './sdk-diff.js';

interface Declaration {
  readonly name: string;
  readonly kind: string;
  /** The declaration's first line (`export interface Pet extends Base {`) or, without members, its whole text. */
  readonly header: string;
  readonly members: Map<string, string>;
  readonly deprecated: boolean;
}

const DECLARATION = /^(?:export )?(?:declare )?(?:abstract )?(class|interface|type|function|const|let|var|enum|namespace) ([\w$]+)/;
const MEMBER = /^(?:(?:readonly|static|protected|abstract|get|set|public|accessor)\s+)*([\w$]+|"[^"]*"|'[^']*'|\[[^\]]*\])(\??)/;

/** The declarations of a report, by name (overloads joined). */
export function parseReport(report: string): Map<string, Declaration> {
  const body = report.replaceAll('\r\n', '\n').replace(/^[\s\S]*?```ts\n/, '').replace(/```[\s\S]*$/, '');
  const declarations = new Map<string, Declaration>();
  for (const block of body.split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((line) => line.trim() !== '');
    const deprecated = lines.some((line) => /^\/\/.*@deprecated/.test(line));
    const code = lines.filter((line) => !line.trimStart().startsWith('//'));
    const match = code[0] === undefined ? null : DECLARATION.exec(code[0]);
    if (!match) continue;
    const [, kind, name] = match as unknown as [string, string, string];
    const hasMembers = code[0]!.trimEnd().endsWith('{') && /^(class|interface|enum|namespace)$/.test(kind);
    const members = new Map<string, string>();
    if (hasMembers) {
      let current: string | undefined;
      for (const line of code.slice(1, -1)) {
        const member = /^ {4}\S/.test(line) && !/^ {4}[)}\]]/.test(line) ? MEMBER.exec(line.slice(4)) : null;
        if (member) {
          current = line.slice(4).startsWith('constructor') ? 'constructor' : member[1]!;
          members.set(current, members.has(current) ? `${members.get(current)}\n${line.trim()}` : line.trim());
        } else if (current) {
          members.set(current, `${members.get(current)} ${line.trim()}`);
        }
      }
    }
    const header = hasMembers ? code[0]!.trim() : code.map((line) => line.trim()).join(' ');
    const previous = declarations.get(name);
    if (previous && !hasMembers) declarations.set(name, { ...previous, header: `${previous.header}\n${header}` });
    else declarations.set(name, { name, kind, header, members, deprecated });
  }
  return declarations;
}

/** The literal members of a union type (`'a' | 'b'`), or undefined when the type is not such a union. */
function literalUnion(type: string): Set<string> | undefined {
  const parts = type.split(' | ').map((part) => part.trim());
  return parts.every((part) => /^(?:'[^']*'|"[^"]*"|-?\d+(?:\.\d+)?|true|false|null|undefined)$/.test(part)) ? new Set(parts) : undefined;
}

/** Whether `after` only adds literal values to `before` (texts identical up to their union's members). */
function widened(before: string, after: string): boolean {
  const typeOf = (text: string) => /^(.*?[:=]\s*)(.*?);?$/.exec(text);
  const [b, a] = [typeOf(before), typeOf(after)];
  if (!b || !a || b[1] !== a[1]) return false;
  const [old, now] = [literalUnion(b[2]!), literalUnion(a[2]!)];
  return old !== undefined && now !== undefined && [...old].every((value) => now.has(value)) && now.size > old.size;
}

export function compareReports(beforeText: string, afterText: string): SdkChange[] {
  const before = parseReport(beforeText);
  const after = parseReport(afterText);
  const changes: SdkChange[] = [];
  for (const [name, old] of before) {
    const now = after.get(name);
    if (!now) {
      changes.push({ symbol: name, change: 'removed', breaking: true, detail: `${old.kind} removed` });
      continue;
    }
    if (old.header !== now.header) {
      const breaking = !widened(old.header, now.header);
      changes.push({ symbol: name, change: 'changed', breaking, detail: `\`${old.header}\` → \`${now.header}\`` });
    }
    for (const [member, text] of old.members) {
      const next = now.members.get(member);
      if (next === undefined) changes.push({ symbol: `${name}.${member}`, change: 'removed', breaking: true, detail: 'member removed' });
      else if (next !== text) changes.push({ symbol: `${name}.${member}`, change: 'changed', breaking: !widened(text, next), detail: `\`${text}\` → \`${next}\`` });
    }
    for (const [member, text] of now.members) {
      if (old.members.has(member)) continue;
      const required = now.kind === 'interface' && MEMBER.exec(text)?.[2] !== '?' && !member.startsWith('[');
      changes.push({ symbol: `${name}.${member}`, change: 'added', breaking: required, detail: required ? `required member added: \`${text}\`` : `member added: \`${text}\`` });
    }
  }
  for (const [name, now] of after) {
    if (!before.has(name)) changes.push({ symbol: name, change: 'added', breaking: false, detail: `${now.kind} added` });
  }
  return changes.sort((a, b) => (a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0));
}

/**
 * The next CHANGELOG.md entry, made from `npm run diff`'s report: per SDK, the changes under Added, Changed,
 * Deprecated and Removed (Keep a Changelog's headings), each with the spec subject, whether it breaks that SDK's
 * users, and the SDK's own symbols. Pure and deterministic: the date is an argument.
 */
import type { Category, DiffReport, ReportChange } from './report.js';
import { LANGUAGE_NAMES, LANGUAGES, type Language, type SdkChange } from './sdk-diff.js';

const HEADINGS: readonly [Category, string][] = [
  ['added', 'Added'],
  ['changed', 'Changed'],
  ['deprecated', 'Deprecated'],
  ['removed', 'Removed'],
];

export interface Packages {
  /** npm package and Python distribution names, and the Go module path. */
  readonly npm: string;
  readonly python: string;
  readonly go: string;
}

const code = (text: string) => `\`${text.replaceAll('`', "'")}\``;

function symbols(list: readonly SdkChange[]): string {
  const names = [...new Set(list.map((change) => change.symbol))];
  return names.map(code).join(', ');
}

function bullet(change: ReportChange, language: Language): string | undefined {
  const list = change.sdk[language];
  if (list.length === 0 && !change.breaks[language]) return undefined;
  const flags = [change.breaks[language] ? '**breaking**' : '', change.wasDeprecated ? 'deprecated before' : ''].filter(Boolean);
  const where = list.length > 0 ? `: ${symbols(list)}` : ': no API change; the server no longer accepts what it did';
  return `- ${code(change.subject)}${flags.length ? ` (${flags.join(', ')})` : ''}${where}`;
}

export function changelogEntry(report: DiffReport, packages: Packages, date: string): string {
  const version = report.head.version;
  const lines = [`## ${version} (${date})`, ''];
  lines.push(`Spec \`info.version\` ${report.base.version} → ${version} (${report.bump === 'none' ? 'no API change' : `${report.bump} bump`}${report.breaking ? ', breaking changes' : ''}).`);
  lines.push(`Packages: npm ${code(`${packages.npm}@${version}`)}, PyPI ${code(`${packages.python}==${version}`)}, Go ${code(`${packages.go}@v${version}`)}.`);
  for (const language of LANGUAGES) {
    const sections: string[] = [];
    for (const [category, heading] of HEADINGS) {
      const bullets = report.changes.filter((change) => change.category === category).map((change) => bullet(change, language));
      const others = category === 'changed' ? report.other[language].map((change) => `- ${code(change.symbol)}${change.breaking ? ' (**breaking**)' : ''}: ${change.detail}`) : [];
      const items = [...bullets.filter((item): item is string => item !== undefined), ...others];
      if (items.length > 0) sections.push('', `#### ${heading}`, '', ...items);
    }
    lines.push('', `### ${LANGUAGE_NAMES[language]}`, ...(sections.length > 0 ? sections : ['', 'No changes.']));
  }
  return `${lines.join('\n')}\n`;
}

/** CHANGELOG.md with the entry put first (after the title), replacing an entry of the same version. */
export function insertEntry(changelog: string, entry: string, version: string): string {
  const title = '# Changelog\n';
  const body = changelog.startsWith(title) ? changelog.slice(title.length) : changelog;
  const entries = body.split(/\n(?=## )/).filter((part) => part.trim() !== '' && !part.trimStart().startsWith(`## ${version} `));
  return `${title}\n${[entry.trimEnd(), ...entries.map((part) => part.trim())].join('\n\n')}\n`;
}

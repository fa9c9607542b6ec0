/** The text of `npm run diff`'s report, for people (`--json` prints the report itself). */
import type { Bump, DiffReport } from './report.js';
import { LANGUAGE_NAMES, LANGUAGES, type SdkChange } from './sdk-diff.js';

/** The smallest version after `from` that carries `bump` (`1.2.3` + minor → `1.3.0`). */
export function nextVersion(from: string, bump: Bump): string {
  const [major = 0, minor = 0, patch = 0] = (/^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(from) ?? []).slice(1).map((part) => Number(part ?? 0));
  if (bump === 'major') return major === 0 ? `0.${minor + 1}.0` : `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  if (bump === 'patch') return `${major}.${minor}.${patch + 1}`;
  return from;
}

function sdkLine(change: SdkChange): string {
  return `${change.symbol} (${change.change}${change.breaking ? ', breaking' : ''}: ${change.detail})`;
}

export function renderReport(report: DiffReport): string {
  const lines = [`Changes from ${report.base.ref} (info.version ${report.base.version}) to the working tree (info.version ${report.head.version}):`, ''];
  if (report.changes.length === 0) lines.push('  The spec has no changes.');
  for (const change of report.changes) {
    const label = change.breaking ? 'BREAKING' : change.impact;
    const note = change.category === 'removed' ? (change.wasDeprecated ? ' (was deprecated)' : ' (without a deprecation first)') : '';
    lines.push(`  ${label.padEnd(8)} ${change.category.padEnd(10)} ${change.subject}${note}  ${change.file}:${change.line}`);
    for (const message of change.messages) lines.push(`           ${message}`);
    for (const language of LANGUAGES) {
      const list = change.sdk[language];
      if (list.length > 0) lines.push(`           ${LANGUAGE_NAMES[language]}: ${list.map(sdkLine).join('; ')}`);
      else if (change.breaks[language]) lines.push(`           ${LANGUAGE_NAMES[language]}: no API change, breaking on the wire`);
    }
  }
  for (const language of LANGUAGES) {
    const list = report.other[language];
    if (list.length === 0) continue;
    lines.push('', `  ${LANGUAGE_NAMES[language]} SDK changes outside the spec's:`);
    for (const change of list) lines.push(`    ${change.breaking ? 'BREAKING ' : ''}${sdkLine(change)}`);
  }
  lines.push('', `Needed bump: ${report.bump}${report.breaking ? ' (breaking changes)' : ''}. info.version ${report.base.version} → ${report.head.version} is a ${report.versionBump} bump.`);
  if (report.versionOk) lines.push('✔ info.version carries the changes.');
  else lines.push(`✘ info.version does not carry a ${report.bump} bump: set it to ${nextVersion(report.base.version, report.bump)} or higher.`);
  return lines.join('\n');
}

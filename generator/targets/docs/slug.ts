/**
 * Heading anchors as GitHub (and most Markdown renderers, github-slugger) make them: lower case, punctuation
 * other than `-` and `_` dropped, spaces to `-`. `sms_received` → `#sms_received` (escape.ts's ASCII `anchor()`
 * drops the underscore, which no renderer does).
 */
export function githubSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/**
 * llms.txt (the index a language model reads first: what the API is, then a link to the Markdown twin of every
 * page, per the llmstxt.org format) and llms-full.txt (every twin, one after the other).
 */
import type { ApiModel } from '../../../ir/model.js';
import type { SourceFile } from '../../target.js';
import type { Page } from './blocks.js';
import { markdownText } from './twin.js';

const SECTIONS: readonly { title: string; test: (path: string) => boolean }[] = [
  { title: 'Guides', test: (path) => path === 'index.html' || path.startsWith('guides/') },
  { title: 'Reference', test: (path) => path.startsWith('resources/') || path.startsWith('events/') },
  { title: 'Optional', test: (path) => path.startsWith('types/') },
];

export function llmsFiles(model: ApiModel, twins: readonly { page: Page; markdown: string }[]): SourceFile[] {
  const lines = [`# ${markdownText(model.title)} reference`, '', `> ${markdownText(twins[0]?.page.summary ?? model.title)}`, ''];
  lines.push(
    `Version ${markdownText(model.version)}, base URL ${markdownText(model.defaultBaseUrl)}. Every page below is Markdown; the HTML site has the same content. Named types are under Optional.`,
  );
  for (const section of SECTIONS) {
    const pages = twins.filter(({ page }) => section.test(page.path));
    if (pages.length === 0) continue;
    lines.push('', `## ${section.title}`, '');
    for (const { page } of pages) lines.push(`- [${markdownText(page.title)}](${page.path.replace(/\.html$/, '.md')}): ${markdownText(page.summary.slice(0, 200))}`);
  }
  const full = twins.map(({ page, markdown }) => `<!-- page: ${page.path.replace(/\.html$/, '.md')} -->\n\n${markdown.replace(/^<!--.*-->\n\n/, '')}`).join('\n');
  return [
    { path: 'site/llms.txt', verbatim: true, contents: `${lines.join('\n')}\n` },
    { path: 'site/llms-full.txt', verbatim: true, contents: full },
  ];
}

/**
 * The static site under `docs/site/`: every page rendered twice from its blocks (HTML in the layout template, and
 * its `.md` twin), the sidebar, the search data, llms.txt and llms-full.txt, and the hand-written assets
 * (templates/docs/site) with MiniSearch's browser module, copied as they are.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ApiModel } from '../../../ir/model.js';
import { bannerView, render, TEMPLATES_DIR, templateText } from '../../../emit/templates.js';
import { lineCommentText } from '../../../emit/escape.js';
import type { SourceFile } from '../../target.js';
import { githubSlug } from '../slug.js';
import { HeadingIds, rootOf, type Block, type Page } from './blocks.js';
import { BoundedCache, sameData } from './cache.js';
import { STREAMS_PAGE, WEBHOOKS_PAGE, streamsPage, webhooksPage } from './events.js';
import { TypePages } from './fields.js';
import { authenticationPage, errorsPage, paginationPage, quickStartPage, rateLimitsPage, type GuideContext } from './guides.js';
import { escapeHtml, HtmlRenderer, plainText } from './html.js';
import { llmsFiles } from './llms.js';
import { overviewPage, type NavEntry } from './overview.js';
import { firstLine, OTHER_OPERATIONS_PAGE, operationTitle, ReferenceBuilder, resourcePagePaths, type OperationEntry } from './reference.js';
import { keywordsOf, searchIndexJson, type SearchDocument } from './search.js';
import { TwinRenderer } from './twin.js';
import { TYPES_INDEX, typePages } from './types.js';

const ASSETS = ['favicon.svg', 'site.css', 'site.js', 'search.js'];

let miniSearch: string | undefined;

/** MiniSearch's ES module, as the browser loads it (its source map comment dropped: the map is not shipped). */
function miniSearchModule(): string {
  if (miniSearch === undefined) {
    const entry = createRequire(import.meta.url).resolve('minisearch');
    const file = path.join(entry.slice(0, entry.lastIndexOf(`${path.sep}dist${path.sep}`)), 'dist', 'es', 'index.js');
    miniSearch = readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
  }
  return miniSearch;
}

type PageFields = Record<'pageTitle' | 'summary' | 'twin' | 'nav' | 'content', string>;

/**
 * The page template (templates/docs/site/page.html.hbs), rendered once per folder depth with a marker in each
 * per-page field; each page then fills the markers. The same output as rendering it per page, at a fraction of the
 * cost for hundreds of pages.
 */
class Layout {
  private readonly parts = new Map<string, string[]>();

  private readonly constants: Record<string, string>;

  constructor(constants: Record<string, string>) {
    // A marker character in spec text (the title) must not be read as a field.
    this.constants = Object.fromEntries(Object.entries(constants).map(([name, value]) => [name, value.replace(/\u0001/g, '')]));
  }

  page(root: string, fields: PageFields): string {
    let parts = this.parts.get(root);
    if (!parts) {
      const markers = Object.fromEntries(['pageTitle', 'summary', 'twin', 'nav', 'content'].map((name) => [name, `\u0001${name}\u0001`]));
      // Split with the capture group: text, field name, text, field name, ..., text.
      parts = render('docs/site/page.html.hbs', { ...this.constants, ...markers, root: escapeHtml(root) }).split(/\u0001(\w+)\u0001/);
      this.parts.set(root, parts);
    }
    return parts.map((part, index) => (index % 2 === 1 ? fields[part as keyof PageFields] : part)).join('');
  }
}

interface NavSection {
  readonly title: string;
  readonly entries: readonly NavEntry[];
}

function navHtml(sections: readonly NavSection[], root: string, current: string): string {
  return sections
    .filter((section) => section.entries.length > 0)
    .map(
      (section) =>
        `<h2>${escapeHtml(section.title)}</h2>\n<ul>\n${section.entries
          .map((entry) => {
            const link = `<a href="${escapeHtml(root + entry.href)}"${entry.href === current ? ' aria-current="page"' : ''}>${escapeHtml(entry.label)}</a>`;
            // A resource's operations are listed under it on its own page (deep links into the page).
            const children =
              entry.href === current && entry.children && entry.children.length > 0
                ? `\n<ul class="sub">\n${entry.children.map((child) => `<li><a href="${escapeHtml(root + child.href)}">${escapeHtml(child.label)}</a></li>\n`).join('')}</ul>`
                : '';
            return `<li>${link}${children}</li>\n`;
          })
          .join('')}</ul>`,
    )
    .join('\n');
}

export function siteFiles(model: ApiModel): SourceFile[] {
  const types = new TypePages(model);
  const resourcePaths = resourcePagePaths(model);
  const byId = new Map(model.operations.map((operation) => [operation.operationId, operation]));
  const entries = new Map<string, OperationEntry>();
  for (const resource of model.resources) {
    const page = resourcePaths.get(resource.name)!;
    for (const id of resource.operationIds) {
      const operation = byId.get(id)!;
      entries.set(id, { operation, href: `${page}#${githubSlug(operationTitle(operation))}`, title: operationTitle(operation) });
    }
  }
  const other = model.operations.filter((operation) => !entries.has(operation.operationId));
  for (const operation of other) entries.set(operation.operationId, { operation, href: `${OTHER_OPERATIONS_PAGE}#${githubSlug(operationTitle(operation))}`, title: operationTitle(operation) });

  const reference = new ReferenceBuilder(model, types);
  const context: GuideContext = { model, types, entries };
  const guides = [quickStartPage(context), authenticationPage(context), errorsPage(context), rateLimitsPage(context), paginationPage(context)];
  const resources = model.resources.map((resource) => reference.resourcePage(resource, resourcePaths.get(resource.name)!, byId, model.streams.length > 0 ? STREAMS_PAGE : undefined));
  const events = [...(model.webhooks.length > 0 ? [webhooksPage(model, types)] : []), ...(model.streams.length > 0 ? [streamsPage(model, types)] : [])];
  const otherPages = other.length > 0 ? [reference.otherOperationsPage(other)] : [];
  const resourceNav = resources.map((page, index) => ({
    href: page.path,
    label: page.title,
    children: model.resources[index]!.operationIds.map((id) => ({ href: entries.get(id)!.href, label: `${entries.get(id)!.operation.sdk?.name ?? id}()` })),
  }));
  const guideNav = guides.map((page) => ({ href: page.path, label: page.title }));
  const overview = overviewPage(model, guideNav, resourceNav, other.length > 0);
  const pages: Page[] = [overview, ...guides, ...resources, ...otherPages, ...events, ...typePages(model, types, entries)];

  const nav: NavSection[] = [
    { title: 'Guides', entries: [{ href: overview.path, label: 'Overview' }, ...guideNav] },
    { title: 'Events', entries: events.map((page) => ({ href: page.path, label: page.title })) },
    { title: 'Resources', entries: [...resourceNav, ...otherPages.map((page) => ({ href: page.path, label: 'Other operations' }))] },
    { title: 'Types', entries: [{ href: TYPES_INDEX, label: `All types (${model.schemas.length})` }] },
  ];

  // Inside HTML comments, still escaped: a comment is text a tool may show, and `<script>` in it alarms scanners.
  const plainBanner = bannerView(model);
  const banner = { title: escapeHtml(plainBanner.title), version: escapeHtml(plainBanner.version) };
  // Pages of the same depth that highlight the same entry (all type pages) share one sidebar.
  const navs = new Map<string, string>();
  const navFor = (root: string, current: string) => {
    let html = navs.get(`${root}|${current}`);
    if (html === undefined) navs.set(`${root}|${current}`, (html = navHtml(nav, root, current)));
    return html;
  };
  const layout = new Layout({ ...banner, apiTitle: escapeHtml(model.title), version: escapeHtml(model.version) });
  const files: SourceFile[] = [];
  const twins: { page: Page; markdown: string }[] = [];
  for (const page of pages) {
    const root = rootOf(page.path);
    const twinPath = page.path.replace(/\.html$/, '.md');
    const rendered = renderPage(root, page);
    const content = rendered.html;
    files.push({
      path: `site/${page.path}`,
      verbatim: true,
      contents: layout.page(root, {
        pageTitle: escapeHtml(page.title),
        summary: escapeHtml(page.summary.slice(0, 300)),
        twin: escapeHtml(path.posix.basename(twinPath)),
        nav: navFor(root, page.nav),
        content,
      }),
    });
    const markdown = `<!-- ${escapeHtml(lineCommentText(`${model.title} ${model.version}: generated from the spec, do not edit`))} -->\n\n${rendered.twin}\n`;
    twins.push({ page, markdown });
    files.push({ path: `site/${twinPath}`, verbatim: true, contents: markdown });
  }

  files.push({ path: 'site/search-index.json', verbatim: true, contents: searchIndexJson(searchDocuments(pages, entries, model, types)) });
  files.push(...llmsFiles(model, twins));
  for (const asset of ASSETS) files.push({ path: `site/assets/${asset}`, verbatim: true, contents: templateText(path.join(TEMPLATES_DIR, 'docs/site', asset)) });
  files.push({ path: 'site/assets/minisearch.js', verbatim: true, contents: miniSearchModule() });
  return files;
}

/**
 * A page's HTML content and Markdown twin: pure functions of its depth and its blocks (heading ids start afresh on
 * every page), remembered by page across runs with the blocks they were made from. In watch mode a save changes a
 * page or two; rendering every page again took a third of the docs target, and keying the cache by the blocks'
 * JSON still took a tenth of it.
 */
const PAGE_CACHE = new BoundedCache<string, { readonly blocks: readonly Block[]; readonly html: string; readonly twin: string }>(4096);

function renderPage(root: string, page: Page): { readonly html: string; readonly twin: string } {
  const key = `${root}\0${page.path}`;
  const cached = PAGE_CACHE.get(key);
  if (cached && sameData(cached.blocks, page.blocks)) return cached;
  const ids = new HeadingIds();
  const rendered = { blocks: page.blocks, html: new HtmlRenderer(root).blocks(page.blocks, (slug) => ids.take(slug)), twin: new TwinRenderer(root).blocks(page.blocks) };
  PAGE_CACHE.set(key, rendered);
  return rendered;
}

function searchDocuments(pages: readonly Page[], entries: ReadonlyMap<string, OperationEntry>, model: ApiModel, types: TypePages): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const entry of entries.values()) {
    const { operation } = entry;
    const route = `${operation.method} ${operation.path}`;
    documents.push({
      id: entry.href,
      title: entry.title,
      kind: 'operation',
      keywords: keywordsOf(operation.operationId, operation.sdk ? `${operation.sdk.resource} ${operation.sdk.name}` : ''),
      text: `${operation.summary} ${route}`,
      summary: `${route}${operation.summary ? ` · ${firstLine(operation.summary)}` : ''}`,
    });
  }
  for (const named of model.schemas) {
    documents.push({ id: types.page(named.wireName)!.path, title: named.typeName, kind: 'type', keywords: keywordsOf(named.typeName, named.wireName), text: firstLine(named.schema.description), summary: `Type · ${firstLine(named.schema.description)}`.slice(0, 160) });
  }
  for (const webhook of model.webhooks) documents.push({ id: `${WEBHOOKS_PAGE}#${githubSlug(webhook.name)}`, title: webhook.name, kind: 'webhook', keywords: keywordsOf(webhook.name), text: webhook.summary, summary: `Webhook · ${webhook.summary}` });
  for (const stream of model.streams) documents.push({ id: `${STREAMS_PAGE}#${githubSlug(stream.name)}`, title: stream.name, kind: 'stream', keywords: keywordsOf(stream.name), text: stream.summary, summary: `WebSocket stream · ${stream.summary}` });
  for (const page of pages) {
    if (page.path.startsWith('types/') || page.path.startsWith('resources/')) continue;
    documents.push({ id: page.path, title: page.title, kind: 'page', keywords: '', text: page.summary, summary: page.summary });
    // Guide sections (`Retry-After`, `offset style`) are found by their headings.
    for (const block of page.blocks) {
      if (block.kind !== 'heading' || block.level !== 2) continue;
      const heading = plainText(block.text);
      documents.push({ id: `${page.path}#${githubSlug(heading)}`, title: `${page.title}: ${heading}`, kind: 'section', keywords: '', text: heading, summary: page.summary });
    }
  }
  for (const page of pages) if (page.path.startsWith('resources/')) documents.push({ id: page.path, title: page.title, kind: 'page', keywords: keywordsOf(page.title), text: page.summary, summary: page.summary.slice(0, 160) });
  return documents;
}

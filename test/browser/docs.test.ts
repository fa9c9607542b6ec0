/**
 * The generated docs in headless Chromium. The Markdown reference, rendered the way documentation sites render it
 * (marked, GitHub-flavoured, raw HTML passed through): every page renders, its links between pages resolve, and a
 * spec written to inject markup (test/fixtures/specs/hostile.yaml) produces pages where no injected element or
 * script exists. The static site (generated/docs/site, as committed): the index loads without console errors and
 * under 100 KB before search; search leads to a section; sample tabs switch; a type link opens its page; a phone
 * shows the navigation; the hostile fixture's site runs nothing. Screenshots go to .tmp/docs-screenshots/.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { marked } from 'marked';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/pipeline.js';
import { docsTarget } from '../../generator/targets/docs/index.js';

const CHROMIUM = process.env['BURKI_CHROMIUM'] ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const skip = !existsSync(CHROMIUM) && !process.env['CI'];
if (skip) console.warn(`[docs browser test] skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);

const ROOT = path.resolve(import.meta.dirname, '../..');
const SITE = path.join(ROOT, 'generated/docs/site');
const SHOTS = path.join(ROOT, '.tmp/docs-screenshots');
const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.md': 'text/markdown', '.txt': 'text/plain' };

/** Serves a site: files by path under the root (from memory, or read from `dir`). */
async function serveSite(read: (file: string) => string | undefined): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const file = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const contents = file.includes('..') ? undefined : read(file);
    response.writeHead(contents === undefined ? 404 : 200, { 'content-type': `${CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream'}; charset=utf-8` });
    response.end(contents ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const fromDisk = (dir: string) => (file: string) => {
  const full = path.join(dir, file);
  return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
};

/** Serves `<name>.html` for every docs page of `files` (Markdown rendered with marked; `.md` links → `.html`). */
async function serveDocs(files: ReadonlyMap<string, string>): Promise<{ server: Server; url: string; pages: string[] }> {
  const pages = new Map<string, string>();
  for (const [file, markdown] of files) {
    if (!file.startsWith('docs/') || file.startsWith('docs/site/') || !file.endsWith('.md')) continue;
    const html = (await marked.parse(markdown, { gfm: true })).replace(/href="([\w-]+)\.md(#[^"]*)?"/g, 'href="$1.html$2"');
    pages.set(`/${path.basename(file, '.md')}.html`, `<!doctype html><meta charset="utf-8"><title>${path.basename(file)}</title><body>${html}</body>`);
  }
  const server = createServer((request, response) => {
    const page = pages.get(new URL(request.url ?? '/', 'http://x').pathname);
    response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, pages: [...pages.keys()].sort() };
}

describe.skipIf(skip)('generated docs in headless Chromium', () => {
  let browser: Browser;
  const servers: Server[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });

  it('renders every page of the Burki reference, with working links between pages', async () => {
    const { files } = await generate(path.join(ROOT, 'spec/openapi.yaml'), { targets: [docsTarget] });
    const { server, url, pages } = await serveDocs(files);
    servers.push(server);
    expect(pages).toContain('/README.html');
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    for (const pagePath of pages) {
      const response = await page.goto(`${url}${pagePath}`);
      expect(response?.status(), pagePath).toBe(200);
      expect(await page.locator('h1').count(), pagePath).toBeGreaterThan(0);
      const links = await page.$$eval('a[href$=".html"], a[href*=".html#"]', (anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
      for (const link of links) expect(pages, `${pagePath} links to ${link}`).toContain(`/${link.split('#')[0]}`);
    }
    await page.goto(`${url}/assistants.html`);
    expect(await page.locator('h2', { hasText: 'assistants.list()' }).count()).toBe(1);
    expect(await page.locator('table').count()).toBeGreaterThan(3);
    expect(errors).toEqual([]);
  });

  it('shows hostile spec text as text: no injected element, handler or script runs', async () => {
    const { files } = await generate(path.join(ROOT, 'test/fixtures/specs/hostile.yaml'), { targets: [docsTarget] });
    const { server, url, pages } = await serveDocs(files);
    servers.push(server);
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const pagePath of pages) {
      await page.goto(`${url}${pagePath}`);
      expect(await page.locator('body script, body img, body [onerror]').count(), pagePath).toBe(0);
    }
    await page.goto(`${url}/README.html`);
    expect(await page.locator('body').innerText()).toContain('<img src=x onerror=alert(1)>');
    expect(dialogs).toEqual([]);
  });
});

describe.skipIf(skip)('the docs site in headless Chromium', () => {
  let browser: Browser;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
    ({ server, url } = await serveSite(fromDisk(SITE)));
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  /** A page that records console errors, page errors and failed requests. */
  async function open(options: Parameters<Browser['newPage']>[0] = {}) {
    const page = await browser.newPage(options);
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('requestfailed', (request) => errors.push(`failed: ${request.url()}`));
    return { page, errors };
  }

  it('loads the index without console errors, under 100 KB before the search index', async () => {
    const { page, errors } = await open();
    const transferred = new Map<string, number>();
    page.on('response', async (response) => transferred.set(response.url(), (await response.body()).length));
    await page.goto(`${url}/index.html`, { waitUntil: 'networkidle' });
    expect(await page.locator('h1').innerText()).toMatch(/reference/);
    expect(await page.locator('#sidebar a[href$="resources/assistants.html"]').count()).toBe(1);
    expect([...transferred.keys()].some((loaded) => /search-index|minisearch/.test(loaded))).toBe(false);
    const total = [...transferred.values()].reduce((sum, bytes) => sum + bytes, 0);
    expect(total).toBeGreaterThan(5_000);
    expect(total).toBeLessThan(100_000);
    await page.screenshot({ path: path.join(SHOTS, 'index.png'), fullPage: false });
    expect(errors).toEqual([]);
  });

  it('finds "create assistant" and follows the first result to assistants.create()', async () => {
    const { page, errors } = await open();
    await page.goto(`${url}/guides/quickstart.html`);
    await page.fill('#search', 'create assistant');
    const first = page.locator('#search-results a').first();
    await expect.poll(() => first.locator('.result-title').textContent()).toBe('assistants.create()');
    await page.screenshot({ path: path.join(SHOTS, 'search.png') });
    await page.keyboard.press('Enter');
    await page.waitForURL(/resources\/assistants\.html#assistantscreate$/);
    const heading = page.locator('h2#assistantscreate');
    await expect.poll(() => heading.isVisible()).toBe(true);
    const box = await heading.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(400);
    expect(errors).toEqual([]);
  });

  it('switches sample tabs (every group, remembered across pages) and copies a sample', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
    const page = await context.newPage();
    await page.goto(`${url}/resources/assistants.html#assistantscreate`);
    const section = page.locator('section', { has: page.locator('h2#assistantscreate') });
    const labels = await section.locator('[role="tab"]').allInnerTexts();
    expect(labels).toEqual(['TypeScript', 'Python', 'Go', 'curl']);
    // What each tab shows: the call of that SDK (or of curl), and nothing of the others.
    const calls: Record<string, RegExp> = { TypeScript: /client\.assistants\.create\(/, Python: /client\.assistants\.create\(/, Go: /client\.Assistants\.Create\(ctx, /, curl: /^curl -X POST/ };
    for (const label of labels) {
      await section.locator('[role="tab"]', { hasText: label }).click();
      const visible = section.locator('[role="tabpanel"]:not([hidden])');
      expect(await visible.count()).toBe(1);
      expect(await visible.getAttribute('data-lang')).toBe(label.toLowerCase());
      expect(await section.locator('[role="tab"][aria-selected="true"]').innerText()).toBe(label);
      const text = await visible.locator('code').innerText();
      expect(text).toMatch(calls[label]!);
      if (label === 'Python') expect(text).toMatch(/^from burki import BurkiClient$/m);
      if (label === 'Go') expect(text).toMatch(/^package main$/m);
      await page.screenshot({ path: path.join(SHOTS, `tab-${label.toLowerCase()}.png`) });
    }
    await section.locator('[role="tab"]', { hasText: 'curl' }).click();
    // Every other group on the page follows, and so does the next page.
    expect(await page.locator('[role="tabpanel"][data-lang="typescript"]:not([hidden])').count()).toBe(0);
    await section.locator('[role="tabpanel"]:not([hidden]) button.copy').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^curl -X POST 'https:\/\/api\.burki\.dev\/api\/v1\/assistants'/);
    await page.goto(`${url}/resources/calls.html`);
    expect(await page.locator('[role="tabpanel"][data-lang="curl"]:not([hidden])').count()).toBeGreaterThan(3);
    expect(await page.locator('[role="tabpanel"][data-lang="typescript"]:not([hidden])').count()).toBe(0);
    await context.close();
  });

  it('opens a type page from a field table', async () => {
    const { page, errors } = await open();
    await page.goto(`${url}/resources/assistants.html#assistantscreate`);
    const section = page.locator('section', { has: page.locator('h2#assistantscreate') });
    await section.locator('a', { hasText: /^LlmSettings$/ }).first().click();
    await page.waitForURL(/types\/LlmSettings\.html$/);
    expect(await page.locator('h1').innerText()).toContain('LlmSettings');
    expect(await page.locator('table tbody tr').count()).toBeGreaterThan(2);
    await page.emulateMedia({ colorScheme: 'dark' });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(13, 17, 23)');
    await page.screenshot({ path: path.join(SHOTS, 'type-dark.png') });
    expect(errors).toEqual([]);
  });

  it('shows the navigation on a phone behind the menu button', async () => {
    const { page, errors } = await open({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${url}/resources/calls.html`);
    const sidebar = page.locator('#sidebar');
    expect(await sidebar.isVisible()).toBe(false);
    // Nothing wider than the screen: tables and code scroll inside their boxes.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.locator('.nav-toggle').tap();
    expect(await sidebar.isVisible()).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'phone-nav.png') });
    await sidebar.locator('a', { hasText: 'Webhooks' }).tap();
    await page.waitForURL(/events\/webhooks\.html$/);
    expect(await sidebar.isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('runs nothing from a hostile spec', async () => {
    const { files } = await generate(path.join(ROOT, 'test/fixtures/specs/hostile.yaml'), { targets: [docsTarget] });
    const site = new Map([...files].filter(([file]) => file.startsWith('docs/site/')).map(([file, contents]) => [file.slice('docs/site/'.length), contents]));
    const hostile = await serveSite((file) => site.get(file));
    try {
      const { page, errors } = await open();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const pages = [...site.keys()].filter((file) => file.endsWith('.html'));
      expect(pages.length).toBeGreaterThan(3);
      for (const file of pages) {
        await page.goto(`${hostile.url}/${file}`);
        // Only the site's own script ran: no element the spec injected, no handler, no script of its own.
        expect(await page.locator('img, iframe, object, embed, [onerror], [onload], [onclick], [onmouseover]').count(), file).toBe(0);
        expect(await page.locator('script').evaluateAll((scripts) => scripts.map((script) => script.getAttribute('src'))), file).toEqual([expect.stringMatching(/assets\/site\.js$/)]);
        for (const href of await page.locator('a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).protocol))) expect(['http:', 'https:', 'mailto:'], file).toContain(href);
      }
      await page.goto(`${hostile.url}/index.html`);
      await page.fill('#search', 'img');
      await page.waitForSelector('#search-results li');
      expect(await page.locator('#search-results img').count()).toBe(0);
      expect(await page.locator('main').innerText()).toContain('<img src=x onerror=alert(1)>');
      await page.screenshot({ path: path.join(SHOTS, 'hostile.png') });
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await new Promise((resolve) => hostile.server.close(resolve));
    }
  });
});

/**
 * The generated Markdown reference, rendered the way documentation sites render it (marked, GitHub-flavoured, raw
 * HTML passed through) and opened in headless Chromium: every page renders, its links between pages resolve, and a
 * spec written to inject markup (test/fixtures/specs/hostile.yaml) produces pages where no injected element or
 * script exists.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { marked } from 'marked';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/pipeline.js';

const CHROMIUM = process.env['BURKI_CHROMIUM'] ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const skip = !existsSync(CHROMIUM) && !process.env['CI'];
if (skip) console.warn(`[docs browser test] skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Serves `<name>.html` for every docs page of `files` (Markdown rendered with marked; `.md` links → `.html`). */
async function serveDocs(files: ReadonlyMap<string, string>): Promise<{ server: Server; url: string; pages: string[] }> {
  const pages = new Map<string, string>();
  for (const [file, markdown] of files) {
    if (!file.startsWith('docs/') || !file.endsWith('.md')) continue;
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
    const { files } = await generate(path.join(ROOT, 'spec/openapi.yaml'));
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
    const { files } = await generate(path.join(ROOT, 'test/fixtures/specs/hostile.yaml'));
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

#!/usr/bin/env node
/**
 * `npm run docs:serve`: serves generated/docs/site/ on 127.0.0.1 (port 4010, `--port N` or PORT to change it; 0 picks
 * a free one) and prints the URL. Static files only, nothing outside the site folder, with the types browsers need
 * for modules and the Markdown twins.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SITE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../generated/docs/site');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

const portArgument = process.argv.indexOf('--port');
const port = Number(portArgument > 0 ? process.argv[portArgument + 1] : (process.env.PORT ?? 4010));

if (!existsSync(path.join(SITE, 'index.html'))) {
  console.error(`No site in ${path.relative(process.cwd(), SITE)}: run \`npm run generate -- --targets docs\` first.`);
  process.exit(1);
}

/** The file a request path names inside the site (a folder means its index.html), or undefined. */
function fileFor(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = path.join(SITE, path.normalize(decoded));
  if (file !== SITE && !file.startsWith(SITE + path.sep)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) return path.join(file, 'index.html');
  return file;
}

const server = createServer((request, response) => {
  const file = fileFor(new URL(request.url ?? '/', 'http://localhost').pathname);
  if (!file || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'x-content-type-options': 'nosniff' });
  createReadStream(file).pipe(response);
});

server.listen(Number.isFinite(port) ? port : 4010, '127.0.0.1', () => {
  const { port: bound } = server.address();
  console.log(`Docs site: http://127.0.0.1:${bound}/`);
});

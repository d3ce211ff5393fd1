// A stand-in for a static host with no rewrite rules (GitHub Pages, S3, a folder on
// disk): it serves the files in dist/ exactly, index.html for a directory, and
// 404.html with status 404 for anything else. Deep links must work here as they are.
//
// Usage: node e2e/support/static-server.mjs [--port 4174] [--root dist]
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4174' },
    root: { type: 'string', default: 'dist' },
  },
});
const root = resolve(values.root);
const port = Number(values.port);

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** The file a URL path names, or null when it would leave the root or does not exist. */
async function fileFor(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const path = resolve(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return null;
  const info = await stat(path).catch(() => null);
  if (!info) return null;
  if (info.isFile()) return { path, directory: false };
  if (info.isDirectory()) {
    const index = join(path, 'index.html');
    const indexInfo = await stat(index).catch(() => null);
    return indexInfo?.isFile() ? { path: index, directory: true } : null;
  }
  return null;
}

function send(response, status, path, method) {
  response.writeHead(status, {
    'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
    // Every visit revalidates, so a fresh build is never hidden behind a stale copy.
    'Cache-Control': 'no-cache',
  });
  if (method === 'HEAD') response.end();
  else createReadStream(path).pipe(response);
}

const server = createServer(async (request, response) => {
  const method = request.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  const file = await fileFor(url.pathname);
  if (file?.directory && !url.pathname.endsWith('/')) {
    // Like GitHub Pages: a directory without its slash redirects to it.
    response.writeHead(301, { Location: `${url.pathname}/${url.search}`, 'Cache-Control': 'no-cache' }).end();
    return;
  }
  if (file) {
    send(response, 200, file.path, method);
    return;
  }
  const notFound = join(root, '404.html');
  if (await stat(notFound).catch(() => null)) send(response, 404, notFound, method);
  else response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
});

server.listen(port, () => {
  console.log(`Serving ${root} at http://localhost:${port}/ (no rewrites; 404.html for missing files)`);
});

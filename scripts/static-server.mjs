// A stand-in for a static host with no rewrite rules (GitHub Pages, S3, a folder on
// disk): it serves the files under a root exactly, index.html for a directory (a
// directory without its trailing slash is redirected to it with a 301), and 404.html
// with status 404 for anything else. Only GET and HEAD are allowed (405 otherwise).
// A `_headers` file in the root is applied as Netlify and Cloudflare Pages apply it
// (the values of a header several rules set are joined), and is not served itself.
//
// The end-to-end tests start it as a command, so deep links are tested as a plain
// host serves them; the benchmark imports it, so it measures the files a static host
// would serve without depending on `vite preview`.
//
// Usage: node scripts/static-server.mjs [--port 4174] [--root dist] [--host 127.0.0.1]
//        import { startStaticServer } from './static-server.mjs';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

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

/** Every visit revalidates, so a fresh build is never hidden behind a stale copy. */
const DEFAULT_CACHE_CONTROL = 'no-cache';

const statOrNull = (path) => stat(path).catch(() => null);

/**
 * The file a URL path names under `root`: `{ path, size, directory }`, where `directory`
 * says the path named a directory and `path` is its index.html. Null when the path would
 * leave the root, cannot be decoded, or names nothing servable.
 */
async function fileFor(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const path = resolve(join(root, decoded));
  const prefix = root.endsWith(sep) ? root : root + sep;
  if (path !== root && !path.startsWith(prefix)) return null;
  const info = await statOrNull(path);
  if (info?.isFile()) return { path, size: info.size, directory: false };
  if (info?.isDirectory()) {
    const index = join(path, 'index.html');
    const indexInfo = await statOrNull(index);
    if (indexInfo?.isFile()) return { path: index, size: indexInfo.size, directory: true };
  }
  return null;
}

const HEADERS_FILE = '_headers';

/**
 * The rules of a `_headers` file: a path pattern on its own line (`*` matches anything),
 * then indented `Name: value` lines; `#` starts a comment.
 */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
      rules.push({ pattern, headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    if (colon > 0 && rules.length > 0) rules.at(-1).headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers the rules give a path, a header set by several rules joined with ', '. */
export function headersFor(rules, pathname) {
  const headers = {};
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = Object.keys(headers).find((known) => known.toLowerCase() === name.toLowerCase()) ?? name;
      headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
    }
  }
  return headers;
}

async function readHeaderRules(root) {
  try {
    return parseHeadersFile(await readFile(join(root, HEADERS_FILE), 'utf8'));
  } catch {
    return [];
  }
}

function send(response, status, file, method, cacheControl, extraHeaders = {}) {
  response.writeHead(status, {
    'Content-Type': CONTENT_TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': file.size,
    'Cache-Control': cacheControl,
    ...extraHeaders,
  });
  if (method === 'HEAD') {
    response.end();
    return;
  }
  // The file can vanish between stat and read (a rebuild of the root): end the response.
  createReadStream(file.path)
    .on('error', (error) => response.destroy(error))
    .pipe(response);
}

function createHandler(root, cacheControl) {
  return async (request, response) => {
    try {
      const method = request.method ?? 'GET';
      if (method !== 'GET' && method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const url = new URL(request.url ?? '/', 'http://localhost');
      // Read per request: a rebuild of the root changes it.
      const extraHeaders = headersFor(await readHeaderRules(root), url.pathname);
      const file = url.pathname.endsWith(`/${HEADERS_FILE}`) ? null : await fileFor(root, url.pathname);
      if (file?.directory && !url.pathname.endsWith('/')) {
        // Like GitHub Pages: a directory without its slash redirects to it.
        response.writeHead(301, { Location: `${url.pathname}/${url.search}`, 'Cache-Control': cacheControl }).end();
        return;
      }
      if (file) {
        send(response, 200, file, method, cacheControl, extraHeaders);
        return;
      }
      const notFound = await fileFor(root, '/404.html');
      if (notFound) send(response, 404, notFound, method, cacheControl, extraHeaders);
      else response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    } catch (error) {
      if (response.headersSent) response.destroy(error);
      else response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`${error}\n`);
    }
  };
}

/** The host part of a URL for an address the server listens on. */
function urlHost(host) {
  if (host === null || host === '::' || host === '0.0.0.0') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * Serves `root` over HTTP until `close()` is called.
 *
 * @param {object} options
 * @param {string} options.root The directory to serve (relative to the working directory or absolute).
 * @param {number} [options.port] The port; 0 (the default) picks a free one.
 * @param {string | null} [options.host] The address to listen on, loopback by default;
 *   null listens on every interface, as `server.listen(port)` does.
 * @param {string} [options.cacheControl] The Cache-Control header of every file served ('no-cache' by default).
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>} `url` has no trailing slash.
 */
export async function startStaticServer({ root, port = 0, host = '127.0.0.1', cacheControl = DEFAULT_CACHE_CONTROL }) {
  if (!root) throw new TypeError('startStaticServer needs a root directory');
  const rootDir = resolve(root);
  const server = createServer(createHandler(rootDir, cacheControl));
  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    const ready = () => {
      server.off('error', reject);
      resolveListen();
    };
    if (host === null) server.listen(port, ready);
    else server.listen(port, host, ready);
  });
  const actualPort = server.address().port;
  return {
    url: `http://${urlHost(host)}:${actualPort}`,
    port: actualPort,
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4174' },
      root: { type: 'string', default: 'dist' },
      // Every interface unless given, so both localhost addresses (::1, 127.0.0.1) answer.
      host: { type: 'string' },
      'cache-control': { type: 'string', default: DEFAULT_CACHE_CONTROL },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port needs a port number, not "${values.port}"`);
  const server = await startStaticServer({
    root: values.root,
    port,
    host: values.host ?? null,
    cacheControl: values['cache-control'],
  });
  console.log(`Serving ${resolve(values.root)} at ${server.url}/ (no rewrites; 404.html for missing files)`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`static-server: ${error.message}`);
    process.exitCode = 1;
  });
}

// A minimal static file server for the built app, so the benchmark measures the
// same files a static host would serve, without depending on `vite preview`.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

async function fileStat(path) {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

/** Maps a request path to a file under `root`, or null when there is none (or it escapes `root`). */
async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return null;
  const info = await fileStat(path);
  if (info?.isFile()) return { path, size: info.size };
  if (info?.isDirectory()) {
    const index = join(path, 'index.html');
    const indexInfo = await fileStat(index);
    if (indexInfo?.isFile()) return { path: index, size: indexInfo.size };
  }
  return null;
}

function send(response, status, file, method) {
  response.writeHead(status, {
    'Content-Type': CONTENT_TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': file.size,
    // Every measured page load starts from an empty cache anyway; this keeps it that way.
    'Cache-Control': 'no-store',
  });
  if (method === 'HEAD') response.end();
  else createReadStream(file.path).pipe(response);
}

/**
 * Serves `root` on a free loopback port. Unknown paths get `404.html` with status 404,
 * as the usual static hosts do.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startStaticServer(root) {
  const rootDir = normalize(root).replace(/[\\/]+$/, '');
  const server = createServer(async (request, response) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
      const file = await resolveFile(rootDir, urlPath);
      if (file) return send(response, 200, file, request.method);
      const notFound = await resolveFile(rootDir, '/404.html');
      if (notFound) return send(response, 404, notFound, request.method);
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(error));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

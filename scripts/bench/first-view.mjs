// What the browser must download before the app can start: the module script, the
// stylesheets and the modulepreloads that index.html names. Chunks the app imports
// later (dynamic import) are not part of the first view.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip level 9: close to what a static host or CDN sends for text assets. */
export function gzipSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

function attributes(tag) {
  const attrs = {};
  for (const match of tag.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attrs[match[1].toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return attrs;
}

/** The files index.html references for the first view, by kind. */
export function firstViewReferences(html) {
  const js = [];
  const css = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attrs = attributes(tag.replace(/^<\w+|\/?>$/g, ''));
    const rels = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (/^<script/i.test(tag) && attrs.type === 'module' && attrs.src) js.push(attrs.src);
    else if (rels.includes('modulepreload') && attrs.href) js.push(attrs.href);
    else if (rels.includes('stylesheet') && attrs.href) css.push(attrs.href);
  }
  return { js: [...new Set(js)], css: [...new Set(css)] };
}

/**
 * Finds the file behind a URL path from index.html. The build may use a base path
 * ("/token-lens/assets/…"), so leading segments are dropped until a file matches.
 */
function fileForUrl(distDir, url) {
  const segments = new URL(url, 'http://localhost/').pathname.split('/').filter(Boolean);
  for (let i = 0; i < segments.length; i++) {
    const candidate = join(distDir, ...segments.slice(i));
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`index.html references ${url}, which is not in ${distDir}`);
}

function measureFiles(distDir, urls) {
  const files = urls.map((url) => {
    const bytes = readFileSync(fileForUrl(distDir, url));
    return { url, bytes: bytes.length, gzipBytes: gzipSize(bytes) };
  });
  return {
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
  };
}

/** First-view JS and CSS sizes, plus every JS file in dist/assets for information. */
export function measureFirstViewBytes(distDir) {
  const refs = firstViewReferences(readFileSync(join(distDir, 'index.html'), 'utf8'));
  const assetsDir = join(distDir, 'assets');
  const allJs = existsSync(assetsDir)
    ? readdirSync(assetsDir)
        .filter((name) => name.endsWith('.js'))
        .map((name) => `/assets/${name}`)
    : [];
  return {
    js: measureFiles(distDir, refs.js),
    css: measureFiles(distDir, refs.css),
    allJs: measureFiles(distDir, allJs),
  };
}

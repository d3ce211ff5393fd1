import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The page's Content-Security-Policy, one directive per entry. Scripts come from the
 * page's own origin only (no inline script, no eval), and every script sink takes
 * trusted types, made by the one policy the app defines (src/app/trusted-types.ts).
 * `connect-src` allows https: for the JWKS and issuer URLs a user types.
 */
const DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['connect-src', "'self' https:"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['require-trusted-types-for', "'script'"],
  ['trusted-types', 'default'],
];

/** Directives a `<meta>` policy cannot carry (CSP 3 §6.1.1 ignores them there): header only. */
const HEADER_ONLY_DIRECTIVES: readonly (readonly [string, string])[] = [['frame-ancestors', "'none'"]];

export interface PolicyOptions {
  /** For the header: adds what a `<meta>` element cannot say. */
  header?: boolean;
  /** The single-file build's inline scripts and styles, allowed by their SHA-256 hashes. */
  inline?: { scripts: readonly string[]; styles: readonly string[] };
}

/** The 'sha256-…' source expression of an inline script's or style's exact text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export function contentSecurityPolicy({ header = false, inline }: PolicyOptions = {}): string {
  const directives = DIRECTIVES.map(([name, value]) => {
    if (inline && name === 'script-src') return [name, [value, ...inline.scripts.map(hashSource)].join(' ')];
    if (inline && name === 'style-src') return [name, [value, ...inline.styles.map(hashSource)].join(' ')];
    return [name, value];
  });
  return [...directives, ...(header ? HEADER_ONLY_DIRECTIVES : [])].map(([name, value]) => `${name} ${value}`).join('; ');
}

/** Headers every response carries, beside the policy. */
const COMMON_HEADERS: readonly (readonly [string, string])[] = [
  ['Referrer-Policy', 'no-referrer'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
];

/** Hashed file names never change content: a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages, the service worker and the manifest: always revalidated, so a deploy shows at once. */
export const REVALIDATE = 'no-cache';

/**
 * A `_headers` file (Netlify, Cloudflare Pages): the policy and the common headers for
 * every path, and a cache rule per kind of file. Hosts join the values of a header that
 * several rules set, so each path gets its Cache-Control from exactly one rule.
 */
export function headersFile(base: string, pageHrefs: readonly string[]): string {
  const pages = pageHrefs.flatMap((href) => [href, `${href}index.html`]);
  const revalidated = [...pages, `${base}404.html`, `${base}sw.js`, `${base}manifest.webmanifest`, `${base}token-lens.html`];
  const block = (path: string, headers: readonly (readonly [string, string])[]) =>
    [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    '# Security headers and caching for hosts that read a _headers file (Netlify, Cloudflare Pages).\n# Made by the build from scripts/security-policy.ts: edit that, not this.',
    block(`${base}*`, [['Content-Security-Policy', contentSecurityPolicy({ header: true })], ...COMMON_HEADERS]),
    block(`${base}assets/*`, [['Cache-Control', IMMUTABLE]]),
    ...revalidated.map((path) => block(path, [['Cache-Control', REVALIDATE]])),
    '',
  ].join('\n\n');
}

/**
 * Puts the policy in every page as a `<meta>` element. Only for builds: the development
 * server injects inline scripts of its own. `_headers` is written with the pages, by the
 * pre-renderer, which knows every view's path.
 */
export function securityPolicy(): Plugin {
  return {
    name: 'token-lens:security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() }, injectTo: 'head-prepend' },
      ],
    },
  };
}

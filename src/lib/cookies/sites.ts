import { PUBLIC_SUFFIXES } from './public-suffixes';

const SUFFIXES = new Set(PUBLIC_SUFFIXES.map((row) => row.suffix));

/** A dotted-quad IPv4 address or a bracketed IPv6 one, as WHATWG URL writes hosts. */
export function isIpAddress(host: string): boolean {
  return /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) || (host.startsWith('[') && host.endsWith(']'));
}

function normalise(host: string): string {
  return host.toLowerCase().replace(/\.$/, '');
}

/**
 * The public suffix of a host name by the embedded subset of the list (one label when none
 * of it matches); null for an IP address or an empty host.
 */
export function publicSuffix(host: string): string | null {
  const name = normalise(host);
  if (name === '' || isIpAddress(name)) return null;
  const labels = name.split('.');
  // The longest listed suffix wins; the last label is the fallback.
  for (let i = 0; i < labels.length - 1; i++) {
    const candidate = labels.slice(i).join('.');
    if (SUFFIXES.has(candidate)) return candidate;
  }
  return labels[labels.length - 1]!;
}

/** Whether a domain is itself a public suffix (`com`, `co.uk`, `github.io`, `localhost`). */
export function isPublicSuffix(domain: string): boolean {
  const name = normalise(domain);
  return name !== '' && publicSuffix(name) === name;
}

/**
 * The registrable domain (eTLD+1): the public suffix and the label before it
 * (`www.site.example` → `site.example`, `app.example.co.uk` → `example.co.uk`). null for an
 * IP address, and for a host that is a public suffix itself (`localhost`, `github.io`).
 */
export function registrableDomain(host: string): string | null {
  const name = normalise(host);
  const suffix = publicSuffix(name);
  if (suffix === null || suffix === name) return null;
  const rest = name.slice(0, name.length - suffix.length - 1);
  return `${rest.slice(rest.lastIndexOf('.') + 1)}.${suffix}`;
}

/** A URL's site (HTML's "schemeful site"): its scheme and its registrable domain, or its host when it has none. */
interface Site {
  scheme: string;
  host: string;
}

/** ws and wss count as http and https, as they do for cookies. */
export function siteOf(url: URL): Site {
  const scheme = url.protocol === 'wss:' ? 'https' : url.protocol === 'ws:' ? 'http' : url.protocol.replace(/:$/, '');
  return { scheme, host: registrableDomain(url.hostname) ?? normalise(url.hostname) };
}

/** Schemeful same-site (6265bis §5.2): same scheme and same registrable domain; ports do not matter. */
export function isSameSite(a: URL, b: URL): boolean {
  const x = siteOf(a);
  const y = siteOf(b);
  return x.scheme === y.scheme && x.host === y.host;
}

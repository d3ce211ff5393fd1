import { isIpAddress } from './sites';

/**
 * Domain-match of 6265bis §5.1.3: the host equals the domain, or ends with "." and the domain
 * and is a host name (an IP address matches only itself).
 */
export function domainMatches(host: string, domain: string): boolean {
  if (host === domain) return true;
  return host.endsWith(`.${domain}`) && !isIpAddress(host);
}

/** The default-path of 6265bis §5.1.4: the directory of the URL's path ("/" at the top). */
export function defaultPath(url: URL): string {
  const path = url.pathname;
  if (!path.startsWith('/')) return '/';
  const last = path.lastIndexOf('/');
  return last <= 0 ? '/' : path.slice(0, last);
}

/**
 * Path-match of 6265bis §5.1.4: identical, or the cookie path is a prefix that ends with "/"
 * or is followed by "/" in the request path. `/docs` matches `/docs/Web`, not `/docsets`.
 */
export function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}

/** Loopback hosts, which browsers treat as secure over plain http (Secure Contexts). */
function isLoopback(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost') || /^127(?:\.\d{1,3}){3}$/.test(name) || name === '[::1]';
}

/** Whether a URL counts as secure for cookies: https or wss, or http to localhost (6265bis §5.8.3; fact 21). */
export function isSecureUrl(url: URL): boolean {
  return url.protocol === 'https:' || url.protocol === 'wss:' || isLoopback(url.hostname);
}

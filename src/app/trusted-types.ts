/**
 * The page's Trusted Types policy. The security policy requires trusted types for every
 * script sink (`require-trusted-types-for 'script'`) and allows only this policy. It is
 * the default policy, so the few sinks the app reaches through the platform — a worker's
 * script URL, the service worker's — pass through it, and it lets a script URL through
 * only when it comes from the page's own origin (a blob: URL made by the page counts).
 * It creates no HTML and no script: assigning a string to innerHTML, say, still throws.
 */
interface PolicyFactory {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): unknown;
  defaultPolicy: unknown;
}

export function isOwnScriptUrl(input: string, page: { href: string; origin: string }): boolean {
  try {
    const url = new URL(input, page.href);
    // A page opened from a file has an opaque origin, "null", as data: URLs do: the scheme tells them apart.
    const ownScheme = url.protocol === 'blob:' || url.protocol === new URL(page.href).protocol;
    return ownScheme && url.origin === page.origin;
  } catch {
    return false;
  }
}

export function installTrustedTypesPolicy(): void {
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  if (!factory || factory.defaultPolicy) return;
  factory.createPolicy('default', {
    createScriptURL(input) {
      if (isOwnScriptUrl(input, window.location)) return input;
      throw new TypeError(`Refused to load a script from ${input}: only this page's own scripts may run.`);
    },
  });
}

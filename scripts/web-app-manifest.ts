import type { ManifestOptions } from 'vite-plugin-pwa';

/**
 * The web app manifest for a build served under `base` (Vite's base path, `/` or
 * `/tools/lens/`). vite-plugin-pwa writes it as manifest.webmanifest, links it from
 * every page and precaches it with its icons. start_url, scope and id are the base path
 * so the app installs the same under a sub-path, as its own app; icon paths are
 * relative to the manifest. The colours are the app's light background (bg-white); the
 * pages' theme-color meta tags add the dark one.
 */
export function webAppManifest(base: string): Partial<ManifestOptions> {
  // Vite accepts `/tools/lens` too; the start URL must lie inside the scope, a folder.
  const root = base.endsWith('/') ? base : `${base}/`;
  return {
    id: root,
    start_url: root,
    scope: root,
    name: 'Token Lens',
    short_name: 'Token Lens',
    description: 'Decode, explain and check JSON Web Tokens in your browser. Nothing you paste leaves the page.',
    display: 'standalone',
    theme_color: '#ffffff',
    background_color: '#ffffff',
    lang: 'en',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
}

// Renders the app's icons as PNG from public/favicon.svg in a headless Chromium, so the
// icons the manifest lists are drawn from the same picture as the favicon. Run it after
// changing the SVG and commit the PNGs it writes to public/:
//
//   node scripts/make-icons.mjs            (uses /usr/bin/chromium, or CHROMIUM_PATH)
//
// - icon-192.png, icon-512.png: the SVG as it is, transparent corners ("any" purpose).
// - icon-maskable-512.png: full-bleed background, the glyph inside the central circle of
//   radius 40% that a maskable icon must keep visible whatever mask the platform applies.
// - apple-touch-icon.png (180×180): full bleed too; iOS rounds the corners itself and
//   would fill transparent ones with black.
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const publicDir = join(root, 'public');

const svg = await readFile(join(publicDir, 'favicon.svg'), 'utf8');
const background = /<rect[^>]*fill="([^"]+)"/.exec(svg)?.[1];
if (!background) throw new Error('favicon.svg: expected a <rect> with a fill for the background');
// The glyph is everything after the background square, in the SVG's 32-unit space.
const glyph = svg.slice(svg.indexOf('>', svg.indexOf('<rect')) + 1, svg.lastIndexOf('</svg>'));

// The glyph (a lens: ring centred at 14,14 of outer radius 8.5; handle to 26,26 with a
// round cap) spans the diagonal from about (8,8) to (27.2,27.2): centred on its midpoint
// every point lies within 13.6 units of it.
const GLYPH_CENTRE = 17.6;
const GLYPH_RADIUS = 13.6;

/** A square SVG of `size` px: a full-bleed background and the glyph within `fraction` × size of the centre. */
function fullBleed(size, fraction) {
  const scale = (fraction * size) / GLYPH_RADIUS;
  const offset = size / 2 - GLYPH_CENTRE * scale;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">`
    + `<rect width="${size}" height="${size}" fill="${background}"/>`
    + `<g transform="translate(${offset} ${offset}) scale(${scale})">${glyph}</g></svg>`;
}

/** The favicon as it is, drawn at `size` px. */
function asIs(size) {
  return svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
}

const ICONS = [
  { file: 'icon-192.png', size: 192, svg: asIs(192) },
  { file: 'icon-512.png', size: 512, svg: asIs(512) },
  // 0.36 rather than 0.4: a margin inside the safe zone, as the maskable spec advises.
  { file: 'icon-maskable-512.png', size: 512, svg: fullBleed(512, 0.36) },
  { file: 'apple-touch-icon.png', size: 180, svg: fullBleed(180, 0.38) },
];

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${icon.svg}`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } });
    await writeFile(join(publicDir, icon.file), png);
    await page.close();
    console.log(`public/${icon.file}: ${icon.size}×${icon.size}`);
  }
} finally {
  await browser.close();
}

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig, type Rollup } from 'vite';
import { headersFile } from './security-policy.ts';

/** What the server entry (src/entry-server.tsx) offers the build. */
interface ServerEntry {
  VIEWS: readonly { id: string; path: string; title: string }[];
  routeHref(route: { path: string }, base: string): string;
  prerenderedAttributes(render: { pathname: string; renderedAt: number }): string;
  renderPage(render: { pathname: string; renderedAt: number }): Promise<string>;
}

const ROOT_ELEMENT = '<div id="root"></div>';
const NOT_FOUND_TITLE = 'Not found — Token Lens';

interface Page {
  file: string;
  pathname: string;
  title: string;
  /** Files of the view's own chunk and what it imports, fetched beside the entry. */
  preload: string[];
}

function fillTemplate(template: string, entry: ServerEntry, page: Page, base: string, renderedAt: number, html: string): string {
  if (!template.includes(ROOT_ELEMENT)) throw new Error(`index.html has no ${ROOT_ELEMENT} to render into`);
  const attributes = entry.prerenderedAttributes({ pathname: page.pathname, renderedAt });
  const links = page.preload.map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`).join('');
  return template
    .replace(/<title>[^<]*<\/title>/, `<title>${page.title}</title>`)
    .replace('</head>', `${links}</head>`)
    .replace(ROOT_ELEMENT, () => `<div id="root" ${attributes}>${html}</div>`);
}

/**
 * A lazily loaded view's chunk (the one made from src/features/<id>/) and the chunks it
 * imports statically that the entry does not already load: the browser then fetches them
 * with the entry instead of after it, and the page is interactive sooner.
 */
function viewChunkFiles(bundle: Rollup.OutputBundle, routeId: string): string[] {
  const chunks = Object.values(bundle).filter((output): output is Rollup.OutputChunk => output.type === 'chunk');
  const view = chunks.find((chunk) => chunk.isDynamicEntry && chunk.facadeModuleId?.includes(`/src/features/${routeId}/`));
  if (!view) return [];
  const loadedByEntry = new Set(chunks.filter((chunk) => chunk.isEntry).flatMap((chunk) => [chunk.fileName, ...chunk.imports]));
  const files = [view.fileName];
  for (const file of files) {
    const chunk = bundle[file];
    if (chunk?.type !== 'chunk') continue;
    for (const imported of chunk.imports) if (!files.includes(imported) && !loadedByEntry.has(imported)) files.push(imported);
  }
  return files;
}

/**
 * Renders every route to its own HTML file (`timestamp/index.html`, …) and the not-found
 * view to `404.html` with React's server renderer, so each page's content is there
 * before any script runs and a deep link works on a static host without rewrite rules.
 * The browser then hydrates the markup. Runs after the client bundle is written and
 * before the service worker's precache list is made, so the list holds these files.
 * Writes `_headers` too: its cache rules name every page.
 */
export function prerenderRoutes(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'token-lens:prerender-routes',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle(_options, bundle) {
      if (config.build.ssr) return;
      const server = await createServer({
        configFile: config.configFile ?? false,
        root: config.root,
        base: config.base,
        mode: config.mode,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
      });
      try {
        const entry = (await server.ssrLoadModule('/src/entry-server.tsx')) as ServerEntry;
        const outDir = config.build.outDir;
        const template = await readFile(join(outDir, 'index.html'), 'utf8');
        const renderedAt = Date.now();
        const views: Page[] = entry.VIEWS.map((view) => ({
          file: join(view.path, 'index.html'),
          pathname: entry.routeHref(view, config.base),
          title: view.title,
          preload: viewChunkFiles(bundle, view.id),
        }));
        const pages: Page[] = [
          ...views,
          { file: '404.html', pathname: `${config.base}404.html`, title: NOT_FOUND_TITLE, preload: [] },
        ];
        for (const page of pages) {
          const html = await entry.renderPage({ pathname: page.pathname, renderedAt });
          const target = join(outDir, page.file);
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, fillTemplate(template, entry, page, config.base, renderedAt, html));
        }
        await writeFile(join(outDir, '_headers'), headersFile(config.base, views.map((view) => view.pathname)));
      } finally {
        await server.close();
      }
    },
  };
}

import type { Plugin, Rollup } from 'vite';
import { contentSecurityPolicy } from './security-policy.ts';

export const SINGLE_FILE_NAME = 'token-lens.html';

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The text of every inline `<script>` or `<style>` element, exactly as the browser hashes it. */
function inlineTexts(html: string, tag: 'script' | 'style'): string[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) => match[1] ?? '').filter((text) => text !== '');
}

/**
 * Finishes the single-file build after vite-plugin-singlefile has inlined the code: the
 * page gets the same policy as the hosted one, its inline script and style allowed by
 * their hashes, and is written as token-lens.html. Files left beside it (a worker's
 * script, which a page opened from disk could not start anyway) are dropped: the app
 * falls back to its main thread when a worker cannot start.
 */
export function singleFileOutput(): Plugin {
  return {
    name: 'token-lens:single-file',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const htmlFiles = Object.values(bundle).filter((output): output is Rollup.OutputAsset => output.type === 'asset' && output.fileName.endsWith('.html'));
        if (htmlFiles.length !== 1) throw new Error(`The single-file build expects one HTML file, found ${htmlFiles.length}`);
        const page = htmlFiles[0]!;
        const html = String(page.source);
        const policy = contentSecurityPolicy({ inline: { scripts: inlineTexts(html, 'script'), styles: inlineTexts(html, 'style') } });
        const withPolicy = html
          .replace(/<head>/, () => `<head>\n    <meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}" />`)
          // Links to files beside a hosted page (its icon, its manifest) name nothing beside this one.
          .replace(/\s*<link rel="(?:icon|manifest|apple-touch-icon)"[^>]*>/g, '');
        for (const fileName of Object.keys(bundle)) {
          if (fileName !== page.fileName) {
            this.info(`left out of the single file: ${fileName}`);
            delete bundle[fileName];
          }
        }
        delete bundle[page.fileName];
        this.emitFile({ type: 'asset', fileName: SINGLE_FILE_NAME, source: withPolicy });
      },
    },
  };
}

/** How long a downloaded copy's blob: URL lives: long enough for the browser to start saving it. */
const BLOB_URL_LIFETIME_MS = 60_000;

/** Whether the service worker keeps a copy to answer with while the page is offline. */
export async function isCached(href: string): Promise<boolean> {
  if (typeof caches === 'undefined') return false;
  return (await caches.match(href)) !== undefined;
}

/** Saves `blob` as `fileName`, as a link with `download` would. */
function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
}

/** Fetches the copy from the page (the service worker answers, keeping a copy) and saves it. */
export async function download(href: string, fileName: string): Promise<void> {
  const response = await fetch(href);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  save(await response.blob(), fileName);
}

import { useCallback, useEffect, useState, type MouseEvent } from 'react';

/** How long a downloaded copy's blob: URL lives: long enough for the browser to start saving it. */
const BLOB_URL_LIFETIME_MS = 60_000;

/** Whether the copy can be had now: with the network, or from the copy the service worker keeps. */
async function reachable(href: string): Promise<boolean> {
  if (navigator.onLine) return true;
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

const plainClick = (event: MouseEvent) => event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/**
 * 'ready': the link works. 'offline': the page is offline and this browser keeps no copy, so
 * there is nothing to download. 'failed': a download was tried and got no file.
 */
export type OfflineCopyState = 'ready' | 'offline' | 'failed';

export interface OfflineCopy {
  state: OfflineCopyState;
  /** For the link's click: downloads through the page, so the service worker keeps a copy. */
  onClick: (event: MouseEvent<HTMLAnchorElement>) => void;
}

/**
 * The offline copy's download. Chromium saves a link with `download` without asking the
 * service worker, so such a download never reaches the worker's copy; a plain click fetches
 * the file from the page instead, which the worker answers from the network (keeping a copy)
 * or, offline, from that copy, and saves what it got. A modified click, "Save link as…" and
 * the page before it is hydrated keep the plain link.
 */
export function useOfflineCopy(href: string, fileName: string): OfflineCopy {
  // The build renders the link; the browser then says whether it can work.
  const [state, setState] = useState<OfflineCopyState>('ready');

  useEffect(() => {
    let live = true;
    const show = (can: boolean) => live && setState(can ? 'ready' : 'offline');
    const check = () => void reachable(href).then(show, () => show(navigator.onLine));
    check();
    window.addEventListener('online', check);
    window.addEventListener('offline', check);
    return () => {
      live = false;
      window.removeEventListener('online', check);
      window.removeEventListener('offline', check);
    };
  }, [href]);

  const onClick = useCallback(
    (event: MouseEvent<HTMLAnchorElement>) => {
      if (event.defaultPrevented || !plainClick(event)) return;
      event.preventDefault();
      void fetch(href)
        .then((response) => {
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          return response.blob();
        })
        .then(
          (blob) => {
            save(blob, fileName);
            setState('ready');
          },
          () => setState('failed'),
        );
    },
    [href, fileName],
  );

  return { state, onClick };
}

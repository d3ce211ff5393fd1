import { useCallback, useEffect, useState, type MouseEvent } from 'react';

// The cache check, the fetching and the saving come only when the page is offline or the link is used.
const loadDownload = () => import('./offline-copy-download');

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
    // Online, the copy can be had from the network: nothing to load or look up.
    const check = () => {
      if (navigator.onLine) show(true);
      else void loadDownload().then(({ isCached }) => isCached(href)).then(show, () => show(false));
    };
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
      void loadDownload()
        .then(({ download }) => download(href, fileName))
        .then(
          () => setState('ready'),
          () => setState('failed'),
        );
    },
    [href, fileName],
  );

  return { state, onClick };
}

import { memo } from 'react';
import { useOfflineCopy, type OfflineCopyState } from '../runtime/use-offline-copy';
import { SINGLE_FILE } from '../runtime/view-href';
import { VIEWS } from './views';

const OFFLINE_COPY_FILE_NAME = 'token-lens.html';

/** Where the offline copy is: the single-file build, written beside the hosted pages. */
const OFFLINE_COPY_HREF = `${import.meta.env.BASE_URL}${OFFLINE_COPY_FILE_NAME}`;

/** Said beside the link when the download cannot work, instead of saving a broken file. */
const OFFLINE_COPY_PROBLEM: Record<OfflineCopyState, string> = {
  ready: '',
  offline: 'Downloading it needs the network: this browser is offline and has no copy yet. Download it once online, and it downloads offline too.',
  failed: 'The download failed: it needs the network, and this browser has no copy yet.',
};

/** "a, b and c" */
function listed(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const TOOLS = listed(VIEWS.map((view) => view.offlineName));

/** The promise, and the copy that keeps it without any host at all. */
export const Footer = memo(function Footer() {
  return (
    <footer className="border-t border-slate-200 dark:border-slate-800 print:hidden">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-4 text-sm text-slate-700 dark:text-slate-300">
        <p>Everything runs in this page: nothing you paste is sent anywhere or stored.</p>
        {SINGLE_FILE ? (
          <p data-testid="offline-copy-note">This is the offline copy: one file that runs from your disk, with {TOOLS}.</p>
        ) : (
          <OfflineDownload />
        )}
      </div>
    </footer>
  );
});

/** The link to the offline copy, or, when it cannot work, its name and why. */
function OfflineDownload() {
  const { state, onClick } = useOfflineCopy(OFFLINE_COPY_HREF, OFFLINE_COPY_FILE_NAME);
  return (
    <p>
      {state === 'offline' ? (
        <span data-testid="offline-download" className="font-medium">
          Download for offline use
        </span>
      ) : (
        <a href={OFFLINE_COPY_HREF} download={OFFLINE_COPY_FILE_NAME} onClick={onClick} data-testid="offline-download" className="font-medium text-indigo-700 underline dark:text-indigo-300">
          Download for offline use
        </a>
      )}{' '}
      <span className="text-slate-600 dark:text-slate-400">— one HTML file with {TOOLS}; open it from disk, no network needed.</span>{' '}
      <span role="status" data-testid="offline-download-status" className="font-medium text-amber-900 dark:text-amber-200">
        {OFFLINE_COPY_PROBLEM[state]}
      </span>
    </p>
  );
}

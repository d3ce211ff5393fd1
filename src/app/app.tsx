import { memo, Suspense, useEffect, useState, type MouseEvent } from 'react';
import { createRecentToken } from '../runtime/recent-token';
import type { ViewDefinition } from '../runtime/view';
import { hrefTo, SINGLE_FILE } from '../runtime/view-href';
import { ErrorBoundary } from '../ui/error-boundary';
import { Footer } from './footer';
import { Logo } from './logo';
import { NotFound } from './not-found';
import { ThemeSwitch } from './theme/theme-switch';
import { UpdateNotice } from './update-notice';
import { useFocusOnNavigation } from './use-focus-on-navigation';
import { navigate, usePathname, useSearch } from './use-location';
import { viewAt } from './view-at';
import { viewComponent } from './view-loader';
import { HOME_VIEW, VIEWS } from './views';

const NOT_FOUND_TITLE = 'Not found — Token Lens';

function followLink(event: MouseEvent<HTMLAnchorElement>) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const { pathname, search, hash } = event.currentTarget;
  navigate(pathname + search + hash);
}

/**
 * Links inside the views (a time claim's "open in the converter", say) are plain anchors:
 * one to another view is followed without reloading the page. A link to the same path
 * is left to the browser, whose fragment navigation fires the hashchange views listen to.
 */
function useInAppLinks() {
  useEffect(() => {
    const onClick = (event: globalThis.MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      if (!link || link.target || link.hasAttribute('download') || link.origin !== window.location.origin) return;
      const sameView = link.pathname === window.location.pathname && (!SINGLE_FILE || link.search === window.location.search);
      if (sameView || !viewAt(link)) return;
      event.preventDefault();
      navigate(link.pathname + link.search + link.hash);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
}

/** The header holds nothing a paste changes: it renders again only when the view does. */
const Header = memo(function Header({ current }: { current: ViewDefinition | null }) {
  return (
    <header className="border-b border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <a href={hrefTo(HOME_VIEW)} onClick={followLink} className="flex items-center gap-2 text-lg font-bold tracking-tight">
          <Logo />
          Token Lens
        </a>
        <nav aria-label="Main" className="flex flex-wrap gap-1">
          {VIEWS.map((view) => (
            <a
              key={view.id}
              href={hrefTo(view)}
              onClick={followLink}
              aria-current={current?.id === view.id ? 'page' : undefined}
              className="whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-indigo-50 aria-[current=page]:text-indigo-800 dark:text-slate-300 dark:hover:bg-slate-800 dark:aria-[current=page]:bg-indigo-950 dark:aria-[current=page]:text-indigo-200"
            >
              {view.label}
            </a>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-3">
          <span className="hidden text-xs text-slate-600 md:inline dark:text-slate-400">Runs in your browser: nothing you paste leaves this page.</span>
          <ThemeSwitch />
        </div>
      </div>
    </header>
  );
});

export function App() {
  const pathname = usePathname();
  const search = useSearch();
  const view = viewAt({ pathname, search });
  // Made once for the page's life; views hand each other the decoder's token through it.
  const [recentToken] = useState(createRecentToken);
  useInAppLinks();
  useFocusOnNavigation(pathname + search, 'main');

  useEffect(() => {
    document.title = view ? view.title : NOT_FOUND_TITLE;
  }, [view]);

  const Page = view ? viewComponent(view) : null;
  return (
    <div className="min-h-screen bg-white text-slate-900 dark:bg-[#0b1020] dark:text-slate-100">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-indigo-700 focus:px-3 focus:py-2 focus:text-white">
        Skip to content
      </a>
      <Header current={view} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 outline-none">
        <ErrorBoundary resetKey={pathname}>
          {view && Page ? (
            // A boundary of its own for each view: the view left is gone at once, rather than
            // kept hidden (and holding focus) until the next one's code arrives.
            <Suspense key={view.id} fallback={<p className="text-sm text-slate-600 dark:text-slate-400">{view.loadingText}</p>}>
              {/* eslint-disable-next-line react-hooks/static-components -- one lazy component per view, made once and kept by view-loader */}
              <Page recentToken={recentToken} />
            </Suspense>
          ) : (
            <NotFound pathname={pathname} onFollow={followLink} />
          )}
        </ErrorBoundary>
      </main>
      <Footer />
      {!SINGLE_FILE && <UpdateNotice />}
    </div>
  );
}

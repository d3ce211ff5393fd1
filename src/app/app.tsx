import { lazy, Suspense, useEffect, type MouseEvent } from 'react';
import { DecoderPage } from '../features/decoder';
import { ErrorBoundary } from '../ui/error-boundary';
import { Footer } from './footer';
import { Logo } from './logo';
import { NotFound } from './not-found';
import { HOME_HREF, SINGLE_FILE, routeAt, viewHref } from './route-links';
import { ROUTES, type RouteInfo } from './routes';
import { ThemeSwitch } from './theme/theme-switch';
import { useFocusOnNavigation } from './use-focus-on-navigation';
import { navigate, usePathname, useSearch } from './use-location';


// Each view beyond the decoder is its own chunk, loaded when it is opened.
const TimestampPage = lazy(() => import('../features/timestamp'));
const ExplainerPage = lazy(() => import('../features/explainer'));
const EncoderPage = lazy(() => import('../features/encoder'));
const KeysPage = lazy(() => import('../features/keys'));
// The update notice and the service worker's code come after the first view.
const UpdateBanner = lazy(() => import('./update').then((module) => ({ default: module.UpdateBanner })));

function followLink(event: MouseEvent<HTMLAnchorElement>) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const { pathname, search, hash } = event.currentTarget;
  navigate(pathname + search + hash);
}

function Page({ route, pathname }: { route: RouteInfo | null; pathname: string }) {
  if (!route) return <NotFound pathname={pathname} onFollow={followLink} />;
  switch (route.id) {
    case 'decoder':
      return <DecoderPage />;
    case 'timestamp':
      return (
        <Suspense fallback={<p className="text-sm text-slate-600 dark:text-slate-400">Loading the timestamp converter…</p>}>
          <TimestampPage />
        </Suspense>
      );
    case 'encoder':
      return (
        <Suspense fallback={<p className="text-sm text-slate-600 dark:text-slate-400">Loading the encoder…</p>}>
          <EncoderPage />
        </Suspense>
      );
    case 'explainer':
      return (
        <Suspense fallback={<p className="text-sm text-slate-600 dark:text-slate-400">Loading the explainer…</p>}>
          <ExplainerPage />
        </Suspense>
      );
    case 'keys':
      return (
        <Suspense fallback={<p className="text-sm text-slate-600 dark:text-slate-400">Loading the key tools…</p>}>
          <KeysPage />
        </Suspense>
      );
  }
}

/**
 * Links inside the views (a time claim's "open in the converter", say) are plain anchors:
 * one to another route is followed without reloading the page. A link to the same path
 * is left to the browser, whose fragment navigation fires the hashchange views listen to.
 */
function useInAppLinks() {
  useEffect(() => {
    const onClick = (event: globalThis.MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      if (!link || link.target || link.hasAttribute('download') || link.origin !== window.location.origin) return;
      const sameView = link.pathname === window.location.pathname && (!SINGLE_FILE || link.search === window.location.search);
      if (sameView || !routeAt(link)) return;
      event.preventDefault();
      navigate(link.pathname + link.search + link.hash);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
}

export function App() {
  const pathname = usePathname();
  const search = useSearch();
  const route = routeAt({ pathname, search });
  useInAppLinks();
  useFocusOnNavigation(pathname + search, 'main');

  useEffect(() => {
    document.title = route ? route.title : 'Not found — Token Lens';
  }, [route]);

  return (
    <div className="min-h-screen bg-white text-slate-900 dark:bg-[#0b1020] dark:text-slate-100">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-indigo-700 focus:px-3 focus:py-2 focus:text-white">
        Skip to content
      </a>
      <header className="border-b border-slate-200 dark:border-slate-800">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <a href={HOME_HREF} onClick={followLink} className="flex items-center gap-2 text-lg font-bold tracking-tight">
            <Logo />
            Token Lens
          </a>
          <nav aria-label="Main" className="flex flex-wrap gap-1">
            {ROUTES.map((r) => (
              <a
                key={r.id}
                href={viewHref(r.id)}
                onClick={followLink}
                aria-current={route?.id === r.id ? 'page' : undefined}
                className="whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-indigo-50 aria-[current=page]:text-indigo-800 dark:text-slate-300 dark:hover:bg-slate-800 dark:aria-[current=page]:bg-indigo-950 dark:aria-[current=page]:text-indigo-200"
              >
                {r.label}
              </a>
            ))}
          </nav>
          <div className="ml-auto flex items-center gap-3">
            <span className="hidden text-xs text-slate-600 md:inline dark:text-slate-400">Runs in your browser: nothing you paste leaves this page.</span>
            <ThemeSwitch />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 outline-none">
        <ErrorBoundary resetKey={pathname}>
          <Page route={route} pathname={pathname} />
        </ErrorBoundary>
      </main>
      <Footer />
      {!SINGLE_FILE && (
        <Suspense fallback={null}>
          <UpdateBanner />
        </Suspense>
      )}
    </div>
  );
}

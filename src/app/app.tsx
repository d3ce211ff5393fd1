import { lazy, Suspense, useEffect, type MouseEvent } from 'react';
import { DecoderPage } from '../features/decoder';
import { ErrorBoundary } from '../ui/error-boundary';
import { NotFound } from './not-found';
import { ROUTES, matchRoute, routeHref, type RouteInfo } from './routes';
import { ThemeSwitch } from './theme/theme-switch';
import { UpdateBanner } from './update';
import { navigate, usePathname } from './use-location';

const BASE = import.meta.env.BASE_URL;

// Each view beyond the decoder is its own chunk, loaded when it is opened.
const TimestampPage = lazy(() => import('../features/timestamp'));
const ExplainerPage = lazy(() => import('../features/explainer'));

function followLink(event: MouseEvent<HTMLAnchorElement>) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const { pathname, search, hash } = event.currentTarget;
  navigate(pathname + search + hash);
}

function Page({ route }: { route: RouteInfo | null }) {
  if (!route) return <NotFound homeHref={BASE} onFollow={followLink} />;
  switch (route.id) {
    case 'decoder':
      return <DecoderPage />;
    case 'timestamp':
      return (
        <Suspense fallback={<p className="text-sm text-slate-600 dark:text-slate-400">Loading the timestamp converter…</p>}>
          <TimestampPage />
        </Suspense>
      );
    case 'explainer':
      return (
        <Suspense fallback={<p className="text-sm text-slate-600 dark:text-slate-400">Loading the explainer…</p>}>
          <ExplainerPage />
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
      if (link.pathname === window.location.pathname || !matchRoute(link.pathname, BASE)) return;
      event.preventDefault();
      navigate(link.pathname + link.search + link.hash);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
}

export function App() {
  const pathname = usePathname();
  const route = matchRoute(pathname, BASE);
  useInAppLinks();

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
          <a href={BASE} onClick={followLink} className="flex items-center gap-2 text-lg font-bold tracking-tight">
            <img src={`${BASE}favicon.svg`} alt="" width={24} height={24} />
            Token Lens
          </a>
          <nav aria-label="Main" className="flex flex-wrap gap-1">
            {ROUTES.map((r) => (
              <a
                key={r.id}
                href={routeHref(r, BASE)}
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
          <Page route={route} />
        </ErrorBoundary>
      </main>
      <UpdateBanner />
    </div>
  );
}

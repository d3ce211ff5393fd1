// The performance budgets. Each view's first-view byte budget is part of the view's own
// description (its feature's index.ts, listed in src/app/views.ts); they are checked from
// dist/ alone (e2e/budgets.spec.ts, and `node scripts/bench.mjs --check-budgets`), so a
// build that outgrows them fails. The timing budgets depend on the machine and are only
// reported.

/** 1 KB = 1000 bytes, as Vite prints sizes (and as src/runtime/view.ts counts budgets). */
export const KB = 1000;

/**
 * One row per view for the byte-budget check: the route, its HTML file below dist/, the
 * source folder of the view's own chunk (found through the build's source maps) and the
 * budget, from views as src/app/views.ts lists them.
 */
export function firstViewBudgets(views) {
  return views.map((view) => ({
    route: view.path === '' ? '/' : `/${view.path}/`,
    html: view.path === '' ? 'index.html' : `${view.path}/index.html`,
    lazyFeature: `src/features/${view.id}/`,
    jsGzipBytes: view.firstViewBudget.jsGzipBytes,
    cssGzipBytes: view.firstViewBudget.cssGzipBytes,
  }));
}

/** Medians on a 2-core machine; reported against these, never enforced. */
export const TIMING_BUDGETS = {
  usableMs: 500,
  firstDecodeMs: 450,
  linkDecodeMs: 450,
  typicalPasteMs: 8,
  largePasteMs: 100,
  largeLongestTaskMs: 100,
  weakSecretSearchMs: 1000,
};

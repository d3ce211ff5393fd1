// The performance budgets, in one place. The byte budgets are checked from dist/ alone
// (e2e/budgets.spec.ts, and `node scripts/bench.mjs --check-budgets`), so a build that
// outgrows them fails; the timing budgets depend on the machine and are only reported.

/** 1 KB = 1000 bytes, as Vite prints sizes: the stricter reading of a budget. */
export const KB = 1000;

/**
 * What each route's first view may weigh, gzip: the files its HTML names (module script,
 * modulepreloads, stylesheets), the static imports of those scripts and, for a route
 * whose view is a lazy chunk, that chunk with its static imports and the styles it
 * preloads. `lazyFeature` is the source folder of that chunk, found through the build's
 * source maps; null when the view is part of the entry.
 */
export const FIRST_VIEW_BUDGETS = [
  { route: '/', html: 'index.html', lazyFeature: null, jsGzipBytes: 100 * KB, cssGzipBytes: 15 * KB },
  // The decoder's budget plus room for each view's own chunk: the converter's zone
  // tables and date formats, the explainer's text, models and diagrams.
  { route: '/timestamp/', html: 'timestamp/index.html', lazyFeature: 'src/features/timestamp/', jsGzipBytes: 135 * KB, cssGzipBytes: 15 * KB },
  { route: '/explainer/', html: 'explainer/index.html', lazyFeature: 'src/features/explainer/', jsGzipBytes: 145 * KB, cssGzipBytes: 15 * KB },
  // The encoder's own chunk and the one it shares with the verifier: jose's signing, the
  // key readers and the weak-secret list (126 KB when it was added).
  { route: '/encoder/', html: 'encoder/index.html', lazyFeature: 'src/features/encoder/', jsGzipBytes: 135 * KB, cssGzipBytes: 15 * KB },
  // The decoder's budget plus the key tools' own chunk and the verifier's key reading
  // (PEM, DER, JWK) they reuse, about 23 KB together; jose is already in the entry.
  { route: '/keys/', html: 'keys/index.html', lazyFeature: 'src/features/keys/', jsGzipBytes: 130 * KB, cssGzipBytes: 15 * KB },
];

/** Medians on a 2-core machine; reported against these, never enforced. */
export const TIMING_BUDGETS = {
  usableMs: 500,
  typicalPasteMs: 12,
  largePasteMs: 100,
  largeLongestTaskMs: 100,
  weakSecretSearchMs: 1000,
};

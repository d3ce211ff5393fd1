import { KB, type ViewDefinition } from '../../runtime/view';

/** Server-side sessions vs JWTs, with pieces to play with and a link to every section. */
export const explainerView = {
  id: 'explainer',
  path: 'explainer',
  label: 'Explainer: sessions vs JWTs',
  title: 'Token Lens — Server-side sessions vs JWTs',
  offlineName: 'the explainer',
  loadingText: 'Loading the explainer…',
  load: () => import('./explainer-page').then((module) => ({ default: module.ExplainerPage })),
  // The shell plus the explainer's text, models and diagrams.
  firstViewBudget: { jsGzipBytes: 125 * KB, cssGzipBytes: 15 * KB },
} satisfies ViewDefinition;

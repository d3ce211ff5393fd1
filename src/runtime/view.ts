import type { ComponentType } from 'react';
import type { RecentToken } from './recent-token';

/** 1 KB = 1000 bytes, as Vite prints sizes: the stricter reading of a budget. */
export const KB = 1000;

/**
 * What a route's first view may weigh, gzip: the files its HTML names (module script,
 * modulepreloads, stylesheet), their static imports, and the view's own chunk with its
 * static imports. What the view loads after its first paint is not counted.
 */
export interface FirstViewBudget {
  jsGzipBytes: number;
  cssGzipBytes: number;
}

/** What the app hands every view. */
export interface ViewProps {
  /** The token the decoder showed last, held by the app in memory for other views to offer. */
  recentToken: RecentToken;
}

/**
 * A view describes itself once, in its feature's index.ts; the app builds the navigation,
 * the page switch, the pre-rendered files, the offline copy's `?view=` names, the footer,
 * the not-found links and the budget checks from the list of these.
 */
export interface ViewDefinition {
  /** Stable: test hooks, the offline copy and the budget checks name views by it. */
  id: string;
  /** Below the base path, without slashes; '' is the root. Also the offline copy's `?view=`. */
  path: string;
  /** The navigation link's text. */
  label: string;
  /** The document title. */
  title: string;
  /** What the view offers, in the footer's sentence about the offline copy: "the encoder". */
  offlineName: string;
  /** Shown while the view's code loads after in-app navigation. */
  loadingText: string;
  /** The view's code, a chunk of its own: `() => import('./encoder-page')`. */
  load: () => Promise<{ default: ComponentType<ViewProps> }>;
  firstViewBudget: FirstViewBudget;
}

// Types for first-view.mjs, so TypeScript specs can run the byte-budget check.
import type { FirstViewBudget } from './budgets.mjs';

export interface MeasuredFiles {
  files: { url: string; bytes: number; gzipBytes: number }[];
  bytes: number;
  gzipBytes: number;
}

export interface RouteFirstView {
  route: string;
  lazyChunk: string | null;
  js: MeasuredFiles;
  css: MeasuredFiles;
}

export interface RouteBudgetResult extends RouteFirstView {
  budget: { jsGzipBytes: number; cssGzipBytes: number };
  ok: { js: boolean; css: boolean };
}

export declare function firstViewReferences(html: string): { entries: string[]; js: string[]; css: string[] };
export declare function chunkImports(file: string, source: string): { static: string[]; dynamic: { specifier: string; preloads: string[] }[] };
export declare function measureRouteFirstView(distDir: string, route: FirstViewBudget): RouteFirstView;
export declare function checkFirstViewBudgets(
  distDir: string,
  budgets: readonly FirstViewBudget[],
): { ok: boolean; routes: RouteBudgetResult[]; failures: string[] };
export declare function measureAllJs(distDir: string): MeasuredFiles;

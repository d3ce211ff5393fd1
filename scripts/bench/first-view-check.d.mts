// Types for first-view-check.mjs.
import type { FirstViewBudget } from './budgets.mjs';
import type { MeasuredFiles, RouteBudgetResult } from './first-view.mjs';

export declare function gzipSize(bytes: Uint8Array | string): number;
export declare function checkFirstViewBudgetsApart(
  distDir: string,
  budgets: readonly FirstViewBudget[],
): { check: { ok: boolean; routes: RouteBudgetResult[]; failures: string[] }; allJs: MeasuredFiles };

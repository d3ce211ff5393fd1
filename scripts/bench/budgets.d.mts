// Types for budgets.mjs, so TypeScript specs can read the budgets.

export interface FirstViewBudget {
  route: string;
  html: string;
  lazyFeature: string | null;
  jsGzipBytes: number;
  cssGzipBytes: number;
}

export declare const KB: number;
export declare function firstViewBudgets(
  views: readonly { id: string; path: string; firstViewBudget: { jsGzipBytes: number; cssGzipBytes: number } }[],
): FirstViewBudget[];
export declare const TIMING_BUDGETS: {
  usableMs: number;
  firstDecodeMs: number;
  linkDecodeMs: number;
  typicalPasteMs: number;
  largePasteMs: number;
  largeLongestTaskMs: number;
  weakSecretSearchMs: number;
};

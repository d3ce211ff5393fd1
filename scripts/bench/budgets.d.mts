// Types for budgets.mjs, so TypeScript specs can read the budgets.

export interface FirstViewBudget {
  route: string;
  html: string;
  lazyFeature: string | null;
  jsGzipBytes: number;
  cssGzipBytes: number;
}

export declare const KB: number;
export declare const FIRST_VIEW_BUDGETS: readonly FirstViewBudget[];
export declare const TIMING_BUDGETS: {
  usableMs: number;
  typicalPasteMs: number;
  largePasteMs: number;
  largeLongestTaskMs: number;
  weakSecretSearchMs: number;
};

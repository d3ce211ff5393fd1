/**
 * The token the decoder showed last, for other views of the same page (the explainer's
 * size comparison). The app makes one and hands it to every view: it lives in memory for
 * the page's life, is never stored, and setting it re-renders nothing.
 */
export interface RecentToken {
  get(): string | null;
  set(token: string | null): void;
}

export function createRecentToken(): RecentToken {
  let token: string | null = null;
  return {
    get: () => token,
    set: (next) => {
      token = next;
    },
  };
}

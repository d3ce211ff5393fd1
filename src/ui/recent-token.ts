// The token last shown in the decoder, for other views of the same page (the explainer's
// size comparison). Held in memory only: never stored, gone when the page is closed.
let recent: string | null = null;

export function rememberRecentToken(token: string | null): void {
  recent = token;
}

export function recentToken(): string | null {
  return recent;
}

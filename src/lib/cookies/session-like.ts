import { findJwt, percentDecode } from './find-jwt';
import { SESSION_COOKIE_NAMES } from './session-names';
import type { ParsedCookie } from './types';

/** Why a cookie looks like it carries a session or a credential. */
export type SessionEvidence =
  | { reason: 'name'; /** Who uses the name. */ source: string }
  | { reason: 'jwt' }
  | { reason: 'random-value' };

/** The name without a __Host- or __Secure- prefix (any case). */
export function unprefixedName(name: string): string {
  return name.replace(/^__(?:host|secure)-/i, '');
}

/** Shannon entropy, in bits per character. */
function entropyPerCharacter(text: string): number {
  const counts = new Map<string, number>();
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * Whether a value looks like a random identifier (a session ID or an opaque token): at least
 * 16 characters of a token alphabet, letters and digits mixed as random text mixes them, with
 * high entropy. Dates, version strings, analytics IDs of digits and dots, and words do not.
 */
export function looksRandom(value: string): boolean {
  const text = percentDecode(value.replace(/^"(.*)"$/, '$1'));
  if (text.length < 16 || !/^[A-Za-z0-9+/=_~.-]+$/.test(text)) return false;
  const lower = /[a-z]/.test(text);
  const upper = /[A-Z]/.test(text);
  const digit = /\d/.test(text);
  if (!digit || !(lower || upper)) return false;
  const hex = /^[0-9a-f-]+$/.test(text) || /^[0-9A-F-]+$/.test(text);
  // Lower case and digits alone (base36 IDs) must be long and have digits throughout, unlike words with a version number.
  const base36 = lower && text.length >= 20 && (text.match(/\d/g) ?? []).length >= text.length * 0.15;
  const mixed = (lower && upper) || hex || base36;
  return mixed && entropyPerCharacter(text) >= 3;
}

/** Why the cookie looks like a session or credential cookie, or null. The name is checked first. */
export function sessionEvidence(cookie: Pick<ParsedCookie, 'name' | 'value'>): SessionEvidence | null {
  const name = unprefixedName(cookie.name);
  const row = SESSION_COOKIE_NAMES.find(({ match }) => (typeof match === 'string' ? match.toLowerCase() === name.toLowerCase() : match.test(name)));
  if (row) return { reason: 'name', source: row.source };
  if (findJwt(cookie.value)) return { reason: 'jwt' };
  if (looksRandom(cookie.value)) return { reason: 'random-value' };
  return null;
}

import { OTHER_HEADER, SET_COOKIE_PREFIX, parseSetCookie } from './parse';
import type { CookieParseResult } from './types';

/** Why a line of a pasted header block is not read as a cookie. */
export type SkipReason =
  /** `HTTP/1.1 200 OK`, or a request line such as `GET / HTTP/1.1`. */
  | 'start-line'
  /** A header other than Set-Cookie, such as `Content-Type: text/html`. */
  | 'other-header'
  /** Anything else in a header block: a body, curl's `*` lines. */
  | 'not-a-header';

export type SetCookieLine =
  | { kind: 'cookie'; /** 1-based. */ line: number; text: string; result: CookieParseResult }
  | { kind: 'skipped'; line: number; text: string; reason: SkipReason; /** For other headers. */ header?: string };

const START_LINE = /^(?:[<>][ \t]*)?(?:HTTP\/\d(?:\.\d)?[ \t]+\d{3}\b|[A-Z]+[ \t]+\S+[ \t]+HTTP\/\d)/;
/** HTTP/2 pseudo-headers as some tools print them: `:status: 200`. */
const PSEUDO_HEADER = /^(?:[<>][ \t]*)?:[a-z]+:?[ \t]/;

type LineClass = 'blank' | 'set-cookie' | 'start-line' | 'other-header' | 'bare';

function classify(text: string): LineClass {
  const line = text.trim();
  if (line === '') return 'blank';
  if (SET_COOKIE_PREFIX.test(line)) return 'set-cookie';
  if (START_LINE.test(line)) return 'start-line';
  if (OTHER_HEADER.test(line) || PSEUDO_HEADER.test(line)) return 'other-header';
  return 'bare';
}

/**
 * Reads pasted Set-Cookie lines, one cookie a line, each with or without `Set-Cookie:`. When the
 * paste is a block of HTTP headers (it holds a status line or another header), only its
 * Set-Cookie lines count and the rest are listed as skipped. Blank lines are left out.
 */
export function parseSetCookieHeaders(text: string): SetCookieLine[] {
  const lines = text.split(/\r\n|\r|\n/);
  const classes = lines.map(classify);
  const block = classes.some((c) => c === 'start-line' || c === 'other-header');
  const out: SetCookieLine[] = [];
  lines.forEach((lineText, i) => {
    const kind = classes[i]!;
    const line = i + 1;
    if (kind === 'blank') return;
    if (kind === 'set-cookie' || (kind === 'bare' && !block)) {
      out.push({ kind: 'cookie', line, text: lineText, result: parseSetCookie(lineText) });
    } else if (kind === 'other-header') {
      const header = OTHER_HEADER.exec(lineText.trim())?.[1];
      out.push(header === undefined ? { kind: 'skipped', line, text: lineText, reason: kind } : { kind: 'skipped', line, text: lineText, reason: kind, header });
    } else {
      out.push({ kind: 'skipped', line, text: lineText, reason: kind === 'start-line' ? 'start-line' : 'not-a-header' });
    }
  });
  return out;
}

import { decodeToken } from './decode';
import { strayTail } from './stray';

/** Where in the pasted text the token was found. */
export type TokenSource =
  | 'bare'
  | 'bearer'
  | 'authorization-header'
  | 'cookie-header'
  | 'set-cookie-header'
  | 'url-parameter'
  | 'json-field'
  | 'text';

export interface FoundToken {
  /** The compact token with any inner whitespace removed: what is copied and shared. */
  token: string;
  /** The token as it stands in the input, inner line breaks included: what is decoded, so they are reported. */
  text: string;
  /** The span of the input it was read from: the input itself is never rewritten. */
  start: number;
  end: number;
  source: TokenSource;
  /** Cookie, parameter or JSON field name that held the token. */
  name?: string;
  /** One phrase for the user: "cookie “session” in a Set-Cookie header". */
  label: string;
  /** The input was percent-encoded (`%2E` for "."), so the span cannot be coloured part by part. */
  percentEncoded?: boolean;
  /** How many other tokens the input holds (the first one is shown). */
  others: number;
  /**
   * Characters at the end of `token` that no compact token has (a fourth ".", a "?"): the
   * token starts the input, so it owns them and is malformed. `text` is the part before them.
   */
  stray?: { text: string; offset: number };
  /** What directly follows a token found inside other text and was left out of it (a "." ending a sentence). */
  leftOut?: string;
}

const TOKEN_CHARS = 'A-Za-z0-9_+/=.\\-';
// A wrapped line continues the token only when the whole next line is token characters,
// so the next header or log line is never swallowed.
const CONTINUATION = `[ \\t]*\\r?\\n[ \\t]*(?=[${TOKEN_CHARS}]+[ \\t]*(?:\\r?\\n|$|["'\`,;&)\\]}<>]))`;
// A JOSE header is a JSON object, so its base64url starts with "e" and one of w–z, 0–9, - or _
// ("{" then the next character); that anchors a token inside "token=…" or "Bearer …".
const CANDIDATE = new RegExp(`(?<![A-Za-z0-9_+/\\-])e[w-z0-9_+/\\-][${TOKEN_CHARS}]*(?:${CONTINUATION}[${TOKEN_CHARS}]+)*`, 'g');
const WHITESPACE = /\s+/g;
const QUOTES = /^(["'`])([\s\S]*)\1$/;

interface Candidate {
  token: string;
  text: string;
  start: number;
  end: number;
}

function partCount(token: string): number {
  return token.split('.').length;
}

function candidate(text: string, start: number): Candidate {
  // A token that ends a sentence keeps its full stop outside.
  if (text.endsWith('.') && partCount(text.replace(WHITESPACE, '')) === 4) text = text.slice(0, -1);
  return { token: text.replace(WHITESPACE, ''), text, start, end: start + text.length };
}

const LINE_BREAK = /[ \t]*\r?\n[ \t]*/g;
const MAX_LINES_TO_SPLIT = 200;

/**
 * A run of lines that does not decode as one token may hold several, one a line or
 * wrapped over a few: the longest run of lines that decodes is taken, then the next.
 */
function splitByLines(match: Candidate): Candidate[] {
  const pieces: { text: string; start: number }[] = [];
  let last = 0;
  for (const br of match.text.matchAll(LINE_BREAK)) {
    pieces.push({ text: match.text.slice(last, br.index), start: match.start + last });
    last = br.index + br[0].length;
  }
  pieces.push({ text: match.text.slice(last), start: match.start + last });
  if (pieces.length < 2 || pieces.length > MAX_LINES_TO_SPLIT) return [];
  const found: Candidate[] = [];
  for (let i = 0; i < pieces.length; ) {
    let next = i + 1;
    for (let j = pieces.length; j > i; j--) {
      const first = pieces[i]!;
      const lastPiece = pieces[j - 1]!;
      const joined = candidate(match.text.slice(first.start - match.start, lastPiece.start - match.start + lastPiece.text.length), first.start);
      if (decodesAsToken(joined.token)) {
        found.push(joined);
        next = j;
        break;
      }
    }
    i = next;
  }
  return found;
}

function candidatesIn(input: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of input.matchAll(CANDIDATE)) {
    const whole = candidate(match[0], match.index);
    if (decodesAsToken(whole.token) || !/\n/.test(whole.text)) found.push(whole);
    else {
      const split = splitByLines(whole);
      found.push(...(split.length > 0 ? split : [whole]));
    }
  }
  return found;
}

/**
 * Whether text decodes as a token of the kind its header names: five parts for a JWE
 * (its header has "enc", RFC 7516 §4.1.2), three for a JWS. Two tokens run together, or
 * a token and the words after it, never pass for one.
 */
function decodesAsToken(token: string): boolean {
  const parts = partCount(token);
  if (parts !== 3 && parts !== 5) return false;
  const result = decodeToken(token);
  return result.ok && (parts === 5) === (result.value.header.enc !== undefined);
}

/** Decodes %XX escapes where they are well formed, leaving the rest as it is. */
function percentDecoded(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** RFC 7797: a payload sent unencoded (`"b64": false`) may hold any character, even spaces. */
function unencodedPayloadToken(text: string): boolean {
  if (partCount(text) !== 3) return false;
  const result = decodeToken(text);
  return result.ok && result.value.header.b64 === false;
}

function trimmedSpan(input: string): { start: number; end: number } {
  let start = 0;
  let end = input.length;
  while (start < end && /\s/.test(input[start]!)) start++;
  while (end > start && /\s/.test(input[end - 1]!)) end--;
  const quoted = QUOTES.exec(input.slice(start, end));
  if (quoted) {
    start++;
    end--;
  }
  return { start, end };
}

function describe(input: string, candidate: Candidate, whole: boolean, others = 0): FoundToken {
  const base = { token: candidate.token, text: candidate.text, start: candidate.start, end: candidate.end, others };
  if (whole) {
    const shaped = [3, 5].includes(partCount(candidate.token));
    return { ...base, source: 'bare', label: shaped ? 'the whole input is the token' : 'no token found: the whole input is read as one' };
  }
  const lineStart = input.lastIndexOf('\n', candidate.start - 1) + 1;
  const line = input.slice(lineStart, candidate.start);
  const before = line.trimEnd();
  const assigned = /([^\s=;,?&#"'{}]+)\s*=\s*["']?$/.exec(line)?.[1];
  if (/^\s*set-cookie\s*:/i.test(line) && assigned) {
    return { ...base, source: 'set-cookie-header', name: assigned, label: `cookie “${assigned}” in a Set-Cookie header` };
  }
  if (/^\s*cookie\s*:/i.test(line) && assigned) {
    return { ...base, source: 'cookie-header', name: assigned, label: `cookie “${assigned}” in a Cookie header` };
  }
  if (/\bbearer$/i.test(before)) {
    if (/^\s*["']?authorization["']?\s*:/i.test(line)) return { ...base, source: 'authorization-header', label: 'Authorization header (Bearer)' };
    return { ...base, source: 'bearer', label: 'Bearer token' };
  }
  const jsonKey = /"([^"\\]+)"\s*:\s*"$/.exec(line)?.[1];
  if (jsonKey) return { ...base, source: 'json-field', name: jsonKey, label: `JSON field “${jsonKey}”` };
  if (assigned) {
    const where = /#[^\s]*$/.test(line) ? 'the URL fragment' : /\?[^\s]*$/.test(line) ? 'the URL query' : 'the text';
    return { ...base, source: 'url-parameter', name: assigned, label: `parameter “${assigned}” in ${where}` };
  }
  return { ...base, source: 'text', label: 'token found in the text' };
}

// Closing quotes and brackets and list separators end a token in text without saying anything about it.
const CLOSING = /^["'`,;&)\]}>]+$/;
// RFC 9901 §4: "~" after an issuer-signed JWT starts an SD-JWT's disclosures, not a broken token.
const SD_JWT_SEPARATOR = '~';

/**
 * A token that starts the input owns every character up to the next whitespace, so a
 * trailing "." or "?" makes it malformed rather than being quietly dropped. A token
 * inside other text stops where that text starts, and what was left out is named.
 */
function withWhatFollows(input: string, best: Candidate, span: { start: number; end: number }, others: number): FoundToken {
  const next = /^\S+/.exec(input.slice(best.end))?.[0];
  const startsInput = best.start === input.search(/\S/);
  if (next !== undefined && startsInput && !next.startsWith(SD_JWT_SEPARATOR)) {
    const token = best.token + next;
    const tail = strayTail(token);
    if (tail) {
      const end = best.end + next.length;
      const found = describe(input, best, best.start === span.start && end === span.end, others);
      return { ...found, token, end, stray: { text: tail.stray, offset: tail.offset } };
    }
  }
  const found = describe(input, best, best.start === span.start && best.end === span.end, others);
  if (next !== undefined && !CLOSING.test(next)) found.leftOut = next.length > 24 ? `${next.slice(0, 20)}…` : next;
  return found;
}

/** The shortest start of text that holds n characters other than whitespace. */
function prefixHolding(text: string, n: number): string {
  let seen = 0;
  let i = 0;
  while (i < text.length && seen < n) if (!/\s/.test(text[i++]!)) seen++;
  return text.slice(0, i);
}

/** The whole input read as one token; a readable token with stray characters at its end is told apart. */
function wholeBlob(input: string, blob: string, inner: string, span: { start: number; end: number }): FoundToken {
  const tail = inner.startsWith(SD_JWT_SEPARATOR) ? null : strayTail(blob);
  if (!tail) return describe(input, { token: blob, text: inner, ...span }, true);
  const text = prefixHolding(inner, tail.offset);
  return { ...describe(input, { token: tail.readable, text, start: span.start, end: span.start + text.length }, true), token: blob, end: span.end, stray: { text: tail.stray, offset: tail.offset } };
}

/**
 * Finds the one token in what a user pasted: a bare token, a Bearer value, an
 * Authorization, Cookie or Set-Cookie line, a URL with `id_token=` and the like, or
 * JSON and log text holding a token. Returns null for empty input. When nothing
 * token-like is found, the trimmed input is returned so the decoder can say what is wrong.
 */
export function findToken(input: string): FoundToken | null {
  const span = trimmedSpan(input);
  if (span.start >= span.end) return null;
  const inner = input.slice(span.start, span.end);
  if (unencodedPayloadToken(inner)) return describe(input, { token: inner, text: inner, ...span }, true);

  const decoding = candidatesIn(input).filter((c) => decodesAsToken(c.token));
  const best = decoding[0];
  if (best) return withWhatFollows(input, best, span, new Set(decoding.map((c) => c.token)).size - 1);

  // Token characters with spaces or line breaks anywhere between them: one token, wrapped.
  const blob = inner.replace(WHITESPACE, '');
  if (/^[A-Za-z0-9_+/=.-]+$/.test(blob) && decodesAsToken(blob)) return describe(input, { token: blob, text: inner, ...span }, true);

  // A percent-encoded token (a URL, a form body): read it decoded, without colouring its parts.
  if (/%[0-9A-Fa-f]{2}/.test(inner)) {
    const decodedInput = percentDecoded(input);
    const inDecoded = candidatesIn(decodedInput).filter((c) => decodesAsToken(c.token));
    const first = inDecoded[0];
    if (first) {
      const found = describe(decodedInput, first, false, new Set(inDecoded.map((c) => c.token)).size - 1);
      return { ...found, ...span, text: first.token, percentEncoded: true, label: `${found.label} (percent-encoded)` };
    }
  }

  // Nothing decodes: a single blob (perhaps wrapped over lines) is taken whole, so the
  // decoder can say which part is broken and where.
  const candidates = candidatesIn(input);
  if (!/[ \t]/.test(inner.replace(/[ \t]*\r?\n[ \t]*/g, ''))) return wholeBlob(input, blob, inner, span);
  const shaped = candidates.find((c) => [3, 5].includes(partCount(c.token))) ?? candidates[0];
  if (shaped) return describe(input, shaped, shaped.start === span.start && shaped.end === span.end);
  return describe(input, { token: blob, text: inner, ...span }, true);
}

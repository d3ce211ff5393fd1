import { decodeToken } from './decode';

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
  /** The compact token with any inner whitespace removed. */
  token: string;
  /** The span of the input it was read from: the input itself is never rewritten. */
  start: number;
  end: number;
  source: TokenSource;
  /** Cookie, parameter or JSON field name that held the token. */
  name?: string;
  /** One phrase for the user: "cookie “session” in a Set-Cookie header". */
  label: string;
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
  start: number;
  end: number;
}

function partCount(token: string): number {
  return token.split('.').length;
}

function candidatesIn(input: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of input.matchAll(CANDIDATE)) {
    let text = match[0];
    // A token that ends a sentence keeps its full stop outside.
    if (text.endsWith('.') && partCount(text.replace(WHITESPACE, '')) === 4) text = text.slice(0, -1);
    found.push({ token: text.replace(WHITESPACE, ''), start: match.index, end: match.index + text.length });
  }
  return found;
}

function decodesAsToken(token: string): boolean {
  const parts = partCount(token);
  return (parts === 3 || parts === 5) && decodeToken(token).ok;
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

function describe(input: string, candidate: Candidate, whole: boolean): FoundToken {
  const base = { token: candidate.token, start: candidate.start, end: candidate.end };
  if (whole) return { ...base, source: 'bare', label: 'the whole input is the token' };
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
  if (unencodedPayloadToken(inner)) return describe(input, { token: inner, ...span }, true);

  // Token characters with whitespace anywhere between them: the whole input is the token.
  const blob = inner.replace(WHITESPACE, '');
  if (/^[A-Za-z0-9_+/=.-]+$/.test(blob) && decodesAsToken(blob)) return describe(input, { token: blob, ...span }, true);

  const candidates = candidatesIn(input);
  const best = candidates.find((c) => decodesAsToken(c.token));
  const whole = (c: Candidate) => c.start === span.start && c.end === span.end;
  if (best) return describe(input, best, whole(best));

  // Nothing decodes: a single blob (perhaps wrapped over lines) is taken whole, so the
  // decoder can say which part is broken and where.
  if (!/[ \t]/.test(inner.replace(/[ \t]*\r?\n[ \t]*/g, ''))) return describe(input, { token: blob, ...span }, true);
  const shaped = candidates.find((c) => [3, 5].includes(partCount(c.token))) ?? candidates[0];
  if (shaped) return describe(input, shaped, whole(shaped));
  return describe(input, { token: blob, ...span }, true);
}

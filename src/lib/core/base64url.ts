/** Why a text is not in the canonical form of RFC 7515 §2 (base64url, no padding, no whitespace). */
export type NonCanonicalReason = 'padding' | 'standard-alphabet' | 'whitespace';

// RFC 4648 §5 (base64url) plus the §4 standard alphabet, accepted leniently.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;
VALUES['+'.charCodeAt(0)] = 62;
VALUES['/'.charCodeAt(0)] = 63;

const PLUS = 43;
const SLASH = 47;
const EQUALS = 61;

function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

export type Base64urlError =
  | { code: 'invalid-character'; character: string; offset: number }
  | { code: 'misplaced-padding'; offset: number }
  | { code: 'invalid-length'; length: number };

type Base64urlResult =
  | { ok: true; bytes: Uint8Array; nonCanonical: NonCanonicalReason[] }
  | { ok: false; error: Base64urlError };

/**
 * Decodes base64url leniently: whitespace, `=` padding and the standard alphabet's
 * `+` and `/` are accepted and reported, since RFC 7515 §2 requires none of them.
 * Offsets in errors count UTF-16 code units from the start of `text`.
 */
export function decodeBase64url(text: string): Base64urlResult {
  const reasons = new Set<NonCanonicalReason>();
  const sextets = new Uint8Array(text.length);
  let count = 0;
  let paddingAt = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWhitespace(code)) {
      reasons.add('whitespace');
      continue;
    }
    if (code === EQUALS) {
      if (paddingAt < 0) paddingAt = i;
      reasons.add('padding');
      continue;
    }
    const value = code < 128 ? (VALUES[code] ?? -1) : -1;
    if (value < 0) {
      return { ok: false, error: { code: 'invalid-character', character: String.fromCodePoint(text.codePointAt(i) ?? code), offset: i } };
    }
    if (paddingAt >= 0) return { ok: false, error: { code: 'misplaced-padding', offset: paddingAt } };
    if (code === PLUS || code === SLASH) reasons.add('standard-alphabet');
    sextets[count++] = value;
  }
  // Four characters carry three bytes; a lone trailing character carries no whole byte.
  if (count % 4 === 1) return { ok: false, error: { code: 'invalid-length', length: count } };
  const bytes = new Uint8Array(Math.floor((count * 3) / 4));
  let out = 0;
  let i = 0;
  for (; i + 4 <= count; i += 4) {
    const n = (sextets[i]! << 18) | (sextets[i + 1]! << 12) | (sextets[i + 2]! << 6) | sextets[i + 3]!;
    bytes[out++] = n >> 16;
    bytes[out++] = (n >> 8) & 0xff;
    bytes[out++] = n & 0xff;
  }
  const rest = count - i;
  if (rest >= 2) {
    const n = (sextets[i]! << 18) | (sextets[i + 1]! << 12) | ((sextets[i + 2] ?? 0) << 6);
    bytes[out] = n >> 16;
    if (rest === 3) bytes[out + 1] = (n >> 8) & 0xff;
  }
  return { ok: true, bytes, nonCanonical: [...reasons] };
}

/** Encodes bytes as canonical base64url: no padding, no whitespace (RFC 7515 §2). */
export function encodeBase64url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 3 <= bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
    if (rest === 2) out += ALPHABET[(n >> 6) & 63]!;
  }
  return out;
}

export function encodeBase64urlText(text: string): string {
  return encodeBase64url(new TextEncoder().encode(text));
}

/** Why text is not base64url, as the end of a sentence naming it ("… has "+" at character 4, …"), in words that point at the likely copy fault. */
export function base64urlProblem(error: Base64urlError): string {
  switch (error.code) {
    case 'invalid-character':
      return `has ${JSON.stringify(error.character)} at character ${error.offset + 1}, which base64url does not use (A–Z, a–z, 0–9, "-", "_")`;
    case 'misplaced-padding':
      return `has data after its "=" padding at character ${error.offset + 1}`;
    case 'invalid-length':
      return `has ${error.length} base64url characters, which cannot be whole bytes (one is left over): it was cut short or has a character too many`;
  }
}

import type { KeyError } from './types';

/**
 * Reads the textual encoding of RFC 7468: `-----BEGIN LABEL-----`, base64, `-----END LABEL-----`.
 * Errors say which line is missing or broken, since a truncated copy is the usual fault.
 */

export interface PemBlock {
  label: string;
  der: Uint8Array;
  /** 1-based line of the BEGIN line in the pasted text. */
  line: number;
}

type PemResult = { ok: true; blocks: PemBlock[] } | { ok: false; error: KeyError };

/**
 * Matches a BEGIN or END line, tolerating a wrong number of dashes and stray spaces. Every
 * run is bounded and no two can match the same characters, so hostile text cannot make it
 * backtrack for long.
 */
const MARKER = /-{3,10}[ \t]{0,8}(BEGIN|END)[ \t]{1,8}([A-Z0-9#]+(?: [A-Z0-9#]+){0,7})[ \t]{0,8}-{3,10}/g;

/** Whether the text holds any PEM armor at all. */
export function looksLikePem(text: string): boolean {
  return /-{3}[ \t]{0,8}(?:BEGIN|END)\s/.test(text);
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Standard base64 (already checked) to bytes. */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

type Failure = { ok: false; error: KeyError };

function error(code: KeyError['code'], message: string, at?: { line: number; column: number }): Failure {
  return { ok: false, error: at ? { code, message, line: at.line, column: at.column } : { code, message } };
}

/** Decodes a block's base64 (RFC 7468 §3: the standard alphabet, padded, whitespace between lines). */
function readBody(text: string, from: number, to: number, label: string): { ok: true; der: Uint8Array } | Failure {
  const body = text.slice(from, to);
  // RFC 1421 encapsulated headers mark an encrypted legacy key ("Proc-Type: 4,ENCRYPTED").
  if (/^\s*(?:Proc-Type|DEK-Info):/m.test(body)) {
    return error('pem-encrypted', `The ${label} is encrypted with a passphrase; decrypt it first (openssl pkey -in key.pem -pubout gives its public key, which is all verifying needs).`);
  }
  const chars: string[] = [];
  let padded = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') continue;
    // Line and column are counted only for an error: counting for every character made long chains slow.
    if (!/[A-Za-z0-9+/=]/.test(ch)) {
      const at = lineColumn(text, from + i);
      return error('pem-invalid-base64', `Line ${at.line}, column ${at.column} of the ${label}: ${JSON.stringify(ch)} is not a base64 character (A–Z, a–z, 0–9, +, /).`, at);
    }
    if (padded && ch !== '=') {
      const at = lineColumn(text, from + i);
      return error('pem-invalid-base64', `Line ${at.line} of the ${label}: data continues after the '=' padding that should end it.`, at);
    }
    if (ch === '=') padded = true;
    chars.push(ch);
  }
  const base64 = chars.join('');
  if (base64 === '') return error('pem-truncated', `The ${label} has no data between its BEGIN and END lines.`);
  if (base64.length % 4 !== 0) {
    return error(
      'pem-truncated',
      `The ${label}'s base64 has ${base64.length} characters, not a multiple of 4: characters are missing, most likely because the text was cut short when copied.`,
    );
  }
  return { ok: true, der: base64ToBytes(base64) };
}

/** Every BEGIN/END block in the text, in order. */
export function readPemBlocks(text: string): PemResult {
  const markers = [...text.matchAll(MARKER)].map((m) => ({
    kind: m[1] as 'BEGIN' | 'END',
    label: m[2]!,
    start: m.index,
    end: m.index + m[0].length,
  }));
  const blocks: PemBlock[] = [];
  for (let i = 0; i < markers.length; i += 2) {
    const begin = markers[i]!;
    const end = markers[i + 1];
    const beginAt = lineColumn(text, begin.start);
    if (begin.kind === 'END') {
      return error('pem-missing-begin', `Line ${beginAt.line} has "-----END ${begin.label}-----" but no "-----BEGIN ${begin.label}-----" line comes before it: the start of the key was not copied.`, beginAt);
    }
    if (!end || end.kind === 'BEGIN') {
      return error('pem-missing-end', `"-----BEGIN ${begin.label}-----" on line ${beginAt.line} has no matching "-----END ${begin.label}-----" line: the end of the key was not copied.`, beginAt);
    }
    if (end.label !== begin.label) {
      const endAt = lineColumn(text, end.start);
      return error('pem-label-mismatch', `The block opens with "BEGIN ${begin.label}" (line ${beginAt.line}) but closes with "END ${end.label}" (line ${endAt.line}); the labels must match (RFC 7468 §2).`, endAt);
    }
    const body = readBody(text, begin.end, end.start, begin.label);
    if (!body.ok) return body;
    blocks.push({ label: begin.label, der: body.der, line: beginAt.line });
  }
  return { ok: true, blocks };
}

/** A bare base64 body: what remains when the BEGIN and END lines were left out. */
export function decodeBareBase64(text: string): Uint8Array | null {
  const compact = text.replace(/\s+/g, '');
  // 44 characters: the shortest public key body, Ed25519's 32 bytes in SPKI, is 60.
  if (compact.length < 44 || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return null;
  return base64ToBytes(compact);
}

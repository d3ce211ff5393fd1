import { decodeBase64url } from '../core/base64url';
import { lineColumn } from './pem';
import { secretEncodingLabel } from './secret-encodings';
import type { KeyError, ParsedKey, SecretEncoding, SecretSuggestion } from './types';

/**
 * An HMAC secret read in the encoding the user chose. Text that looks like another
 * encoding gets a suggestion; nothing is ever re-read in another encoding on its own.
 */

const HEX = /^(?:[0-9a-fA-F]{2})+$/;

/** Upper case, lower case and digits all present: random key material, not a word. */
function looksRandom(text: string): boolean {
  return /[A-Z]/.test(text) && /[a-z]/.test(text) && /[0-9]/.test(text);
}

function suggest(code: SecretSuggestion['code'], encoding: SecretEncoding, why: string): SecretSuggestion {
  return { code, encoding, message: `${why}; if it is meant as ${secretEncodingLabel(encoding)}, choose ${encoding}. It is read as chosen until then.` };
}

/** Which other encoding the text plausibly is in, judged from its characters alone. */
function otherEncoding(text: string, chosen: SecretEncoding): SecretSuggestion | undefined {
  const compact = text.replace(/\s+/g, '');
  if (chosen !== 'hex' && compact.length >= 32 && HEX.test(compact)) {
    return suggest('looks-like-hex', 'hex', `This is ${compact.length} hex digits (${compact.length / 2} bytes)`);
  }
  if (compact.length < 20 || !looksRandom(compact)) return undefined;
  if (chosen !== 'base64url' && /^[A-Za-z0-9_-]+=*$/.test(compact) && /[-_]/.test(compact)) {
    return suggest('looks-like-base64url', 'base64url', 'This looks like base64url (it uses "-" or "_")');
  }
  if (chosen === 'utf8' && /^[A-Za-z0-9+/]+={0,2}$/.test(compact) && compact.length % 4 === 0) {
    return suggest('looks-like-base64', 'base64', 'This looks like base64');
  }
  return undefined;
}

function invalid(code: KeyError['code'], message: string, text: string, offset?: number, suggestion?: SecretSuggestion): ParsedKey {
  const error: KeyError = offset === undefined ? { code, message } : { code, message, ...lineColumn(text, offset) };
  return suggestion ? { kind: 'invalid', error, suggestion } : { kind: 'invalid', error };
}

function secret(bytes: Uint8Array, encoding: SecretEncoding, suggestion?: SecretSuggestion): ParsedKey {
  const description = `HMAC secret, ${bytes.length} ${bytes.length === 1 ? 'byte' : 'bytes'} (${secretEncodingLabel(encoding)})`;
  return suggestion ? { kind: 'secret', bytes, encoding, description, suggestion } : { kind: 'secret', bytes, encoding, description };
}

function readUtf8(text: string): ParsedKey {
  const bytes = new TextEncoder().encode(text);
  // A token pasted into the key field by mistake: RFC 7515 §7.1 compact form, header first.
  if (/^eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/.test(text.trim())) {
    return secret(bytes, 'utf8', { code: 'looks-like-token', message: 'This looks like a token (JWT), not a key: paste the secret or public key the token was signed with.' });
  }
  const other = otherEncoding(text, 'utf8');
  if (other) return secret(bytes, 'utf8', other);
  if (text !== text.trim()) {
    return secret(bytes, 'utf8', {
      code: 'surrounding-whitespace',
      message: 'The secret starts or ends with spaces or a line break, which are part of it as typed. Remove them if they came with the copy.',
    });
  }
  return secret(bytes, 'utf8');
}

/** RFC 4648 §4 (base64) or §5 (base64url), padding optional, whitespace ignored. */
function readBase64(text: string, encoding: 'base64' | 'base64url'): ParsedKey {
  const [own, foreign] = encoding === 'base64' ? ['+/', '-_'] : ['-_', '+/'];
  const name = secretEncodingLabel(encoding);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/[A-Za-z0-9=\s]/.test(ch) || own.includes(ch)) continue;
    if (foreign.includes(ch)) {
      const other = encoding === 'base64' ? 'base64url' : 'base64';
      return invalid(
        encoding === 'base64' ? 'secret-invalid-base64' : 'secret-invalid-base64url',
        `${JSON.stringify(ch)} is not a ${name} character; it belongs to ${other}, which this secret looks like.`,
        text,
        i,
        suggest(other === 'base64' ? 'looks-like-base64' : 'looks-like-base64url', other, `The secret uses ${JSON.stringify(ch)}, a ${other} character`),
      );
    }
    return invalid(encoding === 'base64' ? 'secret-invalid-base64' : 'secret-invalid-base64url', `${JSON.stringify(ch)} is not a ${name} character.`, text, i);
  }
  // The alphabet is checked above, so the lenient base64url decoder only has length and padding left to judge.
  const decoded = decodeBase64url(text);
  if (!decoded.ok) {
    const message =
      decoded.error.code === 'invalid-length'
        ? `${decoded.error.length} ${name} characters cannot be whole bytes: one is missing or one too many.`
        : `The '=' padding is followed by more ${name} data.`;
    return invalid(encoding === 'base64' ? 'secret-invalid-base64' : 'secret-invalid-base64url', message, text);
  }
  if (decoded.bytes.length === 0) return invalid('secret-empty', `The ${name} text decodes to no bytes at all.`, text);
  return secret(decoded.bytes, encoding, otherEncoding(text, encoding));
}

function readHex(text: string): ParsedKey {
  const start = /^\s*0x/i.exec(text)?.[0].length ?? 0;
  let digits = '';
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) continue;
    if (!/[0-9a-fA-F]/.test(ch)) {
      return invalid('secret-invalid-hex', `${JSON.stringify(ch)} is not a hex digit (0–9, a–f).`, text, i, otherEncoding(text, 'hex'));
    }
    digits += ch;
  }
  if (digits.length === 0) return invalid('secret-empty', 'The hex text holds no digits.', text);
  if (digits.length % 2 === 1) return invalid('secret-invalid-hex', `${digits.length} hex digits is an odd number: two digits make a byte, so one is missing.`, text);
  const bytes = new Uint8Array(digits.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(digits.slice(i * 2, i * 2 + 2), 16);
  return secret(bytes, 'hex');
}

export function readSecret(text: string, encoding: SecretEncoding): ParsedKey {
  switch (encoding) {
    case 'utf8':
      return readUtf8(text);
    case 'base64':
    case 'base64url':
      return readBase64(text, encoding);
    case 'hex':
      return readHex(text);
  }
}

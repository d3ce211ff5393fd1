import type { JsonObject, JsonValue } from '../core/json';
import { isObject } from '../core/json';

/**
 * Claims that look like secrets. A JWS payload is only base64url-encoded, so whoever holds the
 * token can read every claim (RFC 7519 §12).
 */

export type SensitiveReason = 'name' | 'card-number' | 'private-key' | 'private-jwk';

export interface SensitiveClaim {
  /** Dotted path from the payload root; array items as `[index]`, e.g. `user.cards[0]`. */
  path: string;
  reason: SensitiveReason;
}

/** Claims nested deeper than this are not inspected. */
const MAX_DEPTH = 5;

/**
 * Words that name a secret, matched inside the claim name once its separators are removed
 * ("client_secret", "apiKey", "x-api-key"): credentials and keys, national identifiers, and the
 * PCI DSS account data (primary account number, card verification code, PIN).
 */
const SECRET_FRAGMENTS = [
  'password',
  'passwd',
  'passphrase',
  'secret',
  'apikey',
  'privatekey',
  'socialsecurity',
  'creditcard',
  'cardnumber',
] as const;

/** Short names that must stand as a whole word, since they hide inside others ("mapping", "company"). */
const SECRET_WORDS = new Set(['pwd', 'ssn', 'pan', 'cvv', 'cvv2', 'cvc', 'cvc2', 'pin', 'pincode']);

/** Words that contain a fragment above without naming a secret. */
const INNOCENT_WORD_PREFIXES = ['secretar'] as const;

/** A last word that makes the claim describe a secret rather than hold it ("password_changed_at"). */
const METADATA_WORDS = new Set([
  'at', 'time', 'date', 'timestamp', 'exp', 'expiry', 'expires', 'expiration', 'changed', 'updated',
  'created', 'rotated', 'reset', 'set', 'exists', 'present', 'enabled', 'required', 'verified',
  'policy', 'hint', 'length', 'strength', 'age', 'status', 'type', 'version', 'id', 'ids', 'kid',
  'name', 'url', 'uri', 'alg', 'algorithm',
]);

/**
 * Issuer identification number ranges by card network: [first prefix, last prefix, min length,
 * max length]. Source: ISO/IEC 7812-1 IIN registrations as published by the networks
 * (Visa, Mastercard, American Express, Diners Club, JCB, Discover, UnionPay, Maestro).
 */
const CARD_RANGES: ReadonlyArray<readonly [string, string, number, number]> = [
  ['4', '4', 13, 19], // Visa
  ['51', '55', 16, 16], // Mastercard
  ['2221', '2720', 16, 16], // Mastercard
  ['34', '34', 15, 15], // American Express
  ['37', '37', 15, 15], // American Express
  ['300', '305', 14, 19], // Diners Club International
  ['36', '36', 14, 19], // Diners Club International
  ['38', '39', 16, 19], // Diners Club International
  ['3528', '3589', 16, 19], // JCB
  ['6011', '6011', 16, 19], // Discover
  ['644', '649', 16, 19], // Discover
  ['65', '65', 16, 19], // Discover
  ['62', '62', 16, 19], // UnionPay
  ['50', '50', 13, 19], // Maestro
  ['56', '58', 13, 19], // Maestro
  ['67', '67', 13, 19], // Maestro
];

/**
 * PEM private keys: "PRIVATE KEY" and "ENCRYPTED PRIVATE KEY" (RFC 7468 §10, §11), the legacy
 * "RSA/EC/DSA PRIVATE KEY" and "OPENSSH PRIVATE KEY" labels, and "PGP PRIVATE KEY BLOCK" (RFC 4880 §6.2).
 */
const PEM_PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/;

/** Private JWK members: "d" (RFC 7518 §6.2.2.1, §6.3.2.1; RFC 8037 §2) and "k" (RFC 7518 §6.4.1). */
const PRIVATE_JWK_MEMBERS = ['d', 'k'] as const;

/** Every claim, at any depth up to MAX_DEPTH, whose name or value looks like a secret. */
export function findSensitiveClaims(payload: JsonObject): SensitiveClaim[] {
  const found: SensitiveClaim[] = [];
  walkObject(payload, [], 1, found);
  return found;
}

// Paths are built only for what is found: a large payload has thousands of innocent values.
type PathPart = string | number;

function pathText(parts: readonly PathPart[]): string {
  return parts.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text === '' ? part : `${text}.${part}`), '');
}

function walkObject(object: JsonObject, path: PathPart[], depth: number, found: SensitiveClaim[]): void {
  for (const key in object) {
    if (!Object.hasOwn(object, key)) continue;
    const value = object[key]!;
    const reason = valueReason(value) ?? (isSensitiveNameCached(key) && holdsValue(value) ? 'name' : null);
    path.push(key);
    // A flagged claim is reported once, as a whole; nothing below it is reported again.
    if (reason !== null) found.push({ path: pathText(path), reason });
    else walkValue(value, path, depth, found);
    path.pop();
  }
}

function walkValue(value: JsonValue, path: PathPart[], depth: number, found: SensitiveClaim[]): void {
  if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return;
  if (!Array.isArray(value)) {
    walkObject(value, path, depth + 1, found);
    return;
  }
  for (let index = 0; index < value.length; index++) {
    const item = value[index]!;
    const reason = valueReason(item);
    path.push(index);
    if (reason !== null) found.push({ path: pathText(path), reason });
    else walkValue(item, path, depth + 1, found);
    path.pop();
  }
}

// Arrays of objects repeat the same few names many times over.
const nameVerdicts = new Map<string, boolean>();

function isSensitiveNameCached(key: string): boolean {
  let verdict = nameVerdicts.get(key);
  if (verdict === undefined) {
    verdict = isSensitiveName(key);
    if (nameVerdicts.size < 10_000) nameVerdicts.set(key, verdict);
  }
  return verdict;
}

/** Booleans and nulls ("password_set": true) disclose nothing. */
function holdsValue(value: JsonValue): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return true;
  if (value === null || typeof value === 'boolean') return false;
  return Array.isArray(value) ? value.length > 0 : Object.keys(value).length > 0;
}

function valueReason(value: JsonValue): SensitiveReason | null {
  if (typeof value === 'string') {
    if (value.includes('PRIVATE KEY') && PEM_PRIVATE_KEY.test(value)) return 'private-key';
    // At most 19 digits with a separator between each: anything longer is no card number.
    return value.length >= 13 && value.length <= 37 && looksLikeCardNumber(value) ? 'card-number' : null;
  }
  if (typeof value === 'number') return looksLikeCardNumber(value) ? 'card-number' : null;
  if (isObject(value)) {
    return isPrivateJwk(value) ? 'private-jwk' : null;
  }
  return null;
}

function isPrivateJwk(object: JsonObject): boolean {
  if (!Object.hasOwn(object, 'kty') || typeof object['kty'] !== 'string') return false;
  return PRIVATE_JWK_MEMBERS.some((member) => Object.hasOwn(object, member) && typeof object[member] === 'string');
}

/**
 * Whether a claim name suggests a secret, compared case-insensitively with '_', '-', ':' and
 * other separators removed and a namespace prefix ("https://example.com/") dropped.
 */
export function isSensitiveName(key: string): boolean {
  const words = nameWords(key).filter((word) => !INNOCENT_WORD_PREFIXES.some((p) => word.startsWith(p)));
  const last = words[words.length - 1];
  if (last === undefined || (words.length > 1 && METADATA_WORDS.has(last))) return false;
  if (words.some((word) => SECRET_WORDS.has(word))) return true;
  const joined = words.join('');
  return SECRET_FRAGMENTS.some((fragment) => joined.includes(fragment));
}

/** "https://example.com/apiKey" → ['api', 'key']; "urn:acme:client_secret" → ['urn', 'acme', 'client', 'secret']. */
function nameWords(key: string): string[] {
  const cut = Math.max(key.lastIndexOf('/'), key.lastIndexOf('#'));
  const local = cut >= 0 && cut < key.length - 1 ? key.slice(cut + 1) : key;
  return local
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/**
 * 13–19 digits (single spaces or hyphens allowed between them) that start with a card network's
 * issuer prefix and pass the Luhn check (ISO/IEC 7812-1 Annex B).
 */
export function looksLikeCardNumber(value: string | number): boolean {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value <= 0) return false;
    text = String(value);
  } else {
    if (!/^\d(?:[ -]?\d){12,18}$/.test(value)) return false;
    text = value.replace(/[ -]/g, '');
  }
  return hasCardPrefix(text) && luhnValid(text);
}

function hasCardPrefix(digits: string): boolean {
  return CARD_RANGES.some(([from, to, minLength, maxLength]) => {
    if (digits.length < minLength || digits.length > maxLength) return false;
    const prefix = Number(digits.slice(0, from.length));
    return prefix >= Number(from) && prefix <= Number(to);
  });
}

/** The Luhn mod-10 check over a string of decimal digits. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

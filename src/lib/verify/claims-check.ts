import { durationText, toRfc3339Utc } from '../jwt/time-claims';
import type { JsonObject, JsonValue } from '../core/json';

/**
 * Checks a JWT's claims apart from its signature (RFC 7519 §4.1, §7.2 step 10).
 * "now" is passed in; only the checks asked for, or that apply (exp, nbf, iat when present), are listed.
 */

export type ClaimCheckCode = 'exp' | 'nbf' | 'iat' | 'iss' | 'aud' | 'typ' | 'required' | 'max-age';

export interface ClaimCheck {
  code: ClaimCheckCode;
  ok: boolean;
  message: string;
  /** The rule applied, e.g. "RFC 7519 §4.1.4". */
  rule: string;
}

export interface ClaimsResult {
  status: 'valid' | 'invalid';
  checks: ClaimCheck[];
}

export interface ClaimsOptions {
  now: Date;
  /** Allowed clock skew, in seconds, for exp, nbf, iat and max age. */
  leewaySeconds?: number;
  issuer?: string;
  audience?: string[];
  typ?: string;
  header?: JsonObject;
  requiredClaims?: string[];
  maxAgeSeconds?: number;
}

const at = (seconds: number): string => {
  const ms = seconds * 1000;
  return Math.abs(ms) <= 8.64e15 ? toRfc3339Utc(new Date(ms)) : `${seconds}`;
};

const duration = (seconds: number): string => durationText(seconds * 1000);

function check(code: ClaimCheckCode, ok: boolean, message: string, rule: string): ClaimCheck {
  return { code, ok, message, rule };
}

function isNumericDate(value: JsonValue | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function timeChecks(payload: JsonObject, nowS: number, leeway: number, maxAge: number | undefined): ClaimCheck[] {
  const checks: ClaimCheck[] = [];
  const { exp, nbf, iat } = payload;
  const skew = leeway > 0 ? ` (leeway ${duration(leeway)})` : '';
  if (exp !== undefined) {
    const rule = 'RFC 7519 §4.1.4';
    if (!isNumericDate(exp)) checks.push(check('exp', false, `exp is ${JSON.stringify(exp)}, not a NumericDate (seconds since 1970).`, rule));
    // §4.1.4: the token must not be accepted on or after exp.
    else if (nowS >= exp + leeway) checks.push(check('exp', false, `Expired at ${at(exp)}, ${duration(nowS - exp)} ago${skew}.`, rule));
    else if (nowS >= exp) checks.push(check('exp', true, `Expired at ${at(exp)}, ${duration(nowS - exp)} ago, but accepted within the leeway of ${duration(leeway)}.`, rule));
    else checks.push(check('exp', true, `Not expired: expires at ${at(exp)}, in ${duration(exp - nowS)}${skew}.`, rule));
  }
  if (nbf !== undefined) {
    const rule = 'RFC 7519 §4.1.5';
    if (!isNumericDate(nbf)) checks.push(check('nbf', false, `nbf is ${JSON.stringify(nbf)}, not a NumericDate (seconds since 1970).`, rule));
    // §4.1.5: the token must not be accepted before nbf.
    else if (nowS < nbf - leeway) checks.push(check('nbf', false, `Not valid yet: valid from ${at(nbf)}, in ${duration(nbf - nowS)}${skew}.`, rule));
    else if (nowS < nbf) checks.push(check('nbf', true, `Valid from ${at(nbf)}, in ${duration(nbf - nowS)}, but accepted within the leeway of ${duration(leeway)}.`, rule));
    else checks.push(check('nbf', true, `Valid since ${at(nbf)}${skew}.`, rule));
  }
  if (iat !== undefined) {
    const rule = 'RFC 7519 §4.1.6';
    if (!isNumericDate(iat)) checks.push(check('iat', false, `iat is ${JSON.stringify(iat)}, not a NumericDate (seconds since 1970).`, rule));
    else if (iat > nowS + leeway) checks.push(check('iat', false, `Issued in the future: iat is ${at(iat)}, ${duration(iat - nowS)} from now${skew}.`, rule));
    else if (iat > nowS) checks.push(check('iat', true, `Issued at ${at(iat)}, ${duration(iat - nowS)} from now, but accepted within the leeway of ${duration(leeway)}.`, rule));
    else checks.push(check('iat', true, `Issued at ${at(iat)}, ${duration(nowS - iat)} ago.`, rule));
  }
  if (maxAge !== undefined) {
    const rule = 'RFC 7519 §4.1.6 (iat) with a maximum token age';
    if (!isNumericDate(iat)) checks.push(check('max-age', false, `A maximum age of ${duration(maxAge)} needs an iat claim, and the token has ${iat === undefined ? 'none' : 'an invalid one'}.`, rule));
    else if (nowS - iat > maxAge + leeway) checks.push(check('max-age', false, `Too old: issued ${duration(nowS - iat)} ago, more than the maximum ${duration(maxAge)}${skew}.`, rule));
    else checks.push(check('max-age', true, `Issued ${duration(Math.max(0, nowS - iat))} ago, within the maximum ${duration(maxAge)}.`, rule));
  }
  return checks;
}

/** RFC 7515 §4.1.9 / RFC 2045: media types compare case-insensitively, "application/" may be left out. */
function normaliseTyp(typ: string): string {
  const lower = typ.trim().toLowerCase();
  return lower.startsWith('application/') ? lower.slice('application/'.length) : lower;
}

function identityChecks(payload: JsonObject, options: ClaimsOptions): ClaimCheck[] {
  const checks: ClaimCheck[] = [];
  if (options.issuer !== undefined) {
    const rule = 'RFC 7519 §4.1.1';
    const iss = payload.iss;
    // §4.1.1: a case-sensitive string compared exactly.
    if (iss === options.issuer) checks.push(check('iss', true, `Issuer is ${JSON.stringify(iss)}, as expected.`, rule));
    else checks.push(check('iss', false, iss === undefined ? `No iss claim; expected ${JSON.stringify(options.issuer)}.` : `Issuer is ${JSON.stringify(iss)}; expected exactly ${JSON.stringify(options.issuer)}.`, rule));
  }
  if (options.audience !== undefined && options.audience.length > 0) {
    const rule = 'RFC 7519 §4.1.3';
    const aud = payload.aud;
    const values = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud.filter((a): a is string => typeof a === 'string') : [];
    const match = options.audience.find((expected) => values.includes(expected));
    const expected = options.audience.map((a) => JSON.stringify(a)).join(' or ');
    if (match !== undefined) checks.push(check('aud', true, `Audience includes ${JSON.stringify(match)}.`, rule));
    else checks.push(check('aud', false, aud === undefined ? `No aud claim; expected ${expected}.` : `Audience ${JSON.stringify(aud)} does not include ${expected}.`, rule));
  }
  if (options.typ !== undefined) {
    const rule = 'RFC 7515 §4.1.9, RFC 8725 §3.11';
    const typ = options.header?.typ;
    if (typeof typ === 'string' && normaliseTyp(typ) === normaliseTyp(options.typ)) checks.push(check('typ', true, `typ is ${JSON.stringify(typ)}, as expected.`, rule));
    else checks.push(check('typ', false, typ === undefined ? `The header has no typ; expected ${JSON.stringify(options.typ)}.` : `typ is ${JSON.stringify(typ)}; expected ${JSON.stringify(options.typ)}.`, rule));
  }
  for (const name of options.requiredClaims ?? []) {
    const present = payload[name] !== undefined;
    checks.push(check('required', present, present ? `Required claim ${name} is present.` : `Required claim ${name} is missing.`, 'RFC 7519 §4 (claims the application requires)'));
  }
  return checks;
}

export function checkClaims(payload: JsonObject, options: ClaimsOptions): ClaimsResult {
  const leeway = Math.max(0, options.leewaySeconds ?? 0);
  const nowS = options.now.getTime() / 1000;
  const checks = [...timeChecks(payload, nowS, Number.isFinite(leeway) ? leeway : 0, options.maxAgeSeconds), ...identityChecks(payload, options)];
  return { status: checks.every((c) => c.ok) ? 'valid' : 'invalid', checks };
}

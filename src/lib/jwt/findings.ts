import { deprecatedAlgFinding, p2cFinding, pbes2LowCountFinding, rsa15Finding } from './algorithm-findings';
import { BCP_BIS_RULES, RULES } from './findings-rules';
import { jsonFindings } from './json-findings';
import { findSensitiveClaims, type SensitiveClaim } from './sensitive-claims';
import { ownClaim } from './time-claims';
import { describeJsonValue, findTimeFindings } from './time-findings';
import { SEVERITIES, type Finding, type FindingOptions } from './finding-types';
import type { DecodedToken, NonCanonicalReason, SegmentName } from './types';
import type { JsonObject, JsonValue } from '../core/json';
import { isObject } from '../core/json';

/** Security findings about a decoded token: what a verifier would or should object to. */

const DEFAULT_IAT_LEEWAY_SECONDS = 60;

/** Findings ordered by severity (critical first), then by code. */
export function findFindings(token: DecodedToken, now: Date, options: FindingOptions = {}): Finding[] {
  const given = options.leewaySeconds;
  const leeway = given !== undefined && Number.isFinite(given) && given >= 0 ? given : undefined;
  const findings: Finding[] = [...embeddedKeyFindings(token), ...jsonFindings(token)];
  const crit = critFinding(token);
  if (crit !== null) findings.push(crit);
  const encoding = nonCanonicalFinding(token);
  if (encoding !== null) findings.push(encoding);

  const none = token.type === 'JWE' ? jweAlgNoneFinding(token.header) : algNoneFinding(token.header);
  if (none !== null) findings.push(none);
  for (const finding of [deprecatedAlgFinding(token), p2cFinding(token), pbes2LowCountFinding(token), rsa15Finding(token)]) if (finding !== null) findings.push(finding);
  // A JWE's claims are encrypted: only its header can be judged.
  if (token.type !== 'JWE' && token.payload.type === 'json') findings.push(...claimFindings(token.payload.value, now, leeway));
  return sortFindings(findings);
}

/** The findings about claims alone: a JWS's payload, or the content of a JWE once decrypted. */
export function findClaimFindings(payload: JsonObject, now: Date, options: FindingOptions = {}): Finding[] {
  const given = options.leewaySeconds;
  return sortFindings(claimFindings(payload, now, given !== undefined && Number.isFinite(given) && given >= 0 ? given : undefined));
}

function claimFindings(payload: JsonObject, now: Date, leeway: number | undefined): Finding[] {
  return [
    ...findTimeFindings(payload, now, {
      leewaySeconds: leeway ?? 0,
      iatLeewaySeconds: leeway ?? DEFAULT_IAT_LEEWAY_SECONDS,
    }),
    ...sensitiveFindings(payload),
  ];
}

// The claims do not change with the clock: a payload is walked once, however often "now" ticks.
const sensitiveByPayload = new WeakMap<JsonObject, Finding[]>();

function sensitiveFindings(payload: JsonObject): Finding[] {
  let found = sensitiveByPayload.get(payload);
  if (!found) {
    found = findSensitiveClaims(payload).map(sensitiveFinding);
    sensitiveByPayload.set(payload, found);
  }
  return found;
}

/** Records the sensitive claims found elsewhere (in a worker) in this very payload. */
export function rememberSensitiveClaims(payload: JsonObject, claims: readonly SensitiveClaim[]): void {
  sensitiveByPayload.set(payload, claims.map(sensitiveFinding));
}

function sortFindings(findings: readonly Finding[]): Finding[] {
  const rank = (f: Finding) => SEVERITIES.indexOf(f.severity);
  // Array.prototype.sort is stable, so equal findings keep the order they were found in.
  return [...findings].sort((a, b) => rank(a) - rank(b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

function algNoneFinding(header: JsonObject): Finding | null {
  const alg = ownClaim(header, 'alg');
  if (typeof alg !== 'string' || alg.toLowerCase() !== 'none') return null;
  const message =
    alg === 'none'
      ? 'The header sets alg "none", so the token has no signature and anyone can forge or change it without detection.'
      : `The header sets alg ${JSON.stringify(alg)}, which verifiers that compare algorithm names case-insensitively treat as "none", accepting the token with no signature at all.`;
  const finding: Finding = { code: 'alg-none', severity: 'critical', message, ...RULES.algNone, claim: 'alg' };
  // A spelling other than "none" is the case-insensitive reading of draft-ietf-oauth-rfc8725bis §2.11.
  return alg === 'none' ? finding : { ...finding, alsoRules: [BCP_BIS_RULES.algCaseInsensitive] };
}

/**
 * "none" names no key management at all: RFC 7518 §4.1 lists it for no JWE, so a
 * recipient cannot decrypt the token, and one that tries has a bug worth knowing of.
 */
function jweAlgNoneFinding(header: JsonObject): Finding | null {
  const alg = ownClaim(header, 'alg');
  if (typeof alg !== 'string' || alg.toLowerCase() !== 'none') return null;
  return {
    code: 'alg-none',
    severity: 'high',
    message: `The header of this encrypted token sets alg ${JSON.stringify(alg)}, which is not a key management algorithm: "none" exists for signatures only, so no recipient can decrypt it and one that accepts it is broken.`,
    ...RULES.jweAlgorithms,
    claim: 'alg',
  };
}

/** Header parameters through which a token supplies or points at its own key, in RFC 7515 §4.1 order. */
const KEY_PARAMETERS = ['jku', 'jwk', 'x5u', 'x5c'] as const;

function embeddedKeyFindings(token: DecodedToken): Finding[] {
  return KEY_PARAMETERS.filter((name) => Object.hasOwn(token.header, name)).map((name) => {
    const value = ownClaim(token.header, name);
    const url = typeof value === 'string' ? ` ${JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value)}` : '';
    const finding = (message: string, rule: { rule: string; ruleUrl: string }): Finding => ({
      code: 'embedded-key',
      severity: 'high',
      message,
      ...rule,
      claim: name,
    });
    switch (name) {
      case 'jku':
      case 'x5u':
        return finding(
          `The header names ${name === 'jku' ? 'a JWK Set URL' : 'an X.509 certificate URL'} (${name}${url}), and a verifier must never fetch keys from a URL the token picks itself, since a forger can point it at their own keys or at internal hosts.`,
          RULES.doNotTrustReceivedClaims,
        );
      case 'jwk': {
        const leak = isObject(value) && (Object.hasOwn(value, 'd') || Object.hasOwn(value, 'k'));
        return finding(
          `The header carries its own key (jwk${leak ? ', private key material included' : ''}), and a verifier must never trust a key the token brings along, since anyone can make a token with a key of their own.`,
          RULES.keyBelongsToIssuer,
        );
      }
      case 'x5c':
        return finding(
          'The header carries its own certificate chain (x5c), and a verifier must validate that chain up to a trust anchor it already trusts before using its key, since anyone can sign with a self-made certificate.',
          token.type === 'JWE' ? RULES.x5cJwe : RULES.x5cJws,
        );
    }
  });
}

/** Header Parameter names defined by RFC 7515 §4.1 (JWS) and RFC 7516 §4.1 with RFC 7518 §4.6–§4.8 (JWE). */
const REGISTERED_JWS = ['alg', 'jku', 'jwk', 'kid', 'x5u', 'x5c', 'x5t', 'x5t#S256', 'typ', 'cty', 'crit'];
const REGISTERED_JWE = [...REGISTERED_JWS, 'enc', 'zip', 'epk', 'apu', 'apv', 'iv', 'tag', 'p2s', 'p2c'];

/** RFC 7515 §4.1.11 / RFC 7516 §4.1.13: the crit list and what a recipient must do with it. */
function critFinding(token: DecodedToken): Finding | null {
  const crit = ownClaim(token.header, 'crit');
  if (crit === undefined) return null;
  const rule = token.type === 'JWE' ? RULES.critJwe : RULES.critJws;
  const checked = checkCrit(crit, token.header, token.type === 'JWE' ? REGISTERED_JWE : REGISTERED_JWS);
  if (typeof checked === 'string') {
    return {
      code: 'crit',
      severity: 'high',
      message: `The crit header parameter ${checked}, so it is malformed and a verifier may reject the token outright.`,
      ...rule,
      claim: 'crit',
    };
  }
  const names = checked.map((name) => JSON.stringify(name));
  return {
    code: 'crit',
    severity: 'medium',
    message: `The header marks ${listText(names)} as critical, so a verifier that does not understand ${names.length === 1 ? 'that extension' : 'every one of these extensions'} must reject the token.`,
    ...rule,
    claim: 'crit',
  };
}

/** The listed names, or what is wrong with the list (said after "The crit header parameter"). */
function checkCrit(crit: JsonValue, header: JsonObject, registered: readonly string[]): string[] | string {
  if (!Array.isArray(crit)) return `is ${describeJsonValue(crit)} instead of a list of header parameter names`;
  if (crit.length === 0) return 'is an empty list, which producers must not send';
  const names: string[] = [];
  for (const name of crit) {
    if (typeof name !== 'string') return 'lists something other than a header parameter name';
    if (names.includes(name)) return `lists ${JSON.stringify(name)} more than once`;
    if (registered.includes(name)) return `lists ${JSON.stringify(name)}, which the specification itself defines`;
    if (!Object.hasOwn(header, name)) return `lists ${JSON.stringify(name)}, which the header does not contain`;
    names.push(name);
  }
  return names;
}

const SEGMENT_TEXT: Record<SegmentName, string> = {
  header: 'header',
  payload: 'payload',
  signature: 'signature',
  'encrypted-key': 'encrypted key',
  iv: 'initialization vector',
  ciphertext: 'ciphertext',
  tag: 'authentication tag',
};

const REASON_TEXT: Record<NonCanonicalReason, string> = {
  padding: "'=' padding",
  'standard-alphabet': "the standard base64 alphabet ('+' '/')",
  whitespace: 'whitespace',
};

/** RFC 7515 §2: base64url without padding, line breaks or other characters. */
function nonCanonicalFinding(token: DecodedToken): Finding | null {
  if (token.nonCanonical.length === 0) return null;
  const bySegment = new Map<SegmentName, Set<NonCanonicalReason>>();
  for (const note of token.nonCanonical) {
    const reasons = bySegment.get(note.segment) ?? new Set<NonCanonicalReason>();
    reasons.add(note.reason);
    bySegment.set(note.segment, reasons);
  }
  const parts = [...bySegment].map(
    ([segment, reasons]) => `the ${SEGMENT_TEXT[segment]} segment has ${listText([...reasons].map((r) => REASON_TEXT[r]))}`,
  );
  const text = listText(parts);
  return {
    code: 'non-canonical-encoding',
    severity: 'low',
    message: `${text.charAt(0).toUpperCase()}${text.slice(1)}, which compact tokens must not use, so strict verifiers reject the token and anything that normalises it changes the signed bytes.`,
    ...RULES.base64url,
    // '=', '+', '/' and whitespace are outside the letters, digits, '-', '_' and '.' the draft allows.
    alsoRules: [BCP_BIS_RULES.jwtFormat],
  };
}

const SENSITIVE_TEXT: Record<SensitiveClaim['reason'], string> = {
  name: 'is named like a secret and holds a value',
  'card-number': 'holds what looks like a payment card number',
  'private-key': 'holds a PEM private key',
  'private-jwk': 'holds a JWK with private key material',
};

function sensitiveFinding(claim: SensitiveClaim): Finding {
  return {
    code: 'sensitive-claim',
    severity: 'high',
    message: `The claim ${JSON.stringify(claim.path)} ${SENSITIVE_TEXT[claim.reason]}, and a signed payload is only base64url-encoded, so anyone who holds the token can read it.`,
    ...RULES.privacy,
    claim: claim.path,
  };
}

/** ['a'] → 'a'; ['a', 'b', 'c'] → 'a, b and c'. */
function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

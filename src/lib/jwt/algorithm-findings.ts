import { deprecatedAlgorithm } from './deprecated-algorithms';
import { MAX_PBES2_COUNT } from '../core/limits';
import { BCP_BIS_RULES, JOSE_DEPRECATION_RULES, OWASP_PBKDF2, RULES } from './findings-rules';
import type { Finding } from './finding-types';
import { ownClaim } from './time-claims';
import type { DecodedToken } from './types';

/** Findings about the algorithm a token names, beyond "none". */

function quoted(names: readonly string[]): string {
  const parts = names.map((name) => JSON.stringify(name));
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`;
}

/**
 * RFC 9864 §4.1.2 marks "EdDSA" Deprecated; draft-ietf-oauth-rfc8725bis §3.2: new
 * deployments SHOULD prefer the fully specified names.
 */
export function deprecatedAlgFinding(token: DecodedToken): Finding | null {
  if (token.type !== 'JWS') return null;
  const alg = ownClaim(token.header, 'alg');
  const deprecated = typeof alg === 'string' ? deprecatedAlgorithm(alg) : undefined;
  if (!deprecated) return null;
  return {
    code: 'deprecated-alg',
    severity: 'info',
    message:
      `The header says alg ${JSON.stringify(deprecated.alg)}, which RFC 9864 deprecates in favour of ${quoted(deprecated.replacements)}, because ${deprecated.because}. ` +
      `Sign new tokens with ${quoted(deprecated.replacements)}; verifiers can keep accepting ${JSON.stringify(deprecated.alg)} from issuers that still send it.`,
    rule: deprecated.rule,
    ruleUrl: deprecated.ruleUrl,
    alsoRules: [BCP_BIS_RULES.fullySpecifiedAlgorithms],
    claim: 'alg',
  };
}

/** RFC 7518 §4.8.1.2 "p2c": the sender picks the PBKDF2 count, and the recipient pays for it. */
export function p2cFinding(token: DecodedToken): Finding | null {
  if (token.type !== 'JWE') return null;
  const p2c = ownClaim(token.header, 'p2c');
  if (typeof p2c !== 'number' || !(p2c > MAX_PBES2_COUNT)) return null;
  return {
    code: 'p2c-too-large',
    severity: 'medium',
    message:
      `The header asks the recipient to run ${p2c.toLocaleString('en-US')} PBKDF2 iterations (p2c) before it can decrypt: the sender chooses the count and the recipient pays for it, ` +
      `so recipients should refuse such counts (the draft recommends refusing more than 1,200,000; this app runs at most ${MAX_PBES2_COUNT.toLocaleString('en-US')}), or such tokens can tie up their CPU.`,
    ...BCP_BIS_RULES.limitIterations,
    claim: 'p2c',
  };
}

/** RFC 7518 §4.8.1.2's floor: "A minimum iteration count of 1000 is RECOMMENDED." */
const PBES2_FLOOR = 1000;

/**
 * OWASP's figures for PBKDF2 by hash: 600,000 for HMAC-SHA-256 and 210,000 for
 * HMAC-SHA-512. It gives none for SHA-384, which is held to SHA-256's.
 */
const OWASP_COUNTS: Readonly<Record<string, number>> = {
  'PBES2-HS256+A128KW': 600_000,
  'PBES2-HS384+A192KW': 600_000,
  'PBES2-HS512+A256KW': 210_000,
};

/**
 * A low "p2c" makes each guess at the password cheap for whoever holds the token: it can
 * be guessed offline, as fast as PBKDF2 runs that many iterations.
 */
export function pbes2LowCountFinding(token: DecodedToken): Finding | null {
  if (token.type !== 'JWE') return null;
  const alg = ownClaim(token.header, 'alg');
  const p2c = ownClaim(token.header, 'p2c');
  const owasp = typeof alg === 'string' ? OWASP_COUNTS[alg] : undefined;
  if (owasp === undefined || typeof p2c !== 'number' || !Number.isSafeInteger(p2c) || p2c < 1 || p2c >= owasp) return null;
  const count = `${p2c.toLocaleString('en-US')} PBKDF2 ${p2c === 1 ? 'iteration' : 'iterations'}`;
  if (p2c < PBES2_FLOOR) {
    return {
      code: 'pbes2-low-count',
      severity: 'medium',
      message:
        `The password is stretched with only ${count} (p2c), below the 1,000 RFC 7518 recommends at the least: anyone who holds the token can try passwords offline, ` +
        `each guess costing ${count}. Encrypt with a count of ${owasp.toLocaleString('en-US')} or more.`,
      ...RULES.pbes2Count,
      alsoRules: [OWASP_PBKDF2],
      claim: 'p2c',
    };
  }
  return {
    code: 'pbes2-low-count',
    severity: 'low',
    message:
      `The password is stretched with ${count} (p2c): above RFC 7518's floor of 1,000, but below the ${owasp.toLocaleString('en-US')} OWASP recommends for ${alg}'s hash today, ` +
      'so a password that is not long and random can be guessed offline by anyone who holds the token.',
    ...OWASP_PBKDF2,
    alsoRules: [RULES.pbes2Count],
    claim: 'p2c',
  };
}

/**
 * RFC 8725 §3.2 and draft-ietf-jose-deprecate-none-rsa15 §1.2: RSAES-PKCS1-v1_5 has been
 * open to Bleichenbacher's padding-oracle attack since 1998.
 */
export function rsa15Finding(token: DecodedToken): Finding | null {
  if (token.type !== 'JWE' || ownClaim(token.header, 'alg') !== 'RSA1_5') return null;
  return {
    code: 'rsa1-5',
    severity: 'high',
    message:
      'The header says alg "RSA1_5" (RSAES-PKCS1-v1_5), which is being deprecated: a recipient that decrypts it and lets its errors or timing show ' +
      'becomes a padding oracle (Bleichenbacher’s attack), through which an attacker can recover the content key of this and other tokens. Encrypt with RSA-OAEP-256 instead.',
    ...RULES.appropriateAlgorithms,
    alsoRules: [JOSE_DEPRECATION_RULES.rsa15],
    claim: 'alg',
  };
}

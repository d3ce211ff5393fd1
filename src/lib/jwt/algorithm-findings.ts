import { deprecatedAlgorithm } from './deprecated-algorithms';
import { BCP_BIS_RULES } from './findings-rules';
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

/** draft-ietf-oauth-rfc8725bis §3.13: twice the 600,000 iterations OWASP gives for PBKDF2-HMAC-SHA256. */
const MAX_PBES2_COUNT = 1_200_000;

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
      `so recipients should refuse more than ${MAX_PBES2_COUNT.toLocaleString('en-US')}, or such tokens can tie up their CPU.`,
    ...BCP_BIS_RULES.limitIterations,
    claim: 'p2c',
  };
}

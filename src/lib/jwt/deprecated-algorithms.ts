import { rfcRule, type RuleCitation } from '../core/source';

/**
 * JWS algorithm names the IANA registry marks Deprecated: "there is a preferred mechanism
 * … this replacement functionality SHOULD be utilized in new deployments" (RFC 9864 §4.4).
 */

export interface DeprecatedAlgorithm extends RuleCitation {
  alg: string;
  /** The names to use instead. */
  replacements: readonly string[];
  /** Why, in a clause that follows "because". */
  because: string;
}

export const DEPRECATED_ALGORITHMS: readonly DeprecatedAlgorithm[] = [
  {
    alg: 'EdDSA',
    replacements: ['Ed25519', 'Ed448'],
    because: 'it leaves the curve to the key, so the name alone does not say which signature a verifier will check',
    ...rfcRule(9864, '4.1.2'),
  },
];

export function deprecatedAlgorithm(alg: string): DeprecatedAlgorithm | undefined {
  return DEPRECATED_ALGORITHMS.find((row) => row.alg === alg);
}

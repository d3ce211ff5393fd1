import type { RuleCitation } from '../core/source';

/** What a finding about a decoded token is: its code, severity, reason and rule. */

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

export type FindingCode =
  | 'alg-none'
  | 'expired'
  | 'not-yet-valid'
  | 'iat-in-future'
  | 'no-exp'
  | 'long-lifetime'
  | 'embedded-key'
  | 'crit'
  | 'non-canonical-encoding'
  | 'sensitive-claim'
  | 'ms-timestamp'
  | 'invalid-numeric-date'
  | 'duplicate-member'
  | 'imprecise-number'
  | 'malformed-token'
  | 'deprecated-alg'
  | 'p2c-too-large'
  | 'pbes2-low-count'
  | 'rsa1-5';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** One sentence: why it matters, specific to this token. */
  message: string;
  /** The rule it rests on, e.g. "RFC 7519 §4.1.4". */
  rule: string;
  ruleUrl: string;
  /** Later documents that add to the rule or change it, cited beside it. */
  alsoRules?: readonly RuleCitation[];
  /** The claim path or header parameter concerned. */
  claim?: string;
}

export interface FindingOptions {
  /**
   * Clock skew allowed, in seconds, for exp and nbf (default 0) and for iat (default 60: an iat
   * a few seconds ahead is ordinary clock drift, not worth a finding).
   */
  leewaySeconds?: number;
}

/** Most severe first. */
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

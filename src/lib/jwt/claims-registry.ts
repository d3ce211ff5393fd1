import { OAUTH_CLAIMS } from './claims/oauth';
import { OIDC_CLAIMS } from './claims/oidc';
import { JWT_CLAIMS, OTHER_IETF_CLAIMS } from './claims/registered';
import type { ClaimInfo } from './claims/claim-info';
import { VENDOR_CLAIMS } from './claims/vendors';

export type { ClaimInfo } from './claims/claim-info';

/** Every known claim, standards first, each name once. */
export const CLAIMS: readonly ClaimInfo[] = [
  ...JWT_CLAIMS,
  ...OIDC_CLAIMS,
  ...OAUTH_CLAIMS,
  ...OTHER_IETF_CLAIMS,
  ...VENDOR_CLAIMS,
];

// A Map, not an object, so that names like "constructor" or "__proto__" find nothing.
const BY_NAME: ReadonlyMap<string, ClaimInfo> = new Map(CLAIMS.map((claim) => [claim.name, claim]));

/** The claim of exactly this name: names compare code point by code point, without case folding (RFC 7519 §7.3). */
export function claimInfo(name: string): ClaimInfo | undefined {
  return BY_NAME.get(name);
}

/** Whether the registry defines this claim as a NumericDate (RFC 7519 §2): seconds since the epoch. */
export function isNumericDateClaim(name: string): boolean {
  return BY_NAME.get(name)?.kind === 'numeric-date';
}

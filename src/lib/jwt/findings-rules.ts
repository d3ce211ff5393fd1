/**
 * The rules findings cite, each with its section on rfc-editor.org.
 *
 * Sources: RFC 7515 (JWS), RFC 7516 (JWE), RFC 7518 (JWA), RFC 7519 (JWT),
 * RFC 8725 (JWT Best Current Practices), RFC 6819 (OAuth 2.0 Threat Model), and the draft
 * that is to replace RFC 8725, whose own rules are kept apart below.
 */

import { draftRule, rfcRule as rfc, type RuleCitation } from '../core/source';

export const RULES = {
  /** Header parameter names must be unique; a recipient must reject duplicates or take the last. */
  duplicateHeaderMembers: rfc(7515, '5.2'),
  /** Claim names within a JWT Claims Set must be unique. */
  duplicateClaims: rfc(7519, '4'),
  /** Numbers beyond IEEE 754 double precision do not interoperate. */
  jsonNumbers: rfc(8259, '6'),
  /** Unsecured JWSs must not be accepted unless the application asks for them. */
  algNone: rfc(7518, '3.6'),
  /** The key management algorithms a JWE may name; "none" is not one of them. */
  jweAlgorithms: rfc(7518, '4.1'),
  /** NumericDate: a JSON number of seconds since the epoch. */
  numericDate: rfc(7519, '2'),
  /** Not accepted on or after exp. */
  exp: rfc(7519, '4.1.4'),
  /** Not accepted before nbf. */
  nbf: rfc(7519, '4.1.5'),
  /** The time at which the JWT was issued. */
  iat: rfc(7519, '4.1.6'),
  /** Claims in a JWS are readable by anyone who holds it. */
  privacy: rfc(7519, '12'),
  /** Tokens should be short-lived to limit replay of a leaked token. */
  shortExpiration: rfc(6819, '5.1.5.3'),
  /** The keys used must belong to the issuer; a key carried in the token proves nothing. */
  keyBelongsToIssuer: rfc(8725, '3.8'),
  /** Blindly following jku or x5u invites SSRF and attacker-chosen keys. */
  doNotTrustReceivedClaims: rfc(8725, '3.10'),
  /** The x5c chain must be validated per RFC 5280 (JWS, JWE). */
  x5cJws: rfc(7515, '4.1.6'),
  x5cJwe: rfc(7516, '4.1.8'),
  /** crit: extensions the recipient must understand (JWS, JWE). */
  critJws: rfc(7515, '4.1.11'),
  critJwe: rfc(7516, '4.1.13'),
  /** base64url without padding, line breaks or whitespace. */
  base64url: rfc(7515, '2'),
  /** Use cryptographically current algorithms; RSAES-PKCS1-v1_5 key encryption is open to padding-oracle attacks. */
  appropriateAlgorithms: rfc(8725, '3.2'),
  /** PBES2: "A minimum iteration count of 1000 is RECOMMENDED." */
  pbes2Count: rfc(7518, '4.8.1.2'),
} as const satisfies Record<string, RuleCitation>;

const BCP_DRAFT = 'draft-ietf-oauth-rfc8725bis';

/**
 * The rules draft-ietf-oauth-rfc8725bis, which is to replace RFC 8725, adds or changes, as
 * read in the working group's copy (github.com/oauth-wg/draft-ietf-oauth-rfc8725bis, commit
 * 37ae1b0). A finding keeps its own rule and cites these beside it; a rule only the draft
 * has is the finding's own.
 */
export const BCP_BIS_RULES = {
  /** Reading "alg" case-insensitively let "noNE" past a check for "none" (threat §2.11, practice §3.1). */
  algCaseInsensitive: draftRule(BCP_DRAFT, '2.11'),
  /** New deployments SHOULD prefer fully specified identifiers, "Ed25519" rather than "EdDSA". */
  fullySpecifiedAlgorithms: draftRule(BCP_DRAFT, '3.2'),
  /** Rejecting a "p2c" larger than 1,200,000 (twice OWASP's 600,000) is RECOMMENDED; this app refuses more than MAX_PBES2_COUNT. */
  limitIterations: draftRule(BCP_DRAFT, '3.13'),
  /** A JWT holds only letters, digits, "-", "_" and "."; anything else is not a JWT and MUST be rejected. */
  jwtFormat: draftRule(BCP_DRAFT, '3.14'),
} as const satisfies Record<string, RuleCitation>;

/**
 * draft-ietf-jose-deprecate-none-rsa15, which marks "none" and "RSA1_5" Deprecated in the
 * IANA registry, as read in its author's copy (github.com/NeilMadden/jose-deprecate-none-rsa1_5,
 * commit c6221a0, the text of version -04): §1.2 gives the reasons for RSA1_5.
 */
export const JOSE_DEPRECATION_RULES = {
  rsa15: draftRule('draft-ietf-jose-deprecate-none-rsa15', '1.2'),
} as const satisfies Record<string, RuleCitation>;

/** The iteration counts OWASP's Password Storage Cheat Sheet gives for PBKDF2, by its HMAC hash. */
export const OWASP_PBKDF2: RuleCitation = {
  rule: 'OWASP Password Storage Cheat Sheet (PBKDF2)',
  ruleUrl: 'https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#pbkdf2',
};

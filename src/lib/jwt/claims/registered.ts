import { rfc, type ClaimInfo } from './claim-info';

/** The registered claims of RFC 7519 §4.1. */
export const JWT_CLAIMS: readonly ClaimInfo[] = [
  {
    name: 'iss',
    title: 'Issuer',
    meaning:
      'Who issued the token, usually the authorization server or identity provider URL. A verifier must compare it exactly with the issuer it trusts before using the other claims.',
    kind: 'string-or-uri',
    ...rfc(7519, '4.1.1'),
  },
  {
    name: 'sub',
    title: 'Subject',
    meaning:
      'Who the token is about, usually the user or client ID. It is only unique within its issuer, so identify a user by iss and sub together.',
    kind: 'string-or-uri',
    ...rfc(7519, '4.1.2'),
  },
  {
    name: 'aud',
    title: 'Audience',
    meaning:
      'Who the token is meant for: one string or an array of them. A recipient must reject a token whose aud does not name it, or a token issued for another service could be replayed against it.',
    kind: 'string-array-or-string',
    ...rfc(7519, '4.1.3'),
  },
  {
    name: 'exp',
    title: 'Expiration Time',
    meaning:
      'Expiration time: the token must not be accepted on or after this instant. Verifiers may allow a small leeway for clock skew.',
    kind: 'numeric-date',
    ...rfc(7519, '4.1.4'),
  },
  {
    name: 'nbf',
    title: 'Not Before',
    meaning:
      'The token must not be accepted before this instant. Verifiers may allow a small leeway for clock skew.',
    kind: 'numeric-date',
    ...rfc(7519, '4.1.5'),
  },
  {
    name: 'iat',
    title: 'Issued At',
    meaning: 'When the token was issued, which tells its age. On its own it does not make the token expire.',
    kind: 'numeric-date',
    ...rfc(7519, '4.1.6'),
  },
  {
    name: 'jti',
    title: 'JWT ID',
    meaning:
      'A unique identifier of this token. Recipients can remember the IDs they have seen to refuse a token that is replayed.',
    kind: 'string',
    ...rfc(7519, '4.1.7'),
  },
];

/** Claims registered by other IETF documents: Security Event Tokens, SD-JWT, telephony (STIR) and Vectors of Trust. */
export const OTHER_IETF_CLAIMS: readonly ClaimInfo[] = [
  {
    name: 'events',
    title: 'Security Events',
    meaning:
      'The security events this token reports, as an object keyed by event type URI. An OpenID Connect back-channel logout token carries the key http://schemas.openid.net/event/backchannel-logout here.',
    kind: 'object',
    ...rfc(8417, '2.2'),
  },
  {
    name: 'toe',
    title: 'Time of Event',
    meaning: 'When the reported security event happened, as opposed to iat, when the token reporting it was issued.',
    kind: 'numeric-date',
    ...rfc(8417, '2.2'),
  },
  {
    name: 'txn',
    title: 'Transaction Identifier',
    meaning: 'An identifier that ties several security event tokens to the one transaction that caused them.',
    kind: 'string',
    ...rfc(8417, '2.2'),
  },
  {
    name: '_sd',
    title: 'Selective Disclosure Digests',
    meaning:
      'Digests of claims that the holder may choose to reveal. The claims themselves travel as Disclosures after the ~ separators and count only when their digest is listed here.',
    kind: 'array',
    ...rfc(9901, '4.2.4.1'),
  },
  {
    name: '_sd_alg',
    title: 'Selective Disclosure Hash Algorithm',
    meaning: 'The hash algorithm used for the _sd digests, such as sha-256, which applies when this claim is absent.',
    kind: 'string',
    ...rfc(9901, '4.1.1'),
  },
  {
    name: 'sd_hash',
    title: 'SD-JWT Hash',
    meaning:
      'In a key binding JWT: the digest of the SD-JWT and Disclosures it was presented with, so it cannot be moved to another presentation.',
    kind: 'string',
    ...rfc(9901, '4.3'),
  },
  {
    name: 'orig',
    title: 'Originating Identity',
    meaning: 'In a PASSporT for a phone call: the caller, as a telephone number (tn) or a URI (uri).',
    kind: 'object',
    ...rfc(8225, '5.2.1'),
  },
  {
    name: 'dest',
    title: 'Destination Identity',
    meaning: 'In a PASSporT for a phone call: the called party or parties, as telephone numbers or URIs.',
    kind: 'object',
    ...rfc(8225, '5.2.1'),
  },
  {
    name: 'mky',
    title: 'Media Key Fingerprint',
    meaning: "In a PASSporT: fingerprints of the call's media encryption keys, binding the call's media to the signed identity.",
    kind: 'array',
    ...rfc(8225, '5.2.2'),
  },
  {
    name: 'attest',
    title: 'Attestation Level',
    meaning:
      "In a SHAKEN PASSporT: how far the signing carrier vouches for the caller's number, A (full), B (partial) or C (gateway).",
    kind: 'string',
    ...rfc(8588),
  },
  {
    name: 'origid',
    title: 'Origination Identifier',
    meaning: 'In a SHAKEN PASSporT: a UUID the signing carrier assigns so the call can be traced back to where it entered the network.',
    kind: 'string',
    ...rfc(8588),
  },
  {
    name: 'vot',
    title: 'Vector of Trust',
    meaning: "How well the user's identity was proofed and how strongly they authenticated, as a Vector of Trust value.",
    kind: 'string',
    ...rfc(8485),
  },
  {
    name: 'vtm',
    title: 'Vector of Trust Trustmark',
    meaning: 'The URL of the trustmark that defines the vot values this issuer uses.',
    kind: 'string',
    ...rfc(8485),
  },
];

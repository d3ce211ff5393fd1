import { rfc } from '../core/source';

/** A JOSE header parameter, from the IANA "JSON Web Signature and Encryption Header Parameters" registry. */
interface HeaderParamInfo {
  name: string;
  title: string;
  /** What it is, and why it matters when debugging or verifying a token. */
  meaning: string;
  /** The defining document and section, e.g. "RFC 7515 §4.1.1". */
  source: string;
  sourceUrl: string;
}


// Parameters used by both JWS and JWE are cited from RFC 7515; RFC 7516 §4.1 repeats them for JWE.
export const HEADER_PARAMS: readonly HeaderParamInfo[] = [
  {
    name: 'alg',
    title: 'Algorithm',
    meaning:
      'The algorithm that signs or MACs the token (for a JWE: that encrypts or agrees on the content key). A verifier must only accept the algorithms it expects for its key, never whatever this says (RFC 8725 §3.1): that is what stops "none" and HS256-with-a-public-key attacks.',
    ...rfc(7515, '4.1.1'),
  },
  {
    name: 'jku',
    title: 'JWK Set URL',
    meaning:
      'A URL of a JWK Set said to hold the signing key. Fetching it blindly invites server-side request forgery and lets an attacker supply the key; only follow URLs on an allow-list of trusted issuers (RFC 8725 §3.10).',
    ...rfc(7515, '4.1.2'),
  },
  {
    name: 'jwk',
    title: 'JSON Web Key',
    meaning:
      'The public key the token says it was signed with, embedded in the header. Anyone can sign a token and embed their own key, so a signature checked with it proves nothing unless the key is one the verifier already trusts.',
    ...rfc(7515, '4.1.3'),
  },
  {
    name: 'kid',
    title: 'Key ID',
    meaning:
      "A hint saying which of the issuer's keys was used, to pick it from the JWK Set. It is attacker-controlled input: key lookups by kid must not open the way to injection or path traversal (RFC 8725 §3.10).",
    ...rfc(7515, '4.1.4'),
  },
  {
    name: 'x5u',
    title: 'X.509 URL',
    meaning:
      'A URL of the X.509 certificate (chain) of the signing key. As with jku, fetching it blindly invites server-side request forgery and attacker-chosen keys (RFC 8725 §3.10).',
    ...rfc(7515, '4.1.5'),
  },
  {
    name: 'x5c',
    title: 'X.509 Certificate Chain',
    meaning:
      'The certificate chain of the signing key, each certificate in standard base64 (not base64url) DER, the signing one first. Trust it only after validating the chain up to a trusted root.',
    ...rfc(7515, '4.1.6'),
  },
  {
    name: 'x5t',
    title: 'X.509 Certificate SHA-1 Thumbprint',
    meaning: 'The base64url SHA-1 digest of the DER certificate of the signing key; it identifies the certificate but does not carry it.',
    ...rfc(7515, '4.1.7'),
  },
  {
    name: 'x5t#S256',
    title: 'X.509 Certificate SHA-256 Thumbprint',
    meaning: 'The base64url SHA-256 digest of the DER certificate of the signing key; it identifies the certificate but does not carry it.',
    ...rfc(7515, '4.1.8'),
  },
  {
    name: 'typ',
    title: 'Type',
    meaning:
      'The media type of the whole token, such as JWT, at+jwt (RFC 9068), dpop+jwt (RFC 9449) or secevent+jwt (RFC 8417). Checking it keeps one kind of token from being accepted as another (RFC 8725 §3.11).',
    ...rfc(7515, '4.1.9'),
  },
  {
    name: 'cty',
    title: 'Content Type',
    meaning: 'The media type of the payload. The value JWT means the payload is itself a signed or encrypted JWT (a nested JWT, RFC 7519 §5.2).',
    ...rfc(7515, '4.1.10'),
  },
  {
    name: 'crit',
    title: 'Critical',
    meaning:
      'Names header parameters that are extensions the recipient must understand. A recipient that does not understand any one of them must reject the token.',
    ...rfc(7515, '4.1.11'),
  },
  {
    name: 'enc',
    title: 'Encryption Algorithm',
    meaning: 'In a JWE: the authenticated encryption algorithm applied to the plaintext with the content encryption key, such as A256GCM.',
    ...rfc(7516, '4.1.2'),
  },
  {
    name: 'zip',
    title: 'Compression Algorithm',
    meaning:
      'In a JWE: the compression applied before encryption; DEF is DEFLATE. Compressing secrets alongside attacker-influenced data can leak them through the ciphertext length (RFC 8725 §3.6).',
    ...rfc(7516, '4.1.3'),
  },
  {
    name: 'epk',
    title: 'Ephemeral Public Key',
    meaning: "In a JWE using ECDH-ES: the sender's one-time public key. The recipient must check it lies on the expected curve before use.",
    ...rfc(7518, '4.6.1.1'),
  },
  {
    name: 'apu',
    title: 'Agreement PartyUInfo',
    meaning: 'In a JWE using ECDH-ES: base64url information about the sender, mixed into the key derivation.',
    ...rfc(7518, '4.6.1.2'),
  },
  {
    name: 'apv',
    title: 'Agreement PartyVInfo',
    meaning: 'In a JWE using ECDH-ES: base64url information about the recipient, mixed into the key derivation.',
    ...rfc(7518, '4.6.1.3'),
  },
  {
    name: 'iv',
    title: 'Initialization Vector',
    meaning: 'In a JWE using AES GCM key wrapping: the base64url 96-bit IV used to wrap the content encryption key.',
    ...rfc(7518, '4.7.1.1'),
  },
  {
    name: 'tag',
    title: 'Authentication Tag',
    meaning: 'In a JWE using AES GCM key wrapping: the base64url authentication tag of the wrapped content encryption key.',
    ...rfc(7518, '4.7.1.2'),
  },
  {
    name: 'p2s',
    title: 'PBES2 Salt Input',
    meaning: 'In a JWE using PBES2: the base64url salt input for deriving the key from a password.',
    ...rfc(7518, '4.8.1.1'),
  },
  {
    name: 'p2c',
    title: 'PBES2 Count',
    meaning:
      'In a JWE using PBES2: the PBKDF2 iteration count, at least 1000 recommended. The sender chooses it, so a recipient should cap it or a huge count can tie up the CPU.',
    ...rfc(7518, '4.8.1.2'),
  },
  {
    name: 'b64',
    title: 'Base64url-Encode Payload',
    meaning:
      'false means the payload is signed as is, without base64url encoding (the unencoded payload option). It must then also be listed in crit, or recipients that do not know it would misread the signature input.',
    ...rfc(7797, '3'),
  },
  {
    name: 'ppt',
    title: 'PASSporT Extension Identifier',
    meaning: 'In a PASSporT (signed caller identity): names the extension, such as shaken, that defines the extra claims of this token.',
    ...rfc(8225, '8.1'),
  },
  {
    name: 'url',
    title: 'URL',
    meaning: 'In an ACME request: the exact URL the request is sent to; the server rejects a request whose url does not match.',
    ...rfc(8555, '6.4.1'),
  },
  {
    name: 'nonce',
    title: 'Nonce',
    meaning: 'In an ACME request: a fresh nonce from the server, which lets it refuse replayed requests.',
    ...rfc(8555, '6.5.2'),
  },
  {
    name: 'svt',
    title: 'Signature Validation Token',
    meaning: 'An array of Signature Validation Tokens: JWTs recording that the signature was validated, so it can still be accepted later, for example after its certificate has expired.',
    source: 'RFC 9321',
    sourceUrl: 'https://www.rfc-editor.org/rfc/rfc9321.html#name-svt-header-parameter',
  },
  {
    name: 'iss',
    title: 'Issuer (replicated)',
    meaning: 'In a JWE: a copy of the iss claim, readable before decrypting but not confidential. The recipient should check it equals the claim inside.',
    ...rfc(7519, '5.3'),
  },
  {
    name: 'sub',
    title: 'Subject (replicated)',
    meaning: 'In a JWE: a copy of the sub claim, readable before decrypting but not confidential. The recipient should check it equals the claim inside.',
    ...rfc(7519, '5.3'),
  },
  {
    name: 'aud',
    title: 'Audience (replicated)',
    meaning: 'In a JWE: a copy of the aud claim, readable before decrypting but not confidential. The recipient should check it equals the claim inside.',
    ...rfc(7519, '5.3'),
  },
];

// A Map, not an object, so that names like "constructor" or "__proto__" find nothing.
const BY_NAME: ReadonlyMap<string, HeaderParamInfo> = new Map(HEADER_PARAMS.map((param) => [param.name, param]));

/** The header parameter of exactly this name (names are compared without case folding, RFC 7515 §5.3). */
export function headerParamInfo(name: string): HeaderParamInfo | undefined {
  return BY_NAME.get(name);
}

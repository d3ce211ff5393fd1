import { oidcCore, type ClaimInfo } from './claim-info';

const standard = oidcCore('5.1', 'StandardClaims');
const idToken = oidcCore('2', 'IDToken');

/** Claims of OpenID Connect Core 1.0 and the OpenID Connect logout specifications. */
export const OIDC_CLAIMS: readonly ClaimInfo[] = [
  {
    name: 'name',
    title: 'Full Name',
    meaning: "The user's full name, ready to display.",
    kind: 'string',
    sensitive: true,
    ...standard,
  },
  {
    name: 'given_name',
    title: 'Given Name',
    meaning: "The user's given or first name(s).",
    kind: 'string',
    sensitive: true,
    ...standard,
  },
  {
    name: 'family_name',
    title: 'Family Name',
    meaning: "The user's surname(s) or last name(s).",
    kind: 'string',
    sensitive: true,
    ...standard,
  },
  {
    name: 'middle_name',
    title: 'Middle Name',
    meaning: "The user's middle name(s).",
    kind: 'string',
    sensitive: true,
    ...standard,
  },
  {
    name: 'nickname',
    title: 'Nickname',
    meaning: 'A casual name the user goes by.',
    kind: 'string',
    sensitive: true,
    ...standard,
  },
  {
    name: 'preferred_username',
    title: 'Preferred Username',
    meaning:
      'The name the user wants to be shown by, often an email address or login name. It is not guaranteed unique or stable, so never use it as the user key; use sub.',
    kind: 'string',
    sensitive: true,
    ...standard,
  },
  { name: 'profile', title: 'Profile URL', meaning: "URL of the user's profile page.", kind: 'string', ...standard },
  {
    name: 'picture',
    title: 'Picture URL',
    meaning: "URL of the user's profile picture.",
    kind: 'string',
    sensitive: true,
    ...standard,
  },
  { name: 'website', title: 'Website', meaning: "URL of the user's web page or blog.", kind: 'string', ...standard },
  {
    name: 'email',
    title: 'Email',
    meaning:
      "The user's preferred email address. It can change and need not be unique, so identify the user by sub, and check email_verified before trusting it.",
    kind: 'string',
    sensitive: true,
    ...standard,
  },
  {
    name: 'email_verified',
    title: 'Email Verified',
    meaning: 'True when the provider has checked that the user controlled this email address at some point.',
    kind: 'boolean',
    ...standard,
  },
  {
    name: 'gender',
    title: 'Gender',
    meaning: "The user's gender, such as female or male, or another value.",
    kind: 'string',
    sensitive: true,
    ...standard,
  },
  {
    name: 'birthdate',
    title: 'Birthdate',
    meaning: "The user's birthday as YYYY-MM-DD. The year 0000 means the year is withheld, and YYYY alone gives only the year.",
    kind: 'string',
    sensitive: true,
    ...standard,
  },
  {
    name: 'zoneinfo',
    title: 'Time Zone',
    meaning: "The user's time zone, as an IANA name such as Europe/Paris.",
    kind: 'string',
    ...standard,
  },
  {
    name: 'locale',
    title: 'Locale',
    meaning: "The user's locale as a BCP 47 language tag such as en-US; some providers write fr_CA instead.",
    kind: 'string',
    ...standard,
  },
  {
    name: 'phone_number',
    title: 'Phone Number',
    meaning: "The user's preferred telephone number, E.164 form such as +14255551212 recommended.",
    kind: 'string',
    sensitive: true,
    ...standard,
  },
  {
    name: 'phone_number_verified',
    title: 'Phone Number Verified',
    meaning: 'True when the provider has checked that the user controlled this phone number at some point.',
    kind: 'boolean',
    ...standard,
  },
  {
    name: 'address',
    title: 'Address',
    meaning:
      "The user's postal address, as an object with members such as formatted, street_address, locality, region, postal_code and country.",
    kind: 'object',
    sensitive: true,
    ...standard,
  },
  {
    name: 'updated_at',
    title: 'Updated At',
    meaning:
      "When the user's profile information last changed, in seconds since the epoch. Some providers (Auth0) send an ISO 8601 string instead.",
    kind: 'numeric-date',
    ...standard,
  },
  {
    name: 'azp',
    title: 'Authorized Party',
    meaning:
      'The client ID of the party the token was issued to; it matters when aud names more than one audience. Microsoft Entra v2.0 access tokens put the calling app here.',
    kind: 'string',
    ...idToken,
  },
  {
    name: 'nonce',
    title: 'Nonce',
    meaning:
      'The value the client sent in its authentication request, echoed back; the client must check it matches to stop replayed ID tokens. DPoP proofs (RFC 9449) carry a server-supplied nonce here.',
    kind: 'string',
    ...idToken,
  },
  {
    name: 'auth_time',
    title: 'Authentication Time',
    meaning:
      'When the user actually authenticated, which can be long before this token was issued. Compare it with max_age when a recent login is required.',
    kind: 'numeric-date',
    ...idToken,
  },
  {
    name: 'acr',
    title: 'Authentication Context Class Reference',
    meaning: 'The assurance level the authentication met, as a value or URI the client and provider agreed on.',
    kind: 'string',
    ...idToken,
  },
  {
    name: 'amr',
    title: 'Authentication Methods References',
    meaning: 'How the user authenticated, as an array of method names such as pwd, otp, mfa or hwk (registered by RFC 8176).',
    kind: 'array',
    ...idToken,
  },
  {
    name: 'at_hash',
    title: 'Access Token Hash',
    meaning:
      "The base64url left half of the hash of the access token issued with this ID token, the hash being the one of the ID token's alg (SHA-256 for RS256). It ties the two tokens together.",
    kind: 'string',
    ...oidcCore('3.1.3.6', 'CodeIDToken'),
  },
  {
    name: 'c_hash',
    title: 'Code Hash',
    meaning:
      "The base64url left half of the hash of the authorization code returned with this ID token in the hybrid flow, the hash being the one of the ID token's alg.",
    kind: 'string',
    ...oidcCore('3.3.2.11', 'HybridIDToken'),
  },
  {
    name: 'sub_jwk',
    title: 'Subject Public Key',
    meaning: 'In an ID token from a self-issued OpenID provider: the public key the token is signed with, from which sub is derived.',
    kind: 'object',
    ...oidcCore('7.4', 'SelfIssuedResponse'),
  },
  {
    name: '_claim_names',
    title: 'Aggregated and Distributed Claim Names',
    meaning:
      'Maps claims that are not in the token itself to entries of _claim_sources. Microsoft Entra ID uses it when a user has too many groups for the groups claim.',
    kind: 'object',
    ...oidcCore('5.6.2', 'AggregatedDistributedClaims'),
  },
  {
    name: '_claim_sources',
    title: 'Aggregated and Distributed Claim Sources',
    meaning: 'Where claims named in _claim_names come from: a signed JWT of claims, or an endpoint to fetch them from.',
    kind: 'object',
    ...oidcCore('5.6.2', 'AggregatedDistributedClaims'),
  },
  {
    name: 'sid',
    title: 'Session ID',
    meaning:
      "Identifies the user's session at the provider. Logout tokens and logout requests use it to say which session has ended.",
    kind: 'string',
    source: 'OpenID Connect Front-Channel Logout 1.0 §3',
    sourceUrl: 'https://openid.net/specs/openid-connect-frontchannel-1_0.html#OPLogout',
  },
];

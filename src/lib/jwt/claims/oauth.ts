import { rfc, type ClaimInfo } from './claim-info';

/** Claims of OAuth 2.0 documents: token exchange, proof of possession, JWT access tokens and DPoP. */
export const OAUTH_CLAIMS: readonly ClaimInfo[] = [
  {
    name: 'cnf',
    title: 'Confirmation',
    meaning:
      'Binds the token to a key the presenter must prove it holds, such as cnf.jkt (a DPoP key thumbprint, RFC 9449 §6), cnf["x5t#S256"] (a client certificate, RFC 8705 §3.1) or cnf.jwk. Without that proof the token must be refused.',
    kind: 'object',
    ...rfc(7800, '3.1'),
  },
  {
    name: 'act',
    title: 'Actor',
    meaning:
      'After a token exchange, the party acting on behalf of sub. An act nested inside it names an earlier actor in the chain, for information only.',
    kind: 'object',
    ...rfc(8693, '4.1'),
  },
  {
    name: 'scope',
    title: 'Scope',
    meaning:
      'The OAuth scopes granted, as one space-separated string. JWT access tokens (RFC 9068), Auth0 and Keycloak use it too; Okta and Microsoft Entra use scp instead.',
    kind: 'string',
    ...rfc(8693, '4.2'),
  },
  {
    name: 'client_id',
    title: 'Client Identifier',
    meaning:
      'The OAuth client that requested the token. JWT access tokens (RFC 9068 §2.2) and Amazon Cognito access tokens carry it as well.',
    kind: 'string',
    ...rfc(8693, '4.3'),
  },
  {
    name: 'may_act',
    title: 'Authorized Actor',
    meaning: 'Names the party allowed to act on behalf of sub, that is, who may later exchange this token to become the actor.',
    kind: 'object',
    ...rfc(8693, '4.4'),
  },
  {
    name: 'roles',
    title: 'Roles',
    meaning:
      'Roles granted to the subject, following the SCIM roles attribute (RFC 7643 §4.1.2). Microsoft Entra ID puts app roles here, also for app-only tokens that carry no scp.',
    kind: 'array',
    ...rfc(9068, '2.2.3.1'),
  },
  {
    name: 'groups',
    title: 'Groups',
    meaning:
      'Groups the subject belongs to, following the SCIM groups attribute (RFC 7643 §4.1.2). Microsoft Entra ID lists group object IDs and leaves them out when there are too many (see hasgroups and _claim_names).',
    kind: 'array',
    ...rfc(9068, '2.2.3.1'),
  },
  {
    name: 'entitlements',
    title: 'Entitlements',
    meaning: 'Entitlements (rights) of the subject, following the SCIM entitlements attribute (RFC 7643 §4.1.2).',
    kind: 'array',
    ...rfc(9068, '2.2.3.1'),
  },
  {
    name: 'authorization_details',
    title: 'Authorization Details',
    meaning: 'Fine-grained permissions granted with the token, as an array of objects each with a type (Rich Authorization Requests).',
    kind: 'array',
    ...rfc(9396, '9.1'),
  },
  {
    name: 'htm',
    title: 'HTTP Method',
    meaning: 'In a DPoP proof: the HTTP method of the request the proof is for; the server must check it matches.',
    kind: 'string',
    ...rfc(9449, '4.2'),
  },
  {
    name: 'htu',
    title: 'HTTP URI',
    meaning: 'In a DPoP proof: the URI of the request the proof is for, without query and fragment; the server must check it matches.',
    kind: 'string',
    ...rfc(9449, '4.2'),
  },
  {
    name: 'ath',
    title: 'Access Token Hash',
    meaning: 'In a DPoP proof sent to a resource server: the base64url SHA-256 hash of the access token it accompanies.',
    kind: 'string',
    ...rfc(9449, '4.2'),
  },
];

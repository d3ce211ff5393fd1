import type { ClaimInfo } from './claim-info';
import { ENTRA_CLAIMS } from './entra';

const okta = {
  source: 'Okta OpenID Connect & OAuth 2.0 API: access token claims',
  sourceUrl: 'https://developer.okta.com/docs/api/openapi/okta-oauth/guides/overview/#access-token-scopes-and-claims',
};
const keycloakAccessToken = {
  source: 'Keycloak AccessToken (Javadoc)',
  sourceUrl: 'https://www.keycloak.org/docs-api/latest/javadocs/org/keycloak/representations/AccessToken.html',
};
const cognitoId = {
  source: 'Amazon Cognito: understanding the ID token',
  sourceUrl: 'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html',
};
const cognitoAccess = {
  source: 'Amazon Cognito: understanding the access token',
  sourceUrl: 'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html',
};
const firebase = {
  source: 'Firebase FirebaseIdToken reference',
  sourceUrl: 'https://firebase.google.com/docs/reference/node/firebase.FirebaseIdToken',
};

/**
 * Claims that one identity provider defines for its own tokens. Names the standards define are kept
 * once, in their standard's table, with a meaning that covers the vendors' use (roles, groups, scope).
 */
export const VENDOR_CLAIMS: readonly ClaimInfo[] = [
  ...ENTRA_CLAIMS,
  {
    name: 'cid',
    title: 'Client ID (Okta)',
    meaning: 'The client ID of the application that requested the Okta access token.',
    kind: 'string',
    ...okta,
  },
  {
    name: 'uid',
    title: 'User ID (Okta)',
    meaning: "Okta's ID of the user the access token was issued for; absent from client-credentials tokens.",
    kind: 'string',
    ...okta,
  },
  // Auth0 requires other custom claims to have namespaced names, usually URLs such as
  // https://example.com/roles, so they never collide with these or with registered names.
  {
    name: 'org_id',
    title: 'Organization ID (Auth0)',
    meaning: 'The Auth0 Organization the user logged in through. A multi-tenant API should check it against the tenant being accessed.',
    kind: 'string',
    source: 'Auth0: Work with Tokens and Organizations',
    sourceUrl: 'https://auth0.com/docs/manage-users/organizations/using-tokens',
  },
  {
    name: 'org_name',
    title: 'Organization Name (Auth0)',
    meaning: 'The name of that Auth0 Organization, present when the tenant allows organization names in the Authentication API.',
    kind: 'string',
    source: 'Auth0: Use Organization Names in Authentication API',
    sourceUrl: 'https://auth0.com/docs/manage-users/organizations/configure-organizations/use-org-name-authentication-api',
  },
  {
    name: 'permissions',
    title: 'Permissions (Auth0)',
    meaning: "The user's permissions for the API, added when RBAC and Add Permissions in the Access Token are enabled for it.",
    kind: 'array',
    source: 'Auth0: Enable Role-Based Access Control for APIs',
    sourceUrl: 'https://auth0.com/docs/get-started/apis/enable-role-based-access-control-for-apis',
  },
  {
    name: 'realm_access',
    title: 'Realm Roles (Keycloak)',
    meaning: "The user's realm-level roles, as { roles: [...] }.",
    kind: 'object',
    ...keycloakAccessToken,
  },
  {
    name: 'resource_access',
    title: 'Client Roles (Keycloak)',
    meaning: "The user's client-level roles, keyed by client ID, as { client: { roles: [...] } }.",
    kind: 'object',
    ...keycloakAccessToken,
  },
  {
    name: 'allowed-origins',
    title: 'Allowed Origins (Keycloak)',
    meaning: "Web origins allowed to send this token in cross-origin (CORS) requests, from the client's Web origins setting.",
    kind: 'array',
    ...keycloakAccessToken,
  },
  {
    name: 'typ',
    title: 'Token Type (Keycloak)',
    meaning: 'Which kind of Keycloak token this is, such as Bearer, ID or Refresh. Not to be confused with the typ header parameter.',
    kind: 'string',
    source: 'Keycloak JsonWebToken (Javadoc)',
    sourceUrl: 'https://www.keycloak.org/docs-api/latest/javadocs/org/keycloak/representations/JsonWebToken.html',
  },
  {
    name: 'session_state',
    title: 'Session State (Keycloak)',
    meaning: "Keycloak's ID of the user's single sign-on session.",
    kind: 'string',
    source: 'Keycloak IDToken (Javadoc)',
    sourceUrl: 'https://www.keycloak.org/docs-api/latest/javadocs/org/keycloak/representations/IDToken.html',
  },
  {
    name: 'token_use',
    title: 'Token Use (Cognito)',
    meaning: 'Either access or id. Check it, so that an ID token is never accepted where an access token is expected.',
    kind: 'string',
    ...cognitoAccess,
  },
  {
    name: 'username',
    title: 'Username (Cognito access token)',
    meaning: "The user's username in the Cognito user pool. Use sub, not the username, as the user's stable ID.",
    kind: 'string',
    sensitive: true,
    ...cognitoAccess,
  },
  {
    name: 'origin_jti',
    title: 'Origin JWT ID (Cognito)',
    meaning: 'A revocation identifier tying the token to the refresh token of the same sign-in; revoking that refresh token revokes it too.',
    kind: 'string',
    ...cognitoAccess,
  },
  {
    name: 'event_id',
    title: 'Event ID (Cognito)',
    meaning: 'A unique identifier of the authentication event that produced the token.',
    kind: 'string',
    ...cognitoAccess,
  },
  {
    name: 'cognito:groups',
    title: 'Groups (Cognito)',
    meaning: 'The names of the user pool groups the user belongs to.',
    kind: 'array',
    ...cognitoAccess,
  },
  {
    name: 'cognito:username',
    title: 'Username (Cognito ID token)',
    meaning: "The user's username in the Cognito user pool. Use sub, not the username, as the user's stable ID.",
    kind: 'string',
    sensitive: true,
    ...cognitoId,
  },
  {
    name: 'cognito:roles',
    title: 'IAM Roles (Cognito)',
    meaning: "The ARNs of the IAM roles of the user's groups.",
    kind: 'array',
    ...cognitoId,
  },
  {
    name: 'cognito:preferred_role',
    title: 'Preferred IAM Role (Cognito)',
    meaning: "The ARN of the IAM role of the user's group with the lowest precedence value, which wins when an identity pool picks a role.",
    kind: 'string',
    ...cognitoId,
  },
  {
    name: 'hd',
    title: 'Hosted Domain (Google)',
    meaning:
      "The Google Workspace or Cloud organization domain of the user's account, absent for personal accounts. Check it, not the email address, to admit only members of a domain.",
    kind: 'string',
    source: 'Google Identity: OpenID Connect (ID token payload)',
    sourceUrl: 'https://developers.google.com/identity/openid-connect/openid-connect#an-id-tokens-payload',
  },
  {
    name: 'firebase',
    title: 'Firebase Authentication Data',
    meaning:
      'How the user signed in to Firebase: sign_in_provider (such as password, google.com or anonymous), the identities linked to the account and, with multi-tenancy, the tenant.',
    kind: 'object',
    ...firebase,
  },
  {
    name: 'user_id',
    title: 'User ID (Firebase)',
    meaning: "The user's Firebase UID, always equal to sub.",
    kind: 'string',
    ...firebase,
  },
];

import type { ClaimInfo } from './claim-info';

const entra = {
  source: 'Microsoft Entra ID access token claims reference',
  sourceUrl: 'https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference',
};

/** Claims of Microsoft Entra ID (formerly Azure AD) tokens. */
export const ENTRA_CLAIMS: readonly ClaimInfo[] = [
  {
    name: 'oid',
    title: 'Object ID (Entra)',
    meaning:
      'The immutable ID of the user or service principal in the Microsoft Entra tenant, the same for every app. Together with tid it is the safe key for a user.',
    kind: 'string',
    ...entra,
  },
  {
    name: 'tid',
    title: 'Tenant ID (Entra)',
    meaning:
      'The GUID of the Microsoft Entra tenant the user signed in to; 9188040d-6c67-4c5b-b112-36a304b66dad means a personal Microsoft account.',
    kind: 'string',
    ...entra,
  },
  {
    name: 'upn',
    title: 'User Principal Name (Entra)',
    meaning: "The user's sign-in name, which looks like an email address. It can change, so do not use it as a key or for authorization.",
    kind: 'string',
    sensitive: true,
    ...entra,
  },
  {
    name: 'unique_name',
    title: 'Unique Name (Entra v1.0)',
    meaning: 'A human-readable name of the subject in v1.0 tokens, for display only: it is neither guaranteed unique nor stable.',
    kind: 'string',
    sensitive: true,
    ...entra,
  },
  {
    name: 'appid',
    title: 'Application ID (Entra v1.0)',
    meaning: 'The client ID of the application that requested the token, in v1.0 tokens; v2.0 tokens use azp.',
    kind: 'string',
    ...entra,
  },
  {
    name: 'appidacr',
    title: 'Application Authentication Method (Entra v1.0)',
    meaning: 'How the client authenticated, in v1.0 tokens: 0 public client, 1 client secret, 2 client certificate.',
    kind: 'string',
    ...entra,
  },
  {
    name: 'azpacr',
    title: 'Authorized Party Authentication Method (Entra v2.0)',
    meaning: 'How the client authenticated, in v2.0 tokens: 0 public client, 1 client secret, 2 client certificate.',
    kind: 'string',
    ...entra,
  },
  {
    name: 'idp',
    title: 'Identity Provider (Entra)',
    meaning:
      'The identity provider that authenticated the subject. It equals iss unless the user comes from another tenant or provider, as guests do.',
    kind: 'string',
    ...entra,
  },
  {
    name: 'ipaddr',
    title: 'IP Address (Entra v1.0)',
    meaning: 'The IP address the user authenticated from.',
    kind: 'string',
    sensitive: true,
    ...entra,
  },
  {
    name: 'ver',
    title: 'Token Version',
    meaning:
      'The token format version. Microsoft Entra ID writes "1.0" or "2.0", which decides the issuer and the claims to expect; Okta writes the number 1.',
    kind: 'any',
    ...entra,
  },
  {
    name: 'uti',
    title: 'Unique Token Identifier (Entra)',
    meaning: "Microsoft Entra ID's per-token identifier, equivalent to jti.",
    kind: 'string',
    ...entra,
  },
  {
    name: 'rh',
    title: 'Refresh Hint (Entra)',
    meaning: 'An opaque internal claim Microsoft Entra ID uses to revalidate tokens; applications should ignore it.',
    kind: 'string',
    ...entra,
  },
  {
    name: 'aio',
    title: 'Internal Data (Entra)',
    meaning: 'An opaque internal claim Microsoft Entra ID uses to record data for token reuse; applications should ignore it.',
    kind: 'string',
    ...entra,
  },
  {
    name: 'wids',
    title: 'Directory Roles (Entra)',
    meaning: 'Template IDs of the tenant-wide Microsoft Entra roles assigned to the user, such as Global Administrator.',
    kind: 'array',
    ...entra,
  },
  {
    name: 'hasgroups',
    title: 'Has Groups (Entra)',
    meaning:
      'Always true when present: the user is in groups, but the groups claim was left out to keep the token short. Fetch the groups from Microsoft Graph.',
    kind: 'boolean',
    ...entra,
  },
  {
    name: 'scp',
    title: 'Scopes (Entra, Okta)',
    meaning:
      'The delegated permissions (scopes) granted to the client. Microsoft Entra ID writes a space-separated string and Okta an array; Entra app-only tokens carry roles instead.',
    kind: 'string-array-or-string',
    ...entra,
  },
];
